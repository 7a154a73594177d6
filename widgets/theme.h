#pragma once

#include <QString>
#include <QStringList>

class QApplication;

namespace wf::ui {

// Light, dark and high-contrast themes: a QPalette plus a QSS file from resources/themes.
QStringList themeNames();
QString themeLabel(const QString &name);
bool applyTheme(const QString &name);

} // namespace wf::ui
