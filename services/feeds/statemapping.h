#pragma once

#include "core/healthstate.h"

#include <QString>

// Vendor enumerations -> wf::HealthState. Any string not listed maps to Unknown, never to
// Operational: a new vendor word must not paint a failing service green.
//
// | vendor / field                          | value                          | HealthState   |
// |-----------------------------------------|--------------------------------|---------------|
// | Statuspage, incident.io component status| operational                    | Operational   |
// |                                         | degraded_performance           | Degraded      |
// |                                         | partial_outage                 | PartialOutage |
// |                                         | major_outage, full_outage      | MajorOutage   |
// |                                         | under_maintenance              | Maintenance   |
// | Statuspage status.indicator             | none                           | Operational   |
// |                                         | minor                          | Degraded      |
// |                                         | major                          | PartialOutage |
// |                                         | critical                       | MajorOutage   |
// |                                         | maintenance                    | Maintenance   |
// | Statuspage incident impact              | none                           | Degraded (*)  |
// |                                         | minor / major / critical       | as indicator  |
// |                                         | maintenance                    | Maintenance   |
// | incident.io current_worst_impact        | degraded_performance / partial_outage / full_outage | as component |
// | Google Cloud status_impact, update status | AVAILABLE                    | Operational   |
// |                                         | SERVICE_INFORMATION            | Degraded      |
// |                                         | SERVICE_DISRUPTION             | PartialOutage |
// |                                         | SERVICE_OUTAGE                 | MajorOutage   |
// | AWS currentevents status (string/number)| 0 (resolved)                   | Operational   |
// |                                         | 1 (informational)              | Degraded      |
// |                                         | 2 (degradation)                | PartialOutage |
// |                                         | 3 (disruption)                 | MajorOutage   |
// | AWS RSS title prefix                    | Service is operating normally  | Operational   |
// |                                         | Informational message          | Degraded      |
// |                                         | Performance issues             | PartialOutage |
// |                                         | Service disruption             | MajorOutage   |
// | Azure RSS item (no severity field)      | any item present               | Degraded (**) |
// | Atom/RSS history entry, open            | (no impact published)          | Unknown       |
//
// (*)  An open incident is an incident even when the page says impact/indicator "none" (GitHub
//      served indicator "none" with an open incident): it never counts as Operational.
// (**) Azure lists only active events and publishes no severity: an item means "at least degraded".
//
// Incident lifecycle: investigating, identified, monitoring, update and any unknown word are open;
// resolved, postmortem, completed are closed. Maintenance: in_progress, verifying are open (active);
// scheduled is upcoming; completed is closed.
namespace wf::feeds {

HealthState statuspageComponentState(const QString &status);
HealthState statuspageIndicatorState(const QString &indicator);
HealthState statuspageImpactState(const QString &impact);
bool statuspageIncidentClosed(const QString &status);
bool maintenanceActive(const QString &status);
HealthState gcpState(const QString &statusImpact);
HealthState awsEventState(const QString &status);
HealthState awsRssTitleState(const QString &title, QString *rest = nullptr);

} // namespace wf::feeds
