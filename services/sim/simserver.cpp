#include "simserver.h"

#include "config/config.h"
#include "sim/providerapi.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include <optional>

Q_LOGGING_CATEGORY(lcSim, "watchfloor.sim")

namespace wf::sim {

namespace {

QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

bool pathMatches(const QStringList &patterns, const QString &path)
{
    for (const QString &p : patterns) {
        if (p.endsWith(QLatin1Char('*')) ? path.startsWith(QStringView(p).chopped(1)) : path == p)
            return true;
    }
    return false;
}

SimReply control(int status, const QJsonObject &o)
{
    return SimReply::json(status, QJsonDocument(o).toJson(QJsonDocument::Indented));
}

SimReply controlError(int status, const QString &message)
{
    return control(status, QJsonObject{{QStringLiteral("error"), message}});
}

} // namespace

SimServer::SimServer(Scenario scenario, double speed, QObject *parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
    , m_clock(m_scenario.start, speed)
    , m_faults(m_scenario.faults, m_scenario.seed)
{
}

SimServer::~SimServer() = default;

Status SimServer::listen(quint16 port)
{
    m_main = new SimHttpServer([this](const SimRequest &r) { return handleMain(r); }, this);
    if (!m_main->listen(port))
        return Error{QStringLiteral("sim.listen"), tr("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_main->errorString())};
    for (const ProviderSpec &p : std::as_const(m_scenario.providers)) {
        const QString id = p.id;
        auto *server = new SimHttpServer([this, id](const SimRequest &r) {
            const ProviderSpec *spec = m_scenario.provider(id);
            return handleProvider(*spec, r, QString::fromUtf8(r.path));
        }, this);
        if (!server->listen(quint16(p.port)))
            return Error{QStringLiteral("sim.listen"), tr("cannot listen on 127.0.0.1:%1 for %2: %3").arg(p.port).arg(p.id, server->errorString())};
        m_providerServers.insert(p.id, server);
    }
    qCInfo(lcSim).noquote() << "scenario" << m_scenario.name << "on" << baseUrl().toString() << "at" << iso(m_clock.now())
                            << "speed" << m_clock.speed();
    return {};
}

quint16 SimServer::port() const
{
    return m_main ? m_main->port() : 0;
}

QUrl SimServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QUrl SimServer::providerUrl(const QString &providerId) const
{
    const SimHttpServer *s = m_providerServers.value(providerId);
    return s ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(s->port())) : QUrl();
}

QUrl SimServer::providerPrefixUrl(const QString &providerId) const
{
    return QUrl(baseUrl().toString() + QLatin1Char('/') + providerId);
}

QString SimServer::nextId(const char *prefix)
{
    ++m_idCounter;
    return QString::fromLatin1(prefix) + QStringLiteral("sim%1").arg(m_idCounter, 12, 16, QLatin1Char('0'));
}

const FeedSnapshot *SimServer::snapshotAt(const QString &providerId, const QString &path, const QDateTime &at) const
{
    const ProviderSpec *p = m_scenario.provider(providerId);
    if (!p)
        return nullptr;
    for (const FeedPath &feed : p->feeds) {
        if (feed.path != path)
            continue;
        const FeedSnapshot *current = nullptr;
        for (const FeedSnapshot &s : feed.snapshots)
            if (s.at <= at)
                current = &s;
        if (current && current->until.isValid() && at >= current->until)
            return nullptr;
        return current;
    }
    return nullptr;
}

SimReply SimServer::handleMain(const SimRequest &req)
{
    const QString path = QString::fromUtf8(req.path);
    if (path.startsWith(QLatin1String("/_sim/")))
        return handleControl(req);
    for (const ProviderSpec &p : std::as_const(m_scenario.providers)) {
        const QString prefix = QLatin1Char('/') + p.id;
        if (path == prefix || path.startsWith(prefix + QLatin1Char('/')))
            return handleProvider(p, req, path.mid(prefix.size()).isEmpty() ? QStringLiteral("/") : path.mid(prefix.size()));
    }
    return handleProvider(m_scenario.providers.constFirst(), req, path);
}

void SimServer::finish(SimReply &reply, const ProviderSpec *provider, const QString &path)
{
    const QDateTime now = m_clock.now();
    reply.headers.append({QByteArrayLiteral("Date"), httpDate(now)});
    reply.headers.append({QByteArrayLiteral("Server"), QByteArrayLiteral("watchfloor-sim")});
    reply.headers.append({QByteArrayLiteral("X-Watchfloor-Scenario-Time"), iso(now).toLatin1()});
    if (provider) {
        reply.headers.append({QByteArrayLiteral("X-Watchfloor-Sim-Provider"), provider->id.toUtf8()});
        m_requests[provider->id] += 1;
        if (reply.status >= 400)
            m_errors[provider->id] += 1;
    }
    emit served(now, provider ? provider->id : QString(), path, reply.status);
}

SimReply SimServer::handleProvider(const ProviderSpec &provider, const SimRequest &req, const QString &path)
{
    const QDateTime now = m_clock.now();
    // The model named in a JSON body, so faults can hit one model while the others work.
    QJsonObject body;
    QString model;
    if (!req.body.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(req.body);
        body = doc.object();
        model = body.value(QStringLiteral("model")).toString();
    }
    const FaultDecision fault = m_faults.decide(provider.id, path, model, now);

    SimReply reply;
    bool isFeed = false;
    const bool isWeb = pathMatches(provider.webPaths, path);
    if (fault.status) {
        const bool json = !isWeb || path.startsWith(QLatin1String("/api/")) || path.startsWith(QLatin1String("/oauth/token"));
        if (json) {
            reply = SimReply::json(fault.status, ProviderApi::error(provider.api, fault.status, fault.message));
        } else {
            reply.status = fault.status;
            reply.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")}};
            reply.body = ProviderApi::webPage(provider, path, fault.status);
        }
        if (fault.retryAfterS >= 0)
            reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterS)});
        if (provider.api == ApiKind::Anthropic)
            reply.headers.append({QByteArrayLiteral("request-id"), nextId("req_").toLatin1()});
        else
            reply.headers.append({QByteArrayLiteral("x-request-id"), nextId("req_").toLatin1()});
        reply.headers.append({QByteArrayLiteral("X-Watchfloor-Fault"), fault.fault.toUtf8()});
    } else {
        reply = feedReply(provider, req, path, &isFeed);
        if (!isFeed) {
            if (isWeb) {
                reply.status = 200;
                reply.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")}};
                reply.body = ProviderApi::webPage(provider, path, 200);
            } else {
                reply = apiReply(provider, req, path, model, body);
            }
        }
    }
    reply.delayMs = fault.latencyMs;
    finish(reply, &provider, path);
    return reply;
}

SimReply SimServer::feedReply(const ProviderSpec &provider, const SimRequest &req, const QString &path, bool *found)
{
    *found = false;
    const QDateTime now = m_clock.now();
    bool known = false;
    for (const FeedPath &f : provider.feeds)
        known = known || f.path == path;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    if (const FeedSnapshot *s = snapshotAt(provider.id, path, now)) {
        body = s->body;
        contentType = s->contentType;
    } else if (path.startsWith(QLatin1String("/api/v2/"))) {
        // Statuspage endpoints that follow from summary.json (its incidents are the unresolved ones).
        const FeedSnapshot *summary = snapshotAt(provider.id, QStringLiteral("/api/v2/summary.json"), now);
        const QJsonObject doc = summary ? QJsonDocument::fromJson(summary->body).object() : QJsonObject();
        const QJsonValue page = doc.value(QStringLiteral("page"));
        if (summary && path == QLatin1String("/api/v2/status.json"))
            body = QJsonDocument(QJsonObject{{QStringLiteral("page"), page}, {QStringLiteral("status"), doc.value(QStringLiteral("status"))}}).toJson(QJsonDocument::Compact);
        else if (summary && path == QLatin1String("/api/v2/components.json"))
            body = QJsonDocument(QJsonObject{{QStringLiteral("page"), page}, {QStringLiteral("components"), doc.value(QStringLiteral("components"))}}).toJson(QJsonDocument::Compact);
        else if (summary && path == QLatin1String("/api/v2/incidents/unresolved.json"))
            body = QJsonDocument(QJsonObject{{QStringLiteral("page"), page}, {QStringLiteral("incidents"), doc.value(QStringLiteral("incidents"))}}).toJson(QJsonDocument::Compact);
        else if (!known && !summary)
            return {};
        else {
            *found = true;
            return SimReply::json(404, "{\"error\":\"Not found: nothing scheduled for this path at this scenario time\"}");
        }
    } else if (known) {
        *found = true;
        SimReply r;
        r.status = 404;
        r.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")}};
        r.body = "Not found: nothing scheduled for this path at this scenario time\n";
        return r;
    } else {
        return {};
    }
    *found = true;
    SimReply r;
    const QByteArray etag = "W/\"" + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(20) + '"';
    r.headers = {{QByteArrayLiteral("Content-Type"), contentType},
                 {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("max-age=0, private, must-revalidate")},
                 {QByteArrayLiteral("ETag"), etag},
                 {QByteArrayLiteral("Access-Control-Allow-Origin"), QByteArrayLiteral("*")}};
    if (req.header("If-None-Match") == etag) {
        r.status = 304;
        return r;
    }
    r.status = 200;
    r.body = body;
    return r;
}

SimReply SimServer::apiReply(const ProviderSpec &provider, const SimRequest &req, const QString &path, const QString &model, const QJsonObject &body)
{
    const QDateTime now = m_clock.now();
    const bool anthropic = provider.api == ApiKind::Anthropic;
    auto err = [&](int status, const QString &message = {}) { return SimReply::json(status, ProviderApi::error(provider.api, status, message)); };
    auto withId = [&](SimReply r) {
        r.headers.append({anthropic ? QByteArrayLiteral("request-id") : QByteArrayLiteral("x-request-id"), nextId("req_").toLatin1()});
        return r;
    };
    const bool isApi = path.startsWith(QLatin1String("/v1/"));
    if (!isApi)
        return withId(err(404, QStringLiteral("Not found: %1").arg(path)));

    if (provider.requireKey) {
        const bool hasKey = anthropic ? !req.header("x-api-key").isEmpty() || req.header("Authorization").startsWith("Bearer ")
                                      : req.header("Authorization").startsWith("Bearer ") && req.header("Authorization").size() > 7;
        if (!hasKey)
            return withId(err(401, anthropic ? QStringLiteral("x-api-key header is required")
                                             : QStringLiteral("You didn't provide an API key.")));
    }
    const int inputTokens = qMax(1, int(req.body.size() / 4));
    auto needsPost = [&]() { return req.method != "POST"; };
    auto checkModel = [&]() -> std::optional<SimReply> {
        if (model.isEmpty())
            return withId(err(400, QStringLiteral("model: Field required")));
        if (!provider.models.contains(model))
            return withId(err(404, anthropic ? QStringLiteral("model: %1").arg(model)
                                             : QStringLiteral("The model `%1` does not exist or you do not have access to it.").arg(model)));
        return std::nullopt;
    };

    if (path == QLatin1String("/v1/models") && (req.method == "GET" || req.method == "HEAD"))
        return withId(SimReply::json(200, ProviderApi::modelList(provider, m_scenario.start.addDays(-90))));
    if (path.startsWith(QLatin1String("/v1/models/")) && req.method == "GET") {
        const QString id = path.mid(11);
        if (!provider.models.contains(id))
            return withId(err(404, QStringLiteral("model: %1").arg(id)));
        return withId(SimReply::json(200, ProviderApi::model(provider, id, m_scenario.start.addDays(-90))));
    }
    if (anthropic) {
        if (path == QLatin1String("/v1/messages")) {
            if (needsPost())
                return withId(err(405));
            if (auto bad = checkModel())
                return *bad;
            if (body.value(QStringLiteral("max_tokens")).toInt() <= 0)
                return withId(err(400, QStringLiteral("max_tokens: Field required")));
            if (body.value(QStringLiteral("stream")).toBool())
                return withId(err(400, QStringLiteral("stream: streaming is not simulated; send stream=false")));
            return withId(SimReply::json(200, ProviderApi::anthropicMessage(model, nextId("msg_"), inputTokens)));
        }
        if (path == QLatin1String("/v1/messages/count_tokens")) {
            if (needsPost())
                return withId(err(405));
            if (auto bad = checkModel())
                return *bad;
            return withId(SimReply::json(200, ProviderApi::anthropicCountTokens(inputTokens)));
        }
        if (path == QLatin1String("/v1/messages/batches") || path == QLatin1String("/v1/files")) {
            if (req.method != "GET")
                return withId(err(405));
            return withId(SimReply::json(200, "{\"data\":[],\"has_more\":false,\"first_id\":null,\"last_id\":null}"));
        }
    } else {
        if (path == QLatin1String("/v1/chat/completions") || path == QLatin1String("/v1/responses")) {
            if (needsPost())
                return withId(err(405));
            if (auto bad = checkModel())
                return *bad;
            if (body.value(QStringLiteral("stream")).toBool())
                return withId(err(400, QStringLiteral("streaming is not simulated; send stream=false")));
            const QByteArray out = path == QLatin1String("/v1/responses")
                ? ProviderApi::openAiResponse(model, nextId("resp_"), now, inputTokens)
                : ProviderApi::openAiChatCompletion(model, nextId("chatcmpl-"), now, inputTokens);
            return withId(SimReply::json(200, out));
        }
    }
    return withId(err(404, QStringLiteral("Not found: %1").arg(path)));
}

QJsonObject SimServer::clockJson() const
{
    const QDateTime now = m_clock.now();
    return QJsonObject{
        {QStringLiteral("now"), iso(now)},
        {QStringLiteral("start"), iso(m_scenario.start)},
        {QStringLiteral("end"), iso(m_scenario.end)},
        {QStringLiteral("speed"), m_clock.speed()},
        {QStringLiteral("paused"), m_clock.paused()},
        {QStringLiteral("ended"), now >= m_scenario.end},
    };
}

QJsonObject SimServer::stateJson() const
{
    const QDateTime now = m_clock.now();
    QJsonArray faults;
    for (const Fault *f : m_faults.activeAt(now)) {
        QJsonArray statuses;
        for (int s : f->statuses)
            statuses.append(s);
        faults.append(QJsonObject{{QStringLiteral("name"), f->name}, {QStringLiteral("provider"), f->provider},
                                  {QStringLiteral("from"), iso(f->from)}, {QStringLiteral("to"), iso(f->to)},
                                  {QStringLiteral("paths"), QJsonArray::fromStringList(f->paths)},
                                  {QStringLiteral("models"), QJsonArray::fromStringList(f->models)},
                                  {QStringLiteral("status"), statuses}, {QStringLiteral("ratio"), f->ratio},
                                  {QStringLiteral("latency_ms"), f->latencyMs}});
    }
    QJsonArray providers;
    QJsonArray feeds;
    for (const ProviderSpec &p : m_scenario.providers) {
        providers.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name},
                                     {QStringLiteral("api"), apiKindKey(p.api)},
                                     {QStringLiteral("url"), providerUrl(p.id).toString()},
                                     {QStringLiteral("prefix_url"), providerPrefixUrl(p.id).toString()},
                                     {QStringLiteral("models"), QJsonArray::fromStringList(p.models)},
                                     {QStringLiteral("requests"), m_requests.value(p.id)},
                                     {QStringLiteral("errors"), m_errors.value(p.id)}});
        for (const FeedPath &f : p.feeds) {
            const FeedSnapshot *s = snapshotAt(p.id, f.path, now);
            feeds.append(QJsonObject{{QStringLiteral("provider"), p.id}, {QStringLiteral("path"), f.path},
                                     {QStringLiteral("file"), s ? QJsonValue(s->file) : QJsonValue()},
                                     {QStringLiteral("since"), s ? QJsonValue(iso(s->at)) : QJsonValue()}});
        }
    }
    return QJsonObject{
        {QStringLiteral("scenario"), QJsonObject{{QStringLiteral("name"), m_scenario.name}, {QStringLiteral("title"), m_scenario.title},
                                                 {QStringLiteral("note"), m_scenario.note}, {QStringLiteral("origin"), m_scenario.origin}}},
        {QStringLiteral("clock"), clockJson()},
        {QStringLiteral("active_faults"), faults},
        {QStringLiteral("feeds"), feeds},
        {QStringLiteral("providers"), providers},
    };
}

SimReply SimServer::handleControl(const SimRequest &req)
{
    const QString path = QString::fromUtf8(req.path);
    SimReply reply;
    if (path == QLatin1String("/_sim/state") && req.method == "GET") {
        reply = control(200, stateJson());
    } else if (path == QLatin1String("/_sim/clock") && req.method == "GET") {
        reply = control(200, clockJson());
    } else if (path == QLatin1String("/_sim/reset") && req.method == "POST") {
        m_clock.set(m_scenario.start);
        m_faults.resetDraws();
        emit clockChanged(m_clock.now(), m_clock.speed(), m_clock.paused());
        reply = control(200, clockJson());
    } else if (path == QLatin1String("/_sim/clock") && req.method == "POST") {
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &perr);
        if (!doc.isObject())
            return controlError(400, tr("expected a JSON object like {\"set\":\"13:40\"} or {\"advance\":\"10m\"}"));
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!QStringList{QStringLiteral("set"), QStringLiteral("advance"), QStringLiteral("speed"), QStringLiteral("paused")}.contains(it.key()))
                return controlError(400, tr("unknown key \"%1\" (expected set, advance, speed, paused)").arg(it.key()));
        }
        if (o.contains(QStringLiteral("speed"))) {
            const double speed = o.value(QStringLiteral("speed")).toDouble(-1);
            if (speed < 0)
                return controlError(400, tr("speed must be a number >= 0"));
            m_clock.setSpeed(speed);
        }
        if (o.contains(QStringLiteral("paused")))
            m_clock.setPaused(o.value(QStringLiteral("paused")).toBool());
        if (o.contains(QStringLiteral("set"))) {
            const QDateTime t = parseScenarioTime(o.value(QStringLiteral("set")).toString(), m_scenario.start.date());
            if (!t.isValid())
                return controlError(400, tr("set: expected 2026-03-02T13:40:00Z or 13:40[:SS]"));
            m_clock.set(t);
        }
        if (o.contains(QStringLiteral("advance"))) {
            const qint64 ms = config::parseDurationMs(o.value(QStringLiteral("advance")).toString());
            if (ms < 0)
                return controlError(400, tr("advance: expected a duration like 30s, 10m or 1h"));
            m_clock.advance(ms);
        }
        qCInfo(lcSim).noquote() << "clock" << iso(m_clock.now()) << "speed" << m_clock.speed() << (m_clock.paused() ? "paused" : "");
        emit clockChanged(m_clock.now(), m_clock.speed(), m_clock.paused());
        reply = control(200, clockJson());
    } else {
        reply = controlError(404, tr("control endpoints: GET /_sim/state, GET|POST /_sim/clock, POST /_sim/reset"));
    }
    finish(reply, nullptr, path);
    return reply;
}

} // namespace wf::sim
