#pragma once

// A loopback HTTP server with the request/response shapes of the LiteLLM proxy admin API, for
// tests on machines where LiteLLM cannot be installed. It follows, endpoint by endpoint:
//   - docs.litellm.ai/docs/proxy/model_management ("Model Management"): GET /model/info returns
//     {"data":[{"model_name", "litellm_params":{"model", ...}, "model_info":{"id", ...}}]};
//     PATCH /model/{id}/update takes a partial {"litellm_params":{...}}.
//   - docs.litellm.ai/docs/proxy/fallback_management ("[New] Fallback Management Endpoints"):
//     POST /fallback {"model","fallback_models","fallback_type"} -> the same plus "message";
//     GET /fallback/{model}?fallback_type=general; DELETE /fallback/{model}?fallback_type=general.
//     Unknown model -> 404, a model falling back to itself -> 400 (errors as FastAPI {"detail"}).
//   - every admin call needs "Authorization: Bearer <master key>", else 401.

#include "loopbackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrl>
#include <QUrlQuery>

namespace wf::test {

class LiteLlmLoopback
{
public:
    struct Deployment
    {
        QString id;
        QString modelName;   // the model group
        QString model;       // litellm_params.model, e.g. anthropic/claude-sonnet-4
        int weight = -1;     // -1: no weight key
    };

    explicit LiteLlmLoopback(QByteArray masterKey) : m_key(std::move(masterKey))
    {
        m_server.setHandler([this](const HttpRequest &r) { return handle(r); });
    }

    bool listen() { return m_server.listen(); }
    QUrl url() const { return m_server.url(QStringLiteral("")); }
    LoopbackServer &server() { return m_server; }

    QList<Deployment> deployments;
    QMap<QString, QStringList> fallbacks; // general fallbacks per model group

private:
    static HttpReply detail(int status, const QString &text)
    {
        return HttpReply::json(QJsonDocument(QJsonObject{{QStringLiteral("detail"), text}}).toJson(QJsonDocument::Compact), status);
    }

    bool hasGroup(const QString &name) const
    {
        for (const auto &d : deployments)
            if (d.modelName == name)
                return true;
        return false;
    }

    HttpReply handle(const HttpRequest &r)
    {
        if (r.header("Authorization") != "Bearer " + m_key) {
            const QJsonObject err{{QStringLiteral("message"), QStringLiteral("Authentication Error, Invalid proxy server token passed.")},
                                  {QStringLiteral("type"), QStringLiteral("auth_error")},
                                  {QStringLiteral("param"), QStringLiteral("None")},
                                  {QStringLiteral("code"), QStringLiteral("401")}};
            return HttpReply::json(QJsonDocument(QJsonObject{{QStringLiteral("error"), err}}).toJson(QJsonDocument::Compact), 401);
        }
        const QUrl u(QString::fromUtf8("http://x" + r.path));
        const QString path = u.path();
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QString type = QUrlQuery(u).queryItemValue(QStringLiteral("fallback_type"));
        if (r.method == "GET" && path == QLatin1String("/model/info")) {
            QJsonArray data;
            for (const auto &d : deployments) {
                QJsonObject params{{QStringLiteral("model"), d.model}};
                if (d.weight >= 0)
                    params.insert(QStringLiteral("weight"), d.weight);
                data.append(QJsonObject{{QStringLiteral("model_name"), d.modelName},
                                        {QStringLiteral("litellm_params"), params},
                                        {QStringLiteral("model_info"), QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("db_model"), true}}}});
            }
            return HttpReply::json(QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact));
        }
        if (r.method == "PATCH" && parts.size() == 3 && parts[0] == QLatin1String("model") && parts[2] == QLatin1String("update")) {
            for (auto &d : deployments) {
                if (d.id != parts[1])
                    continue;
                const QJsonObject params = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("litellm_params")).toObject();
                if (params.contains(QStringLiteral("weight")))
                    d.weight = params.value(QStringLiteral("weight")).toInt();
                return HttpReply::json(QJsonDocument(QJsonObject{{QStringLiteral("model_id"), d.id}, {QStringLiteral("model_name"), d.modelName}}).toJson(QJsonDocument::Compact));
            }
            return detail(404, QStringLiteral("Model with id=%1 not found in db").arg(parts[1]));
        }
        if (r.method == "POST" && path == QLatin1String("/fallback")) {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            const QString model = body.value(QStringLiteral("model")).toString();
            QStringList list;
            for (const QJsonValue &v : body.value(QStringLiteral("fallback_models")).toArray())
                list << v.toString();
            if (!hasGroup(model))
                return detail(404, QStringLiteral("Model %1 not found on proxy").arg(model));
            if (list.contains(model))
                return detail(400, QStringLiteral("Model %1 cannot fall back to itself").arg(model));
            for (const QString &f : list)
                if (!hasGroup(f))
                    return detail(400, QStringLiteral("Fallback model %1 not found on proxy").arg(f));
            fallbacks.insert(model, list);
            return HttpReply::json(QJsonDocument(QJsonObject{{QStringLiteral("model"), model},
                                                             {QStringLiteral("fallback_models"), QJsonArray::fromStringList(list)},
                                                             {QStringLiteral("fallback_type"), body.value(QStringLiteral("fallback_type")).toString(QStringLiteral("general"))},
                                                             {QStringLiteral("message"), QStringLiteral("Fallback configuration created successfully")}})
                                       .toJson(QJsonDocument::Compact));
        }
        if (parts.size() == 2 && parts[0] == QLatin1String("fallback") && (r.method == "GET" || r.method == "DELETE")) {
            const QString model = QUrl::fromPercentEncoding(parts[1].toUtf8());
            if (!type.isEmpty() && type != QLatin1String("general"))
                return detail(404, QStringLiteral("No %1 fallbacks configured for model %2").arg(type, model));
            if (!fallbacks.contains(model))
                return detail(404, QStringLiteral("No fallbacks configured for model %1").arg(model));
            if (r.method == "DELETE") {
                fallbacks.remove(model);
                return HttpReply::json(QJsonDocument(QJsonObject{{QStringLiteral("model"), model},
                                                                 {QStringLiteral("fallback_type"), QStringLiteral("general")},
                                                                 {QStringLiteral("message"), QStringLiteral("Fallback configuration deleted successfully")}})
                                           .toJson(QJsonDocument::Compact));
            }
            return HttpReply::json(QJsonDocument(QJsonObject{{QStringLiteral("model"), model},
                                                             {QStringLiteral("fallback_models"), QJsonArray::fromStringList(fallbacks.value(model))},
                                                             {QStringLiteral("fallback_type"), QStringLiteral("general")}})
                                       .toJson(QJsonDocument::Compact));
        }
        return detail(404, QStringLiteral("Not Found"));
    }

    QByteArray m_key;
    LoopbackServer m_server;
};

} // namespace wf::test
