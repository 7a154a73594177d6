#pragma once

#include <QtGlobal>

#include <deque>
#include <vector>

namespace wf::health {

struct LatencyStats
{
    int count = 0;          // results in the window
    int errors = 0;         // bad results in the window
    double errorRate = 0;   // errors / count
    double p50 = -1, p95 = -1, p99 = -1; // ms, over results that carried a latency; -1 when none
};

// Results of the last `windowMs`: latency percentiles (nearest rank) and error rate.
class LatencyWindow
{
public:
    explicit LatencyWindow(qint64 windowMs = 300'000) : m_windowMs(windowMs) {}
    void add(qint64 tsMs, double latencyMs, bool bad);
    LatencyStats stats(qint64 nowMs) const;
    // Nearest-rank percentile of a sorted list (p in 0..100).
    static double percentile(const std::vector<double> &sorted, double p);

private:
    struct Sample { qint64 ts; double latency; bool bad; };
    std::deque<Sample> m_samples;
    qint64 m_windowMs;
};

} // namespace wf::health
