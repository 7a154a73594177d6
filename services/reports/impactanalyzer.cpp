#include "reports/impactanalyzer.h"

#include "topology/topologybuilder.h"

#include <algorithm>

namespace wf::reports {

namespace {

QString routeText(const RouteImpact &r)
{
    return r.model.isEmpty() ? r.providerName : QStringLiteral("%1 %2").arg(r.providerName, r.model);
}

QString joinRoutes(const QList<RouteImpact> &routes)
{
    QStringList parts;
    for (const RouteImpact &r : routes) {
        const QString t = routeText(r);
        if (!parts.contains(t))
            parts << t;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString AppImpact::throughText() const
{
    return joinRoutes(failing);
}

QString AppImpact::fallbackText() const
{
    return joinRoutes(fallbacks);
}

QList<AppImpact> ImpactAnalyzer::analyze(const config::Config &config, const StateOf &stateOf, const SinceOf &sinceOf)
{
    QList<AppImpact> out;
    for (const config::AppConfig &app : config.apps) {
        AppImpact a;
        a.appId = app.id;
        a.name = app.name.isEmpty() ? app.id : app.name;
        a.customers = app.customers;
        a.tags = app.tags;
        const QString appNode = topology::ids::app(app.id);
        a.state = stateOf(appNode);
        qint64 since = 0;
        auto earliest = [&since](qint64 t) {
            if (t > 0 && (since == 0 || t < since))
                since = t;
        };
        bool anyPrimaryHealthy = false;
        for (int i = 0; i < app.routes.size(); ++i) {
            const config::RouteConfig &rc = app.routes.at(i);
            RouteImpact r;
            r.routeNode = topology::ids::route(app.id, i);
            r.provider = rc.provider;
            const config::ProviderConfig *p = config.provider(rc.provider);
            r.providerName = p && !p->name.isEmpty() ? p->name : rc.provider;
            r.model = rc.model;
            r.fallback = rc.fallback;
            // The route's own state; before the roll-up knows it, its target's.
            const QStringList chain = {r.routeNode,
                                       rc.model.isEmpty() ? QString() : topology::ids::model(rc.provider, rc.model),
                                       topology::ids::provider(rc.provider)};
            QString decidedBy;
            for (const QString &node : chain) {
                if (node.isEmpty())
                    continue;
                r.state = stateOf(node);
                decidedBy = node;
                if (r.state != HealthState::Unknown)
                    break;
            }
            const bool bad = isBad(r.state);
            if (!rc.fallback && bad) {
                a.failing << r;
                for (const QString &node : chain)
                    if (!node.isEmpty() && isBad(stateOf(node)))
                        earliest(sinceOf(node));
            } else if (!rc.fallback && rc.weight > 0 && !bad && r.state != HealthState::Unknown) {
                anyPrimaryHealthy = true;
            } else if (rc.fallback && !bad && r.state != HealthState::Unknown) {
                a.fallbacks << r;
            }
        }
        if (isBad(a.state))
            earliest(sinceOf(appNode));
        a.sinceMs = since;
        a.fallbackCarrying = !a.failing.isEmpty() && !anyPrimaryHealthy && !a.fallbacks.isEmpty();
        out << a;
    }
    return out;
}

QList<AppImpact> ImpactAnalyzer::affected(const QList<AppImpact> &all)
{
    QList<AppImpact> out;
    for (const AppImpact &a : all)
        if (a.affected())
            out << a;
    std::stable_sort(out.begin(), out.end(), [](const AppImpact &x, const AppImpact &y) {
        if (x.fallbackCarrying != y.fallbackCarrying)
            return !x.fallbackCarrying; // not carried by a fallback is worse
        if (rank(x.state) != rank(y.state))
            return rank(x.state) > rank(y.state);
        return x.name.localeAwareCompare(y.name) < 0;
    });
    return out;
}

} // namespace wf::reports
