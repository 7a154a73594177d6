#pragma once

#include "sim/scenario.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace wf::sim {

// Response bodies in the shapes of the real provider APIs (Anthropic Messages, OpenAI Chat
// Completions), so the console's probes parse the simulator exactly like the real thing.
class ProviderApi
{
public:
    // {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}} and friends.
    static QByteArray anthropicError(int status, const QString &message = {});
    // {"error":{"message":...,"type":...,"param":null,"code":...}}
    static QByteArray openAiError(int status, const QString &message = {});
    static QByteArray error(ApiKind api, int status, const QString &message = {});

    static QByteArray anthropicMessage(const QString &model, const QString &id, int inputTokens);
    static QByteArray anthropicCountTokens(int inputTokens);
    static QByteArray openAiChatCompletion(const QString &model, const QString &id, const QDateTime &created, int promptTokens);
    static QByteArray openAiResponse(const QString &model, const QString &id, const QDateTime &created, int inputTokens);
    static QByteArray modelList(const ProviderSpec &provider, const QDateTime &created);
    static QByteArray model(const ProviderSpec &provider, const QString &modelId, const QDateTime &created);

    // Small HTML page for front-door paths (login, console), or its error page.
    static QByteArray webPage(const ProviderSpec &provider, const QString &path, int status);
};

} // namespace wf::sim
