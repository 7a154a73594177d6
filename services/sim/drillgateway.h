#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QProcess;

namespace wf::sim {

// A real HAProxy in front of the simulator for drills: frontend "chat" on a free loopback port,
// backend "chat" with server "primary" (the primary provider's port) and the backup server
// "fallback". Runtime API on a unix socket (level admin) in a private temp dir.
class DrillGateway : public QObject
{
    Q_OBJECT
public:
    explicit DrillGateway(QObject *parent = nullptr);
    ~DrillGateway() override;

    // Path of the haproxy binary, or empty when it is not installed.
    static QString findHaproxy();

    Status start(quint16 primaryPort, quint16 fallbackPort);
    void stop();

    QString adminAddress() const;   // unix:/tmp/.../admin.sock
    QUrl frontendUrl() const;       // http://127.0.0.1:PORT
    QString configFile() const;
    static QString backendName() { return QStringLiteral("chat"); }
    static QString primaryServer() { return QStringLiteral("primary"); }
    static QString fallbackServer() { return QStringLiteral("fallback"); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess *m_process = nullptr;
    quint16 m_frontendPort = 0;
};

} // namespace wf::sim
