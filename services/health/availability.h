#pragma once

#include "core/healthstate.h"

#include <QList>

namespace wf::health {

struct StateChange
{
    qint64 tsMs = 0;
    HealthState state = HealthState::Unknown;
};

struct TimeWindow
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

struct AvailabilityReport
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 observedMs = 0;   // time with a known state outside maintenance
    qint64 downMs = 0;       // observed time in partial or major outage
    qint64 excludedMs = 0;   // maintenance (windows or Maintenance state) and Unknown time
    int incidents = 0;       // outage spans that touch the window
    qint64 mttrMs = -1;      // mean outage time of incidents that recovered in the window
    double availability() const { return observedMs > 0 ? 1.0 - double(downMs) / double(observedMs) : -1.0; }
};

// Availability, incident count and MTTR over [from, to) from a state timeline. Degraded counts as
// up; partial and major outage as down; Unknown and maintenance time are left out of the
// denominator. An outage interrupted only by maintenance or Unknown is one incident.
class Availability
{
public:
    // `changes` sorted by time; `initial` is the state in force at `from` (from the last change
    // before it).
    static AvailabilityReport compute(const QList<StateChange> &changes, HealthState initial, qint64 fromMs, qint64 toMs,
                                      const QList<TimeWindow> &maintenance = {});
    static bool isDown(HealthState s) { return rank(s) >= rank(HealthState::PartialOutage); }
};

} // namespace wf::health
