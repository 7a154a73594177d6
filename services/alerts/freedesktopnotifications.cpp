#include "freedesktopnotifications.h"

#include "core/logging.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>

namespace wf::alerts {

FreedesktopNotifications::FreedesktopNotifications(const QDBusConnection &bus)
    : m_bus(bus)
{
}

bool FreedesktopNotifications::isAvailable() const
{
    if (!m_bus.isConnected())
        return false;
    QDBusConnectionInterface *bus = m_bus.interface();
    if (!bus)
        return false;
    const QString service = QLatin1String(kService);
    const QDBusReply<bool> registered = bus->isServiceRegistered(service);
    if (registered.isValid() && registered.value())
        return true;
    const QDBusReply<QStringList> activatable = bus->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(service);
}

uchar FreedesktopNotifications::urgency(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return 0;
    case Severity::Warning:
        return 1;
    case Severity::Critical:
        return 2;
    }
    return 1;
}

bool FreedesktopNotifications::notify(const QString &summary, const QString &body, Severity severity)
{
    if (!isAvailable())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kInterface),
                                                      QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(urgency(severity)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("watchfloor"));
    const QString icon = severity == Severity::Critical ? QStringLiteral("dialog-error")
        : severity == Severity::Warning                 ? QStringLiteral("dialog-warning")
                                                        : QStringLiteral("dialog-information");
    // Critical alerts stay until dismissed (0), the rest use the server's default timeout (-1).
    const int timeout = severity == Severity::Critical ? 0 : -1;
    call << QStringLiteral("Watchfloor") << uint(0) << icon << summary << body << QStringList() << hints << timeout;
    call.setAutoStartService(true);
    if (!m_bus.send(call)) {
        qCWarning(lcAlerts).noquote() << "could not send the desktop notification:" << m_bus.lastError().message();
        return false;
    }
    ++m_sent;
    return true;
}

} // namespace wf::alerts
