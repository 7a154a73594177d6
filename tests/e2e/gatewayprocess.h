#pragma once

// Real gateway processes for e2e tests: HAProxy and Caddy started on 127.0.0.1 on free ports from
// the config templates in tests/e2e, killed when the object goes away. Also the two loopback
// upstreams every gateway test sits in front of.

#include "loopbackserver.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace wf::test {

inline quint16 freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot find a free port");
    return s.serverPort();
}

// "primary" fails every real request with 529 (but passes /healthz), "fallback" is healthy.
struct Upstreams
{
    LoopbackServer primary{[](const HttpRequest &r) {
        if (r.path.startsWith("/healthz"))
            return HttpReply::json("{\"ok\":true}");
        return HttpReply::json("{\"upstream\":\"primary\",\"error\":\"overloaded\"}", 529);
    }};
    LoopbackServer fallback{[](const HttpRequest &r) {
        if (r.path.startsWith("/healthz"))
            return HttpReply::json("{\"ok\":true}");
        return HttpReply::json("{\"upstream\":\"fallback\"}", 200);
    }};

    bool listen() { return primary.listen() && fallback.listen(); }
    QString primaryDial() const { return QStringLiteral("127.0.0.1:%1").arg(primary.port()); }
    QString fallbackDial() const { return QStringLiteral("127.0.0.1:%1").arg(fallback.port()); }
};

class GatewayProcess
{
public:
    GatewayProcess() = default;
    GatewayProcess(const GatewayProcess &) = delete;
    ~GatewayProcess() { stop(); }

    QString dir() const { return m_dir.path(); }
    quint16 frontendPort() const { return m_frontend; }
    quint16 adminPort() const { return m_admin; }
    QString socketPath() const { return m_dir.filePath(QStringLiteral("admin.sock")); }
    QString log() const
    {
        QFile f(m_dir.filePath(QStringLiteral("gateway.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // Starts HAProxy from tests/e2e/haproxy.cfg.in; returns an error text or an empty string.
    QString startHaproxy(const Upstreams &up)
    {
        const QString exe = tool(QStringLiteral("haproxy"));
        if (exe.isEmpty())
            return QStringLiteral("haproxy is not installed (scripts/deps.sh installs it)");
        m_frontend = freePort();
        m_admin = freePort();
        const QString cfg = writeTemplate(QStringLiteral("haproxy.cfg.in"), QStringLiteral("haproxy.cfg"), {
            {QStringLiteral("SOCKET"), socketPath()},
            {QStringLiteral("ADMIN_PORT"), QString::number(m_admin)},
            {QStringLiteral("FRONTEND_PORT"), QString::number(m_frontend)},
            {QStringLiteral("PRIMARY_PORT"), QString::number(up.primary.port())},
            {QStringLiteral("FALLBACK_PORT"), QString::number(up.fallback.port())},
        });
        if (cfg.isEmpty())
            return QStringLiteral("cannot write haproxy.cfg");
        start(exe, {QStringLiteral("-db"), QStringLiteral("-f"), cfg}, QProcessEnvironment::systemEnvironment());
        const bool ready = QTest::qWaitFor([&] {
            QLocalSocket s;
            s.connectToServer(socketPath());
            return s.waitForConnected(100);
        }, 10000);
        return ready && portOpen(m_frontend) ? QString() : QStringLiteral("haproxy did not start: ") + log();
    }

    // Starts Caddy from tests/e2e/caddy.json.in with HOME/XDG dirs in the temp dir.
    QString startCaddy(const Upstreams &up)
    {
        const QString exe = tool(QStringLiteral("caddy"));
        if (exe.isEmpty())
            return QStringLiteral("caddy is not installed (scripts/deps.sh installs it)");
        m_frontend = freePort();
        m_admin = freePort();
        const QString cfg = writeTemplate(QStringLiteral("caddy.json.in"), QStringLiteral("caddy.json"), {
            {QStringLiteral("ADMIN_PORT"), QString::number(m_admin)},
            {QStringLiteral("FRONTEND_PORT"), QString::number(m_frontend)},
            {QStringLiteral("PRIMARY_PORT"), QString::number(up.primary.port())},
        });
        if (cfg.isEmpty())
            return QStringLiteral("cannot write caddy.json");
        // Caddy autosaves its config under XDG dirs: keep them inside the temp dir.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        start(exe, {QStringLiteral("run"), QStringLiteral("--config"), cfg}, env);
        const bool ready = QTest::qWaitFor([&] { return portOpen(m_admin) && portOpen(m_frontend); }, 10000);
        return ready ? QString() : QStringLiteral("caddy did not start: ") + log();
    }

    QString adminUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_admin); }
    QUrl frontendUrl(const QString &path = QStringLiteral("/v1/messages")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_frontend).arg(path));
    }

    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(3000)) {
                m_process->kill();
                m_process->waitForFinished(3000);
            }
        }
        m_process.reset();
    }

    bool running() const { return m_process && m_process->state() == QProcess::Running; }

private:
    static QString tool(const QString &name)
    {
        QString exe = QStandardPaths::findExecutable(name);
        if (exe.isEmpty())
            exe = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/sbin")});
        return exe;
    }

    static bool portOpen(quint16 port)
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        return s.waitForConnected(200);
    }

    QString writeTemplate(const QString &templ, const QString &out, const QMap<QString, QString> &vars)
    {
        QFile in(QStringLiteral(WF_E2E_DIR "/") + templ);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QString text = QString::fromUtf8(in.readAll());
        for (auto it = vars.begin(); it != vars.end(); ++it)
            text.replace(QLatin1Char('@') + it.key() + QLatin1Char('@'), it.value());
        const QString path = m_dir.filePath(out);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        return path;
    }

    void start(const QString &exe, const QStringList &args, const QProcessEnvironment &env)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(env);
        m_process->setWorkingDirectory(m_dir.path());
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("gateway.log")));
        m_process->start(exe, args);
        m_process->waitForStarted(5000);
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/wf-gw-XXXXXX")};
    std::unique_ptr<QProcess> m_process;
    quint16 m_frontend = 0;
    quint16 m_admin = 0;
};

} // namespace wf::test
