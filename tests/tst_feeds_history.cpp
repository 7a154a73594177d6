#include "loopbackserver.h"

#include "feeds/feedhistory.h"
#include "feeds/feedparser.h"
#include "feeds/feedpoller.h"
#include "feeds/feedrecorder.h"
#include "feeds/statemapping.h"
#include "net/httpclient.h"
#include "store/database.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace wf;
using namespace wf::feeds;
using wf::test::HttpReply;
using wf::test::HttpRequest;
using wf::test::LoopbackServer;

namespace {

const QString kReplay = QStringLiteral(WF_TEST_DATA_DIR "/feeds/replay-2026-03-02/");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(path));
    return f.readAll();
}

qint64 countRows(store::Store &s, const QString &table)
{
    return s.runSync<qint64>([table](store::Database &db) {
        auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return v ? v->toLongLong() : -1;
    });
}

} // namespace

class TestFeedsHistory : public QObject
{
    Q_OBJECT

private slots:
    // The 21 snapshots of 2026-03-02 served in order over loopback HTTP, polled, and stored.
    void replay()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dbPath = dir.filePath(QStringLiteral("watchfloor.db"));
        const QJsonObject manifest = QJsonDocument::fromJson(readFile(kReplay + QStringLiteral("manifest.json"))).object();
        const QJsonArray snapshots = manifest.value(QLatin1String("snapshots")).toArray();
        QCOMPARE(snapshots.size(), 21);

        // Expected update ids per incident: everything any snapshot ever showed.
        QHash<QString, QSet<QString>> seenUpdates;

        auto store = std::make_unique<store::Store>();
        QVERIFY(store->openAndWait(dbPath).ok());
        QByteArray current;
        LoopbackServer server([&](const HttpRequest &) { return HttpReply::json(current); });
        QVERIFY(server.listen());
        net::HttpClient http;
        FeedPoller poller(&http);
        config::ProviderConfig p;
        p.id = QStringLiteral("anthropic");
        config::FeedConfig f;
        f.url = server.url(QStringLiteral("/api/v2/summary.json")).toString();
        f.format = QStringLiteral("statuspage");
        f.intervalMs = 60000;
        p.feeds << f;
        poller.setProviders({p});
        FeedRecorder recorder(&poller, store.get());
        QSignalSpy attempts(&poller, &FeedPoller::statusChanged);
        QSignalSpy recorded(&recorder, &FeedRecorder::recorded);

        struct Expect { QString file; QString indicator; QStringList open; QMap<QString, QString> bad; };
        QList<Expect> expected;
        QByteArray previous;
        for (const QJsonValue &v : snapshots) {
            const QJsonObject o = v.toObject();
            const QString file = o.value(QLatin1String("file")).toString();
            current = readFile(kReplay + file);
            const int a = int(attempts.count());
            const int rec = int(recorded.count());
            poller.pollNow(p.id);
            QVERIFY(QTest::qWaitFor([&] { return attempts.count() > a; }, 10000));
            QCOMPARE(poller.status(p.id).lastError, QString());
            if (current == previous) {
                // Byte-identical body: the poller reports no change, nothing reaches the store.
                QTest::qWait(50);
                QCOMPARE(recorded.count(), rec);
            } else {
                QVERIFY(QTest::qWaitFor([&] { return recorded.count() > rec; }, 10000));
                QVERIFY(recorded.constLast().at(1).toBool());
                Expect e;
                e.file = file;
                e.indicator = o.value(QLatin1String("status_indicator")).toString();
                for (const QJsonValue &id : o.value(QLatin1String("open_incidents")).toArray())
                    e.open << id.toString();
                const QJsonObject bad = o.value(QLatin1String("non_operational")).toObject();
                for (auto it = bad.begin(); it != bad.end(); ++it)
                    e.bad.insert(it.key(), stateKey(statuspageComponentState(it.value().toString())));
                expected << e;
            }
            previous = current;
            auto parsed = FeedParser::create(QStringLiteral("statuspage"))->parse(current, {});
            QVERIFY(parsed.ok());
            for (const Incident &i : parsed->incidents)
                for (const IncidentUpdate &u : i.updates)
                    seenUpdates[i.id].insert(u.id);
        }
        QCOMPARE(expected.size(), 20);

        // The stored history, step by step, matches the manifest.
        auto steps = store->runSync<Result<QList<FeedHistory::Step>>>([&](store::Database &db) { return FeedHistory::steps(db, p.id); });
        QVERIFY(steps.ok());
        QCOMPARE(steps->size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const Expect &e = expected.at(i);
            const FeedHistory::Step &s = steps->at(i);
            QCOMPARE(s.indicator, e.indicator);
            QStringList open = s.openIncidents, want = e.open;
            open.sort();
            want.sort();
            QVERIFY2(open == want, qPrintable(e.file));
            auto comps = store->runSync<Result<QHash<QString, FeedHistory::ComponentState>>>(
                [&](store::Database &db) { return FeedHistory::componentsAt(db, p.id, s.tsMs); });
            QVERIFY(comps.ok());
            QCOMPARE(comps->size(), 6);
            QMap<QString, QString> bad;
            for (const auto &c : *comps)
                if (c.state != HealthState::Operational)
                    bad.insert(c.name, stateKey(c.state));
            QVERIFY2(bad == e.bad, qPrintable(e.file));
            // An open incident keeps the page out of "operational" even when the indicator says none.
            if (!e.open.isEmpty())
                QVERIFY2(isBad(s.worst), qPrintable(e.file));
        }

        // Feeding the same snapshot again straight into the history adds no row anywhere.
        const QStringList tables = {QStringLiteral("feed_snapshots"), QStringLiteral("component_states"),
                                    QStringLiteral("incidents"), QStringLiteral("incident_updates")};
        QList<qint64> before;
        for (const QString &t : tables)
            before << countRows(*store, t);
        auto last = FeedParser::create(QStringLiteral("statuspage"))->parse(current, {});
        auto again = store->runSync<Result<FeedHistory::Written>>([&](store::Database &db) {
            return FeedHistory::record(db, p.id, QDateTime::currentMSecsSinceEpoch(), *last);
        });
        QVERIFY(again.ok());
        QVERIFY(!again->changed);
        for (int i = 0; i < tables.size(); ++i)
            QCOMPARE(countRows(*store, tables[i]), before[i]);
        // Component rows are state changes, not polls: far fewer than 20 steps x 6 components.
        QVERIFY(before[1] < 40);

        // Incident history survives a restart and each update list is rebuilt from stored rows.
        store.reset();
        store = std::make_unique<store::Store>();
        QVERIFY(store->openAndWait(dbPath).ok());
        auto stored = store->runSync<Result<QList<FeedHistory::StoredIncident>>>(
            [&](store::Database &db) { return FeedHistory::incidents(db, p.id); });
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 3);
        for (const auto &si : *stored) {
            QVERIFY2(!si.incident.open, qPrintable(si.incident.id)); // ended when it left summary.json
            QSet<QString> ids;
            for (const IncidentUpdate &u : si.incident.updates)
                ids.insert(u.id);
            QCOMPARE(ids, seenUpdates.value(si.incident.id));
            for (int i = 1; i < si.incident.updates.size(); ++i)
                QVERIFY(si.incident.updates[i - 1].time >= si.incident.updates[i].time);
        }

        // The end-of-day incidents.json completes the lists with the final "resolved" updates.
        auto all = FeedParser::create(QStringLiteral("statuspage"))->parse(readFile(kReplay + QStringLiteral("incidents.json")), {});
        QVERIFY(all.ok());
        auto w = store->runSync<Result<FeedHistory::Written>>([&](store::Database &db) {
            return FeedHistory::record(db, p.id, QDateTime::currentMSecsSinceEpoch(), *all);
        });
        QVERIFY(w.ok());
        QCOMPARE(w->newIncidents, 5);
        stored = store->runSync<Result<QList<FeedHistory::StoredIncident>>>(
            [&](store::Database &db) { return FeedHistory::incidents(db, p.id); });
        QCOMPARE(stored->size(), 8);
        for (const Incident &want : all->incidents) {
            const Incident *got = nullptr;
            for (const auto &si : *stored)
                if (si.incident.id == want.id)
                    got = &si.incident;
            QVERIFY(got);
            QCOMPARE(got->updates.size(), want.updates.size());
            QCOMPARE(got->updates.first().id, want.updates.first().id);
            QCOMPARE(got->updates.first().status, QStringLiteral("resolved"));
            QCOMPARE(got->title, want.title);
        }
    }

    void migrationCreatesFeedTables()
    {
        QTemporaryDir dir;
        store::Store s;
        auto r = s.openAndWait(dir.filePath(QStringLiteral("x.db")));
        QVERIFY(r.ok());
        QVERIFY(r->schemaVersion >= 3);
        QCOMPARE(countRows(s, QStringLiteral("feed_snapshots")), 0);
    }
};

QTEST_GUILESS_MAIN(TestFeedsHistory)
#include "tst_feeds_history.moc"
