#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace wf::i18n {

// The value of --lang in raw command-line arguments ("--lang de" or "--lang=de"), empty when
// absent. Read before the command-line parser runs, so that its help and errors are translated.
QString languageArgument(const QStringList &arguments);

// `lang` as a locale (e.g. "de", "ja_JP"), or the system locale when it is empty.
QLocale localeFor(const QString &lang);

// Installs Qt's own (qtbase) and Watchfloor's translators for `locale` into the running
// application, replacing those of an earlier call. Returns false when Watchfloor has no
// catalogue for the locale (English needs none: the sources are English).
bool installTranslators(const QLocale &locale);

} // namespace wf::i18n
