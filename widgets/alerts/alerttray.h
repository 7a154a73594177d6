#pragma once

#include "alerts/desktopnotifier.h"
#include "alerts/notificationchannel.h"
#include "core/healthstate.h"

#include <QObject>

#include <memory>

class QSystemTrayIcon;

namespace wf::ui {

// The tray icon shows the worst state among firing alerts (shape and colour). Desktop
// notifications go to the notification channel (the freedesktop service on the session bus) when
// it takes them, and to the tray balloon otherwise: many desktops have a notification daemon but
// no tray. With neither they stay in the alerts panel only.
class AlertTray : public QObject, public alerts::DesktopSink
{
    Q_OBJECT
public:
    explicit AlertTray(QObject *parent = nullptr);
    ~AlertTray() override;

    HealthState state() const { return m_state; }
    QString toolTip() const;
    QSystemTrayIcon *icon() const { return m_tray; }
    int notificationCount() const { return m_notifications; }
    int trayMessageCount() const { return m_trayMessages; }

    void setNotificationChannel(std::unique_ptr<alerts::NotificationChannel> channel);

    void showNotification(const QString &title, const QString &body, alerts::Severity severity) override;
    void beep() override;

public slots:
    void setWorstState(wf::HealthState state);

signals:
    void activated();

private:
    QSystemTrayIcon *m_tray;
    std::unique_ptr<alerts::NotificationChannel> m_channel;
    int m_trayMessages = 0;
    HealthState m_state = HealthState::Operational;
    int m_notifications = 0;
};

} // namespace wf::ui
