#include "latencywindow.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace wf::health {

void LatencyWindow::add(qint64 tsMs, double latencyMs, bool bad)
{
    m_samples.push_back({tsMs, latencyMs, bad});
    while (!m_samples.empty() && m_samples.front().ts <= tsMs - m_windowMs)
        m_samples.pop_front();
}

double LatencyWindow::percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return -1;
    const auto rank = std::size_t(std::max(1.0, std::ceil(p / 100.0 * double(sorted.size()))));
    return sorted[std::min(rank, sorted.size()) - 1];
}

LatencyStats LatencyWindow::stats(qint64 nowMs) const
{
    LatencyStats s;
    std::vector<double> lat;
    for (const Sample &x : m_samples) {
        if (x.ts <= nowMs - m_windowMs || x.ts > nowMs)
            continue;
        ++s.count;
        if (x.bad)
            ++s.errors;
        if (x.latency >= 0)
            lat.push_back(x.latency);
    }
    s.errorRate = s.count > 0 ? double(s.errors) / s.count : 0;
    std::sort(lat.begin(), lat.end());
    s.p50 = percentile(lat, 50);
    s.p95 = percentile(lat, 95);
    s.p99 = percentile(lat, 99);
    return s;
}

} // namespace wf::health
