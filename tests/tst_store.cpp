#include "core/healthstate.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/rollupdays.h"
#include "store/store.h"

#include <QtTest>

using namespace wf;
using namespace wf::store;

// One hour's rollup as "n/bad/worst/latency sum/latency count/latency max".
static QString hourRow(Database &db, const QString &target, qint64 hourMs)
{
    const qint64 day = rollupdays::dayOf(hourMs);
    auto d = rollupdays::read(db, target.toUtf8(), day);
    if (!d)
        return d.error().message;
    const rollupdays::Sum &s = d->sums[std::size_t((hourMs - day * rollupdays::kDayMs) / rollupdays::kHourMs)];
    return QStringLiteral("%1/%2/%3/%4/%5/%6").arg(s.n).arg(s.nBad).arg(s.worst).arg(s.latSum, 0, 'f', 1).arg(s.latN)
        .arg(s.latMax < 0 ? QStringLiteral("null") : QString::number(s.latMax, 'f', 1));
}

// Observations counted in all rollup rows.
static qint64 rolledUp(Database &db)
{
    qint64 n = 0;
    auto q = db.prepare(QStringLiteral("SELECT buckets FROM rollup_days"));
    while (q && q->step()) {
        rollupdays::Day d;
        if (!rollupdays::decode(q->blobView(0), d))
            return -1;
        for (const rollupdays::Sum &s : d.sums)
            n += s.n;
    }
    return n;
}

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseIsMigratedAndInWal()
    {
        QTemporaryDir dir;
        Store store;
        const QString path = dir.filePath(QStringLiteral("nested/dir/watchfloor.db"));
        auto r = store.openAndWait(path);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->journalMode, QStringLiteral("wal"));
        QCOMPARE(r->schemaVersion, latestSchemaVersion());
        QVERIFY(!r->recovered);
        QVERIFY(QFile::exists(path));
        const QString mode = store.runSync<QString>([](Database &db) { return *db.scalar(QStringLiteral("PRAGMA journal_mode")); });
        QCOMPARE(mode, QStringLiteral("wal"));
    }

    void openIsAsynchronousWithSignal()
    {
        QTemporaryDir dir;
        Store store;
        QSignalSpy opened(&store, &Store::opened);
        store.open(dir.filePath(QStringLiteral("a.db")));
        QVERIFY(opened.wait(5000));
        QVERIFY(store.isOpen());
        QCOMPARE(opened.first().first().value<OpenReport>().schemaVersion, latestSchemaVersion());
    }

    void batchedObservationsReadBack()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.openAndWait(dir.filePath(QStringLiteral("obs.db"))).ok());
        QSignalSpy written(&store, &Store::observationsWritten);
        const qint64 t0 = 1772452140000; // 2026-03-02 11:49 UTC
        for (int i = 0; i < 12000; ++i) {
            Observation o;
            o.tsMs = t0 + i * 1000;
            o.source = QStringLiteral("probe");
            o.target = i % 2 ? QStringLiteral("probe:a") : QStringLiteral("probe:b");
            o.state = stateKey(i % 10 == 0 ? HealthState::MajorOutage : HealthState::Operational);
            o.latencyMs = 100 + i % 50;
            o.httpStatus = i % 10 == 0 ? 529 : 200;
            o.errorClass = i % 10 == 0 ? QStringLiteral("overloaded") : QString();
            store.append(o);
        }
        // 12000 observations arrive in a few batches, not one transaction each.
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingCount(), 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            int sum = 0;
            for (const auto &args : written)
                sum += args.first().toInt();
            return sum == 12000;
        }(), 10000);
        QVERIFY(written.size() <= 5);

        const qint64 count = store.runSync<Result<qint64>>([](Database &db) { return Store::countObservations(db); }).value();
        QCOMPARE(count, 12000);
        auto rows = store.runSync<Result<QList<Observation>>>([&](Database &db) {
            return Store::readObservations(db, QStringLiteral("probe:b"), t0, t0 + 20'000);
        });
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 10); // even i in [0, 20)
        QCOMPARE(rows->first().state, QStringLiteral("major_outage"));
        QCOMPARE(rows->first().httpStatus, 529);
        QCOMPARE(rows->first().errorClass, QStringLiteral("overloaded"));
        QCOMPARE(rows->at(1).state, QStringLiteral("operational"));
        QCOMPARE(rows->at(1).latencyMs, 102.0);

        // Hour rollups: 12000 observations one second apart from 11:49:00, split over two targets.
        const QString roll = store.runSync<QString>([&](Database &db) { return hourRow(db, QStringLiteral("probe:b"), t0 - t0 % 3600000); });
        // The 11:00 hour holds i = 0..659, of which 330 even, 66 of those % 10 == 0.
        QVERIFY2(roll.startsWith(QStringLiteral("330/66/%1/").arg(rank(HealthState::MajorOutage))), qPrintable(roll));
        // Every observation is in exactly one hour; one row per target and day (12000 s from
        // 11:49 stay within the day).
        QCOMPARE(store.runSync<qint64>([](Database &db) { return rolledUp(db); }), 12000);
        QCOMPARE(store.runSync<QString>([](Database &db) { return *db.scalar(QStringLiteral("SELECT count(*) FROM rollup_days")); }),
                 QStringLiteral("2"));
    }

    void rollupsOfOneBatchAddUpPerBucket()
    {
        // Several observations of one target in one hour, in one batch and across batches:
        // the rollup row holds the sums of all of them.
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.openAndWait(dir.filePath(QStringLiteral("roll.db"))).ok());
        const qint64 m0 = 1772452140000; // 11:49:00
        auto obs = [](qint64 ts, HealthState st, double lat) {
            return Observation{ts, QStringLiteral("probe"), QStringLiteral("probe:r"), stateKey(st), lat, 200, {}, {}};
        };
        const QList<Observation> first{obs(m0, HealthState::Operational, 10), obs(m0 + 10'000, HealthState::Degraded, 30),
                                       obs(m0 + 20'000, HealthState::Operational, -1), obs(m0 + 60'000, HealthState::Operational, 5)};
        const QList<Observation> second{obs(m0 + 30'000, HealthState::MajorOutage, 20), obs(m0 + 40'000, HealthState::Operational, 2)};
        QVERIFY(store.runSync<Status>([&](Database &db) { return Store::writeObservations(db, first); }).ok());
        QVERIFY(store.runSync<Status>([&](Database &db) { return Store::writeObservations(db, second); }).ok());
        auto row = [&](qint64 bucketMs) {
            return store.runSync<QString>([&](Database &db) { return hourRow(db, QStringLiteral("probe:r"), bucketMs); });
        };
        QCOMPARE(row(m0 - m0 % 3'600'000), QStringLiteral("6/2/%1/67.0/5/30.0").arg(rank(HealthState::MajorOutage)));
        // An observation of the next hour, then a late one of this hour: each in its own row.
        const QList<Observation> third{obs(m0 + 660'000, HealthState::Operational, 7), obs(m0 + 50'000, HealthState::Degraded, 1)};
        QVERIFY(store.runSync<Status>([&](Database &db) { return Store::writeObservations(db, third); }).ok());
        QCOMPARE(row(m0 - m0 % 3'600'000), QStringLiteral("7/3/%1/68.0/6/30.0").arg(rank(HealthState::MajorOutage)));
        QCOMPARE(row(m0 - m0 % 3'600'000 + 3'600'000), QStringLiteral("1/0/%1/7.0/1/7.0").arg(rank(HealthState::Operational)));
    }

    void rollupBlobsRoundTripAndRejectDamage()
    {
        rollupdays::Day d;
        d.sums[0].add(rank(HealthState::Operational), false, 12.34);
        d.sums[0].add(rank(HealthState::MajorOutage), true, -1);
        d.sums[23].add(rank(HealthState::Degraded), false, 30'000.5);
        const QByteArray blob = rollupdays::encode(d);
        QVERIFY(blob.size() < 40); // two hours in a few bytes each
        rollupdays::Day back;
        QVERIFY(rollupdays::decode(blob, back));
        QCOMPARE(back.sums[0].n, 2);
        QCOMPARE(back.sums[0].nBad, 1);
        QCOMPARE(back.sums[0].worst, rank(HealthState::MajorOutage));
        QCOMPARE(back.sums[0].latN, 1);
        QCOMPARE(back.sums[0].latSum, 12.34);
        QCOMPARE(back.sums[23].latMax, 30'000.5);
        QVERIFY(back.sums[5].empty());
        // Truncated, unknown format, impossible counts: refused, not misread.
        QVERIFY(!rollupdays::decode(blob.left(blob.size() - 1), back));
        QByteArray other = blob;
        other[0] = char(9);
        QVERIFY(!rollupdays::decode(other, back));
        QVERIFY(!rollupdays::decode(QByteArray("\x01\x00\x01\x05\x00\x00\x00\x00", 8), back)); // 5 failures of 1
    }

    void hourRollupsOfSchema10AreRepacked()
    {
        // A database of schema 10 with hour rollup rows: the upgrade packs them per target and
        // day with the same sums.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v10.db"));
        const qint64 h0 = 1772452800000; // 2026-03-02 12:00 UTC
        {
            Database db;
            QVERIFY(db.open(path).ok());
            for (const Migration &m : migrations()) {
                if (m.version > 10)
                    break;
                QVERIFY(db.exec(m.sql).ok());
                if (m.after)
                    QVERIFY(m.after(db).ok());
                QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)).ok());
            }
            QVERIFY(db.exec(QStringLiteral(
                "INSERT INTO obs_rollup VALUES(3600, %1, 'probe:a', 10, 2, 4, 100.5, 10, 30.4);"
                "INSERT INTO obs_rollup VALUES(3600, %2, 'probe:a', 5, 0, 0, 5.0, 5, 1.0);"
                "INSERT INTO obs_rollup VALUES(3600, %3, 'probe:a', 3, 3, 4, 0, 0, NULL);"
                "INSERT INTO obs_rollup VALUES(3600, %1, 'probe:b', 1, 0, 0, 7.0, 1, 7.0);")
                .arg(h0).arg(h0 + 3'600'000).arg(h0 + 86'400'000)).ok());
        }
        Store store;
        auto r = store.openAndWait(path);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->schemaVersion, latestSchemaVersion());
        auto hour = [&](const char *target, qint64 ms) {
            return store.runSync<QString>([&](Database &db) { return hourRow(db, QString::fromLatin1(target), ms); });
        };
        QCOMPARE(hour("probe:a", h0), QStringLiteral("10/2/4/100.5/10/30.4"));
        QCOMPARE(hour("probe:a", h0 + 3'600'000), QStringLiteral("5/0/0/5.0/5/1.0"));
        QCOMPARE(hour("probe:a", h0 + 86'400'000), QStringLiteral("3/3/4/0.0/0/null"));
        QCOMPARE(hour("probe:b", h0), QStringLiteral("1/0/0/7.0/1/7.0"));
        QCOMPARE(store.runSync<QString>([](Database &db) {
                     return *db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM rollup_days) || '/' || "
                                                      "(SELECT count(*) FROM sqlite_master WHERE name = 'obs_rollup')"));
                 }),
                 QStringLiteral("3/0"));
    }

    void oldHoursFoldIntoDaySums()
    {
        // Three days of observations, then the fold of the first two: their rows keep one sum
        // per day with the same totals; the third day keeps its hours; a second fold does
        // nothing; a late observation of a folded day joins its day sum.
        QTemporaryDir dir;
        Database db;
        QVERIFY(Store::openDatabase(db, dir.filePath(QStringLiteral("fold.db"))).ok());
        const qint64 d0 = 1772409600000; // 2026-03-02 00:00 UTC
        QList<Observation> batch;
        for (qint64 t = d0; t < d0 + 3 * 86'400'000; t += 600'000)
            batch.append(Observation{t, QStringLiteral("probe"), QStringLiteral("probe:f"),
                                     stateKey((t / 600'000) % 7 == 0 ? HealthState::MajorOutage : HealthState::Operational), 10.0, 200, {}, {}});
        QVERIFY(Store::writeObservations(db, batch).ok());
        QVERIFY(Store::settle(db).ok());
        QCOMPARE(rolledUp(db), 432);
        const qint64 day0 = rollupdays::dayOf(d0);
        auto folded = rollupdays::foldBefore(db, day0 + 2);
        QVERIFY(folded.ok());
        QCOMPARE(*folded, 2);
        for (qint64 day = day0; day < day0 + 3; ++day) {
            auto d = rollupdays::read(db, "probe:f", day);
            QVERIFY(d.ok());
            int hours = 0;
            for (int h = 0; h < rollupdays::kHours; ++h)
                hours += d->sums[std::size_t(h)].empty() ? 0 : 1;
            const rollupdays::Sum &whole = d->sums[rollupdays::kWholeDay];
            if (day < day0 + 2) {
                QCOMPARE(hours, 0);
                QCOMPARE(whole.n, 144);
                QCOMPARE(whole.latSum, 1440.0);
                QCOMPARE(whole.worst, rank(HealthState::MajorOutage));
            } else {
                QCOMPARE(hours, 24);
                QVERIFY(whole.empty());
            }
        }
        QCOMPARE(rolledUp(db), 432);
        QCOMPARE(*rollupdays::foldBefore(db, day0 + 2), 0);
        QVERIFY(Store::writeObservations(db, {Observation{d0 + 3'600'000 + 1, QStringLiteral("probe"), QStringLiteral("probe:f"),
                                                          stateKey(HealthState::Operational), 5.0, 200, {}, {}}}).ok());
        QVERIFY(Store::settle(db).ok());
        auto d = rollupdays::read(db, "probe:f", day0);
        QCOMPARE(d->sums[1].n, 0);
        QCOMPARE(d->sums[rollupdays::kWholeDay].n, 145);
        Store::closeDatabase(db);
    }

    void deferredRollupsAndBandEndsReachTheFile()
    {
        // The writer adds rollup sums and band ends once per minute of data time. Whatever is
        // still deferred reaches the file before any other job reads it and when the database
        // is closed: every observation counts in its rollups and the band ends at the last one.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deferred.db"));
        const qint64 h0 = 1772452800000; // 12:00:00
        auto batch = [](qint64 ts) {
            QList<Observation> b;
            for (int t = 0; t < 50; ++t)
                b.append(Observation{ts, QStringLiteral("probe"), QStringLiteral("probe:%1").arg(t), stateKey(HealthState::Operational), 10.0 + t, 200, {}, {}});
            return b;
        };
        auto figures = [&](Database &db) -> QString {
            return QString::number(rolledUp(db)) + QLatin1Char('/')
                + *db.scalar(QStringLiteral("SELECT (SELECT max(to_ms) - %1 FROM state_bands) || '/' || (SELECT count(*) FROM state_bands)").arg(h0));
        };
        {
            Database db;
            QVERIFY(Store::openDatabase(db, path).ok());
            for (int i = 0; i < 5; ++i) // 40 s of data: after the first batch, all deferred
                QVERIFY(Store::writeObservations(db, batch(h0 + i * 10'000)).ok());
            QVERIFY(db.ingestCache().hasPending());
            Store::closeDatabase(db);
        }
        {
            Database db;
            QVERIFY(Store::openDatabase(db, path).ok());
            QCOMPARE(figures(db), QStringLiteral("250/40000/50"));
            Store::closeDatabase(db);
        }
        // Through the Store: appended observations, then a read job.
        Store store;
        QVERIFY(store.openAndWait(path).ok());
        QSignalSpy written(&store, &Store::observationsWritten);
        for (int i = 5; i < 9; ++i)
            for (const Observation &o : batch(h0 + i * 10'000))
                store.append(o);
        store.flush();
        QVERIFY(written.wait(5000));
        QCOMPARE(store.runSync<QString>(figures), QStringLiteral("450/80000/50"));
        // A job that writes something else in between (here an audit event) does not lose any.
        for (const Observation &o : batch(h0 + 90'000))
            store.append(o);
        store.flush();
        QVERIFY(written.wait(5000));
        QVERIFY(store.runSync<Result<AuditEvent>>([](Database &db) {
            AuditEvent e;
            e.tsMs = 1772452900000;
            e.actor = QStringLiteral("test");
            e.action = QStringLiteral("note");
            return Store::appendAudit(db, e);
        }).ok());
        for (const Observation &o : batch(h0 + 100'000))
            store.append(o);
        store.flush();
        QVERIFY(written.wait(5000));
        QCOMPARE(store.runSync<QString>(figures), QStringLiteral("550/100000/50"));
    }

    void bandsStayRightWhenTheTableChangesBetweenBatches()
    {
        // The writer remembers the last band of each target between batches. Whatever changes
        // state_bands in between (a job on the same connection, another connection, reopening
        // the file) must not make it extend a band that is gone or changed.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bands.db"));
        const QString target = QStringLiteral("probe:c");
        auto ok = [&](qint64 ts) { return Observation{ts, QStringLiteral("probe"), target, stateKey(HealthState::Operational), 1, 200, {}, {}}; };
        auto bands = [&](Store &store) {
            return store.runSync<QString>([&](Database &db) {
                return *db.scalar(QStringLiteral("SELECT group_concat(from_ms || '-' || to_ms, ',') FROM (SELECT from_ms, to_ms FROM state_bands "
                                                 "WHERE target = 'probe:c' ORDER BY from_ms)"));
            });
        };
        auto write = [](Store &store, const QList<Observation> &batch) {
            return store.runSync<Status>([&](Database &db) { return Store::writeObservations(db, batch); }).ok();
        };
        {
            Store store;
            QVERIFY(store.openAndWait(path).ok());
            QVERIFY(write(store, {ok(1000), ok(2000)}));
            QCOMPARE(bands(store), QStringLiteral("1000-2000"));

            // A job on the same connection removes the bands (as a retention or reset would).
            QVERIFY(store.runSync<Status>([](Database &db) { return db.exec(QStringLiteral("DELETE FROM state_bands")); }).ok());
            QVERIFY(write(store, {ok(3000)}));
            QCOMPARE(bands(store), QStringLiteral("3000-3000"));

            // Another connection shortens the band.
            {
                Database other;
                QVERIFY(other.open(path).ok());
                QVERIFY(other.exec(QStringLiteral("UPDATE state_bands SET from_ms = 2500, to_ms = 2500")).ok());
            }
            QVERIFY(write(store, {ok(4000)}));
            QCOMPARE(bands(store), QStringLiteral("2500-4000"));

            // Another connection replaces the table's rows: the writer must not update a row id
            // that now belongs to another band.
            {
                Database other;
                QVERIFY(other.open(path).ok());
                QVERIFY(other.exec(QStringLiteral("DELETE FROM state_bands; INSERT INTO state_bands(target, state, from_ms, to_ms) "
                                                  "VALUES('probe:other', 0, 100, 200), ('probe:c', %1, 4500, 4500)").arg(rank(HealthState::Operational))).ok());
            }
            QVERIFY(write(store, {ok(5000)}));
            QCOMPARE(bands(store), QStringLiteral("4500-5000"));
            QCOMPARE(store.runSync<QString>([](Database &db) {
                         return *db.scalar(QStringLiteral("SELECT from_ms || '-' || to_ms FROM state_bands WHERE target = 'probe:other'"));
                     }),
                     QStringLiteral("100-200"));
        }
        {
            // Reopened: the band continues from the file.
            Store store;
            QVERIFY(store.openAndWait(path).ok());
            QVERIFY(write(store, {ok(6000)}));
            QCOMPARE(bands(store), QStringLiteral("4500-6000"));
            // A state change closes it and starts a new one, in a later batch than the lookup.
            QVERIFY(write(store, {Observation{7000, QStringLiteral("probe"), target, stateKey(HealthState::MajorOutage), 1, 500, {}, {}}}));
            QVERIFY(write(store, {ok(8000)}));
            QCOMPARE(bands(store), QStringLiteral("4500-7000,7000-8000,8000-8000"));
        }
    }

    void upgradesCheckedInVersion1Database()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        QVERIFY(QFile::copy(QStringLiteral(WF_TEST_DATA_DIR "/store-v1.db"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Store store;
        auto r = store.openAndWait(path);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->schemaVersion, latestSchemaVersion());
        QVERIFY(!r->recovered);
        // Old rows survive, new columns exist.
        auto rows = store.runSync<Result<QList<Observation>>>([](Database &db) {
            return Store::readObservations(db, QStringLiteral("probe:claude-web"), 0, std::numeric_limits<qint64>::max());
        });
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(1).httpStatus, 529);
        QCOMPARE(rows->at(1).detail, QString());
        const QString title = store.runSync<QString>([](Database &db) {
            return *db.scalar(QStringLiteral("SELECT title || '|' || coalesce(updated_ms, 'null') FROM incidents"));
        });
        QCOMPARE(title, QStringLiteral("Elevated errors on claude.ai|null"));
        const QString tables = store.runSync<QString>([](Database &db) {
            return *db.scalar(QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type='table' "
                                             "AND name IN ('component_states','obs_rollup','rollup_days','kv') ORDER BY name)"));
        });
        QCOMPARE(tables, QStringLiteral("component_states,kv,rollup_days"));
    }

    void failedMigrationRollsBack()
    {
        // A database that claims version 1 but already has a table migration 2 creates: the
        // migration fails, nothing of it is applied, and the version stays 1.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clash.db"));
        QVERIFY(QFile::copy(QStringLiteral(WF_TEST_DATA_DIR "/store-v1.db"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QVERIFY(db.exec(QStringLiteral("CREATE TABLE kv (x)")).ok());
        }
        Store store;
        auto r = store.openAndWait(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("schema version 2")), qPrintable(r.error().message));
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(*db.scalar(QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));
        QCOMPARE(*db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'obs_rollup'")), QStringLiteral("0"));
        QCOMPARE(*db.scalar(QStringLiteral("SELECT count(*) FROM observations")), QStringLiteral("3"));
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 999")).ok());
        }
        Store store;
        auto r = store.openAndWait(path);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("newer")));
        QVERIFY(QFile::exists(path)); // untouched, not moved aside
    }

    void corruptFileIsMovedAsideAndReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("watchfloor.db"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("This is not an SQLite database, just junk. ").repeated(200));
        }
        Store store;
        auto r = store.openAndWait(path);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->recovered);
        QVERIFY(r->message.contains(path));
        QVERIFY(r->message.contains(r->movedAsideTo));
        QVERIFY(QFile::exists(r->movedAsideTo));
        QFile aside(r->movedAsideTo);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QVERIFY(aside.readAll().startsWith("This is not an SQLite database")); // nothing lost
        QCOMPARE(r->schemaVersion, latestSchemaVersion());
        Observation o;
        o.tsMs = 1;
        o.source = QStringLiteral("probe");
        o.target = QStringLiteral("x");
        o.state = QStringLiteral("operational");
        QVERIFY(store.runSync<Status>([&](Database &db) { return Store::writeObservations(db, {o}); }).ok());
    }

    void fullCheckAfterUncleanShutdownQuickCheckAfterCleanOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("check.db"));
        {
            Store store;
            auto r = store.openAndWait(path);
            QVERIFY(r.ok());
            QVERIFY(r->check.isEmpty()); // new file: nothing to check
        }
        {
            // Closed cleanly by the Store: the next open runs quick_check, in the background on
            // a second connection while the store is already usable.
            Store store;
            QSignalSpy checked(&store, &Store::integrityChecked);
            auto r = store.openAndWait(path);
            QVERIFY(r.ok());
            QCOMPARE(r->check, QStringLiteral("quick_check"));
            QVERIFY(r->checkInBackground);
            QVERIFY(store.runSync<Status>([](Database &db) { return Store::writeObservations(db, {Observation{2, QStringLiteral("probe"), QStringLiteral("x"), QStringLiteral("operational"), 1, 200, {}, {}}}); }).ok());
            QVERIFY(checked.wait(10000));
            QCOMPARE(checked.first().at(0).toBool(), true);
        }
        {
            // Opened and dropped without closeDatabase(), as after a crash.
            Database db;
            QVERIFY(Store::openDatabase(db, path).ok());
            QVERIFY(Store::writeObservations(db, {Observation{1, QStringLiteral("probe"), QStringLiteral("x"), QStringLiteral("operational"), 1, 200, {}, {}}}).ok());
        }
        Store store;
        auto r = store.openAndWait(path);
        QVERIFY(r.ok());
        QCOMPARE(r->check, QStringLiteral("integrity_check"));
        QVERIFY(!r->recovered);
    }

    void quittingDuringTheFullCheckKeepsItForTheNextStart()
    {
        // After a crash the full integrity_check runs before anything else (tens of seconds for
        // a big file). Quitting meanwhile stops it instead of waiting: nothing is moved aside,
        // and the file is not marked clean, so the next start checks it fully.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crashed.db"));
        {
            Database db; // dropped without closeDatabase(), as after a crash
            QVERIFY(Store::openDatabase(db, path).ok());
            QList<Observation> batch;
            for (int i = 0; i < 150000; ++i)
                batch.append(Observation{i, QStringLiteral("probe"), QStringLiteral("t%1").arg(i % 500), QStringLiteral("operational"), 1.0, 200, {}, QStringLiteral("detail %1").arg(i)});
            QVERIFY(Store::writeObservations(db, batch).ok());
        }
        const auto marker = [&path] {
            Database db;
            if (!db.open(path))
                return QString();
            return db.scalar(QStringLiteral("SELECT value FROM kv WHERE key = 'store.clean_shutdown'")).value();
        };
        QCOMPARE(marker(), QStringLiteral("0"));
        {
            Store store;
            QSignalSpy opened(&store, &Store::opened);
            store.open(path); // the full check starts on the store thread; the store goes away at once
            QCOMPARE(opened.count(), 0);
        }
        QVERIFY(QFile::exists(path));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")}).isEmpty());
        QCOMPARE(marker(), QStringLiteral("0")); // a check that had finished would have been followed by a clean close
        Store store;
        auto r = store.openAndWait(path);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->check, QStringLiteral("integrity_check"));
        QVERIFY(!r->recovered);
        QCOMPARE(store.runSync<Result<qint64>>([](Database &db) { return Store::countObservations(db); }).value(), 150000);
    }

    void damagedPagesAreDetected()
    {
        // A real database with a page overwritten in the middle: integrity_check catches it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.db"));
        {
            Store store;
            QVERIFY(store.openAndWait(path).ok());
            QList<Observation> batch;
            for (int i = 0; i < 5000; ++i)
                batch.append(Observation{i, QStringLiteral("probe"), QStringLiteral("t%1").arg(i % 7), QStringLiteral("operational"), 1.0, 200, {}, QStringLiteral("detail text %1").arg(i)});
            QVERIFY(store.runSync<Status>([&](Database &db) { return Store::writeObservations(db, batch); }).ok());
            store.runSync<Status>([](Database &db) { return db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE")); });
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 8 * 4096);
            f.seek(3 * 4096); // b-tree page headers of pages 4 and 5
            f.write(QByteArray(2 * 4096, '\x7f'));
        }
        {
            // Closed cleanly: the store opens at once and the quick_check runs in the background.
            Store store;
            QSignalSpy checked(&store, &Store::integrityChecked);
            auto r = store.openAndWait(path);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            QVERIFY(!r->recovered);
            QVERIFY(r->checkInBackground);
            QVERIFY(checked.wait(10000));
            QCOMPARE(checked.first().at(0).toBool(), false);
            const QString message = checked.first().at(1).toString();
            QVERIFY2(message.contains(path) && message.contains(QLatin1String("damaged")) && message.contains(QLatin1String("restart")),
                     qPrintable(message));
        }
        // The next start runs the full check and keeps the damaged file aside.
        Store store;
        auto r = store.openAndWait(path);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->recovered);
        QVERIFY(QFile::exists(r->movedAsideTo));
    }

    void auditChainDetectsTampering()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.db"));
        Store store;
        QVERIFY(store.openAndWait(path).ok());
        for (int i = 0; i < 4; ++i) {
            AuditEvent e;
            e.actor = QStringLiteral("alice");
            e.role = QStringLiteral("operator");
            e.action = QStringLiteral("routing.apply");
            e.target = QStringLiteral("edge/ai");
            e.reason = QStringLiteral("Claude API down, step %1").arg(i);
            e.details = QStringLiteral("{\"before\":\"ready\",\"after\":\"maint\"}");
            e.result = QStringLiteral("ok");
            auto r = store.runSync<Result<AuditEvent>>([e](Database &db) { return Store::appendAudit(db, e); });
            QVERIFY(r.ok());
            QCOMPARE(r->id, i + 1);
        }
        QCOMPARE(store.runSync<Result<qint64>>([](Database &db) { return Store::verifyAuditChain(db); }).value(), 0);

        // Edit row 3's reason: verification names row 3.
        store.runSync<Status>([](Database &db) { return db.exec(QStringLiteral("UPDATE audit_events SET reason = 'nothing to see' WHERE id = 3")); });
        QCOMPARE(store.runSync<Result<qint64>>([](Database &db) { return Store::verifyAuditChain(db); }).value(), 3);
        store.runSync<Status>([](Database &db) { return db.exec(QStringLiteral("UPDATE audit_events SET reason = 'Claude API down, step 2' WHERE id = 3")); });
        QCOMPARE(store.runSync<Result<qint64>>([](Database &db) { return Store::verifyAuditChain(db); }).value(), 0);

        // Delete row 2: row 3 no longer links to its predecessor.
        store.runSync<Status>([](Database &db) { return db.exec(QStringLiteral("DELETE FROM audit_events WHERE id = 2")); });
        QCOMPARE(store.runSync<Result<qint64>>([](Database &db) { return Store::verifyAuditChain(db); }).value(), 3);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
