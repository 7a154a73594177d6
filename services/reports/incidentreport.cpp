#include "reports/incidentreport.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace wf::reports {

int IncidentReport::providerIncidentCount() const
{
    QSet<QString> ids;
    for (const ProviderUpdate &u : updates)
        ids.insert(u.provider + QLatin1Char('/') + u.incidentId);
    return int(ids.size());
}

QString IncidentReport::title() const
{
    const QString who = providerNames.isEmpty() ? tr("all providers") : providerNames.join(QStringLiteral(", "));
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC);
    return tr("Incident report: %1, %2 to %3 UTC")
        .arg(who, from.toString(QStringLiteral("yyyy-MM-dd HH:mm")), to.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString IncidentReport::sourceLabel(EventSource s)
{
    switch (s) {
    case EventSource::Provider:
        return tr("Provider");
    case EventSource::Watchfloor:
        return tr("Watchfloor");
    case EventSource::Operator:
        return tr("Operator");
    }
    return QString();
}

QString IncidentReport::formatDuration(qint64 ms)
{
    const qint64 m = (std::abs(ms) + 30000) / 60000;
    if (m < 60)
        return tr("%1 min").arg(m);
    return IncidentReport::tr("%1 h %2 min").arg(m / 60).arg(m % 60, 2, 10, QLatin1Char('0'));
}

QString IncidentReport::formatTime(qint64 ms, bool withDate)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return withDate ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC") : t.toString(QStringLiteral("HH:mm"));
}

void IncidentReport::buildTimeline(const QList<TimelineEvent> &extra)
{
    timeline.clear();
    for (const ProviderUpdate &u : updates) {
        QString text = QStringLiteral("%1: %2").arg(u.title, u.status.isEmpty() ? tr("update") : u.status);
        if (!u.body.trimmed().isEmpty())
            text += QStringLiteral(" - ") + u.body.simplified();
        timeline << TimelineEvent{u.tsMs, EventSource::Provider, text};
    }
    for (const TimelineEvent &e : extra)
        timeline << e;
    for (const Detection &d : detections) {
        QString text = tr("Detected %1 on %2").arg(stateLabel(d.worst).toLower(), d.label);
        if (d.ahead && d.feedAckMs > 0 && d.lagMs > 0)
            text += tr(" (%1 ahead of the status page)").arg(formatDuration(d.lagMs));
        else if (d.ahead)
            text += tr(" (status page still showed no problem)");
        timeline << TimelineEvent{d.detectedMs, EventSource::Watchfloor, text};
        if (d.feedAckMs > 0 && d.ahead)
            timeline << TimelineEvent{d.feedAckMs, EventSource::Watchfloor,
                                      tr("Status page caught up on %1 (lag %2)").arg(d.label, formatDuration(d.lagMs))};
        if (d.resolvedMs > 0)
            timeline << TimelineEvent{d.resolvedMs, EventSource::Watchfloor,
                                      tr("%1 recovered after %2").arg(d.label, formatDuration(d.resolvedMs - d.startedMs))};
    }
    for (const OperatorAction &a : actions) {
        QString text = QStringLiteral("%1: %2 %3").arg(a.actor, a.action, a.target).trimmed();
        if (!a.reason.isEmpty())
            text += tr(" - reason: %1").arg(a.reason);
        if (!a.result.isEmpty())
            text += tr(" (%1)").arg(a.result);
        timeline << TimelineEvent{a.tsMs, EventSource::Operator, text};
    }
    std::stable_sort(timeline.begin(), timeline.end(), [](const TimelineEvent &a, const TimelineEvent &b) {
        if (a.tsMs != b.tsMs)
            return a.tsMs < b.tsMs;
        return int(a.source) < int(b.source);
    });
}

} // namespace wf::reports
