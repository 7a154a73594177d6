#include "alerts/ackdialog.h"
#include "alerts/alertengine.h"
#include "alerts/alertsmodel.h"
#include "alerts/alertspanel.h"
#include "alerts/alerttray.h"
#include "alerts/freedesktopnotifications.h"
#include "alerts/desktopnotifier.h"
#include "config/config.h"
#include "health/healthengine.h"
#include "sessionbus.h"
#include "topology/topologybuilder.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace wf;
using namespace wf::alerts;
using namespace wf::ui;

namespace {

constexpr qint64 kBase = 1'767'225'600'000;
constexpr qint64 kMin = 60'000;

struct Rig
{
    config::Config cfg;
    topology::Graph graph;
    qint64 now = kBase;
    std::unique_ptr<health::HealthEngine> health;
    std::unique_ptr<AlertEngine> alerts;

    Rig()
    {
        auto c = config::ConfigLoader::loadFile(QStringLiteral(WF_TEST_DATA_DIR "/alerts/estate.yaml"));
        if (!c)
            qFatal("%s", qPrintable(c.error().message));
        cfg = *c;
        graph = topology::TopologyBuilder::build(cfg);
        health = std::make_unique<health::HealthEngine>(&graph);
        health->setClock([this] { return now; });
        alerts = std::make_unique<AlertEngine>(&graph);
        alerts->setClock([this] { return now; });
        QList<Rule> rules;
        for (const auto &r : cfg.alerts.rules)
            rules << Rule::fromConfig(r);
        alerts->setRules(rules);
        alerts->setHealth(health.get());
        for (const char *p : {"anthropic", "openai"})
            feed(QString::fromLatin1(p), HealthState::Operational);
        alerts->evaluate();
    }
    void feed(const QString &provider, HealthState s) { health->setComponentState(provider, QStringLiteral("api"), QStringLiteral("API"), s, now); }
    void at(qint64 t)
    {
        now = t;
        alerts->evaluate();
    }
};

// A desktop sink that records what would have popped up.
struct RecordingSink : DesktopSink
{
    QStringList titles;
    QList<Severity> severities;
    int beeps = 0;
    void showNotification(const QString &title, const QString &, Severity severity) override
    {
        titles << title;
        severities << severity;
    }
    void beep() override { ++beeps; }
};

} // namespace

class TstAlertsUi : public QObject
{
    Q_OBJECT

private slots:
    void modelFollowsEngine()
    {
        Rig rig;
        AlertsModel model(rig.alerts.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(AlertsModel::ColumnCount));
        QCOMPARE(model.headerData(AlertsModel::AckColumn, Qt::Horizontal).toString(), QStringLiteral("Acknowledged"));

        rig.now = kBase + kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::MajorOutage);
        rig.feed(QStringLiteral("openai"), HealthState::MajorOutage);
        rig.at(kBase + 4 * kMin);
        QCOMPARE(model.rowCount(), 2); // one per provider, dependents suppressed
        const int row = model.rowOf(QStringLiteral("outage|provider:anthropic"));
        QVERIFY(row >= 0);
        auto cell = [&](int col) { return model.data(model.index(row, col)).toString(); };
        QCOMPARE(cell(AlertsModel::SeverityColumn), QStringLiteral("Critical"));
        QCOMPARE(cell(AlertsModel::NodeColumn), QStringLiteral("anthropic"));
        QVERIFY2(cell(AlertsModel::SummaryColumn).contains(QStringLiteral("(+21 suppressed)")), qPrintable(cell(AlertsModel::SummaryColumn)));
        QCOMPARE(cell(AlertsModel::SinceColumn), QStringLiteral("01-01 00:01 UTC (3 min)"));
        QCOMPARE(cell(AlertsModel::StateColumn), QStringLiteral("Firing"));
        QCOMPARE(cell(AlertsModel::AckColumn), QStringLiteral("Not acknowledged"));
        QVERIFY(!model.data(model.index(row, AlertsModel::SeverityColumn), Qt::DecorationRole).value<QIcon>().isNull());

        // Acknowledging updates that row only.
        changed.clear();
        QVERIFY(rig.alerts->acknowledge(QStringLiteral("outage|provider:anthropic"), QStringLiteral("dana"), QStringLiteral("on it"),
                                        kBase + 64 * kMin).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), row);
        QCOMPARE(changed[0][1].toModelIndex().row(), row);
        QCOMPARE(cell(AlertsModel::AckColumn), QStringLiteral("dana until 01:04 UTC"));
        QCOMPARE(model.data(model.index(row, AlertsModel::AckColumn), Qt::ToolTipRole).toString(), QStringLiteral("on it"));

        // OpenAI recovers unacknowledged: stays, shown as recovered; acknowledged: gone.
        rig.now = kBase + 5 * kMin;
        rig.feed(QStringLiteral("openai"), HealthState::Operational);
        rig.at(kBase + 5 * kMin);
        QCOMPARE(model.rowCount(), 2);
        const int openai = model.rowOf(QStringLiteral("outage|provider:openai"));
        QCOMPARE(model.data(model.index(openai, AlertsModel::StateColumn)).toString(), QStringLiteral("Recovered"));
        QVERIFY(rig.alerts->acknowledge(QStringLiteral("outage|provider:openai"), QStringLiteral("lee"), QString(), rig.now + kMin).ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(reset.count(), 0);
    }

    void panelActions()
    {
        Rig rig;
        AlertsPanel panel(rig.alerts.get(), {});
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(panel.acknowledgeAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        QVERIFY(!panel.acknowledgeAction()->isEnabled()); // nothing to acknowledge
        QVERIFY(!panel.testAction()->isEnabled());        // no webhook configured

        rig.now = kBase + kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::MajorOutage);
        rig.at(kBase + 4 * kMin);
        QCOMPARE(panel.model()->rowCount(), 1);
        QVERIFY(panel.acknowledgeAction()->isEnabled());
        // Nothing selected: Ctrl+K takes the oldest unacknowledged alert.
        QVERIFY(panel.acknowledgeSelected(QStringLiteral("dana"), QStringLiteral("looking"), 30 * kMin));
        QCOMPARE(rig.alerts->alert(QStringLiteral("outage|provider:anthropic"))->ackUntilMs, rig.now + 30 * kMin);

        const qint64 id = panel.silence({QStringLiteral("provider:openai")}, QStringLiteral("vendor window"), 60 * kMin);
        QVERIFY(id > 0);
        QCOMPARE(rig.alerts->silences().size(), 1);

        panel.setReadOnly(true);
        QVERIFY(!panel.acknowledgeAction()->isEnabled());
        QVERIFY(!panel.silenceAction()->isEnabled());
        QVERIFY(!panel.acknowledgeSelected(QStringLiteral("x"), QString(), kMin));
    }

    // Ctrl+K in the window acknowledges: the dialog comes up for the oldest unacknowledged
    // alert, and accepting it acknowledges with what was entered.
    void ctrlKAcknowledges()
    {
        Rig rig;
        QMainWindow window;
        auto *panel = new AlertsPanel(rig.alerts.get(), {});
        window.setCentralWidget(panel);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        rig.now = kBase + kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::MajorOutage);
        rig.at(kBase + 4 * kMin);
        QCOMPARE(panel->model()->rowCount(), 1);
        QVERIFY(panel->acknowledgeAction()->isEnabled());

        bool sawDialog = false;
        QTimer::singleShot(0, this, [&sawDialog] {
            auto *dialog = qobject_cast<AckDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            sawDialog = true;
            for (QLineEdit *e : dialog->findChildren<QLineEdit *>()) {
                if (e->accessibleName() == QLatin1String("Acknowledged by"))
                    e->setText(QStringLiteral("dana"));
                else if (e->accessibleName() == QLatin1String("Comment"))
                    e->setText(QStringLiteral("checking the gateway"));
            }
            dialog->accept();
        });
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(sawDialog);
        const auto acked = rig.alerts->alert(QStringLiteral("outage|provider:anthropic"));
        QVERIFY(acked.has_value());
        QCOMPARE(acked->ackBy, QStringLiteral("dana"));
        QCOMPARE(acked->ackComment, QStringLiteral("checking the gateway"));
        QVERIFY(acked->ackUntilMs > rig.now);
    }

    void ackDialogDefaults()
    {
        AckDialog d(QStringLiteral("Anthropic is Major outage"), 30 * kMin);
        QCOMPARE(d.durationMs(), 30 * kMin);
        AckDialog odd(QStringLiteral("x"), 45 * kMin); // a configured default not in the list
        QCOMPARE(odd.durationMs(), 45 * kMin);
    }

    void trayShowsWorstStateAndNotifications()
    {
        Rig rig;
        AlertTray tray;
        connect(rig.alerts.get(), &AlertEngine::worstStateChanged, &tray, &AlertTray::setWorstState);
        config::NotifierConfig c;
        c.id = QStringLiteral("desktop");
        c.kind = QStringLiteral("desktop");
        c.minSeverity = QStringLiteral("warning");
        c.sound.insert(QStringLiteral("critical"), QStringLiteral("beep"));
        DesktopNotifier desktop(c);
        RecordingSink sink;
        desktop.setSink(&sink);
        connect(rig.alerts.get(), &AlertEngine::alertEvent, &desktop, &DesktopNotifier::notify);

        QCOMPARE(tray.state(), HealthState::Operational);
        rig.now = kBase + kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::MajorOutage);
        rig.at(kBase + 4 * kMin);
        QCOMPARE(tray.state(), HealthState::MajorOutage);
        QVERIFY(tray.toolTip().contains(stateLabel(HealthState::MajorOutage)));
        QCOMPARE(sink.titles.size(), 1);
        QVERIFY2(sink.titles[0].startsWith(QStringLiteral("Critical alert")), qPrintable(sink.titles[0]));
        QCOMPARE(sink.beeps, 1);

        rig.now = kBase + 6 * kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::Operational);
        rig.at(kBase + 6 * kMin);
        QCOMPARE(tray.state(), HealthState::Operational);
        QCOMPARE(sink.titles.size(), 2);
        QVERIFY(sink.titles[1].startsWith(QStringLiteral("Recovered")));
        QCOMPARE(sink.beeps, 1);
    }

    // Sound is per severity: with a sound configured for critical only, a warning pops up
    // silently and a critical one beeps.
    void warningIsSilentWhenOnlyCriticalHasSound()
    {
        Rig rig;
        config::NotifierConfig c;
        c.id = QStringLiteral("desktop");
        c.kind = QStringLiteral("desktop");
        c.minSeverity = QStringLiteral("warning");
        c.sound.insert(QStringLiteral("critical"), QStringLiteral("beep"));
        DesktopNotifier desktop(c);
        RecordingSink sink;
        desktop.setSink(&sink);
        connect(rig.alerts.get(), &AlertEngine::alertEvent, &desktop, &DesktopNotifier::notify);

        rig.now = kBase + kMin;
        rig.feed(QStringLiteral("openai"), HealthState::Degraded);
        rig.at(kBase + 7 * kMin);
        QCOMPARE(sink.titles.size(), 1);
        QCOMPARE(sink.severities[0], Severity::Warning);
        QVERIFY2(sink.titles[0].startsWith(QStringLiteral("Warning alert")), qPrintable(sink.titles[0]));
        QCOMPARE(sink.beeps, 0);

        rig.now = kBase + 8 * kMin;
        rig.feed(QStringLiteral("anthropic"), HealthState::MajorOutage);
        rig.at(kBase + 11 * kMin);
        QVERIFY(sink.severities.contains(Severity::Critical));
        QCOMPARE(sink.beeps, 1);
    }

    // The tray hands notifications to the freedesktop service when the session bus has one,
    // and stops using it as soon as the service is gone.
    void trayPrefersFreedesktopNotifications()
    {
        test::SessionBus bus;
        QString error;
        QVERIFY2(!bus.start(&error).isEmpty(), qPrintable(error));
        test::FakeNotifications server;
        QDBusConnection serverBus = bus.connect(QStringLiteral("notification-server"));
        QVERIFY(server.registerOn(serverBus));

        AlertTray tray;
        auto channel = std::make_unique<FreedesktopNotifications>(bus.connect(QStringLiteral("watchfloor")));
        FreedesktopNotifications *dbus = channel.get();
        tray.setNotificationChannel(std::move(channel));
        tray.showNotification(QStringLiteral("Critical alert: anthropic"), QStringLiteral("anthropic is Major outage"), Severity::Critical);
        QTRY_COMPARE(server.calls.size(), 1);
        QCOMPARE(server.calls[0].summary, QStringLiteral("Critical alert: anthropic"));
        QCOMPARE(server.calls[0].body, QStringLiteral("anthropic is Major outage"));
        QCOMPARE(server.calls[0].urgency(), 2);
        QCOMPARE(dbus->sent(), 1);
        QCOMPARE(tray.trayMessageCount(), 0);

        QVERIFY(serverBus.unregisterService(QStringLiteral("org.freedesktop.Notifications")));
        tray.showNotification(QStringLiteral("Recovered: anthropic"), QStringLiteral("anthropic is Operational"), Severity::Critical);
        QCOMPARE(tray.notificationCount(), 2);
        QCOMPARE(dbus->sent(), 1);
        QTest::qWait(100);
        QCOMPARE(server.calls.size(), 1);
    }
};

QTEST_MAIN(TstAlertsUi)
#include "tst_alerts_ui.moc"
