#pragma once

#include <QDateTime>

// "Now" for everything Watchfloor stamps or measures against: observations, health transitions,
// feed history, alerts, audit events, reports, and every age or now-line the UI draws.
//
// It is the wall clock, except during a drill: the drill session switches it to the scenario's
// clock (a replay of 2026-03-02 runs on 2026-03-02, possibly 60 times faster, paused or stepped),
// so what the console records during a drill lines up with the provider's own timestamps and the
// incident report reads like the real day. Thread-safe (the store and simulator threads read it).
namespace wf::clock {

qint64 nowMs();
QDateTime nowUtc();

// Scenario time from now on: `scenarioMs` at this instant, advancing `speed` times faster than the
// wall clock (0 or `paused`: frozen).
void setScenario(qint64 scenarioMs, double speed, bool paused);
// Back to the wall clock.
void useWallClock();
bool isScenario();
// How many clock milliseconds pass per wall millisecond (1 on the wall clock, 0 when frozen).
// Wall-clock timers (poll intervals) last `speed()` times longer in clock time.
double speed();

} // namespace wf::clock
