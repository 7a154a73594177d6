#include "providerapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wf::sim {

namespace {
QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// A JSON string literal, escaped.
QByteArray quoted(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QString anthropicType(int status)
{
    switch (status) {
    case 400: return QStringLiteral("invalid_request_error");
    case 401: return QStringLiteral("authentication_error");
    case 403: return QStringLiteral("permission_error");
    case 404: return QStringLiteral("not_found_error");
    case 413: return QStringLiteral("request_too_large");
    case 429: return QStringLiteral("rate_limit_error");
    case 529: return QStringLiteral("overloaded_error");
    default: return QStringLiteral("api_error");
    }
}

QString defaultMessage(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Invalid request");
    case 401: return QStringLiteral("invalid x-api-key");
    case 403: return QStringLiteral("Your API key does not have permission to use the specified resource.");
    case 404: return QStringLiteral("Not found");
    case 405: return QStringLiteral("Method not allowed");
    case 429: return QStringLiteral("Number of requests has exceeded your rate limit. Please try again later.");
    case 503: return QStringLiteral("Service unavailable");
    case 529: return QStringLiteral("Overloaded");
    default: return QStringLiteral("Internal server error");
    }
}
} // namespace

QByteArray ProviderApi::anthropicError(int status, const QString &message)
{
    // Field order as the API serves it: {"type":"error","error":{"type":...,"message":...}}.
    return "{\"type\":\"error\",\"error\":{\"type\":" + quoted(anthropicType(status)) + ",\"message\":"
        + quoted(message.isEmpty() ? defaultMessage(status) : message) + "}}";
}

QByteArray ProviderApi::openAiError(int status, const QString &message)
{
    QString type = QStringLiteral("server_error");
    QJsonValue code = QJsonValue::Null;
    QString text = message;
    if (status == 401) {
        type = QStringLiteral("invalid_request_error");
        code = QStringLiteral("invalid_api_key");
        if (text.isEmpty())
            text = QStringLiteral("Incorrect API key provided.");
    } else if (status == 404) {
        type = QStringLiteral("invalid_request_error");
        code = QStringLiteral("model_not_found");
    } else if (status == 429) {
        type = QStringLiteral("requests");
        code = QStringLiteral("rate_limit_exceeded");
        if (text.isEmpty())
            text = QStringLiteral("Rate limit reached for requests. Please try again later.");
    } else if (status == 400) {
        type = QStringLiteral("invalid_request_error");
    } else if (text.isEmpty()) {
        text = QStringLiteral("The server had an error while processing your request. Sorry about that!");
    }
    if (text.isEmpty())
        text = defaultMessage(status);
    const QJsonObject err{{QStringLiteral("message"), text}, {QStringLiteral("type"), type},
                          {QStringLiteral("param"), QJsonValue::Null}, {QStringLiteral("code"), code}};
    return compact(QJsonObject{{QStringLiteral("error"), err}});
}

QByteArray ProviderApi::error(ApiKind api, int status, const QString &message)
{
    return api == ApiKind::OpenAi ? openAiError(status, message) : anthropicError(status, message);
}

QByteArray ProviderApi::anthropicMessage(const QString &model, const QString &id, int inputTokens)
{
    const QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), QStringLiteral("message")},
        {QStringLiteral("role"), QStringLiteral("assistant")},
        {QStringLiteral("model"), model},
        {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), QStringLiteral("OK")}}}},
        {QStringLiteral("stop_reason"), QStringLiteral("max_tokens")},
        {QStringLiteral("stop_sequence"), QJsonValue::Null},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), inputTokens}, {QStringLiteral("output_tokens"), 1},
                                              {QStringLiteral("cache_creation_input_tokens"), 0}, {QStringLiteral("cache_read_input_tokens"), 0}}},
    };
    return compact(o);
}

QByteArray ProviderApi::anthropicCountTokens(int inputTokens)
{
    return compact(QJsonObject{{QStringLiteral("input_tokens"), inputTokens}});
}

QByteArray ProviderApi::openAiChatCompletion(const QString &model, const QString &id, const QDateTime &created, int promptTokens)
{
    const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QStringLiteral("OK")},
                              {QStringLiteral("refusal"), QJsonValue::Null}};
    const QJsonObject choice{{QStringLiteral("index"), 0}, {QStringLiteral("message"), message},
                             {QStringLiteral("logprobs"), QJsonValue::Null}, {QStringLiteral("finish_reason"), QStringLiteral("length")}};
    const QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("created"), created.toSecsSinceEpoch()},
        {QStringLiteral("model"), model},
        {QStringLiteral("choices"), QJsonArray{choice}},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), promptTokens}, {QStringLiteral("completion_tokens"), 1},
                                              {QStringLiteral("total_tokens"), promptTokens + 1}}},
        {QStringLiteral("system_fingerprint"), QStringLiteral("fp_sim")},
    };
    return compact(o);
}

QByteArray ProviderApi::openAiResponse(const QString &model, const QString &id, const QDateTime &created, int inputTokens)
{
    const QJsonObject text{{QStringLiteral("type"), QStringLiteral("output_text")}, {QStringLiteral("text"), QStringLiteral("OK")},
                           {QStringLiteral("annotations"), QJsonArray{}}};
    const QJsonObject output{{QStringLiteral("type"), QStringLiteral("message")}, {QStringLiteral("id"), QString(QStringLiteral("msg_") + id)},
                             {QStringLiteral("status"), QStringLiteral("completed")}, {QStringLiteral("role"), QStringLiteral("assistant")},
                             {QStringLiteral("content"), QJsonArray{text}}};
    const QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("response")},
        {QStringLiteral("created_at"), created.toSecsSinceEpoch()},
        {QStringLiteral("status"), QStringLiteral("completed")},
        {QStringLiteral("model"), model},
        {QStringLiteral("output"), QJsonArray{output}},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), inputTokens}, {QStringLiteral("output_tokens"), 1},
                                              {QStringLiteral("total_tokens"), inputTokens + 1}}},
    };
    return compact(o);
}

QByteArray ProviderApi::model(const ProviderSpec &provider, const QString &modelId, const QDateTime &created)
{
    if (provider.api == ApiKind::OpenAi)
        return compact(QJsonObject{{QStringLiteral("id"), modelId}, {QStringLiteral("object"), QStringLiteral("model")},
                                   {QStringLiteral("created"), created.toSecsSinceEpoch()}, {QStringLiteral("owned_by"), provider.id}});
    return compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("model")}, {QStringLiteral("id"), modelId},
                               {QStringLiteral("display_name"), modelId},
                               {QStringLiteral("created_at"), created.toString(Qt::ISODate)}});
}

QByteArray ProviderApi::modelList(const ProviderSpec &provider, const QDateTime &created)
{
    QJsonArray data;
    for (const QString &m : provider.models)
        data.append(QJsonDocument::fromJson(model(provider, m, created)).object());
    if (provider.api == ApiKind::OpenAi)
        return compact(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}});
    return compact(QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("has_more"), false},
                               {QStringLiteral("first_id"), provider.models.value(0)},
                               {QStringLiteral("last_id"), provider.models.value(provider.models.size() - 1)}});
}

QByteArray ProviderApi::webPage(const ProviderSpec &provider, const QString &path, int status)
{
    const QString title = status >= 400 ? QStringLiteral("%1 error").arg(status) : provider.name;
    const QString text = status == 529 ? QStringLiteral("We are experiencing high demand. Please try again shortly.")
        : status >= 500                ? QStringLiteral("Internal server error. Please try again later.")
        : status >= 400                ? QStringLiteral("The request could not be completed.")
                                       : QStringLiteral("%1 %2").arg(provider.name, path).toHtmlEscaped();
    return QStringLiteral("<!DOCTYPE html><html><head><title>%1</title></head><body><h1>%1</h1><p>%2</p></body></html>\n")
        .arg(title.toHtmlEscaped(), text).toUtf8();
}

} // namespace wf::sim
