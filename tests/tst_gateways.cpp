#include "e2e/litellmloopback.h"

#include "core/logging.h"
#include "gateways/caddyadapter.h"
#include "gateways/haproxyadapter.h"
#include "gateways/litellmadapter.h"
#include "net/httpclient.h"

#include <QtTest>

using namespace wf;
using namespace wf::gateways;
using wf::test::LiteLlmLoopback;

// Parsers and change algebra of the gateway adapters, and the LiteLLM adapter against a loopback
// server with LiteLLM's documented admin API shapes (see e2e/litellmloopback.h for the docs).
class TestGateways : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *kKeyVar = "WF_TEST_LITELLM_KEY";
    static constexpr const char *kKey = "sk-gateways-test-master-0042";

    template <typename T>
    static T wait(std::function<void(std::function<void(const T &)>)> start, int ms = 10000)
    {
        std::optional<T> out;
        start([&](const T &v) { out = v; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, ms))
            qFatal("no answer within %d ms", ms);
        return *out;
    }

    template <typename R>
    static const char *why(const R &r)
    {
        static QByteArray text;
        text = r ? QByteArray() : r.error().message.toUtf8();
        return text.constData();
    }

    static QByteArray data(const QString &name)
    {
        QFile f(QStringLiteral(WF_TEST_DATA_DIR "/gateways/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", qPrintable(name));
        return f.readAll();
    }

    static void seed(LiteLlmLoopback &gw)
    {
        gw.deployments = {
            {QStringLiteral("dep-claude-1"), QStringLiteral("claude-sonnet"), QStringLiteral("anthropic/claude-sonnet-4"), 80},
            {QStringLiteral("dep-claude-2"), QStringLiteral("claude-sonnet"), QStringLiteral("bedrock/claude-sonnet-4"), 20},
            {QStringLiteral("dep-gpt-1"), QStringLiteral("gpt-4o"), QStringLiteral("openai/gpt-4o"), -1},
        };
        gw.fallbacks.insert(QStringLiteral("gpt-4o"), {QStringLiteral("claude-sonnet")});
    }

private slots:
    void initTestCase() { qputenv(kKeyVar, kKey); }

    void haproxyServersState()
    {
        // Captured from HAProxy 2.6.12: both ready; then primary in maint, fallback draining.
        const auto ready = HaproxyAdapter::parseServersState(data(QStringLiteral("haproxy-servers-state.txt")), {});
        QVERIFY2(ready, why(ready));
        QCOMPARE(ready->upstreams.size(), 2);
        QCOMPARE(ready->upstreams[0].key(), QStringLiteral("be/primary"));
        QCOMPARE(ready->upstreams[0].address, QStringLiteral("127.0.0.1:28101"));
        QCOMPARE(ready->upstreams[0].admin, QStringLiteral("ready"));
        QCOMPARE(ready->upstreams[0].weight, 100);
        QCOMPARE(ready->upstreams[1].weight, 1);

        const auto maint = HaproxyAdapter::parseServersState(data(QStringLiteral("haproxy-servers-state-maint.txt")),
                                                             data(QStringLiteral("haproxy-show-stat-maint.csv")));
        QVERIFY2(maint, why(maint));
        QCOMPARE(maint->find(QStringLiteral("be"), QStringLiteral("primary"))->admin, QStringLiteral("maint"));
        QCOMPARE(maint->find(QStringLiteral("be"), QStringLiteral("fallback"))->admin, QStringLiteral("drain"));
        QCOMPARE(maint->find(QStringLiteral("be"), QStringLiteral("fallback"))->health, QStringLiteral("up"));
        QCOMPARE(maint->diffFrom(*ready), (QStringList{QStringLiteral("be/primary: state ready → maint"),
                                                       QStringLiteral("be/fallback: state ready → drain")}));
        QCOMPARE(HaproxyAdapter::adminFromMask(0x20), QStringLiteral("maint"));
        QCOMPARE(HaproxyAdapter::adminFromMask(0x10), QStringLiteral("drain"));

        // Error text instead of the table is a clear protocol error, not an empty state.
        const auto bad = HaproxyAdapter::parseServersState("Unknown command. Please enter one of the following commands only :\n", {});
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, QStringLiteral("gateway.protocol"));
        QVERIFY(bad.error().message.contains(QLatin1String("Unknown command")));
    }

    void caddyEtagHash()
    {
        // GATEWAYS.md / observed: the ETag hash is FNV-1a 32 of the GET body incl. newline.
        QCOMPARE(CaddyAdapter::fnv1a32("[{\"dial\":\"127.0.0.1:18101\"}]\n"), 0xb292f4ddu);
        QCOMPARE(CaddyAdapter::fnv1a32(QByteArray()), 0x811c9dc5u);
    }

    void changeAlgebra()
    {
        GatewayState before;
        before.upstreams = {UpstreamState{QStringLiteral("be"), QStringLiteral("a"), {}, QStringLiteral("ready"), 100, {}},
                            UpstreamState{QStringLiteral("be"), QStringLiteral("b"), {}, QStringLiteral("ready"), 1, {}}};
        GatewayChange c;
        c.servers << GatewayChange::Server{QStringLiteral("be"), QStringLiteral("a"), QStringLiteral("drain"), 0}
                  << GatewayChange::Server{QStringLiteral("be"), QStringLiteral("b"), {}, 1};
        const GatewayChange rest = c.remainingOn(before);
        QCOMPARE(rest.servers.size(), 1); // b already has weight 1
        const GatewayState after = c.appliedTo(before);
        QVERIFY(c.satisfiedBy(after));
        QVERIFY(!c.satisfiedBy(before));
        const GatewayChange back = c.restoring(before);
        QVERIFY(back.appliedTo(after).sameRouting(before));
        QCOMPARE(after.diffFrom(before), (QStringList{QStringLiteral("be/a: state ready → drain"), QStringLiteral("be/a: weight 100 → 0")}));

        GatewayState caddy;
        caddy.upstreams = {UpstreamState{QStringLiteral("/u"), QStringLiteral("p:1"), {}, QStringLiteral("ready"), -1, {}}};
        GatewayChange swap;
        swap.upstreamLists.insert(QStringLiteral("/u"), {QStringLiteral("f:2"), QStringLiteral("p:1")});
        const GatewayState swapped = swap.appliedTo(caddy);
        QCOMPARE(swapped.serversOf(QStringLiteral("/u")), (QStringList{QStringLiteral("f:2"), QStringLiteral("p:1")}));
        QVERIFY(swap.restoring(caddy).appliedTo(swapped).sameRouting(caddy));
    }

    void liteLlmReadApplyRestore()
    {
        LiteLlmLoopback gw(kKey);
        seed(gw);
        QVERIFY(gw.listen());
        net::HttpClient http;
        LiteLlmAdapter adapter(QStringLiteral("llm"), gw.url(), *config::SecretRef::parse(QStringLiteral("${env:WF_TEST_LITELLM_KEY}")), &http);
        QVERIFY(adapter.capabilities().fallbacks);
        QVERIFY(!adapter.capabilities().serverState);

        const auto before = wait<Result<GatewayState>>([&](auto cb) { adapter.readState(this, cb); });
        QVERIFY2(before, why(before));
        QCOMPARE(before->upstreams.size(), 3);
        QCOMPARE(before->find(QStringLiteral("claude-sonnet"), QStringLiteral("dep-claude-1"))->weight, 80);
        QCOMPARE(before->find(QStringLiteral("claude-sonnet"), QStringLiteral("dep-claude-1"))->address, QStringLiteral("anthropic/claude-sonnet-4"));
        QCOMPARE(before->find(QStringLiteral("gpt-4o"), QStringLiteral("dep-gpt-1"))->weight, -1);
        QCOMPARE(before->fallbacks.value(QStringLiteral("gpt-4o")), QStringList{QStringLiteral("claude-sonnet")});
        QVERIFY(!before->fallbacks.contains(QStringLiteral("claude-sonnet"))); // 404 = none
        for (const auto &r : gw.server().requests())
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer ") + kKey);

        GatewayChange change;
        change.servers << GatewayChange::Server{QStringLiteral("claude-sonnet"), QStringLiteral("dep-claude-1"), {}, 0};
        change.fallbacks.insert(QStringLiteral("claude-sonnet"), {QStringLiteral("gpt-4o")});
        change.fallbacks.insert(QStringLiteral("gpt-4o"), {});
        const Status s = wait<Status>([&](auto cb) { adapter.apply(change, this, cb); });
        QVERIFY2(s, why(s));
        QCOMPARE(gw.deployments[0].weight, 0);
        QCOMPARE(gw.fallbacks.value(QStringLiteral("claude-sonnet")), QStringList{QStringLiteral("gpt-4o")});
        QVERIFY(!gw.fallbacks.contains(QStringLiteral("gpt-4o")));
        // The documented request shapes went out.
        const auto reqs = gw.server().requests();
        const auto patch = std::find_if(reqs.begin(), reqs.end(), [](const auto &r) { return r.method == "PATCH"; });
        QVERIFY(patch != reqs.end());
        QCOMPARE(patch->path, QByteArray("/model/dep-claude-1/update"));
        QCOMPARE(patch->body, QByteArray("{\"litellm_params\":{\"weight\":0}}"));
        const auto post = std::find_if(reqs.begin(), reqs.end(), [](const auto &r) { return r.method == "POST"; });
        QVERIFY(post != reqs.end());
        QCOMPARE(QJsonDocument::fromJson(post->body).object().value(QStringLiteral("fallback_type")).toString(), QStringLiteral("general"));
        const auto del = std::find_if(reqs.begin(), reqs.end(), [](const auto &r) { return r.method == "DELETE"; });
        QVERIFY(del != reqs.end());
        QCOMPARE(del->path, QByteArray("/fallback/gpt-4o?fallback_type=general"));

        const auto verified = wait<Result<GatewayState>>([&](auto cb) { adapter.verify(change, this, cb); });
        QVERIFY2(verified, why(verified));
        const GatewayChange back = change.restoring(*before);
        QVERIFY(wait<Status>([&](auto cb) { adapter.apply(back, this, cb); }));
        const auto restored = wait<Result<GatewayState>>([&](auto cb) { adapter.readState(this, cb); });
        QVERIFY(restored && restored->sameRouting(*before));
        QCOMPARE(adapter.writeCount(), 3 + 3);
    }

    void liteLlmErrorsAndSecrets()
    {
        LiteLlmLoopback gw(kKey);
        seed(gw);
        QVERIFY(gw.listen());
        net::HttpClient http;
        QStringList logged;
        LogHub::install();
        auto conn = connect(LogHub::instance(), &LogHub::entry, this, [&](const LogEntry &e) { logged << e.message; });

        // Missing env var: clear error, nothing sent.
        LiteLlmAdapter noKey(QStringLiteral("llm"), gw.url(), *config::SecretRef::parse(QStringLiteral("${env:WF_TEST_LITELLM_UNSET}")), &http);
        const auto r1 = wait<Result<GatewayState>>([&](auto cb) { noKey.readState(this, cb); });
        QVERIFY(!r1);
        QCOMPARE(r1.error().code, QStringLiteral("gateway.auth"));
        QVERIFY(r1.error().message.contains(QLatin1String("WF_TEST_LITELLM_UNSET is not set")));
        QCOMPARE(gw.server().requestCount(), 0);

        // Wrong key: LiteLLM's 401 becomes gateway.auth with its message.
        qputenv("WF_TEST_LITELLM_WRONG", "sk-wrong-key-000000");
        LiteLlmAdapter wrong(QStringLiteral("llm"), gw.url(), *config::SecretRef::parse(QStringLiteral("${env:WF_TEST_LITELLM_WRONG}")), &http);
        const auto r2 = wait<Result<GatewayState>>([&](auto cb) { wrong.readState(this, cb); });
        QVERIFY(!r2);
        QCOMPARE(r2.error().code, QStringLiteral("gateway.auth"));
        QVERIFY(r2.error().message.contains(QLatin1String("Authentication Error")));

        // Documented refusals: a model falling back to itself (400), unknown deployment (404).
        LiteLlmAdapter adapter(QStringLiteral("llm"), gw.url(), *config::SecretRef::parse(QStringLiteral("${env:WF_TEST_LITELLM_KEY}")), &http);
        GatewayChange self;
        self.fallbacks.insert(QStringLiteral("gpt-4o"), {QStringLiteral("gpt-4o")});
        const Status s1 = wait<Status>([&](auto cb) { adapter.apply(self, this, cb); });
        QVERIFY(!s1);
        QCOMPARE(s1.error().code, QStringLiteral("gateway.rejected"));
        QVERIFY2(s1.error().message.contains(QLatin1String("cannot fall back to itself")), why(s1));
        GatewayChange ghost;
        ghost.servers << GatewayChange::Server{QStringLiteral("gpt-4o"), QStringLiteral("dep-nope"), {}, 5};
        const Status s2 = wait<Status>([&](auto cb) { adapter.apply(ghost, this, cb); });
        QVERIFY(!s2);
        QVERIFY(s2.error().message.contains(QLatin1String("404")));
        // Server state is not something LiteLLM has: refused before sending.
        const int before = gw.server().requestCount();
        GatewayChange drain;
        drain.servers << GatewayChange::Server{QStringLiteral("gpt-4o"), QStringLiteral("dep-gpt-1"), QStringLiteral("drain"), {}};
        const Status s3 = wait<Status>([&](auto cb) { adapter.apply(drain, this, cb); });
        QVERIFY(!s3);
        QCOMPARE(s3.error().code, QStringLiteral("gateway.unsupported"));
        QCOMPARE(gw.server().requestCount(), before);

        disconnect(conn);
        for (const QString &line : logged)
            QVERIFY2(!line.contains(QLatin1String(kKey)) && !line.contains(QLatin1String("sk-wrong-key-000000")), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestGateways)
#include "tst_gateways.moc"
