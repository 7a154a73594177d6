#include "httpprobe.h"

#include "core/logging.h"
#include "probes/certificatereader.h"

#include <QDateTime>
#include <QPointer>
#include <QUrl>

namespace wf::probes {

HttpProbe::HttpProbe(config::ProbeConfig config, net::HttpClient *http)
    : Probe(std::move(config))
    , m_http(http)
{
    setDefaultConditions({});
}

void HttpProbe::setDefaultConditions(const QStringList &defaults)
{
    m_conditions.clear();
    m_problem.clear();
    m_needsCert = false;
    const QStringList texts = config().conditions.isEmpty() ? defaults : config().conditions;
    for (const QString &text : texts) {
        auto c = Condition::parse(text);
        if (!c) {
            m_problem = c.error().message;
            continue;
        }
        m_needsCert = m_needsCert || c->needsCertificate();
        m_conditions << *c;
    }
}

Outcome HttpProbe::classify(const net::Response &r)
{
    using net::NetError;
    switch (r.error) {
    case NetError::None: break;
    case NetError::Timeout: return Outcome::Timeout;
    case NetError::Dns: return Outcome::Dns;
    case NetError::Tls: return Outcome::Tls;
    case NetError::BodyTooLarge:
    case NetError::Protocol: return Outcome::BadResponse;
    default: return Outcome::Connection;
    }
    if (r.status == 429)
        return Outcome::RateLimited;
    if (r.status == 529)
        return Outcome::Overloaded;
    if (r.status >= 500)
        return Outcome::ServerError;
    if (r.status == 401 || r.status == 403)
        return Outcome::Auth;
    if (r.status >= 400)
        return Outcome::ClientError;
    if (r.status < 100)
        return Outcome::BadResponse;
    return Outcome::Ok;
}

void HttpProbe::run(QObject *context, std::function<void(ProbeResult)> done)
{
    ProbeResult result = start();
    if (!m_problem.isEmpty()) {
        result.outcome = Outcome::ConfigError;
        result.state = HealthState::Unknown;
        result.detail = m_problem;
        QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    net::Request req;
    req.url = QUrl(config().url);
    req.method = config().method.toLatin1();
    req.timeoutMs = config().timeoutMs;
    req.connectTimeoutMs = std::min(config().timeoutMs, 10000);
    req.maxBodyBytes = 1024 * 1024;
    req.freshConnection = true; // measure DNS + connect + TLS every time, like a new client would
    QPointer<QObject> guard(context);
    m_http->send(req, context, [this, guard, result, done](const net::Response &response) {
        const QUrl url(config().url);
        if (m_needsCert && url.scheme() == QLatin1String("https") && response.error != net::NetError::Dns) {
            CertificateReader::read(url.host(), quint16(url.port(443)), config().timeoutMs, guard,
                                    [this, result, response, done](const CertificateInfo &info) {
                std::optional<qint64> remaining;
                if (info.expiry.isValid())
                    remaining = QDateTime::currentDateTimeUtc().msecsTo(info.expiry);
                evaluate(result, response, remaining, done);
            });
            return;
        }
        evaluate(result, response, std::nullopt, done);
    });
}

void HttpProbe::evaluate(ProbeResult result, const net::Response &response, std::optional<qint64> certRemaining,
                         const std::function<void(ProbeResult)> &done) const
{
    result.httpStatus = response.status;
    result.certRemainingMs = certRemaining;
    if (response.error == net::NetError::None)
        result.latencyMs = response.timing.totalMs;
    const Outcome statusClass = classify(response);
    ConditionInput in;
    in.status = response.status;
    in.latencyMs = result.latencyMs;
    in.body = response.body;
    in.headers = response.headers;
    in.certRemainingMs = certRemaining;
    bool allPass = true;
    bool softOnly = true;
    QStringList failed;
    for (const Condition &c : m_conditions) {
        ConditionResult cr = c.evaluate(in);
        if (!cr.pass) {
            allPass = false;
            softOnly = softOnly && c.isSoft() && !(c.needsCertificate() && certRemaining && *certRemaining <= 0);
            failed << cr.text + QStringLiteral(" (") + cr.actual + QLatin1Char(')');
        }
        result.conditions << cr;
    }
    if (response.error != net::NetError::None) {
        result.outcome = statusClass;
        result.detail = response.errorText;
    } else if (m_conditions.isEmpty()) {
        result.outcome = statusClass;
        result.detail = QStringLiteral("HTTP %1").arg(response.status);
    } else if (allPass) {
        result.outcome = Outcome::Ok;
        result.detail = QStringLiteral("HTTP %1").arg(response.status);
    } else {
        // A failing status class says more than "a condition failed".
        result.outcome = statusClass == Outcome::Ok ? Outcome::ConditionFailed : statusClass;
        result.detail = tr("failed: %1").arg(failed.join(QStringLiteral("; ")));
    }
    if (!detailPrefix.isEmpty())
        result.detail = detailPrefix + result.detail;
    result.state = outcomeState(result.outcome, softOnly);
    qCDebug(lcProbes).noquote() << "probe" << result.probeId << outcomeKey(result.outcome) << result.detail;
    done(result);
}

} // namespace wf::probes
