#include "loopbackserver.h"
#include "net/httpclient.h"
#include "probes/authprobe.h"
#include "probes/condition.h"
#include "probes/dnsprobe.h"
#include "probes/httpprobe.h"
#include "probes/llmprobe.h"
#include "probes/probescheduler.h"
#include "probes/tcpprobe.h"
#include "probes/tlsprobe.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace wf::probes;
using wf::test::HttpReply;
using wf::test::HttpRequest;
using wf::test::LoopbackServer;

namespace {

const QByteArray kKey = "sk-ant-test-0123456789abcdef";

quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 p = s.serverPort();
    s.close();
    return p;
}

ProbeResult runProbe(Probe &probe, int waitMs = 10000)
{
    QObject ctx;
    std::optional<ProbeResult> out;
    probe.run(&ctx, [&](ProbeResult r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, waitMs))
        qFatal("probe %s did not finish", qPrintable(probe.id()));
    return *out;
}

config::ProbeConfig httpConfig(const QUrl &url, const QStringList &conditions = {}, int timeoutMs = 3000)
{
    config::ProbeConfig c;
    c.id = QStringLiteral("web");
    c.kind = QStringLiteral("http");
    c.url = url.toString();
    c.conditions = conditions;
    c.timeoutMs = timeoutMs;
    return c;
}

config::ProbeConfig llmConfig(const QUrl &url, const QString &api)
{
    config::ProbeConfig c;
    c.id = QStringLiteral("opus");
    c.kind = QStringLiteral("llm");
    c.url = url.toString();
    c.api = api;
    c.provider = QStringLiteral("anthropic");
    c.model = QStringLiteral("claude-opus-4-6");
    c.apiKey = *config::SecretRef::parse(QStringLiteral("${env:WF_TEST_LLM_KEY}"));
    c.timeoutMs = 2000;
    return c;
}

// Certificates from tests/data/tls/make-certs.sh (a private CA, a good and an expired leaf for
// localhost), made at test time into `dir`.
bool makeCerts(const QString &dir)
{
    QProcess gen;
    gen.setProcessChannelMode(QProcess::ForwardedChannels);
    gen.start(QStringLiteral("/bin/sh"), {QStringLiteral(WF_TEST_DATA_DIR "/tls/make-certs.sh"), dir});
    return gen.waitForFinished(60000) && gen.exitStatus() == QProcess::NormalExit && gen.exitCode() == 0;
}

// `openssl s_server` on 127.0.0.1 with the given certificate; stopped when destroyed.
struct TlsServer
{
    QProcess process;
    quint16 port = 0;

    bool start(const QString &cert, const QString &key)
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            return false;
        port = closedPort();
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(openssl, {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                                QStringLiteral("-cert"), cert, QStringLiteral("-key"), key, QStringLiteral("-www"), QStringLiteral("-quiet")});
        if (!process.waitForStarted())
            return false;
        return QTest::qWaitFor([&] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            return s.waitForConnected(200);
        }, 10000);
    }
    ~TlsServer()
    {
        process.terminate();
        process.waitForFinished(3000);
    }
};

// Trusts `caFile` for Qt sockets (the TLS probe's) while in scope.
struct TrustedCa
{
    QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    explicit TrustedCa(const QString &caFile)
    {
        QSslConfiguration c = saved;
        c.addCaCertificates(caFile);
        QSslConfiguration::setDefaultConfiguration(c);
    }
    ~TrustedCa() { QSslConfiguration::setDefaultConfiguration(saved); }
};

const QByteArray kAnthropicOk = "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-opus-4-6\","
                                "\"content\":[{\"type\":\"text\",\"text\":\"p\"}],\"stop_reason\":\"max_tokens\"}";
const QByteArray kOpenAiChatOk = "{\"id\":\"c1\",\"object\":\"chat.completion\",\"model\":\"gpt-5\",\"choices\":[{\"index\":0,"
                                 "\"message\":{\"role\":\"assistant\",\"content\":\"p\"}}]}";
const QByteArray kOpenAiResponsesOk = "{\"id\":\"r1\",\"object\":\"response\",\"model\":\"gpt-5\",\"output\":[]}";

} // namespace

class TstProbes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("WF_TEST_LLM_KEY", kKey);
    }

    void conditions_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("pass");
        QTest::addColumn<QString>("actual");
        QTest::addRow("status in") << "status in [200,204]" << true << "200";
        QTest::addRow("status not in") << "status not in [500, 502]" << true << "200";
        QTest::addRow("status ==") << "status == 204" << false << "200";
        QTest::addRow("status <") << "status < 400" << true << "200";
        QTest::addRow("latency <") << "latency < 800ms" << true << "120 ms";
        QTest::addRow("latency > s") << "latency > 0.1s" << true << "120 ms";
        QTest::addRow("latency too slow") << "latency < 100ms" << false << "120 ms";
        QTest::addRow("json index") << "json $.data[0].id == \"x\"" << true << "x";
        QTest::addRow("json index miss") << "json $.data[2].id == \"x\"" << false << "(missing)";
        QTest::addRow("json last") << "json $.data[-1].id == 'y'" << true << "y";
        QTest::addRow("json number") << "json $.count >= 2" << true << "2";
        QTest::addRow("json bool") << "json $.ok == true" << true << "true";
        QTest::addRow("json quoted key") << "json $[\"weird key\"] == \"v\"" << true << "v";
        QTest::addRow("json exists") << "json $.data exists" << true << "[{\"id\":\"x\"},{\"id\":\"y\"}]";
        QTest::addRow("json !=") << "json $.type != \"error\"" << true << "(missing)";
        QTest::addRow("header ~") << "header content-type ~ json" << true << "application/json; charset=utf-8";
        QTest::addRow("header !~") << "header x-cache !~ miss" << false << "MISS";
        QTest::addRow("header missing") << "header x-nope ~ a" << false << "(missing)";
        QTest::addRow("body ~") << "body ~ \"weird\"" << true << "{\"data\":[{\"id\":\"x\"},{\"id\":\"y\"}],\"count\":2,\"ok\":true,\"weir...";
        QTest::addRow("cert ok") << "cert_expiry > 14d" << true << "30.0 d";
        QTest::addRow("cert soon") << "cert_expiry > 31d" << false << "30.0 d";
    }

    void conditions()
    {
        QFETCH(QString, condition);
        QFETCH(bool, pass);
        QFETCH(QString, actual);
        auto c = Condition::parse(condition);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        ConditionInput in;
        in.status = 200;
        in.latencyMs = 120;
        in.body = "{\"data\":[{\"id\":\"x\"},{\"id\":\"y\"}],\"count\":2,\"ok\":true,\"weird key\":\"v\"}";
        in.headers = {{"Content-Type", "application/json; charset=utf-8"}, {"X-Cache", "MISS"}};
        in.certRemainingMs = qint64(30) * 86'400'000;
        const ConditionResult r = c->evaluate(in);
        QCOMPARE(r.pass, pass);
        QCOMPARE(r.actual, actual);
        QCOMPARE(r.text, condition);
    }

    void conditionErrors_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown subject") << "speed < 3" << "expected <status";
        QTest::addRow("json without path") << "json == 1" << "needs a path like";
        QTest::addRow("path without $") << "json data == 1" << "starts with $";
        QTest::addRow("in without list") << "status in 200" << "needs a list";
        QTest::addRow("bad duration") << "latency < fast" << "expected a duration";
        QTest::addRow("bad regex") << "header a ~ (" << "bad regular expression";
        QTest::addRow("missing value") << "status ==" << "value is missing";
        QTest::addRow("string compare") << "json $.a < abc" << "compares numbers";
    }

    void conditionErrors()
    {
        QFETCH(QString, condition);
        QFETCH(QString, message);
        auto c = Condition::parse(condition);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(message), qPrintable(c.error().message));
        QVERIFY(c.error().message.contains(condition));
    }

    void httpProbeAllConditionsPass()
    {
        LoopbackServer server([](const HttpRequest &) {
            return HttpReply::json("{\"data\":[{\"id\":\"x\"}]}");
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        HttpProbe probe(httpConfig(server.url(QStringLiteral("/v1/models")),
                                   {QStringLiteral("status in [200,204]"), QStringLiteral("latency < 800ms"),
                                    QStringLiteral("json $.data[0].id == \"x\""), QStringLiteral("header content-type ~ json")}), &http);
        const ProbeResult r = runProbe(probe);
        QCOMPARE(r.outcome, Outcome::Ok);
        QCOMPARE(r.state, HealthState::Operational);
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(r.latencyMs > 0 && r.latencyMs < 800);
        QCOMPARE(r.conditions.size(), 4);
        for (const auto &c : r.conditions)
            QVERIFY2(c.pass, qPrintable(c.text));
        const store::Observation o = r.toObservation();
        QCOMPARE(o.source, QStringLiteral("probe"));
        QCOMPARE(o.target, QStringLiteral("probe:web"));
        QCOMPARE(o.state, QStringLiteral("operational"));
        QCOMPARE(o.errorClass, QString());
    }

    void httpProbeScripted_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<QStringList>("conditions");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QList<bool>>("passes");
        const QStringList std = {QStringLiteral("status in [200]"), QStringLiteral("json $.ok == true")};
        QTest::addRow("429") << 429 << QByteArray("{}") << 0 << std << "rate_limited" << "degraded" << QList<bool>{false, false};
        QTest::addRow("500") << 500 << QByteArray("oops") << 0 << std << "server_error" << "major_outage" << QList<bool>{false, false};
        QTest::addRow("529") << 529 << QByteArray("{}") << 0 << std << "overloaded" << "partial_outage" << QList<bool>{false, false};
        QTest::addRow("garbage") << 200 << QByteArray("\x01\x02<html>") << 0 << std << "condition_failed" << "partial_outage" << QList<bool>{true, false};
        QTest::addRow("slow but answers") << 200 << QByteArray("{\"ok\":true}") << 400 << QStringList{QStringLiteral("status == 200"), QStringLiteral("latency < 200ms")}
                                          << "condition_failed" << "degraded" << QList<bool>{true, false};
        QTest::addRow("too slow") << 200 << QByteArray("{\"ok\":true}") << 2500 << std << "timeout" << "major_outage" << QList<bool>{false, false};
        QTest::addRow("no conditions 503") << 503 << QByteArray() << 0 << QStringList() << "server_error" << "major_outage" << QList<bool>();
        QTest::addRow("no conditions 200") << 200 << QByteArray("hi") << 0 << QStringList() << "ok" << "operational" << QList<bool>();
        QTest::addRow("expected 404") << 404 << QByteArray() << 0 << QStringList{QStringLiteral("status == 404")} << "ok" << "operational" << QList<bool>{true};
    }

    void httpProbeScripted()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, delayMs);
        QFETCH(QStringList, conditions);
        QFETCH(QString, outcome);
        QFETCH(QString, state);
        QFETCH(QList<bool>, passes);
        LoopbackServer server([&](const HttpRequest &) {
            HttpReply r;
            r.status = status;
            r.body = body;
            r.delayMs = delayMs;
            return r;
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        HttpProbe probe(httpConfig(server.url(QStringLiteral("/health")), conditions, 1500), &http);
        const ProbeResult r = runProbe(probe);
        QCOMPARE(outcomeKey(r.outcome), outcome);
        QCOMPARE(stateKey(r.state), state);
        QList<bool> got;
        for (const auto &c : r.conditions)
            got << c.pass;
        QCOMPARE(got, passes);
        QVERIFY(!r.detail.isEmpty());
    }

    void httpProbeConnectionRefused()
    {
        net::HttpClient http;
        HttpProbe probe(httpConfig(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort()))), &http);
        const ProbeResult r = runProbe(probe);
        QCOMPARE(r.outcome, Outcome::Connection);
        QCOMPARE(r.state, HealthState::MajorOutage);
        QCOMPARE(r.toObservation().errorClass, QStringLiteral("connection"));
    }

    void httpProbeBadConditionIsConfigError()
    {
        net::HttpClient http;
        HttpProbe probe(httpConfig(QUrl(QStringLiteral("http://127.0.0.1:1/")), {QStringLiteral("status in 200")}), &http);
        QVERIFY(probe.configProblem().contains(QStringLiteral("needs a list")));
        const ProbeResult r = runProbe(probe);
        QCOMPARE(r.outcome, Outcome::ConfigError);
        QCOMPARE(r.state, HealthState::Unknown);
    }

    void authProbeIsFrontDoor()
    {
        int status = 200;
        LoopbackServer server([&](const HttpRequest &) {
            HttpReply r;
            r.status = status;
            r.body = "<html>login</html>";
            return r;
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        config::ProbeConfig c = httpConfig(server.url(QStringLiteral("/login")));
        c.id = QStringLiteral("login");
        c.kind = QStringLiteral("auth");
        auto probe = Probe::create(c, &http);
        QVERIFY(dynamic_cast<AuthProbe *>(probe.get()));
        ProbeResult r = runProbe(*probe);
        QCOMPARE(r.outcome, Outcome::Ok);
        QCOMPARE(r.kind, QStringLiteral("auth"));
        QCOMPARE(r.conditions.size(), 1);
        QCOMPARE(r.conditions[0].text, QStringLiteral("status < 400"));
        status = 503;
        r = runProbe(*probe);
        QCOMPARE(r.outcome, Outcome::ServerError);
        QVERIFY(r.detail.startsWith(QStringLiteral("front door: ")));
    }

    // The front door under the same scripted failures as the API, told apart by kind and detail.
    void authProbeMatrix_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<QStringList>("conditions");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("state");
        const QStringList loginPage = {QStringLiteral("status < 400"), QStringLiteral("body ~ \"login\"")};
        QTest::addRow("200 login page") << 200 << QByteArray("<html>login</html>") << 0 << loginPage << "ok" << "operational";
        QTest::addRow("302 to the sign-in form") << 302 << QByteArray() << 0 << QStringList() << "ok" << "operational";
        QTest::addRow("429") << 429 << QByteArray("slow down") << 0 << QStringList() << "rate_limited" << "degraded";
        QTest::addRow("500") << 500 << QByteArray("oops") << 0 << QStringList() << "server_error" << "major_outage";
        QTest::addRow("529") << 529 << QByteArray("{}") << 0 << QStringList() << "overloaded" << "partial_outage";
        QTest::addRow("slow") << 200 << QByteArray("<html>login</html>") << 2500 << QStringList() << "timeout" << "major_outage";
        QTest::addRow("slow but answers") << 200 << QByteArray("<html>login</html>") << 400 << QStringList{QStringLiteral("latency < 200ms")}
                                          << "condition_failed" << "degraded";
        QTest::addRow("garbage") << 200 << QByteArray("\x01\x02\xff\xfe") << 0 << loginPage << "condition_failed" << "partial_outage";
    }

    void authProbeMatrix()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, delayMs);
        QFETCH(QStringList, conditions);
        QFETCH(QString, outcome);
        QFETCH(QString, state);
        LoopbackServer server([&](const HttpRequest &req) {
            HttpReply r;
            r.status = status;
            r.body = body;
            r.delayMs = delayMs;
            if (status == 302) {
                // The login page sends the browser on to the sign-in form, which answers.
                if (req.path == "/login") {
                    r.headers = {{"Location", "/authorize"}};
                } else {
                    r.status = 200;
                    r.body = "<html>sign in</html>";
                }
            }
            return r;
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        config::ProbeConfig c = httpConfig(server.url(QStringLiteral("/login")), conditions, 1500);
        c.id = QStringLiteral("login");
        c.kind = QStringLiteral("auth");
        auto probe = Probe::create(c, &http);
        QVERIFY(dynamic_cast<AuthProbe *>(probe.get()));
        const ProbeResult r = runProbe(*probe);
        QCOMPARE(outcomeKey(r.outcome), outcome);
        QCOMPARE(stateKey(r.state), state);
        QCOMPARE(r.kind, QStringLiteral("auth"));
        QCOMPARE(r.toObservation().target, QStringLiteral("probe:login"));
        if (r.outcome != Outcome::Ok)
            QVERIFY2(r.detail.startsWith(QStringLiteral("front door: ")), qPrintable(r.detail));
    }

    void llmProbe_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("state");
        const QString a = QStringLiteral("anthropic-messages");
        QTest::addRow("anthropic ok") << a << 200 << kAnthropicOk << 0 << "ok" << "operational";
        QTest::addRow("anthropic 429") << a << 429 << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"slow down\"}}") << 0 << "rate_limited" << "degraded";
        QTest::addRow("anthropic 529") << a << 529 << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}") << 0 << "overloaded" << "partial_outage";
        QTest::addRow("overloaded as 503") << a << 503 << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\"}}") << 0 << "overloaded" << "partial_outage";
        QTest::addRow("anthropic 500") << a << 500 << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"api_error\"}}") << 0 << "server_error" << "major_outage";
        QTest::addRow("anthropic 401") << a << 401 << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key sk-ant-test-0123456789abcdef\"}}") << 0 << "auth" << "degraded";
        QTest::addRow("anthropic 403") << a << 403 << QByteArray("{}") << 0 << "auth" << "degraded";
        QTest::addRow("model routing 404") << a << 404 << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"not_found_error\"}}") << 0 << "client_error" << "partial_outage";
        QTest::addRow("garbage 200") << a << 200 << QByteArray("<html>gateway</html>") << 0 << "bad_response" << "partial_outage";
        QTest::addRow("wrong shape 200") << a << 200 << kOpenAiChatOk << 0 << "bad_response" << "partial_outage";
        QTest::addRow("slow") << a << 200 << kAnthropicOk << 3000 << "timeout" << "major_outage";
        QTest::addRow("openai chat ok") << QStringLiteral("openai-chat") << 200 << kOpenAiChatOk << 0 << "ok" << "operational";
        QTest::addRow("openai chat empty") << QStringLiteral("openai-chat") << 200 << QByteArray("{\"choices\":[]}") << 0 << "bad_response" << "partial_outage";
        QTest::addRow("openai responses ok") << QStringLiteral("openai-responses") << 200 << kOpenAiResponsesOk << 0 << "ok" << "operational";
    }

    void llmProbe()
    {
        QFETCH(QString, api);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, delayMs);
        QFETCH(QString, outcome);
        QFETCH(QString, state);
        LoopbackServer server([&](const HttpRequest &) {
            HttpReply r = HttpReply::json(body, status);
            r.delayMs = delayMs;
            return r;
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        LlmProbe probe(llmConfig(server.url(QStringLiteral("/v1/messages")), api), &http);
        QVERIFY(probe.costsMoney());
        const ProbeResult r = runProbe(probe);
        QCOMPARE(outcomeKey(r.outcome), outcome);
        QCOMPARE(stateKey(r.state), state);
        QCOMPARE(server.requestCount(), 1);
        // The request is minimal and carries the key in its header only.
        const HttpRequest req = server.requests().constFirst();
        QCOMPARE(req.method, QByteArray("POST"));
        const QJsonObject sent = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(sent.value(QStringLiteral("model")).toString(), QStringLiteral("claude-opus-4-6"));
        if (api == QLatin1String("anthropic-messages")) {
            QCOMPARE(req.header("x-api-key"), kKey);
            QCOMPARE(req.header("anthropic-version"), QByteArray("2023-06-01"));
            QCOMPARE(sent.value(QStringLiteral("max_tokens")).toInt(), 1);
        } else if (api == QLatin1String("openai-chat")) {
            QCOMPARE(req.header("Authorization"), QByteArray("Bearer ") + kKey);
            QCOMPARE(sent.value(QStringLiteral("max_tokens")).toInt(), 1);
        } else {
            QCOMPARE(req.header("Authorization"), QByteArray("Bearer ") + kKey);
            QCOMPARE(sent.value(QStringLiteral("max_output_tokens")).toInt(), 16);
        }
        QVERIFY(!req.body.contains(kKey));
        // Nothing a result carries to the store or the UI holds the key.
        const store::Observation o = r.toObservation();
        QVERIFY2(!o.detail.contains(QString::fromLatin1(kKey)), qPrintable(o.detail));
        QVERIFY(!r.detail.contains(QString::fromLatin1(kKey)));
    }

    void llmProbeConnectionErrorAndMissingKey()
    {
        net::HttpClient http;
        LlmProbe refused(llmConfig(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/messages").arg(closedPort())), QStringLiteral("anthropic-messages")), &http);
        ProbeResult r = runProbe(refused);
        QCOMPARE(r.outcome, Outcome::Connection);
        QCOMPARE(r.state, HealthState::MajorOutage);

        config::ProbeConfig c = llmConfig(QUrl(QStringLiteral("http://127.0.0.1:1/")), QStringLiteral("anthropic-messages"));
        c.apiKey = *config::SecretRef::parse(QStringLiteral("${env:WF_TEST_UNSET_KEY_42}"));
        qunsetenv("WF_TEST_UNSET_KEY_42");
        LlmProbe missing(c, &http);
        r = runProbe(missing);
        QCOMPARE(r.outcome, Outcome::ConfigError);
        QCOMPARE(r.state, HealthState::Unknown); // our problem, not the provider's
        QVERIFY2(r.detail.contains(QStringLiteral("${env:WF_TEST_UNSET_KEY_42}")), qPrintable(r.detail));
    }

    void tcpProbe()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        config::ProbeConfig c;
        c.id = QStringLiteral("tcp");
        c.kind = QStringLiteral("tcp");
        c.host = QStringLiteral("127.0.0.1");
        c.port = server.serverPort();
        c.timeoutMs = 2000;
        TcpProbe ok(c);
        ProbeResult r = runProbe(ok);
        QCOMPARE(r.outcome, Outcome::Ok);
        QVERIFY(r.latencyMs >= 0);
        c.port = closedPort();
        TcpProbe refused(c);
        r = runProbe(refused);
        QCOMPARE(r.outcome, Outcome::Connection);
        QCOMPARE(r.state, HealthState::MajorOutage);
    }

    void dnsProbe()
    {
        config::ProbeConfig c;
        c.id = QStringLiteral("dns");
        c.kind = QStringLiteral("dns");
        c.host = QStringLiteral("localhost");
        c.timeoutMs = 3000;
        DnsProbe ok(c);
        ProbeResult r = runProbe(ok);
        QCOMPARE(r.outcome, Outcome::Ok);
        QVERIFY2(r.detail.contains(QStringLiteral("127.0.0.1")) || r.detail.contains(QStringLiteral("::1")), qPrintable(r.detail));
        c.host = QStringLiteral("no-such-host.invalid");
        DnsProbe bad(c);
        r = runProbe(bad);
        QVERIFY2(r.outcome == Outcome::Dns || r.outcome == Outcome::Timeout, qPrintable(outcomeKey(r.outcome)));
        QCOMPARE(r.state, HealthState::MajorOutage);
    }

    // Bad TLS: a local openssl s_server with a self-signed certificate that expires in 5 days.
    void tlsProbesAgainstSelfSignedServer()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(), "openssl is required for the TLS tests (scripts/deps.sh installs it)");
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess gen;
        gen.setStandardOutputFile(QProcess::nullDevice());
        gen.setStandardErrorFile(QProcess::nullDevice());
        gen.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                             QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("5"), QStringLiteral("-subj"),
                                             QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(gen.waitForFinished(30000));
        QCOMPARE(gen.exitCode(), 0);
        const quint16 port = closedPort();
        QProcess server;
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server.start(openssl, {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                               QStringLiteral("-cert"), cert, QStringLiteral("-key"), key, QStringLiteral("-www"), QStringLiteral("-quiet")});
        QVERIFY(server.waitForStarted());
        QVERIFY2(QTest::qWaitFor([&] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            return s.waitForConnected(200);
        }, 10000), "openssl s_server did not start");

        config::ProbeConfig c;
        c.id = QStringLiteral("tls");
        c.kind = QStringLiteral("tls");
        c.host = QStringLiteral("localhost");
        c.port = port;
        c.timeoutMs = 5000;
        TlsProbe tls(c);
        ProbeResult r = runProbe(tls);
        QCOMPARE(r.outcome, Outcome::Tls); // self-signed: not trusted
        QCOMPARE(r.state, HealthState::MajorOutage);
        QVERIFY(r.certRemainingMs.has_value());
        const double days = double(*r.certRemainingMs) / 86'400'000.0;
        QVERIFY2(days > 4.9 && days <= 5.0, qPrintable(QString::number(days)));
        QCOMPARE(r.conditions.size(), 1);
        QCOMPARE(r.conditions[0].pass, false); // cert_expiry > 14d
        QVERIFY2(r.detail.contains(QStringLiteral("not trusted")), qPrintable(r.detail));

        // The HTTP probe refuses the untrusted certificate, and still reads its expiry when asked.
        net::HttpClient http;
        HttpProbe https(httpConfig(QUrl(QStringLiteral("https://localhost:%1/").arg(port)),
                                   {QStringLiteral("status == 200"), QStringLiteral("cert_expiry > 3d")}, 5000), &http);
        r = runProbe(https);
        QCOMPARE(r.outcome, Outcome::Tls);
        QCOMPARE(r.state, HealthState::MajorOutage);
        QVERIFY(r.certRemainingMs.has_value());
        QCOMPARE(r.conditions.size(), 2);
        QCOMPARE(r.conditions[0].pass, false);
        QCOMPARE(r.conditions[1].pass, true);

        server.terminate();
        server.waitForFinished(3000);
        // Nobody listening any more: a connection error, not a TLS verdict.
        r = runProbe(tls);
        QCOMPARE(r.outcome, Outcome::Connection);
    }

    // A certificate from a CA the machine trusts: the expiry probe's OK path, then the same
    // server with an expired certificate.
    void tlsProbeTrustedAndExpired()
    {
        QTemporaryDir dir;
        QVERIFY2(makeCerts(dir.path()), "could not make test certificates with openssl");
        TrustedCa trust(dir.filePath(QStringLiteral("ca.pem")));
        config::ProbeConfig c;
        c.id = QStringLiteral("tls");
        c.kind = QStringLiteral("tls");
        c.host = QStringLiteral("localhost");
        c.timeoutMs = 5000;
        {
            TlsServer good;
            QVERIFY2(good.start(dir.filePath(QStringLiteral("good.pem")), dir.filePath(QStringLiteral("good.key"))), "openssl s_server did not start");
            c.port = good.port;
            TlsProbe tls(c);
            const ProbeResult r = runProbe(tls);
            QVERIFY2(r.outcome == Outcome::Ok, qPrintable(r.detail));
            QCOMPARE(r.state, HealthState::Operational);
            QVERIFY(r.certRemainingMs.has_value());
            const double days = double(*r.certRemainingMs) / 86'400'000.0;
            QVERIFY2(days > 59.9 && days <= 60.0, qPrintable(QString::number(days)));
            QCOMPARE(r.conditions.size(), 1);
            QCOMPARE(r.conditions[0].text, QStringLiteral("cert_expiry > 14d"));
            QVERIFY(r.conditions[0].pass);
            QVERIFY(r.latencyMs >= 0);

            // Trusted, but the operator wants more than 90 days left: a soft failure.
            config::ProbeConfig strict = c;
            strict.conditions = {QStringLiteral("cert_expiry > 90d")};
            TlsProbe tls90(strict);
            const ProbeResult s = runProbe(tls90);
            QCOMPARE(s.outcome, Outcome::ConditionFailed);
            QCOMPARE(s.conditions[0].pass, false);
            QVERIFY(rank(s.state) < rank(HealthState::MajorOutage));
        }
        {
            TlsServer expired;
            QVERIFY2(expired.start(dir.filePath(QStringLiteral("expired.pem")), dir.filePath(QStringLiteral("expired.key"))), "openssl s_server did not start");
            c.port = expired.port;
            TlsProbe tls(c);
            const ProbeResult r = runProbe(tls);
            QCOMPARE(r.outcome, Outcome::Tls);
            QCOMPARE(r.state, HealthState::MajorOutage);
            QVERIFY(r.certRemainingMs.has_value());
            QVERIFY(*r.certRemainingMs < 0);
            QVERIFY2(r.detail.contains(QStringLiteral("expired at 2025-02-01T00:00:00Z")), qPrintable(r.detail));
            QCOMPARE(r.conditions[0].pass, false);
        }
    }

    // An LLM endpoint with a certificate nobody trusts (libcurl's store has no test CA) or an
    // expired one: a TLS error, never "ok" and never a provider verdict like server_error.
    void llmProbeBadTls()
    {
        QTemporaryDir dir;
        QVERIFY2(makeCerts(dir.path()), "could not make test certificates with openssl");
        net::HttpClient http;
        for (const QString &name : {QStringLiteral("good"), QStringLiteral("expired")}) {
            TlsServer server;
            QVERIFY2(server.start(dir.filePath(name + QStringLiteral(".pem")), dir.filePath(name + QStringLiteral(".key"))), "openssl s_server did not start");
            LlmProbe probe(llmConfig(QUrl(QStringLiteral("https://localhost:%1/v1/messages").arg(server.port)), QStringLiteral("anthropic-messages")), &http);
            const ProbeResult r = runProbe(probe);
            QVERIFY2(r.outcome == Outcome::Tls, qPrintable(name + QStringLiteral(": ") + outcomeKey(r.outcome) + QStringLiteral(" ") + r.detail));
            QCOMPARE(r.state, HealthState::MajorOutage);
            QCOMPARE(r.toObservation().errorClass, QStringLiteral("tls"));
            QVERIFY(!r.detail.contains(QString::fromLatin1(kKey)));
        }
    }

    void tlsProbeOnPlainTcpIsHandshakeError()
    {
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        connect(&plain, &QTcpServer::newConnection, &plain, [&] {
            while (QTcpSocket *s = plain.nextPendingConnection()) {
                s->write("HTTP/1.1 400 Bad Request\r\n\r\n");
                s->disconnectFromHost();
            }
        });
        config::ProbeConfig c;
        c.id = QStringLiteral("tls-plain");
        c.kind = QStringLiteral("tls");
        c.host = QStringLiteral("127.0.0.1");
        c.port = plain.serverPort();
        c.timeoutMs = 3000;
        TlsProbe tls(c);
        const ProbeResult r = runProbe(tls);
        QCOMPARE(r.outcome, Outcome::Tls);
    }

    void schedulerCapsConcurrency()
    {
        LoopbackServer a([](const HttpRequest &) { HttpReply r; r.body = "ok"; r.delayMs = 300; return r; });
        LoopbackServer b([](const HttpRequest &) { HttpReply r; r.body = "ok"; r.delayMs = 300; return r; });
        QVERIFY(a.listen());
        QVERIFY(b.listen());
        QList<config::ProbeConfig> probes;
        for (int i = 0; i < 6; ++i) {
            config::ProbeConfig c = httpConfig((i % 2 ? a : b).url(QStringLiteral("/%1").arg(i)));
            c.id = QStringLiteral("p%1").arg(i);
            c.intervalMs = 60000;
            probes << c;
        }
        net::HttpClient http;
        ProbeScheduler s(&http);
        s.setJitter(0);
        s.setMaxConcurrent(3);
        s.setMaxPerHost(1);
        s.setProbes(probes);
        QSignalSpy results(&s, &ProbeScheduler::resultReady);
        s.start();
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 6, 10000);
        // Two hosts at one request each: never more than 2 at once, although the global cap is 3.
        QCOMPARE(s.maxActiveSeen(), 2);
        QCOMPARE(a.requestCount(), 3);
        QCOMPARE(b.requestCount(), 3);
        QCOMPARE(s.activeCount(), 0);
    }

    // drain(): nothing new falls due, but what is due still runs: every due run reports.
    void schedulerDrainRunsWhatIsDue()
    {
        LoopbackServer a([](const HttpRequest &) { HttpReply r; r.body = "ok"; r.delayMs = 200; return r; });
        QVERIFY(a.listen());
        QList<config::ProbeConfig> probes;
        for (int i = 0; i < 6; ++i) {
            config::ProbeConfig c = httpConfig(a.url(QStringLiteral("/%1").arg(i)));
            c.id = QStringLiteral("p%1").arg(i);
            c.intervalMs = 1000;
            probes << c;
        }
        net::HttpClient http;
        ProbeScheduler s(&http);
        s.setJitter(0);
        s.setMaxConcurrent(2); // 6 due at once, 2 at a time: 4 wait in the queue
        s.setMaxPerHost(2);
        s.setProbes(probes);
        QSignalSpy results(&s, &ProbeScheduler::resultReady);
        s.start();
        QTRY_VERIFY_WITH_TIMEOUT(results.size() >= 1, 5000);
        QVERIFY(results.size() < 6);
        QCOMPARE(s.dueRuns(), 6);
        s.drain();
        QVERIFY(!s.isDrained()); // queued runs are kept
        QTRY_VERIFY_WITH_TIMEOUT(s.isDrained(), 5000);
        QCOMPARE(results.size(), 6);
        QTest::qWait(1500); // past the interval: nothing new falls due
        QCOMPARE(s.dueRuns(), 6);
        QCOMPARE(results.size(), 6);
        QCOMPARE(a.requestCount(), 6);
    }

    // Eight hosts with a generous per-host cap: only the global cap can hold the probes back.
    void schedulerGlobalCapAcrossManyHosts()
    {
        constexpr int kReplyMs = 600;
        QElapsedTimer clock;
        clock.start();
        QList<qint64> arrivals; // server side, when each request came in
        std::vector<std::unique_ptr<LoopbackServer>> servers;
        QList<config::ProbeConfig> probes;
        for (int h = 0; h < 8; ++h) {
            servers.push_back(std::make_unique<LoopbackServer>([&](const HttpRequest &) {
                arrivals << clock.elapsed();
                HttpReply r;
                r.body = "ok";
                r.delayMs = kReplyMs;
                return r;
            }));
            QVERIFY(servers.back()->listen());
            for (int i = 0; i < 2; ++i) {
                config::ProbeConfig c = httpConfig(servers.back()->url(QStringLiteral("/%1").arg(i)));
                c.id = QStringLiteral("h%1-p%2").arg(h).arg(i);
                c.intervalMs = 60000;
                probes << c;
            }
        }
        net::HttpClient http;
        ProbeScheduler s(&http);
        s.setJitter(0);
        s.setMaxConcurrent(3);
        s.setMaxPerHost(4);
        s.setProbes(probes);
        QSignalSpy results(&s, &ProbeScheduler::resultReady);
        s.start();
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 16, 20000);
        QCOMPARE(s.maxActiveSeen(), 3);
        QCOMPARE(s.activeCount(), 0);
        QCOMPARE(arrivals.size(), 16);
        for (const auto &srv : servers)
            QCOMPARE(srv->requestCount(), 2);
        // Seen from the servers: a request is in flight for at least kReplyMs after it arrives, so
        // the overlap of [arrival, arrival + kReplyMs) never exceeds what really ran at once.
        int maxOverlap = 0;
        for (qint64 t : std::as_const(arrivals)) {
            int overlap = 0;
            for (qint64 u : std::as_const(arrivals))
                overlap += u <= t && t < u + kReplyMs;
            maxOverlap = std::max(maxOverlap, overlap);
        }
        QCOMPARE(maxOverlap, 3);
        for (const auto &r : results)
            QVERIFY(r.at(0).value<ProbeResult>().ok());
    }

    // Jitter spreads the first runs over the start window and moves every later run within
    // +/- jitter x interval; without it all probes would fire in lockstep.
    void schedulerJitterSpreadsRuns()
    {
        QElapsedTimer clock;
        QHash<QByteArray, QList<qint64>> runs; // path -> arrival times
        LoopbackServer server([&](const HttpRequest &req) {
            runs[req.path] << clock.elapsed();
            HttpReply r;
            r.body = "ok";
            return r;
        });
        QVERIFY(server.listen());
        constexpr int kProbes = 12;
        constexpr int kInterval = 2000;
        QList<config::ProbeConfig> probes;
        for (int i = 0; i < kProbes; ++i) {
            config::ProbeConfig c = httpConfig(server.url(QStringLiteral("/%1").arg(i)));
            c.id = QStringLiteral("j%1").arg(i);
            c.intervalMs = kInterval;
            probes << c;
        }
        net::HttpClient http;
        ProbeScheduler s(&http);
        s.setJitter(0.5);
        s.setMaxConcurrent(64);
        s.setMaxPerHost(64);
        s.setProbes(probes);
        clock.start();
        s.start();
        QTRY_VERIFY_WITH_TIMEOUT(runs.size() == kProbes && std::all_of(runs.cbegin(), runs.cend(), [](const QList<qint64> &t) { return t.size() >= 2; }), 15000);
        s.stop();
        QList<qint64> firsts;
        QList<qint64> gaps;
        for (const QList<qint64> &t : std::as_const(runs)) {
            firsts << t[0];
            gaps << t[1] - t[0];
        }
        const auto [fMin, fMax] = std::minmax_element(firsts.cbegin(), firsts.cend());
        const auto [gMin, gMax] = std::minmax_element(gaps.cbegin(), gaps.cend());
        const QByteArray info = QStringLiteral("first runs %1..%2 ms, gaps %3..%4 ms").arg(*fMin).arg(*fMax).arg(*gMin).arg(*gMax).toUtf8();
        // First runs: uniform over [0, 2 s). Twelve of them within 500 ms of each other has a
        // probability of about 1e-5; without jitter they all land within a few ms.
        QVERIFY2(*fMax - *fMin > 500, info.constData());
        QVERIFY2(*fMax < 2000 + 1500, info.constData());
        // Later runs: interval 2 s +/- 50 % (never under 1 s), so gaps stay within [1 s, 3 s] plus
        // scheduling slack, and twelve of them spread well beyond 500 ms.
        QVERIFY2(*gMin >= 950, info.constData());
        QVERIFY2(*gMax <= 3000 + 1500, info.constData());
        QVERIFY2(*gMax - *gMin > 500, info.constData());
    }

    // A large fleet does not start with a burst: 3,000 probes begin at about 1,000 runs per
    // second (over 3 s) instead of all within the 2 s a small set uses.
    void schedulerSpreadsTheFirstRunsOfALargeFleet()
    {
        QList<config::ProbeConfig> probes;
        for (int i = 0; i < 3000; ++i) {
            config::ProbeConfig c = httpConfig(QUrl(QStringLiteral("http://127.0.0.1:1/%1").arg(i))); // refused at once
            c.id = QStringLiteral("f%1").arg(i);
            c.intervalMs = 60000;
            probes << c;
        }
        net::HttpClient http;
        ProbeScheduler s(&http);
        s.setMaxConcurrent(64);
        s.setMaxPerHost(64);
        s.setProbes(probes);
        QElapsedTimer clock;
        QList<qint64> at;
        connect(&s, &ProbeScheduler::resultReady, this, [&] { at << clock.elapsed(); });
        clock.start();
        s.start();
        QTRY_COMPARE_WITH_TIMEOUT(at.size(), 3000, 20000);
        s.stop();
        const qint64 inFirstTwo = std::count_if(at.cbegin(), at.cend(), [](qint64 t) { return t < 2000; });
        const QByteArray info = QStringLiteral("last first run at %1 ms, %2 within 2 s").arg(at.last()).arg(inFirstTwo).toUtf8();
        QVERIFY2(at.last() >= 2500, info.constData());         // spread beyond the 2 s of a small set
        QVERIFY2(at.last() < 3000 + 2000, info.constData());   // over about 3 s, with slack for a busy machine
        QVERIFY2(inFirstTwo < 2700, info.constData());          // about two thirds, not all of them
    }

    void schedulerBudgetGuardsLlmProbes()
    {
        LoopbackServer server([](const HttpRequest &) { return HttpReply::json(kAnthropicOk); });
        QVERIFY(server.listen());
        config::ProbeConfig c = llmConfig(server.url(QStringLiteral("/v1/messages")), QStringLiteral("anthropic-messages"));
        c.intervalMs = 1000;
        c.budgetPerHour = 3;
        config::ProbeConfig c2 = c; // a second probe of the same model shares the budget
        c2.id = QStringLiteral("opus-2");
        c2.budgetPerHour = 50;
        net::HttpClient http;
        ProbeScheduler s(&http);
        s.setJitter(0);
        s.setProbes({c, c2});
        QCOMPARE(s.status(QStringLiteral("opus")).budgetLimit, 3);
        QCOMPARE(s.status(QStringLiteral("opus-2")).budgetLimit, 3);
        QSignalSpy exhausted(&s, &ProbeScheduler::budgetExhausted);
        s.start();
        QTRY_VERIFY_WITH_TIMEOUT(exhausted.size() >= 1, 8000);
        QTest::qWait(2500);
        QCOMPARE(server.requestCount(), 3);
        const auto st = s.status(QStringLiteral("opus"));
        QCOMPARE(st.budgetUsed, 3);
        QVERIFY(st.budgetExhausted);
        QCOMPARE(exhausted.first().at(0).toString(), QStringLiteral("anthropic/claude-opus-4-6"));
    }

    // A failing probe keeps being measured at its interval; only alert reminders back off
    // (AlertEngine, tst_alerts::remindersBackOffWhileMeasuringAtFullRate).
    void failingProbeIsMeasuredAtFullRate()
    {
        LoopbackServer server([](const HttpRequest &) { HttpReply r; r.status = 500; return r; });
        QVERIFY(server.listen());
        config::ProbeConfig c = httpConfig(server.url(QStringLiteral("/")));
        c.intervalMs = 1000;
        net::HttpClient http;
        ProbeScheduler s(&http);
        s.setJitter(0);
        s.setProbes({c});
        QSignalSpy results(&s, &ProbeScheduler::resultReady);
        s.start();
        QTRY_VERIFY_WITH_TIMEOUT(results.size() >= 1, 5000);
        QElapsedTimer t;
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(results.size() >= 6, 12000);
        // Five more runs at 1 s take about 5 s; doubling spacing (1+2+4+8+16 s) would take 31 s.
        QVERIFY2(t.elapsed() < 9000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(s.status(QStringLiteral("web")).consecutiveFailures, results.size());
    }

    void selfConnectivityMakesFailuresUnknown()
    {
        LoopbackServer target([](const HttpRequest &) { HttpReply r; r.status = 500; return r; });
        QVERIFY(target.listen());
        QTcpServer canaryServer;
        const quint16 canaryPort = closedPort();
        config::ProbeConfig canary;
        canary.id = QStringLiteral("canary");
        canary.kind = QStringLiteral("tcp");
        canary.host = QStringLiteral("127.0.0.1");
        canary.port = canaryPort;
        canary.canary = true;
        canary.intervalMs = 1000;
        canary.timeoutMs = 1000;
        config::ProbeConfig api = httpConfig(target.url(QStringLiteral("/")));
        api.id = QStringLiteral("api");
        api.intervalMs = 1000;

        QTemporaryDir dir;
        store::Store store;
        QVERIFY(store.openAndWait(dir.filePath(QStringLiteral("wf.db"))).ok());
        net::HttpClient http;
        ProbeScheduler s(&http);
        s.setJitter(0);
        s.setStore(&store);
        s.setProbes({canary, api});
        QSignalSpy connectivity(&s, &ProbeScheduler::selfConnectivityChanged);
        QList<ProbeResult> apiResults;
        connect(&s, &ProbeScheduler::resultReady, this, [&](const ProbeResult &r) {
            if (r.probeId == QLatin1String("api"))
                apiResults << r;
        });
        s.start();
        QTRY_VERIFY_WITH_TIMEOUT(!s.selfConnected() && apiResults.size() >= 2, 8000);
        QCOMPARE(connectivity.size(), 1);
        const ProbeResult offline = apiResults.constLast();
        QVERIFY(offline.selfOffline);
        QCOMPARE(offline.state, HealthState::Unknown);
        QCOMPARE(offline.toObservation().errorClass, QStringLiteral("self_offline"));

        // Our network is back (the canary answers): the 500s count against the target again.
        QVERIFY(canaryServer.listen(QHostAddress::LocalHost, canaryPort));
        QTRY_VERIFY_WITH_TIMEOUT(s.selfConnected(), 5000);
        const int seen = apiResults.size();
        QTRY_VERIFY_WITH_TIMEOUT(apiResults.size() > seen, 5000);
        QCOMPARE(apiResults.constLast().selfOffline, false);
        QCOMPARE(apiResults.constLast().state, HealthState::MajorOutage);
        s.stop();

        // Every result went to the store as an Observation.
        store.flush();
        QTRY_VERIFY_WITH_TIMEOUT(store.pendingCount() == 0, 3000);
        const auto rows = store.runSync<Result<QList<store::Observation>>>([](store::Database &db) {
            return store::Store::readObservations(db, QStringLiteral("probe:api"), 0, std::numeric_limits<qint64>::max());
        });
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), apiResults.size());
        QCOMPARE(rows->constFirst().source, QStringLiteral("probe"));
        QVERIFY(std::any_of(rows->begin(), rows->end(), [](const store::Observation &o) { return o.errorClass == QLatin1String("self_offline"); }));
    }
};

QTEST_GUILESS_MAIN(TstProbes)
#include "tst_probes.moc"
