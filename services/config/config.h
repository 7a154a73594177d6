#pragma once

#include "config/secretref.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace wf::config {

enum class Role { Viewer, Operator, Admin };
QString roleKey(Role r);

// One machine-readable status source of a provider.
struct FeedConfig
{
    QString url;
    QString format;              // statuspage | incidentio | incidentio-proxy | gcp | aws-rss | aws-currentevents | azure-rss | atom | rss
    QStringList fallbackUrls;    // tried in order when the main URL fails (e.g. statuspage.io host)
    int intervalMs = 60000;
    int timeoutMs = 15000;
    QString regionFilter;        // aws/gcp: only events for these regions (comma separated)
};

struct ProviderConfig
{
    QString id;
    QString name;
    QString homepage;
    QString statusPage;          // human status page
    QList<FeedConfig> feeds;
    QString feedNote;            // why there is no feed, when there is none
    QStringList watchComponents; // component ids or names the operator depends on; empty = all
    QStringList tags;
};

struct ProbeConfig
{
    QString id;
    QString name;
    QString kind;                // http | llm | auth | tcp | dns | tls
    QString url;                 // http/llm/auth
    QString host;                // tcp/dns/tls
    int port = 0;
    int intervalMs = 30000;
    int timeoutMs = 10000;
    QStringList conditions;      // http/auth: "status in [200,204]", "latency < 800ms", ...
    QString method = QStringLiteral("GET");
    QString provider;            // provider id this probe speaks for
    QString model;               // llm: model id
    QString api;                 // llm: anthropic-messages | openai-chat | openai-responses
    SecretRef apiKey;
    QString via;                 // gateway id when the probe goes through a gateway
    int budgetPerHour = 120;     // llm: max requests per hour per model
    bool canary = false;         // used for the self-connectivity check
    QStringList tags;
};

struct GatewayConfig
{
    QString id;
    QString name;
    QString kind;                // haproxy | caddy | litellm
    QString address;             // haproxy: unix:/path or host:port; caddy/litellm: http://host:port
    SecretRef token;             // litellm master key
    QString caddyUpstreamsPath;  // caddy: e.g. /id/ai_proxy/upstreams
};

struct RouteConfig
{
    QString gateway;             // gateway id ("" = direct)
    QString backend;             // haproxy backend / caddy route id / litellm model group
    QString server;              // haproxy server / caddy upstream dial / litellm deployment
    QString provider;
    QString model;
    int weight = 100;
    bool fallback = false;
};

struct AppConfig
{
    QString id;
    QString name;
    QStringList tags;
    QStringList customers;
    QList<RouteConfig> routes;
};

// One change in one gateway, part of a routing policy.
struct PolicyStepConfig
{
    QString gateway;             // gateway id
    QString backend;             // haproxy backend / litellm model group; caddy: the upstreams path (default: the gateway's)
    QString server;              // haproxy server / litellm deployment id
    QString state;               // ready | drain | maint ("" = unchanged)
    int weight = -1;             // -1 = unchanged
    bool setUpstreams = false;   // caddy: replace the ordered upstream list
    QStringList upstreams;
    bool setFallbacks = false;   // litellm: set (or with an empty list delete) the fallbacks of `model`
    QString model;
    QStringList fallbacks;
};

// A named routing change, e.g. "anthropic-primary", "openai-fallback", "weights 80/20".
struct PolicyConfig
{
    QString id;
    QString name;
    QString description;
    QString from;                // provider that loses traffic (blast radius, typed confirmation)
    QString to;                  // provider that receives it (health check in the preview)
    QString fromModel;           // when set and different from toModel, the preview warns
    QString toModel;
    bool destructive = false;    // moves all traffic off `from`: the operator types its name
    int fallbackCapacityRpm = 0; // known capacity of the target; 0 = unknown (the preview warns)
    QList<PolicyStepConfig> steps;
};

// A one-click sequence of policies ("Claude API down -> route chat-prod to OpenAI"); rolled back
// as a whole when any step fails.
struct RunbookConfig
{
    QString id;
    QString name;
    QString description;
    QStringList policies;
};

struct UiConfig
{
    Role role = Role::Operator;
    QString theme = QStringLiteral("dark");  // light | dark | high-contrast
    int wallRotateMs = 20000;
    QString localTimeZone;                   // extra clock on the wall, IANA id
};

// Health engine, probe scheduler and storage retention (`health:`).
struct MaintenanceConfig
{
    QString node;                // node id, or a prefix ending in '*' (e.g. "provider:anthropic", "model:*")
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

struct HealthConfig
{
    int failureThreshold = 3;
    int successThreshold = 2;
    qint64 flapWindowMs = 600000;
    int flapThreshold = 6;
    qint64 staleAfterMs = 180000;
    qint64 latencyWindowMs = 300000;
    int probeConcurrency = 8;    // probes running at once
    int probePerHost = 2;        // probes running at once against one host:port
    int probeJitterPercent = 10; // of each probe's interval
    qint64 retainRawMs = 7LL * 86400000;
    qint64 retainStateHistoryMs = 90LL * 86400000; // node state changes
    qint64 retainHourMs = 30LL * 86400000;  // hourly rollups; older days keep one sum per day; 0 = forever
    qint64 retainBandsMs = 30LL * 86400000; // state bands; older timeline from 5-minute cells; 0 = forever
    qint64 storageBudgetBytes = 1'000'000'000; // oldest raw observations trimmed beyond it; 0 = unlimited
    QList<MaintenanceConfig> maintenance;
};

// A Prometheus server whose query results (e.g. blackbox_exporter's probe_success) feed the graph.
struct PrometheusSourceConfig
{
    QString id;
    QString url;                 // base URL of the Prometheus server
    QString query = QStringLiteral("probe_success");
    QString provider;            // provider the series speak for (optional)
    QString model;               // model the series speak for (optional)
    int intervalMs = 30000;
    // Labels whose values make a series' node id, in order. Empty: probe, else instance, else
    // job, plus region when the series has one.
    QStringList idLabels;
};

// Prometheus exposition (`metrics:`), off by default, loopback by default.
struct MetricsConfig
{
    bool enabled = false;
    QString listen = QStringLiteral("127.0.0.1");
    int port = 9464;
    QList<PrometheusSourceConfig> prometheus;
};

// On-call alert rules (`alerts:`). kind: state | error_rate | latency_p95 | ahead_of_status_page |
// cert_expiry; nodes are globs over node ids ("provider:*", "app:chat-*").
struct AlertRuleConfig
{
    QString id;
    QString name;
    QString kind;
    QStringList nodes;
    QString minState = QStringLiteral("partial_outage"); // state: HealthState key
    double threshold = 0;        // error_rate: 0..1; latency_p95: milliseconds
    int minSamples = 5;          // error_rate / latency_p95: results needed in the window
    qint64 forMs = 0;            // the condition must hold this long before the alert fires
    qint64 withinMs = 14LL * 86400000; // cert_expiry: fire when the certificate expires sooner
    QString severity = QStringLiteral("warning"); // info | warning | critical
};

struct AlertsConfig
{
    bool rulesGiven = false;     // false: the built-in rule set applies
    QList<AlertRuleConfig> rules;
    qint64 defaultAckMs = 3600000;
    // Reminders for a firing, unacknowledged alert: first after reminderFirstMs, then at twice the
    // previous gap, never more than reminderMaxMs apart. reminderFirstMs 0 = no reminders.
    qint64 reminderFirstMs = 5 * 60000;
    qint64 reminderMaxMs = 4 * 3600000;
};

// Where alerts go (`notifiers:`): the desktop (tray message, optional sound) or a webhook.
struct NotifierConfig
{
    QString id;
    QString kind;                // desktop | webhook
    QString format = QStringLiteral("generic"); // webhook: generic | slack | pagerduty
    QString url;                 // webhook URL without secrets
    SecretRef urlSecret;         // webhook URL that is itself a secret (Slack incoming webhooks)
    SecretRef token;             // generic: sent as "Authorization: Bearer ..."
    SecretRef routingKey;        // pagerduty: Events v2 integration key
    QString minSeverity = QStringLiteral("warning");
    int timeoutMs = 10000;
    int retries = 3;
    qint64 retryBackoffMs = 2000;  // doubled after every failed attempt
    QMap<QString, QString> sound;  // desktop: severity -> "beep" or a command line
};

struct Config
{
    QString sourceFile;          // what was loaded (":/config/default.yaml" for the built-in one)
    UiConfig ui;
    QList<ProviderConfig> providers;
    QList<ProbeConfig> probes;
    QList<GatewayConfig> gateways;
    QList<AppConfig> apps;
    HealthConfig health;
    MetricsConfig metrics;
    QList<PolicyConfig> policies;
    QList<RunbookConfig> runbooks;
    AlertsConfig alerts;
    QList<NotifierConfig> notifiers;
    // Accepted with a warning ("file:line: key: message"), e.g. deprecated key names.
    QStringList warnings;

    const PolicyConfig *policy(const QString &id) const;
    const RunbookConfig *runbook(const QString &id) const;
    const ProviderConfig *provider(const QString &id) const;
    const GatewayConfig *gateway(const QString &id) const;
};

// Loads YAML configuration into typed structs. Every error names file, line and key, e.g.
//   /etc/watchfloor.yaml:14: probes[3].interval: expected a duration like 30s, got "thirty"
class ConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(wf::config::ConfigLoader)
public:
    // Built-in provider catalog (resources), used for providers listed by id only.
    static Result<QList<ProviderConfig>> loadCatalog(const QString &path = QStringLiteral(":/catalog/providers.yaml"));
    static Result<Config> loadFile(const QString &path);
    static Result<Config> loadString(const QByteArray &yaml, const QString &fileName);
    static Result<Config> loadDefault();
    static QString defaultConfigPath() { return QStringLiteral(":/config/default.yaml"); }
};

// "30s", "800ms", "5m", "2h", "14d" -> milliseconds; -1 on error.
qint64 parseDurationMs(const QString &text);

} // namespace wf::config
