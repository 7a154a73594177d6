#pragma once

#include "reports/impactanalyzer.h"
#include "reports/reportsanitizer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace wf::reports {

// The plain-text status note an account manager pastes to customers: what is affected, since
// when, whether a fallback carries the traffic, and when the next update comes. It names services
// and providers only: the text goes through ReportSanitizer::cleanForCustomer, so no internal
// host, link, node id or secret gets out.
class CustomerUpdate
{
    Q_DECLARE_TR_FUNCTIONS(wf::reports::CustomerUpdate)
public:
    static constexpr qint64 kDefaultNextUpdateMs = 30 * 60 * 1000;

    // `impacts`: all apps (unaffected ones are left out of the text). `customer` non-empty limits
    // the note to that customer's apps. `drillNote` non-empty (a drill): the text opens with it and
    // says it describes a replayed scenario, so a pasted copy cannot pass for a real status.
    static QString text(const QList<AppImpact> &impacts, const ReportSanitizer &sanitizer, qint64 nowMs,
                        qint64 nextUpdateInMs = kDefaultNextUpdateMs, const QString &customer = QString(),
                        const QString &drillNote = QString());
};

} // namespace wf::reports
