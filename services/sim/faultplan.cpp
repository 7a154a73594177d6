#include "faultplan.h"

namespace wf::sim {

namespace {
quint64 splitmix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}
} // namespace

FaultPlan::FaultPlan(QList<Fault> faults, quint64 seed)
    : m_faults(std::move(faults))
    , m_draws(m_faults.size(), 0)
    , m_seed(seed)
{
}

double FaultPlan::draw(quint64 seed, int faultIndex, quint64 n)
{
    const quint64 x = splitmix64(splitmix64(seed ^ (quint64(faultIndex + 1) << 40)) ^ n);
    return double(x >> 11) * (1.0 / 9007199254740992.0);
}

void FaultPlan::resetDraws()
{
    m_draws.fill(0);
}

QList<const Fault *> FaultPlan::activeAt(const QDateTime &at) const
{
    QList<const Fault *> out;
    for (const Fault &f : m_faults)
        if (f.activeAt(at))
            out << &f;
    return out;
}

FaultDecision FaultPlan::decide(const QString &provider, const QString &path, const QString &model, const QDateTime &at)
{
    FaultDecision d;
    for (int i = 0; i < m_faults.size(); ++i) {
        const Fault &f = m_faults[i];
        if (f.provider != provider || !f.activeAt(at) || !f.matchesPath(path))
            continue;
        if (!f.models.isEmpty() && !f.models.contains(model))
            continue;
        d.matched << f.name;
        const quint64 n = m_draws[i]++;
        const double u = draw(m_seed, i, n);
        if (u >= f.ratio)
            continue;
        d.latencyMs += f.latencyMs;
        if (d.status == 0 && !f.statuses.isEmpty()) {
            // A second draw picks which of the listed codes this request gets.
            const double v = draw(m_seed ^ 0x5157ULL, i, n);
            d.status = f.statuses.at(qMin(int(v * f.statuses.size()), int(f.statuses.size()) - 1));
            d.retryAfterS = f.retryAfterS;
            d.message = f.message;
            d.fault = f.name;
        }
    }
    return d;
}

} // namespace wf::sim
