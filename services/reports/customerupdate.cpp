#include "reports/customerupdate.h"

#include "reports/incidentreport.h"

namespace wf::reports {

namespace {

QString impactWord(HealthState s, bool carried)
{
    if (carried)
        return CustomerUpdate::tr("running on a backup AI provider; you may notice slower or slightly different responses");
    switch (s) {
    case HealthState::MajorOutage:
        return CustomerUpdate::tr("unavailable or failing for most requests");
    case HealthState::PartialOutage:
        return CustomerUpdate::tr("failing for some requests");
    default:
        return CustomerUpdate::tr("experiencing elevated errors or slower responses");
    }
}

} // namespace

QString CustomerUpdate::text(const QList<AppImpact> &impacts, const ReportSanitizer &sanitizer, qint64 nowMs,
                             qint64 nextUpdateInMs, const QString &customer, const QString &drillNote)
{
    QList<AppImpact> hit;
    for (const AppImpact &a : ImpactAnalyzer::affected(impacts))
        if (customer.isEmpty() || a.customers.contains(customer, Qt::CaseInsensitive))
            hit << a;

    QStringList lines;
    if (!drillNote.isEmpty()) {
        lines << drillNote;
        lines << tr("Exercise only: this update describes a replayed scenario, not the current state of our services.");
        lines << QString();
    }
    lines << tr("Service status update - %1").arg(IncidentReport::formatTime(nowMs));
    lines << QString();
    if (hit.isEmpty()) {
        lines << tr("All services are operating normally. We continue to monitor our AI providers.");
        return sanitizer.cleanForCustomer(lines.join(QLatin1Char('\n'))) + QLatin1Char('\n');
    }
    lines << tr("We are seeing problems at an upstream AI provider that affect the following services:");
    lines << QString();
    for (const AppImpact &a : hit) {
        QString line = QStringLiteral("- %1: %2").arg(a.name, impactWord(a.state, a.fallbackCarrying));
        if (a.sinceMs > 0)
            line += tr(", since %1 (%2)").arg(IncidentReport::formatTime(a.sinceMs), IncidentReport::formatDuration(nowMs - a.sinceMs));
        line += QLatin1Char('.');
        lines << line;
        if (!a.failing.isEmpty())
            lines << tr("  Cause: an incident at %1.").arg(a.throughText());
        if (a.fallbackCarrying)
            lines << tr("  A fallback (%1) is carrying the traffic in the meantime.").arg(a.fallbackText());
        else
            lines << tr("  No fallback is carrying this service at the moment; we are working on restoring it.");
    }
    lines << QString();
    lines << tr("Our team is monitoring the situation and will switch traffic as needed.");
    lines << tr("Next update: by %1, or sooner if the situation changes.").arg(IncidentReport::formatTime(nowMs + nextUpdateInMs));
    return sanitizer.cleanForCustomer(lines.join(QLatin1Char('\n'))) + QLatin1Char('\n');
}

} // namespace wf::reports
