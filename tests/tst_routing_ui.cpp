#include "e2e/litellmloopback.h"

#include "config/config.h"
#include "net/httpclient.h"
#include "routing/routingcontroller.h"
#include "routing/confirmdialog.h"
#include "routing/gatewaystatemodel.h"
#include "routing/previewdialog.h"
#include "routing/routingpanel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using namespace wf;
using namespace wf::ui;
using wf::test::LiteLlmLoopback;

// The routing panel and its dialogs, driven offscreen against a LiteLLM-shaped loopback server.
class TestRoutingUi : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *kKeyVar = "WF_TEST_ROUTING_UI_KEY";

    static void seed(LiteLlmLoopback &gw)
    {
        gw.deployments = {
            {QStringLiteral("dep-claude-1"), QStringLiteral("claude-sonnet"), QStringLiteral("anthropic/claude-sonnet-4"), 80},
            {QStringLiteral("dep-gpt-1"), QStringLiteral("gpt-4o"), QStringLiteral("openai/gpt-4o"), 20},
        };
    }

    static config::Config makeConfig(const QUrl &url)
    {
        QStringList y;
        y << QStringLiteral("providers: [{id: anthropic}, {id: openai}]")
          << QStringLiteral("gateways:")
          << QStringLiteral("  - {id: llm-proxy, kind: litellm, address: \"%1\", token: \"${env:%2}\"}").arg(url.toString(), QString::fromLatin1(kKeyVar))
          << QStringLiteral("apps:")
          << QStringLiteral("  - id: chat-prod")
          << QStringLiteral("    name: Chat (prod)")
          << QStringLiteral("    customers: [acme]")
          << QStringLiteral("    routes: [{gateway: llm-proxy, backend: claude-sonnet, provider: anthropic, model: claude-sonnet}]")
          << QStringLiteral("policies:")
          << QStringLiteral("  - id: openai-fallback")
          << QStringLiteral("    name: Claude falls back to GPT-4o")
          << QStringLiteral("    from: anthropic")
          << QStringLiteral("    to: openai")
          << QStringLiteral("    destructive: true")
          << QStringLiteral("    steps:")
          << QStringLiteral("      - {gateway: llm-proxy, model: claude-sonnet, fallbacks: [gpt-4o]}")
          << QStringLiteral("      - {gateway: llm-proxy, backend: claude-sonnet, server: dep-claude-1, weight: 0}");
        auto cfg = config::ConfigLoader::loadString(y.join(QLatin1Char('\n')).toUtf8(), QStringLiteral("ui.yaml"));
        if (!cfg)
            qFatal("%s", qPrintable(cfg.error().message));
        return *cfg;
    }

private slots:
    void initTestCase() { qputenv(kKeyVar, "sk-ui-test-master-key-123"); }

    void confirmNeedsReasonAndTypedTarget()
    {
        ConfirmDialog plain(QStringLiteral("weights 80/20"), false, QString());
        auto *ok = plain.findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QVERIFY(ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!plain.findChild<QLineEdit *>(QStringLiteral("targetEdit")));
        QTest::keyClicks(plain.findChild<QLineEdit *>(QStringLiteral("reasonEdit")), QStringLiteral("load test"));
        QVERIFY(ok->isEnabled());

        ConfirmDialog destructive(QStringLiteral("drain anthropic"), true, QStringLiteral("anthropic"));
        auto *ok2 = destructive.findChild<QPushButton *>(QStringLiteral("confirmButton"));
        auto *target = destructive.findChild<QLineEdit *>(QStringLiteral("targetEdit"));
        QVERIFY(target);
        QTest::keyClicks(destructive.findChild<QLineEdit *>(QStringLiteral("reasonEdit")), QStringLiteral("INC-1"));
        QVERIFY(!ok2->isEnabled());
        QTest::keyClicks(target, QStringLiteral("anthropi"));
        QVERIFY(!ok2->isEnabled());
        QTest::keyClicks(target, QStringLiteral("c"));
        QVERIFY(ok2->isEnabled());
        QCOMPARE(destructive.reason(), QStringLiteral("INC-1"));
    }

    void viewerGetsNoControls()
    {
        LiteLlmLoopback gw("sk-ui-test-master-key-123");
        seed(gw);
        QVERIFY(gw.listen());
        net::HttpClient http;
        routing::RoutingController c(makeConfig(gw.url()), nullptr, &http);
        c.setRole(config::Role::Viewer);
        RoutingPanel panel(&c);
        panel.show();
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("previewButton")));
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("rollbackButton")));
        // Still shows the gateways and the policies.
        QCOMPARE(panel.findChild<QListWidget *>(QStringLiteral("policyList"))->count(), 1);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.refresh();
        QTRY_COMPARE(panel.model()->rowCount(), 2);
        QCOMPARE(panel.model()->index(0, GatewayStateModel::ServerColumn).data().toString(), QStringLiteral("dep-claude-1"));
    }

    void externalChangeMarksTheGatewayRows()
    {
        // A change made on the gateway behind Watchfloor's back: its rows say so (text, not
        // only colour) until Watchfloor sets that gateway itself.
        LiteLlmLoopback gw("sk-ui-test-master-key-123");
        seed(gw);
        QVERIFY(gw.listen());
        net::HttpClient http;
        routing::RoutingController c(makeConfig(gw.url()), nullptr, &http);
        c.setRole(config::Role::Operator);
        RoutingPanel panel(&c);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.refresh();
        QTRY_COMPARE(panel.model()->rowCount(), 2);
        const QModelIndex name = panel.model()->index(0, GatewayStateModel::GatewayColumn);
        QCOMPARE(name.data().toString(), QStringLiteral("llm-proxy"));
        gw.deployments[0].weight = 50;
        c.refresh();
        QTRY_VERIFY(name.data().toString().contains(QLatin1String("changed outside Watchfloor")));
        QVERIFY(panel.model()->index(1, GatewayStateModel::GatewayColumn).data().toString().contains(QLatin1String("changed outside Watchfloor")));
        QVERIFY2(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("weight 80 → 50")), qPrintable(name.data(Qt::ToolTipRole).toString()));

        // Watchfloor applies a policy there: the mark goes.
        QSignalSpy finished(&c, &routing::RoutingController::actionFinished);
        c.preview(QStringLiteral("openai-fallback"), this, [&](const Result<routing::RoutingPreview> &pv) {
            if (!pv)
                return;
            routing::RoutingPreview confirmed = *pv;
            confirmed.confirmedTarget = QStringLiteral("anthropic"); // destructive: typed, as in the dialog
            c.apply(confirmed, QStringLiteral("move off claude"), this, [](const Result<routing::ApplyOutcome> &) {});
        });
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).value<routing::ApplyOutcome>().ok);
        QCOMPARE(panel.model()->index(0, GatewayStateModel::GatewayColumn).data().toString(), QStringLiteral("llm-proxy"));
    }

    void operatorPreviewConfirmApplyAndRollBack()
    {
        LiteLlmLoopback gw("sk-ui-test-master-key-123");
        seed(gw);
        QVERIFY(gw.listen());
        net::HttpClient http;
        routing::RoutingController c(makeConfig(gw.url()), nullptr, &http);
        c.setRole(config::Role::Operator);
        RoutingPanel panel(&c);
        panel.show();
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("policyList"));
        auto *previewButton = panel.findChild<QPushButton *>(QStringLiteral("previewButton"));
        QVERIFY(previewButton);
        QVERIFY(!previewButton->isEnabled());
        list->setCurrentRow(0);
        QVERIFY(previewButton->isEnabled());

        QSignalSpy previews(&panel, &RoutingPanel::previewShown);
        QSignalSpy confirms(&panel, &RoutingPanel::confirmShown);
        QSignalSpy outcomes(&panel, &RoutingPanel::outcomeShown);
        QTest::mouseClick(previewButton, Qt::LeftButton);
        QTRY_COMPARE(previews.size(), 1);
        auto *pd = panel.findChild<PreviewDialog *>(QStringLiteral("routingPreviewDialog"));
        QVERIFY(pd);
        QVERIFY(pd->isVisible());
        QVERIFY2(pd->shownDiff().contains(QStringLiteral("llm-proxy: claude-sonnet/dep-claude-1: weight 80 → 0")), qPrintable(pd->shownDiff().join(QLatin1Char('\n'))));
        QVERIFY(pd->shownDiff().contains(QStringLiteral("llm-proxy: claude-sonnet: fallbacks (none) → gpt-4o")));
        QVERIFY(pd->blastRadiusText().contains(QLatin1String("Chat (prod)")));
        QVERIFY(pd->blastRadiusText().contains(QLatin1String("acme")));
        QVERIFY(pd->shownWarnings().join(QLatin1Char('\n')).contains(QLatin1String("no capacity information")));
        QTest::mouseClick(pd->findChild<QPushButton *>(QStringLiteral("continueButton")), Qt::LeftButton);

        QTRY_COMPARE(confirms.size(), 1);
        auto *cd = qobject_cast<ConfirmDialog *>(confirms.at(0).at(0).value<ConfirmDialog *>());
        QVERIFY(cd);
        auto *ok = cd->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QTest::keyClicks(cd->findChild<QLineEdit *>(QStringLiteral("reasonEdit")), QStringLiteral("Claude 529s"));
        QVERIFY(!ok->isEnabled()); // destructive: the target must be typed
        QTest::keyClicks(cd->findChild<QLineEdit *>(QStringLiteral("targetEdit")), QStringLiteral("anthropic"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        QTRY_COMPARE(outcomes.size(), 1);
        QVERIFY2(outcomes.at(0).at(0).value<routing::ApplyOutcome>().ok, qPrintable(panel.statusText()));
        QCOMPARE(gw.fallbacks.value(QStringLiteral("claude-sonnet")), QStringList{QStringLiteral("gpt-4o")});
        QCOMPARE(gw.deployments.at(0).weight, 0);

        auto *rollback = panel.findChild<QPushButton *>(QStringLiteral("rollbackButton"));
        QVERIFY(rollback->isEnabled());
        QTest::mouseClick(rollback, Qt::LeftButton);
        QTRY_COMPARE(confirms.size(), 2);
        auto *rd = confirms.at(1).at(0).value<ConfirmDialog *>();
        QTest::keyClicks(rd->findChild<QLineEdit *>(QStringLiteral("reasonEdit")), QStringLiteral("recovered"));
        QTest::mouseClick(rd->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_COMPARE(outcomes.size(), 2);
        QVERIFY(outcomes.at(1).at(0).value<routing::ApplyOutcome>().ok);
        QVERIFY(!gw.fallbacks.contains(QStringLiteral("claude-sonnet")));
        QCOMPARE(gw.deployments.at(0).weight, 80);
        QVERIFY(!rollback->isEnabled());
    }
};

QTEST_MAIN(TestRoutingUi)
#include "tst_routing_ui.moc"
