#include "metricsserver.h"

#include "core/logging.h"
#include "health/healthengine.h"
#include "probes/probescheduler.h"
#include "topology/graph.h"

#include <QHttpServer>
#include <QHttpServerResponse>

namespace wf::metrics {

MetricsServer::MetricsServer(QObject *parent)
    : QObject(parent)
{
}

MetricsServer::~MetricsServer() = default;

const std::array<double, 9> &MetricsServer::latencyBuckets()
{
    static const std::array<double, 9> b = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};
    return b;
}

void MetricsServer::setScheduler(probes::ProbeScheduler *scheduler)
{
    m_scheduler = scheduler;
    if (scheduler)
        connect(scheduler, &probes::ProbeScheduler::resultReady, this, &MetricsServer::record);
}

void MetricsServer::setHealth(health::HealthEngine *health, const topology::Graph *graph)
{
    m_health = health;
    m_graph = graph;
}

void MetricsServer::record(const probes::ProbeResult &r)
{
    ProbeSeries &s = m_series[r.probeId];
    s.outcomes[r.selfOffline ? QStringLiteral("self_offline") : probes::outcomeKey(r.outcome)]++;
    if (r.latencyMs < 0)
        return;
    const double sec = r.latencyMs / 1000.0;
    ++s.count;
    s.sum += sec;
    const auto &b = latencyBuckets();
    for (std::size_t i = 0; i < b.size(); ++i)
        if (sec <= b[i])
            ++s.buckets[i];
}

Result<quint16> MetricsServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server) {
        m_server = std::make_unique<QHttpServer>();
        m_server->route(QStringLiteral("/metrics"), [this] {
            return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"), render());
        });
    }
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        return Error{QStringLiteral("metrics.listen"), tr("cannot listen on %1:%2 for /metrics").arg(address.toString()).arg(port)};
    m_port = bound;
    qCInfo(lcProbes).noquote() << "Prometheus metrics on" << QStringLiteral("http://%1:%2/metrics").arg(address.toString()).arg(bound);
    return bound;
}

QByteArray MetricsServer::escapeLabel(const QString &value)
{
    QByteArray out;
    for (char c : value.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

static QByteArray num(double v)
{
    return QByteArray::number(v, 'g', 10);
}

QByteArray MetricsServer::render() const
{
    QByteArray out;
    auto lbl = [](const QString &v) { return escapeLabel(v); };
    if (m_scheduler) {
        const QStringList ids = m_scheduler->probeIds();
        out += "# HELP watchfloor_probe_success Whether the last run of the probe succeeded (1) or not (0).\n"
               "# TYPE watchfloor_probe_success gauge\n";
        for (const QString &id : ids) {
            const auto st = m_scheduler->status(id);
            if (!st.last)
                continue;
            out += "watchfloor_probe_success{probe=\"" + lbl(id) + "\",kind=\"" + lbl(st.config.kind) + "\",provider=\""
                + lbl(st.config.provider) + "\",model=\"" + lbl(st.config.model) + "\"} " + (st.last->ok() ? "1" : "0") + '\n';
        }
        out += "# HELP watchfloor_probe_state Health state rank of the last run (0 operational .. 5 major outage).\n"
               "# TYPE watchfloor_probe_state gauge\n";
        for (const QString &id : ids) {
            const auto st = m_scheduler->status(id);
            if (st.last)
                out += "watchfloor_probe_state{probe=\"" + lbl(id) + "\"} " + QByteArray::number(rank(st.last->state)) + '\n';
        }
        out += "# HELP watchfloor_probe_duration_seconds Probe latency.\n# TYPE watchfloor_probe_duration_seconds histogram\n";
        for (const QString &id : ids) {
            const auto it = m_series.constFind(id);
            if (it == m_series.constEnd())
                continue;
            const auto &b = latencyBuckets();
            for (std::size_t i = 0; i < b.size(); ++i)
                out += "watchfloor_probe_duration_seconds_bucket{probe=\"" + lbl(id) + "\",le=\"" + num(b[i]) + "\"} "
                    + QByteArray::number(it->buckets[i]) + '\n';
            out += "watchfloor_probe_duration_seconds_bucket{probe=\"" + lbl(id) + "\",le=\"+Inf\"} " + QByteArray::number(it->count) + '\n';
            out += "watchfloor_probe_duration_seconds_sum{probe=\"" + lbl(id) + "\"} " + num(it->sum) + '\n';
            out += "watchfloor_probe_duration_seconds_count{probe=\"" + lbl(id) + "\"} " + QByteArray::number(it->count) + '\n';
        }
        out += "# HELP watchfloor_probe_runs_total Probe runs by outcome.\n# TYPE watchfloor_probe_runs_total counter\n";
        for (auto it = m_series.constBegin(); it != m_series.constEnd(); ++it)
            for (auto o = it->outcomes.constBegin(); o != it->outcomes.constEnd(); ++o)
                out += "watchfloor_probe_runs_total{probe=\"" + lbl(it.key()) + "\",outcome=\"" + lbl(o.key()) + "\"} " + QByteArray::number(*o) + '\n';
        out += "# HELP watchfloor_llm_budget_used LLM probe requests in the last hour per model.\n# TYPE watchfloor_llm_budget_used gauge\n";
        QByteArray limits = "# HELP watchfloor_llm_budget_limit LLM probe requests allowed per hour per model.\n# TYPE watchfloor_llm_budget_limit gauge\n";
        QSet<QString> models;
        for (const QString &id : ids) {
            const auto st = m_scheduler->status(id);
            if (st.budgetLimit <= 0 || models.contains(st.modelKey))
                continue;
            models.insert(st.modelKey);
            out += "watchfloor_llm_budget_used{model=\"" + lbl(st.modelKey) + "\"} " + QByteArray::number(st.budgetUsed) + '\n';
            limits += "watchfloor_llm_budget_limit{model=\"" + lbl(st.modelKey) + "\"} " + QByteArray::number(st.budgetLimit) + '\n';
        }
        out += limits;
    }
    if (m_health && m_graph) {
        out += "# HELP watchfloor_node_state Rolled-up health of each node (0 operational, 1 maintenance, 2 unknown, 3 degraded, 4 partial, 5 major).\n"
               "# TYPE watchfloor_node_state gauge\n";
        QByteArray feed = "# HELP watchfloor_feed_component_state Component state as the provider's status feed reports it.\n"
                          "# TYPE watchfloor_feed_component_state gauge\n";
        for (int i = 0; i < m_graph->nodeCount(); ++i) {
            const topology::Node &n = m_graph->node(i);
            const HealthState s = m_health->state(n.id);
            out += "watchfloor_node_state{node=\"" + lbl(n.id) + "\",kind=\"" + lbl(topology::nodeKindKey(n.kind)) + "\"} "
                + QByteArray::number(rank(s)) + '\n';
            if (n.kind == topology::NodeKind::Component)
                feed += "watchfloor_feed_component_state{provider=\"" + lbl(n.provider) + "\",component=\""
                    + lbl(n.id.mid(n.id.indexOf(QLatin1Char('/')) + 1)) + "\"} " + QByteArray::number(rank(s)) + '\n';
        }
        out += feed;
    }
    return out;
}

} // namespace wf::metrics
