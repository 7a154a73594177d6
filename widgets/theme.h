#pragma once

#include <QString>
#include <QStringList>

class QApplication;

namespace wf::ui {

// Light, dark and high-contrast themes: a QPalette plus a QSS file from resources/themes.
QStringList themeNames();
QString themeLabel(const QString &name);
bool applyTheme(const QString &name);
// Applies a theme the operator picked and remembers it (Appearance/theme) for the next start.
bool chooseTheme(const QString &name);
// The theme to start with: the remembered choice, else `configured` (ui.theme in the config).
QString savedTheme(const QString &configured);

} // namespace wf::ui
