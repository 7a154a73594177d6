#pragma once

#include "core/healthstate.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wf::store {

class Database;

struct StateBand
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    HealthState state = HealthState::Unknown;
};

struct TimelineLane
{
    QString target;
    QList<StateBand> bands;   // sorted, non-overlapping, equal neighbours merged
    qint64 lastSeenMs = 0;    // last observation of this target (may be before the range)
};

struct IncidentMarker
{
    qint64 tsMs = 0;
    QString provider;
    QString incidentId;
    QString title;
    QString status;           // investigating / identified / monitoring / resolved / ...
    QString body;
};

struct ActionAnnotation
{
    qint64 tsMs = 0;
    QString actor;
    QString action;
    QString target;
    QString reason;
    QString result;
};

struct TimelineData
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<TimelineLane> lanes;
    QList<IncidentMarker> markers;
    QList<ActionAnnotation> annotations;
};

// Reads what the outage timeline shows for a time range from the state_bands table (one row per
// run of equal states), the incident updates and the audit log. `resolutionMs` is the duration of
// one pixel: shorter bands are folded into their neighbours keeping the worst state, so a brief
// outage never disappears when zoomed out.
class TimelineQuery
{
public:
    static Result<TimelineData> load(Database &db, qint64 fromMs, qint64 toMs, qint64 resolutionMs,
                                     const QStringList &targets = {});

    // Pure folding step, exposed for tests: merge equal neighbours, fold bands shorter than
    // resolutionMs keeping the worst state.
    static QList<StateBand> fold(const QList<StateBand> &bands, qint64 resolutionMs);
};

} // namespace wf::store
