#include "reports/impacttracker.h"
#include "core/clock.h"

#include "health/healthengine.h"

#include <QDateTime>

namespace wf::reports {

ImpactTracker::ImpactTracker(const config::Config &config, health::HealthEngine *health, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_health(health)
    , m_clock([] { return wf::clock::nowMs(); })
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(200);
    connect(&m_coalesce, &QTimer::timeout, this, &ImpactTracker::changed);
    if (!m_health)
        return;
    for (const health::HealthIncident &i : m_health->openIncidents())
        m_badSince.insert(i.node, i.startedMs > 0 ? i.startedMs : i.detectedMs);
    connect(m_health, &health::HealthEngine::nodeStateChanged, this, &ImpactTracker::onStateChanged);
}

void ImpactTracker::onStateChanged(const QString &nodeId, HealthState previous, HealthState current, qint64 tsMs)
{
    if (isBad(current) && (!isBad(previous) || !m_badSince.contains(nodeId)))
        m_badSince.insert(nodeId, tsMs);
    else if (!isBad(current))
        m_badSince.remove(nodeId);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

qint64 ImpactTracker::badSince(const QString &nodeId) const
{
    return m_badSince.value(nodeId, 0);
}

QList<AppImpact> ImpactTracker::all() const
{
    auto stateOf = [this](const QString &id) { return m_health ? m_health->state(id) : HealthState::Unknown; };
    auto sinceOf = [this](const QString &id) { return badSince(id); };
    return ImpactAnalyzer::analyze(m_config, stateOf, sinceOf);
}

} // namespace wf::reports
