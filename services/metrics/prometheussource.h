#pragma once

#include "config/config.h"
#include "core/result.h"
#include "store/store.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace wf::net { class HttpClient; }

namespace wf::metrics {

// One series of an instant query.
struct PromSample
{
    QMap<QString, QString> labels;
    qint64 tsMs = 0;
    double value = 0;
};

// Polls a Prometheus server's HTTP API (/api/v1/query) and turns each series into an Observation
// (source "prometheus", target "probe:prom/<source id>/<series>"), so blackbox_exporter fleets in
// other regions feed the same graph. A value of 1 is up, 0 is down (probe_success, up).
class PrometheusSource : public QObject
{
    Q_OBJECT
public:
    PrometheusSource(config::PrometheusSourceConfig config, net::HttpClient *http, QObject *parent = nullptr);

    const config::PrometheusSourceConfig &config() const { return m_config; }
    void start();
    void stop() { m_timer.stop(); }
    void poll();

    // Parses an instant-query answer (resultType vector or scalar).
    static Result<QList<PromSample>> parse(const QByteArray &body);
    // Node id for a series: the values of the configured id_labels joined by '@'; without
    // id_labels the "probe" label, else "instance", else the job, then "@<region>" if present.
    QString targetFor(const PromSample &sample) const;
    // The node the series speak for (model, provider or nothing).
    QString ownerNode() const;

signals:
    void observation(const wf::store::Observation &observation);
    void failed(const QString &message);

private:
    config::PrometheusSourceConfig m_config;
    net::HttpClient *m_http;
    QTimer m_timer;
    bool m_inFlight = false;
    QSet<QString> m_mergeWarned; // targets already warned about (several series, one node)
};

} // namespace wf::metrics
