#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace wf::app {

struct Options
{
    QString configFile;   // empty: built-in default
    QString dataDir;      // empty: the platform's user data directory
    QString role;         // empty: from config
    QString lang;         // empty: system locale
    int exitAfterMs = -1; // for smoke tests: quit after this many ms
    QString screenshot;   // with exitAfterMs: grab the main window to this PNG before quitting
    bool wall = false;    // start as the ops-room wall (read-only unless --role says otherwise)
    int screen = -1;      // with wall: index into QGuiApplication::screens(); -1 = primary
    QString replay;       // drill: scenario name or directory served by the in-process simulator
    double speed = 60;    // drill: scenario seconds per real second
    QString view;         // the view shown first (map, providers, incidents, probes, timeline, charts, impact)
    bool verifyAudit = false; // check the audit log's hash chain in the data dir and exit
};

// Parses the command line; prints help/version/errors and returns false when the process
// should exit with `exitCode`.
bool parseCommandLine(const QStringList &arguments, Options &out, int &exitCode);

// --verify-audit: recomputes the audit log's hash chain of the database in the data directory and
// prints the result. Exit code 0 when intact, 1 when a row was edited or deleted (the first bad row
// is named), 2 when the database cannot be read.
int verifyAuditLog(const Options &options);

} // namespace wf::app
