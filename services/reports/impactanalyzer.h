#pragma once

#include "config/config.h"
#include "core/healthstate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace wf::reports {

// One configured route of an app and how it is doing.
struct RouteImpact
{
    QString routeNode;       // node id (for lookups, never shown to customers)
    QString provider;
    QString providerName;
    QString model;
    bool fallback = false;
    HealthState state = HealthState::Unknown;
};

// Whether and how one app (and so its customers) is affected right now.
struct AppImpact
{
    QString appId;
    QString name;
    QStringList customers;
    QStringList tags;
    HealthState state = HealthState::Unknown;   // the app's rolled-up state
    qint64 sinceMs = 0;                         // when it turned bad (0 = not known)
    QList<RouteImpact> failing;                 // primary routes that are bad
    QList<RouteImpact> fallbacks;               // healthy fallback routes
    bool fallbackCarrying = false;              // primaries bad, a healthy fallback takes the traffic
    bool affected() const { return !failing.isEmpty() || isBad(state); }
    // "Anthropic claude-opus-4-6, OpenAI" for the failing routes.
    QString throughText() const;
    QString fallbackText() const;
};

// Works out customer and app impact from the configured routes and current node states (the
// same rules as the health roll-up: an app is hit when its primary routes are bad; a healthy
// fallback route carries it). Pure: states come from the callbacks.
class ImpactAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(wf::reports::ImpactAnalyzer)
public:
    using StateOf = std::function<HealthState(const QString &nodeId)>;
    using SinceOf = std::function<qint64(const QString &nodeId)>; // 0 = unknown

    static QList<AppImpact> analyze(const config::Config &config, const StateOf &stateOf, const SinceOf &sinceOf);
    // The affected ones only, worst first, then by name.
    static QList<AppImpact> affected(const QList<AppImpact> &all);
};

} // namespace wf::reports
