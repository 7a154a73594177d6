#include "loopbackserver.h"
#include "config/config.h"
#include "health/healthengine.h"
#include "metrics/metricsserver.h"
#include "metrics/prometheussource.h"
#include "net/httpclient.h"
#include "probes/probescheduler.h"
#include "topology/topologybuilder.h"

#include <QFile>
#include <QRegularExpression>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using wf::test::HttpReply;
using wf::test::HttpRequest;
using wf::test::LoopbackServer;

namespace {

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QByteArray httpGet(net::HttpClient &http, const QUrl &url, int *status = nullptr)
{
    std::optional<net::Response> out;
    QObject ctx;
    http.get(url, &ctx, [&](const net::Response &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 10000);
    if (status)
        *status = out ? out->status : 0;
    return out ? out->body : QByteArray();
}

// The value of the one sample of `metric` whose labels are exactly `labels` ("" when absent).
QByteArray sampleValue(const QByteArray &text, const QByteArray &metric, const QByteArray &labels)
{
    const QByteArray prefix = metric + '{' + labels + "} ";
    for (const QByteArray &line : text.split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    return {};
}

} // namespace

class TstPrometheus : public QObject
{
    Q_OBJECT

private slots:
    void parseVector()
    {
        const QByteArray body = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                                "{\"metric\":{\"instance\":\"https://api.anthropic.com\",\"job\":\"blackbox\"},\"value\":[1767225600.5,\"1\"]},"
                                "{\"metric\":{\"instance\":\"https://api.openai.com\",\"job\":\"blackbox\"},\"value\":[1767225600.5,\"0\"]}]}}";
        auto r = metrics::PrometheusSource::parse(body);
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(0).labels.value(QStringLiteral("instance")), QStringLiteral("https://api.anthropic.com"));
        QCOMPARE(r->at(0).tsMs, qint64(1767225600500));
        QCOMPARE(r->at(1).value, 0.0);
        config::PrometheusSourceConfig c;
        c.id = QStringLiteral("eu");
        c.provider = QStringLiteral("anthropic");
        metrics::PrometheusSource src(c, nullptr);
        QCOMPARE(src.targetFor(r->at(0)), QStringLiteral("probe:prom/eu/https://api.anthropic.com"));
        QCOMPARE(src.ownerNode(), QStringLiteral("provider:anthropic"));
    }

    void parseErrors()
    {
        QVERIFY(!metrics::PrometheusSource::parse("<html>").ok());
        auto e = metrics::PrometheusSource::parse("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error at char 3\"}");
        QVERIFY(!e.ok());
        QVERIFY(e.error().message.contains(QStringLiteral("parse error at char 3")));
        QVERIFY(!metrics::PrometheusSource::parse("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}").ok());
    }

    void escapesLabels()
    {
        QCOMPARE(metrics::MetricsServer::escapeLabel(QStringLiteral("a\"b\\c\nd")), QByteArray("a\\\"b\\\\c\\nd"));
    }

    // Node and feed component states come from the real health engine, the budget gauges from
    // the scheduler's LLM probe accounting.
    void exposesNodeFeedAndBudgetState()
    {
        qputenv("WF_TEST_PROM_LLM_KEY", "sk-test-prom-0123456789");
        LoopbackServer api([](const HttpRequest &) {
            HttpReply r;
            r.status = 500;
            r.body = "down";
            return r;
        });
        LoopbackServer llm([](const HttpRequest &) {
            return HttpReply::json("{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-opus-4-6\","
                                   "\"content\":[{\"type\":\"text\",\"text\":\"p\"}],\"stop_reason\":\"max_tokens\"}");
        });
        QVERIFY(api.listen());
        QVERIFY(llm.listen());
        const QByteArray yaml = "providers:\n  - id: anthropic\n    watch_components: [api, console]\n"
                                "probes:\n"
                                "  - id: api-health\n    kind: http\n    provider: anthropic\n    url: " + api.url(QStringLiteral("/health")).toString().toUtf8() + "\n"
                                "  - id: opus\n    kind: llm\n    provider: anthropic\n    api: anthropic-messages\n    model: claude-opus-4-6\n"
                                "    url: " + llm.url(QStringLiteral("/v1/messages")).toString().toUtf8() + "\n"
                                "    api_key: ${env:WF_TEST_PROM_LLM_KEY}\n    budget_per_hour: 5\n";
        auto cfg = config::ConfigLoader::loadString(yaml, QStringLiteral("metrics.yaml"));
        QVERIFY2(cfg.ok(), cfg.ok() ? "" : qPrintable(cfg.error().message));
        topology::Graph graph = topology::TopologyBuilder::build(*cfg);
        health::HealthEngine health(&graph);
        net::HttpClient http;
        probes::ProbeScheduler scheduler(&http);
        scheduler.setJitter(0);
        scheduler.setProbes(cfg->probes);
        connect(&scheduler, &probes::ProbeScheduler::resultReady, &health, [&](const probes::ProbeResult &r) { health.ingest(r.toObservation()); });
        metrics::MetricsServer server;
        server.setScheduler(&scheduler);
        server.setHealth(&health, &graph);

        // The feed says the API component is down and the console fine.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        health.setComponentState(QStringLiteral("anthropic"), QStringLiteral("api"), QStringLiteral("API"), HealthState::MajorOutage, now);
        health.setComponentState(QStringLiteral("anthropic"), QStringLiteral("console"), QStringLiteral("Console"), HealthState::Operational, now);
        // Three failing runs of the HTTP probe (failure threshold 3), two LLM requests.
        QSignalSpy results(&scheduler, &probes::ProbeScheduler::resultReady);
        for (int i = 0; i < 3; ++i) {
            const qsizetype before = results.size();
            scheduler.runNow(QStringLiteral("api-health"));
            if (i < 2)
                scheduler.runNow(QStringLiteral("opus"));
            QTRY_VERIFY_WITH_TIMEOUT(results.size() >= before + (i < 2 ? 2 : 1), 5000);
        }
        QCOMPARE(api.requestCount(), 3);
        QCOMPARE(llm.requestCount(), 2);
        QCOMPARE(health.state(QStringLiteral("probe:api-health")), HealthState::MajorOutage);

        const QByteArray text = server.render();
        auto state = [&](const QString &node, const char *kind) {
            return sampleValue(text, "watchfloor_node_state", "node=\"" + node.toUtf8() + "\",kind=\"" + kind + '"');
        };
        QCOMPARE(state(QStringLiteral("component:anthropic/api"), "component"), QByteArray("5"));
        QCOMPARE(state(QStringLiteral("component:anthropic/console"), "component"), QByteArray("0"));
        QCOMPARE(state(QStringLiteral("probe:api-health"), "probe"), QByteArray("5"));
        // The provider rolls up its API component's outage; every node's line agrees with the engine.
        QVERIFY(isBad(health.state(QStringLiteral("provider:anthropic"))));
        for (int i = 0; i < graph.nodeCount(); ++i) {
            const topology::Node &n = graph.node(i);
            QCOMPARE(state(n.id, qPrintable(topology::nodeKindKey(n.kind))), QByteArray::number(rank(health.state(n.id))));
        }
        QCOMPARE(sampleValue(text, "watchfloor_feed_component_state", "provider=\"anthropic\",component=\"api\""), QByteArray("5"));
        QCOMPARE(sampleValue(text, "watchfloor_feed_component_state", "provider=\"anthropic\",component=\"console\""), QByteArray("0"));
        QVERIFY(text.contains("# TYPE watchfloor_node_state gauge\n"));
        QVERIFY(text.contains("# TYPE watchfloor_feed_component_state gauge\n"));

        // Budget: two of five requests used this hour for the model.
        QCOMPARE(sampleValue(text, "watchfloor_llm_budget_used", "model=\"anthropic/claude-opus-4-6\""), QByteArray("2"));
        QCOMPARE(sampleValue(text, "watchfloor_llm_budget_limit", "model=\"anthropic/claude-opus-4-6\""), QByteArray("5"));
        QCOMPARE(sampleValue(text, "watchfloor_probe_success", "probe=\"opus\",kind=\"llm\",provider=\"anthropic\",model=\"claude-opus-4-6\""), QByteArray("1"));
        QCOMPARE(sampleValue(text, "watchfloor_probe_success", "probe=\"api-health\",kind=\"http\",provider=\"anthropic\",model=\"\""), QByteArray("0"));
        QVERIFY(!text.contains("sk-test-prom")); // the key never leaves the probe

        // The feed recovers: the exposition follows.
        health.setComponentState(QStringLiteral("anthropic"), QStringLiteral("api"), QStringLiteral("API"), HealthState::Operational, now + 1000);
        QCOMPARE(sampleValue(server.render(), "watchfloor_feed_component_state", "provider=\"anthropic\",component=\"api\""), QByteArray("0"));
    }

    void metricsConfig()
    {
        auto defaults = config::ConfigLoader::loadString("metrics:\n  prometheus: []\n", QStringLiteral("m.yaml"));
        QVERIFY2(defaults.ok(), defaults.ok() ? "" : qPrintable(defaults.error().message));
        QVERIFY(!defaults->metrics.enabled); // off unless asked
        QCOMPARE(defaults->metrics.listen, QStringLiteral("127.0.0.1"));
        QCOMPARE(defaults->metrics.port, 9464);
        auto r = config::ConfigLoader::loadString(
            "metrics:\n  enabled: true\n  listen: 127.0.0.2\n  port: 9999\n  prometheus:\n"
            "    - id: eu\n      url: http://127.0.0.1:9090\n      query: probe_success{job=\"blackbox\"}\n      provider: anthropic\n"
            "      interval: 15s\n      id_labels: [instance, region]\n",
            QStringLiteral("m.yaml"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->metrics.enabled);
        QCOMPARE(r->metrics.listen, QStringLiteral("127.0.0.2"));
        QCOMPARE(r->metrics.port, 9999);
        QCOMPARE(r->metrics.prometheus.size(), 1);
        const config::PrometheusSourceConfig &p = r->metrics.prometheus[0];
        QCOMPARE(p.id, QStringLiteral("eu"));
        QCOMPARE(p.url, QStringLiteral("http://127.0.0.1:9090"));
        QCOMPARE(p.query, QStringLiteral("probe_success{job=\"blackbox\"}"));
        QCOMPARE(p.provider, QStringLiteral("anthropic"));
        QCOMPARE(p.intervalMs, 15000);
        QCOMPARE(p.idLabels, (QStringList{QStringLiteral("instance"), QStringLiteral("region")}));

        auto badListen = config::ConfigLoader::loadString("metrics:\n  listen: localhost-ish\n", QStringLiteral("m.yaml"));
        QVERIFY(!badListen.ok());
        QVERIFY2(badListen.error().message.startsWith(QLatin1String("m.yaml:2: metrics.listen: expected an IP address")), qPrintable(badListen.error().message));
        auto badPort = config::ConfigLoader::loadString("metrics:\n  port: 70000\n", QStringLiteral("m.yaml"));
        QVERIFY(!badPort.ok());
        QVERIFY2(badPort.error().message.contains(QLatin1String("metrics.port")), qPrintable(badPort.error().message));
        auto noUrl = config::ConfigLoader::loadString("metrics:\n  prometheus:\n    - id: eu\n", QStringLiteral("m.yaml"));
        QVERIFY(!noUrl.ok());
        QVERIFY2(noUrl.error().message.contains(QLatin1String("metrics.prometheus[0].url")), qPrintable(noUrl.error().message));
        auto unknown = config::ConfigLoader::loadString("metrics:\n  bind: 127.0.0.1\n", QStringLiteral("m.yaml"));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().message.startsWith(QLatin1String("m.yaml:2: metrics.bind: unknown key")), qPrintable(unknown.error().message));
    }

    // Series that differ only by a label such as region are separate targets, never merged.
    void targetIdsKeepDistinguishingLabels()
    {
        const QByteArray body = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                                "{\"metric\":{\"instance\":\"https://api.anthropic.com\",\"job\":\"blackbox\",\"region\":\"eu\"},\"value\":[1767225600,\"1\"]},"
                                "{\"metric\":{\"instance\":\"https://api.anthropic.com\",\"job\":\"blackbox\",\"region\":\"us\"},\"value\":[1767225600,\"0\"]},"
                                "{\"metric\":{\"instance\":\"https://api.anthropic.com\",\"job\":\"blackbox\",\"region\":\"us\",\"zone\":\"b\"},\"value\":[1767225600,\"1\"]}]}}";
        auto r = metrics::PrometheusSource::parse(body);
        QVERIFY(r.ok());
        config::PrometheusSourceConfig c;
        c.id = QStringLiteral("fleet");
        metrics::PrometheusSource byDefault(c, nullptr);
        // Default: the probe/instance/job key, then region when the series has one.
        QCOMPARE(byDefault.targetFor(r->at(0)), QStringLiteral("probe:prom/fleet/https://api.anthropic.com@eu"));
        QCOMPARE(byDefault.targetFor(r->at(1)), QStringLiteral("probe:prom/fleet/https://api.anthropic.com@us"));
        // Configured: exactly these labels, in this order (missing ones left out).
        c.idLabels = {QStringLiteral("region"), QStringLiteral("zone"), QStringLiteral("instance")};
        metrics::PrometheusSource configured(c, nullptr);
        QCOMPARE(configured.targetFor(r->at(1)), QStringLiteral("probe:prom/fleet/us@https://api.anthropic.com"));
        QCOMPARE(configured.targetFor(r->at(2)), QStringLiteral("probe:prom/fleet/us@b@https://api.anthropic.com"));
        QSet<QString> ids;
        for (const auto &smp : *r)
            ids.insert(configured.targetFor(smp));
        QCOMPARE(ids.size(), 3);
        // A series without a region keeps the id it always had.
        const auto plain = metrics::PrometheusSource::parse(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{\"instance\":\"h:1\",\"job\":\"j\"},\"value\":[1,\"1\"]}]}}");
        QVERIFY(plain.ok());
        QCOMPARE(byDefault.targetFor(plain->at(0)), QStringLiteral("probe:prom/fleet/h:1"));

        // Through the HTTP API: by default eu and us arrive as two nodes; a source whose id_labels
        // leave region out merges them, and then the failing region wins, never the healthy one.
        LoopbackServer prom([&](const HttpRequest &) { return HttpReply::json(body); });
        QVERIFY(prom.listen());
        net::HttpClient http;
        auto pollOnce = [&](const QStringList &idLabels) {
            config::PrometheusSourceConfig pc;
            pc.id = QStringLiteral("fleet");
            pc.url = prom.url(QString()).toString();
            pc.idLabels = idLabels;
            metrics::PrometheusSource src(pc, &http);
            QList<store::Observation> got;
            connect(&src, &metrics::PrometheusSource::observation, this, [&](const store::Observation &o) { got << o; });
            src.poll();
            (void)QTest::qWaitFor([&] { return !got.isEmpty(); }, 5000);
            QTest::qWait(50);
            return got;
        };
        const QList<store::Observation> split = pollOnce({});
        QCOMPARE(split.size(), 2);
        QCOMPARE(split[0].target, QStringLiteral("probe:prom/fleet/https://api.anthropic.com@eu"));
        QCOMPARE(split[0].state, QStringLiteral("operational"));
        QCOMPARE(split[1].target, QStringLiteral("probe:prom/fleet/https://api.anthropic.com@us"));
        QCOMPARE(split[1].state, QStringLiteral("major_outage"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("several series map to probe:prom/fleet/https://api.anthropic.com .*region")));
        const QList<store::Observation> merged = pollOnce({QStringLiteral("instance")});
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged[0].target, QStringLiteral("probe:prom/fleet/https://api.anthropic.com"));
        QCOMPARE(merged[0].state, QStringLiteral("major_outage"));
    }

    // Watchfloor's /metrics scraped by a real Prometheus, read back through its HTTP API.
    void realPrometheusRoundTrip()
    {
        const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        QVERIFY2(!prometheus.isEmpty(), "the prometheus binary is required (Debian package prometheus, installed by scripts/deps.sh)");

        int status = 200;
        LoopbackServer target([&](const HttpRequest &) {
            HttpReply r;
            r.status = status;
            r.body = "ok";
            return r;
        });
        QVERIFY(target.listen());
        config::ProbeConfig probe;
        probe.id = QStringLiteral("api");
        probe.kind = QStringLiteral("http");
        probe.url = target.url(QStringLiteral("/health")).toString();
        probe.provider = QStringLiteral("anthropic");
        probe.intervalMs = 1000;
        probe.timeoutMs = 2000;

        net::HttpClient http;
        probes::ProbeScheduler scheduler(&http);
        scheduler.setJitter(0);
        scheduler.setProbes({probe});
        metrics::MetricsServer server;
        server.setScheduler(&scheduler);
        auto port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message));
        scheduler.start();
        QSignalSpy results(&scheduler, &probes::ProbeScheduler::resultReady);
        QTRY_VERIFY_WITH_TIMEOUT(results.size() >= 1, 5000);

        // The exposition itself.
        int code = 0;
        const QByteArray text = httpGet(http, QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(*port)), &code);
        QCOMPARE(code, 200);
        QVERIFY2(text.contains("watchfloor_probe_success{probe=\"api\",kind=\"http\",provider=\"anthropic\",model=\"\"} 1"), text.constData());
        QVERIFY(text.contains("# TYPE watchfloor_probe_duration_seconds histogram"));
        QVERIFY(text.contains("watchfloor_probe_duration_seconds_bucket{probe=\"api\",le=\"+Inf\"}"));
        QVERIFY(text.contains("watchfloor_probe_runs_total{probe=\"api\",outcome=\"ok\"}"));

        // A real Prometheus on loopback scrapes it every second, plus itself as a static target.
        QTemporaryDir dir;
        const quint16 promPort = freePort();
        QFile cfg(dir.filePath(QStringLiteral("prometheus.yml")));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n"
                  "  - job_name: watchfloor\n    static_configs:\n      - targets: ['127.0.0.1:" + QByteArray::number(*port) + "']\n"
                  "  - job_name: self\n    static_configs:\n      - targets: ['127.0.0.1:" + QByteArray::number(promPort) + "']\n");
        cfg.close();
        QProcess prom;
        prom.setProcessChannelMode(QProcess::MergedChannels);
        prom.setStandardOutputFile(dir.filePath(QStringLiteral("prometheus.log")));
        prom.start(prometheus, {QStringLiteral("--config.file=") + cfg.fileName(),
                                QStringLiteral("--storage.tsdb.path=") + dir.filePath(QStringLiteral("data")),
                                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(promPort)});
        QVERIFY(prom.waitForStarted());
        auto cleanup = qScopeGuard([&] {
            prom.terminate();
            if (!prom.waitForFinished(5000))
                prom.kill();
        });
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(promPort));
        QVERIFY2(QTest::qWaitFor([&] {
            int c = 0;
            httpGet(http, QUrl(base.toString() + QStringLiteral("/-/ready")), &c);
            return c == 200;
        }, 15000), "prometheus did not become ready");

        config::PrometheusSourceConfig sc;
        sc.id = QStringLiteral("local");
        sc.url = base.toString();
        sc.query = QStringLiteral("watchfloor_probe_success");
        sc.provider = QStringLiteral("anthropic");
        sc.intervalMs = 1000;
        metrics::PrometheusSource source(sc, &http);
        QList<store::Observation> seen;
        connect(&source, &metrics::PrometheusSource::observation, this, [&](const store::Observation &o) { seen << o; });
        source.start();
        // The first sample can take several seconds to appear.
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), 30000);
        QCOMPARE(seen.constLast().source, QStringLiteral("prometheus"));
        QCOMPARE(seen.constLast().target, QStringLiteral("probe:prom/local/api"));
        QCOMPARE(seen.constLast().state, QStringLiteral("operational"));

        // The probed service breaks: the probe reports 0, Prometheus scrapes it, the source reads it.
        status = 500;
        QTRY_VERIFY_WITH_TIMEOUT(seen.constLast().state == QLatin1String("major_outage"), 30000);
        QCOMPARE(seen.constLast().errorClass, QStringLiteral("prometheus_down"));

        // The static target: Prometheus's own "up" series.
        metrics::PrometheusSource up({QStringLiteral("self"), base.toString(), QStringLiteral("up{job=\"self\"}"), {}, {}, 1000}, &http);
        QList<store::Observation> ups;
        connect(&up, &metrics::PrometheusSource::observation, this, [&](const store::Observation &o) { ups << o; });
        up.start();
        QTRY_VERIFY_WITH_TIMEOUT(!ups.isEmpty() && ups.constLast().state == QLatin1String("operational"), 30000);
        QCOMPARE(ups.constLast().target, QStringLiteral("probe:prom/self/127.0.0.1:%1").arg(promPort));

        // A wrong query is reported, not swallowed.
        metrics::PrometheusSource bad({QStringLiteral("bad"), base.toString(), QStringLiteral("sum(("), {}, {}, 1000}, &http);
        QSignalSpy failed(&bad, &metrics::PrometheusSource::failed);
        bad.poll();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
    }

    // A real blackbox_exporter probes a loopback target for two "regions"; a real Prometheus
    // scrapes it (job="blackbox"); PrometheusSource reads probe_success back per region.
    void realBlackboxExporterThroughPrometheus()
    {
        const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        QVERIFY2(!prometheus.isEmpty(), "the prometheus binary is required (Debian package prometheus, installed by scripts/deps.sh)");
        const QString blackbox = QStandardPaths::findExecutable(QStringLiteral("prometheus-blackbox-exporter"));
        QVERIFY2(!blackbox.isEmpty(), "blackbox_exporter is required (Debian package prometheus-blackbox-exporter, installed by scripts/deps.sh)");

        int status = 200;
        LoopbackServer target([&](const HttpRequest &) {
            HttpReply r;
            r.status = status;
            r.body = "ok";
            return r;
        });
        QVERIFY(target.listen());
        const QString targetUrl = target.url(QStringLiteral("/health")).toString();

        QTemporaryDir dir;
        net::HttpClient http;
        auto stop = [](QProcess &p) {
            p.terminate();
            if (!p.waitForFinished(5000))
                p.kill();
        };
        const quint16 bbPort = freePort();
        QProcess bb;
        bb.setProcessChannelMode(QProcess::MergedChannels);
        bb.setStandardOutputFile(dir.filePath(QStringLiteral("blackbox.log")));
        bb.start(blackbox, {QStringLiteral("--config.file=" WF_TEST_DATA_DIR "/prometheus/blackbox.yml"),
                            QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(bbPort)});
        QVERIFY(bb.waitForStarted());
        auto stopBb = qScopeGuard([&] { stop(bb); });
        const QUrl direct(QStringLiteral("http://127.0.0.1:%1/probe?module=http_2xx&target=%2")
                              .arg(bbPort).arg(QString::fromLatin1(QUrl::toPercentEncoding(targetUrl))));
        QByteArray answer;
        QVERIFY2(QTest::qWaitFor([&] {
            int c = 0;
            answer = httpGet(http, direct, &c);
            return c == 200;
        }, 15000), "blackbox_exporter did not answer");
        // The exporter itself sees the target up (so a later 0 is the target's doing).
        QVERIFY2(answer.contains("\nprobe_success 1\n"), answer.constData());

        const quint16 promPort = freePort();
        QFile cfg(dir.filePath(QStringLiteral("prometheus.yml")));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        const QByteArray t = targetUrl.toUtf8();
        cfg.write("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n"
                  "  - job_name: blackbox\n    metrics_path: /probe\n    params:\n      module: [http_2xx]\n"
                  "    static_configs:\n"
                  "      - targets: ['" + t + "']\n        labels:\n          region: eu\n"
                  "      - targets: ['" + t + "']\n        labels:\n          region: us\n"
                  "    relabel_configs:\n"
                  "      - source_labels: [__address__]\n        target_label: __param_target\n"
                  "      - source_labels: [__param_target]\n        target_label: instance\n"
                  "      - target_label: __address__\n        replacement: 127.0.0.1:" + QByteArray::number(bbPort) + "\n");
        cfg.close();
        QProcess prom;
        prom.setProcessChannelMode(QProcess::MergedChannels);
        prom.setStandardOutputFile(dir.filePath(QStringLiteral("prometheus.log")));
        prom.start(prometheus, {QStringLiteral("--config.file=") + cfg.fileName(),
                                QStringLiteral("--storage.tsdb.path=") + dir.filePath(QStringLiteral("data")),
                                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(promPort)});
        QVERIFY(prom.waitForStarted());
        auto stopProm = qScopeGuard([&] { stop(prom); });
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(promPort));
        QVERIFY2(QTest::qWaitFor([&] {
            int c = 0;
            httpGet(http, QUrl(base.toString() + QStringLiteral("/-/ready")), &c);
            return c == 200;
        }, 15000), "prometheus did not become ready");

        config::PrometheusSourceConfig sc;
        sc.id = QStringLiteral("bb");
        sc.url = base.toString();
        sc.query = QStringLiteral("probe_success{job=\"blackbox\"}");
        sc.provider = QStringLiteral("anthropic");
        sc.intervalMs = 1000;
        metrics::PrometheusSource source(sc, &http);
        QHash<QString, store::Observation> latest;
        connect(&source, &metrics::PrometheusSource::observation, this, [&](const store::Observation &o) { latest.insert(o.target, o); });
        source.start();
        const QString eu = QStringLiteral("probe:prom/bb/") + targetUrl + QStringLiteral("@eu");
        const QString us = QStringLiteral("probe:prom/bb/") + targetUrl + QStringLiteral("@us");
        auto both = [&](const char *state) {
            return latest.contains(eu) && latest.contains(us) && latest.value(eu).state == QLatin1String(state)
                && latest.value(us).state == QLatin1String(state);
        };
        QTRY_VERIFY_WITH_TIMEOUT(both("operational"), 30000);
        QCOMPARE(latest.size(), 2); // one node per region, none merged
        QCOMPARE(latest.value(eu).source, QStringLiteral("prometheus"));
        QVERIFY(target.requestCount() >= 2);

        // The target starts failing: blackbox reports probe_success 0 in both regions.
        status = 500;
        QTRY_VERIFY_WITH_TIMEOUT(both("major_outage"), 30000);
        QCOMPARE(latest.value(eu).errorClass, QStringLiteral("prometheus_down"));
        QVERIFY(latest.value(us).detail.endsWith(QStringLiteral("= 0")));
        // ... and recovers.
        status = 200;
        QTRY_VERIFY_WITH_TIMEOUT(both("operational"), 30000);
    }
};

QTEST_GUILESS_MAIN(TstPrometheus)
#include "tst_prometheus.moc"
