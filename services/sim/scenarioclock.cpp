#include "scenarioclock.h"

#include <QTimeZone>

#include <cmath>

namespace wf::sim {

ScenarioClock::ScenarioClock(const QDateTime &start, double speed)
    : m_anchorMs(start.isValid() ? start.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch())
    , m_speed(speed < 0 ? 0 : speed)
{
    m_wall.start();
}

qint64 ScenarioClock::nowMs() const
{
    if (m_paused || m_speed <= 0)
        return m_anchorMs;
    return m_anchorMs + qint64(std::llround(double(m_wall.nsecsElapsed()) / 1e6 * m_speed));
}

QDateTime ScenarioClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc());
}

void ScenarioClock::rebase()
{
    m_anchorMs = nowMs();
    m_wall.restart();
}

void ScenarioClock::set(const QDateTime &t)
{
    m_anchorMs = t.toMSecsSinceEpoch();
    m_wall.restart();
}

void ScenarioClock::advance(qint64 scenarioMs)
{
    rebase();
    m_anchorMs += scenarioMs;
}

void ScenarioClock::setSpeed(double speed)
{
    rebase();
    m_speed = speed < 0 ? 0 : speed;
}

void ScenarioClock::setPaused(bool paused)
{
    rebase();
    m_paused = paused;
}

qint64 ScenarioClock::wallMsFor(qint64 scenarioMs) const
{
    if (m_paused || m_speed <= 0)
        return -1;
    return qint64(std::llround(double(scenarioMs) / m_speed));
}

qint64 ScenarioClock::scenarioMsFor(qint64 wallMs) const
{
    if (m_paused || m_speed <= 0)
        return 0;
    return qint64(std::llround(double(wallMs) * m_speed));
}

} // namespace wf::sim
