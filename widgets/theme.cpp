#include "theme.h"

#include "core/settings.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace wf::ui {

namespace {
SettingValue<QString> s_theme(QStringLiteral("Appearance/theme"));
}

QStringList themeNames() { return {QStringLiteral("dark"), QStringLiteral("light"), QStringLiteral("high-contrast")}; }

QString themeLabel(const QString &name)
{
    if (name == QLatin1String("dark"))
        return QApplication::translate("wf::ui::Theme", "Dark");
    if (name == QLatin1String("light"))
        return QApplication::translate("wf::ui::Theme", "Light");
    return QApplication::translate("wf::ui::Theme", "High contrast");
}

static QPalette paletteFor(const QString &name)
{
    QPalette p;
    if (name == QLatin1String("light")) {
        p = QApplication::style()->standardPalette();
        return p;
    }
    const bool hc = name == QLatin1String("high-contrast");
    const QColor window = hc ? QColor(0, 0, 0) : QColor(0x1e, 0x22, 0x28);
    const QColor base = hc ? QColor(0, 0, 0) : QColor(0x16, 0x19, 0x1e);
    const QColor text = hc ? QColor(255, 255, 255) : QColor(0xe6, 0xe8, 0xeb);
    const QColor highlight = hc ? QColor(255, 255, 0) : QColor(0x2f, 0x6f, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, hc ? QColor(0x18, 0x18, 0x18) : QColor(0x1b, 0x1f, 0x25));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, hc ? QColor(0, 0, 0) : QColor(255, 255, 255));
    p.setColor(QPalette::PlaceholderText, hc ? QColor(0xc0, 0xc0, 0xc0) : QColor(0x8a, 0x91, 0x9c));
    p.setColor(QPalette::Link, hc ? QColor(0, 255, 255) : QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x70));
    return p;
}

bool applyTheme(const QString &name)
{
    if (!themeNames().contains(name))
        return false;
    auto *app = qobject_cast<QApplication *>(QApplication::instance());
    if (!app)
        return false;
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(paletteFor(name));
    QFile qss(QStringLiteral(":/themes/%1.qss").arg(name));
    app->setStyleSheet(qss.open(QIODevice::ReadOnly) ? QString::fromUtf8(qss.readAll()) : QString());
    app->setProperty("watchfloorTheme", name);
    return true;
}

bool chooseTheme(const QString &name)
{
    if (!applyTheme(name))
        return false;
    return s_theme.set(name);
}

QString savedTheme(const QString &configured)
{
    const QString saved = s_theme.get();
    return themeNames().contains(saved) ? saved : configured;
}

} // namespace wf::ui
