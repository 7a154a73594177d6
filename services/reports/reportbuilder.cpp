#include "reports/reportbuilder.h"
#include "core/clock.h"

#include "health/availability.h"
#include "health/healthstore.h"
#include "store/database.h"
#include "store/store.h"
#include "topology/topologybuilder.h"

#include <QDateTime>
#include <QMap>
#include <QSet>

namespace wf::reports {

namespace {

constexpr qint64 kLookBackMs = 7LL * 86'400'000; // detections that started before the window

bool wanted(const ReportRequest &r, const QString &provider)
{
    return r.providers.isEmpty() || r.providers.contains(provider);
}

QString providerName(const ReportRequest &r, const QString &id)
{
    return r.providerNames.value(id, id);
}

} // namespace

ReportRequest ReportBuilder::request(const config::Config &config, const QStringList &providers, qint64 fromMs, qint64 toMs)
{
    ReportRequest r;
    r.fromMs = fromMs;
    r.toMs = toMs;
    r.providers = providers;
    r.generatedMs = wf::clock::nowMs();
    for (const config::ProviderConfig &p : config.providers)
        r.providerNames.insert(p.id, p.name.isEmpty() ? p.id : p.name);
    for (const config::AppConfig &a : config.apps) {
        const QString name = a.name.isEmpty() ? a.id : a.name;
        r.nodeLabels.insert(topology::ids::app(a.id), name);
        for (int i = 0; i < a.routes.size(); ++i) {
            const config::RouteConfig &rc = a.routes.at(i);
            const QString target = rc.model.isEmpty() ? providerName(r, rc.provider)
                                                      : QStringLiteral("%1 %2").arg(providerName(r, rc.provider), rc.model);
            r.nodeLabels.insert(topology::ids::route(a.id, i),
                                rc.fallback ? tr("%1 fallback route to %2").arg(name, target) : tr("%1 route to %2").arg(name, target));
        }
    }
    for (const config::ProbeConfig &p : config.probes)
        r.nodeLabels.insert(topology::ids::probe(p.id), tr("probe %1").arg(p.name.isEmpty() ? p.id : p.name));
    for (const config::GatewayConfig &g : config.gateways)
        r.nodeLabels.insert(topology::ids::gateway(g.id), tr("gateway %1").arg(g.name.isEmpty() ? g.id : g.name));
    return r;
}

QString ReportBuilder::nodeLabel(const QString &node, const ReportRequest &r)
{
    if (r.nodeLabels.contains(node))
        return r.nodeLabels.value(node);
    const qsizetype colon = node.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return node;
    const QString kind = node.left(colon);
    const QString rest = node.mid(colon + 1);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (kind == QLatin1String("provider"))
        return providerName(r, rest);
    if ((kind == QLatin1String("model") || kind == QLatin1String("component")) && slash > 0)
        return QStringLiteral("%1 %2").arg(providerName(r, rest.left(slash)), rest.mid(slash + 1));
    return rest;
}

Result<IncidentReport> ReportBuilder::build(store::Database &db, const ReportRequest &req)
{
    IncidentReport report;
    report.fromMs = req.fromMs;
    report.toMs = req.toMs;
    report.generatedMs = req.generatedMs;
    report.drillNote = req.drillNote;

    QSet<QString> seenProviders;
    auto noteProvider = [&](const QString &p) { seenProviders.insert(p); };

    // The providers' own updates.
    auto up = db.prepare(QStringLiteral(
        "SELECT u.provider, u.incident_id, COALESCE(i.title, u.incident_id), u.status, u.body, u.ts_ms "
        "FROM incident_updates u LEFT JOIN incidents i ON i.provider = u.provider AND i.incident_id = u.incident_id "
        "WHERE u.ts_ms >= ?1 AND u.ts_ms < ?2 ORDER BY u.ts_ms, u.provider, u.incident_id, u.update_id"));
    if (!up)
        return up.error();
    up->bind(1, req.fromMs).bind(2, req.toMs);
    while (up->step()) {
        const QString provider = up->text(0);
        if (!wanted(req, provider))
            continue;
        noteProvider(provider);
        report.updates << ProviderUpdate{up->int64(5), provider, up->text(1), up->text(2), up->text(3), up->text(4)};
    }

    // Status-page component changes and the provider's own availability view per component.
    QList<TimelineEvent> componentEvents;
    auto cs = db.prepare(QStringLiteral(
        "SELECT provider, component_id, COALESCE(name, component_id), state, ts_ms FROM component_states "
        "WHERE ts_ms < ?1 ORDER BY provider, component_id, ts_ms, id"));
    if (!cs)
        return cs.error();
    cs->bind(1, req.toMs);
    struct ComponentHistory
    {
        QString provider;
        QString name;
        HealthState initial = HealthState::Unknown;
        bool seen = false;
        QList<health::StateChange> changes;
    };
    QMap<QString, ComponentHistory> components; // "provider/component" keeps a stable order
    while (cs->step()) {
        const QString provider = cs->text(0);
        if (!wanted(req, provider))
            continue;
        ComponentHistory &h = components[provider + QLatin1Char('/') + cs->text(1)];
        h.provider = provider;
        h.name = cs->text(2);
        const HealthState s = stateFromKey(cs->text(3));
        const qint64 ts = cs->int64(4);
        if (ts <= req.fromMs) {
            h.initial = s;
            h.seen = true;
            continue;
        }
        const HealthState previous = h.changes.isEmpty() ? h.initial : h.changes.constLast().state;
        if (s == previous)
            continue;
        h.changes << health::StateChange{ts, s};
        // The first reading of a component is where the history starts, not a change.
        if (h.seen)
            componentEvents << TimelineEvent{ts, EventSource::Provider,
                                             tr("Status page: %1 is now %2").arg(h.name, stateLabel(s).toLower())};
        else if (isBad(s))
            componentEvents << TimelineEvent{ts, EventSource::Provider,
                                             tr("Status page: %1 first seen as %2").arg(h.name, stateLabel(s).toLower())};
        h.seen = true;
    }
    for (const ComponentHistory &h : std::as_const(components)) {
        if (h.changes.isEmpty() && h.initial == HealthState::Unknown)
            continue;
        noteProvider(h.provider);
        const health::AvailabilityReport a = health::Availability::compute(h.changes, h.initial, req.fromMs, req.toMs);
        report.availability << AvailabilityRow{h.provider, h.name, tr("status page"), a.availability(), a.downMs, a.mttrMs, a.incidents};
    }

    // Watchfloor's own view: node state history of each provider and its models.
    auto nodes = db.prepare(QStringLiteral("SELECT DISTINCT node FROM node_states WHERE node LIKE 'provider:%' OR node LIKE 'model:%' ORDER BY node"));
    if (!nodes)
        return nodes.error();
    QStringList nodeIds;
    while (nodes->step())
        nodeIds << nodes->text(0);
    for (const QString &node : std::as_const(nodeIds)) {
        const QString rest = node.mid(node.indexOf(QLatin1Char(':')) + 1);
        const QString provider = rest.section(QLatin1Char('/'), 0, 0);
        if (!wanted(req, provider))
            continue;
        auto tl = health::HealthStore::readTimeline(db, node, req.fromMs, req.toMs);
        if (!tl)
            return tl.error();
        if (tl->changes.isEmpty() && tl->initial == HealthState::Unknown)
            continue;
        noteProvider(provider);
        const health::AvailabilityReport a = health::Availability::compute(tl->changes, tl->initial, req.fromMs, req.toMs);
        report.availability << AvailabilityRow{provider, nodeLabel(node, req), tr("Watchfloor"), a.availability(), a.downMs, a.mttrMs, a.incidents};
    }

    // Detections that overlap the window.
    auto incidents = health::HealthStore::readIncidents(db, req.fromMs - kLookBackMs, req.toMs);
    if (!incidents)
        return incidents.error();
    for (const health::HealthIncident &i : *incidents) {
        if (!wanted(req, i.provider))
            continue;
        if (i.resolvedMs > 0 && i.resolvedMs < req.fromMs)
            continue;
        noteProvider(i.provider);
        Detection d;
        d.node = i.node;
        d.label = nodeLabel(i.node, req);
        d.provider = i.provider;
        d.startedMs = i.startedMs;
        d.detectedMs = i.detectedMs;
        d.ahead = i.ahead;
        d.feedAckMs = i.feedAckMs;
        d.lagMs = i.lagMs;
        d.resolvedMs = i.resolvedMs;
        d.worst = stateFromKey(i.worst);
        report.detections << d;
    }

    // Operator actions in the window (routing changes, acknowledgements, ...).
    auto audit = store::Store::readAudit(db, req.fromMs, req.toMs);
    if (!audit)
        return audit.error();
    for (const store::AuditEvent &e : *audit)
        report.actions << OperatorAction{e.tsMs, e.actor, e.action, nodeLabel(e.target, req), e.reason, e.result};

    report.providers = req.providers;
    if (report.providers.isEmpty()) {
        report.providers = QStringList(seenProviders.begin(), seenProviders.end());
        report.providers.sort();
    }
    for (const QString &p : std::as_const(report.providers))
        report.providerNames << providerName(req, p);
    report.buildTimeline(componentEvents);
    return report;
}

} // namespace wf::reports
