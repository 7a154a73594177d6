#include "cli.h"

#include "core/version.h"
#include "store/database.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>
#include <limits>

namespace wf::app {

namespace {
void printError(const QString &message)
{
    std::fprintf(stderr, "watchfloor: %s\n", qPrintable(message));
}
} // namespace

bool parseCommandLine(const QStringList &arguments, Options &out, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Watchfloor: operator console for AI dependency health."));
    parser.addHelpOption();
    QCommandLineOption versionOpt(QStringList{QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("main", "Print versions of Watchfloor, Qt, libcurl and SQLite."));
    QCommandLineOption configOpt(QStringList{QStringLiteral("c"), QStringLiteral("config")},
        QCoreApplication::translate("main", "Configuration file (YAML). Default: the built-in configuration."),
        QStringLiteral("file"));
    QCommandLineOption dataOpt(QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Directory for the database. Default: the user data directory."),
        QStringLiteral("dir"));
    QCommandLineOption roleOpt(QStringLiteral("role"),
        QCoreApplication::translate("main", "viewer (read-only), operator or admin. Overrides the configuration."),
        QStringLiteral("role"));
    QCommandLineOption langOpt(QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language (en, de, ja). Default: system locale."),
        QStringLiteral("code"));
    QCommandLineOption exitAfterOpt(QStringLiteral("exit-after"),
        QCoreApplication::translate("main", "Quit after the given number of milliseconds (smoke tests)."),
        QStringLiteral("ms"));
    QCommandLineOption screenshotOpt(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "With --exit-after: save a PNG of the main window before quitting."),
        QStringLiteral("file"));
    QCommandLineOption replayOpt(QStringLiteral("replay"),
        QCoreApplication::translate("main", "Drill: replay a scenario (built-in name such as 2026-03-02, or a directory) on a local simulator and watch it live."),
        QStringLiteral("scenario"));
    QCommandLineOption speedOpt(QStringLiteral("speed"),
        QCoreApplication::translate("main", "With --replay: scenario seconds per real second (60 plays an hour in a minute). Default: 60."),
        QStringLiteral("x"));
    QCommandLineOption wallOpt(QStringLiteral("wall"),
        QCoreApplication::translate("main", "Start as the ops-room wall display: fullscreen, read-only (viewer role unless --role is given)."));
    QCommandLineOption screenOpt(QStringLiteral("screen"),
        QCoreApplication::translate("main", "With --wall: the screen to use, counted from 0. Default: the primary screen."),
        QStringLiteral("n"));
    QCommandLineOption viewOpt(QStringLiteral("view"),
        QCoreApplication::translate("main", "The view shown first: map, providers, incidents, probes, timeline, charts or impact. Default: the last one used."),
        QStringLiteral("name"));
    QCommandLineOption verifyAuditOpt(QStringLiteral("verify-audit"),
        QCoreApplication::translate("main", "Check the audit log's hash chain in the data directory, print the result and exit (1 when a row was edited or deleted)."));
    parser.addOptions({wallOpt, screenOpt, viewOpt, verifyAuditOpt});
    parser.addOptions({versionOpt, configOpt, dataOpt, roleOpt, langOpt, exitAfterOpt, screenshotOpt, replayOpt, speedOpt});

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        exitCode = 0;
        return false;
    }
    if (parser.isSet(versionOpt)) {
        std::printf("Watchfloor %s\nQt %s\nlibcurl %s\nSQLite %s\n", qPrintable(version()), qVersion(),
                    qPrintable(curlVersion()), qPrintable(sqliteVersion()));
        exitCode = 0;
        return false;
    }
    out.verifyAudit = parser.isSet(verifyAuditOpt);
    out.configFile = parser.value(configOpt);
    out.dataDir = parser.value(dataOpt);
    out.role = parser.value(roleOpt);
    out.lang = parser.value(langOpt);
    out.screenshot = parser.value(screenshotOpt);
    if (!out.role.isEmpty() && out.role != QLatin1String("viewer") && out.role != QLatin1String("operator") && out.role != QLatin1String("admin")) {
        printError(QCoreApplication::translate("main", "--role must be viewer, operator or admin (got \"%1\")").arg(out.role));
        exitCode = 2;
        return false;
    }
    out.replay = parser.value(replayOpt);
    if (!out.replay.isEmpty() && !out.configFile.isEmpty()) {
        printError(QCoreApplication::translate("main", "--replay builds its own configuration; leave out --config"));
        exitCode = 2;
        return false;
    }
    if (parser.isSet(speedOpt)) {
        bool ok = false;
        out.speed = parser.value(speedOpt).toDouble(&ok);
        if (!ok || out.speed <= 0 || out.speed > 3600) {
            printError(QCoreApplication::translate("main", "--speed expects a number above 0 and at most 3600"));
            exitCode = 2;
            return false;
        }
        if (out.replay.isEmpty()) {
            printError(QCoreApplication::translate("main", "--speed only applies to --replay"));
            exitCode = 2;
            return false;
        }
    }
    out.view = parser.value(viewOpt);
    static const QStringList views = {QStringLiteral("map"), QStringLiteral("providers"), QStringLiteral("incidents"), QStringLiteral("probes"),
                                      QStringLiteral("timeline"), QStringLiteral("charts"), QStringLiteral("impact")};
    if (!out.view.isEmpty() && !views.contains(out.view)) {
        std::fprintf(stderr, "watchfloor: --view must be one of %s (got \"%s\")\n", qPrintable(views.join(QStringLiteral(", "))), qPrintable(out.view));
        exitCode = 2;
        return false;
    }
    out.wall = parser.isSet(wallOpt);
    if (parser.isSet(screenOpt)) {
        bool ok = false;
        out.screen = parser.value(screenOpt).toInt(&ok);
        if (!ok || out.screen < 0) {
            printError(QCoreApplication::translate("main", "--screen expects a screen number (0, 1, ...)"));
            exitCode = 2;
            return false;
        }
        if (!out.wall) {
            printError(QCoreApplication::translate("main", "--screen only applies to --wall"));
            exitCode = 2;
            return false;
        }
    }
    if (parser.isSet(exitAfterOpt)) {
        bool ok = false;
        out.exitAfterMs = parser.value(exitAfterOpt).toInt(&ok);
        if (!ok || out.exitAfterMs < 0) {
            printError(QCoreApplication::translate("main", "--exit-after expects milliseconds"));
            exitCode = 2;
            return false;
        }
    }
    return true;
}

int verifyAuditLog(const Options &options)
{
    const QString dir = options.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : options.dataDir;
    const QString path = QDir(dir).filePath(QStringLiteral("watchfloor.db"));
    if (!QFileInfo::exists(path)) {
        printError(QCoreApplication::translate("main", "no database at %1").arg(path));
        return 2;
    }
    store::Database db;
    if (auto s = db.open(path); !s) {
        printError(QCoreApplication::translate("main", "cannot open %1: %2").arg(path, s.error().message));
        return 2;
    }
    const auto rows = store::Store::readAudit(db, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    const auto bad = store::Store::verifyAuditChain(db);
    if (!rows || !bad) {
        printError(QCoreApplication::translate("main", "cannot read the audit log in %1: %2").arg(path, !rows ? rows.error().message : bad.error().message));
        return 2;
    }
    if (*bad != 0) {
        std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "audit log BROKEN: row %1 was edited, deleted or inserted (%2)")
                                            .arg(*bad).arg(path)));
        return 1;
    }
    std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "audit log intact: %n row(s) (%1)", nullptr, int(rows->size())).arg(path)));
    return 0;
}

} // namespace wf::app
