#include "cli.h"
#include "console.h"

#include "core/logging.h"
#include "translators.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>

int main(int argc, char *argv[])
{
    wf::LogHub::install();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Watchfloor"));
    QApplication::setApplicationName(QStringLiteral("watchfloor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Watchfloor"));
    QApplication::setApplicationVersion(QStringLiteral(WATCHFLOOR_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/watchfloor.svg")));

    // Translators first: the command line's help and errors are translated too.
    wf::i18n::installTranslators(wf::i18n::localeFor(wf::i18n::languageArgument(QApplication::arguments())));

    wf::app::Options options;
    int exitCode = 0;
    if (!wf::app::parseCommandLine(QApplication::arguments(), options, exitCode))
        return exitCode;
    QLocale::setDefault(wf::i18n::localeFor(options.lang));
    if (options.verifyAudit)
        return wf::app::verifyAuditLog(options);

    wf::app::Console console(options);
    const int rc = console.start();
    if (rc >= 0)
        return rc;
    return QApplication::exec();
}
