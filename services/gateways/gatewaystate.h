#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace wf::gateways {

// One server / upstream / deployment as a gateway reports it.
//   HAProxy: backend = backend name, server = server name, address = addr:port.
//   Caddy:   backend = the upstreams path (e.g. /id/ai_proxy/upstreams), server = dial address.
//   LiteLLM: backend = model group (model_name), server = deployment id, address = litellm model.
struct UpstreamState
{
    QString backend;
    QString server;
    QString address;
    QString admin = QStringLiteral("ready"); // ready | drain | maint
    int weight = -1;                          // -1 = the gateway has no weight for it
    QString health = QStringLiteral("unknown"); // up | down | unknown (the gateway's own checks)

    QString key() const { return backend + QLatin1Char('/') + server; }
    bool sameRouting(const UpstreamState &o) const
    {
        return backend == o.backend && server == o.server && admin == o.admin && weight == o.weight;
    }
};

// A point-in-time read of a gateway's routing state.
struct GatewayState
{
    Q_DECLARE_TR_FUNCTIONS(wf::gateways::GatewayState)

public:
    QString gateway;
    QList<UpstreamState> upstreams;            // in the gateway's order (order matters for Caddy)
    QMap<QString, QStringList> fallbacks;      // LiteLLM: model group -> fallback model groups
    QByteArray version;                        // Caddy ETag of the upstreams path; empty otherwise
    qint64 readAtMs = 0;

    const UpstreamState *find(const QString &backend, const QString &server) const;
    QStringList serversOf(const QString &backend) const; // in order
    // Routing-relevant equality (ignores health, version and read time).
    bool sameRouting(const GatewayState &o) const;
    // Human-readable differences from `before` to this state, one line each.
    QStringList diffFrom(const GatewayState &before) const;
    QJsonObject toJson() const;
};

// A desired partial state: only what is listed is changed.
struct GatewayChange
{
    Q_DECLARE_TR_FUNCTIONS(wf::gateways::GatewayChange)

public:
    struct Server
    {
        QString backend;
        QString server;
        std::optional<QString> admin; // ready | drain | maint
        std::optional<int> weight;
    };

    QList<Server> servers;                     // HAProxy state/weight, LiteLLM deployment weight
    QMap<QString, QStringList> upstreamLists;  // Caddy: upstreams path -> ordered dial addresses
    QMap<QString, QStringList> fallbacks;      // LiteLLM: model group -> fallbacks (empty = delete)
    QByteArray baseVersion;                    // state version the change was planned on (If-Match)

    bool isEmpty() const { return servers.isEmpty() && upstreamLists.isEmpty() && fallbacks.isEmpty(); }
    // True when `state` already has everything this change asks for.
    bool satisfiedBy(const GatewayState &state) const;
    // What remains to do on `state` (drops parts already in place); used for idempotency.
    GatewayChange remainingOn(const GatewayState &state) const;
    // The change that brings every part this change touches back to its value in `before`.
    GatewayChange restoring(const GatewayState &before) const;
    // The state `state` would have after this change (for previews).
    GatewayState appliedTo(const GatewayState &state) const;
    // Merges `other` into this change (later values win).
    void merge(const GatewayChange &other);
    QStringList describe() const;
    QJsonObject toJson() const;
};

} // namespace wf::gateways
