#include "config/config.h"

#include <QtTest>

using namespace wf;
using namespace wf::config;

// Routing policies and runbooks in the configuration: parsed into typed steps, and every mistake
// reported with file, line and key.
class TestRouting : public QObject
{
    Q_OBJECT

private:
    static QByteArray base()
    {
        return "providers: [{id: anthropic}, {id: openai}]\n"
               "gateways:\n"
               "  - {id: edge, kind: haproxy, address: \"unix:/run/haproxy/admin.sock\"}\n"
               "  - {id: web, kind: caddy, address: \"http://127.0.0.1:2019\", upstreams_path: /id/ai_proxy/upstreams}\n"
               "  - {id: llm, kind: litellm, address: \"http://127.0.0.1:4000\", token: \"${env:LITELLM_MASTER_KEY}\"}\n";
    }

private slots:
    void policiesAndRunbooksParse()
    {
        const QByteArray yaml = base()
            + "policies:\n"
              "  - id: anthropic-primary\n"
              "    name: Anthropic primary\n"
              "    steps:\n"
              "      - {gateway: edge, backend: be, server: primary, state: ready}\n"
              "  - id: weights-80-20\n"
              "    steps:\n"
              "      - {gateway: edge, backend: be, server: primary, weight: 80}\n"
              "      - {gateway: edge, backend: be, server: fallback, weight: 20}\n"
              "  - id: openai-fallback\n"
              "    from: anthropic\n"
              "    to: openai\n"
              "    destructive: true\n"
              "    fallback_capacity_rpm: 3000\n"
              "    steps:\n"
              "      - {gateway: web, upstreams: [\"127.0.0.1:18102\"]}\n"
              "      - {gateway: llm, model: claude-sonnet, fallbacks: [gpt-4o]}\n"
              "  - id: drain-model\n"
              "    steps:\n"
              "      - {gateway: llm, backend: claude-sonnet, server: dep-1, weight: 0}\n"
              "runbooks:\n"
              "  - id: claude-down\n"
              "    name: Claude API down\n"
              "    policies: [openai-fallback, drain-model]\n";
        auto cfg = ConfigLoader::loadString(yaml, QStringLiteral("r.yaml"));
        QVERIFY2(cfg, cfg ? "" : qPrintable(cfg.error().message));
        QCOMPARE(cfg->policies.size(), 4);
        const PolicyConfig *w = cfg->policy(QStringLiteral("weights-80-20"));
        QVERIFY(w);
        QCOMPARE(w->name, QStringLiteral("weights-80-20"));
        QCOMPARE(w->steps.size(), 2);
        QCOMPARE(w->steps[1].weight, 20);
        QCOMPARE(w->steps[1].state, QString());
        const PolicyConfig *f = cfg->policy(QStringLiteral("openai-fallback"));
        QVERIFY(f->destructive);
        QCOMPARE(f->fallbackCapacityRpm, 3000);
        QVERIFY(f->steps[0].setUpstreams);
        QCOMPARE(f->steps[0].upstreams, QStringList{QStringLiteral("127.0.0.1:18102")});
        QVERIFY(f->steps[1].setFallbacks);
        QCOMPARE(f->steps[1].fallbacks, QStringList{QStringLiteral("gpt-4o")});
        QCOMPARE(cfg->runbook(QStringLiteral("claude-down"))->policies, (QStringList{QStringLiteral("openai-fallback"), QStringLiteral("drain-model")}));
    }

    void mistakesNameFileLineAndKey_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unknown gateway") << QByteArray("policies:\n  - id: p\n    steps:\n      - {gateway: nope, backend: be, server: s, state: maint}\n")
                                         << QStringLiteral("r.yaml:9: policies[0].steps[0].gateway: no gateway with id \"nope\"");
        QTest::addRow("bad state") << QByteArray("policies:\n  - id: p\n    steps:\n      - {gateway: edge, backend: be, server: s, state: off}\n")
                                   << QStringLiteral("policies[0].steps[0].state: expected one of ready, drain, maint, got \"off\"");
        QTest::addRow("weight range") << QByteArray("policies:\n  - id: p\n    steps:\n      - {gateway: edge, backend: be, server: s, weight: 300}\n")
                                      << QStringLiteral("policies[0].steps[0].weight: must be between 0 and 256, got 300");
        QTest::addRow("upstreams on haproxy") << QByteArray("policies:\n  - id: p\n    steps:\n      - {gateway: edge, upstreams: [a]}\n")
                                              << QStringLiteral("only Caddy gateways take an upstream list");
        QTest::addRow("state on caddy") << QByteArray("policies:\n  - id: p\n    steps:\n      - {gateway: web, server: a, state: maint}\n")
                                        << QStringLiteral("only HAProxy gateways take a server state");
        QTest::addRow("no-op step") << QByteArray("policies:\n  - id: p\n    steps:\n      - {gateway: edge}\n")
                                    << QStringLiteral("changes nothing");
        QTest::addRow("destructive without from") << QByteArray("policies:\n  - id: p\n    destructive: true\n    steps:\n      - {gateway: web, upstreams: [a]}\n")
                                                  << QStringLiteral("policies[0].from: is required for destructive policies");
        QTest::addRow("runbook unknown policy") << QByteArray("policies:\n  - id: p\n    steps:\n      - {gateway: web, upstreams: [a]}\nrunbooks:\n  - {id: r, policies: [p, q]}\n")
                                                << QStringLiteral("runbooks[0].policies[1]: no policy with id \"q\"");
        QTest::addRow("unknown key") << QByteArray("policies:\n  - id: p\n    stepz: []\n")
                                     << QStringLiteral("policies[0].stepz: unknown key");
    }

    void mistakesNameFileLineAndKey()
    {
        QFETCH(QByteArray, tail);
        QFETCH(QString, expected);
        auto cfg = ConfigLoader::loadString(base() + tail, QStringLiteral("r.yaml"));
        QVERIFY(!cfg);
        QVERIFY2(cfg.error().message.contains(expected), qPrintable(cfg.error().message));
        QVERIFY(cfg.error().message.startsWith(QLatin1String("r.yaml:")));
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
