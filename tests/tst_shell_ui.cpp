// The main window shell: views, panels, log panel, status bar, role display.
#include "config/config.h"
#include "core/logging.h"
#include "engine/engine.h"
#include "store/store.h"
#include "logmodel.h"
#include "mainwindow.h"
#include "providersmodel.h"

#include "core/version.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMessageBox>
#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace wf;

class TestShellUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { LogHub::install(); }

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
