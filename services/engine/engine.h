#pragma once

#include "config/config.h"
#include "store/store.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

namespace wf::net { class HttpClient; }
namespace wf::probes { class ProbeScheduler; }
namespace wf::health { class HealthEngine; }
namespace wf::topology { class Graph; }
namespace wf::metrics { class MetricsServer; class PrometheusSource; }
namespace wf::routing { class RoutingController; }
namespace wf::alerts { class AlertEngine; class WebhookNotifier; class DesktopNotifier; }
namespace wf::feeds { class FeedPoller; class FeedRecorder; }

namespace wf {

class GatewayVerifier;

// The composition root of the services layer: owns the configuration and every service, wires
// their signals together, and is what the UI (or a headless test) talks to. No widgets here.
class Engine : public QObject
{
    Q_OBJECT
public:
    Engine(config::Config config, QString dataDir, QObject *parent = nullptr);
    ~Engine() override;

    const config::Config &config() const { return m_config; }
    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    config::Role role() const { return m_role; }
    void setRole(config::Role role);
    bool canWrite() const { return m_role != config::Role::Viewer; }

    store::Store *store() const { return m_store; }
    net::HttpClient *http() const { return m_http; }
    // Own probes, the health engine and the dependency graph it rolls states up along.
    probes::ProbeScheduler *probes() const { return m_probes; }
    health::HealthEngine *health() const { return m_health; }
    topology::Graph *topology() const { return m_topology.get(); }
    metrics::MetricsServer *metricsServer() const { return m_metrics; }
    routing::RoutingController *routing() const { return m_routing; }
    // Runs the probes through a gateway after a routing change (the controller's verification).
    GatewayVerifier *gatewayVerifier() const { return m_verifier; }
    // On-call alerts and where they go (webhooks; desktop notifiers get their sink from the UI).
    alerts::AlertEngine *alerts() const { return m_alerts; }
    QList<alerts::WebhookNotifier *> webhookNotifiers() const { return m_webhooks; }
    QList<alerts::DesktopNotifier *> desktopNotifiers() const { return m_desktopNotifiers; }
    feeds::FeedPoller *feeds() const { return m_feeds; }

    // Opens the store (asynchronously) and starts polling. Emits started() or storeFailed().
    void start();

signals:
    void started(const wf::store::OpenReport &report);
    void storeFailed(const QString &message);

private:
    void setupHealth();
    void setupAlerts();
    void setupFeeds();
    void setupRouting();

    config::Config m_config;
    QString m_dataDir;
    config::Role m_role;
    store::Store *m_store = nullptr;
    net::HttpClient *m_http = nullptr;
    std::unique_ptr<topology::Graph> m_topology;
    health::HealthEngine *m_health = nullptr;
    probes::ProbeScheduler *m_probes = nullptr;
    metrics::MetricsServer *m_metrics = nullptr;
    QList<metrics::PrometheusSource *> m_promSources;
    routing::RoutingController *m_routing = nullptr;
    GatewayVerifier *m_verifier = nullptr;
    alerts::AlertEngine *m_alerts = nullptr;
    QList<alerts::WebhookNotifier *> m_webhooks;
    QList<alerts::DesktopNotifier *> m_desktopNotifiers;
    feeds::FeedPoller *m_feeds = nullptr;
    feeds::FeedRecorder *m_feedRecorder = nullptr;
    QHash<QString, QStringList> m_watch; // provider -> watched component ids (names resolved)
};

} // namespace wf
