#include "alerts/alertengine.h"
#include "alerts/webhooknotifier.h"
#include "config/config.h"
#include "core/logging.h"
#include "health/healthengine.h"
#include "loopbackserver.h"
#include "net/httpclient.h"
#include "topology/topologybuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace wf;
using namespace wf::alerts;

namespace {

// Secret values the tests put in the environment; none may show up in logs, and only the
// PagerDuty routing key may appear in a payload (in routing_key, where the API wants it).
const QByteArray kToken = "tok-3f9a1c7e-webhook-bearer";
const QByteArray kRoutingKey = "R0UT1NGKEY-pd-8812-secret";
const QByteArray kSlackPath = "/services/T0001/B0002/sl4ck-s3cret-path";

QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    g_log << QString::fromLatin1(ctx.category ? ctx.category : "") + QLatin1Char(' ') + msg;
    if (g_previous)
        g_previous(type, ctx, msg);
}

AlertEvent sampleEvent(EventAction action = EventAction::Trigger)
{
    AlertEvent e;
    e.action = action;
    e.nodeLabel = QStringLiteral("Anthropic");
    e.alert.key = QStringLiteral("outage|provider:anthropic");
    e.alert.ruleId = QStringLiteral("outage");
    e.alert.nodeId = QStringLiteral("provider:anthropic");
    e.alert.severity = Severity::Critical;
    e.alert.state = HealthState::MajorOutage;
    e.alert.summary = QStringLiteral("Anthropic is Major outage");
    e.alert.sinceMs = 1'767'225'600'000;
    e.alert.dependents = 21;
    e.alert.firing = action != EventAction::Resolve;
    return e;
}

config::NotifierConfig webhook(const QString &format, const QUrl &url)
{
    config::NotifierConfig c;
    c.id = QStringLiteral("hook-") + format;
    c.kind = QStringLiteral("webhook");
    c.format = format;
    c.url = url.toString();
    c.retries = 3;
    c.retryBackoffMs = 20;
    c.timeoutMs = 2000;
    c.minSeverity = QStringLiteral("warning");
    return c;
}

QJsonObject json(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument d = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        qWarning("bad JSON: %s", body.constData());
    return d.object();
}

} // namespace

class TstAlertsWebhook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("WF_TEST_WEBHOOK_TOKEN", kToken);
        qputenv("WF_TEST_PD_KEY", kRoutingKey);
        QLoggingCategory::setFilterRules(QStringLiteral("watchfloor.*=true"));
        g_previous = qInstallMessageHandler(captureLog);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        // Nothing logged during the whole run carries a secret value.
        QVERIFY(!g_log.isEmpty());
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("webhook")), "delivery logging is expected");
        for (const QByteArray &secret : {kToken, kRoutingKey, kSlackPath})
            QVERIFY2(!all.contains(QString::fromLatin1(secret)), secret.constData());
    }

    void genericPayload()
    {
        test::LoopbackServer server([](const test::HttpRequest &) { return test::HttpReply::json("{}", 200); });
        QVERIFY(server.listen());
        net::HttpClient http;
        config::NotifierConfig c = webhook(QStringLiteral("generic"), server.url(QStringLiteral("/hooks/watchfloor")));
        c.token = *config::SecretRef::parse(QStringLiteral("${env:WF_TEST_WEBHOOK_TOKEN}"));
        WebhookNotifier n(c, &http);
        QSignalSpy done(&n, &WebhookNotifier::delivered);
        n.notify(sampleEvent());
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done[0][1].toBool(), true);
        QCOMPARE(server.requestCount(), 1);
        const test::HttpRequest req = server.requests().first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QByteArray("/hooks/watchfloor"));
        QCOMPARE(req.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(req.header("Authorization"), QByteArray("Bearer ") + kToken);
        QVERIFY(!req.body.contains(kToken));
        const QJsonObject o = json(req.body);
        QCOMPARE(o[QStringLiteral("source")].toString(), QStringLiteral("watchfloor"));
        QCOMPARE(o[QStringLiteral("event")].toString(), QStringLiteral("trigger"));
        QCOMPARE(o[QStringLiteral("test")].toBool(), false);
        const QJsonObject a = o[QStringLiteral("alert")].toObject();
        QCOMPARE(a[QStringLiteral("node")].toString(), QStringLiteral("provider:anthropic"));
        QCOMPARE(a[QStringLiteral("severity")].toString(), QStringLiteral("critical"));
        QCOMPARE(a[QStringLiteral("state")].toString(), QStringLiteral("major_outage"));
        QCOMPARE(a[QStringLiteral("status")].toString(), QStringLiteral("firing"));
        QCOMPARE(a[QStringLiteral("since")].toString(), QStringLiteral("2026-01-01T00:00:00.000Z"));
        QCOMPARE(a[QStringLiteral("dependents_suppressed")].toInt(), 21);
    }

    void slackPayload()
    {
        test::LoopbackServer server([](const test::HttpRequest &) {
            test::HttpReply r;
            r.body = "ok";
            return r;
        });
        QVERIFY(server.listen());
        qputenv("WF_TEST_SLACK_URL", server.url(QString::fromLatin1(kSlackPath)).toString().toUtf8());
        net::HttpClient http;
        config::NotifierConfig c = webhook(QStringLiteral("slack"), QUrl());
        c.url.clear();
        c.urlSecret = *config::SecretRef::parse(QStringLiteral("${env:WF_TEST_SLACK_URL}"));
        WebhookNotifier n(c, &http);
        QSignalSpy done(&n, &WebhookNotifier::delivered);
        n.notify(sampleEvent());
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(done[0][1].toBool());
        const test::HttpRequest req = server.requests().first();
        QCOMPARE(req.path, kSlackPath);
        QVERIFY(!req.body.contains(kSlackPath));
        const QJsonObject o = json(req.body);
        QVERIFY(o[QStringLiteral("text")].toString().contains(QStringLiteral("Anthropic is Major outage")));
        QVERIFY(o[QStringLiteral("text")].toString().contains(QStringLiteral("21")));
        const QJsonArray blocks = o[QStringLiteral("blocks")].toArray();
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks[0].toObject()[QStringLiteral("type")].toString(), QStringLiteral("section"));
        QCOMPARE(blocks[0].toObject()[QStringLiteral("text")].toObject()[QStringLiteral("type")].toString(), QStringLiteral("mrkdwn"));
        QCOMPARE(blocks[1].toObject()[QStringLiteral("type")].toString(), QStringLiteral("context"));
        QCOMPARE(blocks[1].toObject()[QStringLiteral("elements")].toArray().size(), 1);
    }

    void pagerDutyPayload()
    {
        test::LoopbackServer server([](const test::HttpRequest &) {
            return test::HttpReply::json("{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"x\"}", 202);
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        config::NotifierConfig c = webhook(QStringLiteral("pagerduty"), server.url(QStringLiteral("/v2/enqueue")));
        c.routingKey = *config::SecretRef::parse(QStringLiteral("${env:WF_TEST_PD_KEY}"));
        WebhookNotifier n(c, &http);
        QSignalSpy done(&n, &WebhookNotifier::delivered);
        n.notify(sampleEvent(EventAction::Trigger));
        QTRY_COMPARE(done.count(), 1);
        AlertEvent ack = sampleEvent(EventAction::Acknowledge);
        ack.alert.ackBy = QStringLiteral("dana");
        n.notify(ack);
        QTRY_COMPARE(done.count(), 2);
        n.notify(sampleEvent(EventAction::Resolve));
        QTRY_COMPARE(done.count(), 3);
        for (const auto &d : done)
            QVERIFY(d[1].toBool());

        const QList<test::HttpRequest> reqs = server.requests();
        QCOMPARE(reqs.size(), 3);
        const QJsonObject trig = json(reqs[0].body);
        QCOMPARE(trig[QStringLiteral("routing_key")].toString(), QString::fromLatin1(kRoutingKey));
        QCOMPARE(trig[QStringLiteral("event_action")].toString(), QStringLiteral("trigger"));
        QCOMPARE(trig[QStringLiteral("dedup_key")].toString(), QStringLiteral("watchfloor:outage|provider:anthropic"));
        const QJsonObject p = trig[QStringLiteral("payload")].toObject();
        QVERIFY(p[QStringLiteral("summary")].toString().contains(QStringLiteral("Anthropic is Major outage")));
        QCOMPARE(p[QStringLiteral("source")].toString(), QStringLiteral("provider:anthropic"));
        QCOMPARE(p[QStringLiteral("severity")].toString(), QStringLiteral("critical"));
        QCOMPARE(json(reqs[1].body)[QStringLiteral("event_action")].toString(), QStringLiteral("acknowledge"));
        QCOMPARE(json(reqs[2].body)[QStringLiteral("event_action")].toString(), QStringLiteral("resolve"));
        for (const auto &r : reqs) {
            const QJsonObject o = json(r.body);
            QCOMPARE(o[QStringLiteral("dedup_key")].toString(), QStringLiteral("watchfloor:outage|provider:anthropic"));
            // The routing key appears once, as routing_key, and nowhere else in the body.
            QCOMPARE(r.body.count(kRoutingKey), 1);
        }
    }

    void retryOn500()
    {
        int calls = 0;
        test::LoopbackServer server([&calls](const test::HttpRequest &) {
            ++calls;
            return calls <= 2 ? test::HttpReply::json("{\"error\":\"busy\"}", 500) : test::HttpReply::json("{}", 200);
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        WebhookNotifier n(webhook(QStringLiteral("generic"), server.url(QStringLiteral("/h"))), &http);
        QSignalSpy done(&n, &WebhookNotifier::delivered);
        QElapsedTimer timer;
        timer.start();
        n.notify(sampleEvent());
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done[0][1].toBool(), true);
        QCOMPARE(done[0][2].toInt(), 3);
        QCOMPARE(server.requestCount(), 3);
        QVERIFY(timer.elapsed() >= 20 + 40); // backoff 20 ms, then 40 ms
        // Every attempt sends the same event.
        QCOMPARE(server.requests()[0].body, server.requests()[2].body);
    }

    void givesUpAndDoesNotRetryClientErrors()
    {
        test::LoopbackServer always500([](const test::HttpRequest &) { return test::HttpReply::json("{}", 503); });
        QVERIFY(always500.listen());
        net::HttpClient http;
        config::NotifierConfig c = webhook(QStringLiteral("generic"), always500.url(QStringLiteral("/h")));
        c.retries = 2;
        WebhookNotifier n(c, &http);
        QSignalSpy done(&n, &WebhookNotifier::delivered);
        n.notify(sampleEvent());
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done[0][1].toBool(), false);
        QCOMPARE(done[0][2].toInt(), 3);
        QCOMPARE(always500.requestCount(), 3);

        test::LoopbackServer bad([](const test::HttpRequest &) { return test::HttpReply::json("{\"error\":\"invalid\"}", 400); });
        QVERIFY(bad.listen());
        WebhookNotifier n2(webhook(QStringLiteral("generic"), bad.url(QStringLiteral("/h"))), &http);
        QSignalSpy done2(&n2, &WebhookNotifier::delivered);
        n2.notify(sampleEvent());
        QTRY_COMPARE(done2.count(), 1);
        QCOMPARE(done2[0][1].toBool(), false);
        QCOMPARE(bad.requestCount(), 1);
    }

    void retryOnTimeout()
    {
        int calls = 0;
        test::LoopbackServer server([&calls](const test::HttpRequest &) {
            test::HttpReply r = test::HttpReply::json("{}", 200);
            if (++calls == 1)
                r.delayMs = 1500;
            return r;
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        config::NotifierConfig c = webhook(QStringLiteral("generic"), server.url(QStringLiteral("/h")));
        c.timeoutMs = 300;
        WebhookNotifier n(c, &http);
        QSignalSpy done(&n, &WebhookNotifier::delivered);
        n.notify(sampleEvent());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QCOMPARE(done[0][1].toBool(), true);
        QCOMPARE(done[0][2].toInt(), 2);
    }

    void severityFilterAndMissingSecret()
    {
        test::LoopbackServer server([](const test::HttpRequest &) { return test::HttpReply::json("{}", 200); });
        QVERIFY(server.listen());
        net::HttpClient http;
        config::NotifierConfig c = webhook(QStringLiteral("generic"), server.url(QStringLiteral("/h")));
        c.minSeverity = QStringLiteral("critical");
        WebhookNotifier n(c, &http);
        AlertEvent warn = sampleEvent();
        warn.alert.severity = Severity::Warning;
        n.notify(warn);
        QTest::qWait(100);
        QCOMPARE(server.requestCount(), 0);

        config::NotifierConfig pd = webhook(QStringLiteral("pagerduty"), server.url(QStringLiteral("/v2/enqueue")));
        pd.routingKey = *config::SecretRef::parse(QStringLiteral("${env:WF_TEST_PD_KEY_NOT_SET}"));
        WebhookNotifier m(pd, &http);
        QSignalSpy done(&m, &WebhookNotifier::delivered);
        m.notify(sampleEvent());
        QCOMPARE(done.count(), 1);
        QCOMPARE(done[0][1].toBool(), false);
        QVERIFY(done[0][3].toString().contains(QStringLiteral("${env:WF_TEST_PD_KEY_NOT_SET}")));
        QCOMPARE(server.requestCount(), 0);
    }

    void testAction()
    {
        test::LoopbackServer server([](const test::HttpRequest &) { return test::HttpReply::json("{}", 200); });
        QVERIFY(server.listen());
        net::HttpClient http;
        config::NotifierConfig c = webhook(QStringLiteral("pagerduty"), server.url(QStringLiteral("/v2/enqueue")));
        c.routingKey = *config::SecretRef::parse(QStringLiteral("${env:WF_TEST_PD_KEY}"));
        c.minSeverity = QStringLiteral("critical"); // the test goes out regardless
        WebhookNotifier n(c, &http);
        QSignalSpy tested(&n, &WebhookNotifier::testFinished);
        n.sendTest();
        QTRY_COMPARE(tested.count(), 1);
        QCOMPARE(tested[0][1].toBool(), true);
        const QJsonObject o = json(server.requests().first().body);
        QVERIFY(o[QStringLiteral("dedup_key")].toString().startsWith(QStringLiteral("watchfloor-test:")));
        QVERIFY(o[QStringLiteral("payload")].toObject()[QStringLiteral("summary")].toString().contains(QStringLiteral("test")));
    }

    // The engine and a notifier together: a provider outage under 20 apps sends one page.
    void outageSendsOnePage()
    {
        test::LoopbackServer server([](const test::HttpRequest &) { return test::HttpReply::json("{}", 202); });
        QVERIFY(server.listen());
        auto cfg = config::ConfigLoader::loadFile(QStringLiteral(WF_TEST_DATA_DIR "/alerts/estate.yaml"));
        QVERIFY(cfg.ok());
        topology::Graph graph = topology::TopologyBuilder::build(*cfg);
        qint64 now = 1'767'225'600'000;
        health::HealthEngine health(&graph);
        health.setClock([&now] { return now; });
        AlertEngine engine(&graph);
        engine.setClock([&now] { return now; });
        QList<Rule> rules;
        for (const auto &r : cfg->alerts.rules)
            rules << Rule::fromConfig(r);
        engine.setRules(rules);
        engine.setHealth(&health);
        net::HttpClient http;
        config::NotifierConfig c = webhook(QStringLiteral("pagerduty"), server.url(QStringLiteral("/v2/enqueue")));
        c.routingKey = *config::SecretRef::parse(QStringLiteral("${env:WF_TEST_PD_KEY}"));
        WebhookNotifier n(c, &http);
        connect(&engine, &AlertEngine::alertEvent, &n, &WebhookNotifier::notify);
        health.setComponentState(QStringLiteral("anthropic"), QStringLiteral("api"), QString(), HealthState::Operational, now);
        engine.evaluate();
        now += 60'000;
        health.setComponentState(QStringLiteral("anthropic"), QStringLiteral("api"), QString(), HealthState::MajorOutage, now);
        now += 3 * 60'000;
        engine.evaluate();
        QTRY_COMPARE(server.requestCount(), 1);
        QTest::qWait(200);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(json(server.requests().first().body)[QStringLiteral("payload")].toObject()[QStringLiteral("source")].toString(),
                 QStringLiteral("provider:anthropic"));
    }
};

QTEST_GUILESS_MAIN(TstAlertsWebhook)
#include "tst_alerts_webhook.moc"
