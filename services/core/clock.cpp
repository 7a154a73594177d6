#include "clock.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTimeZone>

#include <cmath>

namespace wf::clock {

namespace {

struct State
{
    QMutex mutex;
    bool scenario = false;
    qint64 anchorMs = 0;       // scenario ms at the anchor
    QElapsedTimer sinceAnchor; // wall time since the anchor
    double speed = 1.0;
    bool paused = false;
};

State &state()
{
    static State s;
    return s;
}

} // namespace

qint64 nowMs()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.scenario)
        return QDateTime::currentMSecsSinceEpoch();
    if (s.paused || s.speed <= 0)
        return s.anchorMs;
    return s.anchorMs + qint64(std::llround(double(s.sinceAnchor.nsecsElapsed()) / 1e6 * s.speed));
}

QDateTime nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc());
}

void setScenario(qint64 scenarioMs, double speed, bool paused)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.scenario = true;
    s.anchorMs = scenarioMs;
    s.sinceAnchor.start();
    s.speed = speed < 0 ? 0 : speed;
    s.paused = paused;
}

void useWallClock()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.scenario = false;
    s.speed = 1.0;
    s.paused = false;
}

bool isScenario()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.scenario;
}

double speed()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.scenario)
        return 1.0;
    return s.paused ? 0.0 : s.speed;
}

} // namespace wf::clock
