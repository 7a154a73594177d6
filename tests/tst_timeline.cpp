// Timeline data: state bands maintained on write, range queries, folding for zoomed-out views.
#include "core/healthstate.h"
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
