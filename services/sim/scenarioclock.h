#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace wf::sim {

// Scenario time: starts at a given instant and runs `speed` times faster than the wall clock
// (speed 60: one scenario hour per real minute). Speed 0 or pause freezes it; tests step it.
class ScenarioClock
{
public:
    explicit ScenarioClock(const QDateTime &start = {}, double speed = 1.0);

    QDateTime now() const;
    qint64 nowMs() const; // ms since epoch, scenario time

    double speed() const { return m_speed; }
    bool paused() const { return m_paused; }

    void set(const QDateTime &t);
    void advance(qint64 scenarioMs);
    void setSpeed(double speed);
    void setPaused(bool paused);

    // Wall-clock milliseconds that `scenarioMs` of scenario time take at the current speed
    // (-1 when the clock is frozen).
    qint64 wallMsFor(qint64 scenarioMs) const;
    // Scenario milliseconds that pass in `wallMs` of real time at the current speed.
    qint64 scenarioMsFor(qint64 wallMs) const;

private:
    void rebase();

    qint64 m_anchorMs = 0;   // scenario ms since epoch at the anchor
    QElapsedTimer m_wall;    // wall time since the anchor
    double m_speed = 1.0;
    bool m_paused = false;
};

} // namespace wf::sim
