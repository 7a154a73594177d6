#include "statuspageparser.h"

#include "feeds/parsehelpers.h"
#include "feeds/statemapping.h"

#include <QHash>
#include <QSet>

namespace wf::feeds {

using namespace parse;

Result<FeedSnapshot> StatuspageParser::parse(const QByteArray &body, const net::HeaderList &headers) const
{
    auto doc = json(body, headers);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Result<FeedSnapshot>::failure(QStringLiteral("feed.shape"),
            tr("Expected a Statuspage JSON object, got %1").arg(doc->isArray() ? tr("an array") : tr("a scalar")));
    return fromObject(doc->object(), format());
}

namespace {

QDateTime timeField(const QJsonObject &o, const char *key, const QString &where, QStringList &warnings)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return {};
    const QDateTime t = v.isString() ? isoTime(v.toString()) : QDateTime();
    if (!t.isValid())
        warnings << StatuspageParser::tr("%1.%2: unreadable timestamp %3 ignored").arg(where, QLatin1String(key),
                                                                    clean(v.isString() ? v.toString() : typeName(v), 60));
    return t;
}

Incident readIncident(const QJsonObject &o, bool maintenance, const QString &where, QStringList &warnings)
{
    Incident inc;
    inc.id = clean(str(o, "id"), kMaxName);
    inc.title = clean(str(o, "name"), kMaxTitle);
    if (inc.title.isEmpty()) {
        warnings << StatuspageParser::tr("%1: incident %2 has no name").arg(where, inc.id);
        inc.title = StatuspageParser::tr("(untitled incident)");
    }
    inc.status = clean(str(o, "status"), kMaxName).toLower();
    inc.impact = clean(str(o, "impact"), kMaxName).toLower();
    inc.impactState = maintenance ? HealthState::Maintenance : statuspageImpactState(inc.impact);
    if (!maintenance && inc.impactState == HealthState::Unknown && !inc.impact.isEmpty())
        warnings << StatuspageParser::tr("%1: unknown impact \"%2\" read as unknown").arg(where, inc.impact);
    inc.started = timeField(o, "started_at", where, warnings);
    const QDateTime created = timeField(o, "created_at", where, warnings);
    if (!inc.started.isValid())
        inc.started = created;
    inc.resolved = timeField(o, "resolved_at", where, warnings);
    inc.updated = timeField(o, "updated_at", where, warnings);
    inc.url = safeUrl(str(o, "shortlink"));
    if (maintenance) {
        inc.scheduledFor = timeField(o, "scheduled_for", where, warnings);
        inc.scheduledUntil = timeField(o, "scheduled_until", where, warnings);
        inc.open = maintenanceActive(inc.status);
    } else {
        inc.open = !statuspageIncidentClosed(inc.status) && !inc.resolved.isValid();
    }

    QSet<QString> comps;
    auto addComponent = [&](const QString &id) {
        const QString c = clean(id, kMaxName);
        if (!c.isEmpty() && !comps.contains(c)) {
            comps.insert(c);
            inc.components << c;
        }
    };
    for (const QJsonValue &c : o.value(QLatin1String("components")).toArray())
        addComponent(str(c.toObject(), "id"));

    const QJsonValue ups = o.value(QLatin1String("incident_updates"));
    if (!ups.isArray() && !ups.isNull() && !ups.isUndefined())
        warnings << StatuspageParser::tr("%1.incident_updates: expected an array, got %2").arg(where, typeName(ups));
    int n = 0;
    for (const QJsonValue &uv : ups.toArray()) {
        const QString uw = where + QStringLiteral(".incident_updates[%1]").arg(n++);
        if (!uv.isObject()) {
            warnings << StatuspageParser::tr("%1: expected an object, got %2; skipped").arg(uw, typeName(uv));
            continue;
        }
        const QJsonObject u = uv.toObject();
        IncidentUpdate up;
        up.id = clean(str(u, "id"), kMaxName);
        if (up.id.isEmpty()) {
            warnings << StatuspageParser::tr("%1: update without id skipped").arg(uw);
            continue;
        }
        up.status = clean(str(u, "status"), kMaxName).toLower();
        up.body = clean(str(u, "body"), kMaxBody, true);
        up.time = timeField(u, "display_at", uw, warnings);
        if (!up.time.isValid())
            up.time = timeField(u, "created_at", uw, warnings);
        for (const QJsonValue &ac : u.value(QLatin1String("affected_components")).toArray())
            addComponent(str(ac.toObject(), "code"));
        inc.updates << up;
    }
    return inc;
}

// Reads one list of incidents or maintenances; false (with `error`) when the container is wrong.
bool readIncidentList(const QJsonObject &root, const char *key, bool maintenance, QList<Incident> &out,
                      QStringList &warnings, Error &error)
{
    const QJsonValue v = root.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return true; // incident.io: absent or null when empty
    if (!v.isArray() && maintenance) {
        // Maintenances are secondary: a broken list is dropped with a warning, the rest is kept.
        warnings << StatuspageParser::tr("%1: expected an array, got %2; ignored").arg(QLatin1String(key), typeName(v));
        return true;
    }
    if (!v.isArray()) {
        // Components and incidents carry the state: a wrong container would give a partial picture.
        error = {QStringLiteral("feed.shape"), StatuspageParser::tr("%1: expected an array, got %2").arg(QLatin1String(key), typeName(v))};
        return false;
    }
    QSet<QString> seen;
    int n = 0;
    for (const QJsonValue &iv : v.toArray()) {
        const QString where = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(n++);
        if (!iv.isObject()) {
            warnings << StatuspageParser::tr("%1: expected an object, got %2; skipped").arg(where, typeName(iv));
            continue;
        }
        Incident inc = readIncident(iv.toObject(), maintenance, where, warnings);
        if (inc.id.isEmpty()) {
            warnings << StatuspageParser::tr("%1: incident without id skipped").arg(where);
            continue;
        }
        if (seen.contains(inc.id)) {
            warnings << StatuspageParser::tr("%1: duplicate incident id %2 skipped").arg(where, inc.id);
            continue;
        }
        seen.insert(inc.id);
        out << inc;
    }
    return true;
}

} // namespace

Result<FeedSnapshot> StatuspageParser::fromObject(const QJsonObject &root, const QString &format)
{
    static const char *known[] = {"status", "components", "incidents", "incident", "scheduled_maintenances"};
    bool any = false;
    for (const char *k : known)
        any = any || root.contains(QLatin1String(k));
    if (!any)
        return Result<FeedSnapshot>::failure(QStringLiteral("feed.shape"),
            tr("Not a Statuspage document: none of status, components, incidents or scheduled_maintenances is present"));

    FeedSnapshot s;
    s.format = format;
    s.incidentsComplete = root.contains(QLatin1String("incidents"));
    const QJsonObject page = root.value(QLatin1String("page")).toObject();
    s.pageName = clean(str(page, "name"), kMaxName);
    s.pageUrl = safeUrl(str(page, "url"));

    if (root.contains(QLatin1String("status"))) {
        s.hasIndicator = true;
        const QJsonValue ind = root.value(QLatin1String("status")).toObject().value(QLatin1String("indicator"));
        if (ind.isString()) {
            s.indicator = clean(ind.toString(), kMaxName);
            s.indicatorState = statuspageIndicatorState(s.indicator);
            if (s.indicatorState == HealthState::Unknown)
                s.warnings << tr("status.indicator: unknown value \"%1\" read as unknown").arg(s.indicator);
        } else {
            s.indicatorState = HealthState::Unknown;
            s.warnings << tr("status.indicator: expected a string, got %1; read as unknown").arg(typeName(ind));
        }
    }

    const QJsonValue comps = root.value(QLatin1String("components"));
    if (!comps.isNull() && !comps.isUndefined() && !comps.isArray())
        return Result<FeedSnapshot>::failure(QStringLiteral("feed.shape"),
            tr("components: expected an array, got %1").arg(typeName(comps)));
    QHash<QString, QString> groupNames;
    QList<QPair<Component, QString>> leaves; // component + group id
    QHash<QString, int> index;
    int n = 0;
    for (const QJsonValue &cv : comps.toArray()) {
        const QString where = QStringLiteral("components[%1]").arg(n++);
        if (!cv.isObject()) {
            s.warnings << tr("%1: expected an object, got %2; skipped").arg(where, typeName(cv));
            continue;
        }
        const QJsonObject c = cv.toObject();
        Component comp;
        comp.id = clean(str(c, "id"), kMaxName);
        if (comp.id.isEmpty()) {
            s.warnings << tr("%1: component without a string id skipped").arg(where);
            continue;
        }
        comp.name = clean(str(c, "name"), kMaxName);
        if (comp.name.isEmpty()) {
            s.warnings << tr("%1: component %2 has no name").arg(where, comp.id);
            comp.name = comp.id;
        }
        if (c.value(QLatin1String("group")).toBool(false)) {
            groupNames.insert(comp.id, comp.name);
            continue; // group rows repeat their worst child
        }
        const QJsonValue st = c.value(QLatin1String("status"));
        comp.rawStatus = st.isString() ? clean(st.toString(), kMaxName) : QString();
        comp.state = statuspageComponentState(comp.rawStatus);
        if (comp.state == HealthState::Unknown)
            s.warnings << tr("%1: status %2 of %3 read as unknown")
                              .arg(where, st.isString() ? QStringLiteral("\"%1\"").arg(comp.rawStatus) : typeName(st), comp.id);
        if (auto it = index.constFind(comp.id); it != index.constEnd()) {
            Component &first = leaves[*it].first;
            s.warnings << tr("%1: duplicate component id %2; kept the first entry with the worse status").arg(where, comp.id);
            if (rank(comp.state) > rank(first.state)) {
                first.state = comp.state;
                first.rawStatus = comp.rawStatus;
            }
            continue;
        }
        index.insert(comp.id, int(leaves.size()));
        leaves.append({comp, clean(str(c, "group_id"), kMaxName)});
    }
    for (auto &[comp, groupId] : leaves) {
        comp.group = groupNames.value(groupId);
        s.components << comp;
    }

    Error error;
    if (!readIncidentList(root, "incidents", false, s.incidents, s.warnings, error))
        return error;
    if (!readIncidentList(root, "scheduled_maintenances", true, s.maintenances, s.warnings, error))
        return error;
    const QJsonValue single = root.value(QLatin1String("incident"));
    if (single.isObject()) {
        Incident inc = readIncident(single.toObject(), false, QStringLiteral("incident"), s.warnings);
        if (inc.id.isEmpty())
            return Result<FeedSnapshot>::failure(QStringLiteral("feed.shape"), tr("incident: no id"));
        s.incidents << inc;
    }
    return s;
}

} // namespace wf::feeds
