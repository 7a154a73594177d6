#pragma once

#include "core/result.h"
#include "reports/incidentreport.h"
#include "reports/reportsanitizer.h"

#include <QCoreApplication>
#include <QString>

namespace wf::reports {

// Writes an IncidentReport as Markdown, HTML or PDF. Every piece of text goes through the
// sanitizer on the way out, so no export carries a secret or an internal host. PDF is the HTML
// laid out by QTextDocument on a QPdfWriter (needs a QGuiApplication; QtGui only, no widgets).
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(wf::reports::ReportRenderer)
public:
    enum class Format { Markdown, Html, Pdf };

    explicit ReportRenderer(ReportSanitizer sanitizer) : m_sanitizer(std::move(sanitizer)) {}

    QString markdown(const IncidentReport &report) const;
    QString html(const IncidentReport &report) const;
    Status writePdf(const IncidentReport &report, const QString &path) const;
    // Writes in the format the file name asks for (.md, .html/.htm, .pdf).
    Status writeFile(const IncidentReport &report, const QString &path) const;
    static Result<Format> formatForPath(const QString &path);

private:
    struct Table
    {
        QStringList header;
        QList<QStringList> rows;
    };
    struct Section
    {
        QString title;
        QString paragraph;
        QStringList bullets;
        Table table;
    };
    QList<Section> sections(const IncidentReport &report) const;
    // The drill notice under the title; empty for live data.
    QString drillNotice(const IncidentReport &report) const;
    QString c(const QString &text) const { return m_sanitizer.clean(text); }

    ReportSanitizer m_sanitizer;
};

} // namespace wf::reports
