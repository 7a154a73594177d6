// Timeline data: state bands maintained on write, range queries, folding for zoomed-out views.
#include "core/healthstate.h"
#include "store/banddays.h"
#include "store/migrations.h"
#include "store/store.h"
#include "store/timelinequery.h"

#include <QtTest>

using namespace wf;
using namespace wf::store;

namespace {
constexpr qint64 T0 = 1772452140000; // 2026-03-02 11:49:00 UTC
constexpr qint64 S = 1000;

Observation obs(const QString &target, qint64 ts, HealthState s)
{
    Observation o;
    o.tsMs = ts;
    o.source = QStringLiteral("probe");
    o.target = target;
    o.state = stateKey(s);
    return o;
}
} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    Status write(const QList<Observation> &batch)
    {
        return m_store->runSync<Status>([&](Database &db) { return Store::writeObservations(db, batch); });
    }
    TimelineData load(qint64 from, qint64 to, qint64 res = 1)
    {
        auto r = m_store->runSync<Result<TimelineData>>([&](Database &db) { return TimelineQuery::load(db, from, to, res); });
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return *r;
    }
    qint64 bandRows()
    {
        return m_store->runSync<QString>([](Database &db) { return *db.scalar(QStringLiteral("SELECT count(*) FROM state_bands")); }).toLongLong();
    }
    // Every band_days row as "target day encoding", in key order.
    QStringList dayRows()
    {
        return m_store->runSync<QStringList>([](Database &db) {
            QStringList out;
            auto q = db.prepare(QStringLiteral("SELECT target, day, hex(cells) || ' ' || hex(hours) FROM band_days ORDER BY target, day"));
            while (q && q->step())
                out << q->text(0) + QLatin1Char(' ') + QString::number(q->int64(1)) + QLatin1Char(' ') + q->text(2);
            auto lanes = db.prepare(QStringLiteral("SELECT target FROM band_targets ORDER BY target"));
            while (lanes && lanes->step())
                out << QStringLiteral("lane ") + lanes->text(0);
            return out;
        });
    }
    static HealthState stateAt(const TimelineLane &lane, qint64 t)
    {
        for (const StateBand &b : lane.bands)
            if (t >= b.fromMs && t < b.toMs)
                return b.state;
        return HealthState(-1);
    }
    // Three lanes over three days with state changes every few minutes to hours, at 30 s, in
    // batches like the store's writer: returns the observations written.
    QList<Observation> writeHistory(qint64 start, qint64 end)
    {
        QRandomGenerator rng(7);
        const HealthState states[] = {HealthState::Operational, HealthState::Degraded, HealthState::PartialOutage,
                                      HealthState::MajorOutage, HealthState::Unknown};
        QList<Observation> all;
        for (int lane = 0; lane < 3; ++lane) {
            HealthState st = HealthState::Operational;
            qint64 next = start;
            for (qint64 t = start + lane * 7 * S; t < end; t += 30 * S) {
                if (t >= next) {
                    st = rng.bounded(3) ? HealthState::Operational : states[rng.bounded(5)];
                    next = t + qint64(rng.bounded(1, 240)) * 60 * S;
                }
                // Lane 2 goes quiet for ten hours on the second day (no observations).
                if (lane == 2 && t > start + 30 * 3600 * S && t < start + 40 * 3600 * S)
                    continue;
                all.append(obs(QStringLiteral("probe:lane%1").arg(lane), t, st));
            }
        }
        std::stable_sort(all.begin(), all.end(), [](const Observation &a, const Observation &b) { return a.tsMs < b.tsMs; });
        for (qsizetype i = 0; i < all.size(); i += 997)
            if (!write(all.mid(i, 997)).ok())
                qFatal("write failed");
        return all;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->openAndWait(m_dir.filePath(QStringLiteral("t%1.db").arg(QDateTime::currentMSecsSinceEpoch()))).ok());
    }
    void cleanup() { m_store.reset(); }

    void bandsFollowStateChanges()
    {
        const QString a = QStringLiteral("probe:claude-web");
        QVERIFY(write({obs(a, T0, HealthState::Operational), obs(a, T0 + 30 * S, HealthState::Operational),
                       obs(a, T0 + 60 * S, HealthState::Degraded), obs(a, T0 + 90 * S, HealthState::MajorOutage)}).ok());
        // A second batch continues the open band instead of starting a new one.
        QVERIFY(write({obs(a, T0 + 120 * S, HealthState::MajorOutage), obs(a, T0 + 150 * S, HealthState::Operational)}).ok());
        QCOMPARE(bandRows(), 4);

        const TimelineData d = load(T0 - 60 * S, T0 + 600 * S);
        QCOMPARE(d.lanes.size(), 1);
        const auto &bands = d.lanes[0].bands;
        QCOMPARE(bands.size(), 4);
        QCOMPARE(bands[0].state, HealthState::Operational);
        QCOMPARE(bands[0].fromMs, T0);
        QCOMPARE(bands[0].toMs, T0 + 60 * S);
        QCOMPARE(bands[1].state, HealthState::Degraded);
        QCOMPARE(bands[2].state, HealthState::MajorOutage);
        QCOMPARE(bands[2].fromMs, T0 + 90 * S);
        QCOMPARE(bands[2].toMs, T0 + 150 * S);
        QCOMPARE(bands[3].state, HealthState::Operational);
        QCOMPARE(d.lanes[0].lastSeenMs, T0 + 150 * S);
    }

    void identicalObservationsAddNoRows()
    {
        const QString c = QStringLiteral("anthropic/k8w3r06qmzrp");
        QList<Observation> batch;
        for (int i = 0; i < 500; ++i)
            batch.append(obs(c, T0 + i * 10 * S, HealthState::Operational));
        QVERIFY(write(batch).ok());
        QVERIFY(write({obs(c, T0 + 6000 * S, HealthState::Operational)}).ok());
        QCOMPARE(bandRows(), 1);
        const auto d = load(T0, T0 + 7000 * S);
        QCOMPARE(d.lanes[0].bands.size(), 1);
        QCOMPARE(d.lanes[0].bands[0].toMs, T0 + 6000 * S);
    }

    void rangeAfterLastChangeShowsLastKnownState()
    {
        const QString c = QStringLiteral("anthropic/rwppv331jlwc");
        QVERIFY(write({obs(c, T0, HealthState::MajorOutage), obs(c, T0 + 60 * S, HealthState::PartialOutage)}).ok());
        const auto d = load(T0 + 3600 * S, T0 + 7200 * S);
        QCOMPARE(d.lanes.size(), 1);
        QCOMPARE(d.lanes[0].bands.last().state, HealthState::PartialOutage);
    }

    void shortOutageSurvivesZoomOut()
    {
        // A 2-minute major outage inside a day of green, viewed at 5 minutes per pixel.
        QList<StateBand> bands = {
            {T0, T0 + 3600 * S, HealthState::Operational},
            {T0 + 3600 * S, T0 + 3720 * S, HealthState::MajorOutage},
            {T0 + 3720 * S, T0 + 86400 * S, HealthState::Operational},
        };
        const auto folded = TimelineQuery::fold(bands, 300 * S);
        QCOMPARE(folded.size(), 3);
        QCOMPARE(folded[1].state, HealthState::MajorOutage);
        // Many flaps shorter than a pixel fold into one band with the worst state.
        QList<StateBand> flaps;
        for (int i = 0; i < 20; ++i)
            flaps.append({T0 + i * 10 * S, T0 + (i + 1) * 10 * S, i % 2 ? HealthState::Degraded : HealthState::Operational});
        const auto f2 = TimelineQuery::fold(flaps, 300 * S);
        QCOMPARE(f2.size(), 1);
        QCOMPARE(f2[0].state, HealthState::Degraded);
        QCOMPARE(f2[0].fromMs, T0);
        QCOMPARE(f2[0].toMs, T0 + 200 * S);
        // At full resolution nothing is folded.
        QCOMPARE(TimelineQuery::fold(flaps, 1).size(), 20);
    }

    void zoomedOutViewKeepsTheWorstStateOfEverySlot()
    {
        // A 3-day view at 150 s per pixel and wider reads the per-day slots; each 5-minute slot
        // must show the worst state any band held in it (so an outage never disappears), and
        // nothing where there was no data yet.
        const qint64 start = T0 - 11 * 3600 * S; // mid-day start: the first day is partial
        const qint64 end = start + 3 * 86400 * S;
        writeHistory(start, end);
        const TimelineData fine = load(start - 3600 * S, end, 1);
        QCOMPARE(fine.lanes.size(), 3);
        // From half a 5-minute slot per pixel the 5-minute cells are read, from a quarter of an
        // hour the hourly ones; at exactly those resolutions nothing is folded further.
        const std::pair<qint64, qint64> levels[] = {{banddays::kSlotMs / 2, banddays::kSlotMs}, {banddays::kHourMs / 4, banddays::kHourMs}};
        for (const auto &[res, cellMs] : levels) {
            const TimelineData coarse = load(start - 3600 * S, end, res);
            QCOMPARE(coarse.lanes.size(), 3);
            for (int l = 0; l < 3; ++l) {
                const TimelineLane &f = fine.lanes[l];
                const TimelineLane &c = coarse.lanes[l];
                QCOMPARE(c.target, f.target);
                // Both ends to the cell.
                QVERIFY(c.lastSeenMs >= f.lastSeenMs && c.lastSeenMs <= f.lastSeenMs + cellMs);
                QVERIFY(c.bands.last().toMs >= f.bands.last().toMs && c.bands.last().toMs <= f.bands.last().toMs + cellMs);
                QVERIFY(c.bands.first().fromMs <= f.bands.first().fromMs);
                QVERIFY(c.bands.first().fromMs > f.bands.first().fromMs - cellMs);
                int cells = 0;
                for (qint64 s0 = (start / cellMs) * cellMs; s0 < f.bands.last().toMs; s0 += cellMs) {
                    int expected = -1;
                    for (const StateBand &b : f.bands)
                        if (b.fromMs < s0 + cellMs && b.toMs >= s0)
                            expected = qMax(expected, rank(b.state));
                    const qint64 probe = qMax(s0 + cellMs / 2, c.bands.first().fromMs);
                    QVERIFY2(rank(stateAt(c, probe)) == expected,
                             qPrintable(QStringLiteral("%1 at %2 (cells of %3 s): %4 instead of %5")
                                            .arg(c.target).arg(s0).arg(cellMs / 1000).arg(rank(stateAt(c, probe))).arg(expected)));
                    ++cells;
                }
                QVERIFY(cells >= int(3 * 86400 * S / cellMs) - 1);
            }
        }
        // A 90-day view of the same lanes.
        const TimelineData wide = load(end - 90 * 86400 * S, end, 90 * 86400 * S / 1600);
        QCOMPARE(wide.lanes.size(), 3);
        QVERIFY(!wide.lanes[0].bands.isEmpty());
    }

    void slotsWrittenBatchByBatchEqualARebuildFromTheBands()
    {
        const qint64 start = T0 - 11 * 3600 * S;
        writeHistory(start, start + 3 * 86400 * S);
        const QStringList incremental = dayRows();
        QCOMPARE(incremental.size(), 3 * 4 + 3); // three lanes over four calendar days, and the lanes
        QVERIFY(m_store->runSync<Status>([](Database &db) { return banddays::rebuild(db); }).ok());
        QCOMPARE(dayRows(), incremental);
    }

    void upgradeFillsSlotsFromExistingBands()
    {
        const qint64 start = T0 - 11 * 3600 * S;
        writeHistory(start, start + 86400 * S);
        const QStringList expected = dayRows();
        QVERIFY(!expected.isEmpty());
        const QString path = m_store->runSync<QString>([](Database &db) { return db.path(); });
        // Make the file look like schema 8 (before band_days existed, hour rollups in rows) and open it again.
        QVERIFY(m_store->runSync<Status>([](Database &db) {
            return db.exec(QStringLiteral("DROP TABLE band_days; DROP TABLE band_targets; DROP TABLE rollup_days; "
                                          "CREATE TABLE obs_rollup (bucket_s INTEGER NOT NULL, bucket_ms INTEGER NOT NULL, target TEXT NOT NULL, "
                                          "n INTEGER NOT NULL, n_bad INTEGER NOT NULL, worst INTEGER NOT NULL, lat_sum REAL NOT NULL, "
                                          "lat_n INTEGER NOT NULL, lat_max REAL, PRIMARY KEY (bucket_s, target, bucket_ms)) WITHOUT ROWID; "
                                          "PRAGMA user_version = 8"));
        }).ok());
        m_store.reset();
        m_store = std::make_unique<Store>();
        auto r = m_store->openAndWait(path);
        QVERIFY(r.ok());
        QCOMPARE(r->schemaVersion, latestSchemaVersion());
        QCOMPARE(dayRows(), expected);
        QCOMPARE(load(start, start + 86400 * S, banddays::kHourMs).lanes.size(), 3);
    }

    void encodingRoundTripsAndRejectsDamage()
    {
        banddays::Slots cells;
        cells.fill(banddays::kNoData);
        QVERIFY(banddays::mark(cells, 10, 10 * banddays::kDayMs + 3600 * S, 10 * banddays::kDayMs + 7200 * S, rank(HealthState::Degraded)));
        QVERIFY(!banddays::mark(cells, 10, 10 * banddays::kDayMs + 3600 * S, 10 * banddays::kDayMs + 7200 * S, rank(HealthState::Operational)));
        const QByteArray blob = banddays::encode(cells);
        QCOMPARE(blob.size(), 8); // no data, degraded, no data in runs of at most 255 slots
        banddays::Slots back;
        QVERIFY(banddays::decode(blob, back));
        QVERIFY(back == cells);
        QVERIFY(!banddays::decode(blob.left(5), back));
        QCOMPARE(back[0], banddays::kNoData);
        QVERIFY(!banddays::decode(QByteArray("\x01\x00", 2), back));
        QCOMPARE(banddays::dayOf(-1), -1);
        QCOMPARE(banddays::dayOf(banddays::kDayMs), 1);
    }

    void markersAndAnnotationsInRange()
    {
        QVERIFY(write({obs(QStringLiteral("anthropic/rwppv331jlwc"), T0, HealthState::MajorOutage)}).ok());
        m_store->runSync<Status>([](Database &db) {
            return db.exec(QStringLiteral(
                "INSERT INTO incidents(provider, incident_id, title, impact, status, started_ms) VALUES "
                "('anthropic', 'k2nq7v0xrb5d', 'Elevated errors on claude.ai, console, and claude code', 'major', 'resolved', %1);"
                "INSERT INTO incident_updates(provider, incident_id, update_id, ts_ms, status, body) VALUES "
                "('anthropic', 'k2nq7v0xrb5d', 'u1', %1, 'investigating', 'We are investigating.'),"
                "('anthropic', 'k2nq7v0xrb5d', 'u2', %2, 'identified', 'Front door mitigated.'),"
                "('anthropic', 'k2nq7v0xrb5d', 'u3', %3, 'resolved', 'Resolved.');")
                .arg(T0).arg(T0 + 93 * 60 * S).arg(T0 + 238 * 60 * S));
        });
        AuditEvent e;
        e.tsMs = T0 + 20 * 60 * S;
        e.actor = QStringLiteral("oncall");
        e.action = QStringLiteral("runbook.apply");
        e.target = QStringLiteral("edge");
        e.reason = QStringLiteral("Claude API down");
        e.result = QStringLiteral("verified");
        QVERIFY(m_store->runSync<Result<AuditEvent>>([e](Database &db) { return Store::appendAudit(db, e); }).ok());

        const auto d = load(T0 - 60 * S, T0 + 120 * 60 * S);
        QCOMPARE(d.markers.size(), 2); // the resolved update is outside the range
        QCOMPARE(d.markers[0].status, QStringLiteral("investigating"));
        QCOMPARE(d.markers[0].title, QStringLiteral("Elevated errors on claude.ai, console, and claude code"));
        QCOMPARE(d.markers[1].tsMs, T0 + 93 * 60 * S);
        QCOMPARE(d.annotations.size(), 1);
        QCOMPARE(d.annotations[0].action, QStringLiteral("runbook.apply"));
        QCOMPARE(d.annotations[0].result, QStringLiteral("verified"));
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
