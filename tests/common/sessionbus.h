#pragma once

// A private D-Bus session bus for tests (a real dbus-daemon on a unix socket in a temporary
// directory) and a stand-in freedesktop notification server that records what it was sent.

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>

namespace wf::test {

class SessionBus
{
public:
    SessionBus() = default;
    SessionBus(const SessionBus &) = delete;
    SessionBus &operator=(const SessionBus &) = delete;
    ~SessionBus()
    {
        // Named connections outlive this object otherwise, and a later connect() with the same
        // name would hand back the dead one.
        for (const QString &name : std::as_const(m_names))
            QDBusConnection::disconnectFromBus(name);
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            if (!m_daemon.waitForFinished(3000))
                m_daemon.kill();
            m_daemon.waitForFinished(3000);
        }
    }

    // Starts the daemon and waits for its address; an empty string and `error` when it could not.
    QString start(QString *error)
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (program.isEmpty()) {
            *error = QStringLiteral("dbus-daemon is not installed (package dbus-daemon, see scripts/deps.sh)");
            return {};
        }
        // A config of our own: no service directories, so nothing on the machine gets activated
        // and "activatable" answers come from this test alone.
        const QString config = m_dir.filePath(QStringLiteral("session.conf"));
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly)) {
            *error = f.errorString();
            return {};
        }
        f.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                "<busconfig><type>session</type>");
        f.write("<listen>unix:dir=" + m_dir.path().toUtf8() + "</listen>");
        f.write("<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
        f.close();
        m_daemon.start(program, {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--print-address")});
        if (!m_daemon.waitForStarted(5000)) {
            *error = m_daemon.errorString();
            return {};
        }
        while (!m_daemon.canReadLine()) {
            if (!m_daemon.waitForReadyRead(5000)) {
                *error = QStringLiteral("dbus-daemon printed no address: ") + QString::fromUtf8(m_daemon.readAllStandardError());
                return {};
            }
        }
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        return m_address;
    }

    QString address() const { return m_address; }
    QDBusConnection connect(const QString &name)
    {
        m_names << name;
        return QDBusConnection::connectToBus(m_address, name);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    QStringList m_names;
};

// Answers org.freedesktop.Notifications like a notification daemon would and keeps every call.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString app;
        QString icon;
        QString summary;
        QString body;
        QVariantMap hints;
        int timeout = 0;
        int urgency() const { return hints.contains(QStringLiteral("urgency")) ? int(hints.value(QStringLiteral("urgency")).value<uchar>()) : -1; }
    };
    QList<Call> calls;

    // Registers this object as the notification service on `bus`.
    bool registerOn(QDBusConnection bus)
    {
        return bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this, QDBusConnection::ExportAllSlots)
            && bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }

public slots:
    uint Notify(const QString &app, uint replacesId, const QString &icon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(actions)
        calls << Call{app, icon, summary, body, hints, timeout};
        return uint(calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
    void CloseNotification(uint id) { Q_UNUSED(id) }
};

} // namespace wf::test
