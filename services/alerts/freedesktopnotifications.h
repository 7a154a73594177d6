#pragma once

#include "alerts/notificationchannel.h"

#include <QDBusConnection>
#include <QString>

namespace wf::alerts {

// Desktop notifications through the freedesktop D-Bus service (org.freedesktop.Notifications).
// Many desktops have a notification daemon but no system tray (GNOME without extensions, tiling
// window managers running dunst or mako), so the tray balloon alone would drop every message
// there. The tray stays the fallback when no notification service is on the session bus.
class FreedesktopNotifications : public NotificationChannel
{
public:
    static constexpr const char *kService = "org.freedesktop.Notifications";
    static constexpr const char *kPath = "/org/freedesktop/Notifications";
    static constexpr const char *kInterface = "org.freedesktop.Notifications";

    explicit FreedesktopNotifications(const QDBusConnection &bus = QDBusConnection::sessionBus());

    // True when a notification service runs on the bus or the bus can start one on demand
    // (most daemons are D-Bus activated and only register on the first message).
    bool isAvailable() const;
    // Sends one notification without waiting for the reply, so a hung daemon never blocks the
    // UI. False when there is no service or the message could not be queued.
    bool notify(const QString &summary, const QString &body, Severity severity) override;

    // The specification's urgency hint: 0 low, 1 normal, 2 critical (critical ones stay until
    // dismissed on most servers).
    static uchar urgency(Severity severity);
    int sent() const { return m_sent; }

private:
    QDBusConnection m_bus;
    int m_sent = 0;
};

} // namespace wf::alerts
