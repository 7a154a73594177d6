#include "healthstate.h"

namespace wf {

QString stateKey(HealthState s)
{
    switch (s) {
    case HealthState::Operational: return QStringLiteral("operational");
    case HealthState::Maintenance: return QStringLiteral("maintenance");
    case HealthState::Unknown: return QStringLiteral("unknown");
    case HealthState::Degraded: return QStringLiteral("degraded");
    case HealthState::PartialOutage: return QStringLiteral("partial_outage");
    case HealthState::MajorOutage: return QStringLiteral("major_outage");
    }
    return QStringLiteral("unknown");
}

HealthState stateFromKey(const QString &key)
{
    for (HealthState s : {HealthState::Operational, HealthState::Maintenance, HealthState::Unknown,
                          HealthState::Degraded, HealthState::PartialOutage, HealthState::MajorOutage})
        if (stateKey(s) == key)
            return s;
    return HealthState::Unknown;
}

QString stateLabel(HealthState s)
{
    switch (s) {
    case HealthState::Operational: return QCoreApplication::translate("wf::HealthState", "Operational");
    case HealthState::Maintenance: return QCoreApplication::translate("wf::HealthState", "Maintenance");
    case HealthState::Unknown: return QCoreApplication::translate("wf::HealthState", "Unknown");
    case HealthState::Degraded: return QCoreApplication::translate("wf::HealthState", "Degraded");
    case HealthState::PartialOutage: return QCoreApplication::translate("wf::HealthState", "Partial outage");
    case HealthState::MajorOutage: return QCoreApplication::translate("wf::HealthState", "Major outage");
    }
    return {};
}

} // namespace wf
