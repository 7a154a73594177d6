#pragma once

#include "config/config.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUrl>

namespace wf::sim {

struct Scenario;

// Where a running drill lives, for DrillConfig::build.
struct DrillEndpoints
{
    QHash<QString, QUrl> providerUrls;  // provider id -> the simulator's port for it
    QString gatewayAddress;             // HAProxy runtime API ("unix:/..."), empty: no gateway
    QUrl gatewayFrontend;               // the HAProxy frontend, when there is one
    double speed = 1.0;
};

// Builds the console configuration for a drill against the simulator: the scenario's first
// provider as primary with its status feed, the others as fallbacks, front-door (auth) and LLM
// probes every 10 scenario seconds, and the "chat" app routed through the HAProxy gateway when
// there is one (otherwise direct, read-only routes).
class DrillConfig
{
    Q_DECLARE_TR_FUNCTIONS(wf::sim::DrillConfig)
public:
    static constexpr const char *kKeyVariable = "WATCHFLOOR_DRILL_KEY";
    static constexpr qint64 kProbeEveryScenarioMs = 10'000;
    static constexpr qint64 kFeedEveryScenarioMs = 60'000;

    static config::Config build(const Scenario &scenario, const DrillEndpoints &endpoints);
    // Real milliseconds for a scenario interval at `speed`, never below `floorMs`.
    static int scaledInterval(qint64 scenarioMs, double speed, int floorMs);
};

} // namespace wf::sim
