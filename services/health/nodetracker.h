#pragma once

#include "core/healthstate.h"
#include "health/healthsettings.h"

#include <deque>

namespace wf::health {

// The state machine of one node fed by raw results: hysteresis (failure/success thresholds),
// flap detection over raw good<->bad changes, and staleness. Pure logic, no clock of its own.
class NodeTracker
{
public:
    explicit NodeTracker(const HealthSettings &settings = {}) : m_settings(settings) {}
    void setStaleAfter(qint64 ms) { m_settings.staleAfterMs = ms; }

    // One raw result. `authoritative` results (a provider's own feed) apply at once, without
    // thresholds. Returns true when state() changed.
    bool observe(qint64 tsMs, HealthState raw, bool authoritative = false);
    // Marks the node stale when nothing arrived for staleAfterMs. Returns true when state() changed.
    // `clockSpeed`: clock ms per wall ms (a fast drill); the limit stretches by it when > 1.
    bool checkStale(qint64 nowMs, double clockSpeed = 1.0);

    // What the node is considered to be now: Unknown while stale, at least Degraded while flapping.
    HealthState state() const;
    // The confirmed state before staleness/flapping are applied.
    HealthState confirmed() const { return m_confirmed; }
    bool stale() const { return m_stale; }
    bool flapping() const { return m_flapping; }
    int consecutiveFailures() const { return m_failures; }
    int consecutiveSuccesses() const { return m_successes; }
    qint64 lastObservationMs() const { return m_lastMs; }
    qint64 sinceMs() const { return m_sinceMs; }
    // First bad result of the current run of failures (when the trouble began, before thresholds).
    qint64 failingSinceMs() const { return m_failingSinceMs; }

private:
    void setConfirmed(HealthState s, qint64 ts);

    HealthSettings m_settings;
    HealthState m_confirmed = HealthState::Unknown;
    int m_failures = 0;
    int m_successes = 0;
    bool m_stale = false;
    bool m_flapping = false;
    int m_lastRawClass = -1; // 0 good, 1 bad
    std::deque<qint64> m_flips;
    qint64 m_lastMs = 0;
    qint64 m_sinceMs = 0;
    qint64 m_failingSinceMs = 0;
};

} // namespace wf::health
