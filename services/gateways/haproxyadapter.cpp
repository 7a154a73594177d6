#include "haproxyadapter.h"
#include "core/clock.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QPointer>

namespace wf::gateways {

namespace {

// The runtime API answers errors in prose; these are the shapes it uses for a refused command.
bool isErrorReply(const QByteArray &reply)
{
    return !reply.trimmed().isEmpty();
}
} // namespace

HaproxyAdapter::HaproxyAdapter(QString gatewayId, QString runtimeAddress, QObject *parent)
    : GatewayAdapter(std::move(gatewayId), parent)
    , m_runtime(std::move(runtimeAddress), this)
{
}

Capabilities HaproxyAdapter::capabilities() const
{
    Capabilities c;
    c.serverState = true;
    c.weights = true;
    c.healthChecks = true;
    c.summary = tr("HAProxy runtime API: server state (ready/drain/maint) and weight 0-256; changes are lost on restart unless a server-state-file is used");
    return c;
}

QString HaproxyAdapter::adminFromMask(int mask)
{
    // 0x01 forced maint, 0x02 inherited maint, 0x04 config maint, 0x20 resolution maint,
    // 0x40 hostname maint; 0x08 forced drain, 0x10 inherited drain.
    if (mask & (0x01 | 0x02 | 0x04 | 0x20 | 0x40))
        return QStringLiteral("maint");
    if (mask & (0x08 | 0x10))
        return QStringLiteral("drain");
    return QStringLiteral("ready");
}

Result<GatewayState> HaproxyAdapter::parseServersState(const QByteArray &serversState, const QByteArray &stat)
{
    // Health as HAProxy's checks see it, from the CSV of `show stat`.
    QHash<QString, QString> health;
    const QList<QByteArray> statLines = stat.split('\n');
    int colStatus = -1, colCheck = -1;
    for (const QByteArray &raw : statLines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith("# ")) {
            const QList<QByteArray> cols = line.mid(2).split(',');
            colStatus = int(cols.indexOf("status"));
            colCheck = int(cols.indexOf("check_status"));
            continue;
        }
        const QList<QByteArray> f = line.split(',');
        if (colStatus < 0 || f.size() <= colStatus || f.value(1) == "FRONTEND" || f.value(1) == "BACKEND")
            continue;
        const QByteArray st = f[colStatus];
        const QByteArray chk = colCheck >= 0 ? f.value(colCheck) : QByteArray();
        QString h = QStringLiteral("unknown");
        if (st.startsWith("DOWN"))
            h = QStringLiteral("down");
        else if (st.startsWith("UP") || st.startsWith("DRAIN"))
            h = QStringLiteral("up");
        else if (st.startsWith("MAINT") && !chk.isEmpty())
            h = (chk.startsWith("L7OK") || chk.startsWith("L6OK") || chk.startsWith("L4OK")) ? QStringLiteral("up") : QStringLiteral("down");
        health.insert(QString::fromUtf8(f[0] + '/' + f[1]), h);
    }

    GatewayState state;
    bool sawVersion = false;
    for (const QByteArray &raw : serversState.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (!sawVersion) {
            if (line != "1")
                return Error{QStringLiteral("gateway.protocol"),
                             tr("unexpected reply to \"show servers state\": %1").arg(QString::fromUtf8(line.left(200)))};
            sawVersion = true;
            continue;
        }
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 9)
            return Error{QStringLiteral("gateway.protocol"),
                         tr("malformed server line in \"show servers state\": %1").arg(QString::fromUtf8(line.left(200)))};
        bool okOp = false, okAdmin = false, okWeight = false;
        const int op = f[5].toInt(&okOp);
        const int admin = f[6].toInt(&okAdmin);
        const int weight = f[7].toInt(&okWeight);
        if (!okOp || !okAdmin || !okWeight)
            return Error{QStringLiteral("gateway.protocol"),
                         tr("malformed numbers in \"show servers state\": %1").arg(QString::fromUtf8(line.left(200)))};
        UpstreamState u;
        u.backend = QString::fromUtf8(f[1]);
        u.server = QString::fromUtf8(f[3]);
        u.address = QString::fromUtf8(f[4]);
        if (f.size() > 18 && f[18] != "-" && f[18] != "0")
            u.address += QLatin1Char(':') + QString::fromUtf8(f[18]);
        u.admin = adminFromMask(admin);
        u.weight = weight;
        u.health = health.value(u.key(), op == 0 ? QStringLiteral("down") : QStringLiteral("unknown"));
        state.upstreams << u;
    }
    if (!sawVersion)
        return Error{QStringLiteral("gateway.protocol"), tr("empty reply to \"show servers state\"")};
    return state;
}

void HaproxyAdapter::readState(QObject *context, StateCallback done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_runtime.send("show servers state", this, [this, guard, hasContext, done](const Result<QByteArray> &servers) {
        if (hasContext && !guard)
            return;
        if (!servers) {
            emit failed(servers.error().message);
            done(servers.error());
            return;
        }
        m_runtime.send("show stat", this, [this, guard, hasContext, done, srv = *servers](const Result<QByteArray> &stat) {
            if (hasContext && !guard)
                return;
            // Routing state comes from "show servers state"; "show stat" only adds the health
            // checks' view, so without it the servers' health reads as unknown.
            if (!stat)
                qCWarning(lcGateways).noquote() << gatewayId() << "\"show stat\" failed; server health unknown:" << stat.error().message;
            auto state = parseServersState(srv, stat ? *stat : QByteArray());
            if (!state) {
                emit failed(state.error().message);
                done(state);
                return;
            }
            state->gateway = gatewayId();
            state->readAtMs = wf::clock::nowMs();
            emit stateRead(*state);
            done(state);
        });
    });
}

void HaproxyAdapter::apply(const GatewayChange &change, QObject *context, StatusCallback done)
{
    if (auto s = checkSupported(change); !s) {
        later(context, [done, s] { done(s); });
        return;
    }
    QList<QByteArray> commands;
    for (const auto &s : change.servers) {
        const QByteArray target = s.backend.toUtf8() + '/' + s.server.toUtf8();
        if (s.admin) {
            const QString a = *s.admin;
            if (a != QLatin1String("ready") && a != QLatin1String("drain") && a != QLatin1String("maint")) {
                later(context, [done, a] {
                    done(Error{QStringLiteral("gateway.rejected"), tr("server state must be ready, drain or maint, got \"%1\"").arg(a)});
                });
                return;
            }
            commands << "set server " + target + " state " + a.toUtf8();
        }
        if (s.weight) {
            // HAProxy clamps weights over 256 silently; refuse instead of applying something else.
            if (*s.weight < 0 || *s.weight > 256) {
                later(context, [done, w = *s.weight] {
                    done(Error{QStringLiteral("gateway.rejected"), tr("HAProxy weights are 0 to 256, got %1").arg(w)});
                });
                return;
            }
            commands << "set server " + target + " weight " + QByteArray::number(*s.weight);
        }
    }
    runCommands(commands, 0, context, std::move(done));
}

void HaproxyAdapter::runCommands(QList<QByteArray> commands, int index, QObject *context, StatusCallback done)
{
    if (index >= commands.size()) {
        later(context, [done] { done(Ok{}); });
        return;
    }
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    countWrite();
    const QByteArray cmd = commands[index];
    m_runtime.send(cmd, this, [this, commands, index, guard, hasContext, done, cmd](const Result<QByteArray> &reply) {
        if (hasContext && !guard)
            return;
        const QString code = index == 0 ? QStringLiteral("gateway.rejected") : QStringLiteral("gateway.partial");
        if (!reply) {
            Error e = reply.error();
            if (index > 0)
                e = Error{code, tr("%1 (after %2 of %3 commands had been applied)").arg(e.message).arg(index).arg(commands.size())};
            emit failed(e.message);
            done(e);
            return;
        }
        if (isErrorReply(*reply)) {
            QString msg = tr("%1: HAProxy refused \"%2\": %3")
                              .arg(gatewayId(), QString::fromUtf8(cmd), QString::fromUtf8(reply->trimmed()));
            if (index > 0)
                msg += QLatin1Char(' ') + tr("(after %1 of %2 commands had been applied)").arg(index).arg(commands.size());
            qCWarning(lcGateways).noquote() << msg;
            emit failed(msg);
            done(Error{code, msg});
            return;
        }
        qCInfo(lcGateways).noquote() << gatewayId() << "applied:" << QString::fromUtf8(cmd);
        runCommands(commands, index + 1, guard, done);
    });
}

} // namespace wf::gateways
