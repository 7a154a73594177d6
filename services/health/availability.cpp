#include "availability.h"

#include <algorithm>

namespace wf::health {

namespace {

// Length of [a, b) not covered by any window (windows may overlap).
qint64 uncovered(qint64 a, qint64 b, const QList<TimeWindow> &windows)
{
    if (b <= a)
        return 0;
    std::vector<std::pair<qint64, qint64>> parts;
    for (const TimeWindow &w : windows) {
        const qint64 s = std::max(a, w.fromMs), e = std::min(b, w.toMs);
        if (e > s)
            parts.emplace_back(s, e);
    }
    std::sort(parts.begin(), parts.end());
    qint64 covered = 0, cur = a;
    for (const auto &p : parts) {
        const qint64 s = std::max(cur, p.first);
        if (p.second > s) {
            covered += p.second - s;
            cur = p.second;
        }
    }
    return (b - a) - covered;
}

} // namespace

AvailabilityReport Availability::compute(const QList<StateChange> &changes, HealthState initial, qint64 fromMs, qint64 toMs,
                                         const QList<TimeWindow> &maintenance)
{
    AvailabilityReport r;
    r.fromMs = fromMs;
    r.toMs = toMs;
    if (toMs <= fromMs)
        return r;
    // Segments [start, end) with one state each.
    struct Seg { qint64 a, b; HealthState s; };
    std::vector<Seg> segs;
    HealthState cur = initial;
    qint64 at = fromMs;
    for (const StateChange &c : changes) {
        if (c.tsMs <= fromMs) {
            cur = c.state;
            continue;
        }
        if (c.tsMs >= toMs)
            break;
        segs.push_back({at, c.tsMs, cur});
        at = c.tsMs;
        cur = c.state;
    }
    segs.push_back({at, toMs, cur});

    bool inIncident = false;
    qint64 incidentDown = 0;
    qint64 repairedSum = 0;
    int repaired = 0;
    for (const Seg &s : segs) {
        const qint64 len = s.b - s.a;
        const bool excludedState = s.s == HealthState::Unknown || s.s == HealthState::Maintenance;
        const qint64 counted = excludedState ? 0 : uncovered(s.a, s.b, maintenance);
        r.excludedMs += len - counted;
        r.observedMs += counted;
        if (counted == 0)
            continue; // neither ends nor extends an incident
        if (isDown(s.s)) {
            r.downMs += counted;
            if (!inIncident) {
                inIncident = true;
                incidentDown = 0;
                ++r.incidents;
            }
            incidentDown += counted;
        } else if (inIncident) {
            inIncident = false;
            repairedSum += incidentDown;
            ++repaired;
        }
    }
    if (repaired > 0)
        r.mttrMs = repairedSum / repaired;
    return r;
}

} // namespace wf::health
