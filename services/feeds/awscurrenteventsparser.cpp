#include "awscurrenteventsparser.h"

#include "feeds/parsehelpers.h"
#include "feeds/statemapping.h"

#include <QRegularExpression>

namespace wf::feeds {

using namespace parse;

static QString statusText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toInteger(-1));
    return {};
}

static QDateTime epoch(const QJsonValue &v)
{
    qint64 secs = -1;
    if (v.isString()) {
        bool ok = false;
        secs = v.toString().toLongLong(&ok);
        if (!ok)
            secs = -1;
    } else if (v.isDouble()) {
        secs = v.toInteger(-1);
    }
    if (secs <= 0 || secs > 253402300799LL)
        return {};
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

static QString regionOf(const QJsonObject &o)
{
    // arn:aws:health:<region>::event/...
    const QStringList arn = str(o, "arn").split(QLatin1Char(':'));
    if (arn.size() > 3 && !arn.at(3).isEmpty())
        return arn.at(3);
    static const QRegularExpression re(QStringLiteral("([a-z]{2}(-gov)?-[a-z]+-\\d)$"));
    return re.match(str(o, "service")).captured(1);
}

Result<FeedSnapshot> AwsCurrentEventsParser::parse(const QByteArray &body, const net::HeaderList &headers) const
{
    auto doc = json(body, headers);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return Result<FeedSnapshot>::failure(QStringLiteral("feed.shape"),
            tr("Expected the AWS current-events array, got %1").arg(doc->isObject() ? tr("an object") : tr("a scalar")));
    FeedSnapshot s;
    s.format = format();
    s.pageName = QStringLiteral("AWS Health");
    s.pageUrl = QStringLiteral("https://health.aws.amazon.com/health/status");
    int n = 0;
    for (const QJsonValue &ev : doc->array()) {
        const QString where = QStringLiteral("[%1]").arg(n++);
        if (!ev.isObject()) {
            s.warnings << tr("%1: expected an object, got %2; skipped").arg(where, typeName(ev));
            continue;
        }
        const QJsonObject o = ev.toObject();
        if (!regionWanted(regionOf(o)))
            continue;
        Incident inc;
        inc.id = clean(str(o, "arn"), 400);
        if (inc.id.isEmpty())
            inc.id = clean(str(o, "service"), kMaxName) + QLatin1Char('_') + statusText(o.value(QLatin1String("date")));
        if (inc.id.isEmpty() || inc.id == QLatin1String("_")) {
            s.warnings << tr("%1: event without arn or service skipped").arg(where);
            continue;
        }
        const QString region = clean(str(o, "region_name"), kMaxName);
        inc.title = clean(str(o, "service_name"), kMaxName) + QStringLiteral(": ") + clean(str(o, "summary"), kMaxTitle);
        if (!region.isEmpty())
            inc.title += QStringLiteral(" (%1)").arg(region);
        inc.impact = statusText(o.value(QLatin1String("status")));
        inc.impactState = awsEventState(inc.impact);
        if (inc.impactState == HealthState::Unknown)
            s.warnings << tr("%1: unknown status \"%2\" read as unknown").arg(where, clean(inc.impact, 40));
        inc.open = inc.impact != QLatin1String("0");
        inc.status = inc.open ? QStringLiteral("open") : QStringLiteral("resolved");
        inc.started = epoch(o.value(QLatin1String("date")));

        const QJsonObject impacted = o.value(QLatin1String("impacted_services")).toObject();
        for (auto it = impacted.begin(); it != impacted.end(); ++it) {
            const QJsonObject svc = it.value().toObject();
            Component c;
            c.id = clean(it.key(), kMaxName);
            c.name = clean(str(svc, "service_name"), kMaxName);
            c.group = region;
            c.rawStatus = statusText(svc.value(QLatin1String("current")));
            c.state = awsEventState(c.rawStatus);
            inc.components << c.id;
            bool merged = false;
            for (Component &existing : s.components)
                if (existing.id == c.id) {
                    existing.state = worst(existing.state, c.state);
                    merged = true;
                }
            if (!merged)
                s.components << c;
        }
        if (impacted.isEmpty()) {
            Component c;
            c.id = clean(str(o, "service"), kMaxName);
            c.name = clean(str(o, "service_name"), kMaxName);
            c.group = region;
            c.rawStatus = inc.impact;
            c.state = inc.impactState;
            if (!c.id.isEmpty() && !s.component(c.id)) {
                s.components << c;
                inc.components << c.id;
            }
        }
        const QJsonArray log = o.value(QLatin1String("event_log")).toArray();
        for (qsizetype i = log.size() - 1; i >= 0; --i) { // newest first
            const QJsonObject e = log.at(i).toObject();
            IncidentUpdate u;
            u.time = epoch(e.value(QLatin1String("timestamp")));
            u.status = statusText(e.value(QLatin1String("status")));
            u.id = statusText(e.value(QLatin1String("timestamp"))) + QLatin1Char('-') + u.status;
            const QString summary = clean(str(e, "summary"), kMaxTitle);
            const QString message = clean(str(e, "message"), kMaxBody, true);
            u.body = summary.isEmpty() ? message : summary + QStringLiteral(": ") + message;
            inc.updates << u;
            if (u.time.isValid() && (!inc.updated.isValid() || u.time > inc.updated))
                inc.updated = u.time;
        }
        s.incidents << inc;
    }
    return s;
}

} // namespace wf::feeds
