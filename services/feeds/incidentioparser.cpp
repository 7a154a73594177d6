#include "incidentioparser.h"

#include "feeds/parsehelpers.h"
#include "feeds/statemapping.h"
#include "feeds/statuspageparser.h"

#include <QHash>

namespace wf::feeds {

using namespace parse;

Result<FeedSnapshot> IncidentIoParser::parse(const QByteArray &body, const net::HeaderList &headers) const
{
    auto doc = json(body, headers);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Result<FeedSnapshot>::failure(QStringLiteral("feed.shape"), tr("Expected an incident.io JSON object"));
    const QJsonObject root = doc->object();
    const QJsonValue summary = root.value(QLatin1String("summary"));
    if (summary.isObject())
        return fromProxy(summary.toObject());
    if (root.contains(QLatin1String("page_title")) || root.contains(QLatin1String("ongoing_incidents")))
        return fromWidget(root);
    return StatuspageParser::fromObject(root, format());
}

namespace {

QDateTime time(const QJsonObject &o, const char *key, QStringList &warnings)
{
    const QString raw = str(o, key);
    if (raw.isEmpty())
        return {};
    const QDateTime t = isoTime(raw);
    if (!t.isValid())
        warnings << IncidentIoParser::tr("%1: unreadable timestamp %2 ignored").arg(QLatin1String(key), clean(raw, 60));
    return t;
}

Incident ongoing(const QJsonObject &o, QStringList &warnings)
{
    Incident inc;
    inc.id = clean(str(o, "id"), kMaxName);
    inc.title = clean(str(o, "name"), kMaxTitle);
    if (inc.title.isEmpty())
        inc.title = IncidentIoParser::tr("(untitled incident)");
    inc.status = clean(str(o, "status"), kMaxName).toLower();
    inc.impact = clean(str(o, "current_worst_impact"), kMaxName).toLower();
    inc.impactState = statuspageImpactState(inc.impact);
    inc.open = !statuspageIncidentClosed(inc.status);
    inc.started = time(o, "published_at", warnings);
    inc.updated = time(o, "last_update_at", warnings);
    inc.url = safeUrl(str(o, "url"));
    for (const char *key : {"component_impacts", "affected_components"})
        for (const QJsonValue &c : o.value(QLatin1String(key)).toArray()) {
            const QJsonObject co = c.toObject();
            QString id = clean(str(co, "component_id"), kMaxName);
            if (id.isEmpty())
                id = clean(str(co, "id"), kMaxName);
            if (!id.isEmpty() && !inc.components.contains(id))
                inc.components << id;
        }
    const QString message = clean(str(o, "last_update_message"), kMaxBody, true);
    if (!message.isEmpty() || inc.updated.isValid()) {
        IncidentUpdate u;
        u.id = inc.id + QLatin1Char('@') + (inc.updated.isValid() ? inc.updated.toString(Qt::ISODate) : QString());
        u.time = inc.updated;
        u.status = inc.status;
        u.body = message;
        inc.updates << u;
    }
    return inc;
}

Incident maintenance(const QJsonObject &o, QStringList &warnings)
{
    Incident m = ongoing(o, warnings);
    m.impact = QStringLiteral("maintenance");
    m.impactState = HealthState::Maintenance;
    m.open = maintenanceActive(m.status);
    m.scheduledFor = time(o, "starts_at", warnings);
    if (!m.scheduledFor.isValid())
        m.scheduledFor = time(o, "started_at", warnings);
    m.scheduledUntil = time(o, "ends_at", warnings);
    if (!m.scheduledUntil.isValid())
        m.scheduledUntil = time(o, "scheduled_end_at", warnings);
    return m;
}

} // namespace

Result<FeedSnapshot> IncidentIoParser::fromProxy(const QJsonObject &summary)
{
    FeedSnapshot s;
    s.format = QStringLiteral("incidentio-proxy");
    s.pageName = clean(str(summary, "name"), kMaxName);
    s.pageUrl = safeUrl(str(summary, "public_url"));
    const QJsonValue comps = summary.value(QLatin1String("components"));
    if (!comps.isArray())
        return Result<FeedSnapshot>::failure(QStringLiteral("feed.shape"),
            tr("summary.components: expected an array, got %1").arg(typeName(comps)));

    QHash<QString, QString> groupOf;
    for (const QJsonValue &item : summary.value(QLatin1String("structure")).toObject().value(QLatin1String("items")).toArray()) {
        const QJsonObject g = item.toObject().value(QLatin1String("group")).toObject();
        const QString gname = clean(str(g, "name"), kMaxName);
        for (const QJsonValue &c : g.value(QLatin1String("components")).toArray())
            groupOf.insert(str(c.toObject(), "component_id"), gname);
    }
    QHash<QString, QString> affected;
    for (const QJsonValue &a : summary.value(QLatin1String("affected_components")).toArray())
        affected.insert(str(a.toObject(), "component_id"), clean(str(a.toObject(), "status"), kMaxName));

    for (const QJsonValue &cv : comps.toArray()) {
        const QJsonObject c = cv.toObject();
        Component comp;
        comp.id = clean(str(c, "id"), kMaxName);
        if (comp.id.isEmpty()) {
            s.warnings << tr("summary.components: entry without id skipped");
            continue;
        }
        if (s.component(comp.id)) {
            s.warnings << tr("summary.components: duplicate id %1 skipped").arg(comp.id);
            continue;
        }
        comp.name = clean(str(c, "name"), kMaxName);
        if (comp.name.isEmpty())
            comp.name = comp.id;
        comp.group = groupOf.value(comp.id);
        // Components not listed as affected are operational: that is how the page renders them.
        comp.rawStatus = affected.value(comp.id, QStringLiteral("operational"));
        comp.state = statuspageComponentState(comp.rawStatus);
        s.components << comp;
    }
    for (const QJsonValue &iv : summary.value(QLatin1String("ongoing_incidents")).toArray()) {
        Incident inc = ongoing(iv.toObject(), s.warnings);
        if (!inc.id.isEmpty() && !s.incident(inc.id))
            s.incidents << inc;
    }
    for (const QJsonValue &mv : summary.value(QLatin1String("scheduled_maintenances")).toArray()) {
        Incident m = maintenance(mv.toObject(), s.warnings);
        if (!m.id.isEmpty())
            s.maintenances << m;
    }
    return s;
}

Result<FeedSnapshot> IncidentIoParser::fromWidget(const QJsonObject &root)
{
    FeedSnapshot s;
    s.format = QStringLiteral("incidentio-widget");
    s.pageName = clean(str(root, "page_title"), kMaxName);
    s.pageUrl = safeUrl(str(root, "page_url"));
    const QJsonValue list = root.value(QLatin1String("ongoing_incidents"));
    if (!list.isArray() && !list.isNull() && !list.isUndefined())
        return Result<FeedSnapshot>::failure(QStringLiteral("feed.shape"),
            tr("ongoing_incidents: expected an array, got %1").arg(typeName(list)));
    for (const QJsonValue &iv : list.toArray()) {
        const QJsonObject o = iv.toObject();
        Incident inc = ongoing(o, s.warnings);
        if (inc.id.isEmpty())
            continue;
        // The widget lists only affected components, with their current status.
        for (const QJsonValue &cv : o.value(QLatin1String("affected_components")).toArray()) {
            const QJsonObject c = cv.toObject();
            Component comp;
            comp.id = clean(str(c, "id"), kMaxName);
            if (comp.id.isEmpty() || s.component(comp.id))
                continue;
            comp.name = clean(str(c, "name"), kMaxName);
            comp.group = clean(str(c, "group_name"), kMaxName);
            comp.rawStatus = clean(str(c, "current_status"), kMaxName);
            comp.state = statuspageComponentState(comp.rawStatus);
            s.components << comp;
        }
        s.incidents << inc;
    }
    for (const char *key : {"in_progress_maintenances", "scheduled_maintenances"})
        for (const QJsonValue &mv : root.value(QLatin1String(key)).toArray()) {
            Incident m = maintenance(mv.toObject(), s.warnings);
            if (!m.id.isEmpty())
                s.maintenances << m;
        }
    return s;
}

} // namespace wf::feeds
