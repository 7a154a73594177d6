#include "engine.h"
#include "core/clock.h"

#include "core/logging.h"
#include "feeds/componentfilter.h"
#include "feeds/feedpoller.h"
#include "feeds/feedrecorder.h"
#include "net/httpclient.h"
#include "health/healthengine.h"
#include "metrics/metricsserver.h"
#include "metrics/prometheussource.h"
#include "probes/probescheduler.h"
#include "topology/topologybuilder.h"
#include "routing/routingcontroller.h"
#include "alerts/alertengine.h"
#include "alerts/desktopnotifier.h"
#include "alerts/webhooknotifier.h"
#include "gatewayverifier.h"

#include <QDir>
#include <QPointer>

namespace wf {

Engine::Engine(config::Config config, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_dataDir(std::move(dataDir))
    , m_role(m_config.ui.role)
{
    m_store = new store::Store(this);
    m_http = new net::HttpClient(this);
    setupHealth();
    setupFeeds();
    setupRouting();
    setupAlerts();
    connect(m_store, &store::Store::opened, this, &Engine::started);
    connect(m_store, &store::Store::failed, this, &Engine::storeFailed);
}

Engine::~Engine() = default;

void Engine::setupHealth()
{
    const config::HealthConfig &hc = m_config.health;
    m_topology = std::make_unique<topology::Graph>(topology::TopologyBuilder::build(m_config));
    health::HealthSettings hs;
    hs.failureThreshold = hc.failureThreshold;
    hs.successThreshold = hc.successThreshold;
    hs.flapWindowMs = hc.flapWindowMs;
    hs.flapThreshold = hc.flapThreshold;
    hs.staleAfterMs = hc.staleAfterMs;
    hs.latencyWindowMs = hc.latencyWindowMs;
    m_health = new health::HealthEngine(m_topology.get(), hs, this);
    m_health->setStore(m_store);
    health::RetentionSettings rs;
    rs.rawMs = hc.retainRawMs;
    rs.stateHistoryMs = hc.retainStateHistoryMs;
    rs.hourRollupMs = hc.retainHourMs;
    rs.bandsMs = hc.retainBandsMs;
    rs.budgetBytes = hc.storageBudgetBytes;
    m_health->setRetention(rs);
    QList<health::MaintenanceWindow> windows;
    for (const auto &w : hc.maintenance)
        windows << health::MaintenanceWindow{w.node, w.fromMs, w.toMs};
    m_health->setMaintenance(windows);
    for (const auto &p : m_config.probes)
        m_health->setExpectedInterval(topology::ids::probe(p.id), p.intervalMs);

    m_probes = new probes::ProbeScheduler(m_http, this);
    m_probes->setStore(m_store);
    m_probes->setMaxConcurrent(hc.probeConcurrency);
    m_probes->setMaxPerHost(hc.probePerHost);
    m_probes->setJitter(hc.probeJitterPercent / 100.0);
    m_probes->setProbes(m_config.probes);
    connect(m_probes, &probes::ProbeScheduler::resultReady, m_health,
            [this](const probes::ProbeResult &r) { m_health->ingest(r.toObservation()); });

    if (m_config.metrics.enabled) {
        m_metrics = new metrics::MetricsServer(this);
        m_metrics->setScheduler(m_probes);
        m_metrics->setHealth(m_health, m_topology.get());
    }
    for (const auto &pc : m_config.metrics.prometheus) {
        auto *src = new metrics::PrometheusSource(pc, m_http, this);
        connect(src, &metrics::PrometheusSource::observation, this, [this, src](const store::Observation &o) {
            topology::TopologyBuilder::ensureProbe(*m_topology, o.target, o.target.mid(6), src->ownerNode(), src->config().provider);
            m_store->append(o);
            m_health->ingest(o);
        });
        m_promSources << src;
    }
}

void Engine::setupRouting()
{
    m_routing = new routing::RoutingController(m_config, m_store, m_http, this);
    // Verification after a change: read-back (in the controller), then the probes that go through
    // the touched gateway must pass. The preview's fallback health is the health engine's view.
    m_verifier = new GatewayVerifier(m_probes, m_config.probes, this);
    m_routing->setVerificationHook([v = QPointer<GatewayVerifier>(m_verifier)](const QString &gateway, const gateways::GatewayState &,
                                                                              std::function<void(Status)> done) {
        if (v)
            v->verify(gateway, std::move(done));
        else
            done(Error{QStringLiteral("routing.probe"), GatewayVerifier::tr("the console is shutting down")});
    });
    m_routing->setHealthLookup([this](const QString &provider) -> std::optional<HealthState> {
        const QString node = topology::ids::provider(provider);
        if (m_topology->indexOf(node) < 0)
            return std::nullopt;
        const HealthState s = m_health->state(node);
        if (s == HealthState::Unknown)
            return std::nullopt;
        return s;
    });
}

void Engine::setupFeeds()
{
    // Provider status feeds: history and Observations (source "feed") go to the store, the
    // components the operator depends on (watch_components) to the health roll-up.
    m_feeds = new feeds::FeedPoller(m_http, this);
    m_feeds->setProviders(m_config.providers);
    m_feedRecorder = new feeds::FeedRecorder(m_feeds, m_store, this);
    // Every good poll confirms the watched components, changed or not: a feed that keeps saying
    // "operational" is fresh, not stale. Failed polls confirm nothing, so the health engine marks
    // the components stale once they go unconfirmed for 3 x the feed interval.
    auto apply = [this](const QString &providerId, const feeds::FeedSnapshot &s) {
        const config::ProviderConfig *pc = m_config.provider(providerId);
        // Watch entries that name a component become its id on first sight, so the component
        // stays watched when the provider renames it.
        auto known = m_watch.find(providerId);
        if (known == m_watch.end())
            known = m_watch.insert(providerId, pc ? pc->watchComponents : QStringList());
        *known = feeds::resolveWatchNames(*known, s);
        const QStringList watch = *known;
        qint64 intervalMs = 0;
        if (pc)
            for (const config::FeedConfig &f : pc->feeds)
                intervalMs = std::max<qint64>(intervalMs, f.intervalMs);
        const qint64 now = wf::clock::nowMs();
        for (const feeds::Component &c : s.components)
            if (feeds::isWatched(watch, c)) {
                if (intervalMs > 0)
                    m_health->setExpectedInterval(topology::ids::component(providerId, c.id), intervalMs);
                m_health->setComponentState(providerId, c.id, c.name, c.state, now);
            }
    };
    connect(m_feeds, &feeds::FeedPoller::snapshotUpdated, this, apply);
    connect(m_feeds, &feeds::FeedPoller::statusChanged, this, [this, apply](const QString &providerId) {
        const feeds::FeedStatus st = m_feeds->status(providerId);
        if (st.hasSnapshot && st.lastErrorCode.isEmpty() && st.lastGoodPoll.isValid() && st.lastGoodPoll >= st.lastAttempt)
            apply(providerId, st.snapshot);
    });
}

void Engine::setupAlerts()
{
    m_alerts = new alerts::AlertEngine(m_topology.get(), this);
    if (m_config.alerts.rulesGiven) {
        QList<alerts::Rule> rules;
        for (const auto &r : m_config.alerts.rules)
            rules << alerts::Rule::fromConfig(r);
        m_alerts->setRules(rules);
    }
    m_alerts->setDefaultAckMs(m_config.alerts.defaultAckMs);
    m_alerts->setReminders(m_config.alerts.reminderFirstMs, m_config.alerts.reminderMaxMs);
    m_alerts->setStore(m_store);
    m_alerts->setHealth(m_health);
    connect(m_probes, &probes::ProbeScheduler::resultReady, m_alerts, [this](const probes::ProbeResult &r) {
        if (r.certRemainingMs)
            m_alerts->setCertExpiry(topology::ids::probe(r.probeId), *r.certRemainingMs);
    });
    bool desktop = false;
    for (const auto &n : m_config.notifiers) {
        if (n.kind == QLatin1String("webhook")) {
            auto *w = new alerts::WebhookNotifier(n, m_http, this);
            connect(m_alerts, &alerts::AlertEngine::alertEvent, w, &alerts::WebhookNotifier::notify);
            m_webhooks << w;
        } else {
            desktop = true;
            auto *d = new alerts::DesktopNotifier(n, this);
            connect(m_alerts, &alerts::AlertEngine::alertEvent, d, &alerts::DesktopNotifier::notify);
            m_desktopNotifiers << d;
        }
    }
    if (!desktop) { // desktop notifications for warnings and worse unless configured otherwise
        config::NotifierConfig n;
        n.id = QStringLiteral("desktop");
        n.kind = QStringLiteral("desktop");
        auto *d = new alerts::DesktopNotifier(n, this);
        connect(m_alerts, &alerts::AlertEngine::alertEvent, d, &alerts::DesktopNotifier::notify);
        m_desktopNotifiers << d;
    }
}

void Engine::setRole(config::Role role)
{
    m_role = role;
    m_routing->setRole(role); // the services layer enforces it, not just the UI
}

QString Engine::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("watchfloor.db"));
}

void Engine::start()
{
    qCInfo(lcStore).noquote() << "opening" << databasePath();
    m_store->open(databasePath());
    m_probes->start();
    m_health->start();
    m_alerts->start();
    m_feeds->start();
    for (auto *src : std::as_const(m_promSources))
        src->start();
    if (m_metrics) {
        auto port = m_metrics->listen(QHostAddress(m_config.metrics.listen), quint16(m_config.metrics.port));
        if (!port)
            qCWarning(lcProbes).noquote() << port.error().message;
    }
    // Gateway state for the routing panel, then periodic read-back to catch external changes.
    m_routing->refresh();
    m_routing->setDriftInterval(30000);
}

} // namespace wf
