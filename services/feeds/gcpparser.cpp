#include "gcpparser.h"

#include "feeds/parsehelpers.h"
#include "feeds/statemapping.h"

namespace wf::feeds {

using namespace parse;

Result<FeedSnapshot> GcpParser::parse(const QByteArray &body, const net::HeaderList &headers) const
{
    auto doc = json(body, headers);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return Result<FeedSnapshot>::failure(QStringLiteral("feed.shape"),
            tr("Expected the Google Cloud incidents array, got %1").arg(doc->isObject() ? tr("an object") : tr("a scalar")));
    FeedSnapshot s;
    s.format = format();
    s.pageName = QStringLiteral("Google Cloud");
    s.pageUrl = QStringLiteral("https://status.cloud.google.com");
    int n = 0;
    for (const QJsonValue &iv : doc->array()) {
        const QString where = QStringLiteral("[%1]").arg(n++);
        if (!iv.isObject()) {
            s.warnings << tr("%1: expected an object, got %2; skipped").arg(where, typeName(iv));
            continue;
        }
        const QJsonObject o = iv.toObject();
        Incident inc;
        inc.id = clean(str(o, "id"), kMaxName);
        if (inc.id.isEmpty()) {
            s.warnings << tr("%1: incident without id skipped").arg(where);
            continue;
        }
        if (!regionFilter().isEmpty()) {
            QStringList regions;
            for (const char *key : {"currently_affected_locations", "previously_affected_locations"})
                for (const QJsonValue &l : o.value(QLatin1String(key)).toArray())
                    regions << str(l.toObject(), "id");
            bool wanted = regions.isEmpty(); // global incidents always count
            for (const QString &r : regions)
                wanted = wanted || regionWanted(r);
            if (!wanted)
                continue;
        }
        inc.title = clean(str(o, "external_desc"), kMaxTitle);
        if (inc.title.isEmpty())
            inc.title = clean(str(o, "service_name"), kMaxTitle);
        inc.impact = clean(str(o, "status_impact"), kMaxName);
        inc.impactState = gcpState(inc.impact);
        if (inc.impactState == HealthState::Unknown)
            s.warnings << tr("%1: unknown status_impact \"%2\" read as unknown").arg(where, inc.impact);
        inc.started = isoTime(str(o, "begin"));
        inc.updated = isoTime(str(o, "modified"));
        inc.resolved = isoTime(str(o, "end"));
        const QJsonValue end = o.value(QLatin1String("end"));
        inc.open = end.isNull() || end.isUndefined() || (end.isString() && end.toString().isEmpty());
        if (!inc.open && !inc.resolved.isValid())
            s.warnings << tr("%1: unreadable end time; treated as closed").arg(where);
        inc.status = inc.open ? clean(str(o.value(QLatin1String("most_recent_update")).toObject(), "status"), kMaxName).toLower()
                              : QStringLiteral("resolved");
        const QString uri = str(o, "uri");
        if (!uri.isEmpty())
            inc.url = safeUrl(QStringLiteral("https://status.cloud.google.com/") + uri);
        for (const QJsonValue &pv : o.value(QLatin1String("affected_products")).toArray()) {
            const QJsonObject p = pv.toObject();
            const QString pid = clean(str(p, "id"), kMaxName);
            if (pid.isEmpty())
                continue;
            inc.components << pid;
            Component *existing = nullptr;
            for (Component &c : s.components)
                if (c.id == pid)
                    existing = &c;
            if (!existing) {
                Component c;
                c.id = pid;
                c.name = clean(str(p, "title"), kMaxName);
                c.state = HealthState::Operational;
                c.rawStatus = QStringLiteral("AVAILABLE");
                s.components << c;
                existing = &s.components.last();
            }
            if (inc.open && rank(inc.impactState) > rank(existing->state)) {
                existing->state = inc.impactState;
                existing->rawStatus = inc.impact;
            }
        }
        int un = 0;
        for (const QJsonValue &uv : o.value(QLatin1String("updates")).toArray()) {
            const QJsonObject u = uv.toObject();
            IncidentUpdate up;
            up.time = isoTime(str(u, "when"));
            if (!up.time.isValid())
                up.time = isoTime(str(u, "created"));
            up.status = clean(str(u, "status"), kMaxName).toLower();
            up.body = clean(str(u, "text"), kMaxBody, true);
            // GCP updates carry no id; their creation time is unique within an incident.
            up.id = up.time.isValid() ? up.time.toString(Qt::ISODate) : QStringLiteral("u%1").arg(un);
            ++un;
            inc.updates << up;
        }
        s.incidents << inc;
    }
    return s;
}

} // namespace wf::feeds
