#include "nodetracker.h"

#include <algorithm>

namespace wf::health {

HealthState NodeTracker::state() const
{
    if (m_stale)
        return HealthState::Unknown;
    if (m_flapping)
        return worst(m_confirmed == HealthState::Unknown ? HealthState::Operational : m_confirmed, HealthState::Degraded);
    return m_confirmed;
}

void NodeTracker::setConfirmed(HealthState s, qint64 ts)
{
    if (s != m_confirmed)
        m_sinceMs = ts;
    m_confirmed = s;
}

bool NodeTracker::observe(qint64 tsMs, HealthState raw, bool authoritative)
{
    const HealthState before = state();
    m_lastMs = std::max(m_lastMs, tsMs);
    m_stale = false;
    if (raw == HealthState::Unknown) // no verdict (e.g. our own network was down): count nothing
        return state() != before;

    if (authoritative || raw == HealthState::Maintenance) {
        if (isBad(raw) && !isBad(m_confirmed))
            m_failingSinceMs = tsMs;
        m_failures = isBad(raw) ? m_failures + 1 : 0;
        m_successes = isBad(raw) ? 0 : m_successes + 1;
        setConfirmed(raw, tsMs);
        return state() != before;
    }

    const bool bad = isBad(raw);
    const int cls = bad ? 1 : 0;
    if (m_lastRawClass >= 0 && cls != m_lastRawClass)
        m_flips.push_back(tsMs);
    m_lastRawClass = cls;
    while (!m_flips.empty() && m_flips.front() <= tsMs - m_settings.flapWindowMs)
        m_flips.pop_front();
    const int flips = int(m_flips.size());
    if (!m_flapping && flips >= m_settings.flapThreshold)
        m_flapping = true;
    else if (m_flapping && flips < std::max(1, m_settings.flapThreshold / 2))
        m_flapping = false; // hysteresis: calm down to half the threshold before clearing

    if (bad) {
        if (m_failures == 0 && !isBad(m_confirmed))
            m_failingSinceMs = tsMs;
        ++m_failures;
        m_successes = 0;
        if (isBad(m_confirmed))
            setConfirmed(raw, tsMs); // already down: follow the severity
        else if (m_failures >= m_settings.failureThreshold)
            setConfirmed(raw, tsMs);
    } else {
        ++m_successes;
        m_failures = 0;
        // From nothing known, one good answer is enough; a bad node has to prove it recovered.
        const int needed = isBad(m_confirmed) ? m_settings.successThreshold : 1;
        if (m_successes >= needed)
            setConfirmed(HealthState::Operational, tsMs);
    }
    return state() != before;
}

bool NodeTracker::checkStale(qint64 nowMs, double clockSpeed)
{
    if (m_stale || m_lastMs == 0 || m_settings.staleAfterMs <= 0)
        return false;
    if (double(nowMs - m_lastMs) < double(m_settings.staleAfterMs) * std::max(1.0, clockSpeed))
        return false;
    const HealthState before = state();
    m_stale = true;
    return state() != before;
}

} // namespace wf::health
