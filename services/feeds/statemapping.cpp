#include "statemapping.h"

namespace wf::feeds {

HealthState statuspageComponentState(const QString &status)
{
    if (status == QLatin1String("operational"))
        return HealthState::Operational;
    if (status == QLatin1String("degraded_performance"))
        return HealthState::Degraded;
    if (status == QLatin1String("partial_outage"))
        return HealthState::PartialOutage;
    if (status == QLatin1String("major_outage") || status == QLatin1String("full_outage"))
        return HealthState::MajorOutage;
    if (status == QLatin1String("under_maintenance"))
        return HealthState::Maintenance;
    return HealthState::Unknown;
}

HealthState statuspageIndicatorState(const QString &indicator)
{
    if (indicator == QLatin1String("none"))
        return HealthState::Operational;
    if (indicator == QLatin1String("minor"))
        return HealthState::Degraded;
    if (indicator == QLatin1String("major"))
        return HealthState::PartialOutage;
    if (indicator == QLatin1String("critical"))
        return HealthState::MajorOutage;
    if (indicator == QLatin1String("maintenance"))
        return HealthState::Maintenance;
    return HealthState::Unknown;
}

HealthState statuspageImpactState(const QString &impact)
{
    if (impact == QLatin1String("none"))
        return HealthState::Degraded;
    // incident.io's widget/proxy vocabulary uses component words for impacts.
    const HealthState asComponent = statuspageComponentState(impact);
    if (asComponent != HealthState::Unknown && asComponent != HealthState::Operational)
        return asComponent;
    return statuspageIndicatorState(impact);
}

bool statuspageIncidentClosed(const QString &status)
{
    return status == QLatin1String("resolved") || status == QLatin1String("postmortem") || status == QLatin1String("completed");
}

bool maintenanceActive(const QString &status)
{
    return status == QLatin1String("in_progress") || status == QLatin1String("verifying")
        || status == QLatin1String("maintenance_in_progress");
}

HealthState gcpState(const QString &s)
{
    if (s == QLatin1String("AVAILABLE"))
        return HealthState::Operational;
    if (s == QLatin1String("SERVICE_INFORMATION"))
        return HealthState::Degraded;
    if (s == QLatin1String("SERVICE_DISRUPTION"))
        return HealthState::PartialOutage;
    if (s == QLatin1String("SERVICE_OUTAGE"))
        return HealthState::MajorOutage;
    return HealthState::Unknown;
}

HealthState awsEventState(const QString &s)
{
    if (s == QLatin1String("0"))
        return HealthState::Operational;
    if (s == QLatin1String("1"))
        return HealthState::Degraded;
    if (s == QLatin1String("2"))
        return HealthState::PartialOutage;
    if (s == QLatin1String("3"))
        return HealthState::MajorOutage;
    return HealthState::Unknown;
}

HealthState awsRssTitleState(const QString &title, QString *rest)
{
    static const struct { const char *prefix; HealthState state; } table[] = {
        {"Service is operating normally:", HealthState::Operational},
        {"Informational message:", HealthState::Degraded},
        {"Performance issues:", HealthState::PartialOutage},
        {"Service disruption:", HealthState::MajorOutage},
    };
    for (const auto &row : table) {
        const QLatin1String p(row.prefix);
        if (title.startsWith(p, Qt::CaseInsensitive)) {
            if (rest)
                *rest = title.mid(p.size()).trimmed();
            return row.state;
        }
    }
    if (rest)
        *rest = title.trimmed();
    return HealthState::Unknown;
}

} // namespace wf::feeds
