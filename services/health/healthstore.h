#pragma once

#include "core/result.h"
#include "health/availability.h"
#include "health/healthsettings.h"
#include "store/database.h"

#include <QList>
#include <QString>

namespace wf::health {

// One stretch of bad health on a node, with what the provider's status page said about it.
struct HealthIncident
{
    qint64 id = 0;
    QString node;
    QString provider;
    qint64 startedMs = 0;     // first bad observation counted
    qint64 detectedMs = 0;    // when the node was marked bad (after thresholds)
    bool ahead = false;       // our probes saw it while the provider's feed still said fine
    qint64 feedAckMs = 0;     // when the feed first showed a problem (0 = not yet / never)
    qint64 lagMs = 0;         // feedAckMs - detectedMs, when both are known
    qint64 resolvedMs = 0;
    QString worst;            // worst state key seen
};

struct RetentionReport
{
    qint64 observations = 0;    // raw observations past the raw retention
    qint64 budgetTrimmed = 0;   // further raw observations removed to stay within the storage budget
    qint64 hourRollups = 0;     // target-days whose hours were folded into one day sum
    qint64 bands = 0;           // state bands past their retention
    qint64 stateChanges = 0;
    qint64 usedBytes = 0;       // database pages in use after the run
    bool overBudget = false;    // the history alone (rollups, bands, incidents) exceeds the budget
};

// Store jobs of the health engine (run on the store thread via Store::run / runSync).
class HealthStore
{
public:
    static Status writeStateChange(store::Database &db, const QString &node, qint64 tsMs, HealthState state);
    // Changes in (from, to) plus the state in force at `from`.
    struct Timeline
    {
        HealthState initial = HealthState::Unknown;
        QList<StateChange> changes;
    };
    static Result<Timeline> readTimeline(store::Database &db, const QString &node, qint64 fromMs, qint64 toMs);

    static Result<qint64> insertIncident(store::Database &db, const HealthIncident &incident);
    // Finds the incident by (node, detectedMs), so callers need not wait for the insert's id.
    static Status updateIncident(store::Database &db, const HealthIncident &incident);
    static Result<QList<HealthIncident>> readIncidents(store::Database &db, qint64 fromMs, qint64 toMs);

    // Deletes what is older than the settings allow, in small batches so other store jobs and
    // the batched observation writes are never held up for long.
    static Result<RetentionReport> applyRetention(store::Database &db, const RetentionSettings &settings, qint64 nowMs);
};

} // namespace wf::health
