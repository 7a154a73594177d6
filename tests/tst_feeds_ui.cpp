#include "loopbackserver.h"

#include "feeds/feedhistory.h"
#include "feeds/feedparser.h"
#include "feeds/feedpoller.h"
#include "feeds/componentsmodel.h"
#include "feeds/feedspanel.h"
#include "feeds/incidentsmodel.h"
#include "net/httpclient.h"
#include "providersmodel.h"
#include "store/database.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace wf;
using namespace wf::feeds;
using wf::test::HttpReply;
using wf::test::HttpRequest;
using wf::test::LoopbackServer;

namespace {

QByteArray replay(const QString &file)
{
    QFile f(QStringLiteral(WF_TEST_DATA_DIR "/feeds/replay-2026-03-02/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(file));
    return f.readAll();
}

QByteArray feedFile(const QString &rel)
{
    QFile f(QStringLiteral(WF_TEST_DATA_DIR "/feeds/") + rel);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(rel));
    return f.readAll();
}

FeedSnapshot parsed(const QString &file)
{
    auto r = FeedParser::create(QStringLiteral("statuspage"))->parse(replay(file), {});
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    return *r;
}

QList<config::ProviderConfig> providers(const QString &url)
{
    config::ProviderConfig a;
    a.id = QStringLiteral("anthropic");
    a.name = QStringLiteral("Anthropic");
    config::FeedConfig f;
    f.url = url;
    f.format = QStringLiteral("statuspage");
    f.intervalMs = 60000;
    a.feeds << f;
    config::ProviderConfig m;
    m.id = QStringLiteral("mistral");
    m.name = QStringLiteral("Mistral AI");
    m.feedNote = QStringLiteral("no verified feed");
    return {m, a};
}

} // namespace

class TestFeedsUi : public QObject
{
    Q_OBJECT

private slots:
    void providersTableFollowsThePoller()
    {
        QByteArray body = replay(QStringLiteral("1420.summary.json"));
        int status = 200;
        LoopbackServer server([&](const HttpRequest &) { return HttpReply::json(body, status); });
        QVERIFY(server.listen());
        net::HttpClient http;
        FeedPoller poller(&http);
        const auto cfg = providers(server.url(QStringLiteral("/api/v2/summary.json")).toString());
        poller.setProviders(cfg);
        ui::ProvidersModel model(cfg);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.attach(&poller);
        const int row = model.rowOf(QStringLiteral("anthropic"));
        QCOMPARE(row, 1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        poller.pollNow(QStringLiteral("anthropic"));
        QTRY_VERIFY_WITH_TIMEOUT(model.row(row).polled, 5000);
        QVERIFY(!changed.isEmpty());
        for (const auto &args : changed) {
            QCOMPARE(args.at(0).toModelIndex().row(), row); // only the polled provider's row
            QCOMPARE(args.at(1).toModelIndex().row(), row);
        }
        QCOMPARE(reset.count(), 0);
        const auto &r = model.row(row);
        QCOMPARE(r.state, HealthState::PartialOutage);
        QCOMPARE(r.openIncidents, 2);
        QCOMPARE(r.components, 6);
        QCOMPARE(r.componentsBad, 4);
        QCOMPARE(model.data(model.index(row, ui::ProvidersModel::StateColumn), Qt::DisplayRole).toString(), stateLabel(HealthState::PartialOutage));
        QCOMPARE(model.data(model.index(row, ui::ProvidersModel::IncidentsColumn), Qt::DisplayRole).toInt(), 2);
        QVERIFY(model.data(model.index(row, ui::ProvidersModel::LastPollColumn), Qt::DisplayRole).toString().contains(QLatin1String("s ago")));
        QCOMPARE(model.data(model.index(0, ui::ProvidersModel::SourceColumn), Qt::DisplayRole).toString(), QStringLiteral("no verified feed"));

        // Watch only Claude Cowork (operational): the row turns operational, the API incidents
        // that do not touch it drop out of the count.
        model.setWatchComponents(QStringLiteral("anthropic"), {QStringLiteral("Claude Cowork")});
        QCOMPARE(model.row(row).components, 1);
        QCOMPARE(model.row(row).componentsBad, 0);
        QCOMPARE(model.row(row).state, HealthState::Operational);
        model.setWatchComponents(QStringLiteral("anthropic"), {QStringLiteral("k8w3r06qmzrp")});
        QCOMPARE(model.row(row).components, 1);
        QCOMPARE(model.row(row).state, HealthState::PartialOutage);

        // A failure keeps the last state and shows the reason on the row.
        model.setWatchComponents(QStringLiteral("anthropic"), {});
        status = 503;
        body = "<html>unavailable</html>";
        changed.clear();
        poller.pollNow(QStringLiteral("anthropic"));
        QTRY_VERIFY_WITH_TIMEOUT(!model.row(row).lastError.isEmpty(), 5000);
        QVERIFY(model.row(row).lastError.contains(QLatin1String("HTTP 503")));
        QCOMPARE(model.row(row).state, HealthState::PartialOutage);
        QCOMPARE(model.data(model.index(row, ui::ProvidersModel::SourceColumn), Qt::DisplayRole).toString(), model.row(row).lastError);
        for (const auto &args : changed)
            QCOMPARE(args.at(0).toModelIndex().row(), row);
    }

    void staleShowsOnTheRow()
    {
        int status = 200;
        LoopbackServer server([&](const HttpRequest &) {
            return status == 200 ? HttpReply::json(replay(QStringLiteral("1140.summary.json"))) : HttpReply::json("{}", status);
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        FeedPoller poller(&http);
        poller.setJitterFraction(0);
        poller.setBackoffCapMs(100);
        auto cfg = providers(server.url(QStringLiteral("/s.json")).toString());
        cfg[1].feeds[0].intervalMs = 100;
        poller.setProviders(cfg);
        ui::ProvidersModel model(cfg);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.attach(&poller);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(model.row(1).polled, 5000);
        QCOMPARE(model.row(1).state, HealthState::Operational);
        status = 500;
        QTRY_VERIFY_WITH_TIMEOUT(model.row(1).stale, 5000);
        QVERIFY(model.data(model.index(1, ui::ProvidersModel::StateColumn), Qt::DisplayRole).toString().contains(QLatin1String("stale")));
        QCOMPARE(model.row(1).state, HealthState::Operational); // last known state, marked stale
    }

    // Representative hostile answers after a good poll: the provider row shows the specific
    // error, keeps the last good state and counts, and turns stale only once 3 x interval has
    // passed since the last good poll.
    void hostileErrorOnTheRow_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("goodFile");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("error");
        const QString sp = QStringLiteral("statuspage");
        const QString summary = QStringLiteral("replay-2026-03-02/1420.summary.json");
        const QString history = QStringLiteral("replay-2026-03-02/history.rss");
        const QByteArray json = "application/json; charset=utf-8";
        QTest::addRow("truncated JSON") << sp << summary << QStringLiteral("hostile/truncated-mid-string.json") << 200 << json << QByteArray()
                                        << QStringLiteral("Invalid JSON at byte 2089 (line 1, column 2090): unterminated string");
        QTest::addRow("HTML page with 200") << sp << summary << QStringLiteral("hostile/html-statuspage-200.html") << 200
                                            << QByteArray("text/html; charset=utf-8") << QByteArray()
                                            << QStringLiteral("The server sent an HTML page (Content-Type text/html; charset=utf-8)");
        QTest::addRow("wrong containers") << sp << summary << QStringLiteral("hostile/wrong-container-types.json") << 200 << json << QByteArray()
                                          << QStringLiteral("components: expected an array, got object");
        QTest::addRow("rate limited") << sp << summary << QStringLiteral("hostile/rate-limited-429.json") << 429 << json << QByteArray("120")
                                      << QStringLiteral("HTTP 429 from");
        QTest::addRow("S3 error as RSS") << QStringLiteral("rss") << history << QStringLiteral("hostile/xml-s3-error-200.xml") << 200
                                         << QByteArray("application/xml") << QByteArray()
                                         << QStringLiteral("Expected an RSS or Atom document, got root element <Error>");
        QTest::addRow("RSS with a DTD") << QStringLiteral("rss") << history << QStringLiteral("hostile-xml/entity-expansion-dtd.rss") << 200
                                        << QByteArray("application/rss+xml") << QByteArray()
                                        << QStringLiteral("XML with a document type declaration is not accepted");
    }

    void hostileErrorOnTheRow()
    {
        QFETCH(QString, format);
        QFETCH(QString, goodFile);
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, error);

        bool hostile = false;
        LoopbackServer server([&](const HttpRequest &) {
            HttpReply r;
            r.status = hostile ? status : 200;
            const QByteArray goodType = format == QLatin1String("rss") ? QByteArray("application/rss+xml") : QByteArray("application/json");
            r.headers = {{QByteArrayLiteral("Content-Type"), hostile ? contentType : goodType}};
            if (hostile && !retryAfter.isEmpty())
                r.headers.append({QByteArrayLiteral("Retry-After"), retryAfter});
            r.body = feedFile(hostile ? file : goodFile);
            return r;
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        FeedPoller poller(&http);
        poller.setJitterFraction(0);
        poller.setBackoffCapMs(100);
        const int intervalMs = 300;
        auto cfg = providers(server.url(QStringLiteral("/feed")).toString());
        cfg[1].feeds[0].format = format;
        cfg[1].feeds[0].intervalMs = intervalMs;
        poller.setProviders(cfg);
        ui::ProvidersModel model(cfg);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.attach(&poller);
        const int row = model.rowOf(QStringLiteral("anthropic"));
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(model.row(row).polled, 5000);
        hostile = true;
        const ui::ProvidersModel::Row good = model.row(row);
        QVERIFY(good.lastError.isEmpty());
        QVERIFY(!good.stale);

        QTRY_VERIFY_WITH_TIMEOUT(!model.row(row).lastError.isEmpty(), 5000);
        const ui::ProvidersModel::Row failed = model.row(row);
        QVERIFY2(failed.lastError.contains(error), qPrintable(failed.lastError));
        QCOMPARE(model.data(model.index(row, ui::ProvidersModel::SourceColumn), Qt::DisplayRole).toString(), failed.lastError);
        QVERIFY(model.data(model.index(row, ui::ProvidersModel::SourceColumn), Qt::ForegroundRole).isValid());
        QCOMPARE(failed.state, good.state);
        QCOMPARE(failed.components, good.components);
        QCOMPARE(failed.openIncidents, good.openIncidents);
        QCOMPARE(failed.lastGoodPoll, good.lastGoodPoll);

        QTRY_VERIFY_WITH_TIMEOUT(model.row(row).stale, 5000);
        const QDateTime staleSeen = QDateTime::currentDateTimeUtc();
        QVERIFY2(good.lastGoodPoll.msecsTo(staleSeen) >= 3 * intervalMs, qPrintable(QString::number(good.lastGoodPoll.msecsTo(staleSeen))));
        const ui::ProvidersModel::Row stale = model.row(row);
        QCOMPARE(stale.state, good.state);
        QCOMPARE(stale.components, good.components);
        QCOMPARE(stale.openIncidents, good.openIncidents);
        QVERIFY(stale.lastError.contains(error));
        QVERIFY(model.data(model.index(row, ui::ProvidersModel::StateColumn), Qt::DisplayRole).toString().contains(QLatin1String("stale")));
    }

    // A provider renames a component (same id): stored history keeps one component id with the
    // new name, the components table keeps one row, and a watch list that named the component
    // keeps watching it.
    void renamedComponentKeepsItsIdRowAndWatch()
    {
        const QString id = QStringLiteral("k8w3r06qmzrp");
        const QString oldName = QStringLiteral("Claude API (api.anthropic.com)");
        const QString newName = QStringLiteral("Claude Platform API");
        const QByteArray before = replay(QStringLiteral("1420.summary.json"));
        QByteArray after = before;
        after.replace(oldName.toUtf8(), newName.toUtf8());
        QVERIFY(after != before);

        QTemporaryDir dir;
        store::Store store;
        QVERIFY(store.openAndWait(dir.filePath(QStringLiteral("w.db"))).ok());
        QByteArray body = before;
        LoopbackServer server([&](const HttpRequest &) { return HttpReply::json(body); });
        QVERIFY(server.listen());
        net::HttpClient http;
        FeedPoller poller(&http);
        auto cfg = providers(server.url(QStringLiteral("/api/v2/summary.json")).toString());
        cfg[1].watchComponents = {oldName}; // as written in watch_components
        poller.setProviders(cfg);
        ui::ProvidersModel model(cfg);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.attach(&poller);
        ui::ComponentsModel components;
        QAbstractItemModelTester tester2(&components, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = model.rowOf(QStringLiteral("anthropic"));
        qint64 ts = 1000;
        QSignalSpy updated(&poller, &FeedPoller::snapshotUpdated);
        const auto pollAndStore = [&] {
            const int n = int(updated.count());
            poller.pollNow(QStringLiteral("anthropic"));
            QVERIFY(QTest::qWaitFor([&] { return updated.count() > n; }, 5000));
            const FeedSnapshot s = poller.status(QStringLiteral("anthropic")).snapshot;
            const auto w = store.runSync<Result<FeedHistory::Written>>(
                [&](store::Database &db) { return FeedHistory::record(db, QStringLiteral("anthropic"), ts, s); });
            QVERIFY(w.ok());
            ts += 60000;
            components.setProvider(QStringLiteral("anthropic"), s, model.watchComponents(QStringLiteral("anthropic")));
        };

        pollAndStore();
        QCOMPARE(model.row(row).components, 1);
        QCOMPARE(model.row(row).state, HealthState::PartialOutage);
        QCOMPARE(components.rowCount(), 6);
        QSignalSpy reset(&components, &QAbstractItemModel::modelReset);

        body = after;
        pollAndStore();
        // Stored history: the same six component ids, the renamed one with its new name.
        const auto at = store.runSync<Result<QHash<QString, FeedHistory::ComponentState>>>(
            [&](store::Database &db) { return FeedHistory::componentsAt(db, QStringLiteral("anthropic"), ts); });
        QVERIFY(at.ok());
        QCOMPARE(at->size(), 6);
        QCOMPARE(at->value(id).name, newName);
        QCOMPARE(at->value(id).state, HealthState::PartialOutage);
        const qint64 distinctIds = store.runSync<qint64>([](store::Database &db) {
            auto v = db.scalar(QStringLiteral("SELECT COUNT(DISTINCT component_id) FROM component_states WHERE provider = 'anthropic'"));
            return v ? v->toLongLong() : -1;
        });
        QCOMPARE(distinctIds, 6);
        // Components table: one row for the id, renamed in place (no reset, no second row).
        QCOMPARE(reset.count(), 0);
        QCOMPARE(components.rowCount(), 6);
        int rowsWithId = 0;
        for (int r = 0; r < components.rowCount(); ++r) {
            const QModelIndex name = components.index(r, ui::ComponentsModel::NameColumn);
            if (name.data(ui::ComponentsModel::ComponentIdRole).toString() != id)
                continue;
            ++rowsWithId;
            QCOMPARE(name.data().toString(), newName);
            QCOMPARE(name.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        }
        QCOMPARE(rowsWithId, 1);
        // The watch list that named the component follows it by id.
        QCOMPARE(model.watchComponents(QStringLiteral("anthropic")), QStringList{id});
        QCOMPARE(model.row(row).components, 1);
        QCOMPARE(model.row(row).componentsBad, 1);
        QCOMPARE(model.row(row).state, HealthState::PartialOutage);
    }

    void incidentsModelMergesUpdates()
    {
        ui::IncidentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        for (const char *file : {"1149.summary.json", "1206.summary.json", "1420.summary.json", "1525.summary.json", "1547.summary.json"}) {
            const FeedSnapshot s = parsed(QString::fromLatin1(file));
            model.mergeIncidents(QStringLiteral("anthropic"), s.incidents, s.incidentsComplete);
        }
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.incidentCount(), 2);
        const Incident *main = model.incident(QStringLiteral("anthropic"), QStringLiteral("k2nq7v0xrb5d"));
        QVERIFY(main);
        QVERIFY(!main->open); // left the summary at 15:47
        const Incident *opus = model.incident(QStringLiteral("anthropic"), QStringLiteral("p9w4tz1c6hmg"));
        QVERIFY(opus && opus->open);
        const QModelIndex mainIndex = model.index(0, 0);
        QCOMPARE(mainIndex.data(ui::IncidentsModel::IncidentIdRole).toString(), QStringLiteral("k2nq7v0xrb5d"));
        QCOMPARE(model.rowCount(mainIndex), int(parsed(QStringLiteral("1525.summary.json")).incident(QStringLiteral("k2nq7v0xrb5d"))->updates.size()));
        // Newest update first, with its status and body.
        const QModelIndex newest = model.index(0, ui::IncidentsModel::StatusColumn, mainIndex);
        QCOMPARE(newest.data().toString(), QStringLiteral("monitoring"));
        QVERIFY(!model.index(0, ui::IncidentsModel::TitleColumn, mainIndex).data(Qt::ToolTipRole).toString().isEmpty());
    }

    void componentFilterEditsTheWatchList()
    {
        ui::ComponentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const FeedSnapshot s = parsed(QStringLiteral("1420.summary.json"));
        model.setProvider(QStringLiteral("anthropic"), s, {});
        QCOMPARE(model.rowCount(), 6);
        for (int r = 0; r < 6; ++r)
            QCOMPARE(model.index(r, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QSignalSpy watch(&model, &ui::ComponentsModel::watchChanged);
        QVERIFY(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(watch.count(), 1);
        QStringList list = watch.constLast().at(1).toStringList();
        QCOMPARE(list.size(), 5);
        QVERIFY(!list.contains(QStringLiteral("rwppv331jlwc")));
        // Configured by name, as in watch_components: the rename-proof id shows as watched too.
        model.setProvider(QStringLiteral("anthropic"), s, {QStringLiteral("Claude API (api.anthropic.com)")});
        QCOMPARE(model.index(2, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        // The last watched component cannot be unticked (an empty list would mean "everything").
        QVERIFY(!model.setData(model.index(2, 0), Qt::Unchecked, Qt::CheckStateRole));
        // Same components, new states: in-place update, no reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setProvider(QStringLiteral("anthropic"), parsed(QStringLiteral("1547.summary.json")), model.watch());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(0, ui::ComponentsModel::StateColumn).data(ui::ComponentsModel::StateRole).toInt(), int(HealthState::Operational));
    }

    // After a restart, before any poll: the panel shows the incidents of the stored history with
    // their full update lists, for a store opened before or after the panel was built.
    void panelLoadsHistoryAfterRestart()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("w.db"));
        const FeedSnapshot morning = parsed(QStringLiteral("1420.summary.json"));
        const FeedSnapshot later = parsed(QStringLiteral("1525.summary.json"));
        {
            store::Store store;
            QVERIFY(store.openAndWait(dbPath).ok());
            qint64 ts = QDateTime::currentMSecsSinceEpoch() - 120000; // recent: retention keeps it
            for (const FeedSnapshot *s : {&morning, &later}) {
                const auto w = store.runSync<Result<FeedHistory::Written>>(
                    [&](store::Database &db) { return FeedHistory::record(db, QStringLiteral("anthropic"), ts, *s); });
                QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
                ts += 60000;
            }
        }
        const Incident *main = later.incident(QStringLiteral("k2nq7v0xrb5d"));
        QVERIFY(main);
        const int openIncidents = int(later.openIncidentCount());
        QVERIFY(openIncidents > 0);

        for (const bool openFirst : {true, false}) {
            store::Store store;
            if (openFirst)
                QVERIFY(store.openAndWait(dbPath).ok());
            net::HttpClient http;
            FeedPoller poller(&http); // never started: everything shown comes from the store
            const auto cfg = providers(QStringLiteral("http://127.0.0.1:9/unused"));
            poller.setProviders(cfg);
            ui::ProvidersModel providersModel(cfg);
            providersModel.attach(&poller);
            ui::FeedsPanel panel(&poller, &store, &providersModel);
            QAbstractItemModelTester t1(panel.incidentsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester t2(panel.incidentsProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            if (!openFirst) {
                QCOMPARE(panel.incidentsModel()->incidentCount(), 0);
                QVERIFY(store.openAndWait(dbPath).ok());
                panel.loadHistory();
            }
            QTRY_COMPARE_WITH_TIMEOUT(panel.incidentsModel()->incidentCount(), 2, 5000);
            panel.setFilter(QStringLiteral("open"), QString());
            QCOMPARE(panel.incidentsProxy()->rowCount(), openIncidents);
            const Incident *stored = panel.incidentsModel()->incident(QStringLiteral("anthropic"), main->id);
            QVERIFY(stored);
            QCOMPARE(stored->title, main->title);
            QCOMPARE(stored->updates.size(), main->updates.size());
            QCOMPARE(stored->updates.first().id, main->updates.first().id);
            // The update list is under the incident's row.
            for (int r = 0; r < panel.incidentsModel()->rowCount(); ++r) {
                const QModelIndex i = panel.incidentsModel()->index(r, 0);
                if (i.data(ui::IncidentsModel::IncidentIdRole).toString() == main->id)
                    QCOMPARE(panel.incidentsModel()->rowCount(i), int(main->updates.size()));
            }
        }
    }

    void panelShowsOpenIncidentsFromPollAndHistory()
    {
        QTemporaryDir dir;
        store::Store store;
        QVERIFY(store.openAndWait(dir.filePath(QStringLiteral("w.db"))).ok());
        LoopbackServer server([&](const HttpRequest &) { return HttpReply::json(replay(QStringLiteral("1420.summary.json"))); });
        QVERIFY(server.listen());
        net::HttpClient http;
        FeedPoller poller(&http);
        const auto cfg = providers(server.url(QStringLiteral("/s.json")).toString());
        poller.setProviders(cfg);
        ui::ProvidersModel providersModel(cfg);
        providersModel.attach(&poller);
        ui::FeedsPanel panel(&poller, &store, &providersModel);
        QAbstractItemModelTester t1(panel.incidentsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(panel.incidentsProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(panel.componentsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        poller.pollNow(QStringLiteral("anthropic"));
        QTRY_COMPARE_WITH_TIMEOUT(panel.incidentsProxy()->rowCount(), 2, 5000);
        QCOMPARE(panel.componentsModel()->rowCount(), 6);
        // Unticking a component in the panel changes the providers table.
        QVERIFY(panel.componentsModel()->setData(panel.componentsModel()->index(3, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(providersModel.row(1).components, 5);
        QCOMPARE(providersModel.watchComponents(QStringLiteral("anthropic")).size(), 5);
        panel.setFilter(QStringLiteral("all"), QStringLiteral("mistral"));
        QCOMPARE(panel.incidentsProxy()->rowCount(), 0);
        panel.setFilter(QStringLiteral("open"), QString());
        QCOMPARE(panel.incidentsProxy()->rowCount(), 2);
    }
};

QTEST_MAIN(TestFeedsUi)
#include "tst_feeds_ui.moc"
