#include "loopbackserver.h"
#include "metrics/metricsserver.h"
#include "metrics/prometheussource.h"
#include "net/httpclient.h"
#include "probes/probescheduler.h"

#include <QFile>
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
};

QTEST_GUILESS_MAIN(TstPrometheus)
#include "tst_prometheus.moc"
