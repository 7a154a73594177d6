#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace wf::i18n {

QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

QLocale localeFor(const QString &lang)
{
    return lang.isEmpty() ? QLocale::system() : QLocale(lang);
}

bool installTranslators(const QLocale &locale)
{
    // Deleting a translator removes it from the application.
    static QPointer<QTranslator> qt;
    static QPointer<QTranslator> own;
    delete qt;
    delete own;

    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    own = new QTranslator(QCoreApplication::instance());
    if (!own->load(locale, QStringLiteral("watchfloor"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    return QCoreApplication::installTranslator(own);
}

} // namespace wf::i18n
