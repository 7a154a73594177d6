// Latency/error charts and availability: figures computed from stored observations.
#include "charts/chartspanel.h"
#include "config/config.h"
#include "core/healthstate.h"
#include "engine/engine.h"
#include "store/latencyseries.h"
#include "store/rollupdays.h"
#include "store/store.h"

#include <QLineSeries>
#include <QTableWidget>
#include <QtTest>

using namespace wf;
using namespace wf::store;

namespace {
constexpr qint64 NOW = 1772452140000; // 2026-03-02 11:49 UTC
constexpr qint64 MIN = 60'000;

Observation obs(const QString &target, qint64 ts, double latency, HealthState s = HealthState::Operational)
{
    Observation o;
    o.tsMs = ts;
    o.source = QStringLiteral("probe");
    o.target = target;
    o.state = stateKey(s);
    o.latencyMs = latency;
    o.httpStatus = isBad(s) ? 529 : 200;
    return o;
}
} // namespace

class TestChartsUi : public QObject
{
    Q_OBJECT

private:
    // The 90-day chart of probe:a from rollups: one bucket with both samples (one failing).
    void expectOneRolledUpBucket(Store &store)
    {
        auto r = store.runSync<Result<LatencySeries>>([&](Database &db) {
            return LatencySeries::load(db, QStringLiteral("probe:a"), NOW - 90 * 86'400'000LL, NOW, 90, NOW);
        });
        QVERIFY(r.ok());
        QVERIFY(r->fromRollups);
        int found = 0;
        for (const auto &b : r->buckets) {
            if (b.count == 0)
                continue;
            ++found;
            QCOMPARE(b.count, 2);
            QCOMPARE(b.errorRate, 0.5);
            QCOMPARE(b.p50, 200.0); // mean
            QCOMPARE(b.p99, 300.0); // max
        }
        QCOMPARE(found, 1);
    }

private slots:
    void percentilesAndErrorRatePerBucket()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.openAndWait(dir.filePath(QStringLiteral("c.db"))).ok());
        // Bucket 0 (first 10 min): latencies 1..100 ms, 10 of them failing. Bucket 1: empty.
        QList<Observation> batch;
        const qint64 from = NOW - 60 * MIN;
        for (int i = 1; i <= 100; ++i)
            batch << obs(QStringLiteral("probe:a"), from + i * 5000, i, i % 10 == 0 ? HealthState::MajorOutage : HealthState::Operational);
        QVERIFY(store.runSync<Status>([&](Database &db) { return Store::writeObservations(db, batch); }).ok());
        auto r = store.runSync<Result<LatencySeries>>([&](Database &db) {
            return LatencySeries::load(db, QStringLiteral("probe:a"), from, NOW, 6, NOW);
        });
        QVERIFY(r.ok());
        QVERIFY(!r->fromRollups);
        QCOMPARE(r->bucketMs, 10 * MIN);
        QCOMPARE(r->buckets.size(), 6);
        // 100 samples in 500 s: all in bucket 0.
        const LatencyBucket &b = r->buckets[0];
        QCOMPARE(b.count, 100);
        QCOMPARE(b.errors, 10);
        QCOMPARE(b.errorRate, 0.1);
        QCOMPARE(b.p50, 50.0);
        QCOMPARE(b.p95, 95.0);
        QCOMPARE(b.p99, 99.0);
        QCOMPARE(r->buckets[1].count, 0);
        QCOMPARE(r->buckets[1].p50, -1.0);
    }

    void beyondRawRetentionUsesHourRollups()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.openAndWait(dir.filePath(QStringLiteral("c.db"))).ok());
        const qint64 old = NOW - 40 * 86'400'000LL;
        const qint64 hour = old - old % 3'600'000;
        QVERIFY(store.runSync<Status>([&](Database &db) {
            return Store::writeObservations(db, {obs(QStringLiteral("probe:a"), hour + 1000, 100),
                                                 obs(QStringLiteral("probe:a"), hour + 2000, 300, HealthState::MajorOutage)});
        }).ok());
        expectOneRolledUpBucket(store);
        if (QTest::currentTestFailed())
            return;
        // Past the hour retention the day's hours become one sum: the chart shows the same.
        QCOMPARE(store.runSync<Result<qint64>>([&](Database &db) { return rollupdays::foldBefore(db, rollupdays::dayOf(NOW)); }).value(), 1);
        expectOneRolledUpBucket(store);
    }

    void panelShowsChartAndAvailability()
    {
        auto cfg = config::ConfigLoader::loadFile(QStringLiteral(WF_TEST_DATA_DIR "/config/valid.yaml"));
        QVERIFY(cfg.ok());
        QTemporaryDir dir;
        Engine engine(*cfg, dir.path());
        QVERIFY(engine.store()->openAndWait(engine.databasePath()).ok()); // no polling: no network in tests
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<Observation> batch;
        for (int i = 0; i < 60; ++i)
            batch << obs(QStringLiteral("probe:claude-opus"), now - 3'500'000 + i * 50'000, 200 + i, i >= 50 ? HealthState::MajorOutage : HealthState::Operational);
        QVERIFY(engine.store()->runSync<Status>([&](Database &db) { return Store::writeObservations(db, batch); }).ok());

        ui::ChartsPanel panel(&engine);
        panel.resize(1200, 800);
        QSignalSpy updated(&panel, &ui::ChartsPanel::chartUpdated);
        QSignalSpy avail(&panel, &ui::ChartsPanel::availabilityUpdated);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setRangeMs(3'600'000);
        panel.setTarget(QStringLiteral("probe:claude-opus"));
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty() && panel.shownSpanMs() == 3'600'000 && panel.series(0)->count() > 0, 5000);
        // The last minutes are failing: the error-rate series reaches 100 %.
        double maxErr = 0;
        for (const QPointF &p : panel.series(3)->points())
            maxErr = std::max(maxErr, p.y());
        QCOMPARE(maxErr, 100.0);
        double maxP99 = 0;
        for (const QPointF &p : panel.series(2)->points())
            maxP99 = std::max(maxP99, p.y());
        QCOMPARE(maxP99, 259.0);

        QVERIFY(avail.wait(5000) || !avail.isEmpty());
        QTableWidget *t = panel.availabilityTable();
        QVERIFY(t->rowCount() > 0);
        bool sawProvider = false;
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0) && t->item(r, 0)->text() == QStringLiteral("Anthropic"))
                sawProvider = t->item(r, 1) != nullptr;
        QVERIFY(sawProvider);
        if (qEnvironmentVariableIsSet("WATCHFLOOR_SCREENSHOT_DIR"))
            panel.grab().save(qEnvironmentVariable("WATCHFLOOR_SCREENSHOT_DIR") + QStringLiteral("/charts.png"));
    }
};

QTEST_MAIN(TestChartsUi)
#include "tst_charts_ui.moc"
