#pragma once

#include "core/result.h"
#include "probes/probe.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <array>
#include <memory>

class QHttpServer;

namespace wf::probes { class ProbeScheduler; }
namespace wf::health { class HealthEngine; }
namespace wf::topology { class Graph; }

namespace wf::metrics {

// Serves GET /metrics in the Prometheus text format (version 0.0.4): probe success, latency
// histograms, run counters by outcome, LLM budget, node states and feed component states.
// Off by default; binds to loopback unless configured otherwise.
class MetricsServer : public QObject
{
    Q_OBJECT
public:
    explicit MetricsServer(QObject *parent = nullptr);
    ~MetricsServer() override;

    void setScheduler(probes::ProbeScheduler *scheduler);
    void setHealth(health::HealthEngine *health, const topology::Graph *graph);

    // Starts listening; returns the bound port (useful with port 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }

    QByteArray render() const;

    static QByteArray escapeLabel(const QString &value);
    static const std::array<double, 9> &latencyBuckets();

private:
    struct ProbeSeries
    {
        std::array<quint64, 9> buckets{}; // cumulative at render time; stored per bucket here
        quint64 count = 0;
        double sum = 0;
        QHash<QString, quint64> outcomes;
    };
    void record(const probes::ProbeResult &result);

    std::unique_ptr<QHttpServer> m_server;
    QPointer<probes::ProbeScheduler> m_scheduler;
    QPointer<health::HealthEngine> m_health;
    const topology::Graph *m_graph = nullptr;
    QHash<QString, ProbeSeries> m_series;
    quint16 m_port = 0;
};

} // namespace wf::metrics
