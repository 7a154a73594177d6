#include "reports/reportrenderer.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace wf::reports {

namespace {

QString percent(double availability)
{
    if (availability < 0)
        return ReportRenderer::tr("no data");
    return QStringLiteral("%1 %").arg(availability * 100.0, 0, 'f', 3);
}

QString outageMinutes(qint64 ms)
{
    return QString::number(double(ms) / 60000.0, 'f', 1);
}

QString mdCell(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s.trimmed();
}

} // namespace

QList<ReportRenderer::Section> ReportRenderer::sections(const IncidentReport &r) const
{
    const bool multiDay = QDateTime::fromMSecsSinceEpoch(r.fromMs, Qt::UTC).date()
        != QDateTime::fromMSecsSinceEpoch(r.toMs - 1, Qt::UTC).date();
    auto when = [multiDay](qint64 ms) { return ms > 0 ? IncidentReport::formatTime(ms, multiDay).remove(QStringLiteral(" UTC")) : QStringLiteral("-"); };

    QList<Section> out;

    Section summary;
    summary.title = tr("Summary");
    summary.paragraph = tr("Window: %1 to %2. Generated %3.")
                            .arg(IncidentReport::formatTime(r.fromMs), IncidentReport::formatTime(r.toMs),
                                 IncidentReport::formatTime(r.generatedMs));
    summary.bullets << tr("Provider incidents in the window: %1 (%2 status page updates)").arg(r.providerIncidentCount()).arg(r.updates.size());
    int ahead = 0;
    qint64 bestLead = 0;
    for (const Detection &d : r.detections) {
        if (d.ahead)
            ++ahead;
        bestLead = std::max(bestLead, d.lagMs);
    }
    summary.bullets << tr("Watchfloor detections: %1, of which %2 before the provider's status page").arg(r.detections.size()).arg(ahead);
    if (!r.detections.isEmpty())
        summary.bullets << tr("First detection: %1").arg(IncidentReport::formatTime(r.detections.first().detectedMs));
    if (bestLead > 0)
        summary.bullets << tr("Largest lead over the status page: %1").arg(IncidentReport::formatDuration(bestLead));
    summary.bullets << tr("Operator actions: %1").arg(r.actions.size());
    qint64 worstDown = 0;
    QString worstSubject;
    for (const AvailabilityRow &a : r.availability)
        if (a.downMs > worstDown) {
            worstDown = a.downMs;
            worstSubject = a.subject;
        }
    if (worstDown > 0)
        summary.bullets << tr("Longest outage: %1 (%2 in outage)").arg(c(worstSubject), IncidentReport::formatDuration(worstDown));
    for (QString &b : summary.bullets)
        b = c(b);
    out << summary;

    Section avail;
    avail.title = tr("Availability");
    avail.paragraph = tr("Outage = partial or major outage; degraded counts as up; unknown time and maintenance are left out. "
                         "\"Status page\" rows use the provider's own component states, \"Watchfloor\" rows our own health states.");
    avail.table.header = {tr("Provider"), tr("Component / node"), tr("Basis"), tr("Uptime"), tr("Outage minutes"), tr("MTTR"), tr("Incidents")};
    for (const AvailabilityRow &a : r.availability) {
        const int idx = int(r.providers.indexOf(a.provider));
        const QString provider = idx >= 0 && idx < r.providerNames.size() ? r.providerNames.at(idx) : a.provider;
        avail.table.rows << QStringList{c(provider), c(a.subject), c(a.basis), percent(a.availability), outageMinutes(a.downMs),
                                        a.mttrMs >= 0 ? IncidentReport::formatDuration(a.mttrMs) : QStringLiteral("-"),
                                        QString::number(a.incidents)};
    }
    out << avail;

    Section timeline;
    timeline.title = tr("Timeline");
    timeline.table.header = {multiDay ? tr("Time (UTC)") : tr("Time (UTC, %1)").arg(QDateTime::fromMSecsSinceEpoch(r.fromMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"))),
                             tr("Source"), tr("Event")};
    for (const TimelineEvent &e : r.timeline)
        timeline.table.rows << QStringList{when(e.tsMs), IncidentReport::sourceLabel(e.source), c(e.text)};
    out << timeline;

    Section det;
    det.title = tr("Watchfloor detections");
    det.table.header = {tr("Affected"), tr("Started"), tr("Detected"), tr("Ahead of status page"), tr("Status page showed it"),
                        tr("Lead"), tr("Recovered"), tr("Worst")};
    for (const Detection &d : r.detections)
        det.table.rows << QStringList{c(d.label), when(d.startedMs), when(d.detectedMs), d.ahead ? tr("yes") : tr("no"), when(d.feedAckMs),
                                      d.lagMs > 0 ? IncidentReport::formatDuration(d.lagMs) : QStringLiteral("-"), when(d.resolvedMs),
                                      stateLabel(d.worst)};
    out << det;

    Section ops;
    ops.title = tr("Operator actions");
    ops.table.header = {tr("Time"), tr("Operator"), tr("Action"), tr("Target"), tr("Reason"), tr("Result")};
    for (const OperatorAction &a : r.actions)
        ops.table.rows << QStringList{when(a.tsMs), c(a.actor), c(a.action), c(a.target), c(a.reason), c(a.result)};
    out << ops;
    return out;
}

QString ReportRenderer::drillNotice(const IncidentReport &report) const
{
    if (report.drillNote.isEmpty())
        return QString();
    return c(tr("%1. This report comes from a drill: the data is replayed from a scenario, not a live incident.").arg(report.drillNote));
}

QString ReportRenderer::markdown(const IncidentReport &report) const
{
    QString md = QStringLiteral("# ") + c(report.title()) + QStringLiteral("\n");
    if (const QString drill = drillNotice(report); !drill.isEmpty())
        md += QStringLiteral("\n> **") + drill + QStringLiteral("**\n");
    for (const Section &s : sections(report)) {
        md += QStringLiteral("\n## ") + s.title + QStringLiteral("\n\n");
        if (!s.paragraph.isEmpty())
            md += s.paragraph + QStringLiteral("\n\n");
        for (const QString &b : s.bullets)
            md += QStringLiteral("- ") + b + QLatin1Char('\n');
        if (!s.bullets.isEmpty())
            md += QLatin1Char('\n');
        if (s.table.header.isEmpty())
            continue;
        if (s.table.rows.isEmpty()) {
            md += tr("None in this window.") + QStringLiteral("\n");
            continue;
        }
        QStringList head, rule;
        for (const QString &h : s.table.header) {
            head << mdCell(h);
            rule << QStringLiteral("---");
        }
        md += QStringLiteral("| ") + head.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|") + rule.join(QLatin1Char('|')) + QStringLiteral("|\n");
        for (const QStringList &row : s.table.rows) {
            QStringList cells;
            for (const QString &cell : row)
                cells << mdCell(cell);
            md += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        }
    }
    return md;
}

QString ReportRenderer::html(const IncidentReport &report) const
{
    const QString title = c(report.title()).toHtmlEscaped();
    QString h = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") + title + QStringLiteral("</title>\n"
        "<style>body{font-family:sans-serif;font-size:10pt}table{border-collapse:collapse;margin-bottom:12px}"
        "th,td{border:1px solid #888;padding:3px 6px;text-align:left;vertical-align:top}th{background:#e6e6e6}</style>\n"
        "</head><body>\n<h1>") + title + QStringLiteral("</h1>\n");
    if (const QString drill = drillNotice(report); !drill.isEmpty())
        h += QStringLiteral("<p class=\"drill\" style=\"background:#fde68a;border:2px solid #b45309;padding:6px;font-weight:bold\">")
            + drill.toHtmlEscaped() + QStringLiteral("</p>\n");
    for (const Section &s : sections(report)) {
        h += QStringLiteral("<h2>") + s.title.toHtmlEscaped() + QStringLiteral("</h2>\n");
        if (!s.paragraph.isEmpty())
            h += QStringLiteral("<p>") + s.paragraph.toHtmlEscaped() + QStringLiteral("</p>\n");
        if (!s.bullets.isEmpty()) {
            h += QStringLiteral("<ul>\n");
            for (const QString &b : s.bullets)
                h += QStringLiteral("<li>") + b.toHtmlEscaped() + QStringLiteral("</li>\n");
            h += QStringLiteral("</ul>\n");
        }
        if (s.table.header.isEmpty())
            continue;
        if (s.table.rows.isEmpty()) {
            h += QStringLiteral("<p>") + tr("None in this window.").toHtmlEscaped() + QStringLiteral("</p>\n");
            continue;
        }
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr>");
        for (const QString &hd : s.table.header)
            h += QStringLiteral("<th>") + hd.toHtmlEscaped() + QStringLiteral("</th>");
        h += QStringLiteral("</tr>\n");
        for (const QStringList &row : s.table.rows) {
            h += QStringLiteral("<tr>");
            for (const QString &cell : row)
                h += QStringLiteral("<td>") + cell.toHtmlEscaped() + QStringLiteral("</td>");
            h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

Status ReportRenderer::writePdf(const IncidentReport &report, const QString &path) const
{
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error{QStringLiteral("reports.pdf"), tr("Cannot replace %1").arg(path)};
    {
        QPdfWriter writer(path);
        if (!writer.setPageSize(QPageSize(QPageSize::A4)))
            return Error{QStringLiteral("reports.pdf"), tr("Cannot set the PDF page size")};
        writer.setResolution(150);
        writer.setTitle(report.drillNote.isEmpty() ? c(report.title()) : c(report.drillNote + QStringLiteral(": ") + report.title()));
        writer.setCreator(QStringLiteral("Watchfloor"));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QTextDocument doc;
        doc.setHtml(html(report));
        doc.print(&writer);
    }
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return Error{QStringLiteral("reports.pdf"), tr("Could not write the PDF file %1").arg(path)};
    return {};
}

Result<ReportRenderer::Format> ReportRenderer::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return Error{QStringLiteral("reports.format"), tr("Unknown report format \"%1\": use .md, .html or .pdf").arg(suffix)};
}

Status ReportRenderer::writeFile(const IncidentReport &report, const QString &path) const
{
    auto format = formatForPath(path);
    if (!format)
        return format.error();
    if (*format == Format::Pdf)
        return writePdf(report, path);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error{QStringLiteral("reports.write"), tr("Cannot write %1: %2").arg(path, f.errorString())};
    f.write((*format == Format::Markdown ? markdown(report) : html(report)).toUtf8());
    if (!f.commit())
        return Error{QStringLiteral("reports.write"), tr("Cannot write %1: %2").arg(path, f.errorString())};
    return {};
}

} // namespace wf::reports
