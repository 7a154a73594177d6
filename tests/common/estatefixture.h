#pragma once
// A small estate with real services behind the map for UI tests: a status page (statuspage.io
// summary) and a LiteLLM-shaped gateway on loopback, the health engine, the feed poller and the
// routing controller, all built from one configuration.
//
//   app "chat-prod" -> llm-proxy, model group "chat": dep-claude (alpha/claude-sonnet, 80) and
//                      dep-gpt (beta/gpt-4o, 20)
//   app "batch"     -> beta/gpt-4o directly
//   probes (on the status page's loopback server): sonnet-http (alpha/claude-sonnet; its endpoint
//           answers 529, the condition "status in [200]" fails), gpt-http (beta/gpt-4o),
//           alpha-login (alpha's front door, two conditions)
//   alert rule "model-down": any model at partial outage or worse, at once
//   policy "all-to-beta": dep-claude weight 0, dep-gpt weight 100; runbook "alpha-down" runs it
//   alpha's status page: incident "Elevated API errors" on component api1 (two updates),
//   maintenance in progress on component web1; a configured maintenance window on beta's models.
#include "../e2e/litellmloopback.h"
#include "loopbackserver.h"

#include "config/config.h"
#include "core/clock.h"
#include "feeds/feedpoller.h"
#include "health/healthengine.h"
#include "net/httpclient.h"
#include "routing/routingcontroller.h"
#include "topology/topologybuilder.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <memory>

namespace wf::test {

class LiveEstate
{
public:
    static constexpr const char *kKeyVar = "WF_TEST_LIVE_ESTATE_KEY";

    LiveEstate()
        : gateway("sk-live-estate-master-key-123")
        , page([](const HttpRequest &r) {
            // The status page, and the endpoints the probes call: Alpha's model answers 529.
            if (r.path.startsWith("/probe/sonnet"))
                return HttpReply::json(QByteArrayLiteral("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\"}}"), 529);
            if (r.path.startsWith("/probe/") || r.path.startsWith("/login"))
                return HttpReply::json(QByteArrayLiteral("{}"));
            return HttpReply::json(summary());
        })
    {
        qputenv(kKeyVar, "sk-live-estate-master-key-123");
        gateway.deployments = {
            {QStringLiteral("dep-claude"), QStringLiteral("chat"), QStringLiteral("anthropic/claude-sonnet-4"), 80},
            {QStringLiteral("dep-gpt"), QStringLiteral("chat"), QStringLiteral("openai/gpt-4o"), 20},
        };
    }

    // Starts the servers and builds the services (the routing controller audits into `store`
    // when given); false when a port could not be opened or the configuration does not load (the
    // message says why).
    bool start(QString *message, store::Store *store = nullptr)
    {
        if (!gateway.listen() || !page.listen()) {
            *message = QStringLiteral("cannot listen on loopback");
            return false;
        }
        auto cfg = config::ConfigLoader::loadString(yaml().toUtf8(), QStringLiteral("live-estate.yaml"));
        if (!cfg) {
            *message = cfg.error().message;
            return false;
        }
        config = *cfg;
        graph = topology::TopologyBuilder::build(config);
        // Components join the graph when the feed reports them (in the app the health engine
        // adds them); here up front, so the scene has them from the start.
        topology::TopologyBuilder::ensureComponent(graph, QStringLiteral("alpha"), QStringLiteral("api1"), QStringLiteral("API"));
        topology::TopologyBuilder::ensureComponent(graph, QStringLiteral("alpha"), QStringLiteral("web1"), QStringLiteral("Web"));
        health = std::make_unique<health::HealthEngine>(&graph);
        feeds = std::make_unique<feeds::FeedPoller>(&http);
        feeds->setJitterFraction(0);
        feeds->setProviders(config.providers);
        routing = std::make_unique<routing::RoutingController>(config, store, &http);
        routing->setRole(config::Role::Operator);
        return true;
    }

    // `count` probe results for `probe` a second apart up to about now (never before the last
    // ones fed), `bad` of them failing first.
    void probeResults(const QString &probe, int count, int bad)
    {
        const qint64 t = std::max(wf::clock::nowMs() - count * 1000, m_lastTs + 1);
        for (int i = 0; i < count; ++i) {
            store::Observation o;
            o.tsMs = t + i * 1000;
            m_lastTs = o.tsMs;
            o.source = QStringLiteral("probe");
            o.target = topology::ids::probe(probe);
            const bool failing = i < bad;
            o.state = stateKey(failing ? HealthState::MajorOutage : HealthState::Operational);
            o.latencyMs = failing ? 2500 : 120;
            o.httpStatus = failing ? 529 : 200;
            o.errorClass = failing ? QStringLiteral("http") : QString();
            o.detail = failing ? QStringLiteral("status 529 not in [200]") : QString();
            health->ingest(o);
        }
    }

    LiteLlmLoopback gateway;
    LoopbackServer page;
    net::HttpClient http;
    config::Config config;
    topology::Graph graph;
    std::unique_ptr<health::HealthEngine> health;
    std::unique_ptr<feeds::FeedPoller> feeds;
    std::unique_ptr<routing::RoutingController> routing;

private:
    qint64 m_lastTs = 0;

    QString yaml() const
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList y;
        y << QStringLiteral("providers:")
          << QStringLiteral("  - {id: alpha, name: Alpha Labs, feeds: [{url: \"%1\", format: statuspage, interval: 1h}]}")
                 .arg(page.url(QStringLiteral("/api/v2/summary.json")).toString())
          << QStringLiteral("  - {id: beta, name: Beta Labs, feed_note: none}")
          << QStringLiteral("gateways:")
          << QStringLiteral("  - {id: llm-proxy, kind: litellm, address: \"%1\", token: \"${env:%2}\"}")
                 .arg(gateway.url().toString(), QString::fromLatin1(kKeyVar))
          << QStringLiteral("probes:")
          << QStringLiteral("  - {id: sonnet-http, kind: http, url: \"%1\", provider: alpha, model: claude-sonnet, interval: 1h, conditions: [\"status in [200]\"]}")
                 .arg(page.url(QStringLiteral("/probe/sonnet")).toString())
          << QStringLiteral("  - {id: gpt-http, kind: http, url: \"%1\", provider: beta, model: gpt-4o, interval: 1h}")
                 .arg(page.url(QStringLiteral("/probe/gpt")).toString())
          << QStringLiteral("  - {id: alpha-login, kind: auth, url: \"%1\", provider: alpha, interval: 1h, conditions: [\"status in [200, 302]\", \"latency < 2s\"]}")
                 .arg(page.url(QStringLiteral("/login")).toString())
          << QStringLiteral("apps:")
          << QStringLiteral("  - id: chat-prod")
          << QStringLiteral("    name: Chat (prod)")
          << QStringLiteral("    customers: [acme]")
          << QStringLiteral("    routes:")
          << QStringLiteral("      - {gateway: llm-proxy, backend: chat, server: dep-claude, provider: alpha, model: claude-sonnet, weight: 80}")
          << QStringLiteral("      - {gateway: llm-proxy, backend: chat, server: dep-gpt, provider: beta, model: gpt-4o, weight: 20}")
          << QStringLiteral("  - id: batch")
          << QStringLiteral("    routes: [{provider: beta, model: gpt-4o}]")
          << QStringLiteral("health:")
          << QStringLiteral("  maintenance:")
          << QStringLiteral("    - {node: \"model:beta/*\", from: \"%1\", to: \"%2\"}")
                 .arg(now.addSecs(-3600).toString(Qt::ISODate), now.addSecs(3600).toString(Qt::ISODate))
          << QStringLiteral("policies:")
          << QStringLiteral("  - id: all-to-beta")
          << QStringLiteral("    name: Chat all to Beta")
          << QStringLiteral("    from: alpha")
          << QStringLiteral("    to: beta")
          << QStringLiteral("    steps:")
          << QStringLiteral("      - {gateway: llm-proxy, backend: chat, server: dep-claude, weight: 0}")
          << QStringLiteral("      - {gateway: llm-proxy, backend: chat, server: dep-gpt, weight: 100}")
          << QStringLiteral("runbooks:")
          << QStringLiteral("  - {id: alpha-down, name: Alpha down - chat to Beta, policies: [all-to-beta]}")
          << QStringLiteral("alerts:")
          << QStringLiteral("  rules:")
          << QStringLiteral("    - {id: model-down, name: Model down, kind: state, nodes: [\"model:*\"], min_state: partial_outage, for: 0s, severity: critical}");
        return y.join(QLatin1Char('\n'));
    }

    static QByteArray summary()
    {
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1();
        const QByteArray earlier = QDateTime::currentDateTimeUtc().addSecs(-1200).toString(Qt::ISODate).toLatin1();
        const QByteArray later = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate).toLatin1();
        return QByteArrayLiteral("{\"page\":{\"id\":\"p1\",\"name\":\"Alpha\",\"url\":\"https://status.alpha.example\"},")
            + "\"status\":{\"indicator\":\"minor\",\"description\":\"Partially degraded\"},"
              "\"components\":["
              "{\"id\":\"api1\",\"name\":\"API\",\"status\":\"degraded_performance\",\"group\":false},"
              "{\"id\":\"web1\",\"name\":\"Web\",\"status\":\"under_maintenance\",\"group\":false}],"
              "\"incidents\":[{\"id\":\"inc1\",\"name\":\"Elevated API errors\",\"status\":\"identified\",\"impact\":\"minor\","
              "\"created_at\":\"" + earlier + "\",\"updated_at\":\"" + now + "\",\"components\":[{\"id\":\"api1\"}],"
              "\"incident_updates\":["
              "{\"id\":\"u2\",\"status\":\"identified\",\"body\":\"A bad deploy is being rolled back\",\"created_at\":\"" + now + "\"},"
              "{\"id\":\"u1\",\"status\":\"investigating\",\"body\":\"We are looking into errors on the API\",\"created_at\":\"" + earlier + "\"}]}],"
              "\"scheduled_maintenances\":[{\"id\":\"m1\",\"name\":\"Web database upgrade\",\"status\":\"in_progress\",\"impact\":\"maintenance\","
              "\"created_at\":\"" + earlier + "\",\"scheduled_for\":\"" + earlier + "\",\"scheduled_until\":\"" + later + "\","
              "\"components\":[{\"id\":\"web1\"}],\"incident_updates\":[]}]}";
    }
};

} // namespace wf::test
