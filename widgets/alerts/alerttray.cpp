#include "alerttray.h"

#include "core/logging.h"
#include "healthpalette.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace wf::ui {

AlertTray::AlertTray(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
{
    m_tray->setIcon(stateIcon(m_state, false, 32));
    m_tray->setToolTip(toolTip());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] { emit activated(); });
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
    else
        qCInfo(lcUi) << "no system tray; alert notifications need a desktop notification service";
}

AlertTray::~AlertTray() = default;

QString AlertTray::toolTip() const
{
    return m_state == HealthState::Operational ? tr("Watchfloor: no firing alerts") : tr("Watchfloor: %1").arg(stateLabel(m_state));
}

void AlertTray::setWorstState(HealthState state)
{
    m_state = state;
    m_tray->setIcon(stateIcon(state, false, 32));
    m_tray->setToolTip(toolTip());
}

void AlertTray::showNotification(const QString &title, const QString &body, alerts::Severity severity)
{
    ++m_notifications;
    const auto icon = severity == alerts::Severity::Critical ? QSystemTrayIcon::Critical
        : severity == alerts::Severity::Warning              ? QSystemTrayIcon::Warning
                                                             : QSystemTrayIcon::Information;
    if (m_channel && m_channel->notify(title, body, severity))
        return;
    if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        ++m_trayMessages;
        m_tray->showMessage(title, body, icon, severity == alerts::Severity::Critical ? 0 : 15000);
    }
}

void AlertTray::setNotificationChannel(std::unique_ptr<alerts::NotificationChannel> channel)
{
    m_channel = std::move(channel);
}

void AlertTray::beep()
{
    QApplication::beep();
}

} // namespace wf::ui
