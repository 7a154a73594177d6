#include "llmprobe.h"

#include "core/logging.h"
#include "probes/httpprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace wf::probes {

LlmProbe::LlmProbe(config::ProbeConfig config, net::HttpClient *http)
    : Probe(std::move(config))
    , m_http(http)
{
}

QString LlmProbe::configProblem() const
{
    if (config().model.isEmpty())
        return tr("an LLM probe needs a model");
    if (!config().apiKey.isSet())
        return tr("an LLM probe needs an api_key reference");
    return {};
}

net::Request LlmProbe::buildRequest(const config::ProbeConfig &config, const QByteArray &apiKey)
{
    net::Request req;
    req.url = QUrl(config.url);
    req.method = QByteArrayLiteral("POST");
    req.timeoutMs = config.timeoutMs;
    req.connectTimeoutMs = std::min(config.timeoutMs, 10000);
    req.maxBodyBytes = 256 * 1024;
    req.freshConnection = true;
    req.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    QJsonObject body;
    body.insert(QStringLiteral("model"), config.model);
    const QJsonArray messages{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QStringLiteral("ping")}}};
    if (config.api == QLatin1String("anthropic-messages")) {
        req.headers.append({QByteArrayLiteral("x-api-key"), apiKey});
        req.headers.append({QByteArrayLiteral("anthropic-version"), QByteArrayLiteral("2023-06-01")});
        body.insert(QStringLiteral("max_tokens"), 1);
        body.insert(QStringLiteral("messages"), messages);
    } else if (config.api == QLatin1String("openai-responses")) {
        req.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + apiKey});
        body.insert(QStringLiteral("input"), QStringLiteral("ping"));
        // The Responses API rejects max_output_tokens below 16; 16 is its smallest legal value.
        body.insert(QStringLiteral("max_output_tokens"), 16);
    } else { // openai-chat and OpenAI-compatible gateways
        req.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + apiKey});
        body.insert(QStringLiteral("max_tokens"), 1);
        body.insert(QStringLiteral("messages"), messages);
    }
    req.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return req;
}

Outcome LlmProbe::classify(const config::ProbeConfig &config, const net::Response &r, QString *detail)
{
    const Outcome transport = HttpProbe::classify(r);
    if (r.error != net::NetError::None) {
        *detail = r.errorText;
        return transport == Outcome::Dns || transport == Outcome::Tls || transport == Outcome::Timeout ? transport : Outcome::Connection;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
    const QJsonObject obj = doc.object();
    // Both APIs put the reason into error.type / error.message.
    const QJsonObject error = obj.value(QStringLiteral("error")).toObject();
    const QString errorType = error.value(QStringLiteral("type")).toString();
    const QString errorMessage = error.value(QStringLiteral("message")).toString().left(160);
    if (transport != Outcome::Ok) {
        *detail = QStringLiteral("HTTP %1").arg(r.status);
        if (!errorType.isEmpty())
            *detail += QStringLiteral(" %1").arg(errorType);
        if (!errorMessage.isEmpty())
            *detail += QStringLiteral(": ") + errorMessage;
        if (transport == Outcome::ServerError && errorType == QLatin1String("overloaded_error"))
            return Outcome::Overloaded;
        return transport;
    }
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        *detail = tr("HTTP %1 but the body is not JSON (%2)").arg(r.status).arg(err.errorString());
        return Outcome::BadResponse;
    }
    bool shapeOk = false;
    if (config.api == QLatin1String("anthropic-messages"))
        shapeOk = obj.value(QStringLiteral("type")).toString() == QLatin1String("message") && obj.value(QStringLiteral("content")).isArray();
    else if (config.api == QLatin1String("openai-responses"))
        shapeOk = obj.value(QStringLiteral("output")).isArray() || obj.value(QStringLiteral("object")).toString() == QLatin1String("response");
    else
        shapeOk = !obj.value(QStringLiteral("choices")).toArray().isEmpty();
    if (!shapeOk) {
        *detail = tr("HTTP %1 but not a %2 response").arg(r.status).arg(config.api);
        if (!errorType.isEmpty())
            *detail += QStringLiteral(" (%1)").arg(errorType);
        return Outcome::BadResponse;
    }
    const QString served = obj.value(QStringLiteral("model")).toString();
    *detail = served.isEmpty() ? QStringLiteral("HTTP %1").arg(r.status) : QStringLiteral("HTTP %1, model %2").arg(r.status).arg(served);
    return Outcome::Ok;
}

void LlmProbe::run(QObject *context, std::function<void(ProbeResult)> done)
{
    ProbeResult result = start();
    QString problem = configProblem();
    QByteArray key;
    if (problem.isEmpty()) {
        auto resolved = config().apiKey.resolve();
        if (!resolved)
            problem = tr("API key %1: %2").arg(config().apiKey.toString(), resolved.error().message);
        else
            key = *resolved;
    }
    if (!problem.isEmpty()) {
        result.outcome = Outcome::ConfigError;
        result.state = outcomeState(result.outcome);
        result.detail = problem;
        QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    net::Request req = buildRequest(config(), key);
    const config::ProbeConfig cfg = config();
    // The key is kept only to scrub it from error text a server might echo back.
    m_http->send(req, context, [cfg, result, done, key](const net::Response &response) mutable {
        result.httpStatus = response.status;
        if (response.error == net::NetError::None)
            result.latencyMs = response.timing.totalMs;
        result.outcome = classify(cfg, response, &result.detail);
        if (!key.isEmpty())
            result.detail.replace(QString::fromUtf8(key), QStringLiteral("[redacted]"));
        result.detail = LogHub::redact(result.detail);
        result.state = outcomeState(result.outcome);
        qCDebug(lcProbes).noquote() << "llm probe" << result.probeId << cfg.model << outcomeKey(result.outcome) << result.detail;
        done(result);
    });
}

} // namespace wf::probes
