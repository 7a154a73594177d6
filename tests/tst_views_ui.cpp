// Map and timeline as an operator drives them: the shared provider/state/tag filter, Ctrl+F,
// timeline wheel zoom, drag, collapsing, presets, jump to incident, marker tooltips and positions,
// exports (CSV rows, PNG images) and the light/dark/high-contrast themes kept across starts.
#include "config/config.h"
#include "core/settings.h"
#include "engine/engine.h"
#include "filterbar.h"
#include "healthpalette.h"
#include "mainwindow.h"
#include "map/mappanel.h"
#include "map/mapscene.h"
#include "map/nodeitem.h"
#include "store/store.h"
#include "theme.h"
#include "timeline/timelinepanel.h"
#include "topology/topologybuilder.h"
#include "viewfilter.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QToolButton>
#include <QToolTip>
#include <QtTest>

using namespace wf;
using namespace wf::ui;

namespace {
constexpr qint64 kMin = 60'000;
constexpr qint64 kHour = 3'600'000;
constexpr qint64 T = 1772445600000; // 2026-03-02 10:00:00 UTC

store::Observation obs(const QString &target, qint64 ts, HealthState s)
{
    store::Observation o;
    o.tsMs = ts;
    o.source = QStringLiteral("probe");
    o.target = target;
    o.state = stateKey(s);
    return o;
}

// Five lanes over four hours (an observation every five minutes):
//   anthropic/api      operational, major outage 11:00-12:00, operational
//   anthropic/console  operational throughout
//   openai/api         operational, degraded from 10:30
//   probe:claude-opus  operational, partial outage 11:00-11:30, operational
//   probe:dns          unknown throughout
HealthState scriptedState(const QString &target, qint64 t)
{
    const qint64 m = (t - T) / kMin;
    if (target == QLatin1String("anthropic/api"))
        return m >= 60 && m < 120 ? HealthState::MajorOutage : HealthState::Operational;
    if (target == QLatin1String("openai/api"))
        return m >= 30 ? HealthState::Degraded : HealthState::Operational;
    if (target == QLatin1String("probe:claude-opus"))
        return m >= 60 && m < 90 ? HealthState::PartialOutage : HealthState::Operational;
    if (target == QLatin1String("probe:dns"))
        return HealthState::Unknown;
    return HealthState::Operational;
}

const QStringList kTargets = {QStringLiteral("anthropic/api"), QStringLiteral("anthropic/console"), QStringLiteral("openai/api"),
                              QStringLiteral("probe:claude-opus"), QStringLiteral("probe:dns")};

// Incident updates at 10:30, 11:30, 12:30 and 13:30.
struct Update
{
    qint64 ts;
    const char *status;
    const char *body;
};
const Update kUpdates[] = {
    {T + 30 * kMin, "investigating", "We are investigating elevated errors on the API."},
    {T + 90 * kMin, "identified", "A faulty deploy was identified and is being rolled back."},
    {T + 150 * kMin, "monitoring", "Error rates are back to normal; we keep watching."},
    {T + 210 * kMin, "resolved", "This incident has been resolved."},
};

// How the console names lanes: group by provider, provider id and tags from configuration.
LaneInfo resolve(const QString &target)
{
    LaneInfo info{target, QString(), target};
    if (target.startsWith(QLatin1String("anthropic/"))) {
        info = LaneInfo{target.mid(10), QStringLiteral("Anthropic"), target};
        info.tags = {QStringLiteral("vendor:primary")};
    } else if (target.startsWith(QLatin1String("openai/"))) {
        info = LaneInfo{target.mid(7), QStringLiteral("OpenAI"), target};
        info.tags = {QStringLiteral("vendor:fallback")};
    } else if (target == QLatin1String("probe:claude-opus")) {
        info = LaneInfo{QStringLiteral("claude-opus (probe)"), QStringLiteral("Anthropic"), target};
        info.provider = QStringLiteral("anthropic");
        info.tags = {QStringLiteral("team:ml")};
    } else if (target == QLatin1String("probe:dns")) {
        info = LaneInfo{QStringLiteral("dns (probe)"), QStringLiteral("Own probes"), target};
    }
    return info;
}

QSet<QString> visibleLanes(const TimelineCanvas *canvas)
{
    QSet<QString> out;
    for (const auto &row : canvas->rows())
        if (!row.isGroup)
            out.insert(canvas->data().lanes[row.lane].target);
    return out;
}

QSet<QString> litNodes(const MapScene *scene)
{
    QSet<QString> out;
    for (NodeItem *n : scene->nodes())
        if (!n->isDimmed())
            out.insert(n->id());
    return out;
}

QSet<QString> setOf(std::initializer_list<const char *> ids)
{
    QSet<QString> out;
    for (const char *id : ids)
        out.insert(QString::fromLatin1(id));
    return out;
}

// Where the canvas draws a time (the same mapping it paints with).
double xOf(const TimelineCanvas *c, qint64 ts)
{
    const double w = c->width() - TimelineCanvas::kLabelWidth;
    return TimelineCanvas::kLabelWidth + double(ts - c->fromMs()) * w / double(c->toMs() - c->fromMs());
}

qint64 tsAt(const TimelineCanvas *c, double x)
{
    const double w = c->width() - TimelineCanvas::kLabelWidth;
    return c->fromMs() + qint64((x - TimelineCanvas::kLabelWidth) * double(c->toMs() - c->fromMs()) / w);
}

int rowY(const TimelineCanvas *, int row) { return TimelineCanvas::kAxisHeight + row * TimelineCanvas::kRowHeight; }

int groupRow(const TimelineCanvas *c, const QString &group)
{
    for (int r = 0; r < c->rows().size(); ++r)
        if (c->rows()[r].isGroup && c->rows()[r].group == group)
            return r;
    return -1;
}

void sendMouse(QWidget *w, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, QPointF(pos), QPointF(w->mapToGlobal(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

bool colourNear(const QColor &a, const QColor &b, int tolerance = 24)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

// The state menu entry of the filter bar for a state (or "Problems only" for -1).
QAction *stateAction(QWidget *parent, const QString &buttonName, int rankOrProblems)
{
    auto *button = parent->findChild<QToolButton *>(buttonName);
    if (!button || !button->menu())
        return nullptr;
    for (QAction *a : button->menu()->actions())
        if (!a->isSeparator() && a->data().toInt() == rankOrProblems)
            return a;
    return nullptr;
}

void selectData(QComboBox *box, const QString &value)
{
    const int i = box->findData(value);
    QVERIFY2(i >= 0, qPrintable(value));
    box->setCurrentIndex(i);
}
} // namespace

class TestViewsUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    config::Config m_config;
    topology::Graph m_graph;

    // A timeline panel on the scripted store, showing 10:00-14:00 (not live).
    std::unique_ptr<TimelinePanel> timeline(QSize size = QSize(1300, 600))
    {
        auto panel = std::make_unique<TimelinePanel>(m_store.get(), &resolve);
        panel->setClock([] { return T + 4 * kHour; });
        panel->resize(size);
        panel->show();
        if (!QTest::qWaitForWindowExposed(panel.get()))
            return nullptr;
        if (!showRange(panel.get(), T, T + 4 * kHour))
            return nullptr;
        return panel;
    }

    static bool showRange(TimelinePanel *panel, qint64 from, qint64 to)
    {
        QSignalSpy loaded(panel, &TimelinePanel::loaded);
        panel->showRange(from, to);
        return loaded.wait(5000) && panel->canvas()->fromMs() == from;
    }

private slots:
    void initTestCase()
    {
        SettingValue<QString>::storage().clear(); // pinned positions and theme of earlier runs
        m_store = std::make_unique<store::Store>();
        QVERIFY(m_store->openAndWait(m_dir.filePath(QStringLiteral("views.db"))).ok());
        QList<store::Observation> batch;
        for (qint64 t = T; t <= T + 4 * kHour; t += 5 * kMin)
            for (const QString &target : kTargets)
                batch << obs(target, t, scriptedState(target, t));
        QVERIFY(m_store->runSync<Status>([&](store::Database &db) { return store::Store::writeObservations(db, batch); }).ok());
        QString sql = QStringLiteral("INSERT INTO incidents(provider, incident_id, title, impact, status, started_ms) VALUES "
                                     "('anthropic', 'inc1', 'Elevated API errors', 'major', 'resolved', %1);")
                          .arg(kUpdates[0].ts);
        int n = 0;
        for (const Update &u : kUpdates)
            sql += QStringLiteral("INSERT INTO incident_updates(provider, incident_id, update_id, ts_ms, status, body) VALUES "
                                  "('anthropic', 'inc1', 'u%1', %2, '%3', '%4');")
                       .arg(++n).arg(u.ts).arg(QLatin1String(u.status), QLatin1String(u.body));
        QVERIFY(m_store->runSync<Status>([&](store::Database &db) { return db.exec(sql); }).ok());

        auto cfg = config::ConfigLoader::loadFile(QStringLiteral(WF_TEST_DATA_DIR "/config/valid.yaml"));
        QVERIFY2(cfg.ok(), cfg.ok() ? "" : qPrintable(cfg.error().message));
        m_config = *cfg;
        for (auto &p : m_config.providers) {
            if (p.id == QLatin1String("anthropic"))
                p.tags = {QStringLiteral("vendor:primary")};
            if (p.id == QLatin1String("openai"))
                p.tags = {QStringLiteral("vendor:fallback")};
        }
        for (auto &p : m_config.probes)
            if (p.id == QLatin1String("claude-opus"))
                p.tags = {QStringLiteral("team:ml")};
        m_graph = topology::TopologyBuilder::build(m_config);
    }

    // --- Filter: one object, both views ------------------------------------------------------

    void topologyCarriesTags()
    {
        auto tags = [this](const char *id) { return m_graph.find(QString::fromLatin1(id))->tags; };
        QCOMPARE(tags("app:chat-prod"), QStringList{QStringLiteral("tier:gold")});
        QCOMPARE(tags("route:chat-prod/0"), QStringList{QStringLiteral("tier:gold")});
        QCOMPARE(tags("provider:anthropic"), QStringList{QStringLiteral("vendor:primary")});
        QCOMPARE(tags("model:anthropic/claude-opus-4-6"), QStringList{QStringLiteral("vendor:primary")});
        QCOMPARE(tags("component:anthropic/k8w3r06qmzrp"), QStringList{QStringLiteral("vendor:primary")});
        QCOMPARE(tags("probe:claude-opus"), QStringList{QStringLiteral("team:ml")});
        QVERIFY(tags("gw:edge").isEmpty());
    }

    void mapFiltersByProviderStateAndTag()
    {
        MapPanel panel;
        panel.setGraph(m_graph, {QStringLiteral("anthropic"), QStringLiteral("openai")});
        MapScene *scene = panel.scene();
        scene->setState(QStringLiteral("provider:anthropic"), HealthState::MajorOutage);
        scene->setState(QStringLiteral("model:openai/gpt-4o"), HealthState::Degraded);
        scene->setState(QStringLiteral("probe:claude-opus"), HealthState::PartialOutage);
        auto *providerBox = panel.findChild<QComboBox *>(QStringLiteral("mapProviderFilter"));
        auto *tagBox = panel.findChild<QComboBox *>(QStringLiteral("mapTagFilter"));
        QVERIFY(providerBox && tagBox);
        QCOMPARE(litNodes(scene).size(), scene->nodeCount());

        // Provider: its own nodes plus the apps, routes and gateways that lead into it.
        selectData(providerBox, QStringLiteral("openai"));
        QSet<QString> lit = litNodes(scene);
        QVERIFY(lit.contains(QStringLiteral("provider:openai")));
        QVERIFY(lit.contains(QStringLiteral("model:openai/gpt-4o")));
        QVERIFY(lit.contains(QStringLiteral("app:chat-prod")));
        QVERIFY(lit.contains(QStringLiteral("gw:edge")));
        QVERIFY(!lit.contains(QStringLiteral("provider:anthropic")));
        QVERIFY(!lit.contains(QStringLiteral("model:anthropic/claude-opus-4-6")));
        QVERIFY(!lit.contains(QStringLiteral("probe:claude-opus")));
        selectData(providerBox, QString());

        // State: a multi-select; the checked states and nothing else.
        QAction *major = stateAction(&panel, QStringLiteral("mapStateFilter"), rank(HealthState::MajorOutage));
        QAction *degraded = stateAction(&panel, QStringLiteral("mapStateFilter"), rank(HealthState::Degraded));
        QVERIFY(major && degraded);
        major->trigger();
        QCOMPARE(litNodes(scene), setOf({"provider:anthropic"}));
        degraded->trigger();
        QCOMPARE(litNodes(scene), setOf({"provider:anthropic", "model:openai/gpt-4o"}));
        // A node entering a checked state lights up without touching the filter.
        scene->setState(QStringLiteral("gw:edge"), HealthState::MajorOutage);
        QVERIFY(litNodes(scene).contains(QStringLiteral("gw:edge")));
        scene->setState(QStringLiteral("gw:edge"), HealthState::Operational);
        major->trigger();
        degraded->trigger();
        QCOMPARE(litNodes(scene).size(), scene->nodeCount());
        QAction *problems = stateAction(&panel, QStringLiteral("mapStateFilter"), -1);
        QVERIFY(problems);
        problems->trigger();
        QCOMPARE(litNodes(scene), setOf({"provider:anthropic", "model:openai/gpt-4o", "probe:claude-opus"}));
        problems->trigger();

        // Tag: the tagged nodes; an app's tag keeps its routes.
        selectData(tagBox, QStringLiteral("tier:gold"));
        QCOMPARE(litNodes(scene), setOf({"app:chat-prod", "route:chat-prod/0", "route:chat-prod/1"}));
        selectData(tagBox, QStringLiteral("vendor:primary"));
        lit = litNodes(scene);
        QVERIFY(lit.contains(QStringLiteral("provider:anthropic")));
        QVERIFY(lit.contains(QStringLiteral("model:anthropic/claude-opus-4-6")));
        QVERIFY(lit.contains(QStringLiteral("component:anthropic/k8w3r06qmzrp")));
        QVERIFY(!lit.contains(QStringLiteral("provider:openai")));
        QVERIFY(!lit.contains(QStringLiteral("app:chat-prod")));
        selectData(tagBox, QString());
        QCOMPARE(litNodes(scene).size(), scene->nodeCount());
    }

    void timelineFiltersByProviderStateAndTag()
    {
        auto panel = timeline();
        QVERIFY(panel);
        TimelineCanvas *c = panel->canvas();
        const QSet<QString> all(kTargets.cbegin(), kTargets.cend());
        QCOMPARE(visibleLanes(c), all);
        auto *providerBox = panel->findChild<QComboBox *>(QStringLiteral("timelineProviderFilter"));
        auto *tagBox = panel->findChild<QComboBox *>(QStringLiteral("timelineTagFilter"));
        QVERIFY(providerBox && tagBox);
        // The choices come from the lanes loaded.
        QVERIFY(providerBox->findData(QStringLiteral("anthropic")) > 0);
        QVERIFY(providerBox->findData(QStringLiteral("openai")) > 0);
        QVERIFY(tagBox->findData(QStringLiteral("team:ml")) > 0);

        selectData(providerBox, QStringLiteral("anthropic"));
        QCOMPARE(visibleLanes(c), setOf({"anthropic/api", "anthropic/console", "probe:claude-opus"}));
        selectData(providerBox, QStringLiteral("openai"));
        QCOMPARE(visibleLanes(c), setOf({"openai/api"}));
        selectData(providerBox, QString());

        // State: lanes that were in a checked state somewhere in the visible range.
        QAction *major = stateAction(panel.get(), QStringLiteral("timelineStateFilter"), rank(HealthState::MajorOutage));
        QAction *unknown = stateAction(panel.get(), QStringLiteral("timelineStateFilter"), rank(HealthState::Unknown));
        QAction *problems = stateAction(panel.get(), QStringLiteral("timelineStateFilter"), -1);
        QVERIFY(major && unknown && problems);
        major->trigger();
        QCOMPARE(visibleLanes(c), setOf({"anthropic/api"}));
        unknown->trigger();
        QCOMPARE(visibleLanes(c), setOf({"anthropic/api", "probe:dns"}));
        major->trigger();
        unknown->trigger();
        problems->trigger();
        QCOMPARE(visibleLanes(c), setOf({"anthropic/api", "openai/api", "probe:claude-opus"}));
        // The outage of anthropic/api ended at 12:00: a range after it no longer lists the lane.
        QVERIFY(showRange(panel.get(), T + 150 * kMin, T + 4 * kHour));
        QCOMPARE(visibleLanes(c), setOf({"openai/api"}));
        problems->trigger();
        QVERIFY(showRange(panel.get(), T, T + 4 * kHour));

        selectData(tagBox, QStringLiteral("vendor:primary"));
        QCOMPARE(visibleLanes(c), setOf({"anthropic/api", "anthropic/console"}));
        selectData(tagBox, QStringLiteral("team:ml"));
        QCOMPARE(visibleLanes(c), setOf({"probe:claude-opus"}));
        selectData(tagBox, QString());
        QCOMPARE(visibleLanes(c), all);
    }

    void mapAndTimelineShareOneFilter()
    {
        MapPanel map;
        map.setGraph(m_graph, {QStringLiteral("anthropic"), QStringLiteral("openai")});
        auto panel = timeline();
        QVERIFY(panel);
        panel->setViewFilter(map.viewFilter()); // what the console does
        TimelineCanvas *c = panel->canvas();

        // Chosen on the map: the timeline follows, and its own controls show the choice.
        selectData(map.findChild<QComboBox *>(QStringLiteral("mapProviderFilter")), QStringLiteral("openai"));
        QCOMPARE(visibleLanes(c), setOf({"openai/api"}));
        auto *timelineProvider = panel->findChild<QComboBox *>(QStringLiteral("timelineProviderFilter"));
        QCOMPARE(timelineProvider->currentData().toString(), QStringLiteral("openai"));
        QVERIFY(map.scene()->node(QStringLiteral("provider:anthropic"))->isDimmed());

        // Chosen on the timeline: the map follows.
        selectData(panel->findChild<QComboBox *>(QStringLiteral("timelineTagFilter")), QStringLiteral("team:ml"));
        selectData(timelineProvider, QString());
        QCOMPARE(visibleLanes(c), setOf({"probe:claude-opus"}));
        QCOMPARE(litNodes(map.scene()), setOf({"probe:claude-opus"}));
        QCOMPARE(map.findChild<QComboBox *>(QStringLiteral("mapTagFilter"))->currentData().toString(), QStringLiteral("team:ml"));
        stateAction(panel.get(), QStringLiteral("timelineStateFilter"), rank(HealthState::MajorOutage))->trigger();
        QVERIFY(stateAction(&map, QStringLiteral("mapStateFilter"), rank(HealthState::MajorOutage))->isChecked());
        QVERIFY(visibleLanes(c).isEmpty()); // claude-opus was never in a major outage
        map.viewFilter()->setSpec(FilterSpec());
        QCOMPARE(visibleLanes(c).size(), kTargets.size());
        QCOMPARE(litNodes(map.scene()).size(), map.scene()->nodeCount());
    }

    void mapAndTimelineShareOneSelection()
    {
        MapPanel map;
        map.setGraph(m_graph, {QStringLiteral("anthropic"), QStringLiteral("openai")});
        auto panel = timeline();
        QVERIFY(panel);
        // What the console does.
        connect(&map, &MapPanel::nodeSelected, panel.get(), [&panel](const QString &id) {
            if (!panel->selectNode(id))
                panel->canvas()->setSelectedTarget(QString());
        });
        connect(panel.get(), &TimelinePanel::nodeSelected, &map, [&map](const QString &id) { map.focusNode(id); });
        TimelineCanvas *c = panel->canvas();

        // Picked on the map: its lane is marked, and expanded when its group was collapsed.
        c->setGroupCollapsed(QStringLiteral("Anthropic"), true);
        QVERIFY(map.focusNode(QStringLiteral("probe:claude-opus")));
        QCOMPARE(c->selectedTarget(), QStringLiteral("probe:claude-opus"));
        QVERIFY(!c->isGroupCollapsed(QStringLiteral("Anthropic")));
        QVERIFY(c->rowOf(QStringLiteral("probe:claude-opus")) >= 0);
        const QImage marked = c->grab().toImage();
        const int markedRow = c->rowOf(QStringLiteral("probe:claude-opus"));
        QCOMPARE(marked.pixelColor(10, rowY(c, markedRow) + TimelineCanvas::kRowHeight / 2), c->palette().color(QPalette::Highlight));

        // A node without a lane clears the mark instead of leaving a stale one.
        QVERIFY(map.focusNode(QStringLiteral("provider:anthropic")));
        QVERIFY(c->selectedTarget().isEmpty());

        // Picked on the timeline (its label): the map selects that node.
        QSignalSpy picked(panel.get(), &TimelinePanel::nodeSelected);
        QTest::mouseClick(c, Qt::LeftButton, Qt::NoModifier, QPoint(60, rowY(c, markedRow) + TimelineCanvas::kRowHeight / 2));
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.at(0).at(0).toString(), QStringLiteral("probe:claude-opus"));
        const auto selected = map.scene()->selectedItems();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(static_cast<NodeItem *>(selected.first())->id(), QStringLiteral("probe:claude-opus"));
        QCOMPARE(c->selectedTarget(), QStringLiteral("probe:claude-opus"));

        // Feed components: lanes "provider/component", map nodes "component:provider/component".
        QCOMPARE(TimelineCanvas::laneForNode(QStringLiteral("component:openai/api")), QStringLiteral("openai/api"));
        QCOMPARE(TimelineCanvas::nodeForLane(QStringLiteral("openai/api")), QStringLiteral("component:openai/api"));
        QCOMPARE(TimelineCanvas::nodeForLane(QStringLiteral("probe:dns")), QStringLiteral("probe:dns"));
    }

    // --- Ctrl+F ------------------------------------------------------------------------------

    void ctrlFFindsAndCentresANode()
    {
        MapPanel panel;
        panel.resize(900, 600);
        QSignalSpy ready(&panel, &MapPanel::layoutReady);
        panel.setGraph(m_graph, {QStringLiteral("anthropic"), QStringLiteral("openai")});
        QVERIFY(ready.wait(20000));
        panel.show();
        QApplication::setActiveWindow(&panel);
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.view()->setFocus();
        panel.view()->setTransform(QTransform::fromScale(3, 3));
        QSignalSpy selected(&panel, &MapPanel::nodeSelected);

        QLineEdit *search = panel.searchBox();
        QVERIFY(!search->hasFocus());
        QTest::keyClick(panel.view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("router"));
        QTest::keyClick(search, Qt::Key_Return);

        NodeItem *router = panel.scene()->node(QStringLiteral("gw:router"));
        QVERIFY(router);
        QVERIFY(router->isSelected());
        QCOMPARE(selected.last().first().toString(), router->id());
        QCOMPARE(panel.scene()->highlighted(), router->id());
        const QPointF centre = panel.view()->mapToScene(panel.view()->viewport()->rect().center());
        const QPointF want = router->sceneBoundingRect().center();
        QVERIFY2(QLineF(centre, want).length() < 3, qPrintable(QStringLiteral("centre %1,%2 node %3,%4")
                                                                   .arg(centre.x()).arg(centre.y()).arg(want.x()).arg(want.y())));

        // A name that matches nothing says so and keeps the selection.
        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("no-such-node"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(router->isSelected());
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("mapStatus"))->text().contains(QLatin1String("no-such-node")));
    }

    // --- Timeline interaction ----------------------------------------------------------------

    void wheelZoomsAroundTheCursor()
    {
        auto panel = timeline();
        QVERIFY(panel);
        TimelineCanvas *c = panel->canvas();
        const QPoint at(TimelineCanvas::kLabelWidth + (c->width() - TimelineCanvas::kLabelWidth) * 3 / 4, 60);
        const qint64 anchor = tsAt(c, at.x());
        const qint64 span = c->toMs() - c->fromMs();
        auto wheel = [&](int delta) {
            QWheelEvent e(QPointF(at), QPointF(c->mapToGlobal(at)), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
            QApplication::sendEvent(c, &e);
        };
        QSignalSpy changed(c, &TimelineCanvas::rangeChanged);
        wheel(120); // in
        QCOMPARE(changed.size(), 1);
        const qint64 zoomed = c->toMs() - c->fromMs();
        QVERIFY2(std::abs(zoomed - qint64(span * 0.8)) <= 1, qPrintable(QString::number(zoomed)));
        QVERIFY(c->fromMs() > T);
        QVERIFY(c->toMs() < T + 4 * kHour);
        // The time under the cursor stays under the cursor.
        const qint64 perPixel = zoomed / (c->width() - TimelineCanvas::kLabelWidth);
        QVERIFY2(std::abs(tsAt(c, at.x()) - anchor) <= 2 * perPixel, qPrintable(QString::number(tsAt(c, at.x()) - anchor)));
        wheel(-240); // out, two notches
        QVERIFY(c->toMs() - c->fromMs() > span);
        QVERIFY(std::abs(tsAt(c, at.x()) - anchor) <= 4 * perPixel);
    }

    void dragPans()
    {
        auto panel = timeline();
        QVERIFY(panel);
        TimelineCanvas *c = panel->canvas();
        const qint64 from = c->fromMs(), to = c->toMs();
        const double msPerPixel = double(to - from) / (c->width() - TimelineCanvas::kLabelWidth);
        const int y = rowY(c, 1) + 10;
        sendMouse(c, QEvent::MouseButtonPress, QPoint(900, y), Qt::LeftButton, Qt::LeftButton);
        sendMouse(c, QEvent::MouseMove, QPoint(800, y), Qt::NoButton, Qt::LeftButton);
        sendMouse(c, QEvent::MouseMove, QPoint(700, y), Qt::NoButton, Qt::LeftButton);
        sendMouse(c, QEvent::MouseButtonRelease, QPoint(700, y), Qt::LeftButton, Qt::NoButton);
        // Dragged 200 px to the left: later times come into view, the span is unchanged.
        QCOMPARE(c->toMs() - c->fromMs(), to - from);
        QVERIFY2(std::abs(double(c->fromMs() - from) - 200 * msPerPixel) <= msPerPixel,
                 qPrintable(QString::number(c->fromMs() - from)));
        // Moving after the release does not pan any more.
        const qint64 after = c->fromMs();
        sendMouse(c, QEvent::MouseMove, QPoint(300, y), Qt::NoButton, Qt::NoButton);
        QCOMPARE(c->fromMs(), after);
        // The panel reloads the new range.
        QSignalSpy loaded(panel.get(), &TimelinePanel::loaded);
        QVERIFY(loaded.wait(5000));
    }

    void collapsingAGroupHidesItsLanes()
    {
        auto panel = timeline();
        QVERIFY(panel);
        TimelineCanvas *c = panel->canvas();
        const int r = groupRow(c, QStringLiteral("Anthropic"));
        QVERIFY(r >= 0);
        const QPoint label(20, rowY(c, r) + TimelineCanvas::kRowHeight / 2);
        QTest::mouseClick(c, Qt::LeftButton, Qt::NoModifier, label);
        QVERIFY(c->isGroupCollapsed(QStringLiteral("Anthropic")));
        QCOMPARE(visibleLanes(c), setOf({"openai/api", "probe:dns"}));
        QVERIFY(groupRow(c, QStringLiteral("Anthropic")) >= 0); // the group row itself stays
        QTest::mouseClick(c, Qt::LeftButton, Qt::NoModifier, label);
        QVERIFY(!c->isGroupCollapsed(QStringLiteral("Anthropic")));
        QCOMPARE(visibleLanes(c).size(), kTargets.size());
    }

    void presetsSetTheRange_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<qint64>("span");
        QTest::addRow("1 hour") << 0 << kHour;
        QTest::addRow("6 hours") << 1 << 6 * kHour;
        QTest::addRow("24 hours") << 2 << 24 * kHour;
        QTest::addRow("7 days") << 3 << 7 * 24 * kHour;
        QTest::addRow("30 days") << 4 << 30 * 24 * kHour;
        QTest::addRow("90 days") << 5 << 90 * 24 * kHour;
    }

    void presetsSetTheRange()
    {
        QFETCH(int, index);
        QFETCH(qint64, span);
        TimelinePanel panel(m_store.get(), &resolve);
        const qint64 now = T + 4 * kHour;
        panel.setClock([now] { return now; });
        auto *presets = panel.findChild<QComboBox *>(QStringLiteral("timelinePresets"));
        QVERIFY(presets);
        QCOMPARE(panel.presetCount(), 6);
        // Chosen from the keyboard as an operator would: Home, then Down `index` times.
        panel.show();
        presets->setFocus();
        QTest::keyClick(presets, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(presets, Qt::Key_Down);
        QCOMPARE(presets->currentIndex(), index);
        TimelineCanvas *c = panel.canvas();
        QVERIFY2(std::abs((c->toMs() - c->fromMs()) - span) <= 1, qPrintable(QString::number(c->toMs() - c->fromMs())));
        // Live: the range ends just after now, the now-line in view.
        QVERIFY(c->isLive());
        QVERIFY(std::abs(c->toMs() - (now + span / 50)) <= 1);
    }

    void jumpToIncidentShowsIt()
    {
        auto panel = timeline();
        QVERIFY(panel);
        auto *incidents = panel->findChild<QComboBox *>(QStringLiteral("timelineIncidents"));
        QVERIFY(incidents);
        QTRY_VERIFY(incidents->count() >= 2);
        QVERIFY(incidents->itemText(1).contains(QLatin1String("Elevated API errors")));
        // Start far away from the incident, one hour wide.
        QVERIFY(showRange(panel.get(), T - 48 * kHour, T - 47 * kHour));
        incidents->setFocus();
        QTest::keyClick(incidents, Qt::Key_Home);
        QTest::keyClick(incidents, Qt::Key_Down);
        TimelineCanvas *c = panel->canvas();
        const qint64 started = kUpdates[0].ts;
        // Same width; the start sits a fifth in, so what followed is in view.
        QCOMPARE(c->toMs() - c->fromMs(), kHour);
        QVERIFY(c->fromMs() < started && started < c->toMs());
        QVERIFY2(std::abs((started - c->fromMs()) - kHour / 5) <= 1, qPrintable(QString::number(started - c->fromMs())));
        QVERIFY(!c->isLive());
    }

    void markerTooltipsAndPositions()
    {
        auto panel = timeline();
        QVERIFY(panel);
        TimelineCanvas *c = panel->canvas();
        QCOMPARE(c->data().markers.size(), int(std::size(kUpdates)));
        const int r = groupRow(c, QStringLiteral("Anthropic"));
        QVERIFY(r >= 0);
        const int y = rowY(c, r);
        const QImage image = c->grab().toImage();
        const QColor rowBackground = c->palette().color(QPalette::AlternateBase);
        for (const Update &u : kUpdates) {
            const int x = qRound(xOf(c, u.ts));
            // Hovering over the marker: its status and text.
            QHelpEvent help(QEvent::ToolTip, QPoint(x, y + 12), c->mapToGlobal(QPoint(x, y + 12)));
            QApplication::sendEvent(c, &help);
            const QString tip = QToolTip::text();
            QVERIFY2(tip.contains(QLatin1String(u.status)), qPrintable(tip));
            QVERIFY2(tip.contains(QString::fromLatin1(u.body).toHtmlEscaped()), qPrintable(tip));
            QVERIFY2(tip.contains(QLatin1String("Elevated API errors")), qPrintable(tip));
            for (const Update &other : kUpdates)
                if (other.ts != u.ts)
                    QVERIFY2(!tip.contains(QLatin1String(other.body)), qPrintable(tip));
            // Drawn at its own time: a marker box at x, none 14 px either side.
            const QColor inBox = image.pixelColor(x - 5, y + 6);
            QVERIFY2(inBox != rowBackground, qPrintable(QStringLiteral("%1 at x=%2: %3").arg(QLatin1String(u.status)).arg(x).arg(inBox.name())));
            QCOMPARE(image.pixelColor(x - 14, y + 6), rowBackground);
            QCOMPARE(image.pixelColor(x + 14, y + 6), rowBackground);
        }
        // The colour says the status: investigating red, resolved green.
        const QColor first = image.pixelColor(qRound(xOf(c, kUpdates[0].ts)) - 5, y + 6);
        const QColor last = image.pixelColor(qRound(xOf(c, kUpdates[3].ts)) - 5, y + 6);
        QVERIFY2(colourNear(first, stateColor(HealthState::MajorOutage)), qPrintable(first.name()));
        QVERIFY2(colourNear(last, stateColor(HealthState::Operational)), qPrintable(last.name()));
        // Away from any marker the group row has no tooltip.
        QHelpEvent away(QEvent::ToolTip, QPoint(qRound(xOf(c, T + 5 * kMin)), y + 12), c->mapToGlobal(QPoint(0, 0)));
        QApplication::sendEvent(c, &away);
        QTRY_VERIFY(QToolTip::text().isEmpty() || !QToolTip::isVisible());
    }

    // --- Exports -----------------------------------------------------------------------------

    void csvHasEveryVisibleLaneAndBand()
    {
        auto panel = timeline();
        QVERIFY(panel);
        // 10:30-13:30: bands are clipped to the visible range.
        QVERIFY(showRange(panel.get(), T + 30 * kMin, T + 210 * kMin));
        const qint64 from = T + 30 * kMin, to = T + 210 * kMin;
        const QStringList lines = panel->csv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("group,lane,target,from_utc,to_utc,state"));
        QHash<QString, QStringList> statesByTarget;
        qint64 lastEnd = 0;
        QString lastTarget;
        for (const QString &line : lines.mid(1)) {
            const QStringList f = line.split(QLatin1Char(','));
            QCOMPARE(f.size(), 6);
            const QString target = f[2].mid(1, f[2].size() - 2);
            const qint64 start = QDateTime::fromString(f[3], Qt::ISODateWithMs).toMSecsSinceEpoch();
            const qint64 end = QDateTime::fromString(f[4], Qt::ISODateWithMs).toMSecsSinceEpoch();
            QVERIFY2(start >= from && end <= to && start <= end, qPrintable(line));
            if (target == lastTarget)
                QCOMPARE(start, lastEnd); // bands of a lane follow each other without gaps
            lastTarget = target;
            lastEnd = end;
            statesByTarget[target] << f[5];
            QCOMPARE(stateKey(scriptedState(target, start)), f[5]);
        }
        QCOMPARE(QSet<QString>(statesByTarget.keyBegin(), statesByTarget.keyEnd()), visibleLanes(panel->canvas()));
        QCOMPARE(statesByTarget.size(), kTargets.size());
        QCOMPARE(statesByTarget.value(QStringLiteral("anthropic/api")),
                 (QStringList{QStringLiteral("operational"), QStringLiteral("major_outage"), QStringLiteral("operational")}));
        QCOMPARE(statesByTarget.value(QStringLiteral("openai/api")), QStringList{QStringLiteral("degraded")});
        QVERIFY(lines.contains(QStringLiteral("\"Anthropic\",\"api\",\"anthropic/api\",2026-03-02T11:00:00.000Z,2026-03-02T12:00:00.000Z,major_outage")));

        // Filtered views export what they show.
        panel->viewFilter()->setProvider(QStringLiteral("openai"));
        const QStringList filtered = panel->csv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(filtered.size(), 2);
        QVERIFY(filtered[1].contains(QLatin1String("\"openai/api\"")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("timeline.csv"));
        QVERIFY(panel->exportCsv(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), panel->csv());
        QVERIFY(!panel->exportCsv(dir.filePath(QStringLiteral("missing/dir/timeline.csv"))));
    }

    void pngExportsAreRealImages()
    {
        QTemporaryDir dir;
        MapPanel map;
        map.resize(1200, 700);
        QSignalSpy ready(&map, &MapPanel::layoutReady);
        map.setGraph(m_graph, {QStringLiteral("anthropic"), QStringLiteral("openai")});
        QVERIFY(ready.wait(20000));
        map.scene()->setState(QStringLiteral("provider:anthropic"), HealthState::MajorOutage);
        const QString mapPath = dir.filePath(QStringLiteral("map.png"));
        QVERIFY(map.exportPng(mapPath));
        QImage img(mapPath);
        QVERIFY(!img.isNull());
        const QSize expected = map.scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20).size().toSize();
        QVERIFY(expected.width() < 8000 && expected.height() < 8000); // exported at 1:1
        QCOMPARE(img.size(), expected);
        const QColor base = map.palette().color(QPalette::Base);
        int notBackground = 0, outage = 0;
        for (int yy = 0; yy < img.height(); yy += 2)
            for (int xx = 0; xx < img.width(); xx += 2) {
                const QColor px = img.pixelColor(xx, yy);
                notBackground += !colourNear(px, base, 8);
                outage += colourNear(px, stateColor(HealthState::MajorOutage), 30);
            }
        QVERIFY2(notBackground > img.width() * img.height() / 4 / 50, qPrintable(QString::number(notBackground)));
        QVERIFY2(outage > 20, qPrintable(QString::number(outage))); // the red provider node is in it

        auto panel = timeline();
        QVERIFY(panel);
        const QString timelinePath = dir.filePath(QStringLiteral("timeline.png"));
        QVERIFY(panel->exportPng(timelinePath));
        QImage tl(timelinePath);
        QVERIFY(!tl.isNull());
        QCOMPARE(tl.size(), panel->canvas()->size() * panel->canvas()->devicePixelRatio());
        QVERIFY(tl.height() >= TimelineCanvas::kAxisHeight + 8 * TimelineCanvas::kRowHeight); // three groups, five lanes
        // The outage band of anthropic/api is in the picture where the lane says.
        const TimelineCanvas *c = panel->canvas();
        int apiRow = -1;
        for (int r = 0; r < c->rows().size(); ++r)
            if (!c->rows()[r].isGroup && c->data().lanes[c->rows()[r].lane].target == QLatin1String("anthropic/api"))
                apiRow = r;
        QVERIFY(apiRow >= 0);
        const QColor band = tl.pixelColor(qRound(xOf(c, T + 90 * kMin)), rowY(c, apiRow) + 5);
        const QColor before = tl.pixelColor(qRound(xOf(c, T + 30 * kMin)), rowY(c, apiRow) + 5);
        QVERIFY2(band.red() > band.green() + 60, qPrintable(band.name()));
        QVERIFY2(before.green() > before.red(), qPrintable(before.name()));
        QVERIFY(!panel->exportPng(dir.filePath(QStringLiteral("missing/dir/timeline.png"))));
    }

    // --- Themes ------------------------------------------------------------------------------

    void themesApplyAndAreRemembered()
    {
        QTemporaryDir dir;
        auto cfg = config::ConfigLoader::loadDefault();
        QVERIFY(cfg.ok());
        Engine engine(*cfg, dir.path());
        auto themeActions = [](const QMainWindow &w) {
            QHash<QString, QAction *> out;
            for (QAction *top : w.menuBar()->actions())
                if (top->menu())
                    for (QAction *a : top->menu()->actions())
                        if (a->menu())
                            for (QAction *t : a->menu()->actions())
                                if (themeNames().contains(t->data().toString()))
                                    out.insert(t->data().toString(), t);
            return out;
        };
        auto qss = [](const QString &name) {
            QFile f(QStringLiteral(":/themes/%1.qss").arg(name));
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        auto windowColour = [] {
            QWidget probe;
            probe.setAutoFillBackground(true);
            probe.resize(20, 20);
            return probe.grab().toImage().pixelColor(10, 10);
        };
        {
            MainWindow w(&engine);
            const auto actions = themeActions(w);
            QCOMPARE(actions.size(), 3);

            actions.value(QStringLiteral("light"))->trigger();
            QCOMPARE(qApp->styleSheet(), qss(QStringLiteral("light")));
            QVERIFY(!qss(QStringLiteral("light")).isEmpty());
            const QColor light = windowColour();
            QVERIFY2(light.lightness() > 180, qPrintable(light.name()));
            QCOMPARE(SettingValue<QString>(QStringLiteral("Appearance/theme")).get(), QStringLiteral("light"));

            actions.value(QStringLiteral("dark"))->trigger();
            QCOMPARE(qApp->styleSheet(), qss(QStringLiteral("dark")));
            QVERIFY(qss(QStringLiteral("dark")) != qss(QStringLiteral("light")));
            QCOMPARE(windowColour(), QColor(0x1e, 0x22, 0x28));
            QCOMPARE(SettingValue<QString>(QStringLiteral("Appearance/theme")).get(), QStringLiteral("dark"));

            actions.value(QStringLiteral("high-contrast"))->trigger();
            QCOMPARE(qApp->styleSheet(), qss(QStringLiteral("high-contrast")));
            QCOMPARE(windowColour(), QColor(Qt::black));
            QCOMPARE(qApp->palette().color(QPalette::Highlight), QColor(Qt::yellow));
        }
        // Next start: the configuration says dark, the operator's choice wins and is checked.
        applyTheme(QStringLiteral("light"));
        QCOMPARE(savedTheme(QStringLiteral("dark")), QStringLiteral("high-contrast"));
        QVERIFY(applyTheme(savedTheme(QStringLiteral("dark"))));
        QCOMPARE(windowColour(), QColor(Qt::black));
        MainWindow again(&engine);
        QVERIFY(themeActions(again).value(QStringLiteral("high-contrast"))->isChecked());
        QVERIFY(!themeActions(again).value(QStringLiteral("dark"))->isChecked());
        // An unknown name is refused and changes nothing.
        QVERIFY(!chooseTheme(QStringLiteral("sepia")));
        QCOMPARE(qApp->styleSheet(), qss(QStringLiteral("high-contrast")));
        QCOMPARE(savedTheme(QStringLiteral("dark")), QStringLiteral("high-contrast"));
        applyTheme(QStringLiteral("dark"));
    }
};

QTEST_MAIN(TestViewsUi)
#include "tst_views_ui.moc"
