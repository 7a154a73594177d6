#include "e2e/litellmloopback.h"

#include "gateways/litellmadapter.h"
#include "net/httpclient.h"

#include <QtTest>

#include <memory>

using namespace wf;
using namespace wf::gateways;

// Contract of the LiteLLM adapter. By default it runs against the loopback server that follows
// LiteLLM's documented admin API (e2e/litellmloopback.h names the doc pages). Point it at a real
// LiteLLM proxy (STORE_MODEL_IN_DB=True, at least two model groups) with
//   WATCHFLOOR_LITELLM_URL=http://127.0.0.1:4000 WATCHFLOOR_LITELLM_KEY_ENV=LITELLM_MASTER_KEY
// (the second names the environment variable holding the master key). The test restores what it
// changes.
class TestLiteLlmContract : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::LiteLlmLoopback> m_loopback;
    net::HttpClient m_http;
    std::unique_ptr<LiteLlmAdapter> m_adapter;

    template <typename T>
    static T wait(std::function<void(std::function<void(const T &)>)> start, int ms = 20000)
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

    Result<GatewayState> read() { return wait<Result<GatewayState>>([&](auto cb) { m_adapter->readState(this, cb); }); }
    Status apply(const GatewayChange &c) { return wait<Status>([&](auto cb) { m_adapter->apply(c, this, cb); }); }

private slots:
    void initTestCase()
    {
        QUrl url(qEnvironmentVariable("WATCHFLOOR_LITELLM_URL"));
        QString keyVar = qEnvironmentVariable("WATCHFLOOR_LITELLM_KEY_ENV");
        if (url.isEmpty()) {
            keyVar = QStringLiteral("WF_CONTRACT_LITELLM_KEY");
            qputenv("WF_CONTRACT_LITELLM_KEY", "sk-contract-loopback-7");
            m_loopback = std::make_unique<test::LiteLlmLoopback>("sk-contract-loopback-7");
            m_loopback->deployments = {
                {QStringLiteral("d1"), QStringLiteral("claude-sonnet"), QStringLiteral("anthropic/claude-sonnet-4"), 50},
                {QStringLiteral("d2"), QStringLiteral("gpt-4o"), QStringLiteral("openai/gpt-4o"), 50},
            };
            QVERIFY(m_loopback->listen());
            url = m_loopback->url();
            qInfo("contract target: documented-shape loopback at %s", qPrintable(url.toString()));
        } else {
            QVERIFY2(!keyVar.isEmpty(), "set WATCHFLOOR_LITELLM_KEY_ENV to the name of the variable holding the master key");
            qInfo("contract target: real LiteLLM at %s", qPrintable(url.toString()));
        }
        auto ref = config::SecretRef::parse(QStringLiteral("${env:%1}").arg(keyVar));
        QVERIFY2(ref, why(ref));
        m_adapter = std::make_unique<LiteLlmAdapter>(QStringLiteral("litellm"), url, *ref, &m_http);
    }

    void modelInfoHasGroupsAndIds()
    {
        const auto s = read();
        QVERIFY2(s, why(s));
        QVERIFY2(s->upstreams.size() >= 2, "the proxy needs at least two deployments for the contract");
        for (const auto &u : s->upstreams) {
            QVERIFY2(!u.backend.isEmpty(), "model_name missing");
            QVERIFY2(!u.server.isEmpty(), "model_info.id missing");
        }
    }

    void fallbackRoundTrip()
    {
        const auto before = read();
        QVERIFY2(before, why(before));
        QStringList groups;
        for (const auto &u : before->upstreams)
            if (!groups.contains(u.backend))
                groups << u.backend;
        QVERIFY2(groups.size() >= 2, "the proxy needs two model groups");
        GatewayChange set;
        set.fallbacks.insert(groups[0], {groups[1]});
        QVERIFY2(apply(set), "POST /fallback failed");
        const auto mid = read();
        QVERIFY2(mid, why(mid));
        QCOMPARE(mid->fallbacks.value(groups[0]), QStringList{groups[1]});
        const GatewayChange back = set.restoring(*before);
        const Status restored = apply(back);
        QVERIFY2(restored, why(restored));
        const auto after = read();
        QVERIFY(after);
        QCOMPARE(after->fallbacks.value(groups[0]), before->fallbacks.value(groups[0]));
    }

    void weightRoundTrip()
    {
        const auto before = read();
        QVERIFY2(before, why(before));
        const UpstreamState u = before->upstreams.first();
        const int target = u.weight == 7 ? 8 : 7;
        GatewayChange w;
        w.servers << GatewayChange::Server{u.backend, u.server, {}, target};
        QVERIFY2(apply(w), "PATCH /model/{id}/update failed");
        const auto mid = read();
        QVERIFY(mid);
        QCOMPARE(mid->find(u.backend, u.server)->weight, target);
        if (u.weight >= 0) {
            QVERIFY(apply(w.restoring(*before)));
            QCOMPARE(read()->find(u.backend, u.server)->weight, u.weight);
        }
    }
};

QTEST_GUILESS_MAIN(TestLiteLlmContract)
#include "tst_gateways_litellm_contract.moc"
