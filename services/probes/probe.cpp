#include "probe.h"
#include "core/clock.h"

#include "probes/authprobe.h"
#include "probes/dnsprobe.h"
#include "probes/httpprobe.h"
#include "probes/llmprobe.h"
#include "probes/tcpprobe.h"
#include "probes/tlsprobe.h"

#include <QDateTime>
#include <QUrl>

namespace wf::probes {

QString outcomeKey(Outcome o)
{
    switch (o) {
    case Outcome::Ok: return QStringLiteral("ok");
    case Outcome::ConditionFailed: return QStringLiteral("condition_failed");
    case Outcome::RateLimited: return QStringLiteral("rate_limited");
    case Outcome::Overloaded: return QStringLiteral("overloaded");
    case Outcome::ServerError: return QStringLiteral("server_error");
    case Outcome::Auth: return QStringLiteral("auth");
    case Outcome::ClientError: return QStringLiteral("client_error");
    case Outcome::Timeout: return QStringLiteral("timeout");
    case Outcome::Connection: return QStringLiteral("connection");
    case Outcome::Dns: return QStringLiteral("dns");
    case Outcome::Tls: return QStringLiteral("tls");
    case Outcome::BadResponse: return QStringLiteral("bad_response");
    case Outcome::ConfigError: return QStringLiteral("config");
    }
    return QStringLiteral("ok");
}

QString outcomeLabel(Outcome o)
{
    switch (o) {
    case Outcome::Ok: return QCoreApplication::translate("wf::probes::Outcome", "OK");
    case Outcome::ConditionFailed: return QCoreApplication::translate("wf::probes::Outcome", "Condition failed");
    case Outcome::RateLimited: return QCoreApplication::translate("wf::probes::Outcome", "Rate limited (429)");
    case Outcome::Overloaded: return QCoreApplication::translate("wf::probes::Outcome", "Overloaded (529)");
    case Outcome::ServerError: return QCoreApplication::translate("wf::probes::Outcome", "Server error (5xx)");
    case Outcome::Auth: return QCoreApplication::translate("wf::probes::Outcome", "Authentication error (401/403)");
    case Outcome::ClientError: return QCoreApplication::translate("wf::probes::Outcome", "Request rejected (4xx)");
    case Outcome::Timeout: return QCoreApplication::translate("wf::probes::Outcome", "Timeout");
    case Outcome::Connection: return QCoreApplication::translate("wf::probes::Outcome", "Connection error");
    case Outcome::Dns: return QCoreApplication::translate("wf::probes::Outcome", "DNS error");
    case Outcome::Tls: return QCoreApplication::translate("wf::probes::Outcome", "TLS error");
    case Outcome::BadResponse: return QCoreApplication::translate("wf::probes::Outcome", "Bad response");
    case Outcome::ConfigError: return QCoreApplication::translate("wf::probes::Outcome", "Configuration error");
    }
    return {};
}

HealthState outcomeState(Outcome o, bool softOnly)
{
    switch (o) {
    case Outcome::Ok: return HealthState::Operational;
    case Outcome::ConditionFailed: return softOnly ? HealthState::Degraded : HealthState::PartialOutage;
    case Outcome::RateLimited: return HealthState::Degraded;
    case Outcome::Auth: return HealthState::Degraded; // often our key, but the path is still unusable
    case Outcome::Overloaded:
    case Outcome::BadResponse:
    case Outcome::ClientError: return HealthState::PartialOutage;
    case Outcome::ServerError:
    case Outcome::Timeout:
    case Outcome::Connection:
    case Outcome::Dns:
    case Outcome::Tls: return HealthState::MajorOutage;
    case Outcome::ConfigError: return HealthState::Unknown; // says nothing about the target
    }
    return HealthState::Unknown;
}

store::Observation ProbeResult::toObservation() const
{
    store::Observation o;
    o.tsMs = tsMs;
    o.source = QStringLiteral("probe");
    o.target = QStringLiteral("probe:") + probeId;
    o.state = stateKey(state);
    o.latencyMs = latencyMs;
    o.httpStatus = httpStatus;
    o.errorClass = selfOffline ? QStringLiteral("self_offline") : outcome == Outcome::Ok ? QString() : outcomeKey(outcome);
    o.detail = detail;
    return o;
}

QString Probe::hostKey() const
{
    if (!m_config.url.isEmpty()) {
        const QUrl u(m_config.url);
        return u.host() + QLatin1Char(':') + QString::number(u.port(u.scheme() == QLatin1String("https") ? 443 : 80));
    }
    return m_config.host + QLatin1Char(':') + QString::number(m_config.port);
}

ProbeResult Probe::start() const
{
    ProbeResult r;
    r.probeId = m_config.id;
    r.kind = m_config.kind;
    r.tsMs = wf::clock::nowMs();
    return r;
}

std::unique_ptr<Probe> Probe::create(const config::ProbeConfig &config, net::HttpClient *http)
{
    const QString &k = config.kind;
    if (k == QLatin1String("http"))
        return std::make_unique<HttpProbe>(config, http);
    if (k == QLatin1String("auth"))
        return std::make_unique<AuthProbe>(config, http);
    if (k == QLatin1String("llm"))
        return std::make_unique<LlmProbe>(config, http);
    if (k == QLatin1String("tcp"))
        return std::make_unique<TcpProbe>(config);
    if (k == QLatin1String("dns"))
        return std::make_unique<DnsProbe>(config);
    if (k == QLatin1String("tls"))
        return std::make_unique<TlsProbe>(config);
    return nullptr;
}

} // namespace wf::probes
