#pragma once

#include "alerts/alert.h"
#include "core/result.h"

#include <QList>

namespace wf::store { class Database; }

namespace wf::alerts {

// What is on the operator's list after a restart.
struct AlertSnapshot
{
    QList<Alert> alerts;     // not closed
    QList<Silence> silences; // not over yet
};

// SQLite jobs for alerts, acknowledgements and silences (schema 6); run them on the store thread
// with Store::run / runSync.
class AlertStore
{
public:
    // Creates the tables when a database skipped schema 6 (created by a build that had 7 first).
    static Status ensureSchema(store::Database &db);
    static Status saveAlert(store::Database &db, const Alert &alert, qint64 closedMs = 0);
    static Status saveAck(store::Database &db, const Alert &alert);
    static Result<qint64> saveSilence(store::Database &db, const Silence &silence);
    static Status endSilence(store::Database &db, qint64 id, qint64 toMs);
    static Result<AlertSnapshot> load(store::Database &db, qint64 nowMs);
};

} // namespace wf::alerts
