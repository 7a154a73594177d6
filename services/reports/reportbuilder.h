#pragma once

#include "config/config.h"
#include "core/result.h"
#include "reports/incidentreport.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace wf::store { class Database; }

namespace wf::reports {

// What to report on, with the names needed to write node ids the way people read them. Plain
// value: built on the UI thread from config, handed to the store thread.
struct ReportRequest
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QStringList providers;                  // ids; empty = every provider with data in the window
    QHash<QString, QString> providerNames;  // id -> display name
    QHash<QString, QString> nodeLabels;     // node id -> label (apps, routes, probes, gateways)
    qint64 generatedMs = 0;
    QString drillNote;                      // non-empty in a drill: the marker every export repeats
};

// Assembles an IncidentReport from the store: the providers' own updates and status-page
// component changes, Watchfloor's detections (health incidents), operator actions (audit log) and
// availability per component and node for the window. `build` is a store job (store thread).
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(wf::reports::ReportBuilder)
public:
    static ReportRequest request(const config::Config &config, const QStringList &providers, qint64 fromMs, qint64 toMs);
    static Result<IncidentReport> build(store::Database &db, const ReportRequest &request);
    // "model:anthropic/claude-opus-4-6" -> "Anthropic claude-opus-4-6", and so on.
    static QString nodeLabel(const QString &node, const ReportRequest &request);
};

} // namespace wf::reports
