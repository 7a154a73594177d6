#include "cli.h"
#include "console.h"

#include "core/logging.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    wf::LogHub::install();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Watchfloor"));
    QApplication::setApplicationName(QStringLiteral("watchfloor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Watchfloor"));
    QApplication::setApplicationVersion(QStringLiteral(WATCHFLOOR_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/watchfloor.svg")));

    wf::app::Options options;
    int exitCode = 0;
    if (!wf::app::parseCommandLine(QApplication::arguments(), options, exitCode))
        return exitCode;

    const QLocale locale = options.lang.isEmpty() ? QLocale::system() : QLocale(options.lang);
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("watchfloor"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    wf::app::Console console(options);
    const int rc = console.start();
    if (rc >= 0)
        return rc;
    return QApplication::exec();
}
