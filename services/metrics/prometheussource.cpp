#include "prometheussource.h"

#include "core/healthstate.h"
#include "core/logging.h"
#include "net/httpclient.h"
#include "topology/topologybuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <cmath>

namespace wf::metrics {

PrometheusSource::PrometheusSource(config::PrometheusSourceConfig config, net::HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(http)
{
    connect(&m_timer, &QTimer::timeout, this, &PrometheusSource::poll);
}

void PrometheusSource::start()
{
    m_timer.start(std::max(1000, m_config.intervalMs));
    poll();
}

QString PrometheusSource::ownerNode() const
{
    if (!m_config.provider.isEmpty() && !m_config.model.isEmpty())
        return topology::ids::model(m_config.provider, m_config.model);
    if (!m_config.provider.isEmpty())
        return topology::ids::provider(m_config.provider);
    return {};
}

QString PrometheusSource::targetFor(const PromSample &s) const
{
    // A fleet runs the same check from several places: series that differ by region (or by a
    // configured label) are separate nodes, or one region's failure would hide behind another's
    // success.
    QStringList parts;
    for (const QString &label : m_config.idLabels) {
        const QString v = s.labels.value(label);
        if (!v.isEmpty())
            parts << v;
    }
    if (parts.isEmpty()) {
        QString key = s.labels.value(QStringLiteral("probe"));
        if (key.isEmpty())
            key = s.labels.value(QStringLiteral("instance"));
        if (key.isEmpty())
            key = s.labels.value(QStringLiteral("job"), QStringLiteral("value"));
        parts << key;
        if (m_config.idLabels.isEmpty() && s.labels.contains(QStringLiteral("region")))
            parts << s.labels.value(QStringLiteral("region"));
    }
    return QStringLiteral("probe:prom/%1/%2").arg(m_config.id, parts.join(QLatin1Char('@')));
}

Result<QList<PromSample>> PrometheusSource::parse(const QByteArray &body)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("prometheus.parse"), tr("not a Prometheus API answer: %1").arg(err.errorString())};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("status")).toString() != QLatin1String("success"))
        return Error{QStringLiteral("prometheus.query"), tr("query failed: %1 %2").arg(root.value(QStringLiteral("errorType")).toString(),
                                                                                       root.value(QStringLiteral("error")).toString())};
    const QJsonObject data = root.value(QStringLiteral("data")).toObject();
    const QString type = data.value(QStringLiteral("resultType")).toString();
    auto sampleFrom = [](const QJsonArray &pair, PromSample &s) {
        bool ok = false;
        s.tsMs = qint64(pair.at(0).toDouble() * 1000.0);
        s.value = pair.at(1).toString().toDouble(&ok);
        if (!ok)
            s.value = std::nan("");
        return pair.size() == 2;
    };
    QList<PromSample> out;
    if (type == QLatin1String("scalar")) {
        PromSample s;
        if (!sampleFrom(data.value(QStringLiteral("result")).toArray(), s))
            return Error{QStringLiteral("prometheus.parse"), tr("malformed scalar result")};
        out << s;
        return out;
    }
    if (type != QLatin1String("vector"))
        return Error{QStringLiteral("prometheus.parse"), tr("expected an instant vector, got \"%1\"").arg(type)};
    for (const QJsonValue &v : data.value(QStringLiteral("result")).toArray()) {
        const QJsonObject o = v.toObject();
        PromSample s;
        const QJsonObject metric = o.value(QStringLiteral("metric")).toObject();
        for (auto it = metric.begin(); it != metric.end(); ++it)
            s.labels.insert(it.key(), it.value().toString());
        if (!sampleFrom(o.value(QStringLiteral("value")).toArray(), s))
            return Error{QStringLiteral("prometheus.parse"), tr("malformed sample")};
        out << s;
    }
    return out;
}

void PrometheusSource::poll()
{
    if (m_inFlight)
        return;
    QUrl url(m_config.url);
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v1/query"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), m_config.query);
    url.setQuery(q);
    net::Request req;
    req.url = url;
    req.timeoutMs = std::min(10000, std::max(1000, m_config.intervalMs));
    m_inFlight = true;
    m_http->send(req, this, [this](const net::Response &r) {
        m_inFlight = false;
        if (!r.ok() || r.status != 200) {
            const QString why = r.ok() ? QStringLiteral("HTTP %1").arg(r.status) : r.errorText;
            qCWarning(lcProbes).noquote() << "Prometheus source" << m_config.id << ":" << why;
            emit failed(why);
            return;
        }
        auto samples = parse(r.body);
        if (!samples) {
            qCWarning(lcProbes).noquote() << "Prometheus source" << m_config.id << ":" << samples.error().message;
            emit failed(samples.error().message);
            return;
        }
        // Several series can still land on one node (labels not in id_labels): the worst wins, so
        // a failing region is never hidden by a healthy one, and the operator is told once.
        QList<QString> order;
        QHash<QString, PromSample> byTarget;
        for (const PromSample &s : *samples) {
            const QString target = targetFor(s);
            auto it = byTarget.find(target);
            if (it == byTarget.end()) {
                order << target;
                byTarget.insert(target, s);
                continue;
            }
            if (!m_mergeWarned.contains(target)) {
                m_mergeWarned.insert(target);
                QStringList differ;
                for (auto l = s.labels.cbegin(); l != s.labels.cend(); ++l)
                    if (it->labels.value(l.key()) != l.value())
                        differ << l.key();
                for (auto l = it->labels.cbegin(); l != it->labels.cend(); ++l)
                    if (!s.labels.contains(l.key()))
                        differ << l.key();
                qCWarning(lcProbes).noquote() << "Prometheus source" << m_config.id << ": several series map to" << target
                                              << "- they differ in" << differ.join(QStringLiteral(", "))
                                              << "; list the distinguishing labels in id_labels";
            }
            if (std::isnan(it->value) || (!std::isnan(s.value) && s.value < it->value))
                *it = s;
        }
        for (const QString &target : std::as_const(order)) {
            const PromSample &s = byTarget[target];
            store::Observation o;
            o.tsMs = s.tsMs;
            o.source = QStringLiteral("prometheus");
            o.target = target;
            const bool known = !std::isnan(s.value);
            o.state = stateKey(!known ? HealthState::Unknown : s.value >= 1.0 ? HealthState::Operational : HealthState::MajorOutage);
            o.errorClass = known && s.value < 1.0 ? QStringLiteral("prometheus_down") : QString();
            o.detail = QStringLiteral("%1 = %2").arg(m_config.query).arg(s.value);
            emit observation(o);
        }
    });
}

} // namespace wf::metrics
