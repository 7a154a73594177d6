// The dependency map: scene built from configuration, health colours and shapes, edges that
// follow state changes and panning (through the edge tile cache), blast radius, layout off the UI
// thread, dragged positions kept, PNG export.
#include "config/config.h"
#include "core/settings.h"
#include "feeds/feedparser.h"
#include "healthpalette.h"
#include "map/edgeitem.h"
#include "map/mappanel.h"
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
using topology::ids::gateway;
using topology::ids::model;
using topology::ids::provider;

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
