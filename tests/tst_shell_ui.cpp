// The main window shell: views, panels, log panel, status bar, role display.
#include "alerts/alertspanel.h"
#include "cli.h"
#include "config/config.h"
#include "console.h"
#include "core/logging.h"
#include "engine/engine.h"
#include "store/store.h"
#include "logmodel.h"
#include "mainwindow.h"
#include "providersmodel.h"
#include "reports/impactview.h"
#include "sim/drillsession.h"
#include "wall/walltile.h"
#include "wall/wallview.h"
#include "wall/wallwindow.h"

#include "core/version.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QAbstractItemView>
#include <QAction>
#include <QMessageBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace wf;

namespace {

// A console built from a command line, as main() does; `config` is written to a file first
// (no providers: nothing leaves loopback).
std::unique_ptr<app::Console> startConsole(QStringList args, const QTemporaryDir &dir, QString *error)
{
    int exitCode = 0;
    app::Options options;
    args.prepend(QStringLiteral("watchfloor"));
    args << QStringLiteral("--data-dir") << dir.path();
    if (!app::parseCommandLine(args, options, exitCode)) {
        *error = QStringLiteral("command line rejected (%1)").arg(exitCode);
        return nullptr;
    }
    auto console = std::make_unique<app::Console>(options);
    const int rc = console->start();
    if (rc != -1) {
        *error = QStringLiteral("start failed with %1").arg(rc);
        return nullptr;
    }
    return console;
}

QString writeConfig(const QTemporaryDir &dir, const QByteArray &yaml)
{
    const QString path = dir.filePath(QStringLiteral("console.yaml"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(yaml);
    return path;
}

} // namespace

class TestShellUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { LogHub::install(); }

    // --wall starts read-only (viewer) whatever the configuration says; --role still wins.
    void wallFlagForcesViewerRole_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("wallShown");
        QTest::addRow("window") << QStringList{} << int(config::Role::Operator) << false;
        QTest::addRow("--wall") << QStringList{QStringLiteral("--wall")} << int(config::Role::Viewer) << true;
        QTest::addRow("--wall --role operator") << QStringList{QStringLiteral("--wall"), QStringLiteral("--role"), QStringLiteral("operator")}
                                                << int(config::Role::Operator) << true;
    }

    void wallFlagForcesViewerRole()
    {
        QFETCH(QStringList, args);
        QFETCH(int, role);
        QFETCH(bool, wallShown);
        QTemporaryDir dir;
        const QString config = writeConfig(dir, "ui:\n  role: operator\n");
        QVERIFY(!config.isEmpty());
        QString error;
        auto console = startConsole(args << QStringLiteral("--config") << config, dir, &error);
        QVERIFY2(console, qPrintable(error));
        QVERIFY(console->engine()->config().providers.isEmpty()); // loopback only
        QCOMPARE(int(console->engine()->role()), role);
        QCOMPARE(console->engine()->canWrite(), role != int(config::Role::Viewer));
        QVERIFY(console->wall());
        QCOMPARE(console->wall()->isVisible(), wallShown);
        QCOMPARE(console->window()->isVisible(), !wallShown);
        auto *alerts = console->window()->findChild<ui::AlertsPanel *>();
        QVERIFY(alerts);
        QCOMPARE(alerts->silenceAction()->isEnabled(), role != int(config::Role::Viewer));
        if (role == int(config::Role::Viewer)) {
            auto *roleLabel = console->window()->findChild<QLabel *>(QStringLiteral("roleLabel"));
            QVERIFY(roleLabel && roleLabel->text().contains(QLatin1String("read-only")));
        }
    }

    // A configuration accepted with warnings says so in the status bar, each warning with its
    // file, line and key; a clean one shows nothing there.
    void configWarningsAreShown()
    {
        QTemporaryDir dir;
        const QString config = writeConfig(dir, "ui:\n  role: operator\nhealth:\n  retention:\n    minute_rollups: 10d\n");
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("minute_rollups: is deprecated")));
        auto console = startConsole({QStringLiteral("--config"), config}, dir, &error);
        QVERIFY2(console, qPrintable(error));
        auto *label = console->window()->findChild<QLabel *>(QStringLiteral("configWarnings"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(QLatin1String("Configuration warnings: 1")), qPrintable(label->text()));
        QVERIFY2(label->toolTip().contains(QLatin1String("console.yaml:5: health.retention.minute_rollups")), qPrintable(label->toolTip()));
        console.reset();

        QTemporaryDir clean;
        const QString ok = writeConfig(clean, "ui:\n  role: operator\n");
        auto quiet = startConsole({QStringLiteral("--config"), ok}, clean, &error);
        QVERIFY2(quiet, qPrintable(error));
        QVERIFY(!quiet->window()->findChild<QLabel *>(QStringLiteral("configWarnings")));
    }

    // Keyboard: every view and every dock panel has a shortcut; accessibility: every custom
    // widget of the window and the wall carries a name a screen reader can say.
    void everyViewAndPanelHasShortcutAndName()
    {
        QTemporaryDir dir;
        const QString config = writeConfig(dir, "ui:\n  role: operator\n");
        QString error;
        auto console = startConsole({QStringLiteral("--config"), config}, dir, &error);
        QVERIFY2(console, qPrintable(error));
        ui::MainWindow *w = console->window();

        QHash<QString, QKeySequence> shortcutByText;
        for (QAction *a : w->findChildren<QAction *>())
            if (!a->shortcut().isEmpty())
                shortcutByText.insert(a->text(), a->shortcut());
        QTabWidget *views = w->views();
        QVERIFY(views->count() >= 7);
        QSet<QKeySequence> seen;
        for (int i = 0; i < views->count(); ++i) {
            const QString title = views->tabText(i);
            QVERIFY2(shortcutByText.contains(title), qPrintable(QStringLiteral("view \"%1\" has no shortcut").arg(title)));
            QVERIFY2(!seen.contains(shortcutByText.value(title)), qPrintable(title));
            seen.insert(shortcutByText.value(title));
        }
        const QList<QDockWidget *> docks = w->findChildren<QDockWidget *>();
        QVERIFY(docks.size() >= 3);
        for (QDockWidget *d : docks) {
            QVERIFY2(shortcutByText.contains(d->windowTitle()), qPrintable(QStringLiteral("panel \"%1\" has no shortcut").arg(d->windowTitle())));
            QVERIFY2(!seen.contains(shortcutByText.value(d->windowTitle())), qPrintable(d->windowTitle()));
            seen.insert(shortcutByText.value(d->windowTitle()));
        }
        QVERIFY(w->wallModeAction()->shortcut() == QKeySequence(Qt::Key_F11));
        QVERIFY(shortcutByText.values().contains(QKeySequence(Qt::CTRL | Qt::Key_K)));

        // The shortcut really switches the view.
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        const int last = views->count() - 1;
        QTest::keyClick(w, shortcutByText.value(views->tabText(last))[0].key(), shortcutByText.value(views->tabText(last))[0].keyboardModifiers());
        QCOMPARE(views->currentIndex(), last);

        // The widgets that draw themselves (a screen reader gets nothing from their children) and
        // the item views: each has a name, and each kind is really there.
        const QStringList selfDrawn = {QStringLiteral("wf::ui::MapView"), QStringLiteral("wf::ui::TimelineCanvas"),
                                       QStringLiteral("wf::ui::Sparkline"), QStringLiteral("wf::ui::WallView"),
                                       QStringLiteral("wf::ui::WallTile"), QStringLiteral("wf::ui::WallMapPage"),
                                       QStringLiteral("wf::ui::WallZoomPage")};
        QStringList unnamed;
        QSet<QString> found;
        QList<QWidget *> widgets = w->findChildren<QWidget *>();
        widgets += console->wall()->findChildren<QWidget *>();
        for (QWidget *x : std::as_const(widgets)) {
            const QString cls = QString::fromLatin1(x->metaObject()->className());
            // Header views and combo box popups speak through their owner.
            const bool view = qobject_cast<QAbstractItemView *>(x) && !qobject_cast<QHeaderView *>(x)
                && cls != QLatin1String("QComboBoxListView");
            if (!view && !selfDrawn.contains(cls))
                continue;
            if (qobject_cast<ui::WallTile *>(x) && x->isHidden())
                continue; // a spare slot on a tile page, with nothing to say
            found.insert(view ? QStringLiteral("item view") : cls);
            if (x->accessibleName().isEmpty())
                unnamed << cls + QLatin1Char(' ') + x->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        for (const QString &cls : selfDrawn)
            if (cls != QLatin1String("wf::ui::WallTile") && cls != QLatin1String("wf::ui::Sparkline"))
                QVERIFY2(found.contains(cls), qPrintable(cls));
        QVERIFY(found.contains(QStringLiteral("item view")));
        auto *alertList = w->findChild<ui::AlertsPanel *>()->findChild<QAbstractItemView *>();
        QVERIFY(alertList && !alertList->accessibleName().isEmpty());
    }

    // A drill on a machine without haproxy: the routes are direct (no gateway), the console says
    // routing is read-only and why; the drill is marked on the wall, in exports and in the
    // customer text.
    void drillWithoutHaproxy()
    {
        QTemporaryDir dir;
        QTemporaryDir emptyBin;
        const QByteArray oldPath = qgetenv("PATH");
        const QByteArray oldHaproxy = qgetenv("WATCHFLOOR_HAPROXY");
        const bool hadHaproxy = qEnvironmentVariableIsSet("WATCHFLOOR_HAPROXY");
        qputenv("PATH", emptyBin.path().toUtf8());
        qputenv("WATCHFLOOR_HAPROXY", "haproxy"); // by name through PATH only: no /usr/sbin fallback
        QString error;
        auto console = startConsole({QStringLiteral("--replay"), QStringLiteral("2026-03-02"), QStringLiteral("--speed"), QStringLiteral("60")}, dir, &error);
        qputenv("PATH", oldPath);
        if (hadHaproxy)
            qputenv("WATCHFLOOR_HAPROXY", oldHaproxy);
        else
            qunsetenv("WATCHFLOOR_HAPROXY");
        QVERIFY2(console, qPrintable(error));

        sim::DrillSession *drill = console->drill();
        QVERIFY(drill);
        QVERIFY(!drill->hasGateway());
        QVERIFY2(drill->routingNote().contains(QLatin1String("haproxy is not installed")), qPrintable(drill->routingNote()));
        const config::Config &cfg = console->engine()->config();
        QVERIFY(cfg.gateways.isEmpty());
        QVERIFY(!cfg.apps.isEmpty());
        for (const auto &a : cfg.apps)
            for (const auto &r : a.routes)
                QVERIFY2(r.gateway.isEmpty(), qPrintable(a.id));
        for (const auto &p : cfg.probes)
            QVERIFY2(p.via.isEmpty(), qPrintable(p.id));

        auto *note = console->window()->findChild<QLabel *>(QStringLiteral("drillRoutingNote"));
        QVERIFY(note);
        QCOMPARE(note->text(), drill->routingNote());
        QVERIFY(note->isVisible());
        QVERIFY(qobject_cast<QStatusBar *>(note->parentWidget()));
        auto *marker = console->window()->findChild<QLabel *>(QStringLiteral("drillMarker"));
        QVERIFY(marker && marker->text().startsWith(drill->marker()));

        // Outside the main window: the wall, the report request and the customer text.
        ui::WallView *wall = console->wall()->view();
        QVERIFY(wall->drillMarker()->text().startsWith(drill->marker()));
        QVERIFY(!wall->drillMarker()->isHidden());
        auto *impact = console->window()->findChild<ui::ImpactView *>();
        QVERIFY(impact);
        QCOMPARE(impact->drillNote(), drill->marker());
        QVERIFY2(impact->customerUpdateText().startsWith(drill->marker() + QLatin1Char('\n')), qPrintable(impact->customerUpdateText()));
        QSignalSpy exported(impact, &ui::ImpactView::exportFinished);
        const QString md = dir.filePath(QStringLiteral("drill-report.md"));
        impact->exportReportTo(md, 0, QDateTime::currentMSecsSinceEpoch() + 1);
        QVERIFY(exported.wait(20000));
        QVERIFY2(exported.at(0).at(1).toBool(), qPrintable(exported.at(0).at(2).toString()));
        QFile report(md);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(report.readAll()).contains(drill->marker()));
    }

    void windowShowsStoreAndRole()
    {
        QTemporaryDir dir;
        auto cfg = config::ConfigLoader::loadDefault();
        QVERIFY(cfg.ok());
        Engine engine(*cfg, dir.path());
        engine.setRole(config::Role::Viewer);
        ui::MainWindow w(&engine);
        w.addView(new QTableView, QStringLiteral("Providers"), QStringLiteral("providersView"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *role = w.findChild<QLabel *>(QStringLiteral("roleLabel"));
        QVERIFY(role);
        QVERIFY(role->text().contains(QLatin1String("read-only")));
        auto *store = w.findChild<QLabel *>(QStringLiteral("storeLabel"));
        QVERIFY(store);
        QSignalSpy started(&engine, &Engine::started);
        engine.start();
        QVERIFY(started.wait(5000));
        QVERIFY(store->text().contains(engine.databasePath()));
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("logDock")));
        QCOMPARE(w.views()->count(), 1);
    }

    void layoutAndLastViewAreRestoredOnNextStart()
    {
        QTemporaryDir dir;
        auto cfg = config::ConfigLoader::loadDefault();
        QVERIFY(cfg.ok());
        Engine engine(*cfg, dir.path());
        QByteArray geometry;
        {
            ui::MainWindow w(&engine);
            w.addView(new QTableView, QStringLiteral("Providers"), QStringLiteral("providersView"));
            w.addView(new QTableView, QStringLiteral("Timeline"), QStringLiteral("timelineView"));
            w.restoreLayout();
            w.resize(1111, 777);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.views()->setCurrentIndex(1);
            w.findChild<QDockWidget *>(QStringLiteral("logDock"))->hide();
            w.close(); // saves, as quitting the console does
        }
        ui::MainWindow again(&engine);
        again.addView(new QTableView, QStringLiteral("Providers"), QStringLiteral("providersView"));
        again.addView(new QTableView, QStringLiteral("Timeline"), QStringLiteral("timelineView"));
        again.restoreLayout();
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.views()->currentWidget()->objectName(), QStringLiteral("timelineView"));
        QCOMPARE(again.size(), QSize(1111, 777));
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("logDock"))->isVisible());
        // Leave the default layout for the other tests.
        again.findChild<QDockWidget *>(QStringLiteral("logDock"))->show();
        again.views()->setCurrentIndex(0);
        again.close();
    }

    void aboutShowsLibraryVersions()
    {
        QTemporaryDir dir;
        auto cfg = config::ConfigLoader::loadDefault();
        QVERIFY(cfg.ok());
        Engine engine(*cfg, dir.path());
        ui::MainWindow w(&engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString text;
        QTimer::singleShot(0, &w, [&] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            text = box->text();
            box->accept();
        });
        w.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        QVERIFY2(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("libcurl ") + curlVersion()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("SQLite ") + sqliteVersion()), qPrintable(text));
        QVERIFY(text.contains(version()));
    }

    void damageFoundAfterStartIsShown()
    {
        // A database closed cleanly, then damaged on disk: the console opens it at once, and the
        // background check's finding stays in the status bar.
        QTemporaryDir dir;
        auto cfg = config::ConfigLoader::loadString("ui:\n  role: viewer\n", QStringLiteral("viewer.yaml"));
        QVERIFY2(cfg.ok(), cfg.ok() ? "" : qPrintable(cfg.error().message));
        Engine engine(*cfg, dir.path());
        const QString path = engine.databasePath();
        {
            store::Store st;
            QVERIFY(st.openAndWait(path).ok());
            QList<store::Observation> batch;
            for (int i = 0; i < 5000; ++i)
                batch.append(store::Observation{i, QStringLiteral("probe"), QStringLiteral("t%1").arg(i % 7), QStringLiteral("operational"), 1.0, 200, {}, QStringLiteral("detail text %1").arg(i)});
            QVERIFY(st.runSync<Status>([&](store::Database &db) { return store::Store::writeObservations(db, batch); }).ok());
            st.runSync<Status>([](store::Database &db) { return db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE")); });
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(3 * 4096);
            f.write(QByteArray(2 * 4096, '\x7f'));
        }
        ui::MainWindow w(&engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy started(&engine, &Engine::started);
        engine.start();
        QVERIFY(started.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(w.statusBar()->currentMessage().contains(QLatin1String("damaged")), 10000);
        QVERIFY(w.statusBar()->currentMessage().contains(path));
        auto *label = w.findChild<QLabel *>(QStringLiteral("storeLabel"));
        QVERIFY(label && label->toolTip().contains(QLatin1String("restart")));
    }

    void logPanelShowsWarningsRedacted()
    {
        ui::LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(20);
        qCWarning(lcFeeds) << "feed anthropic failed: HTTP 503";
        qCInfo(lcGateways).noquote() << "litellm request with Authorization: Bearer sk-live-abcdefghijkl";
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ui::LogModel::CategoryColumn).data().toString(), QStringLiteral("watchfloor.feeds"));
        QCOMPARE(model.index(0, ui::LogModel::LevelColumn).data().toString(), QStringLiteral("Warning"));
        QVERIFY(model.index(0, ui::LogModel::MessageColumn).data().toString().contains(QLatin1String("HTTP 503")));
        const QString secretLine = model.index(1, ui::LogModel::MessageColumn).data().toString();
        QVERIFY2(!secretLine.contains(QLatin1String("abcdefghijkl")), qPrintable(secretLine));
        QVERIFY(secretLine.contains(QLatin1String("[redacted]")));
        // Capped: old rows go, the newest stay.
        for (int i = 0; i < 50; ++i)
            qCWarning(lcNet) << "warning" << i;
        QTRY_COMPARE(model.index(model.rowCount() - 1, ui::LogModel::MessageColumn).data().toString(), QStringLiteral("warning 49"));
        QCOMPARE(model.rowCount(), 20);
    }

    void providersModelRowUpdates()
    {
        auto cfg = config::ConfigLoader::loadDefault();
        QVERIFY(cfg.ok());
        ui::ProvidersModel model(cfg->providers);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), cfg->providers.size());
        const int row = model.rowOf(QStringLiteral("anthropic"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, ui::ProvidersModel::StateColumn).data().toString(), QStringLiteral("Awaiting first poll"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ui::ProvidersModel::Row live;
        live.polled = true;
        live.state = HealthState::MajorOutage;
        live.components = 6;
        live.componentsBad = 3;
        live.openIncidents = 2;
        live.lastGoodPoll = QDateTime::currentDateTimeUtc();
        model.updateRow(QStringLiteral("anthropic"), live);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), row); // only that row
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), row);
        QCOMPARE(model.index(row, ui::ProvidersModel::StateColumn).data().toString(), QStringLiteral("Major outage"));
        QCOMPARE(model.index(row, ui::ProvidersModel::ComponentsColumn).data().toString(), QStringLiteral("3 of 6 affected"));
        QCOMPARE(model.index(row, ui::ProvidersModel::NameColumn).data().toString(), QStringLiteral("Anthropic"));
        QCOMPARE(model.index(row, 0).data(ui::ProvidersModel::StateRole).toInt(), int(HealthState::MajorOutage));
    }
};

QTEST_MAIN(TestShellUi)
#include "tst_shell_ui.moc"
