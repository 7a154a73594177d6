#include "litellmadapter.h"
#include "core/clock.h"

#include "core/logging.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

namespace wf::gateways {

namespace {

// FastAPI errors are {"detail": ...}; LiteLLM's own exceptions are {"error": {"message": ...}}.
QString errorText(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue detail = o.value(QStringLiteral("detail"));
    if (detail.isString())
        return detail.toString();
    if (detail.isObject() || detail.isArray())
        return QString::fromUtf8(QJsonDocument::fromVariant(detail.toVariant()).toJson(QJsonDocument::Compact));
    const QJsonValue err = o.value(QStringLiteral("error"));
    if (err.isObject())
        return err.toObject().value(QStringLiteral("message")).toString();
    if (err.isString())
        return err.toString();
    return QString::fromUtf8(body.left(300)).trimmed();
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}
} // namespace

LiteLlmAdapter::LiteLlmAdapter(QString gatewayId, QUrl baseUrl, config::SecretRef masterKey, net::HttpClient *http, QObject *parent)
    : GatewayAdapter(std::move(gatewayId), parent)
    , m_base(std::move(baseUrl))
    , m_key(std::move(masterKey))
    , m_http(http)
{
}

Capabilities LiteLlmAdapter::capabilities() const
{
    Capabilities c;
    c.weights = true;
    c.fallbacks = true;
    c.summary = tr("LiteLLM admin API: deployment weights and model-group fallbacks (general)");
    return c;
}

Result<net::Request> LiteLlmAdapter::request(const QByteArray &method, const QString &path, const QByteArray &body) const
{
    auto key = m_key.resolve();
    if (!key)
        return Error{QStringLiteral("gateway.auth"), tr("%1: master key %2: %3").arg(gatewayId(), m_key.toString(), key.error().message)};
    net::Request req;
    QUrl u = m_base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    QString basePath = u.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    u.setPath(basePath + (q < 0 ? path : path.left(q)), QUrl::TolerantMode);
    if (q >= 0)
        u.setQuery(path.mid(q + 1));
    req.url = u;
    req.method = method;
    req.body = body;
    req.headers = {{"Authorization", "Bearer " + *key}};
    if (!body.isEmpty())
        req.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    req.timeoutMs = 10000;
    req.maxRedirects = 0;
    return req;
}

Error LiteLlmAdapter::httpError(const net::Response &r, const QString &what) const
{
    if (!r.ok())
        return Error{QStringLiteral("gateway.unreachable"), tr("%1: LiteLLM at %2 (%3): %4").arg(gatewayId(), m_base.toString(), what, r.errorText)};
    const QString text = errorText(r.body);
    if (r.status == 401 || r.status == 403)
        return Error{QStringLiteral("gateway.auth"), tr("%1: LiteLLM refused the master key (%2) for %3: %4").arg(gatewayId()).arg(r.status).arg(what, text)};
    return Error{QStringLiteral("gateway.rejected"), tr("%1: LiteLLM answered %2 for %3: %4").arg(gatewayId()).arg(r.status).arg(what, text)};
}

void LiteLlmAdapter::readState(QObject *context, StateCallback done)
{
    auto req = request("GET", QStringLiteral("/model/info"));
    if (!req) {
        later(context, [this, done, e = req.error()] {
            emit failed(e.message);
            done(e);
        });
        return;
    }
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_http->send(*req, this, [this, guard, hasContext, done](const net::Response &r) {
        if (hasContext && !guard)
            return;
        if (!r.ok() || r.status != 200) {
            const Error e = httpError(r, QStringLiteral("GET /model/info"));
            emit failed(e.message);
            done(e);
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (!doc.isObject() || !doc.object().value(QStringLiteral("data")).isArray()) {
            const Error e{QStringLiteral("gateway.protocol"), tr("%1: GET /model/info did not return {\"data\": [...]}").arg(gatewayId())};
            emit failed(e.message);
            done(e);
            return;
        }
        GatewayState state;
        state.gateway = gatewayId();
        QStringList models;
        for (const QJsonValue &v : doc.object().value(QStringLiteral("data")).toArray()) {
            const QJsonObject o = v.toObject();
            const QJsonObject params = o.value(QStringLiteral("litellm_params")).toObject();
            const QJsonObject info = o.value(QStringLiteral("model_info")).toObject();
            UpstreamState u;
            u.backend = o.value(QStringLiteral("model_name")).toString();
            u.server = info.value(QStringLiteral("id")).toString();
            u.address = params.value(QStringLiteral("model")).toString();
            const QJsonValue w = params.value(QStringLiteral("weight"));
            u.weight = w.isDouble() ? w.toInt() : -1;
            state.upstreams << u;
            if (!u.backend.isEmpty() && !models.contains(u.backend))
                models << u.backend;
        }
        readFallbacks(state, models, guard, done);
    });
}

void LiteLlmAdapter::readFallbacks(GatewayState state, QStringList models, QObject *context, StateCallback done)
{
    if (models.isEmpty()) {
        state.readAtMs = wf::clock::nowMs();
        later(context, [this, state, done] {
            emit stateRead(state);
            done(state);
        });
        return;
    }
    const QString model = models.takeFirst();
    auto req = request("GET", QStringLiteral("/fallback/%1?fallback_type=general").arg(encoded(model)));
    if (!req) {
        later(context, [done, e = req.error()] { done(e); });
        return;
    }
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_http->send(*req, this, [this, state, models, model, guard, hasContext, done](const net::Response &r) mutable {
        if (hasContext && !guard)
            return;
        if (r.ok() && r.status == 200) {
            const QJsonArray arr = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("fallback_models")).toArray();
            QStringList list;
            for (const QJsonValue &v : arr)
                list << v.toString();
            if (!list.isEmpty())
                state.fallbacks.insert(model, list);
        } else if (!(r.ok() && r.status == 404)) { // 404: no fallbacks configured for this group
            const Error e = httpError(r, QStringLiteral("GET /fallback/%1").arg(model));
            emit failed(e.message);
            done(e);
            return;
        }
        readFallbacks(state, models, guard, done);
    });
}

void LiteLlmAdapter::apply(const GatewayChange &change, QObject *context, StatusCallback done)
{
    if (auto s = checkSupported(change); !s) {
        later(context, [done, s] { done(s); });
        return;
    }
    QList<Step> steps;
    for (const auto &s : change.servers) {
        if (!s.weight)
            continue;
        const QJsonObject body{{QStringLiteral("litellm_params"), QJsonObject{{QStringLiteral("weight"), *s.weight}}}};
        steps << Step{"PATCH", QStringLiteral("/model/%1/update").arg(encoded(s.server)),
                      QJsonDocument(body).toJson(QJsonDocument::Compact),
                      tr("weight of %1 (%2) to %3").arg(s.server, s.backend).arg(*s.weight)};
    }
    for (auto it = change.fallbacks.begin(); it != change.fallbacks.end(); ++it) {
        if (it.value().isEmpty()) {
            steps << Step{"DELETE", QStringLiteral("/fallback/%1?fallback_type=general").arg(encoded(it.key())), {},
                          tr("delete fallbacks of %1").arg(it.key())};
        } else {
            const QJsonObject body{{QStringLiteral("model"), it.key()},
                                   {QStringLiteral("fallback_models"), QJsonArray::fromStringList(it.value())},
                                   {QStringLiteral("fallback_type"), QStringLiteral("general")}};
            steps << Step{"POST", QStringLiteral("/fallback"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                          tr("fallbacks of %1 to %2").arg(it.key(), it.value().join(QStringLiteral(", ")))};
        }
    }
    runSteps(steps, 0, context, std::move(done));
}

void LiteLlmAdapter::runSteps(QList<Step> steps, int index, QObject *context, StatusCallback done)
{
    if (index >= steps.size()) {
        later(context, [done] { done(Ok{}); });
        return;
    }
    const Step step = steps[index];
    auto req = request(step.method, step.path, step.body);
    if (!req) {
        later(context, [done, e = req.error()] { done(e); });
        return;
    }
    countWrite();
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_http->send(*req, this, [this, steps, index, step, guard, hasContext, done](const net::Response &r) {
        if (hasContext && !guard)
            return;
        if (!r.ok() || r.status < 200 || r.status >= 300) {
            Error e = httpError(r, step.what);
            if (index > 0) {
                e.code = QStringLiteral("gateway.partial");
                e.message += QLatin1Char(' ') + tr("(after %1 of %2 changes had been applied)").arg(index).arg(steps.size());
            }
            qCWarning(lcGateways).noquote() << e.message;
            emit failed(e.message);
            done(e);
            return;
        }
        qCInfo(lcGateways).noquote() << gatewayId() << "applied:" << step.what;
        runSteps(steps, index + 1, guard, done);
    });
}

} // namespace wf::gateways
