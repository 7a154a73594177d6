#include "drillgateway.h"

#include "sim/simserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

namespace wf::sim {

DrillGateway::DrillGateway(QObject *parent)
    : QObject(parent)
{
}

DrillGateway::~DrillGateway()
{
    stop();
}

QString DrillGateway::findHaproxy()
{
    // WATCHFLOOR_HAPROXY picks the binary (a path, or a name looked up in PATH only); set but empty,
    // drills run without a gateway, as on a machine without haproxy.
    if (qEnvironmentVariableIsSet("WATCHFLOOR_HAPROXY")) {
        const QString chosen = qEnvironmentVariable("WATCHFLOOR_HAPROXY");
        if (chosen.isEmpty())
            return QString();
        if (chosen.contains(QLatin1Char('/')))
            return QFileInfo(chosen).isExecutable() ? chosen : QString();
        return QStandardPaths::findExecutable(chosen);
    }
    QString path = QStandardPaths::findExecutable(QStringLiteral("haproxy"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return path;
}

Status DrillGateway::start(quint16 primaryPort, quint16 fallbackPort)
{
    stop();
    const QString binary = findHaproxy();
    if (binary.isEmpty())
        return Error{QStringLiteral("drill.noHaproxy"), tr("haproxy is not installed")};
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return Error{QStringLiteral("drill.tempDir"), tr("cannot create a temporary directory: %1").arg(m_dir->errorString())};
    {
        QTcpServer probe; // a free port for the frontend
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return Error{QStringLiteral("drill.port"), probe.errorString()};
        m_frontendPort = probe.serverPort();
    }
    const QString cfg = QStringLiteral(
        "# Drill gateway: the console's routing controller drives it through the runtime API.\n"
        "global\n"
        "    stats socket %1 mode 600 level admin\n"
        "\n"
        "defaults\n"
        "    mode http\n"
        "    timeout connect 2s\n"
        "    timeout client 30s\n"
        "    timeout server 30s\n"
        "\n"
        "frontend chat\n"
        "    bind 127.0.0.1:%2\n"
        "    default_backend chat\n"
        "\n"
        "backend chat\n"
        "    option httpchk GET /v1/models\n"
        "    http-check expect status 200-499\n"
        "    server primary 127.0.0.1:%3 check inter 2s weight 100\n"
        "    server fallback 127.0.0.1:%4 check inter 2s backup\n")
        .arg(m_dir->filePath(QStringLiteral("admin.sock"))).arg(m_frontendPort).arg(primaryPort).arg(fallbackPort);
    QFile file(configFile());
    if (!file.open(QIODevice::WriteOnly) || file.write(cfg.toUtf8()) < 0)
        return Error{QStringLiteral("drill.config"), tr("cannot write %1: %2").arg(file.fileName(), file.errorString())};
    file.close();

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(m_dir->path());
    m_process->start(binary, {QStringLiteral("-db"), QStringLiteral("-f"), configFile()});
    if (!m_process->waitForStarted(5000)) {
        const QString why = m_process->errorString();
        stop();
        return Error{QStringLiteral("drill.haproxy"), tr("haproxy did not start: %1").arg(why)};
    }
    // Ready when the admin socket answers (about 0.1 s).
    const QString sock = m_dir->filePath(QStringLiteral("admin.sock"));
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            const QString out = QString::fromLocal8Bit(m_process->readAll()).trimmed();
            stop();
            return Error{QStringLiteral("drill.haproxy"), tr("haproxy exited: %1").arg(out)};
        }
        if (QFileInfo::exists(sock)) {
            QLocalSocket s;
            s.connectToServer(sock);
            if (s.waitForConnected(200)) {
                qCInfo(lcSim).noquote() << "drill gateway: haproxy on" << frontendUrl().toString() << "admin" << adminAddress();
                return {};
            }
        }
        QThread::msleep(20);
    }
    stop();
    return Error{QStringLiteral("drill.haproxy"), tr("haproxy did not open its admin socket within 5 s")};
}

void DrillGateway::stop()
{
    if (m_process) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
        delete m_process;
        m_process = nullptr;
    }
    m_dir.reset();
}

QString DrillGateway::adminAddress() const
{
    return m_dir ? QStringLiteral("unix:") + m_dir->filePath(QStringLiteral("admin.sock")) : QString();
}

QUrl DrillGateway::frontendUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_frontendPort));
}

QString DrillGateway::configFile() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("haproxy.cfg")) : QString();
}

} // namespace wf::sim
