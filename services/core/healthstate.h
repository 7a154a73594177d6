#pragma once

#include <QCoreApplication>
#include <QString>

namespace wf {

// The one normalized state scale shared by feeds, probes, health roll-up and every view.
// Order matters: a higher rank is worse (Unknown ranks above Operational so that missing data is
// never shown as green; Maintenance ranks below real failures).
enum class HealthState : int {
    Operational = 0,
    Maintenance = 1,
    Unknown = 2,
    Degraded = 3,
    PartialOutage = 4,
    MajorOutage = 5,
};

inline int rank(HealthState s) { return int(s); }
inline HealthState worst(HealthState a, HealthState b) { return rank(a) >= rank(b) ? a : b; }
inline bool isBad(HealthState s) { return rank(s) >= rank(HealthState::Degraded); }

// Stable identifiers used in the database, config and exports.
QString stateKey(HealthState s);
HealthState stateFromKey(const QString &key); // unknown strings -> Unknown
// Translated label for people.
QString stateLabel(HealthState s);

} // namespace wf
