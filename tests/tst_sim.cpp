#include "net/httpclient.h"
#include "sim/drillconfig.h"
#include "sim/drillgateway.h"
#include "sim/drillsession.h"
#include "sim/faultplan.h"
#include "sim/simhost.h"
#include "sim/scenario.h"
#include "sim/scenarioclock.h"
#include "sim/simserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QtTest>

using namespace wf;
using namespace wf::sim;

namespace {

const QString kDataDir = QStringLiteral(WF_TEST_DATA_DIR "/sim");
const QString kBundledDir = QStringLiteral(":/scenarios/2026-03-02");

net::Response fetch(net::HttpClient &client, const net::Request &req, int waitMs = 15000)
{
    net::Response out;
    bool done = false;
    client.send(req, nullptr, [&](const net::Response &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, waitMs))
        qFatal("request to %s did not complete within %d ms", qPrintable(req.url.toString()), waitMs);
    return out;
}

QJsonObject jsonOf(const net::Response &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class TestSim : public QObject
{
    Q_OBJECT

private:
    net::HttpClient m_http;

    net::Response get(const QUrl &url, net::HeaderList headers = {})
    {
        net::Request req;
        req.url = url;
        req.headers = headers;
        return fetch(m_http, req);
    }

    net::Response post(const QUrl &url, const QByteArray &body, net::HeaderList headers = {})
    {
        net::Request req;
        req.url = url;
        req.method = "POST";
        req.body = body;
        headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        req.headers = headers;
        return fetch(m_http, req);
    }

    static QUrl at(const QUrl &base, const QString &path)
    {
        return QUrl(base.toString() + path);
    }

    void setClock(SimServer &sim, const QString &time)
    {
        const net::Response r = post(at(sim.baseUrl(), QStringLiteral("/_sim/clock")),
                                     QStringLiteral("{\"set\":\"%1\"}").arg(time).toUtf8());
        QCOMPARE(r.status, 200);
        const QDateTime expected = parseScenarioTime(time, sim.scenario().start.date());
        QCOMPARE(QDateTime::fromString(jsonOf(r).value(QStringLiteral("now")).toString(), Qt::ISODate), expected);
    }

    net::Response messages(SimServer &sim, const QString &model, bool withKey = true)
    {
        net::HeaderList h{{"anthropic-version", "2023-06-01"}};
        if (withKey)
            h.append({QByteArray("x-api-key"), QByteArray("drill-dummy")});
        const QByteArray body = "{\"model\":\"" + model.toUtf8() + "\",\"max_tokens\":1,\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}]}";
        return post(at(sim.baseUrl(), QStringLiteral("/v1/messages")), body, h);
    }

    static std::unique_ptr<SimServer> start(const QString &scenario, double speed = 0)
    {
        auto s = ScenarioLoader::load(scenario);
        if (!s)
            qFatal("scenario %s: %s", qPrintable(scenario), qPrintable(s.error().message));
        auto sim = std::make_unique<SimServer>(*s, speed);
        const Status st = sim->listen();
        if (!st)
            qFatal("%s", qPrintable(st.error().message));
        return sim;
    }

private slots:
    void bundledScenarioLoads()
    {
        QVERIFY(ScenarioLoader::bundled().contains(QStringLiteral("2026-03-02")));
        auto s = ScenarioLoader::load(QStringLiteral("2026-03-02"));
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->note, QStringLiteral("reconstruction from public reporting"));
        QCOMPARE(s->start, QDateTime(QDate(2026, 3, 2), QTime(11, 40), QTimeZone::utc()));
        QCOMPARE(s->providers.size(), 2);
        QCOMPARE(s->providers[0].feeds[0].snapshots.size(), 21);
        // The same scenario loads from a directory on disk.
        auto fromDisk = ScenarioLoader::load(QStringLiteral(WF_SOURCE_DIR "/resources/scenarios/2026-03-02"));
        QVERIFY2(fromDisk.ok(), fromDisk ? "" : qPrintable(fromDisk.error().message));
        QCOMPARE(fromDisk->faults.size(), s->faults.size());
    }

    // At each poll time of the fixture manifest the served summary.json is that snapshot, byte for
    // byte, and one second earlier it is still the previous one.
    void summaryFollowsSteppedClock()
    {
        auto sim = start(QStringLiteral("2026-03-02"));
        QFile manifestFile(kBundledDir + QStringLiteral("/manifest.json"));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonArray snapshots = QJsonDocument::fromJson(manifestFile.readAll()).object().value(QStringLiteral("snapshots")).toArray();
        QCOMPARE(snapshots.size(), 21);
        QByteArray previous;
        for (const QJsonValue &v : snapshots) {
            const QJsonObject snap = v.toObject();
            const QDateTime t = QDateTime::fromString(snap.value(QStringLiteral("time")).toString(), Qt::ISODate);
            QFile expectedFile(kBundledDir + QLatin1Char('/') + snap.value(QStringLiteral("file")).toString());
            QVERIFY(expectedFile.open(QIODevice::ReadOnly));
            const QByteArray expected = expectedFile.readAll();
            if (!previous.isEmpty()) {
                setClock(*sim, t.addSecs(-1).toString(Qt::ISODate));
                QCOMPARE(get(at(sim->baseUrl(), QStringLiteral("/api/v2/summary.json"))).body, previous);
            }
            setClock(*sim, t.toString(Qt::ISODate));
            const net::Response r = get(at(sim->baseUrl(), QStringLiteral("/api/v2/summary.json")));
            QCOMPARE(r.status, 200);
            QVERIFY2(r.body == expected, qPrintable(QStringLiteral("at %1 expected %2").arg(t.toString(Qt::ISODate), expectedFile.fileName())));
            QCOMPARE(jsonOf(r).value(QStringLiteral("status")).toObject().value(QStringLiteral("indicator")).toString(),
                     snap.value(QStringLiteral("status_indicator")).toString());
            QCOMPARE(r.header("content-type"), QByteArray("application/json; charset=utf-8"));
            // The Date header follows scenario time.
            QCOMPARE(QString::fromLatin1(r.header("date")), QLocale::c().toString(t, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")));
            previous = expected;
        }
    }

    void feedExtrasAndConditionalGet()
    {
        auto sim = start(QStringLiteral("2026-03-02"));
        setClock(*sim, QStringLiteral("14:51"));
        QFile unresolvedFile(kBundledDir + QStringLiteral("/1450.incidents-unresolved.json"));
        QVERIFY(unresolvedFile.open(QIODevice::ReadOnly));
        QCOMPARE(get(at(sim->baseUrl(), QStringLiteral("/api/v2/incidents/unresolved.json"))).body, unresolvedFile.readAll());
        // Outside its window unresolved.json is derived from the summary's open incidents.
        setClock(*sim, QStringLiteral("17:20"));
        const QJsonObject derived = jsonOf(get(at(sim->baseUrl(), QStringLiteral("/api/v2/incidents/unresolved.json"))));
        QCOMPARE(derived.value(QStringLiteral("incidents")).toArray().size(), 1);
        QCOMPARE(derived.value(QStringLiteral("incidents")).toArray().at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("63943gpfb97z"));
        QCOMPARE(jsonOf(get(at(sim->baseUrl(), QStringLiteral("/api/v2/status.json")))).value(QStringLiteral("status")).toObject().value(QStringLiteral("indicator")).toString(),
                 QStringLiteral("major"));
        // incidents.json exists from 21:30 only.
        QCOMPARE(get(at(sim->baseUrl(), QStringLiteral("/api/v2/incidents.json"))).status, 404);
        setClock(*sim, QStringLiteral("21:31"));
        QCOMPARE(jsonOf(get(at(sim->baseUrl(), QStringLiteral("/api/v2/incidents.json")))).value(QStringLiteral("incidents")).toArray().size(), 8);

        // Conditional GET: same snapshot -> 304, next snapshot -> 200 with a new ETag.
        setClock(*sim, QStringLiteral("12:00"));
        const net::Response first = get(at(sim->baseUrl(), QStringLiteral("/api/v2/summary.json")));
        QVERIFY(!first.header("etag").isEmpty());
        net::Request again;
        again.url = at(sim->baseUrl(), QStringLiteral("/api/v2/summary.json"));
        again.ifNoneMatch = first.header("etag");
        QCOMPARE(fetch(m_http, again).status, 304);
        setClock(*sim, QStringLiteral("12:10"));
        const net::Response changed = fetch(m_http, again);
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.header("etag") != first.header("etag"));

        // The OpenAI fallback's page, through the path prefix and through its own port.
        QCOMPARE(jsonOf(get(at(sim->baseUrl(), QStringLiteral("/openai/api/v2/summary.json")))).value(QStringLiteral("page")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("OpenAI"));
        QCOMPARE(get(at(sim->providerUrl(QStringLiteral("openai")), QStringLiteral("/api/v2/summary.json"))).header("x-watchfloor-sim-provider"),
                 QByteArray("openai"));
    }

    // 11:50: the front door fails (500/529) while the API answers.
    void frontDoorFailsWhileApiWorks()
    {
        auto sim = start(QStringLiteral("2026-03-02"));
        setClock(*sim, QStringLiteral("11:45"));
        QCOMPARE(get(at(sim->baseUrl(), QStringLiteral("/login"))).status, 200);
        QCOMPARE(messages(*sim, QStringLiteral("claude-sonnet-4-6")).status, 200);

        setClock(*sim, QStringLiteral("11:50"));
        QSet<int> seen;
        for (int i = 0; i < 10; ++i) {
            const net::Response login = get(at(sim->baseUrl(), QStringLiteral("/login")));
            QVERIFY2(login.status == 500 || login.status == 529, qPrintable(QString::number(login.status)));
            seen.insert(login.status);
            const net::Response authorize = get(at(sim->baseUrl(), QStringLiteral("/oauth/authorize?client_id=x")));
            QVERIFY(authorize.status == 500 || authorize.status == 529);
            const net::Response api = messages(*sim, QStringLiteral("claude-sonnet-4-6"));
            QCOMPARE(api.status, 200);
            QCOMPARE(jsonOf(api).value(QStringLiteral("type")).toString(), QStringLiteral("message"));
        }
        QVERIFY2(seen.size() == 2, "the front door should answer with both 500 and 529");
        // The status feed itself stays up.
        QCOMPARE(get(at(sim->baseUrl(), QStringLiteral("/api/v2/summary.json"))).status, 200);
        // After the fix at 15:25 the login page works again.
        setClock(*sim, QStringLiteral("15:30"));
        QCOMPARE(get(at(sim->baseUrl(), QStringLiteral("/login"))).status, 200);
    }

    // The Opus 4.6 routing error: only claude-opus-4-6 fails, the other models answer.
    void opusFailsAloneDuringItsWindow()
    {
        auto sim = start(QStringLiteral("2026-03-02"));
        const QStringList others{QStringLiteral("claude-sonnet-4-6"), QStringLiteral("claude-haiku-4-5")};
        setClock(*sim, QStringLiteral("14:00"));
        QCOMPARE(messages(*sim, QStringLiteral("claude-opus-4-6")).status, 200);
        for (const QString &time : {QStringLiteral("14:40"), QStringLiteral("15:10"), QStringLiteral("15:24:59")}) {
            setClock(*sim, time);
            const net::Response opus = messages(*sim, QStringLiteral("claude-opus-4-6"));
            QCOMPARE(opus.status, 500);
            const QJsonObject err = jsonOf(opus);
            QCOMPARE(err.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
            QCOMPARE(err.value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("api_error"));
            for (const QString &m : others) {
                const net::Response ok = messages(*sim, m);
                QCOMPARE(ok.status, 200);
                QCOMPARE(jsonOf(ok).value(QStringLiteral("model")).toString(), m);
            }
        }
        setClock(*sim, QStringLiteral("15:25"));
        QCOMPARE(messages(*sim, QStringLiteral("claude-opus-4-6")).status, 200);
        // /_sim/state names the active faults.
        setClock(*sim, QStringLiteral("14:40"));
        const QJsonArray active = jsonOf(get(at(sim->baseUrl(), QStringLiteral("/_sim/state")))).value(QStringLiteral("active_faults")).toArray();
        QStringList names;
        for (const QJsonValue &f : active)
            names << f.toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(names.contains(QStringLiteral("Opus 4.6 routing errors")), qPrintable(names.join(QStringLiteral(", "))));
    }

    void apiChecksKeyAndModel()
    {
        auto sim = start(QStringLiteral("2026-03-02"));
        setClock(*sim, QStringLiteral("11:45"));
        const net::Response noKey = messages(*sim, QStringLiteral("claude-sonnet-4-6"), false);
        QCOMPARE(noKey.status, 401);
        QCOMPARE(jsonOf(noKey).value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("authentication_error"));
        const net::Response unknown = messages(*sim, QStringLiteral("claude-2"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(jsonOf(unknown).value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("not_found_error"));
        const net::Response models = get(at(sim->baseUrl(), QStringLiteral("/v1/models")), {{"x-api-key", "k"}});
        QCOMPARE(jsonOf(models).value(QStringLiteral("data")).toArray().size(), 3);

        // The OpenAI-shaped fallback, on its own port: chat completion stamped with scenario time.
        const QUrl openai = sim->providerUrl(QStringLiteral("openai"));
        const net::Response chat = post(at(openai, QStringLiteral("/v1/chat/completions")),
                                        "{\"model\":\"gpt-4.1-mini\",\"max_tokens\":1,\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}]}",
                                        {{"Authorization", "Bearer drill-dummy"}});
        QCOMPARE(chat.status, 200);
        const QJsonObject c = jsonOf(chat);
        QCOMPARE(c.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
        QCOMPARE(qint64(c.value(QStringLiteral("created")).toDouble()), sim->clock().now().toSecsSinceEpoch());
        QCOMPARE(c.value(QStringLiteral("choices")).toArray().at(0).toObject().value(QStringLiteral("message")).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("assistant"));
        const net::Response chatNoKey = post(at(openai, QStringLiteral("/v1/chat/completions")), "{\"model\":\"gpt-4.1-mini\"}");
        QCOMPARE(chatNoKey.status, 401);
        QCOMPARE(jsonOf(chatNoKey).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("invalid_api_key"));
    }

    void faultEffects()
    {
        auto sim = start(kDataDir + QStringLiteral("/faults"));
        auto call = [&] { return messages(*sim, QStringLiteral("model-a")); };

        setClock(*sim, QStringLiteral("09:15"));
        const net::Response limited = call();
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("retry-after"), QByteArray("30"));
        QCOMPARE(jsonOf(limited).value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("rate_limit_error"));

        setClock(*sim, QStringLiteral("09:25"));
        const net::Response overloaded = call();
        QCOMPARE(overloaded.status, 529);
        QCOMPARE(overloaded.body, QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"));

        setClock(*sim, QStringLiteral("09:35"));
        QElapsedTimer timer;
        timer.start();
        const net::Response slow = call();
        QCOMPARE(slow.status, 200);
        QVERIFY2(timer.elapsed() >= 390, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
        QVERIFY(slow.timing.firstByteMs >= 380);
        setClock(*sim, QStringLiteral("10:01"));
        timer.restart();
        QCOMPARE(call().status, 200);
        QVERIFY2(timer.elapsed() < 380, qPrintable(QStringLiteral("took %1 ms after the latency window").arg(timer.elapsed())));

        // Intermittent: about 30% fail, and a reset replays exactly the same sequence.
        auto sequence = [&] {
            QList<int> out;
            for (int i = 0; i < 120; ++i)
                out << call().status;
            return out;
        };
        setClock(*sim, QStringLiteral("09:41"));
        const QList<int> first = sequence();
        const qsizetype failures = first.count(500) + first.count(503);
        qInfo("intermittent: %lld of 120 failed", qlonglong(failures));
        QVERIFY2(failures >= 20 && failures <= 55, qPrintable(QString::number(failures)));
        QVERIFY(first.count(500) > 0 && first.count(503) > 0);
        QCOMPARE(first.count(200) + failures, 120);
        QCOMPARE(post(at(sim->baseUrl(), QStringLiteral("/_sim/reset")), {}).status, 200);
        setClock(*sim, QStringLiteral("09:41"));
        QCOMPARE(sequence(), first);

        // A whole provider down, the other one unaffected.
        setClock(*sim, QStringLiteral("09:55"));
        const net::Response down = post(at(sim->providerUrl(QStringLiteral("beta")), QStringLiteral("/v1/chat/completions")),
                                        "{\"model\":\"gpt-x\",\"messages\":[]}", {{"Authorization", "Bearer k"}});
        QCOMPARE(down.status, 503);
        QCOMPARE(jsonOf(down).value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("server_error"));
        QCOMPARE(call().status, 200);
    }

    void clockControl()
    {
        auto sim = start(kDataDir + QStringLiteral("/faults"));
        const QUrl clock = at(sim->baseUrl(), QStringLiteral("/_sim/clock"));
        QCOMPARE(jsonOf(get(clock)).value(QStringLiteral("now")).toString(), QStringLiteral("2026-01-01T09:00:00Z"));
        QCOMPARE(jsonOf(post(clock, "{\"advance\":\"10m\"}")).value(QStringLiteral("now")).toString(), QStringLiteral("2026-01-01T09:10:00Z"));
        QCOMPARE(jsonOf(post(clock, "{\"set\":\"2026-01-01T10:05:00Z\"}")).value(QStringLiteral("now")).toString(), QStringLiteral("2026-01-01T10:05:00Z"));
        QCOMPARE(jsonOf(get(at(sim->baseUrl(), QStringLiteral("/api/v2/summary.json")))).value(QStringLiteral("status")).toObject().value(QStringLiteral("indicator")).toString(),
                 QStringLiteral("major"));
        QCOMPARE(post(clock, "{\"advance\":\"soon\"}").status, 400);
        QCOMPARE(post(clock, "{\"jump\":\"10m\"}").status, 400);
        QCOMPARE(post(clock, "not json").status, 400);
        // The clock did not move on the bad requests.
        QCOMPARE(jsonOf(get(clock)).value(QStringLiteral("now")).toString(), QStringLiteral("2026-01-01T10:05:00Z"));
    }

    void speedScaling()
    {
        ScenarioClock clock(QDateTime(QDate(2026, 3, 2), QTime(11, 40), QTimeZone::utc()), 60);
        QCOMPARE(clock.wallMsFor(3'600'000), qint64(60'000)); // an hour per minute
        QCOMPARE(clock.wallMsFor(10'000), qint64(167));      // a 10 s probe interval
        QCOMPARE(clock.scenarioMsFor(1'000), qint64(60'000));
        clock.setSpeed(0);
        QCOMPARE(clock.wallMsFor(1000), qint64(-1));

        // A running server at speed 600: one real second is ten scenario minutes.
        auto sim = start(kDataDir + QStringLiteral("/faults"), 600);
        const QUrl url = at(sim->baseUrl(), QStringLiteral("/_sim/clock"));
        QElapsedTimer wall;
        const QDateTime a = QDateTime::fromString(jsonOf(get(url)).value(QStringLiteral("now")).toString(), Qt::ISODate);
        wall.start();
        QTest::qWait(1000);
        const QDateTime b = QDateTime::fromString(jsonOf(get(url)).value(QStringLiteral("now")).toString(), Qt::ISODate);
        const qint64 expectedMs = wall.elapsed() * 600;
        const qint64 actualMs = a.msecsTo(b);
        qInfo("speed 600: %lld ms wall -> %lld scenario ms", qlonglong(wall.elapsed()), qlonglong(actualMs));
        QVERIFY2(qAbs(actualMs - expectedMs) <= 60'000, qPrintable(QStringLiteral("%1 vs %2").arg(actualMs).arg(expectedMs)));
        // Pausing freezes it.
        QCOMPARE(post(url, "{\"paused\":true}").status, 200);
        const QString frozen = jsonOf(get(url)).value(QStringLiteral("now")).toString();
        QTest::qWait(200);
        QCOMPARE(jsonOf(get(url)).value(QStringLiteral("now")).toString(), frozen);
    }

    void deterministicDraws()
    {
        QCOMPARE(FaultPlan::draw(42, 0, 7), FaultPlan::draw(42, 0, 7));
        QVERIFY(FaultPlan::draw(42, 0, 7) != FaultPlan::draw(43, 0, 7));
        int below = 0;
        for (quint64 n = 0; n < 10000; ++n) {
            const double u = FaultPlan::draw(1, 3, n);
            QVERIFY(u >= 0.0 && u < 1.0);
            below += u < 0.25;
        }
        QVERIFY2(below > 2300 && below < 2700, qPrintable(QString::number(below)));
    }

    void malformedScenarioNamesFileLineKey_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        QTest::addRow("ratio") << "bad-ratio.yaml" << "bad-ratio.yaml:15: faults[0].ratio" << "between 0 and 1";
        QTest::addRow("unknown key") << "bad-unknown-key.yaml" << "bad-unknown-key.yaml:9: providers[0].colour" << "unknown key";
        QTest::addRow("time") << "bad-time.yaml" << "bad-time.yaml:11: faults[0].from" << "quarter past nine";
        QTest::addRow("provider") << "bad-provider.yaml" << "bad-provider.yaml:13: faults[0].provider" << "gamma";
        QTest::addRow("snapshot file") << "bad-snapshot-file.yaml" << "bad-snapshot-file.yaml:12: providers[0].feeds[0].snapshots[0].file" << "missing.json";
        QTest::addRow("status") << "bad-status.yaml" << "bad-status.yaml:14: faults[0].status" << "400..599";
        QTest::addRow("order") << "bad-order.yaml" << "bad-order.yaml:13: providers[0].feeds[0].snapshots[1].at" << "time order";
    }

    void malformedScenarioNamesFileLineKey()
    {
        QFETCH(QString, file);
        QFETCH(QString, where);
        QFETCH(QString, what);
        auto s = ScenarioLoader::load(kDataDir + QLatin1Char('/') + file);
        QVERIFY(!s.ok());
        const QString message = s.error().message;
        QVERIFY2(message.contains(where), qPrintable(message));
        QVERIFY2(message.contains(what), qPrintable(message));
        QVERIFY2(message.startsWith(kDataDir), qPrintable(message));
    }

    // The drill configuration points every feed and probe at the running simulator.
    void drillConfigPointsAtSimulator()
    {
        auto scenario = ScenarioLoader::load(QStringLiteral("2026-03-02"));
        QVERIFY(scenario.ok());
        SimHost host;
        const Status st = host.start(*scenario, 60);
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        DrillEndpoints e;
        e.speed = 60;
        for (const ProviderSpec &p : scenario->providers)
            e.providerUrls.insert(p.id, host.providerUrl(p.id));
        const config::Config c = DrillConfig::build(*scenario, e);
        QCOMPARE(c.providers.size(), 2);
        QVERIFY(c.gateways.isEmpty());
        const config::ProviderConfig *anthropic = c.provider(QStringLiteral("anthropic"));
        QVERIFY(anthropic);
        QCOMPARE(anthropic->feeds.size(), 1);
        QCOMPARE(anthropic->feeds[0].format, QStringLiteral("statuspage"));
        QCOMPARE(anthropic->feeds[0].intervalMs, 1000); // a minute of scenario time at speed 60
        const net::Response summary = get(QUrl(anthropic->feeds[0].url));
        QCOMPARE(summary.status, 200);
        QCOMPARE(jsonOf(summary).value(QStringLiteral("page")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("tymt9n04zgry"));

        QStringList llmModels;
        bool login = false;
        for (const config::ProbeConfig &p : c.probes) {
            QCOMPARE(p.intervalMs, 167); // 10 scenario seconds at speed 60
            if (p.kind == QLatin1String("llm")) {
                llmModels << p.model;
                QCOMPARE(p.apiKey.toString(), QStringLiteral("${env:WATCHFLOOR_DRILL_KEY}"));
                QVERIFY(p.budgetPerHour >= 3600 * 1000 / p.intervalMs);
            }
            if (p.kind == QLatin1String("auth") && p.url.endsWith(QLatin1String("/login"))) {
                login = true;
                QCOMPARE(get(QUrl(p.url)).status, 200); // 11:40, before the outage
            }
        }
        QVERIFY(login);
        QVERIFY(llmModels.contains(QStringLiteral("claude-opus-4-6")));
        QVERIFY(llmModels.contains(QStringLiteral("gpt-4.1-mini")));
        // Without a gateway the chat app routes directly: primary first, the fallback marked.
        QCOMPARE(c.apps.size(), 1);
        QCOMPARE(c.apps[0].routes.size(), 2);
        QVERIFY(c.apps[0].routes[0].gateway.isEmpty());
        QCOMPARE(c.apps[0].routes[1].provider, QStringLiteral("openai"));
        QVERIFY(c.apps[0].routes[1].fallback);
    }

    // A real HAProxy in front of the simulator: traffic reaches the primary, and the fallback once
    // the primary is put into maintenance through the runtime API.
    void drillGatewayRoutesThroughHaproxy()
    {
        QVERIFY2(!DrillGateway::findHaproxy().isEmpty(), "haproxy is not installed (scripts/deps.sh installs it)");
        auto sim = start(QStringLiteral("2026-03-02"));
        DrillGateway gw;
        const Status st = gw.start(quint16(sim->providerUrl(QStringLiteral("anthropic")).port()),
                                   quint16(sim->providerUrl(QStringLiteral("openai")).port()));
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        QVERIFY(gw.adminAddress().startsWith(QLatin1String("unix:")));
        const QUrl models = at(gw.frontendUrl(), QStringLiteral("/v1/models"));
        const net::HeaderList keys{{"x-api-key", "k"}, {"Authorization", "Bearer k"}};
        const net::Response viaPrimary = get(models, keys);
        QCOMPARE(viaPrimary.status, 200);
        QCOMPARE(viaPrimary.header("x-watchfloor-sim-provider"), QByteArray("anthropic"));

        QLocalSocket admin;
        admin.connectToServer(gw.adminAddress().mid(5));
        QVERIFY(admin.waitForConnected(2000));
        admin.write("set server chat/primary state maint\n");
        QVERIFY(admin.waitForBytesWritten(2000));
        admin.waitForDisconnected(2000); // HAProxy answers (empty on success) and closes
        QTRY_COMPARE_WITH_TIMEOUT(get(models, keys).header("x-watchfloor-sim-provider"), QByteArray("openai"), 5000);
        gw.stop();
        QVERIFY(gw.adminAddress().isEmpty());
    }

    void drillSessionMarksTheDrill()
    {
        qunsetenv("WATCHFLOOR_DRILL_KEY");
        DrillSession drill;
        const Status st = drill.start(QStringLiteral("2026-03-02"), 60);
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        QCOMPARE(drill.marker(), QStringLiteral("DRILL — reconstruction of 2026-03-02 from public reporting"));
        QVERIFY(!qgetenv("WATCHFLOOR_DRILL_KEY").isEmpty());
        QVERIFY(drill.hasGateway());
        QCOMPARE(drill.config().gateways.size(), 1);
        QCOMPARE(drill.config().apps[0].routes[0].server, QStringLiteral("primary"));
        QCOMPARE(drill.config().apps[0].routes[1].server, QStringLiteral("fallback"));
        QVERIFY(drill.routingNote().isEmpty());
        // The scenario clock runs: a second of wall time is a minute of scenario time.
        const QDateTime t0 = drill.host()->scenarioNow();
        QTest::qWait(500);
        const qint64 advanced = t0.msecsTo(drill.host()->scenarioNow());
        QVERIFY2(advanced >= 25'000 && advanced <= 45'000, qPrintable(QString::number(advanced)));
    }

    void unknownScenarioIsClear()
    {
        auto s = ScenarioLoader::load(QStringLiteral("1999-12-31"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("2026-03-02")), qPrintable(s.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSim)
#include "tst_sim.moc"
