#include "engine/engine.h"
#include "health/healthengine.h"
#include "loopbackserver.h"
#include "probes/probescheduler.h"
#include "probes/probesmodel.h"
#include "probes/probespanel.h"
#include "topology/graph.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using wf::test::HttpReply;
using wf::test::HttpRequest;
using wf::test::LoopbackServer;

class TstProbesUi : public QObject
{
    Q_OBJECT

private slots:
    void panelShowsProbesThroughTheEngine()
    {
        qputenv("WF_TEST_UI_KEY", "sk-ant-ui-test-key-0000");
        LoopbackServer api([](const HttpRequest &req) {
            if (req.path.startsWith("/v1/messages"))
                return HttpReply::json("{\"type\":\"message\",\"content\":[],\"model\":\"claude-opus-4-6\"}");
            HttpReply r = HttpReply::json("{\"status\":\"ok\"}");
            r.delayMs = 30;
            return r;
        });
        QVERIFY(api.listen());

        config::Config cfg;
        config::ProviderConfig anthropic;
        anthropic.id = QStringLiteral("anthropic");
        anthropic.name = QStringLiteral("Anthropic");
        cfg.providers << anthropic;
        config::ProbeConfig web;
        web.id = QStringLiteral("status-api");
        web.name = QStringLiteral("Status API");
        web.kind = QStringLiteral("http");
        web.url = api.url(QStringLiteral("/health")).toString();
        web.provider = QStringLiteral("anthropic");
        web.conditions = {QStringLiteral("status == 200"), QStringLiteral("latency < 1ms")};
        web.intervalMs = 1000;
        config::ProbeConfig llm;
        llm.id = QStringLiteral("opus");
        llm.kind = QStringLiteral("llm");
        llm.url = api.url(QStringLiteral("/v1/messages")).toString();
        llm.provider = QStringLiteral("anthropic");
        llm.model = QStringLiteral("claude-opus-4-6");
        llm.api = QStringLiteral("anthropic-messages");
        llm.apiKey = *config::SecretRef::parse(QStringLiteral("${env:WF_TEST_UI_KEY}"));
        llm.budgetPerHour = 10;
        llm.intervalMs = 1000;
        cfg.probes << web << llm;
        cfg.health.failureThreshold = 1;

        QTemporaryDir dir;
        Engine engine(cfg, dir.path());
        QVERIFY(engine.topology()->contains(QStringLiteral("model:anthropic/claude-opus-4-6")));
        ui::ProbesPanel panel(&engine);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(1100, 300);
        panel.show();
        engine.start();

        ui::ProbesModel *m = panel.model();
        QCOMPARE(m->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(m->index(0, ui::ProbesModel::LatencyColumn).data().toString().endsWith(QLatin1String("ms"))
                                 && m->index(1, ui::ProbesModel::LatencyColumn).data().toString().endsWith(QLatin1String("ms")), 8000);
        // Each condition's pass/fail is visible; the slow-latency one fails and degrades the probe.
        QCOMPARE(m->index(0, ui::ProbesModel::ConditionsColumn).data().toString(),
                 QStringLiteral("\u2713 status == 200  \u2717 latency < 1ms"));
        QCOMPARE(m->index(0, 0).data(ui::ProbesModel::ConditionsPassedRole).toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m->index(0, 0).data(ui::ProbesModel::StateKeyRole).toString(), QStringLiteral("degraded"), 5000);
        QVERIFY(m->index(0, ui::ProbesModel::ConditionsColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("\u2717 latency < 1ms (")));
        // The LLM probe shows its hourly budget and an operational state.
        QTRY_COMPARE_WITH_TIMEOUT(m->index(1, 0).data(ui::ProbesModel::StateKeyRole).toString(), QStringLiteral("operational"), 5000);
        QVERIFY(m->index(1, 0).data(ui::ProbesModel::BudgetUsedRole).toInt() >= 1);
        QCOMPARE(m->index(1, 0).data(ui::ProbesModel::BudgetLimitRole).toInt(), 10);
        QVERIFY(m->index(1, ui::ProbesModel::BudgetColumn).data().toString().endsWith(QLatin1String("/10")));
        // Roll-up reached the model node: its own LLM probe is fine, but the provider-level probe
        // (too slow) degrades every model of the provider. The key is nowhere on screen.
        QCOMPARE(engine.health()->state(QStringLiteral("probe:opus")), HealthState::Operational);
        QCOMPARE(engine.health()->state(QStringLiteral("model:anthropic/claude-opus-4-6")), HealthState::Degraded);
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c)
                QVERIFY(!m->index(r, c).data().toString().contains(QStringLiteral("sk-ant-ui")));
        const QImage shot = panel.grab().toImage();
        QVERIFY(!shot.isNull());
        if (qEnvironmentVariableIsSet("WF_SCREENSHOT_DIR"))
            shot.save(qEnvironmentVariable("WF_SCREENSHOT_DIR") + QStringLiteral("/probes-panel.png"));
        engine.probes()->stop();
    }
};

QTEST_MAIN(TstProbesUi)
#include "tst_probes_ui.moc"
