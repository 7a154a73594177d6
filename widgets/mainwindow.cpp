#include "mainwindow.h"
#include "core/clock.h"

#include "logmodel.h"
#include "theme.h"

#include "core/logging.h"
#include "core/settings.h"
#include "core/version.h"
#include "engine/engine.h"
#include "store/store.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace wf::ui {

namespace {
SettingValue<QByteArray> s_geometry(QStringLiteral("MainWindow/geometry"));
SettingValue<QByteArray> s_state(QStringLiteral("MainWindow/state"));
SettingValue<QString> s_lastView(QStringLiteral("MainWindow/lastView"));
} // namespace

MainWindow::MainWindow(Engine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Watchfloor — AI dependency health"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("views"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    m_logModel = new LogModel(this);
    auto *logView = new QTableView;
    logView->setObjectName(QStringLiteral("logView"));
    logView->setModel(m_logModel);
    logView->setAccessibleName(tr("Log"));
    logView->verticalHeader()->hide();
    logView->horizontalHeader()->setStretchLastSection(true);
    logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    logView->setWordWrap(false);
    logView->setColumnWidth(LogModel::TimeColumn, 170);
    logView->setColumnWidth(LogModel::LevelColumn, 70);
    logView->setColumnWidth(LogModel::CategoryColumn, 150);
    connect(m_logModel, &QAbstractItemModel::rowsInserted, logView, [logView] { logView->scrollToBottom(); });

    buildMenus();
    addPanel(logView, tr("Log"), QStringLiteral("logDock"), Qt::BottomDockWidgetArea);
    buildStatusBar();

    connect(m_engine, &Engine::started, this, &MainWindow::onStoreOpened);
    connect(m_engine, &Engine::storeFailed, this, &MainWindow::onStoreFailed);
    // The quick_check of a cleanly closed database runs after the views have their data; damage
    // it finds stays in the status bar (never a dialog: a wall screen must not be blocked).
    connect(m_engine->store(), &store::Store::integrityChecked, this, [this](bool ok, const QString &message) {
        if (ok)
            return;
        statusBar()->showMessage(message, 0);
        m_storeLabel->setToolTip(message);
    });
    resize(1400, 860);
}

MainWindow::~MainWindow() = default;

int MainWindow::addView(QWidget *view, const QString &title, const QString &objectName)
{
    view->setObjectName(objectName);
    const int index = m_tabs->addTab(view, title);
    if (index < 9) {
        auto *act = new QAction(title, this);
        act->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(act, &QAction::triggered, this, [this, view] {
            m_tabs->setCurrentWidget(view);
            view->setFocus(Qt::ShortcutFocusReason);
        });
        m_viewMenu->insertAction(m_viewMenu->actions().value(0), act);
    }
    if (objectName == s_lastView.get())
        m_tabs->setCurrentIndex(index);
    return index;
}

QDockWidget *MainWindow::addPanel(QWidget *panel, const QString &title, const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    // Alt+1..9 show a panel and move the keyboard focus into it (the View menu entry toggles it).
    if (m_panelCount < 9) {
        auto *go = m_panelsMenu->addAction(title);
        go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + m_panelCount)));
        connect(go, &QAction::triggered, this, [dock, panel] {
            dock->show();
            dock->raise();
            panel->setFocus(Qt::ShortcutFocusReason);
        });
    }
    ++m_panelCount;
    return dock;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addSeparator();
    QMenu *themes = m_viewMenu->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    const QString current = savedTheme(m_engine->config().ui.theme);
    for (const QString &name : themeNames()) {
        QAction *a = themes->addAction(themeLabel(name));
        a->setCheckable(true);
        a->setChecked(name == current);
        a->setData(name);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [name] { chooseTheme(name); });
    }
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(tr("&Go to panel"));
    m_wallAction = m_viewMenu->addAction(tr("&Wall mode"));
    m_wallAction->setObjectName(QStringLiteral("wallModeAction"));
    m_wallAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_wallAction->setStatusTip(tr("Full-screen, read-only display for the ops room (F11 or Escape to leave)"));
    m_viewMenu->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Watchfloor"), this, &MainWindow::showAbout)->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildStatusBar()
{
    m_roleLabel = new QLabel(this);
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    switch (m_engine->role()) {
    case config::Role::Viewer: m_roleLabel->setText(tr("Role: viewer (read-only)")); break;
    case config::Role::Operator: m_roleLabel->setText(tr("Role: operator")); break;
    case config::Role::Admin: m_roleLabel->setText(tr("Role: admin")); break;
    }
    m_storeLabel = new QLabel(tr("Opening database…"), this);
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_clockLabel = new QLabel(this);
    m_clockLabel->setObjectName(QStringLiteral("clockLabel"));
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_roleLabel);
    statusBar()->addPermanentWidget(m_clockLabel);
    m_clockTimer = new QTimer(this);
    auto tick = [this] { m_clockLabel->setText(wf::clock::nowUtc().toString(QStringLiteral("HH:mm:ss 'UTC'"))); };
    connect(m_clockTimer, &QTimer::timeout, this, tick);
    tick();
    m_clockTimer->start(1000);
}

void MainWindow::onStoreOpened(const store::OpenReport &report)
{
    m_storeLabel->setText(tr("Data: %1").arg(report.path));
    m_storeLabel->setToolTip(tr("SQLite schema version %1, journal mode %2").arg(report.schemaVersion).arg(report.journalMode));
    if (report.recovered) {
        // Not a modal dialog: a wall screen must never be blocked. The log keeps the details.
        statusBar()->showMessage(report.message, 0);
    }
}

void MainWindow::onStoreFailed(const QString &message)
{
    m_storeLabel->setText(tr("Database unavailable: %1").arg(message));
    qCCritical(lcStore).noquote() << message;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Watchfloor"),
        tr("<h3>Watchfloor %1</h3>"
           "<p>Operator console for AI dependency health: provider status feeds, own probes, "
           "dependency map, outage timeline and routing control.</p>"
           "<p>Qt %2 · libcurl %3 · SQLite %4</p>"
           "<p>Configuration: %5<br>Data: %6</p>")
            .arg(version(), QString::fromLatin1(qVersion()), curlVersion(), sqliteVersion(),
                 m_engine->config().sourceFile.toHtmlEscaped(), m_engine->databasePath().toHtmlEscaped()));
}

void MainWindow::restoreLayout()
{
    restoreGeometry(s_geometry.get());
    restoreState(s_state.get());
}

void MainWindow::saveLayout()
{
    s_geometry.set(saveGeometry());
    s_state.set(saveState());
    if (QWidget *w = m_tabs->currentWidget())
        s_lastView.set(w->objectName());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace wf::ui
