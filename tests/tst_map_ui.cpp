// The dependency map: scene built from configuration, health colours and shapes, edges that
// follow state changes and panning (through the edge tile cache), blast radius, layout off the UI
// thread, dragged positions kept, PNG export.
#include "estatefixture.h"

#include "config/config.h"
#include "core/settings.h"
#include "feeds/feedparser.h"
#include "healthpalette.h"
#include "map/edgeitem.h"
#include "map/maplivestate.h"
#include "map/mappanel.h"
#include "store/store.h"
#include "map/mapscene.h"
#include "topology/graphlayout.h"
#include "topology/topologybuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QScrollBar>
#include <QtTest>

using namespace wf;
using namespace wf::ui;
using topology::ids::app;
using topology::ids::component;
using topology::ids::gateway;
using topology::ids::model;
using topology::ids::provider;
using wf::test::LiveEstate;

class TestMapUi : public QObject
{
    Q_OBJECT

private:
    config::Config m_config;
    topology::Graph m_graph;

    // `apps` apps over `gateways` gateways, 7 models and `providers` providers, each app with
    // `routes` routes spread so that their edges cross.
    static topology::Graph syntheticGraph(int providers, int gateways, int apps, int routes)
    {
        config::Config c;
        for (int p = 0; p < providers; ++p) {
            config::ProviderConfig pc;
            pc.id = QStringLiteral("p%1").arg(p);
            pc.name = pc.id;
            c.providers << pc;
        }
        for (int g = 0; g < gateways; ++g) {
            config::GatewayConfig gc;
            gc.id = QStringLiteral("g%1").arg(g);
            gc.kind = QStringLiteral("haproxy");
            c.gateways << gc;
        }
        for (int a = 0; a < apps; ++a) {
            config::AppConfig ac;
            ac.id = QStringLiteral("a%1").arg(a);
            for (int r = 0; r < routes; ++r) {
                config::RouteConfig rc;
                rc.gateway = QStringLiteral("g%1").arg((a + r) % gateways);
                rc.provider = QStringLiteral("p%1").arg((a * 3 + r) % providers);
                rc.model = QStringLiteral("m%1").arg((a + 2 * r) % 7);
                ac.routes << rc;
            }
            c.apps << ac;
        }
        return topology::TopologyBuilder::build(c);
    }

    // Apps over a few gateways, models and providers: hundreds of crossing edges.
    static topology::Graph denseGraph() { return syntheticGraph(5, 8, 160, 2); }

private slots:
    void initTestCase()
    {
        auto r = config::ConfigLoader::loadFile(QStringLiteral(WF_TEST_DATA_DIR "/config/valid.yaml"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        m_config = *r;
        m_graph = topology::TopologyBuilder::build(m_config);
        QVERIFY(m_graph.nodeCount() > 5);
        // Dragged positions of an earlier run would pin nodes the layout checks expect to move.
        SettingValue<QVariantMap>::storage().clear();
    }

    void sceneMatchesGraph()
    {
        MapScene scene;
        scene.build(m_graph);
        QCOMPARE(scene.nodeCount(), m_graph.nodeCount());
        QCOMPARE(scene.edgeCount(), m_graph.edgeCount());
        for (const char *id : {"app:chat-prod", "gw:edge", "provider:anthropic", "provider:openai", "model:anthropic/claude-opus-4-6"})
            QVERIFY2(scene.node(QString::fromLatin1(id)), id);
        int edges = 0;
        for (QGraphicsItem *item : scene.items())
            edges += item->type() == EdgeItem::Type;
        QCOMPARE(edges, m_graph.edgeCount());
    }

    void healthColoursAndShapes()
    {
        MapScene scene;
        scene.build(m_graph);
        const topology::LayoutResult layout = topology::GraphLayout::layered(m_graph);
        scene.applyPositions(layout.positions);
        QVERIFY(scene.setState(provider(QStringLiteral("anthropic")), HealthState::MajorOutage));
        QVERIFY(scene.setState(provider(QStringLiteral("openai")), HealthState::Operational));
        QVERIFY(!scene.setState(QStringLiteral("provider:nope"), HealthState::MajorOutage));
        QCOMPARE(scene.node(provider(QStringLiteral("anthropic")))->state(), HealthState::MajorOutage);

        // Render the two provider nodes and check the pixels: the outage is red-filled, the
        // healthy one keeps a green stripe on a neutral fill.
        QImage img(1200, 900, QImage::Format_ARGB32);
        img.fill(Qt::black);
        auto sample = [&](const QString &id, QPointF offset) {
            NodeItem *n = scene.node(id);
            const QRectF src = n->sceneBoundingRect();
            QImage part(src.size().toSize(), QImage::Format_ARGB32);
            part.fill(Qt::black);
            QPainter p(&part);
            scene.render(&p, QRectF(QPointF(0, 0), src.size()), src);
            p.end();
            return part.pixelColor((QPointF(src.width() / 2, src.height() / 2) + offset).toPoint());
        };
        const QColor bad = sample(provider(QStringLiteral("anthropic")), QPointF(60, 12));
        QVERIFY2(bad.red() > bad.green() + 40, qPrintable(bad.name()));
        const QColor stripe = sample(provider(QStringLiteral("openai")), QPointF(-96, 0));
        QVERIFY2(stripe.green() > stripe.red() + 40, qPrintable(stripe.name()));
        // The state icon differs per state (shape, not only colour).
        QVERIFY(stateIcon(HealthState::MajorOutage).pixmap(16).toImage() != stateIcon(HealthState::Degraded).pixmap(16).toImage());
    }

    void edgesFollowStateChanges()
    {
        // The edge layer keeps what it drew in tiles: a state change must still recolour the
        // edges into the node, one at a time and in a storm.
        MapScene scene;
        scene.build(m_graph);
        scene.applyPositions(topology::GraphLayout::layered(m_graph).positions);
        NodeItem *target = scene.node(provider(QStringLiteral("anthropic")));
        QVERIFY(target);
        EdgeItem *edge = nullptr;
        for (EdgeItem *e : target->edges())
            if (e->to() == target)
                edge = e;
        QVERIFY(edge);

        MapView view(&scene);
        view.resize(360, 260);
        view.show();
        QCoreApplication::processEvents();
        view.resetTransform();
        const QPointF mid = edge->path().pointAtPercent(0.5);
        view.centerOn(mid);
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        auto frame = [&] {
            image.fill(Qt::white);
            QPainter p(&image);
            view.render(&p, QRectF(), view.viewport()->rect());
        };
        auto edgeColour = [&] { // the darkest pixel around the middle of the edge
            const QPoint c = view.mapFromScene(mid);
            QColor darkest = Qt::white;
            for (int dy = -2; dy <= 2; ++dy)
                for (int dx = -2; dx <= 2; ++dx) {
                    const QColor px = image.pixelColor(c + QPoint(dx, dy));
                    if (px.lightness() < darkest.lightness())
                        darkest = px;
                }
            return darkest;
        };

        // The first frame at a zoom is drawn directly, the second fills the tiles; after a
        // change the first frame may draw directly again and the next one refills what was
        // dropped. Every frame must show the current state.
        frame();
        QColor colour = edgeColour();
        QVERIFY2(colour != QColor(Qt::white) && std::abs(colour.red() - colour.green()) < 40, qPrintable(colour.name()));
        frame();
        QVERIFY(scene.edgeLayer()->cachedTiles() > 0);
        colour = edgeColour();
        QVERIFY2(colour != QColor(Qt::white) && std::abs(colour.red() - colour.green()) < 40, qPrintable(colour.name()));
        QVERIFY(scene.setState(target->id(), HealthState::MajorOutage));
        for (int i = 0; i < 3; ++i) {
            frame();
            colour = edgeColour();
            QVERIFY2(colour.red() > colour.green() + 60, qPrintable(QStringLiteral("frame %1: %2").arg(i).arg(colour.name())));
        }
        QVERIFY(scene.edgeLayer()->cachedTiles() > 0);
        scene.setStates({{target->id(), HealthState::Operational}});
        for (int i = 0; i < 3; ++i) {
            frame();
            colour = edgeColour();
            QVERIFY2(std::abs(colour.red() - colour.green()) < 40, qPrintable(QStringLiteral("frame %1: %2").arg(i).arg(colour.name())));
        }
    }

    void pannedEdgesMatchAFreshDrawing_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::newRow("100 %") << 1.0; // curves, antialiased or not by how many are in view
        QTest::newRow("far out") << 0.3; // straight lines
    }

    void pannedEdgesMatchAFreshDrawing()
    {
        // Panning copies the edge tiles drawn before and draws only new ones: the result must
        // look like the whole view drawn afresh (no seams, no shifted tiles).
        QFETCH(double, zoom);
        const topology::Graph g = denseGraph();
        MapScene scene;
        scene.build(g);
        scene.applyPositions(topology::GraphLayout::layered(g).positions);
        for (int i = 0; i < g.nodeCount(); i += 3)
            scene.setState(g.node(i).id, i % 2 ? HealthState::MajorOutage : HealthState::Degraded);
        MapView view(&scene);
        view.resize(400, 400);
        view.show();
        QCoreApplication::processEvents();
        view.setTransform(QTransform::fromScale(zoom, zoom));
        view.centerOn(scene.itemsBoundingRect().center());
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        auto frame = [&] {
            image.fill(Qt::white);
            QPainter p(&image);
            view.render(&p, QRectF(), view.viewport()->rect());
        };
        frame();
        for (int i = 0; i < 16; ++i) {
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 40);
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + 25);
            frame();
        }
        const QImage panned = image.copy();
        QVERIFY(scene.edgeLayer()->lastDrawnEdges() < scene.edgeCount()); // tiles were reused
        scene.edgeLayer()->edgesChanged();
        frame();
        QVERIFY(scene.edgeLayer()->lastDrawnEdges() > 0);
        int differing = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb a = panned.pixel(x, y), b = image.pixel(x, y);
                differing += std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))}) > 48;
            }
        QVERIFY2(differing <= image.width() * image.height() / 500, qPrintable(QString::number(differing)));
    }

    void edgesMeetTheirNodesInAWindow()
    {
        // Painted as part of a window (the painter then carries the view's offset in the window),
        // the cached edges must still end at their nodes: the same picture as the view alone.
        MapScene scene;
        scene.build(m_graph);
        scene.applyPositions(topology::GraphLayout::layered(m_graph).positions);
        QWidget window;
        window.resize(760, 520);
        auto *view = new MapView(&scene, &window);
        view->setGeometry(37, 23, 680, 460);
        window.show();
        QCoreApplication::processEvents();
        const QRect viewport(view->viewport()->mapTo(&window, QPoint(0, 0)), view->viewport()->size());
        const QImage inWindow = window.grab().toImage().copy(viewport).convertToFormat(QImage::Format_RGB32);
        QImage alone(viewport.size(), QImage::Format_RGB32);
        alone.fill(view->viewport()->palette().color(QPalette::Base));
        {
            QPainter p(&alone);
            view->render(&p, QRectF(), view->viewport()->rect());
        }
        int differing = 0;
        for (int y = 0; y < alone.height(); ++y)
            for (int x = 0; x < alone.width(); ++x) {
                const QRgb a = inWindow.pixel(x, y), b = alone.pixel(x, y);
                differing += std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))}) > 48;
            }
        QVERIFY2(differing <= alone.width() * alone.height() / 500, qPrintable(QString::number(differing)));
    }

    void badgesFollowTheServices()
    {
        // Every badge driven by the real services: the health engine (own incidents, ahead of
        // the status page), a status page on loopback (its incidents and maintenance), the
        // configured maintenance windows, routing actions through a LiteLLM-shaped gateway
        // (overridden until rolled back) and a change made behind Watchfloor's back (drift).
        LiveEstate estate;
        QString why;
        QVERIFY2(estate.start(&why), qPrintable(why));
        MapScene scene;
        scene.build(estate.graph);
        MapLiveState live(&scene, estate.config);
        live.setHealth(estate.health.get());
        live.setFeeds(estate.feeds.get());
        live.setRouting(estate.routing.get());
        live.syncAll();
        auto badges = [&](const QString &id) {
            NodeItem *n = scene.node(id);
            return n ? n->badges() : NodeBadges{};
        };
        const QString sonnet = model(QStringLiteral("alpha"), QStringLiteral("claude-sonnet"));
        const QString gpt = model(QStringLiteral("beta"), QStringLiteral("gpt-4o"));
        const QString alpha = provider(QStringLiteral("alpha"));
        const QString gw = gateway(QStringLiteral("llm-proxy"));
        const QString chat = app(QStringLiteral("chat-prod"));
        QVERIFY(scene.node(sonnet) && scene.node(gpt) && scene.node(gw) && scene.node(chat));
        scene.applyPositions(topology::GraphLayout::layered(estate.graph).positions);
        auto render = [&](const QString &id) {
            NodeItem *n = scene.node(id);
            const QRectF src = n->sceneBoundingRect();
            QImage part(src.size().toSize(), QImage::Format_ARGB32);
            part.fill(Qt::black);
            QPainter p(&part);
            scene.render(&p, QRectF(QPointF(0, 0), src.size()), src);
            return part;
        };

        // Nothing has happened yet; only the configured window on Beta's models is in force.
        QCOMPARE(badges(sonnet).openIncidents, 0);
        QCOMPARE(badges(alpha).openIncidents, 0);
        QVERIFY(!badges(alpha).aheadOfStatusPage);
        QVERIFY(badges(gpt).maintenance);
        QVERIFY(!badges(sonnet).maintenance);
        QVERIFY(!badges(gw).routingOverridden);
        QVERIFY(!badges(gw).drift);

        // Our probe fails past the threshold: an incident on the model, ahead of Alpha's page.
        estate.probeResults(QStringLiteral("sonnet-http"), 3, 3);
        QCOMPARE(estate.health->state(sonnet), HealthState::MajorOutage);
        QTRY_COMPARE(badges(sonnet).openIncidents, 1);
        QVERIFY(badges(sonnet).aheadOfStatusPage);
        QVERIFY(badges(alpha).aheadOfStatusPage);

        // Alpha's status page: an incident on the API component, maintenance on the web one.
        estate.feeds->pollNow(QStringLiteral("alpha"));
        QTRY_COMPARE(badges(component(QStringLiteral("alpha"), QStringLiteral("api1"))).openIncidents, 1);
        QCOMPARE(badges(alpha).openIncidents, 1);
        QVERIFY(badges(component(QStringLiteral("alpha"), QStringLiteral("web1"))).maintenance);
        QVERIFY(!badges(component(QStringLiteral("alpha"), QStringLiteral("api1"))).maintenance);

        // The probe recovers: the model's incident closes, nothing is ahead any more.
        estate.probeResults(QStringLiteral("sonnet-http"), 2, 0);
        QTRY_COMPARE(badges(sonnet).openIncidents, 0);
        QVERIFY(!badges(alpha).aheadOfStatusPage);

        // An operator moves Chat to Beta: the gateway and the app are marked, the direct app not.
        QSignalSpy finished(estate.routing.get(), &routing::RoutingController::actionFinished);
        routing::ApplyOutcome applied;
        estate.routing->preview(QStringLiteral("all-to-beta"), this, [&](const Result<routing::RoutingPreview> &pv) {
            QVERIFY2(pv.ok(), pv.ok() ? "" : qPrintable(pv.error().message));
            estate.routing->apply(*pv, QStringLiteral("alpha errors"), this, [&](const Result<routing::ApplyOutcome> &o) {
                if (o)
                    applied = *o;
            });
        });
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(applied.ok && applied.changed, qPrintable(applied.message));
        QCOMPARE(estate.gateway.deployments.at(0).weight, 0);
        QTRY_VERIFY(badges(gw).routingOverridden);
        QVERIFY(badges(chat).routingOverridden);
        QVERIFY(!badges(app(QStringLiteral("batch"))).routingOverridden);
        QCOMPARE(live.overriddenGateways(), QStringList{QStringLiteral("llm-proxy")});

        // Rolled back: the marks go.
        estate.routing->rollback(applied, QStringLiteral("alpha recovered"), this, [](const Result<routing::ApplyOutcome> &) {});
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(finished.at(1).at(0).value<routing::ApplyOutcome>().ok);
        QCOMPARE(estate.gateway.deployments.at(0).weight, 80);
        QTRY_VERIFY(!badges(gw).routingOverridden);
        QVERIFY(!badges(chat).routingOverridden);
        const QImage plain = render(gw);

        // Someone edits the gateway directly: the next read shows drift on the gateway node.
        QSignalSpy external(estate.routing.get(), &routing::RoutingController::externalChange);
        estate.gateway.deployments[1].weight = 50;
        estate.routing->refresh();
        QTRY_COMPARE(external.size(), 1);
        QTRY_VERIFY(badges(gw).drift);
        QVERIFY(!badges(chat).drift);
        QVERIFY2(live.driftOf(QStringLiteral("llm-proxy")).join(QLatin1Char('\n')).contains(QLatin1String("dep-gpt")),
                 qPrintable(live.driftOf(QStringLiteral("llm-proxy")).join(QLatin1Char('\n'))));

        // The badge is painted: the gateway looks different from before the drift.
        QVERIFY(render(gw) != plain);

        // Watchfloor sets the gateway itself: the drift is settled, the override is back.
        estate.routing->preview(QStringLiteral("all-to-beta"), this, [&](const Result<routing::RoutingPreview> &pv) {
            if (pv)
                estate.routing->apply(*pv, QStringLiteral("settle the drift"), this, [](const Result<routing::ApplyOutcome> &) {});
        });
        QTRY_COMPARE(finished.size(), 3);
        QTRY_VERIFY(!badges(gw).drift);
        QVERIFY(badges(gw).routingOverridden);
    }

    void routeEdgesShowLiveTraffic()
    {
        // Route edges: width from the live traffic share (the gateway's read-back weights once
        // known, the configured ones before), dashed when the route carries nothing, coloured by
        // the target's measured error rate.
        LiveEstate estate;
        QString why;
        QVERIFY2(estate.start(&why), qPrintable(why));
        MapScene scene;
        scene.build(estate.graph);
        MapLiveState live(&scene, estate.config);
        live.setHealth(estate.health.get());
        live.setRouting(estate.routing.get());
        live.syncAll();
        const QString toAlpha = QStringLiteral("route:chat-prod/0");
        const QString toBeta = QStringLiteral("route:chat-prod/1");
        auto edgeInto = [&](const QString &routeId) -> EdgeItem * { // app -> route
            for (EdgeItem *e : scene.node(routeId)->edges())
                if (e->to()->id() == routeId && e->kind() == topology::EdgeKind::AppRoute)
                    return e;
            return nullptr;
        };
        auto edgeOut = [&](const QString &routeId) -> EdgeItem * { // route -> target
            for (EdgeItem *e : scene.node(routeId)->edges())
                if (e->from()->id() == routeId && e->kind() == topology::EdgeKind::RouteTarget)
                    return e;
            return nullptr;
        };
        QVERIFY(edgeInto(toAlpha) && edgeOut(toAlpha) && edgeInto(toBeta) && edgeOut(toBeta));
        const QColor mid(Qt::gray), hl(Qt::blue);

        // Configured weights 80/20, nothing read from the gateway yet.
        QVERIFY(!live.routeShare(toAlpha).live);
        QCOMPARE(edgeInto(toAlpha)->trafficShare(), 0.8);
        QCOMPARE(edgeInto(toBeta)->trafficShare(), 0.2);
        QVERIFY(edgeInto(toAlpha)->look(mid, hl).width > edgeInto(toBeta)->look(mid, hl).width);
        QCOMPARE(edgeInto(toBeta)->look(mid, hl).penStyle, Qt::SolidLine);

        // The gateway says 0/100 (changed there): Beta's route carries everything, Alpha's is
        // dashed and thin, on both of its edges.
        estate.gateway.deployments[0].weight = 0;
        estate.gateway.deployments[1].weight = 100;
        estate.routing->refresh();
        QTRY_VERIFY(estate.routing->lastKnown(QStringLiteral("llm-proxy")).has_value());
        QTRY_COMPARE(edgeInto(toAlpha)->trafficShare(), 0.0);
        QVERIFY(live.routeShare(toAlpha).live);
        QCOMPARE(edgeInto(toBeta)->trafficShare(), 1.0);
        QCOMPARE(edgeOut(toBeta)->trafficShare(), 1.0);
        QCOMPARE(edgeInto(toAlpha)->look(mid, hl).penStyle, Qt::DashLine);
        QCOMPARE(edgeOut(toAlpha)->look(mid, hl).penStyle, Qt::DashLine);
        QCOMPARE(edgeInto(toBeta)->look(mid, hl).penStyle, Qt::SolidLine);
        QVERIFY(edgeInto(toBeta)->look(mid, hl).width > edgeInto(toAlpha)->look(mid, hl).width + 2);

        // Beta's probe: 1 of 4 results failing. Below the failure threshold the model stays
        // operational, but the route into it shows the 25 % error rate.
        QCOMPARE(QColor::fromRgba(edgeOut(toBeta)->look(mid, hl).colour), mid);
        estate.probeResults(QStringLiteral("gpt-http"), 4, 1);
        QCOMPARE(estate.health->state(model(QStringLiteral("beta"), QStringLiteral("gpt-4o"))), HealthState::Operational);
        live.syncAll();
        QCOMPARE(edgeOut(toBeta)->errorRate(), 0.25);
        QCOMPARE(QColor::fromRgba(edgeOut(toBeta)->look(mid, hl).colour), stateColor(HealthState::PartialOutage));
        QCOMPARE(QColor::fromRgba(edgeInto(toBeta)->look(mid, hl).colour), stateColor(HealthState::PartialOutage));
        // Alpha's target has no results: its edges keep the health colour.
        QCOMPARE(edgeOut(toAlpha)->errorRate(), -1.0);
        QCOMPARE(QColor::fromRgba(edgeOut(toAlpha)->look(mid, hl).colour), mid);
    }

    void routingOverrideSurvivesARestart()
    {
        // The audit log keeps what Watchfloor changed: a console started later marks the same
        // gateway and app until the rollback is in the log too.
        QTemporaryDir dir;
        store::Store store;
        auto opened = store.openAndWait(dir.filePath(QStringLiteral("audit.db")));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        LiveEstate estate;
        QString why;
        QVERIFY2(estate.start(&why, &store), qPrintable(why));
        QSignalSpy finished(estate.routing.get(), &routing::RoutingController::actionFinished);
        routing::ApplyOutcome applied;
        estate.routing->preview(QStringLiteral("alpha-down"), this, [&](const Result<routing::RoutingPreview> &pv) {
            if (pv)
                estate.routing->apply(*pv, QStringLiteral("alpha errors"), this, [&](const Result<routing::ApplyOutcome> &o) {
                    if (o)
                        applied = *o;
                });
        });
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(applied.ok && applied.auditId > 0, qPrintable(applied.message));

        auto restarted = [&] {
            auto scene = std::make_unique<MapScene>();
            scene->build(estate.graph);
            return scene;
        };
        {
            auto scene = restarted();
            MapLiveState live(scene.get(), estate.config);
            live.loadRoutingHistory(&store, 0);
            QTRY_VERIFY(scene->node(gateway(QStringLiteral("llm-proxy")))->badges().routingOverridden);
            QVERIFY(scene->node(app(QStringLiteral("chat-prod")))->badges().routingOverridden);
            QVERIFY(!scene->node(app(QStringLiteral("batch")))->badges().routingOverridden);
        }

        estate.routing->rollback(applied, QStringLiteral("alpha recovered"), this, [](const Result<routing::ApplyOutcome> &) {});
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(finished.at(1).at(0).value<routing::ApplyOutcome>().ok);
        {
            auto scene = restarted();
            MapLiveState live(scene.get(), estate.config);
            QSignalSpy ready(&live, &MapLiveState::historyLoaded);
            live.loadRoutingHistory(&store, 0);
            QTRY_COMPARE(ready.size(), 1);
            QVERIFY(live.overriddenGateways().isEmpty());
            QVERIFY(!scene->node(gateway(QStringLiteral("llm-proxy")))->badges().routingOverridden);
        }
    }

    void overviewKeepsAShapeChannel()
    {
        // Zoomed far out a node is a plain box without icon: bad states still differ by a mark
        // drawn in white (bar, diagonal, cross), not only by colour.
        MapScene scene;
        scene.build(m_graph);
        scene.applyPositions(topology::GraphLayout::layered(m_graph).positions);
        const QString id = provider(QStringLiteral("anthropic"));
        NodeItem *n = scene.node(id);
        auto whiteMask = [&](HealthState s) {
            scene.setState(id, s);
            const QRectF src = n->sceneBoundingRect();
            const double zoom = 0.25; // below the overview threshold
            QImage img((src.size() * zoom).toSize(), QImage::Format_ARGB32);
            img.fill(Qt::black);
            QPainter p(&img);
            scene.render(&p, QRectF(QPointF(0, 0), src.size() * zoom), src);
            p.end();
            QList<QPoint> mask;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x) {
                    const QColor c = img.pixelColor(x, y);
                    if (c.red() > 200 && c.green() > 200 && c.blue() > 200)
                        mask << QPoint(x, y);
                }
            return mask;
        };
        const auto degraded = whiteMask(HealthState::Degraded);
        const auto partial = whiteMask(HealthState::PartialOutage);
        const auto major = whiteMask(HealthState::MajorOutage);
        QVERIFY(!degraded.isEmpty());
        QVERIFY(!partial.isEmpty());
        QVERIFY(major.size() > partial.size()); // the cross has the partial diagonal and one more
        QVERIFY(degraded != partial);
        QVERIFY(partial != major);

        // Farther still (boxes too small for marks): the lit part of the box grows with the
        // severity, so the states differ by size as well.
        auto litColumns = [&](HealthState s) {
            scene.setState(id, s);
            const QRectF src = n->sceneBoundingRect();
            const double zoom = 0.08;
            QImage img((src.size() * zoom).toSize() + QSize(1, 1), QImage::Format_ARGB32);
            img.fill(Qt::black);
            QPainter p(&img);
            scene.render(&p, QRectF(QPointF(0, 0), src.size() * zoom), src);
            p.end();
            const QColor c = stateColor(s);
            const int y = int((n->pos().y() - src.top()) * zoom); // the node's middle row
            int lit = 0;
            for (int x = 0; x < img.width(); ++x) {
                const QColor px = img.pixelColor(x, y);
                lit += std::abs(px.red() - c.red()) + std::abs(px.green() - c.green()) + std::abs(px.blue() - c.blue()) < 60;
            }
            return lit;
        };
        const int litDegraded = litColumns(HealthState::Degraded);
        const int litPartial = litColumns(HealthState::PartialOutage);
        const int litMajor = litColumns(HealthState::MajorOutage);
        QVERIFY2(litDegraded < litPartial && litPartial < litMajor,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(litDegraded).arg(litPartial).arg(litMajor)));
    }

    void blastRadiusHighlightsDependents()
    {
        MapScene scene;
        scene.build(m_graph);
        const topology::BlastRadius r = scene.highlight(provider(QStringLiteral("anthropic")));
        QVERIFY(r.apps.contains(app(QStringLiteral("chat-prod"))));
        QCOMPARE(r.customers, (QStringList{QStringLiteral("Acme"), QStringLiteral("Globex")}));
        QVERIFY(!scene.node(app(QStringLiteral("chat-prod")))->isDimmed());
        QVERIFY(!scene.node(model(QStringLiteral("anthropic"), QStringLiteral("claude-opus-4-6")))->isDimmed());
        // OpenAI does not depend on Anthropic: dimmed.
        QVERIFY(scene.node(provider(QStringLiteral("openai")))->isDimmed());
        // Selecting the app lights its whole path, both providers included.
        scene.highlight(app(QStringLiteral("chat-prod")));
        QVERIFY(!scene.node(provider(QStringLiteral("openai")))->isDimmed());
        QVERIFY(!scene.node(gateway(QStringLiteral("edge")))->isDimmed());
        scene.highlight(QString());
        for (NodeItem *n : scene.nodes())
            QVERIFY(!n->isDimmed());
    }

    void problemsOnlyFilter()
    {
        MapScene scene;
        scene.build(m_graph);
        scene.setFilter(QString(), true);
        scene.setState(model(QStringLiteral("anthropic"), QStringLiteral("claude-opus-4-6")), HealthState::PartialOutage);
        QVERIFY(!scene.node(model(QStringLiteral("anthropic"), QStringLiteral("claude-opus-4-6")))->isDimmed());
        QVERIFY(scene.node(provider(QStringLiteral("openai")))->isDimmed());
    }

    void panelLaysOutOffThreadAndKeepsDraggedPositions()
    {
        MapPanel panel;
        panel.resize(1400, 800);
        QSignalSpy ready(&panel, &MapPanel::layoutReady);
        panel.setGraph(m_graph, {QStringLiteral("anthropic"), QStringLiteral("openai")});
        QVERIFY(ready.wait(20000));
        const auto result = ready.first().first().value<topology::LayoutResult>();
        QCOMPARE(result.positions.size(), m_graph.nodeCount());
        QCOMPARE(result.engine, QStringLiteral("dot"));
        QVERIFY(panel.lastLayoutThread());
        QVERIFY(panel.lastLayoutThread() != QThread::currentThread());
        QVERIFY(panel.lastLayoutThread() != qApp->thread());
        // Left to right: the app is left of the gateway, which is left of the provider.
        NodeItem *a = panel.scene()->node(app(QStringLiteral("chat-prod")));
        NodeItem *g = panel.scene()->node(gateway(QStringLiteral("edge")));
        NodeItem *p = panel.scene()->node(provider(QStringLiteral("anthropic")));
        QVERIFY(a->pos().x() < g->pos().x());
        QVERIFY(g->pos().x() < p->pos().x());

        // Drag the app with the mouse: it stays there after a new layout (positions are pinned)
        // and when the panel is created again (positions are saved).
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QWidget *viewport = panel.view()->viewport();
        const QPointF before = a->pos();
        const QPoint grab = panel.view()->mapFromScene(a->sceneBoundingRect().center());
        const QPoint delta(-70, 45);
        QSignalSpy moved(panel.scene(), &MapScene::nodeMoved);
        auto mouse = [viewport](QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons) {
            QMouseEvent e(type, QPointF(pos), QPointF(viewport->mapToGlobal(pos)), button, buttons, Qt::NoModifier);
            QApplication::sendEvent(viewport, &e);
        };
        mouse(QEvent::MouseButtonPress, grab, Qt::LeftButton, Qt::LeftButton);
        for (int step = 1; step <= 5; ++step)
            mouse(QEvent::MouseMove, grab + delta * step / 5, Qt::NoButton, Qt::LeftButton);
        mouse(QEvent::MouseButtonRelease, grab + delta, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(moved.size(), 1);
        const QPointF dragged = a->pos();
        const QPointF sceneDelta = dragged - before;
        const double scale = panel.view()->transform().m11();
        QVERIFY2(std::abs(sceneDelta.x() * scale - delta.x()) <= 2 && std::abs(sceneDelta.y() * scale - delta.y()) <= 2,
                 qPrintable(QStringLiteral("%1,%2 at scale %3").arg(sceneDelta.x()).arg(sceneDelta.y()).arg(scale)));
        ready.clear();
        panel.relayout(false);
        QVERIFY(ready.wait(20000));
        QCOMPARE(a->pos(), dragged);
        QTRY_VERIFY(SettingValue<QVariantMap>(QStringLiteral("Map/pinnedPositions")).get().contains(a->id()));
        {
            MapPanel again;
            QSignalSpy againReady(&again, &MapPanel::layoutReady);
            again.setGraph(m_graph, {QStringLiteral("anthropic"), QStringLiteral("openai")});
            QVERIFY(againReady.wait(20000));
            QCOMPARE(again.scene()->node(a->id())->pos(), dragged);
            QVERIFY(again.scene()->node(g->id())->pos() != dragged); // only the dragged node is pinned
        }
        ready.clear();
        panel.relayout(true);
        QVERIFY(ready.wait(20000));
        QVERIFY(a->pos() != dragged);
        QVERIFY(!SettingValue<QVariantMap>(QStringLiteral("Map/pinnedPositions")).get().contains(a->id()));

        // Blast radius list for a provider names the app and its customers.
        QVERIFY(panel.focusNode(provider(QStringLiteral("anthropic"))));
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("blastRadius"));
        QVERIFY(list);
        QStringList texts;
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
        QVERIFY2(texts.contains(QStringLiteral("Customer: Acme")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("App: Chat (production)")));

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("map.png"));
        QVERIFY(panel.exportPng(png));
        QImage img(png);
        QVERIFY(img.width() > 400);
    }

    void screenshotOfTheReplay()
    {
        // The map at 14:00 UTC on 2026-03-02, from the replay tst_timeline_replay_ui reads: every
        // Anthropic status component under the provider, coloured as the status page had it.
        const QString replay = QStringLiteral(WF_TEST_DATA_DIR "/feeds/replay-2026-03-02/");
        auto read = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const qint64 at = QDateTime::fromString(QStringLiteral("2026-03-02T14:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
        QString file;
        QJsonObject expected;
        const QJsonObject manifest = QJsonDocument::fromJson(read(replay + QStringLiteral("manifest.json"))).object();
        for (const auto &v : manifest.value(QLatin1String("snapshots")).toArray()) {
            const QJsonObject snap = v.toObject();
            if (QDateTime::fromString(snap.value(QLatin1String("time")).toString(), Qt::ISODate).toMSecsSinceEpoch() <= at) {
                file = snap.value(QLatin1String("file")).toString();
                expected = snap.value(QLatin1String("non_operational")).toObject();
            }
        }
        QVERIFY(!file.isEmpty());
        QVERIFY(expected.size() >= 3); // an outage in progress, not a green picture
        auto parser = feeds::FeedParser::create(QStringLiteral("statuspage"));
        auto snap = parser->parse(read(replay + file));
        QVERIFY(snap.ok());

        topology::Graph graph = m_graph;
        QHash<QString, HealthState> states;
        for (int i = 0; i < graph.nodeCount(); ++i)
            states.insert(graph.node(i).id, HealthState::Operational);
        HealthState worstComponent = HealthState::Operational;
        for (const auto &c : snap->components) {
            topology::TopologyBuilder::ensureComponent(graph, QStringLiteral("anthropic"), c.id, c.name);
            states.insert(topology::ids::component(QStringLiteral("anthropic"), c.id), c.state);
            worstComponent = worst(worstComponent, c.state);
        }
        states.insert(provider(QStringLiteral("anthropic")), worstComponent);

        MapPanel panel;
        panel.resize(1600, 900);
        QSignalSpy ready(&panel, &MapPanel::layoutReady);
        panel.setGraph(graph, {QStringLiteral("anthropic"), QStringLiteral("openai")});
        QVERIFY(ready.wait(20000));
        panel.scene()->setStates(states);
        int notOperational = 0;
        for (NodeItem *n : panel.scene()->nodes())
            notOperational += n->kind() == topology::NodeKind::Component && n->state() != HealthState::Operational;
        QCOMPARE(notOperational, int(expected.size()));
        QCOMPARE(panel.scene()->node(provider(QStringLiteral("anthropic")))->state(), worstComponent);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        QString dir = qEnvironmentVariable("WATCHFLOOR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = QStringLiteral(WF_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        const QImage shot = panel.grab().toImage();
        QCOMPARE(shot.size(), panel.size() * panel.devicePixelRatio());
        QVERIFY(shot.save(dir + QStringLiteral("/map-2026-03-02-1400.png")));
        QVERIFY(panel.exportPng(dir + QStringLiteral("/map-2026-03-02-1400-full.png")));
        QVERIFY(!QImage(dir + QStringLiteral("/map-2026-03-02-1400.png")).isNull());
    }

    void largeGraphUsesLayeredLayout()
    {
        // 2,000 apps over 40 gateways and 20 providers: beyond dot's budget, still laid out.
        const topology::Graph g = syntheticGraph(20, 40, 2000, 1);
        auto r = topology::GraphLayout::compute(g);
        QVERIFY(r.ok());
        QCOMPARE(r->engine, QStringLiteral("layered"));
        QCOMPARE(r->positions.size(), g.nodeCount());
        MapScene scene;
        scene.build(g);
        scene.applyPositions(r->positions);
        QCOMPARE(scene.nodeCount(), g.nodeCount());
    }
};

QTEST_MAIN(TestMapUi)
#include "tst_map_ui.moc"
