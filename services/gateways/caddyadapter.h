#pragma once

#include "gateways/gatewayadapter.h"

#include <QHash>
#include <QJsonObject>
#include <QUrl>

namespace wf::gateways {

// Caddy through its admin API: the reverse_proxy upstreams at one config path (e.g.
// /id/ai_proxy/upstreams) are read and replaced with PATCH + If-Match, so a concurrent edit by
// another console is refused (412) instead of silently overwritten. Caddy 2.6 sends the ETag as
// an HTTP trailer, 2.8+ as a header; both are accepted.
class CaddyAdapter : public GatewayAdapter
{
    Q_OBJECT
public:
    CaddyAdapter(QString gatewayId, QUrl adminUrl, QString upstreamsPath, net::HttpClient *http, QObject *parent = nullptr);

    QString kind() const override { return QStringLiteral("caddy"); }
    Capabilities capabilities() const override;
    void readState(QObject *context, StateCallback done) override;
    // Uses change.baseVersion as If-Match; without one, reads first and uses that ETag.
    void apply(const GatewayChange &change, QObject *context, StatusCallback done) override;

    QString upstreamsPath() const { return m_path; }

    // FNV-1a 32-bit, the hash Caddy puts in its ETag ("<config path> <hex>").
    static quint32 fnv1a32(const QByteArray &data);

private:
    void patch(const QStringList &dials, const QByteArray &ifMatch, QObject *context, StatusCallback done);
    QUrl urlFor(const QString &path) const;

    QUrl m_admin;
    QString m_path;
    net::HttpClient *m_http;
    QHash<QString, QJsonObject> m_upstreamObjects; // dial -> full upstream object as last read
};

} // namespace wf::gateways
