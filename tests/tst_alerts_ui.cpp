#include "alerts/ackdialog.h"
#include "alerts/alertengine.h"
#include "alerts/alertsmodel.h"
#include "alerts/alertspanel.h"
#include "alerts/alerttray.h"
#include "alerts/desktopnotifier.h"
#include "config/config.h"
#include "health/healthengine.h"
#include "topology/topologybuilder.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
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
    int beeps = 0;
    void showNotification(const QString &title, const QString &, Severity) override { titles << title; }
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
};

QTEST_MAIN(TstAlertsUi)
#include "tst_alerts_ui.moc"
