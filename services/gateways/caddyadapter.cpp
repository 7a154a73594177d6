#include "caddyadapter.h"
#include "core/clock.h"

#include "core/logging.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>

namespace wf::gateways {

namespace {

QString caddyErrorText(const net::Response &r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    if (doc.isObject() && doc.object().contains(QStringLiteral("error")))
        return doc.object().value(QStringLiteral("error")).toString();
    return QString::fromUtf8(r.body.left(300)).trimmed();
}
} // namespace

CaddyAdapter::CaddyAdapter(QString gatewayId, QUrl adminUrl, QString upstreamsPath, net::HttpClient *http, QObject *parent)
    : GatewayAdapter(std::move(gatewayId), parent)
    , m_admin(std::move(adminUrl))
    , m_path(std::move(upstreamsPath))
    , m_http(http)
{
}

Capabilities CaddyAdapter::capabilities() const
{
    Capabilities c;
    c.upstreamLists = true;
    c.optimisticLocking = true;
    c.summary = tr("Caddy admin API: ordered reverse_proxy upstreams at %1, guarded by ETag/If-Match").arg(m_path);
    return c;
}

quint32 CaddyAdapter::fnv1a32(const QByteArray &data)
{
    quint32 h = 0x811c9dc5u;
    for (const char c : data) {
        h ^= quint8(c);
        h *= 0x01000193u;
    }
    return h;
}

QUrl CaddyAdapter::urlFor(const QString &path) const
{
    QUrl u = m_admin;
    u.setPath(path);
    return u;
}

void CaddyAdapter::readState(QObject *context, StateCallback done)
{
    net::Request req;
    req.url = urlFor(m_path);
    req.timeoutMs = 5000;
    req.connectTimeoutMs = 2000;
    req.maxRedirects = 0;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_http->send(req, this, [this, guard, hasContext, done](const net::Response &r) {
        if (hasContext && !guard)
            return;
        auto fail = [&](const QString &code, const QString &msg) {
            emit failed(msg);
            done(Error{code, msg});
        };
        if (!r.ok())
            return fail(QStringLiteral("gateway.unreachable"), tr("%1: Caddy admin API at %2: %3").arg(gatewayId(), m_admin.toString(), r.errorText));
        if (r.status != 200)
            return fail(QStringLiteral("gateway.protocol"), tr("%1: Caddy answered %2 for %3: %4").arg(gatewayId()).arg(r.status).arg(m_path, caddyErrorText(r)));
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
        if (pe.error != QJsonParseError::NoError)
            return fail(QStringLiteral("gateway.protocol"), tr("%1: Caddy returned invalid JSON for %2: %3").arg(gatewayId(), m_path, pe.errorString()));
        // A missing path reads as `null`: the configured route is not there.
        if (!doc.isArray())
            return fail(QStringLiteral("gateway.protocol"), tr("%1: no reverse_proxy upstreams at %2 (Caddy returned %3)")
                                                                .arg(gatewayId(), m_path, QString::fromUtf8(r.body.trimmed().left(100))));
        GatewayState state;
        state.gateway = gatewayId();
        state.readAtMs = wf::clock::nowMs();
        // Every upstream object ever read is kept by dial address (the latest read wins): a
        // rollback that puts back an upstream removed earlier restores all of its fields
        // (max_requests, ...), not just the address.
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject o = v.toObject();
            UpstreamState u;
            u.backend = m_path;
            u.server = o.value(QStringLiteral("dial")).toString();
            u.address = u.server;
            state.upstreams << u;
            m_upstreamObjects.insert(u.server, o);
        }
        // Caddy 2.8+ sends ETag as a header, 2.6 as a trailer; header() searches both.
        state.version = r.header("ETag");
        if (state.version.isEmpty() && m_path.startsWith(QLatin1String("/config/"))) {
            state.version = '"' + m_path.toUtf8() + ' ' + QByteArray::number(fnv1a32(r.body), 16) + '"';
        }
        emit stateRead(state);
        done(state);
    });
}

void CaddyAdapter::apply(const GatewayChange &change, QObject *context, StatusCallback done)
{
    if (auto s = checkSupported(change); !s) {
        later(context, [done, s] { done(s); });
        return;
    }
    for (auto it = change.upstreamLists.begin(); it != change.upstreamLists.end(); ++it) {
        if (it.key() != m_path) {
            later(context, [this, done, p = it.key()] {
                done(Error{QStringLiteral("gateway.unsupported"), tr("%1 manages upstreams at %2 only, not %3").arg(gatewayId(), m_path, p)});
            });
            return;
        }
    }
    if (!change.upstreamLists.contains(m_path)) {
        later(context, [done] { done(Ok{}); });
        return;
    }
    const QStringList dials = change.upstreamLists.value(m_path);
    if (dials.isEmpty()) {
        later(context, [this, done] {
            done(Error{QStringLiteral("gateway.rejected"), tr("%1: refusing to remove every upstream from %2").arg(gatewayId(), m_path)});
        });
        return;
    }
    if (!change.baseVersion.isEmpty()) {
        patch(dials, change.baseVersion, context, std::move(done));
        return;
    }
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    readState(this, [this, dials, guard, hasContext, done](const Result<GatewayState> &state) {
        if (hasContext && !guard)
            return;
        if (!state) {
            done(state.error());
            return;
        }
        patch(dials, state->version, guard, done);
    });
}

void CaddyAdapter::patch(const QStringList &dials, const QByteArray &ifMatch, QObject *context, StatusCallback done)
{
    QJsonArray arr;
    for (const QString &d : dials) {
        QJsonObject o = m_upstreamObjects.value(d);
        o.insert(QStringLiteral("dial"), d);
        arr.append(o);
    }
    net::Request req;
    req.url = urlFor(m_path);
    req.method = "PATCH";
    req.body = QJsonDocument(arr).toJson(QJsonDocument::Compact);
    req.headers = {{"Content-Type", "application/json"}};
    if (!ifMatch.isEmpty())
        req.headers.append({QByteArray("If-Match"), ifMatch});
    else
        qCWarning(lcGateways).noquote() << gatewayId() << "no ETag known; changing" << m_path << "without If-Match";
    req.timeoutMs = 10000;
    req.maxRedirects = 0;
    countWrite();
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_http->send(req, this, [this, guard, hasContext, done, dials](const net::Response &r) {
        if (hasContext && !guard)
            return;
        QString code;
        QString msg;
        if (!r.ok()) {
            code = QStringLiteral("gateway.unreachable");
            msg = tr("%1: Caddy admin API at %2: %3").arg(gatewayId(), m_admin.toString(), r.errorText);
        } else if (r.status == 412) {
            code = QStringLiteral("gateway.conflict");
            msg = tr("%1: the Caddy configuration at %2 was changed by someone else since it was read; nothing was changed. "
                     "Read the current state, preview again and re-apply.").arg(gatewayId(), m_path);
        } else if (r.status == 403) {
            code = QStringLiteral("gateway.auth");
            msg = tr("%1: Caddy refused the admin request (403): %2").arg(gatewayId(), caddyErrorText(r));
        } else if (r.status < 200 || r.status >= 300) {
            code = QStringLiteral("gateway.rejected");
            msg = tr("%1: Caddy rejected the change (%2): %3").arg(gatewayId()).arg(r.status).arg(caddyErrorText(r));
        }
        if (!code.isEmpty()) {
            qCWarning(lcGateways).noquote() << msg;
            emit failed(msg);
            done(Error{code, msg});
            return;
        }
        qCInfo(lcGateways).noquote() << gatewayId() << "upstreams" << m_path << "->" << dials.join(QStringLiteral(", "));
        done(Ok{});
    });
}

} // namespace wf::gateways
