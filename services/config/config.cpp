#include "config.h"

#include "core/logging.h"
#include "feeds/feedparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <yaml-cpp/yaml.h>

namespace wf::config {

QString roleKey(Role r)
{
    switch (r) {
    case Role::Viewer: return QStringLiteral("viewer");
    case Role::Operator: return QStringLiteral("operator");
    case Role::Admin: return QStringLiteral("admin");
    }
    return QStringLiteral("viewer");
}

const ProviderConfig *Config::provider(const QString &id) const
{
    for (const auto &p : providers)
        if (p.id == id)
            return &p;
    return nullptr;
}

const GatewayConfig *Config::gateway(const QString &id) const
{
    for (const auto &g : gateways)
        if (g.id == id)
            return &g;
    return nullptr;
}

const PolicyConfig *Config::policy(const QString &id) const
{
    for (const auto &p : policies)
        if (p.id == id)
            return &p;
    return nullptr;
}

const RunbookConfig *Config::runbook(const QString &id) const
{
    for (const auto &r : runbooks)
        if (r.id == id)
            return &r;
    return nullptr;
}

qint64 parseDurationMs(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const double v = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    double factor = 1;
    if (unit == QLatin1String("s"))
        factor = 1000;
    else if (unit == QLatin1String("m"))
        factor = 60'000;
    else if (unit == QLatin1String("h"))
        factor = 3'600'000;
    else if (unit == QLatin1String("d"))
        factor = 86'400'000;
    return qint64(v * factor);
}

namespace {

struct ConfigError
{
    Error error;
};

static QString q(const std::string &s) { return QString::fromStdString(s); }

// Walks a YAML document, throwing ConfigError with file:line: path: message.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(wf::config::Reader)

public:
    explicit Reader(QString file) : m_file(std::move(file)) {}

    QString where(const YAML::Node &at) const
    {
        int line = 0;
        if (at.IsDefined() && at.Mark().line >= 0)
            line = at.Mark().line + 1;
        QString w = m_file;
        if (line > 0)
            w += QLatin1Char(':') + QString::number(line);
        return w;
    }

    [[noreturn]] void fail(const YAML::Node &at, const QString &path, const QString &message) const
    {
        throw ConfigError{Error{QStringLiteral("config.invalid"), where(at) + QStringLiteral(": ") + path + QStringLiteral(": ") + message}};
    }

    // Accepted, but the operator should change it (an old key name, say). Logged at once and kept
    // in Config::warnings for whoever shows the configuration.
    void warn(const YAML::Node &at, const QString &path, const QString &message) const
    {
        const QString text = where(at) + QStringLiteral(": ") + path + QStringLiteral(": ") + message;
        qCWarning(lcConfig).noquote() << text;
        m_warnings << text;
    }
    QStringList warnings() const { return m_warnings; }

    void expectMap(const YAML::Node &n, const QString &path) const
    {
        if (!n.IsMap())
            fail(n, path, tr("expected a mapping of keys to values"));
    }

    void checkKeys(const YAML::Node &n, const QString &path, std::initializer_list<const char *> allowed) const
    {
        expectMap(n, path);
        for (auto it = n.begin(); it != n.end(); ++it) {
            const QString key = q(it->first.as<std::string>());
            bool known = false;
            for (const char *a : allowed)
                known = known || key == QLatin1String(a);
            if (!known) {
                QStringList names;
                for (const char *a : allowed)
                    names << QString::fromLatin1(a);
                fail(it->first, join(path, key), tr("unknown key (expected one of: %1)").arg(names.join(QStringLiteral(", "))));
            }
        }
    }

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + QLatin1Char('.') + key; }

    QString str(const YAML::Node &map, const char *key, const QString &path, bool required = false, const QString &def = {}) const
    {
        const YAML::Node n = map[key];
        const QString p = join(path, QString::fromLatin1(key));
        if (!n || n.IsNull()) {
            if (required)
                fail(map, p, tr("is required"));
            return def;
        }
        if (!n.IsScalar())
            fail(n, p, tr("expected a text value"));
        return q(n.Scalar());
    }

    qint64 duration(const YAML::Node &map, const char *key, const QString &path, qint64 def, qint64 minMs) const
    {
        const YAML::Node n = map[key];
        const QString p = join(path, QString::fromLatin1(key));
        if (!n || n.IsNull())
            return def;
        if (!n.IsScalar())
            fail(n, p, tr("expected a duration like 30s"));
        const qint64 ms = parseDurationMs(q(n.Scalar()));
        if (ms < 0)
            fail(n, p, tr("expected a duration like 30s, got \"%1\"").arg(q(n.Scalar())));
        if (ms < minMs)
            fail(n, p, tr("must be at least %1 ms, got %2 ms").arg(minMs).arg(ms));
        return ms;
    }

    // A size like 512MB, 2GB, 750MiB or a plain byte count; "unlimited" gives 0.
    qint64 size(const YAML::Node &map, const char *key, const QString &path, qint64 def, qint64 min) const
    {
        const YAML::Node n = map[key];
        const QString p = join(path, QString::fromLatin1(key));
        if (!n || n.IsNull())
            return def;
        const QString text = n.IsScalar() ? q(n.Scalar()).trimmed() : QString();
        if (text == QLatin1String("unlimited"))
            return 0;
        static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = re.match(text);
        if (!n.IsScalar() || !m.hasMatch())
            fail(n, p, tr("expected a size like 512MB or 2GB, got \"%1\"").arg(text));
        const QString unit = m.captured(2).toUpper();
        double factor = 1;
        if (unit == QLatin1String("KB")) factor = 1e3;
        else if (unit == QLatin1String("MB")) factor = 1e6;
        else if (unit == QLatin1String("GB")) factor = 1e9;
        else if (unit == QLatin1String("TB")) factor = 1e12;
        else if (unit == QLatin1String("KIB")) factor = 1024.0;
        else if (unit == QLatin1String("MIB")) factor = 1024.0 * 1024;
        else if (unit == QLatin1String("GIB")) factor = 1024.0 * 1024 * 1024;
        else if (unit == QLatin1String("TIB")) factor = 1024.0 * 1024 * 1024 * 1024;
        const double bytes = m.captured(1).toDouble() * factor;
        if (bytes < double(min) || bytes > 9e18)
            fail(n, p, tr("must be at least %1 bytes, got \"%2\"").arg(min).arg(text));
        return qint64(bytes);
    }

    int integer(const YAML::Node &map, const char *key, const QString &path, int def, int min, int max) const
    {
        const YAML::Node n = map[key];
        const QString p = join(path, QString::fromLatin1(key));
        if (!n || n.IsNull())
            return def;
        bool ok = false;
        const int v = n.IsScalar() ? q(n.Scalar()).toInt(&ok) : 0;
        if (!ok)
            fail(n, p, tr("expected a whole number"));
        if (v < min || v > max)
            fail(n, p, tr("must be between %1 and %2, got %3").arg(min).arg(max).arg(v));
        return v;
    }

    bool boolean(const YAML::Node &map, const char *key, const QString &path, bool def) const
    {
        const YAML::Node n = map[key];
        if (!n || n.IsNull())
            return def;
        const QString v = n.IsScalar() ? q(n.Scalar()).toLower() : QString();
        if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("on"))
            return true;
        if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("off"))
            return false;
        fail(n, join(path, QString::fromLatin1(key)), tr("expected true or false"));
    }

    QStringList strList(const YAML::Node &map, const char *key, const QString &path) const
    {
        const YAML::Node n = map[key];
        const QString p = join(path, QString::fromLatin1(key));
        if (!n || n.IsNull())
            return {};
        if (!n.IsSequence())
            fail(n, p, tr("expected a list"));
        QStringList out;
        for (std::size_t i = 0; i < n.size(); ++i) {
            if (!n[i].IsScalar())
                fail(n[i], p + QStringLiteral("[%1]").arg(i), tr("expected a text value"));
            out << q(n[i].Scalar());
        }
        return out;
    }

    QString oneOf(const YAML::Node &map, const char *key, const QString &path, const QStringList &allowed, bool required, const QString &def = {}) const
    {
        const QString v = str(map, key, path, required, def);
        if (!v.isEmpty() && !allowed.contains(v))
            fail(map[key], join(path, QString::fromLatin1(key)), tr("expected one of %1, got \"%2\"").arg(allowed.join(QStringLiteral(", ")), v));
        return v;
    }

    QString httpUrl(const YAML::Node &map, const char *key, const QString &path, bool required) const
    {
        const QString v = str(map, key, path, required);
        if (v.isEmpty())
            return v;
        const QUrl u(v);
        const QString scheme = u.scheme();
        if (!u.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || u.host().isEmpty())
            fail(map[key], join(path, QString::fromLatin1(key)), tr("expected an http:// or https:// URL, got \"%1\"").arg(v));
        return v;
    }

    SecretRef secret(const YAML::Node &map, const char *key, const QString &path) const
    {
        const QString v = str(map, key, path);
        if (v.isEmpty())
            return {};
        auto r = SecretRef::parse(v);
        if (!r)
            fail(map[key], join(path, QString::fromLatin1(key)), r.error().message);
        return *r;
    }

    const QString &file() const { return m_file; }

private:
    QString m_file;
    mutable QStringList m_warnings;
};

static QString idx(const QString &list, std::size_t i) { return QStringLiteral("%1[%2]").arg(list).arg(i); }

FeedConfig readFeed(const Reader &r, const YAML::Node &n, const QString &path)
{
    r.checkKeys(n, path, {"url", "format", "fallback_urls", "interval", "timeout", "regions"});
    FeedConfig f;
    f.url = r.httpUrl(n, "url", path, true);
    // The formats a parser exists for: a name accepted here but unknown to FeedParser would only
    // be skipped with a log line at run time.
    f.format = r.oneOf(n, "format", path, feeds::FeedParser::formats(), true);
    f.fallbackUrls = r.strList(n, "fallback_urls", path);
    for (std::size_t i = 0; i < std::size_t(f.fallbackUrls.size()); ++i) {
        const QUrl u(f.fallbackUrls.at(qsizetype(i)));
        if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")) || u.host().isEmpty())
            r.fail(n["fallback_urls"][i], path + QStringLiteral(".fallback_urls[%1]").arg(i),
                   Reader::tr("expected an http:// or https:// URL, got \"%1\"").arg(f.fallbackUrls.at(qsizetype(i))));
    }
    f.intervalMs = int(r.duration(n, "interval", path, 60000, 5000));
    f.timeoutMs = int(r.duration(n, "timeout", path, 15000, 100));
    f.regionFilter = r.str(n, "regions", path);
    return f;
}

ProviderConfig readProvider(const Reader &r, const YAML::Node &n, const QString &path, const QList<ProviderConfig> *catalog)
{
    r.checkKeys(n, path, {"id", "name", "homepage", "status_page", "feeds", "feed_note", "watch_components", "tags"});
    ProviderConfig p;
    p.id = r.str(n, "id", path, true);
    const ProviderConfig *base = nullptr;
    if (catalog) {
        for (const auto &c : *catalog)
            if (c.id == p.id)
                base = &c;
    }
    if (base)
        p = *base;
    else if (catalog && !n["feeds"] && !n["feed_note"])
        r.fail(n["id"], path + QStringLiteral(".id"),
               Reader::tr("\"%1\" is not in the built-in catalog; give its feeds: or a feed_note:").arg(p.id));
    p.name = r.str(n, "name", path, !base, p.name.isEmpty() ? p.id : p.name);
    p.homepage = r.str(n, "homepage", path, false, p.homepage);
    p.statusPage = r.str(n, "status_page", path, false, p.statusPage);
    p.feedNote = r.str(n, "feed_note", path, false, p.feedNote);
    if (const YAML::Node feeds = n["feeds"]; feeds && !feeds.IsNull()) {
        if (!feeds.IsSequence())
            r.fail(feeds, path + QStringLiteral(".feeds"), Reader::tr("expected a list"));
        p.feeds.clear();
        for (std::size_t i = 0; i < feeds.size(); ++i)
            p.feeds << readFeed(r, feeds[i], idx(path + QStringLiteral(".feeds"), i));
    }
    if (n["watch_components"])
        p.watchComponents = r.strList(n, "watch_components", path);
    if (n["tags"])
        p.tags = r.strList(n, "tags", path);
    return p;
}

const QStringList kProbeKinds = {QStringLiteral("http"), QStringLiteral("llm"), QStringLiteral("auth"),
                                 QStringLiteral("tcp"), QStringLiteral("dns"), QStringLiteral("tls")};
const QStringList kLlmApis = {QStringLiteral("anthropic-messages"), QStringLiteral("openai-chat"), QStringLiteral("openai-responses")};

ProbeConfig readProbe(const Reader &r, const YAML::Node &n, const QString &path)
{
    r.checkKeys(n, path, {"id", "name", "kind", "url", "host", "port", "interval", "timeout", "conditions", "method",
                          "provider", "model", "api", "api_key", "via", "budget_per_hour", "canary", "tags"});
    ProbeConfig p;
    p.id = r.str(n, "id", path, true);
    p.name = r.str(n, "name", path, false, p.id);
    p.kind = r.oneOf(n, "kind", path, kProbeKinds, true);
    p.intervalMs = int(r.duration(n, "interval", path, 30000, 1000));
    p.timeoutMs = int(r.duration(n, "timeout", path, 10000, 100));
    p.conditions = r.strList(n, "conditions", path);
    p.method = r.oneOf(n, "method", path, {QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST")}, false, QStringLiteral("GET"));
    p.provider = r.str(n, "provider", path);
    p.via = r.str(n, "via", path);
    p.canary = r.boolean(n, "canary", path, false);
    p.tags = r.strList(n, "tags", path);
    const bool needsUrl = p.kind == QLatin1String("http") || p.kind == QLatin1String("llm") || p.kind == QLatin1String("auth");
    p.url = r.httpUrl(n, "url", path, needsUrl);
    if (!needsUrl) {
        p.host = r.str(n, "host", path, true);
        p.port = r.integer(n, "port", path, p.kind == QLatin1String("tls") ? 443 : 0, 0, 65535);
        if (p.kind == QLatin1String("tcp") && p.port == 0)
            r.fail(n, path + QStringLiteral(".port"), Reader::tr("is required for tcp probes"));
    }
    if (p.kind == QLatin1String("llm")) {
        p.model = r.str(n, "model", path, true);
        p.api = r.oneOf(n, "api", path, kLlmApis, true);
        p.apiKey = r.secret(n, "api_key", path);
        if (!p.apiKey.isSet())
            r.fail(n, path + QStringLiteral(".api_key"), Reader::tr("is required for llm probes (e.g. ${env:ANTHROPIC_API_KEY})"));
        p.budgetPerHour = r.integer(n, "budget_per_hour", path, 120, 1, 100000);
    } else {
        p.model = r.str(n, "model", path);
    }
    return p;
}

const QStringList kGatewayKinds = {QStringLiteral("haproxy"), QStringLiteral("caddy"), QStringLiteral("litellm")};

GatewayConfig readGateway(const Reader &r, const YAML::Node &n, const QString &path)
{
    r.checkKeys(n, path, {"id", "name", "kind", "address", "token", "upstreams_path"});
    GatewayConfig g;
    g.id = r.str(n, "id", path, true);
    g.name = r.str(n, "name", path, false, g.id);
    g.kind = r.oneOf(n, "kind", path, kGatewayKinds, true);
    g.address = r.str(n, "address", path, true);
    if (g.kind != QLatin1String("haproxy"))
        r.httpUrl(n, "address", path, true);
    else if (!g.address.startsWith(QLatin1String("unix:")) && !g.address.contains(QLatin1Char(':')))
        r.fail(n["address"], path + QStringLiteral(".address"), Reader::tr("expected unix:/path/to/socket or host:port, got \"%1\"").arg(g.address));
    g.token = r.secret(n, "token", path);
    g.caddyUpstreamsPath = r.str(n, "upstreams_path", path);
    return g;
}

AppConfig readApp(const Reader &r, const YAML::Node &n, const QString &path)
{
    r.checkKeys(n, path, {"id", "name", "tags", "customers", "routes"});
    AppConfig a;
    a.id = r.str(n, "id", path, true);
    a.name = r.str(n, "name", path, false, a.id);
    a.tags = r.strList(n, "tags", path);
    a.customers = r.strList(n, "customers", path);
    const YAML::Node routes = n["routes"];
    if (routes && !routes.IsNull()) {
        if (!routes.IsSequence())
            r.fail(routes, path + QStringLiteral(".routes"), Reader::tr("expected a list"));
        for (std::size_t i = 0; i < routes.size(); ++i) {
            const QString rp = idx(path + QStringLiteral(".routes"), i);
            const YAML::Node rn = routes[i];
            r.checkKeys(rn, rp, {"gateway", "backend", "server", "provider", "model", "weight", "fallback"});
            RouteConfig rc;
            rc.gateway = r.str(rn, "gateway", rp);
            rc.backend = r.str(rn, "backend", rp);
            rc.server = r.str(rn, "server", rp);
            rc.provider = r.str(rn, "provider", rp, true);
            rc.model = r.str(rn, "model", rp);
            rc.weight = r.integer(rn, "weight", rp, 100, 0, 256);
            rc.fallback = r.boolean(rn, "fallback", rp, false);
            a.routes << rc;
        }
    }
    return a;
}

PolicyStepConfig readPolicyStep(const Reader &r, const YAML::Node &n, const QString &path)
{
    r.checkKeys(n, path, {"gateway", "backend", "server", "state", "weight", "upstreams", "model", "fallbacks"});
    PolicyStepConfig s;
    s.gateway = r.str(n, "gateway", path, true);
    s.backend = r.str(n, "backend", path);
    s.server = r.str(n, "server", path);
    s.state = r.oneOf(n, "state", path, {QStringLiteral("ready"), QStringLiteral("drain"), QStringLiteral("maint")}, false);
    s.weight = r.integer(n, "weight", path, -1, 0, 256);
    s.setUpstreams = bool(n["upstreams"]);
    s.upstreams = r.strList(n, "upstreams", path);
    s.setFallbacks = bool(n["fallbacks"]);
    s.model = r.str(n, "model", path);
    s.fallbacks = r.strList(n, "fallbacks", path);
    if ((!s.state.isEmpty() || s.weight >= 0) && s.server.isEmpty())
        r.fail(n, path + QStringLiteral(".server"), Reader::tr("is required with state: or weight:"));
    if (s.setFallbacks && s.model.isEmpty())
        r.fail(n, path + QStringLiteral(".model"), Reader::tr("is required with fallbacks:"));
    if (s.setUpstreams && s.upstreams.isEmpty())
        r.fail(n["upstreams"], path + QStringLiteral(".upstreams"), Reader::tr("must name at least one upstream"));
    if (s.state.isEmpty() && s.weight < 0 && !s.setUpstreams && !s.setFallbacks)
        r.fail(n, path, Reader::tr("changes nothing (give state:, weight:, upstreams: or fallbacks:)"));
    return s;
}

PolicyConfig readPolicy(const Reader &r, const YAML::Node &n, const QString &path)
{
    r.checkKeys(n, path, {"id", "name", "description", "from", "to", "from_model", "to_model", "destructive",
                          "fallback_capacity_rpm", "steps"});
    PolicyConfig p;
    p.id = r.str(n, "id", path, true);
    p.name = r.str(n, "name", path, false, p.id);
    p.description = r.str(n, "description", path);
    p.from = r.str(n, "from", path);
    p.to = r.str(n, "to", path);
    p.fromModel = r.str(n, "from_model", path);
    p.toModel = r.str(n, "to_model", path);
    p.destructive = r.boolean(n, "destructive", path, false);
    p.fallbackCapacityRpm = r.integer(n, "fallback_capacity_rpm", path, 0, 0, 100000000);
    const YAML::Node steps = n["steps"];
    if (!steps || !steps.IsSequence() || steps.size() == 0)
        r.fail(steps ? steps : n, path + QStringLiteral(".steps"), Reader::tr("expected a non-empty list of gateway changes"));
    for (std::size_t i = 0; i < steps.size(); ++i)
        p.steps << readPolicyStep(r, steps[i], idx(path + QStringLiteral(".steps"), i));
    if (p.destructive && p.from.isEmpty())
        r.fail(n, path + QStringLiteral(".from"), Reader::tr("is required for destructive policies (the operator types it to confirm)"));
    return p;
}

RunbookConfig readRunbook(const Reader &r, const YAML::Node &n, const QString &path)
{
    r.checkKeys(n, path, {"id", "name", "description", "policies"});
    RunbookConfig b;
    b.id = r.str(n, "id", path, true);
    b.name = r.str(n, "name", path, false, b.id);
    b.description = r.str(n, "description", path);
    b.policies = r.strList(n, "policies", path);
    if (b.policies.isEmpty())
        r.fail(n, path + QStringLiteral(".policies"), Reader::tr("expected a non-empty list of policy ids"));
    return b;
}

template <typename T, typename F>
QList<T> readList(const Reader &r, const YAML::Node &root, const char *key, F &&readOne, const QString &parent = {})
{
    QList<T> out;
    const YAML::Node n = root[key];
    if (!n || n.IsNull())
        return out;
    const QString path = Reader::join(parent, QString::fromLatin1(key));
    if (!n.IsSequence())
        r.fail(n, path, Reader::tr("expected a list"));
    QSet<QString> ids;
    for (std::size_t i = 0; i < n.size(); ++i) {
        T item = readOne(r, n[i], idx(path, i));
        if (ids.contains(item.id))
            r.fail(n[i]["id"], idx(path, i) + QStringLiteral(".id"), Reader::tr("duplicate id \"%1\"").arg(item.id));
        ids.insert(item.id);
        out << item;
    }
    return out;
}

qint64 readTimestamp(const Reader &r, const YAML::Node &map, const char *key, const QString &path)
{
    const QString v = r.str(map, key, path, true);
    const QDateTime t = QDateTime::fromString(v, Qt::ISODate);
    if (!t.isValid())
        r.fail(map[key], Reader::join(path, QString::fromLatin1(key)), Reader::tr("expected a date and time like 2026-03-02T10:00:00Z, got \"%1\"").arg(v));
    return t.toMSecsSinceEpoch();
}

HealthConfig readHealth(const Reader &r, const YAML::Node &n)
{
    const QString path = QStringLiteral("health");
    r.checkKeys(n, path, {"failure_threshold", "success_threshold", "flap_window", "flap_threshold", "stale_after", "latency_window",
                          "probe_concurrency", "probe_per_host", "probe_jitter_percent", "retention", "maintenance"});
    HealthConfig h;
    h.failureThreshold = r.integer(n, "failure_threshold", path, 3, 1, 100);
    h.successThreshold = r.integer(n, "success_threshold", path, 2, 1, 100);
    h.flapWindowMs = r.duration(n, "flap_window", path, 600000, 10000);
    h.flapThreshold = r.integer(n, "flap_threshold", path, 6, 2, 1000);
    h.staleAfterMs = r.duration(n, "stale_after", path, 180000, 1000);
    h.latencyWindowMs = r.duration(n, "latency_window", path, 300000, 10000);
    h.probeConcurrency = r.integer(n, "probe_concurrency", path, 8, 1, 256);
    h.probePerHost = r.integer(n, "probe_per_host", path, 2, 1, 64);
    h.probeJitterPercent = r.integer(n, "probe_jitter_percent", path, 10, 0, 50);
    if (const YAML::Node ret = n["retention"]; ret && !ret.IsNull()) {
        const QString rp = path + QStringLiteral(".retention");
        // minute_rollups: older name of state_history (minute rollups are no longer kept). Still
        // read so old files load, but said out loud: the name promises something that is not kept.
        r.checkKeys(ret, rp, {"raw", "state_history", "minute_rollups", "hour_rollups", "bands", "budget"});
        if (ret["minute_rollups"]) {
            if (ret["state_history"])
                r.fail(ret["minute_rollups"], rp + QStringLiteral(".minute_rollups"),
                       Reader::tr("is the old name of state_history; give only state_history"));
            r.warn(ret["minute_rollups"], rp + QStringLiteral(".minute_rollups"),
                   Reader::tr("is deprecated; read as state_history (how long node state changes are kept). Rename the key to state_history."));
        }
        auto keep = [&](const char *key, qint64 def) -> qint64 {
            if (ret[key] && ret[key].IsScalar() && q(ret[key].Scalar()) == QLatin1String("forever"))
                return 0;
            return r.duration(ret, key, rp, def, 3600000);
        };
        h.retainRawMs = keep("raw", h.retainRawMs);
        h.retainStateHistoryMs = keep(ret["state_history"] ? "state_history" : "minute_rollups", h.retainStateHistoryMs);
        h.retainHourMs = keep("hour_rollups", h.retainHourMs);
        h.retainBandsMs = keep("bands", h.retainBandsMs);
        h.storageBudgetBytes = r.size(ret, "budget", rp, h.storageBudgetBytes, 64LL * 1000 * 1000);
    }
    if (const YAML::Node m = n["maintenance"]; m && !m.IsNull()) {
        const QString mp = path + QStringLiteral(".maintenance");
        if (!m.IsSequence())
            r.fail(m, mp, Reader::tr("expected a list"));
        for (std::size_t i = 0; i < m.size(); ++i) {
            const QString ip = idx(mp, i);
            r.checkKeys(m[i], ip, {"node", "from", "to"});
            MaintenanceConfig w;
            w.node = r.str(m[i], "node", ip, true);
            w.fromMs = readTimestamp(r, m[i], "from", ip);
            w.toMs = readTimestamp(r, m[i], "to", ip);
            if (w.toMs <= w.fromMs)
                r.fail(m[i]["to"], ip + QStringLiteral(".to"), Reader::tr("must be after from"));
            h.maintenance << w;
        }
    }
    return h;
}

PrometheusSourceConfig readPrometheusSource(const Reader &r, const YAML::Node &n, const QString &path)
{
    r.checkKeys(n, path, {"id", "url", "query", "provider", "model", "interval", "id_labels"});
    PrometheusSourceConfig p;
    p.id = r.str(n, "id", path, true);
    p.url = r.httpUrl(n, "url", path, true);
    p.query = r.str(n, "query", path, false, p.query);
    p.provider = r.str(n, "provider", path);
    p.model = r.str(n, "model", path);
    p.intervalMs = int(r.duration(n, "interval", path, 30000, 1000));
    p.idLabels = r.strList(n, "id_labels", path);
    return p;
}

MetricsConfig readMetrics(const Reader &r, const YAML::Node &n)
{
    const QString path = QStringLiteral("metrics");
    r.checkKeys(n, path, {"enabled", "listen", "port", "prometheus"});
    MetricsConfig m;
    m.enabled = r.boolean(n, "enabled", path, false);
    m.listen = r.str(n, "listen", path, false, m.listen);
    if (QHostAddress(m.listen).isNull())
        r.fail(n["listen"], path + QStringLiteral(".listen"), Reader::tr("expected an IP address like 127.0.0.1, got \"%1\"").arg(m.listen));
    m.port = r.integer(n, "port", path, 9464, 0, 65535);
    m.prometheus = readList<PrometheusSourceConfig>(r, n, "prometheus", readPrometheusSource, path);
    return m;
}

const QStringList kAlertKinds = {QStringLiteral("state"), QStringLiteral("error_rate"), QStringLiteral("latency_p95"),
                                 QStringLiteral("ahead_of_status_page"), QStringLiteral("cert_expiry")};
const QStringList kSeverities = {QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("critical")};

AlertRuleConfig readAlertRule(const Reader &r, const YAML::Node &n, const QString &path)
{
    r.checkKeys(n, path, {"id", "name", "kind", "nodes", "min_state", "threshold", "min_samples", "for", "within", "severity"});
    AlertRuleConfig a;
    a.id = r.str(n, "id", path, true);
    a.name = r.str(n, "name", path, false, a.id);
    a.kind = r.oneOf(n, "kind", path, kAlertKinds, true);
    a.nodes = r.strList(n, "nodes", path);
    a.minState = r.oneOf(n, "min_state", path, {QStringLiteral("degraded"), QStringLiteral("partial_outage"), QStringLiteral("major_outage")},
                         false, a.minState);
    if (a.kind == QLatin1String("latency_p95")) {
        const qint64 ms = r.duration(n, "threshold", path, -1, 1);
        if (ms < 0)
            r.fail(n, path + QStringLiteral(".threshold"), Reader::tr("is required for latency_p95 rules (e.g. 2s)"));
        a.threshold = double(ms);
    } else if (a.kind == QLatin1String("error_rate")) {
        const QString v = r.str(n, "threshold", path, true);
        bool ok = false;
        double t = v.endsWith(QLatin1Char('%')) ? v.chopped(1).toDouble(&ok) / 100.0 : v.toDouble(&ok);
        if (!ok || t <= 0 || t > 1)
            r.fail(n["threshold"], path + QStringLiteral(".threshold"), Reader::tr("expected a rate between 0 and 1 or a percentage like 20%, got \"%1\"").arg(v));
        a.threshold = t;
    } else if (n["threshold"]) {
        r.fail(n["threshold"], path + QStringLiteral(".threshold"), Reader::tr("only error_rate and latency_p95 rules take a threshold"));
    }
    a.minSamples = r.integer(n, "min_samples", path, 5, 1, 100000);
    a.forMs = r.duration(n, "for", path, 0, 0);
    a.withinMs = r.duration(n, "within", path, a.withinMs, 60000);
    a.severity = r.oneOf(n, "severity", path, kSeverities, false, a.severity);
    return a;
}

AlertsConfig readAlerts(const Reader &r, const YAML::Node &n)
{
    const QString path = QStringLiteral("alerts");
    r.checkKeys(n, path, {"rules", "default_ack", "reminder_first", "reminder_max"});
    AlertsConfig a;
    if (const YAML::Node rules = n["rules"]; rules && !rules.IsNull()) {
        const QString rp = path + QStringLiteral(".rules");
        if (!rules.IsSequence())
            r.fail(rules, rp, Reader::tr("expected a list"));
        a.rulesGiven = true;
        QSet<QString> ids;
        for (std::size_t i = 0; i < rules.size(); ++i) {
            AlertRuleConfig rule = readAlertRule(r, rules[i], idx(rp, i));
            if (ids.contains(rule.id))
                r.fail(rules[i]["id"], idx(rp, i) + QStringLiteral(".id"), Reader::tr("duplicate id \"%1\"").arg(rule.id));
            ids.insert(rule.id);
            a.rules << rule;
        }
    }
    a.defaultAckMs = r.duration(n, "default_ack", path, a.defaultAckMs, 60000);
    if (n["reminder_first"] && n["reminder_first"].IsScalar() && q(n["reminder_first"].Scalar()) == QLatin1String("off"))
        a.reminderFirstMs = 0;
    else
        a.reminderFirstMs = r.duration(n, "reminder_first", path, a.reminderFirstMs, 60000);
    a.reminderMaxMs = r.duration(n, "reminder_max", path, std::max(a.reminderMaxMs, a.reminderFirstMs), 60000);
    if (a.reminderFirstMs > 0 && a.reminderMaxMs < a.reminderFirstMs)
        r.fail(n["reminder_max"], path + QStringLiteral(".reminder_max"), Reader::tr("must not be shorter than reminder_first"));
    return a;
}

NotifierConfig readNotifier(const Reader &r, const YAML::Node &n, const QString &path)
{
    r.checkKeys(n, path, {"id", "kind", "format", "url", "url_secret", "token", "routing_key", "min_severity", "timeout",
                          "retries", "retry_backoff", "sound"});
    NotifierConfig c;
    c.id = r.str(n, "id", path, true);
    c.kind = r.oneOf(n, "kind", path, {QStringLiteral("desktop"), QStringLiteral("webhook")}, true);
    c.minSeverity = r.oneOf(n, "min_severity", path, kSeverities, false, c.minSeverity);
    if (c.kind == QLatin1String("webhook")) {
        c.format = r.oneOf(n, "format", path, {QStringLiteral("generic"), QStringLiteral("slack"), QStringLiteral("pagerduty")}, false, c.format);
        c.url = r.httpUrl(n, "url", path, false);
        c.urlSecret = r.secret(n, "url_secret", path);
        c.token = r.secret(n, "token", path);
        c.routingKey = r.secret(n, "routing_key", path);
        if (c.format == QLatin1String("pagerduty")) {
            if (c.url.isEmpty() && !c.urlSecret.isSet())
                c.url = QStringLiteral("https://events.pagerduty.com/v2/enqueue");
            if (!c.routingKey.isSet())
                r.fail(n, path + QStringLiteral(".routing_key"), Reader::tr("is required for pagerduty notifiers (e.g. ${env:PD_ROUTING_KEY})"));
        }
        if (c.url.isEmpty() == !c.urlSecret.isSet())
            r.fail(n, path + QStringLiteral(".url"), Reader::tr("give exactly one of url: or url_secret:"));
        c.timeoutMs = int(r.duration(n, "timeout", path, c.timeoutMs, 100));
        c.retries = r.integer(n, "retries", path, c.retries, 0, 10);
        c.retryBackoffMs = r.duration(n, "retry_backoff", path, c.retryBackoffMs, 10);
        if (n["sound"])
            r.fail(n["sound"], path + QStringLiteral(".sound"), Reader::tr("only desktop notifiers play sounds"));
    } else if (const YAML::Node snd = n["sound"]; snd && !snd.IsNull()) {
        const QString sp = path + QStringLiteral(".sound");
        r.checkKeys(snd, sp, {"info", "warning", "critical"});
        for (const QString &sev : kSeverities) {
            const QString v = r.str(snd, sev.toLatin1().constData(), sp);
            if (!v.isEmpty())
                c.sound.insert(sev, v);
        }
    }
    return c;
}

YAML::Node parseYaml(const QByteArray &yaml, const QString &fileName)
{
    try {
        return YAML::Load(yaml.toStdString());
    } catch (const YAML::ParserException &e) {
        throw ConfigError{Error{QStringLiteral("config.syntax"),
            QCoreApplication::translate("wf::config::Reader", "%1:%2: YAML syntax error: %3").arg(fileName).arg(e.mark.line + 1).arg(q(e.msg))}};
    }
}

Result<QByteArray> readFileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("config.io"), QStringLiteral("%1: %2").arg(path, f.errorString())};
    return f.readAll();
}

} // namespace

Result<QList<ProviderConfig>> ConfigLoader::loadCatalog(const QString &path)
{
    auto bytes = readFileBytes(path);
    if (!bytes)
        return bytes.error();
    try {
        const YAML::Node root = parseYaml(*bytes, path);
        Reader r(path);
        r.checkKeys(root, QString(), {"providers", "health", "metrics"});
        return readList<ProviderConfig>(r, root, "providers", [](const Reader &rr, const YAML::Node &n, const QString &p) {
            return readProvider(rr, n, p, nullptr);
        });
    } catch (const ConfigError &e) {
        return e.error;
    } catch (const YAML::Exception &e) {
        return Error{QStringLiteral("config.invalid"), QStringLiteral("%1:%2: %3").arg(path).arg(e.mark.line + 1).arg(q(e.msg))};
    }
}

Result<Config> ConfigLoader::loadFile(const QString &path)
{
    auto bytes = readFileBytes(path);
    if (!bytes)
        return bytes.error();
    return loadString(*bytes, path);
}

Result<Config> ConfigLoader::loadDefault()
{
    return loadFile(defaultConfigPath());
}

Result<Config> ConfigLoader::loadString(const QByteArray &yaml, const QString &fileName)
{
    auto catalog = loadCatalog();
    if (!catalog)
        return catalog.error();
    try {
        const YAML::Node root = parseYaml(yaml, fileName);
        Reader r(fileName);
        if (!root || root.IsNull())
            r.fail(root, QStringLiteral("(document)"), tr("the file is empty"));
        r.checkKeys(root, QString(), {"ui", "providers", "probes", "gateways", "apps", "policies", "runbooks", "health", "metrics",
                                       "alerts", "notifiers"});
        Config c;
        c.sourceFile = fileName;
        if (const YAML::Node ui = root["ui"]; ui && !ui.IsNull()) {
            r.checkKeys(ui, QStringLiteral("ui"), {"role", "theme", "wall_rotate", "local_time_zone"});
            const QString role = r.oneOf(ui, "role", QStringLiteral("ui"), {QStringLiteral("viewer"), QStringLiteral("operator"), QStringLiteral("admin")}, false, QStringLiteral("operator"));
            c.ui.role = role == QLatin1String("viewer") ? Role::Viewer : role == QLatin1String("admin") ? Role::Admin : Role::Operator;
            c.ui.theme = r.oneOf(ui, "theme", QStringLiteral("ui"), {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("high-contrast")}, false, QStringLiteral("dark"));
            c.ui.wallRotateMs = int(r.duration(ui, "wall_rotate", QStringLiteral("ui"), 20000, 3000));
            c.ui.localTimeZone = r.str(ui, "local_time_zone", QStringLiteral("ui"));
        }
        const QList<ProviderConfig> &cat = *catalog;
        c.providers = readList<ProviderConfig>(r, root, "providers", [&cat](const Reader &rr, const YAML::Node &n, const QString &p) {
            return readProvider(rr, n, p, &cat);
        });
        c.gateways = readList<GatewayConfig>(r, root, "gateways", readGateway);
        c.probes = readList<ProbeConfig>(r, root, "probes", readProbe);
        c.apps = readList<AppConfig>(r, root, "apps", readApp);
        if (const YAML::Node h = root["health"]; h && !h.IsNull())
            c.health = readHealth(r, h);
        if (const YAML::Node m = root["metrics"]; m && !m.IsNull())
            c.metrics = readMetrics(r, m);
        c.policies = readList<PolicyConfig>(r, root, "policies", readPolicy);
        c.runbooks = readList<RunbookConfig>(r, root, "runbooks", readRunbook);
        if (const YAML::Node a = root["alerts"]; a && !a.IsNull())
            c.alerts = readAlerts(r, a);
        c.notifiers = readList<NotifierConfig>(r, root, "notifiers", readNotifier);
        c.warnings = r.warnings();

        // Cross references, reported at the referring key.
        const YAML::Node probes = root["probes"];
        for (qsizetype i = 0; i < c.probes.size(); ++i) {
            const auto &p = c.probes[i];
            const QString path = idx(QStringLiteral("probes"), std::size_t(i));
            if (!p.provider.isEmpty() && !c.provider(p.provider))
                r.fail(probes[std::size_t(i)]["provider"], path + QStringLiteral(".provider"), tr("no provider with id \"%1\"").arg(p.provider));
            if (!p.via.isEmpty() && !c.gateway(p.via))
                r.fail(probes[std::size_t(i)]["via"], path + QStringLiteral(".via"), tr("no gateway with id \"%1\"").arg(p.via));
        }
        const YAML::Node apps = root["apps"];
        for (qsizetype i = 0; i < c.apps.size(); ++i) {
            for (qsizetype j = 0; j < c.apps[i].routes.size(); ++j) {
                const auto &rc = c.apps[i].routes[j];
                const YAML::Node rn = apps[std::size_t(i)]["routes"][std::size_t(j)];
                const QString path = idx(idx(QStringLiteral("apps"), std::size_t(i)) + QStringLiteral(".routes"), std::size_t(j));
                if (!rc.gateway.isEmpty() && !c.gateway(rc.gateway))
                    r.fail(rn["gateway"], path + QStringLiteral(".gateway"), tr("no gateway with id \"%1\"").arg(rc.gateway));
                if (!c.provider(rc.provider))
                    r.fail(rn["provider"], path + QStringLiteral(".provider"), tr("no provider with id \"%1\"").arg(rc.provider));
            }
        }
        const YAML::Node policies = root["policies"];
        for (qsizetype i = 0; i < c.policies.size(); ++i) {
            const auto &p = c.policies[i];
            const YAML::Node pn = policies[std::size_t(i)];
            const QString path = idx(QStringLiteral("policies"), std::size_t(i));
            if (!p.from.isEmpty() && !c.provider(p.from))
                r.fail(pn["from"], path + QStringLiteral(".from"), tr("no provider with id \"%1\"").arg(p.from));
            if (!p.to.isEmpty() && !c.provider(p.to))
                r.fail(pn["to"], path + QStringLiteral(".to"), tr("no provider with id \"%1\"").arg(p.to));
            for (qsizetype j = 0; j < p.steps.size(); ++j) {
                const auto &s = p.steps[j];
                const QString sp = idx(path + QStringLiteral(".steps"), std::size_t(j));
                const YAML::Node sn = pn["steps"][std::size_t(j)];
                const GatewayConfig *g = c.gateway(s.gateway);
                if (!g)
                    r.fail(sn["gateway"], sp + QStringLiteral(".gateway"), tr("no gateway with id \"%1\"").arg(s.gateway));
                const bool caddy = g->kind == QLatin1String("caddy");
                const bool litellm = g->kind == QLatin1String("litellm");
                const bool haproxy = g->kind == QLatin1String("haproxy");
                if (s.setUpstreams && !caddy)
                    r.fail(sn["upstreams"], sp + QStringLiteral(".upstreams"), tr("only Caddy gateways take an upstream list; \"%1\" is %2").arg(g->id, g->kind));
                if (s.setFallbacks && !litellm)
                    r.fail(sn["fallbacks"], sp + QStringLiteral(".fallbacks"), tr("only LiteLLM gateways take fallbacks; \"%1\" is %2").arg(g->id, g->kind));
                if (!s.state.isEmpty() && !haproxy)
                    r.fail(sn["state"], sp + QStringLiteral(".state"), tr("only HAProxy gateways take a server state; \"%1\" is %2").arg(g->id, g->kind));
                if (s.weight >= 0 && caddy)
                    r.fail(sn["weight"], sp + QStringLiteral(".weight"), tr("Caddy gateways take an upstream list, not weights"));
                if ((haproxy || (litellm && s.weight >= 0)) && s.backend.isEmpty())
                    r.fail(sn, sp + QStringLiteral(".backend"), tr("is required for %1 gateways").arg(g->kind));
            }
        }
        const YAML::Node runbooks = root["runbooks"];
        for (qsizetype i = 0; i < c.runbooks.size(); ++i) {
            for (qsizetype j = 0; j < c.runbooks[i].policies.size(); ++j) {
                if (!c.policy(c.runbooks[i].policies[j]))
                    r.fail(runbooks[std::size_t(i)]["policies"][std::size_t(j)],
                           idx(idx(QStringLiteral("runbooks"), std::size_t(i)) + QStringLiteral(".policies"), std::size_t(j)),
                           tr("no policy with id \"%1\"").arg(c.runbooks[i].policies[j]));
            }
        }
        return c;
    } catch (const ConfigError &e) {
        qCWarning(lcConfig).noquote() << e.error.message;
        return e.error;
    } catch (const YAML::Exception &e) {
        return Error{QStringLiteral("config.invalid"), QStringLiteral("%1:%2: %3").arg(fileName).arg(e.mark.line + 1).arg(q(e.msg))};
    }
}

} // namespace wf::config
