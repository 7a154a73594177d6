// The node detail panel and the selection around it, against an engine built from a small estate
// with real services on loopback: why a node is in its state (down to the probe condition that
// failed), the provider's status-page incidents with their updates, the routing in force as read
// back from the gateway, and the actions offered (routing previews, alert acknowledgement; none
// for viewers).
#include "estatefixture.h"

#include "alerts/alertengine.h"
#include "engine/engine.h"
#include "map/maplivestate.h"
#include "map/mappanel.h"
#include "map/nodedetailpanel.h"
#include "probes/probescheduler.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace wf;
using namespace wf::ui;
using topology::ids::app;
using topology::ids::gateway;
using topology::ids::model;
using topology::ids::provider;
using wf::test::LiveEstate;

class TestNodeDetailUi : public QObject
{
    Q_OBJECT

private:
    static QStringList buttonIds(const NodeDetailPanel &panel)
    {
        QStringList out;
        for (QPushButton *b : panel.findChildren<QPushButton *>())
            if (b->objectName().startsWith(QLatin1String("action:")) && b->isVisibleTo(&panel))
                out << b->objectName().mid(7);
        out.sort();
        return out;
    }

    static QPushButton *button(const NodeDetailPanel &panel, const QString &id)
    {
        for (QPushButton *b : panel.findChildren<QPushButton *>(QStringLiteral("action:") + id))
            if (b->isVisibleTo(&panel))
                return b;
        return nullptr;
    }

private slots:
    void sectionsAndActions()
    {
        LiveEstate estate;
        QString why;
        QVERIFY2(estate.start(&why), qPrintable(why));
        QTemporaryDir dir;
        Engine engine(estate.config, dir.path());
        engine.setRole(config::Role::Operator);
        QSignalSpy started(&engine, &Engine::started);
        engine.start();
        QVERIFY(started.wait(20000));

        // Real inputs: three failing runs of Alpha's model probe (its endpoint answers 529), a poll
        // of Alpha's status page and a read of the gateway.
        const QString sonnet = model(QStringLiteral("alpha"), QStringLiteral("claude-sonnet"));
        for (int i = 0; i < 3; ++i) {
            QSignalSpy result(engine.probes(), &probes::ProbeScheduler::resultReady);
            engine.probes()->runNow(QStringLiteral("sonnet-http"));
            QTRY_VERIFY_WITH_TIMEOUT(!result.isEmpty(), 10000);
        }
        QTRY_VERIFY(isBad(engine.health()->state(sonnet)));
        engine.feeds()->pollNow(QStringLiteral("alpha"));
        QTRY_VERIFY_WITH_TIMEOUT(engine.feeds()->status(QStringLiteral("alpha")).hasSnapshot, 10000);
        engine.routing()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(engine.routing()->lastKnown(QStringLiteral("llm-proxy")).has_value(), 10000);

        MapPanel map;
        map.setGraph(*engine.topology(), {QStringLiteral("alpha"), QStringLiteral("beta")});
        MapLiveState live(map.scene(), engine.config());
        live.setRouting(engine.routing());
        NodeDetailPanel panel(&engine);
        panel.setLiveState(&live);
        connect(&map, &MapPanel::nodeSelected, &panel, &NodeDetailPanel::showNode);
        panel.resize(500, 900);
        panel.show();

        // The model: why it is down names the probe, its outcome and the failed condition.
        QVERIFY(map.focusNode(sonnet));
        QCOMPARE(panel.nodeId(), sonnet);
        QString text = panel.text();
        QVERIFY2(text.contains(QLatin1String("sonnet-http")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("condition status in [200] failed (was 529)")), qPrintable(text));
        // Our own incident on it, ahead of the status page.
        QVERIFY2(text.contains(QLatin1String("ahead of the status page")), qPrintable(text));
        // An alert is open on it: acknowledging is offered next to the routing actions.
        const QString alertKey = alerts::Alert::makeKey(QStringLiteral("model-down"), sonnet);
        auto alertOpen = [&] {
            for (const alerts::Alert &a : engine.alerts()->alerts())
                if (a.key == alertKey && a.firing)
                    return true;
            return false;
        };
        QTRY_VERIFY(alertOpen());
        panel.showNode(sonnet);
        QCOMPARE(buttonIds(panel), (QStringList{QStringLiteral("ack:") + alertKey, QStringLiteral("policy:all-to-beta"), QStringLiteral("runbook:alpha-down")}));
        QVERIFY(button(panel, QStringLiteral("ack:") + alertKey));
        QTest::mouseClick(button(panel, QStringLiteral("ack:") + alertKey), Qt::LeftButton);
        bool acknowledged = false;
        for (const alerts::Alert &a : engine.alerts()->alerts())
            if (a.key == alertKey)
                acknowledged = a.isAcknowledged(engine.alerts()->now());
        QVERIFY(acknowledged);
        QVERIFY(!buttonIds(panel).contains(QStringLiteral("ack:") + alertKey));

        // The provider: the status page's incident with every update (time, status, text).
        QVERIFY(map.focusNode(provider(QStringLiteral("alpha"))));
        text = panel.text();
        QVERIFY2(text.contains(QLatin1String("Status page: Elevated API errors (identified)")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("identified: A bad deploy is being rolled back")));
        QVERIFY(text.contains(QLatin1String("investigating: We are looking into errors on the API")));
        QVERIFY(text.indexOf(QLatin1String("A bad deploy")) < text.indexOf(QLatin1String("We are looking"))); // newest first
        // Beta has no status page incident.
        QVERIFY(map.focusNode(provider(QStringLiteral("beta"))));
        QVERIFY(!panel.text().contains(QLatin1String("Status page:")));

        // The app: the routing in force as the gateway reports it, not only the configuration.
        estate.gateway.deployments[0].weight = 30;
        estate.gateway.deployments[1].weight = 70;
        engine.routing()->refresh();
        QTRY_VERIFY(engine.routing()->lastKnown(QStringLiteral("llm-proxy"))->find(QStringLiteral("chat"), QStringLiteral("dep-claude"))->weight == 30);
        QVERIFY(map.focusNode(app(QStringLiteral("chat-prod"))));
        text = panel.text();
        QVERIFY2(text.contains(QLatin1String("alpha/claude-sonnet: 30 % of the traffic (read back from the gateway)")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("beta/gpt-4o: 70 % of the traffic (read back from the gateway)")));
        QVERIFY(text.contains(QLatin1String("llm-proxy chat/dep-claude: ready, weight 30")));
        QCOMPARE(buttonIds(panel), (QStringList{QStringLiteral("policy:all-to-beta"), QStringLiteral("runbook:alpha-down")}));

        // A routing action opens the routing preview flow with its id.
        QSignalSpy previews(&panel, &NodeDetailPanel::routingPreviewRequested);
        QVERIFY(button(panel, QStringLiteral("runbook:alpha-down")));
        QTest::mouseClick(button(panel, QStringLiteral("runbook:alpha-down")), Qt::LeftButton);
        QCOMPARE(previews.size(), 1);
        QCOMPARE(previews.at(0).at(0).toString(), QStringLiteral("alpha-down"));

        // The gateway is touched by the policy too; the direct app by nothing.
        QVERIFY(map.focusNode(gateway(QStringLiteral("llm-proxy"))));
        QCOMPARE(buttonIds(panel), (QStringList{QStringLiteral("policy:all-to-beta"), QStringLiteral("runbook:alpha-down")}));
        QVERIFY(map.focusNode(app(QStringLiteral("batch"))));
        QVERIFY(buttonIds(panel).isEmpty());
        QVERIFY(!panel.findChild<QWidget *>(QStringLiteral("nodeActions"))->isVisible());

        // A viewer sees the same details and no actions.
        engine.setRole(config::Role::Viewer);
        QVERIFY(map.focusNode(app(QStringLiteral("chat-prod"))));
        QVERIFY(panel.text().contains(QLatin1String("of the traffic")));
        QVERIFY(buttonIds(panel).isEmpty());
        QVERIFY(!panel.findChild<QWidget *>(QStringLiteral("nodeActions"))->isVisible());
    }

    void chartsFollowTheSelectedNode()
    {
        // The charts show the probe that speaks for a selected node.
        LiveEstate estate;
        QString why;
        QVERIFY2(estate.start(&why), qPrintable(why));
        const topology::Graph &g = estate.graph;
        QCOMPARE(MapLiveState::chartTarget(g, model(QStringLiteral("alpha"), QStringLiteral("claude-sonnet"))), QStringLiteral("probe:sonnet-http"));
        QCOMPARE(MapLiveState::chartTarget(g, provider(QStringLiteral("alpha"))), QStringLiteral("probe:alpha-login"));
        QCOMPARE(MapLiveState::chartTarget(g, QStringLiteral("probe:gpt-http")), QStringLiteral("probe:gpt-http"));
        QCOMPARE(MapLiveState::chartTarget(g, app(QStringLiteral("batch"))), QString());
    }
};

QTEST_MAIN(TestNodeDetailUi)
#include "tst_nodedetail_ui.moc"
