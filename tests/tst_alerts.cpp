#include "alerts/alertengine.h"
#include "alerts/alertstore.h"
#include "alerts/webhooknotifier.h"
#include "alerts/desktopnotifier.h"
#include "alerts/freedesktopnotifications.h"
#include "config/config.h"
#include "health/healthengine.h"
#include "store/database.h"
#include "store/store.h"
#include "sessionbus.h"
#include "topology/topologybuilder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace wf;
using namespace wf::alerts;

namespace {

constexpr qint64 kBase = 1'767'225'600'000; // 2026-01-01T00:00:00Z
constexpr qint64 kMin = 60'000;

config::Config estate()
{
    auto cfg = config::ConfigLoader::loadFile(QStringLiteral(WF_TEST_DATA_DIR "/alerts/estate.yaml"));
    if (!cfg)
        qFatal("%s", qPrintable(cfg.error().message));
    return *cfg;
}

QList<Rule> rulesOf(const config::Config &c)
{
    QList<Rule> out;
    for (const auto &r : c.alerts.rules)
        out << Rule::fromConfig(r);
    return out;
}

// A real graph, health engine and alert engine sharing one clock the test moves.
struct Rig
{
    config::Config cfg = estate();
    topology::Graph graph = topology::TopologyBuilder::build(cfg);
    qint64 now = kBase;
    std::unique_ptr<health::HealthEngine> health;
    std::unique_ptr<AlertEngine> alerts;
    QList<AlertEvent> events;

    Rig()
    {
        health = std::make_unique<health::HealthEngine>(&graph);
        health->setClock([this] { return now; });
        alerts = std::make_unique<AlertEngine>(&graph);
        alerts->setClock([this] { return now; });
        alerts->setRules(rulesOf(cfg));
        alerts->setHealth(health.get());
        QObject::connect(alerts.get(), &AlertEngine::alertEvent, alerts.get(), [this](const AlertEvent &e) { events << e; });
        feed(QStringLiteral("anthropic"), HealthState::Operational);
        feed(QStringLiteral("openai"), HealthState::Operational);
        for (int i = 0; i < 3; ++i)
            probe(QStringLiteral("anthropic-api"), HealthState::Operational, 120);
    }
    void feed(const QString &provider, HealthState s) { health->setComponentState(provider, QStringLiteral("api"), QStringLiteral("API"), s, now); }
    void probe(const QString &id, HealthState s, double latency)
    {
        store::Observation o;
        o.tsMs = now;
        o.source = QStringLiteral("probe");
        o.target = QStringLiteral("probe:") + id;
        o.state = stateKey(s);
        o.latencyMs = latency;
        health->ingest(o);
    }
    void at(qint64 t)
    {
        now = t;
        alerts->evaluate();
    }
    int count(EventAction a) const
    {
        int n = 0;
        for (const auto &e : events)
            n += e.action == a;
        return n;
    }
};

} // namespace

class TstAlerts : public QObject
{
    Q_OBJECT

private slots:
    void configRules()
    {
        const config::Config c = estate();
        QCOMPARE(c.alerts.rules.size(), 6);
        QCOMPARE(c.alerts.defaultAckMs, 30 * kMin);
        const QList<Rule> rules = rulesOf(c);
        QCOMPARE(rules[0].kind, RuleKind::State);
        QCOMPARE(rules[0].minState, HealthState::PartialOutage);
        QCOMPARE(rules[0].forMs, 2 * kMin);
        QCOMPARE(rules[0].severity, Severity::Critical);
        QCOMPARE(rules[2].kind, RuleKind::LatencyP95);
        QCOMPARE(rules[2].threshold, 2000.0);
        QCOMPARE(rules[3].threshold, 0.5);
        QCOMPARE(rules[5].withinMs, 14 * 86'400'000LL);
        QVERIFY(rules[0].nodes.contains(QStringLiteral("app:*")));
        QVERIFY(!rules[0].nodes.contains(QStringLiteral("probe:*")));
    }

    void configErrors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unknown kind") << QByteArray("alerts:\n  rules:\n    - id: x\n      kind: vibes\n")
                                      << QStringLiteral("t.yaml:4: alerts.rules[0].kind: expected one of");
        QTest::addRow("bad rate") << QByteArray("alerts:\n  rules:\n    - id: x\n      kind: error_rate\n      threshold: 150%\n")
                                  << QStringLiteral("t.yaml:5: alerts.rules[0].threshold: expected a rate");
        QTest::addRow("pagerduty needs key") << QByteArray("notifiers:\n  - id: pd\n    kind: webhook\n    format: pagerduty\n")
                                             << QStringLiteral("notifiers[0].routing_key: is required");
        QTest::addRow("secret in plain key") << QByteArray("notifiers:\n  - id: pd\n    kind: webhook\n    format: pagerduty\n    routing_key: abc123\n")
                                             << QStringLiteral("notifiers[0].routing_key:");
        QTest::addRow("url or secret url") << QByteArray("notifiers:\n  - id: s\n    kind: webhook\n    format: slack\n")
                                           << QStringLiteral("notifiers[0].url: give exactly one of url: or url_secret:");
        QTest::addRow("sound on webhook") << QByteArray("notifiers:\n  - id: s\n    kind: webhook\n    url: http://127.0.0.1:1/x\n    sound:\n      critical: beep\n")
                                          << QStringLiteral("notifiers[0].sound: only desktop notifiers play sounds");
    }

    void configErrors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        auto r = config::ConfigLoader::loadString(yaml, QStringLiteral("t.yaml"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }

    void notifierConfig()
    {
        auto r = config::ConfigLoader::loadString(
            "notifiers:\n"
            "  - id: desk\n    kind: desktop\n    min_severity: critical\n    sound:\n      critical: beep\n"
            "  - id: pd\n    kind: webhook\n    format: pagerduty\n    routing_key: ${env:PD_KEY}\n    retries: 5\n    retry_backoff: 500ms\n",
            QStringLiteral("t.yaml"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->notifiers.size(), 2);
        QCOMPARE(r->notifiers[0].sound.value(QStringLiteral("critical")), QStringLiteral("beep"));
        QCOMPARE(r->notifiers[1].url, QStringLiteral("https://events.pagerduty.com/v2/enqueue"));
        QCOMPARE(r->notifiers[1].routingKey.toString(), QStringLiteral("${env:PD_KEY}"));
        QCOMPARE(r->notifiers[1].retries, 5);
        QCOMPARE(r->notifiers[1].retryBackoffMs, 500);
    }

    // One provider outage under 20 dependent apps and a model: exactly one alert, one page.
    void providerOutageRaisesOneAlert()
    {
        Rig rig;
        rig.at(kBase);
        QVERIFY(rig.alerts->alerts().isEmpty());

        rig.now = kBase + kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::MajorOutage);
        // The outage really reaches every app (otherwise the test proves nothing).
        for (int i = 1; i <= 20; ++i)
            QCOMPARE(rig.health->state(QStringLiteral("app:app-%1").arg(i, 2, 10, QLatin1Char('0'))), HealthState::MajorOutage);
        QCOMPARE(rig.health->state(QStringLiteral("app:search")), HealthState::Operational);

        rig.at(kBase + 2 * kMin); // `for: 2m` not reached yet
        QVERIFY(rig.alerts->alerts().isEmpty());
        QCOMPARE(rig.events.size(), 0);

        rig.at(kBase + 3 * kMin);
        const QList<Alert> listed = rig.alerts->alerts();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].nodeId, QStringLiteral("provider:anthropic"));
        QCOMPARE(listed[0].ruleId, QStringLiteral("outage"));
        QCOMPARE(listed[0].severity, Severity::Critical);
        QCOMPARE(listed[0].dependents, 21); // 20 apps + the model
        QCOMPARE(listed[0].sinceMs, kBase + kMin);
        QCOMPARE(rig.count(EventAction::Trigger), 1);
        QCOMPARE(rig.events[0].alert.nodeId, QStringLiteral("provider:anthropic"));

        // The dependents are tracked, each suppressed by the provider.
        int suppressed = 0;
        for (const Alert &a : rig.alerts->allAlerts()) {
            if (a.nodeId == QLatin1String("provider:anthropic"))
                continue;
            QCOMPARE(a.suppressedBy, QStringLiteral("provider:anthropic"));
            ++suppressed;
        }
        QCOMPARE(suppressed, 21);
        QCOMPARE(rig.alerts->worstState(), HealthState::MajorOutage);

        // Later evaluations stay quiet; the degraded rule (5m) on the same node is folded in.
        rig.at(kBase + 10 * kMin);
        QCOMPARE(rig.alerts->alerts().size(), 1);
        QCOMPARE(rig.count(EventAction::Trigger), 1);
    }

    // An app that fails on its own (its provider is fine) is not suppressed.
    void independentFailureIsNotSuppressed()
    {
        Rig rig;
        rig.at(kBase);
        rig.now = kBase + kMin;
        rig.feed(QStringLiteral("openai"), HealthState::MajorOutage);
        rig.at(kBase + 4 * kMin);
        const QList<Alert> listed = rig.alerts->alerts();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].nodeId, QStringLiteral("provider:openai"));
        QCOMPARE(listed[0].dependents, 2); // model:openai/gpt-4o and app:search
    }

    // Recovered while nobody acknowledged it: stays listed (recovered) until acknowledged.
    void recoveredUnackedStaysVisible()
    {
        Rig rig;
        rig.at(kBase);
        rig.now = kBase + kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::MajorOutage);
        rig.at(kBase + 4 * kMin);
        QCOMPARE(rig.alerts->alerts().size(), 1);
        const QString key = rig.alerts->alerts().first().key;
        QSignalSpy removed(rig.alerts.get(), &AlertEngine::alertRemoved);

        rig.now = kBase + 6 * kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::Operational);
        rig.at(kBase + 6 * kMin);
        QList<Alert> listed = rig.alerts->alerts();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].key, key);
        QVERIFY(!listed[0].firing);
        QCOMPARE(listed[0].recoveredMs, kBase + 6 * kMin);
        QCOMPARE(rig.count(EventAction::Resolve), 1);
        QCOMPARE(rig.alerts->allAlerts().size(), 1); // suppressed dependents closed
        QCOMPARE(rig.alerts->worstState(), HealthState::Operational);

        rig.at(kBase + 60 * kMin); // an hour later it is still there
        QCOMPARE(rig.alerts->alerts().size(), 1);

        QVERIFY(rig.alerts->acknowledge(key, QStringLiteral("dana"), QStringLiteral("seen, provider recovered"), rig.now + 30 * kMin).ok());
        QVERIFY(rig.alerts->alerts().isEmpty());
        QVERIFY(removed.count() >= 1);
        QCOMPARE(removed.last().at(0).toString(), key);
    }

    // Acknowledgement with expiry: quiet while valid, raised again when it runs out.
    void ackExpiryReRaises()
    {
        Rig rig;
        rig.at(kBase);
        rig.now = kBase + kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::MajorOutage);
        rig.at(kBase + 4 * kMin);
        const QString key = rig.alerts->alerts().first().key;
        QCOMPARE(rig.count(EventAction::Trigger), 1);

        QVERIFY(!rig.alerts->acknowledge(key, QStringLiteral("dana"), QString(), rig.now - 1).ok()); // expiry in the past
        QVERIFY(!rig.alerts->acknowledge(key, QString(), QString(), rig.now + kMin).ok());          // nobody
        QVERIFY(!rig.alerts->acknowledge(QStringLiteral("nope|x"), QStringLiteral("dana"), QString(), rig.now + kMin).ok());

        QVERIFY(rig.alerts->acknowledge(key, QStringLiteral("dana"), QStringLiteral("on it"), kBase + 14 * kMin).ok());
        QCOMPARE(rig.count(EventAction::Acknowledge), 1);
        Alert a = *rig.alerts->alert(key);
        QCOMPARE(a.ackBy, QStringLiteral("dana"));
        QCOMPARE(a.ackComment, QStringLiteral("on it"));
        QVERIFY(a.isAcknowledged(rig.now));

        rig.at(kBase + 10 * kMin);
        QCOMPARE(rig.count(EventAction::Trigger), 1);
        QVERIFY(rig.alerts->alert(key)->isAcknowledged(rig.now));

        rig.at(kBase + 14 * kMin); // expiry reached, still firing
        QCOMPARE(rig.count(EventAction::Trigger), 2);
        a = *rig.alerts->alert(key);
        QVERIFY(!a.isAcknowledged(rig.now));
        QVERIFY(a.ackBy.isEmpty());
        QCOMPARE(a.raisedCount, 2);
        QCOMPARE(rig.events.last().alert.raisedCount, 2);

        // An acknowledged alert that recovers is closed.
        QVERIFY(rig.alerts->acknowledge(key, QStringLiteral("lee"), QString(), kBase + 60 * kMin).ok());
        rig.now = kBase + 20 * kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::Operational);
        rig.at(kBase + 20 * kMin);
        QVERIFY(rig.alerts->alerts().isEmpty());
        QCOMPARE(rig.count(EventAction::Resolve), 1);
    }

    // A firing, unacknowledged alert is told again at growing intervals (5, 10, 20, 20 min with a
    // 20 min cap) while the probe keeps reporting every 30 s; acknowledging stops the reminders.
    void remindersBackOffWhileMeasuringAtFullRate()
    {
        Rig rig;
        rig.alerts->setReminders(5 * kMin, 20 * kMin);
        const QString key = Alert::makeKey(QStringLiteral("outage"), QStringLiteral("provider:anthropic"));
        rig.at(kBase);
        rig.now = kBase + kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::MajorOutage);
        QList<qint64> reminderAt;
        QList<int> reminderNumbers;
        int ingested = 0;
        const qint64 firstResult = rig.now + 30'000;
        auto runUntil = [&](qint64 end) {
            for (qint64 t = rig.now + 30'000; t <= end; t += 30'000) {
                rig.now = t;
                rig.probe(QStringLiteral("anthropic-api"), HealthState::Operational, 120);
                ++ingested;
                const qsizetype before = rig.events.size();
                rig.at(t);
                for (qsizetype i = before; i < rig.events.size(); ++i) {
                    if (rig.events[i].action == EventAction::Remind && rig.events[i].alert.key == key) {
                        reminderAt << (t - kBase) / kMin;
                        reminderNumbers << rig.events[i].alert.reminders;
                    }
                }
                // Measurement is never thinned out: once 5 minutes have passed, the 5-minute window
                // holds a result every 30 s (10, or 11 counting both ends).
                if (t - firstResult >= 5 * kMin) {
                    const int inWindow = rig.health->latency(QStringLiteral("probe:anthropic-api")).count;
                    QVERIFY2(inWindow == 10 || inWindow == 11, qPrintable(QString::number(inWindow)));
                }
            }
        };
        runUntil(kBase + 60 * kMin);
        QCOMPARE(rig.count(EventAction::Trigger), 1);
        QCOMPARE(rig.events.first().alert.key, key);
        QCOMPARE(rig.events.first().alert.reminders, 0);
        // Triggered at 3 min; reminders 5, 10, 20 and (capped) 20 min apart.
        QCOMPARE(reminderAt, (QList<qint64>{8, 18, 38, 58}));
        QCOMPARE(reminderNumbers, (QList<int>{1, 2, 3, 4}));
        QCOMPARE(rig.count(EventAction::Remind), 4); // nothing else reminds (dependents are suppressed)
        QCOMPARE(ingested, 118);

        QVERIFY(rig.alerts->acknowledge(key, QStringLiteral("dana"), QStringLiteral("on it"), kBase + 120 * kMin).ok());
        runUntil(kBase + 110 * kMin);
        QCOMPARE(reminderAt.size(), 4);
        QCOMPARE(rig.count(EventAction::Trigger), 1);
        QCOMPARE(ingested, 218);
    }

    // Recovery ends the reminders; firing again starts over from the first gap.
    void remindersStopOnRecoveryAndRestartOnReFire()
    {
        Rig rig;
        rig.alerts->setReminders(5 * kMin, 60 * kMin);
        const QString key = Alert::makeKey(QStringLiteral("outage"), QStringLiteral("provider:anthropic"));
        rig.at(kBase);
        rig.now = kBase + kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::MajorOutage);
        for (int m = 2; m <= 9; ++m)
            rig.at(kBase + m * kMin);
        QCOMPARE(rig.count(EventAction::Trigger), 1);
        QCOMPARE(rig.count(EventAction::Remind), 1); // at 8 min

        rig.now = kBase + 10 * kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::Operational);
        for (int m = 10; m <= 60; ++m)
            rig.at(kBase + m * kMin);
        QCOMPARE(rig.count(EventAction::Resolve), 1);
        QCOMPARE(rig.count(EventAction::Remind), 1);
        QVERIFY(!rig.alerts->alert(key)->firing); // still listed, recovered, unacknowledged: no reminders for it

        rig.now = kBase + 61 * kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::MajorOutage);
        QList<qint64> reminderAt;
        for (int m = 61; m <= 80; ++m) {
            const qsizetype before = rig.events.size();
            rig.at(kBase + m * kMin);
            for (qsizetype i = before; i < rig.events.size(); ++i)
                if (rig.events[i].action == EventAction::Remind)
                    reminderAt << m;
        }
        QCOMPARE(rig.count(EventAction::Trigger), 2);
        QCOMPARE(rig.alerts->alert(key)->raisedCount, 2);
        QCOMPARE(reminderAt, (QList<qint64>{68, 78})); // triggered at 63: +5, then +10
        QCOMPARE(rig.events.last().alert.reminders, 2);

        // Notifiers see it as a reminder; PagerDuty escalates on its own and gets none.
        const AlertEvent reminder = rig.events.last();
        QCOMPARE(reminder.action, EventAction::Remind);
        const QJsonObject body = QJsonDocument::fromJson(WebhookNotifier::payload(WebhookNotifier::Format::Generic, reminder, {}, rig.now)).object();
        QCOMPARE(body.value(QStringLiteral("event")).toString(), QStringLiteral("reminder"));
        QCOMPARE(body.value(QStringLiteral("alert")).toObject().value(QStringLiteral("reminders")).toInt(), 2);
        QVERIFY(body.value(QStringLiteral("text")).toString().contains(QStringLiteral("reminder 2")));
    }

    void reminderConfig()
    {
        auto r = config::ConfigLoader::loadString("alerts:\n  reminder_first: 2m\n  reminder_max: 30m\n", QStringLiteral("t.yaml"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->alerts.reminderFirstMs, 2 * kMin);
        QCOMPARE(r->alerts.reminderMaxMs, 30 * kMin);
        auto off = config::ConfigLoader::loadString("alerts:\n  reminder_first: off\n", QStringLiteral("t.yaml"));
        QVERIFY(off.ok());
        QCOMPARE(off->alerts.reminderFirstMs, 0);
        auto defaults = config::ConfigLoader::loadString("alerts:\n  default_ack: 30m\n", QStringLiteral("t.yaml"));
        QVERIFY(defaults.ok());
        QCOMPARE(defaults->alerts.reminderFirstMs, 5 * kMin);
        QCOMPARE(defaults->alerts.reminderMaxMs, 240 * kMin);
        auto bad = config::ConfigLoader::loadString("alerts:\n  reminder_first: 30m\n  reminder_max: 10m\n", QStringLiteral("t.yaml"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QStringLiteral("t.yaml:3: alerts.reminder_max: must not be shorter than reminder_first")), qPrintable(bad.error().message));

        // Reminders off: a firing alert is told once.
        Rig rig;
        rig.alerts->setReminders(0, 0);
        rig.at(kBase);
        rig.now = kBase + kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::MajorOutage);
        for (int m = 2; m <= 90; ++m)
            rig.at(kBase + m * kMin);
        QCOMPARE(rig.count(EventAction::Trigger), 1);
        QCOMPARE(rig.count(EventAction::Remind), 0);
    }

    void silenceWindow()
    {
        Rig rig;
        rig.at(kBase);
        Silence later;
        later.nodes = {QStringLiteral("provider:openai")};
        later.fromMs = kBase + 60 * kMin; // a future window does not quiet anything now
        later.toMs = kBase + 120 * kMin;
        rig.alerts->addSilence(later);
        Silence s;
        s.nodes = {QStringLiteral("provider:anthropic*")};
        s.fromMs = kBase;
        s.toMs = kBase + 10 * kMin;
        s.comment = QStringLiteral("planned provider maintenance");
        s.createdBy = QStringLiteral("dana");
        const qint64 id = rig.alerts->addSilence(s);
        QCOMPARE(rig.alerts->silences().size(), 2);

        rig.now = kBase + kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::MajorOutage);
        rig.feed(QStringLiteral("openai"), HealthState::MajorOutage);
        rig.at(kBase + 4 * kMin);
        QCOMPARE(rig.alerts->alerts().size(), 2);
        const Alert anthropic = *rig.alerts->alert(QStringLiteral("outage|provider:anthropic"));
        QCOMPARE(anthropic.silencedBy, id);
        QCOMPARE(rig.count(EventAction::Trigger), 1); // only openai pages
        QCOMPARE(rig.events[0].alert.nodeId, QStringLiteral("provider:openai"));

        rig.at(kBase + 10 * kMin); // the window is over and the outage goes on
        QCOMPARE(rig.count(EventAction::Trigger), 2);
        const auto lastTrigger = std::find_if(rig.events.crbegin(), rig.events.crend(), [](const AlertEvent &e) { return e.action == EventAction::Trigger; });
        QCOMPARE(lastTrigger->alert.nodeId, QStringLiteral("provider:anthropic"));
        // Meanwhile openai, paged at 4 min and not acknowledged, got its 5-minute reminder.
        QCOMPARE(rig.count(EventAction::Remind), 1);
        const auto reminder = std::find_if(rig.events.cbegin(), rig.events.cend(), [](const AlertEvent &e) { return e.action == EventAction::Remind; });
        QCOMPARE(reminder->alert.nodeId, QStringLiteral("provider:openai"));
        QCOMPARE(rig.alerts->alert(QStringLiteral("outage|provider:anthropic"))->silencedBy, 0);
        QCOMPARE(rig.alerts->silences().size(), 1);
    }

    void latencyErrorRateAndCertificates()
    {
        Rig rig;
        rig.at(kBase);
        // Slow but answering: the probe stays operational, the p95 rule fires on the probe node.
        for (int i = 0; i < 6; ++i) {
            rig.now = kBase + i * 1000;
            rig.probe(QStringLiteral("anthropic-api"), HealthState::Operational, 3500);
        }
        rig.at(kBase + 10'000);
        auto slow = rig.alerts->alert(QStringLiteral("slow|probe:anthropic-api"));
        QVERIFY(slow.has_value());
        QVERIFY(!slow->isSuppressed());
        QVERIFY2(slow->summary.contains(QStringLiteral("p95 latency 3500 ms")), qPrintable(slow->summary));

        rig.alerts->setCertExpiry(QStringLiteral("probe:anthropic-tls"), 3 * 86'400'000LL);
        rig.at(kBase + 11'000);
        auto cert = rig.alerts->alert(QStringLiteral("cert|probe:anthropic-tls"));
        QVERIFY(cert.has_value());
        QVERIFY2(cert->summary.contains(QStringLiteral("3.0 days")), qPrintable(cert->summary));
        rig.alerts->setCertExpiry(QStringLiteral("probe:anthropic-tls"), 80 * 86'400'000LL); // renewed
        rig.at(kBase + 12'000);
        QVERIFY(!rig.alerts->alert(QStringLiteral("cert|probe:anthropic-tls"))->firing);

        // Now the probe fails outright and the provider goes down: the provider outage explains
        // the probe's error rate, so that alert is suppressed and only the outage pages.
        for (int i = 0; i < 12; ++i) {
            rig.now = kBase + 20'000 + i * 1000;
            rig.probe(QStringLiteral("anthropic-api"), HealthState::MajorOutage, 3500);
        }
        QCOMPARE(rig.health->state(QStringLiteral("provider:anthropic")), HealthState::MajorOutage);
        rig.at(kBase + 30'000);
        rig.at(kBase + 30'000 + 3 * kMin);
        auto failing = rig.alerts->alert(QStringLiteral("failing-checks|probe:anthropic-api"));
        QVERIFY(failing.has_value());
        QVERIFY(failing->isSuppressed());
        QCOMPARE(rig.alerts->alert(QStringLiteral("slow|probe:anthropic-api"))->suppressedBy, QStringLiteral("provider:anthropic"));
        for (const Alert &a : rig.alerts->alerts())
            QVERIFY2(a.nodeId != QLatin1String("probe:anthropic-api") || a.ruleId == QLatin1String("cert"), qPrintable(a.key));
        QVERIFY(rig.alerts->alert(QStringLiteral("outage|provider:anthropic")).has_value());
        QVERIFY(!rig.alerts->alert(QStringLiteral("outage|provider:anthropic"))->isSuppressed());
    }

    // Desktop notifications over a real session bus (a private dbus-daemon) to a stand-in
    // notification server: what arrives is the title, the summary and the urgency per severity,
    // with credentials scrubbed; without a server nothing is sent (the tray takes over).
    void desktopNotificationsOverDBus()
    {
        test::SessionBus bus;
        QString error;
        QVERIFY2(!bus.start(&error).isEmpty(), qPrintable(error));
        FreedesktopNotifications dbus(bus.connect(QStringLiteral("watchfloor")));
        QVERIFY(!dbus.isAvailable());
        QVERIFY(!dbus.notify(QStringLiteral("Critical alert: Anthropic"), QStringLiteral("down"), Severity::Critical));
        QCOMPARE(dbus.sent(), 0);

        test::FakeNotifications server;
        QVERIFY(server.registerOn(bus.connect(QStringLiteral("notification-server"))));
        QVERIFY(dbus.isAvailable());

        struct DbusSink : DesktopSink
        {
            FreedesktopNotifications *out = nullptr;
            int beeps = 0;
            void showNotification(const QString &title, const QString &body, Severity severity) override { out->notify(title, body, severity); }
            void beep() override { ++beeps; }
        } sink;
        sink.out = &dbus;
        config::NotifierConfig c;
        c.id = QStringLiteral("desktop");
        c.kind = QStringLiteral("desktop");
        c.minSeverity = QStringLiteral("info");
        c.sound.insert(QStringLiteral("critical"), QStringLiteral("beep"));
        DesktopNotifier desktop(c);
        desktop.setSink(&sink);
        Rig rig;
        rig.alerts->setReminders(0, 0); // delivery is under test here; reminders have their own tests
        connect(rig.alerts.get(), &AlertEngine::alertEvent, &desktop, &DesktopNotifier::notify);
        rig.at(kBase);

        rig.now = kBase + kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::MajorOutage);
        rig.at(kBase + 4 * kMin);
        QTRY_COMPARE(server.calls.size(), 1);
        const auto &critical = server.calls[0];
        QCOMPARE(critical.app, QStringLiteral("Watchfloor"));
        QCOMPARE(critical.summary, QStringLiteral("Critical alert: Anthropic"));
        QVERIFY2(critical.body.startsWith(QStringLiteral("Anthropic is Major outage")), qPrintable(critical.body));
        QCOMPARE(critical.urgency(), 2);
        QCOMPARE(critical.timeout, 0); // stays until dismissed

        rig.feed(QStringLiteral("openai"), HealthState::Degraded);
        rig.at(kBase + 10 * kMin);
        QTRY_COMPARE(server.calls.size(), 2);
        QCOMPARE(server.calls[1].summary, QStringLiteral("Warning alert: OpenAI"));
        QVERIFY2(server.calls[1].body.startsWith(QStringLiteral("OpenAI is Degraded")), qPrintable(server.calls[1].body));
        QCOMPARE(server.calls[1].urgency(), 1);
        QCOMPARE(server.calls[1].timeout, -1);
        QCOMPARE(sink.beeps, 1); // sound is configured for critical only

        // An informational event whose text quotes a failing request with its credentials.
        AlertEvent info;
        info.alert.severity = Severity::Info;
        info.alert.summary = QStringLiteral("anthropic-api: 401 for Authorization: Bearer sk-ant-drill0123456789 (token=hunter22)");
        info.nodeLabel = QStringLiteral("anthropic-api");
        desktop.notify(info);
        QTRY_COMPARE(server.calls.size(), 3);
        QCOMPARE(server.calls[2].urgency(), 0);
        QCOMPARE(server.calls[2].summary, QStringLiteral("Info alert: anthropic-api"));
        QVERIFY2(server.calls[2].body.startsWith(QStringLiteral("anthropic-api: 401 for")), qPrintable(server.calls[2].body));
        for (const auto &call : server.calls) {
            for (const char *secret : {"sk-ant-drill0123456789", "hunter22"}) {
                QVERIFY2(!call.summary.contains(QLatin1String(secret)), qPrintable(call.summary));
                QVERIFY2(!call.body.contains(QLatin1String(secret)), qPrintable(call.body));
            }
        }
        QCOMPARE(dbus.sent(), 3);
    }

    // The error-rate rule pages by itself: a probe failing two checks in three (never three in a
    // row, so neither it nor its provider turns bad) while the status page says all is well.
    void errorRateFiresOnItsOwn()
    {
        Rig rig;
        rig.at(kBase);
        const qint64 start = kBase + 30 * kMin; // the constructor's good samples are out of the window
        const bool fails[] = {true, true, false, true, true, false};
        for (int i = 0; i < 6; ++i) {
            rig.now = start + i * 10'000;
            rig.probe(QStringLiteral("anthropic-api"), fails[i] ? HealthState::MajorOutage : HealthState::Operational, 150);
        }
        QCOMPARE(rig.health->state(QStringLiteral("provider:anthropic")), HealthState::Operational);
        QCOMPARE(rig.health->state(QStringLiteral("probe:anthropic-api")), HealthState::Operational);
        rig.at(rig.now);
        auto failing = rig.alerts->alert(QStringLiteral("failing-checks|probe:anthropic-api"));
        QVERIFY(failing.has_value());
        QVERIFY(failing->firing);
        QVERIFY(!failing->isSuppressed());
        QCOMPARE(failing->severity, Severity::Warning);
        QVERIFY2(failing->summary.contains(QStringLiteral("67% of the last 6 checks failed (limit 50%)")), qPrintable(failing->summary));
        int triggers = 0;
        for (const AlertEvent &e : rig.events)
            triggers += e.action == EventAction::Trigger && e.alert.ruleId == QLatin1String("failing-checks");
        QCOMPARE(triggers, 1);
        // Nothing else pages for it: not the provider, not the latency rule.
        QVERIFY(!rig.alerts->alert(QStringLiteral("outage|provider:anthropic")).has_value()
                || !rig.alerts->alert(QStringLiteral("outage|provider:anthropic"))->firing);
        QVERIFY(!rig.alerts->alert(QStringLiteral("slow|probe:anthropic-api")).has_value()
                || !rig.alerts->alert(QStringLiteral("slow|probe:anthropic-api"))->firing);

        // Below the limit once the good checks are back: it stops firing.
        for (int i = 0; i < 12; ++i) {
            rig.now = start + 60'000 + i * 10'000;
            rig.probe(QStringLiteral("anthropic-api"), HealthState::Operational, 150);
        }
        rig.at(rig.now);
        QVERIFY(!rig.alerts->alert(QStringLiteral("failing-checks|probe:anthropic-api"))->firing);
    }

    void aheadOfStatusPage()
    {
        Rig rig;
        rig.at(kBase);
        QSignalSpy ahead(rig.health.get(), &health::HealthEngine::aheadOfStatusPage);
        for (int i = 0; i < 4; ++i) {
            rig.now = kBase + i * kMin;
            rig.probe(QStringLiteral("anthropic-api"), HealthState::MajorOutage, 100);
        }
        QVERIFY(ahead.count() >= 1);
        rig.at(rig.now);
        bool found = false;
        for (const Alert &a : rig.alerts->allAlerts())
            found = found || a.ruleId == QLatin1String("ahead");
        QVERIFY(found);
    }

    // Alerts, acknowledgements and silences survive a restart (schema 6).
    void persistence()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wf.db"));
        {
            store::Store st;
            QVERIFY(st.openAndWait(path).ok());
            Rig rig;
            rig.alerts->setStore(&st);
            rig.at(kBase);
            rig.now = kBase + kMin;
            rig.feed(QStringLiteral("anthropic"), HealthState::MajorOutage);
            rig.at(kBase + 4 * kMin);
            QVERIFY(rig.alerts->acknowledge(QStringLiteral("outage|provider:anthropic"), QStringLiteral("dana"), QStringLiteral("on it"),
                                            kBase + 90 * kMin).ok());
            Silence s;
            s.nodes = {QStringLiteral("provider:openai"), QStringLiteral("model:openai/*")};
            s.fromMs = kBase;
            s.toMs = kBase + 120 * kMin;
            s.comment = QStringLiteral("vendor window");
            rig.alerts->addSilence(s);
            // Jobs run in order on the store thread: this one sees every write above.
            const auto snap = st.runSync<Result<AlertSnapshot>>([](store::Database &db) { return AlertStore::load(db, kBase + 5 * kMin); });
            QVERIFY(snap.ok());
            const auto acks = st.runSync<Result<QString>>([](store::Database &db) {
                return db.scalar(QStringLiteral("SELECT by_whom || '/' || comment FROM alert_acks"));
            });
            QCOMPARE(*acks, QStringLiteral("dana/on it"));
        }
        store::Store st;
        QVERIFY(st.openAndWait(path).ok());
        const auto snap = st.runSync<Result<AlertSnapshot>>([](store::Database &db) { return AlertStore::load(db, kBase + 5 * kMin); });
        QVERIFY2(snap.ok(), snap.ok() ? "" : qPrintable(snap.error().message));
        Rig rig;
        rig.now = kBase + 5 * kMin;
        rig.alerts->restore(*snap);
        const QList<Alert> listed = rig.alerts->alerts();
        QCOMPARE(listed.size(), 1); // suppressed dependents are stored but not listed
        QCOMPARE(listed[0].key, QStringLiteral("outage|provider:anthropic"));
        QCOMPARE(listed[0].ackBy, QStringLiteral("dana"));
        QCOMPARE(listed[0].ackUntilMs, kBase + 90 * kMin);
        QVERIFY(listed[0].notified);
        QCOMPARE(rig.alerts->silences().size(), 1);
        QCOMPARE(rig.alerts->silences()[0].nodes.size(), 2);
        // Health data is not in yet (Unknown): that does not count as recovery.
        rig.health = std::make_unique<health::HealthEngine>(&rig.graph);
        rig.health->setClock([&rig] { return rig.now; });
        rig.alerts->setHealth(rig.health.get());
        rig.at(kBase + 6 * kMin);
        QVERIFY(rig.alerts->alert(QStringLiteral("outage|provider:anthropic"))->firing);
        QCOMPARE(rig.count(EventAction::Trigger), 0);
    }

    // A database created when schema 7 existed but 6 did not still gets the alert tables.
    void schemaForSkippedMigration()
    {
        QTemporaryDir dir;
        store::Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("old.db"))).ok());
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 7")).ok());
        auto snap = AlertStore::load(db, kBase);
        QVERIFY2(snap.ok(), snap.ok() ? "" : qPrintable(snap.error().message));
        QVERIFY(snap->alerts.isEmpty());
        Alert a;
        a.key = QStringLiteral("r|n");
        a.ruleId = QStringLiteral("r");
        a.nodeId = QStringLiteral("n");
        a.sinceMs = kBase;
        QVERIFY(AlertStore::saveAlert(db, a).ok());
        QCOMPARE(AlertStore::load(db, kBase)->alerts.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstAlerts)
#include "tst_alerts.moc"
