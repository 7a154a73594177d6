#pragma once

#include "config/secretref.h"
#include "gateways/gatewayadapter.h"

#include <QUrl>

namespace wf::net { struct Request; struct Response; }

namespace wf::gateways {

// LiteLLM proxy through its admin API (docs.litellm.ai: "Model Management" and "[New] Fallback
// Management Endpoints"): GET /model/info, PATCH /model/{id}/update, POST /fallback,
// GET /fallback/{model}, DELETE /fallback/{model}. The master key is a SecretRef resolved for
// each request and never logged.
class LiteLlmAdapter : public GatewayAdapter
{
    Q_OBJECT
public:
    LiteLlmAdapter(QString gatewayId, QUrl baseUrl, config::SecretRef masterKey, net::HttpClient *http, QObject *parent = nullptr);

    QString kind() const override { return QStringLiteral("litellm"); }
    Capabilities capabilities() const override;
    void readState(QObject *context, StateCallback done) override;
    void apply(const GatewayChange &change, QObject *context, StatusCallback done) override;

private:
    using ResponseFn = std::function<void(const net::Response &)>;
    struct Step
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QString what;
    };

    Result<net::Request> request(const QByteArray &method, const QString &path, const QByteArray &body = {}) const;
    Error httpError(const net::Response &r, const QString &what) const;
    void readFallbacks(GatewayState state, QStringList models, QObject *context, StateCallback done);
    void runSteps(QList<Step> steps, int index, QObject *context, StatusCallback done);

    QUrl m_base;
    config::SecretRef m_key;
    net::HttpClient *m_http;
};

} // namespace wf::gateways
