#include "gatewayadapter.h"

#include "config/config.h"
#include "gateways/caddyadapter.h"
#include "gateways/haproxyadapter.h"
#include "gateways/litellmadapter.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace wf::gateways {

namespace {
} // namespace

GatewayAdapter::GatewayAdapter(QString gatewayId, QObject *parent)
    : QObject(parent)
    , m_gatewayId(std::move(gatewayId))
{
}

void GatewayAdapter::later(QObject *context, std::function<void()> fn)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, this, [guard, hasContext, fn = std::move(fn)] {
        if (hasContext && !guard)
            return;
        fn();
    });
}

void GatewayAdapter::verify(const GatewayChange &change, QObject *context, StateCallback done)
{
    readState(context, [change, done, id = m_gatewayId](const Result<GatewayState> &state) {
        if (!state) {
            done(state);
            return;
        }
        const GatewayChange missing = change.remainingOn(*state);
        if (!missing.isEmpty()) {
            done(Error{QStringLiteral("gateway.verify"),
                       tr("%1: read-back does not match the change; still different: %2")
                           .arg(id, missing.describe().join(QStringLiteral("; ")))});
            return;
        }
        done(state);
    });
}

Status GatewayAdapter::checkSupported(const GatewayChange &change) const
{
    const Capabilities caps = capabilities();
    QStringList missing;
    for (const auto &s : change.servers) {
        if (s.admin && !caps.serverState)
            missing << tr("server state (%1/%2)").arg(s.backend, s.server);
        if (s.weight && !caps.weights)
            missing << tr("weights (%1/%2)").arg(s.backend, s.server);
    }
    if (!change.upstreamLists.isEmpty() && !caps.upstreamLists)
        missing << tr("upstream lists");
    if (!change.fallbacks.isEmpty() && !caps.fallbacks)
        missing << tr("fallbacks");
    if (!missing.isEmpty())
        return Error{QStringLiteral("gateway.unsupported"),
                     tr("%1 (%2) cannot change: %3").arg(m_gatewayId, kind(), missing.join(QStringLiteral(", ")))};
    return Ok{};
}

Result<std::shared_ptr<GatewayAdapter>> GatewayAdapter::create(const config::GatewayConfig &config, net::HttpClient *http)
{
    if (config.kind == QLatin1String("haproxy"))
        return std::shared_ptr<GatewayAdapter>(std::make_shared<HaproxyAdapter>(config.id, config.address));
    if (config.kind == QLatin1String("caddy")) {
        const QString path = config.caddyUpstreamsPath.isEmpty() ? QStringLiteral("/id/ai_proxy/upstreams") : config.caddyUpstreamsPath;
        return std::shared_ptr<GatewayAdapter>(std::make_shared<CaddyAdapter>(config.id, QUrl(config.address), path, http));
    }
    if (config.kind == QLatin1String("litellm"))
        return std::shared_ptr<GatewayAdapter>(std::make_shared<LiteLlmAdapter>(config.id, QUrl(config.address), config.token, http));
    return Error{QStringLiteral("gateway.unsupported"), tr("%1: unknown gateway kind \"%2\"").arg(config.id, config.kind)};
}

} // namespace wf::gateways
