#include "console.h"

#include "config/config.h"
#include "core/logging.h"
#include "core/settings.h"
#include "engine/engine.h"
#include "mainwindow.h"
#include "providersmodel.h"
#include "feeds/feedspanel.h"
#include "probes/probespanel.h"
#include "routing/routingpanel.h"
#include "alerts/alertengine.h"
#include "alerts/alertspanel.h"
#include "alerts/alerttray.h"
#include "alerts/desktopnotifier.h"
#include "alerts/freedesktopnotifications.h"
#include "theme.h"
#include "timeline/timelinepanel.h"
#include "map/mappanel.h"
#include "charts/chartspanel.h"
#include "map/maplivestate.h"
#include "map/nodedetailpanel.h"
#include "core/clock.h"
#include "health/healthengine.h"
#include "topology/topologybuilder.h"
#include "feeds/feedpoller.h"
#include "wall/healthwallsource.h"
#include "wall/wallwindow.h"
#include "reports/impacttracker.h"
#include "reports/impactview.h"
#include "sim/drillsession.h"

#include <QAction>
#include <QApplication>
#include <QScreen>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <functional>
#include <memory>

namespace wf::app {

Console::Console(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

Console::~Console()
{
    delete m_wall;
    m_window.reset();
}

void Console::buildWall(ui::TimelinePanel *timeline)
{
    // The ops-room wall: its own top-level window sharing the map scene and timeline data.
    auto *source = new ui::HealthWallSource(m_engine->config(), m_engine->topology(), m_engine->health(), this);
    const config::UiConfig &ui = m_engine->config().ui;
    connect(m_engine->feeds(), &feeds::FeedPoller::staleChanged, source, &ui::HealthWallSource::setFeedStale);
    m_wall = new ui::WallWindow(source, ui::WallView::Settings{ui.wallRotateMs, ui.localTimeZone});
    m_wall->addMapPage(m_mapPanel->scene());
    m_wall->addTimelinePage(timeline, timeline->canvas()->resolver());
    if (m_drill)
        m_wall->view()->setDrillNote(m_drill->marker());
    connect(m_wall, &ui::WallWindow::exitRequested, this, &Console::leaveWall);
    connect(m_window->wallModeAction(), &QAction::triggered, this, [this] { showWall(true); });
}

void Console::showWall(bool onWindowScreen)
{
    QScreen *screen = onWindowScreen && m_window->isVisible() ? m_window->screen() : ui::WallWindow::screenAt(m_options.screen);
    m_wall->showOn(screen);
}

void Console::leaveWall()
{
    m_wall->hide();
    if (!m_window->isVisible())
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void Console::buildMap()
{
    // Dependency map (first view) and the details of the selected node (a panel).
    auto *map = new ui::MapPanel;
    m_mapPanel = map;
    m_window->addView(map, QApplication::translate("main", "Map"), QStringLiteral("mapView"));
    auto *details = new ui::NodeDetailPanel(m_engine);
    m_window->addPanel(details, QApplication::translate("main", "Details"), QStringLiteral("detailsPanel"), Qt::RightDockWidgetArea);
    connect(map, &ui::MapPanel::nodeSelected, details, &ui::NodeDetailPanel::showNode);

    QStringList providerIds;
    for (const auto &p : m_engine->config().providers)
        providerIds << p.id;
    topology::Graph *graph = m_engine->topology();
    health::HealthEngine *health = m_engine->health();
    map->setGraph(*graph, providerIds);

    // Badges and route traffic follow the health engine, the feeds and the gateways.
    auto *live = new ui::MapLiveState(map->scene(), m_engine->config(), map);
    live->setHealth(health);
    live->setFeeds(m_engine->feeds());
    live->setRouting(m_engine->routing());
    m_mapLive = live;
    details->setLiveState(live);
    m_details = details;
    connect(map, &ui::MapPanel::layoutReady, live, &ui::MapLiveState::syncAll);
    // "Routing overridden" survives a restart: the audit log says what is still in place.
    connect(m_engine, &Engine::started, live, [this, live] {
        live->loadRoutingHistory(m_engine->store(), wf::clock::nowMs() - 90LL * 86'400'000);
    });
    // Feed components and Prometheus series join the graph at run time: rebuild when it grew.
    auto *sync = new QTimer(map);
    connect(sync, &QTimer::timeout, map, [map, graph, providerIds, live] {
        if (map->scene()->nodeCount() != graph->nodeCount() || map->scene()->edgeCount() != graph->edgeCount()) {
            map->setGraph(*graph, providerIds);
            return;
        }
        live->syncAll(); // stale and maintenance windows change with time alone
    });
    sync->start(2000);
}

int Console::start()
{
    auto cfg = m_options.configFile.isEmpty() ? config::ConfigLoader::loadDefault()
                                              : config::ConfigLoader::loadFile(m_options.configFile);
    if (!cfg) {
        std::fprintf(stderr, "watchfloor: %s\n", qPrintable(cfg.error().message));
        return 3;
    }
    QString dataDir = m_options.dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : m_options.dataDir;
    if (!m_options.replay.isEmpty()) {
        // Drill: simulator in-process, configuration pointing at it, a database of its own.
        m_drill = new sim::DrillSession(this);
        if (const Status st = m_drill->start(m_options.replay, m_options.speed); !st) {
            std::fprintf(stderr, "watchfloor: --replay: %s\n", qPrintable(st.error().message));
            return 3;
        }
        cfg = m_drill->config();
        dataDir = QDir(dataDir).filePath(QStringLiteral("drills/%1-%2").arg(m_drill->scenario().name,
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss"))));
        QDir().mkpath(dataDir);
    }
    m_engine = new Engine(*cfg, dataDir, this);
    if (m_options.role == QLatin1String("viewer"))
        m_engine->setRole(config::Role::Viewer);
    else if (m_options.role == QLatin1String("operator"))
        m_engine->setRole(config::Role::Operator);
    else if (m_options.role == QLatin1String("admin"))
        m_engine->setRole(config::Role::Admin);
    else if (m_options.wall)
        m_engine->setRole(config::Role::Viewer); // a wall is read-only unless --role says otherwise

    ui::applyTheme(ui::savedTheme(cfg->ui.theme));

    m_window = std::make_unique<ui::MainWindow>(m_engine);
    buildMap();

    auto *providers = new ui::ProvidersModel(cfg->providers, m_window.get());
    auto *providersView = new QTableView;
    providersView->setModel(providers);
    providersView->setAccessibleName(QApplication::translate("main", "Providers"));
    providersView->verticalHeader()->hide();
    providersView->horizontalHeader()->setStretchLastSection(true);
    providersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    providersView->setColumnWidth(ui::ProvidersModel::NameColumn, 220);
    providersView->setColumnWidth(ui::ProvidersModel::StateColumn, 200);
    providersView->setColumnWidth(ui::ProvidersModel::ComponentsColumn, 170);
    providersView->setColumnWidth(ui::ProvidersModel::IncidentsColumn, 120);
    providersView->setColumnWidth(ui::ProvidersModel::LastPollColumn, 130);
    m_window->addView(providersView, QApplication::translate("main", "Providers"), QStringLiteral("providersView"));

    // Live provider rows and the incidents/components panel, fed by the feed poller.
    providers->attach(m_engine->feeds());
    auto *feedsPanel = new ui::FeedsPanel(m_engine->feeds(), m_engine->store(), providers);
    m_window->addView(feedsPanel, QApplication::translate("main", "Incidents"), QStringLiteral("incidentsView"));
    connect(m_engine, &Engine::started, feedsPanel, [feedsPanel] { feedsPanel->loadHistory(); });
    connect(providersView, &QTableView::activated, feedsPanel, [feedsPanel](const QModelIndex &index) {
        const QString id = index.data(ui::ProvidersModel::ProviderIdRole).toString();
        feedsPanel->showComponentsOf(id);
        feedsPanel->setFilter(QStringLiteral("all"), id);
    });

    auto *probesPanel = new ui::ProbesPanel(m_engine);
    m_window->addView(probesPanel, QApplication::translate("main", "Probes"), QStringLiteral("probesView"));

    // Routing control: gateways, policies and runbooks; operators get preview/apply/roll back.
    auto *routingPanel = new ui::RoutingPanel(m_engine->routing());
    QDockWidget *routingDock = m_window->addPanel(routingPanel, QApplication::translate("main", "Routing"),
                                                  QStringLiteral("routingPanel"), Qt::RightDockWidgetArea);
    // "Actions available" in the node details open the same preview / confirm flow.
    connect(m_details, &ui::NodeDetailPanel::routingPreviewRequested, routingPanel, [routingPanel, routingDock](const QString &id) {
        routingDock->show();
        routingDock->raise();
        routingPanel->previewItem(id);
    });

    // On-call alerts: the list (acknowledge, silence, test webhook), tray icon and desktop messages.
    auto *alertsPanel = new ui::AlertsPanel(m_engine->alerts(), m_engine->webhookNotifiers());
    alertsPanel->setReadOnly(!m_engine->canWrite());
    m_window->addPanel(alertsPanel, QApplication::translate("main", "Alerts"), QStringLiteral("alertsPanel"), Qt::BottomDockWidgetArea);
    auto *tray = new ui::AlertTray(this); // outlives nothing that calls it: the engine goes first
    tray->setNotificationChannel(std::make_unique<alerts::FreedesktopNotifications>());
    for (alerts::DesktopNotifier *d : m_engine->desktopNotifiers())
        d->setSink(tray);
    connect(m_engine->alerts(), &alerts::AlertEngine::worstStateChanged, tray, &ui::AlertTray::setWorstState);
    connect(tray, &ui::AlertTray::activated, this, [this] {
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    });

    // Outage timeline: lanes per provider component and per probe, grouped by provider.
    const config::Config cfgCopy = *cfg;
    feeds::FeedPoller *poller = m_engine->feeds();
    auto resolver = [cfgCopy, poller](const QString &target) {
        ui::LaneInfo info{target, QString(), target};
        auto providerName = [&cfgCopy](const QString &id) {
            const config::ProviderConfig *p = cfgCopy.provider(id);
            return p ? p->name : id;
        };
        if (target.startsWith(QLatin1String("probe:"))) {
            const QString id = target.mid(6);
            info.label = id;
            info.group = QApplication::translate("main", "Own probes");
            for (const auto &p : cfgCopy.probes) {
                if (p.id != id)
                    continue;
                info.label = QApplication::translate("main", "%1 (probe)").arg(p.name);
                info.provider = p.provider;
                info.tags = p.tags;
                if (!p.provider.isEmpty())
                    info.group = providerName(p.provider);
            }
        } else if (const qsizetype slash = target.indexOf(QLatin1Char('/')); slash > 0 && !target.contains(QLatin1Char(':'))) {
            info.group = providerName(target.left(slash));
            info.label = target.mid(slash + 1);
            info.provider = target.left(slash);
            if (const config::ProviderConfig *p = cfgCopy.provider(info.provider))
                info.tags = p->tags;
            if (poller) {
                // Components are keyed by id (names get renamed); show the current name.
                for (const auto &c : poller->status(target.left(slash)).snapshot.components)
                    if (c.id == info.label)
                        info.label = c.name;
            }
        } else if (const qsizetype colon = target.indexOf(QLatin1Char(':')); colon > 0) {
            info.group = QApplication::translate("main", "Dependency map");
            info.label = target.mid(colon + 1);
        }
        return info;
    };
    auto *timeline = new ui::TimelinePanel(m_engine->store(), resolver);
    m_window->addView(timeline, QApplication::translate("main", "Timeline"), QStringLiteral("timelineView"));
    connect(m_engine, &Engine::started, timeline, &ui::TimelinePanel::reload);
    // One provider/state/tag filter for map and timeline: narrowing one view narrows the other.
    timeline->setViewFilter(m_mapPanel->viewFilter());
    // One selection too: a node picked on the map marks its lane, a lane picked here its node.
    connect(m_mapPanel, &ui::MapPanel::nodeSelected, timeline, [timeline](const QString &id) {
        if (!timeline->selectNode(id))
            timeline->canvas()->setSelectedTarget(QString());
    });
    connect(timeline, &ui::TimelinePanel::nodeSelected, m_mapPanel, [this](const QString &id) { m_mapPanel->focusNode(id); });

    // Latency / error-rate charts and availability per node.
    auto *charts = new ui::ChartsPanel(m_engine);
    m_window->addView(charts, QApplication::translate("main", "Charts"), QStringLiteral("chartsView"));
    // The charts follow the node selected on the map (through the probe that speaks for it).
    connect(m_mapPanel, &ui::MapPanel::nodeSelected, charts, [this, charts](const QString &id) {
        const QString target = ui::MapLiveState::chartTarget(*m_engine->topology(), id);
        if (!target.isEmpty())
            charts->setTarget(target);
    });
    buildWall(timeline);

    // Account managers: customer/app impact, incident report export and the customer update text.
    auto *impactTracker = new reports::ImpactTracker(m_engine->config(), m_engine->health(), m_window.get());
    auto *impactView = new ui::ImpactView(impactTracker, m_engine->store());
    if (m_drill)
        impactView->setDrillNote(m_drill->marker()); // exports and the customer text leave the console
    m_window->addView(impactView, QApplication::translate("main", "Impact"), QStringLiteral("impactView"));

    if (m_drill) {
        // Unmistakable on screen and in screenshots: this is a drill, not a live incident.
        m_window->setWindowTitle(m_window->windowTitle() + QStringLiteral(" — ") + m_drill->marker());
        auto *marker = new QLabel;
        marker->setObjectName(QStringLiteral("drillMarker"));
        marker->setStyleSheet(QStringLiteral("QLabel { background: #b45309; color: #ffffff; font-weight: bold; padding: 2px 8px; }"));
        marker->setToolTip(m_drill->routingNote());
        const QString widest = sim::DrillSession::tr("scenario time %1 UTC, ×%2").arg(QStringLiteral("00:00:00"), QStringLiteral("0000"));
        marker->setMinimumWidth(marker->fontMetrics().horizontalAdvance(m_drill->marker() + QStringLiteral(" · ") + widest) + 48);
        m_window->statusBar()->addPermanentWidget(marker);
        if (!m_drill->routingNote().isEmpty()) {
            auto *note = new QLabel(m_drill->routingNote());
            note->setObjectName(QStringLiteral("drillRoutingNote"));
            m_window->statusBar()->addPermanentWidget(note);
        }
        auto refresh = [this, marker] { marker->setText(m_drill->marker() + QStringLiteral(" · ") + m_drill->clockText()); };
        refresh();
        auto *tick = new QTimer(marker);
        connect(tick, &QTimer::timeout, marker, refresh);
        tick->start(1000);
    }

    if (!cfg->warnings.isEmpty()) {
        // Accepted with warnings (e.g. deprecated keys): visible without opening the log, each
        // one with its file, line and key in the tooltip.
        auto *warnings = new QLabel(QApplication::translate("main", "⚠ Configuration warnings: %1").arg(cfg->warnings.size()));
        warnings->setObjectName(QStringLiteral("configWarnings"));
        warnings->setAccessibleName(QApplication::translate("main", "Configuration warnings"));
        warnings->setToolTip(cfg->warnings.join(QLatin1Char('\n')));
        warnings->setStyleSheet(QStringLiteral("QLabel { color: #b45309; font-weight: bold; padding: 0 6px; }"));
        m_window->statusBar()->addPermanentWidget(warnings);
    }

    m_window->restoreLayout();
    if (!m_options.view.isEmpty())
        if (QWidget *v = m_window->views()->findChild<QWidget *>(m_options.view + QStringLiteral("View")))
            m_window->views()->setCurrentWidget(v);
    if (m_options.wall)
        showWall(false);
    else
        m_window->show();
    qCInfo(lcUi).noquote() << "configuration:" << cfg->sourceFile << "-" << cfg->providers.size() << "providers,"
                           << cfg->probes.size() << "probes," << cfg->gateways.size() << "gateways," << cfg->apps.size() << "apps";
    m_engine->start();

    if (m_options.exitAfterMs >= 0) {
        QTimer::singleShot(m_options.exitAfterMs, this, [this] { exitWhenOnScreen(); });
    }
    return -1;
}

void Console::exitWhenOnScreen()
{
    QWidget *shown = m_wall && m_wall->isVisible() ? static_cast<QWidget *>(m_wall) : m_window.get();
    // Smoke tests rely on this: grab() renders hidden widgets too, so a window that never
    // reached the screen is reported (exit code 4) instead of passing on a picture. The platform
    // exposes a new window asynchronously; --exit-after 0 (the cold-start benchmark) waits for
    // that first expose, at most 10 s, and grabs the first frame right then.
    const auto onScreen = [shown] { return shown->isVisible() && shown->windowHandle() && shown->windowHandle()->isExposed(); };
    const auto finish = [this, shown](bool exposed) {
        if (!m_options.screenshot.isEmpty() && exposed)
            shown->grab().save(m_options.screenshot);
        if (m_wall)
            m_wall->close();
        m_window->close();
        if (!exposed) {
            qCCritical(lcUi) << "the window was never shown on screen";
            QApplication::exit(4);
            return;
        }
        QApplication::quit();
    };
    if (onScreen() || !shown->isVisible() || !shown->windowHandle()) {
        finish(onScreen());
        return;
    }
    class ExposeWatch : public QObject
    {
    public:
        std::function<void()> exposed;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed() && exposed) {
                // After the window's own handling of this expose event.
                QTimer::singleShot(0, this, exposed);
                exposed = nullptr;
            }
            return false;
        }
    };
    auto *watch = new ExposeWatch;
    watch->setParent(this);
    auto done = std::make_shared<bool>(false);
    auto once = [finish, onScreen, done, watch](bool timedOut) {
        if (*done)
            return;
        *done = true;
        watch->deleteLater();
        finish(!timedOut || onScreen());
    };
    watch->exposed = [once] { once(false); };
    shown->windowHandle()->installEventFilter(watch);
    QTimer::singleShot(10000, watch, [once] { once(true); });
}

} // namespace wf::app
