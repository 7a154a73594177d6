#include "tlsprobe.h"

#include "probes/certificatereader.h"

#include <QDateTime>
#include <QPointer>

namespace wf::probes {

TlsProbe::TlsProbe(config::ProbeConfig cfg)
    : Probe(std::move(cfg))
{
    const QStringList texts = config().conditions.isEmpty() ? QStringList{QStringLiteral("cert_expiry > 14d")} : config().conditions;
    for (const QString &t : texts) {
        auto c = Condition::parse(t);
        if (c)
            m_conditions << *c;
        else
            m_problem = c.error().message;
    }
}

void TlsProbe::run(QObject *context, std::function<void(ProbeResult)> done)
{
    ProbeResult base = start();
    if (!m_problem.isEmpty()) {
        base.outcome = Outcome::ConfigError;
        base.state = HealthState::Unknown;
        base.detail = m_problem;
        QMetaObject::invokeMethod(context, [done, base] { done(base); }, Qt::QueuedConnection);
        return;
    }
    const int port = config().port > 0 ? config().port : 443;
    const QList<Condition> conditions = m_conditions;
    CertificateReader::read(config().host, quint16(port), config().timeoutMs, context, [base, conditions, done](const CertificateInfo &info) {
        ProbeResult r = base;
        using F = CertificateInfo::Failure;
        if (info.failure != F::None) {
            r.outcome = info.failure == F::Dns ? Outcome::Dns : info.failure == F::Connect ? Outcome::Connection
                      : info.failure == F::Timeout ? Outcome::Timeout : Outcome::Tls;
            r.state = outcomeState(r.outcome);
            r.detail = info.error;
            done(r);
            return;
        }
        r.latencyMs = info.elapsedMs;
        const qint64 remaining = QDateTime::currentDateTimeUtc().msecsTo(info.expiry);
        r.certRemainingMs = remaining;
        ConditionInput in;
        in.latencyMs = info.elapsedMs;
        in.certRemainingMs = remaining;
        bool allPass = true;
        bool softOnly = remaining > 0;
        QStringList failed;
        for (const Condition &c : conditions) {
            ConditionResult cr = c.evaluate(in);
            if (!cr.pass) {
                allPass = false;
                softOnly = softOnly && c.isSoft();
                failed << cr.text;
            }
            r.conditions << cr;
        }
        const QString expiry = info.expiry.toUTC().toString(Qt::ISODate);
        if (remaining <= 0) {
            r.outcome = Outcome::Tls;
            r.detail = tr("certificate of %1 expired at %2").arg(info.subject, expiry);
        } else if (!info.verifyErrors.isEmpty()) {
            r.outcome = Outcome::Tls;
            r.detail = tr("certificate not trusted: %1 (expires %2)").arg(info.verifyErrors.join(QStringLiteral("; ")), expiry);
        } else if (!allPass) {
            r.outcome = Outcome::ConditionFailed;
            r.detail = tr("certificate expires %1; failed: %2").arg(expiry, failed.join(QStringLiteral("; ")));
        } else {
            r.outcome = Outcome::Ok;
            r.detail = tr("certificate expires %1").arg(expiry);
        }
        r.state = outcomeState(r.outcome, softOnly);
        done(r);
    });
}

} // namespace wf::probes
