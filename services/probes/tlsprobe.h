#pragma once

#include "probes/probe.h"

#include <QCoreApplication>

namespace wf::probes {

// TLS handshake with host:port and the leaf certificate's expiry. Conditions default to
// "cert_expiry > 14d": a certificate about to expire is Degraded, an expired or untrusted one an
// outage.
class TlsProbe : public Probe
{
    Q_DECLARE_TR_FUNCTIONS(wf::probes::TlsProbe)
public:
    explicit TlsProbe(config::ProbeConfig config);
    QString configProblem() const override { return m_problem; }
    void run(QObject *context, std::function<void(ProbeResult)> done) override;

private:
    QList<Condition> m_conditions;
    QString m_problem;
};

} // namespace wf::probes
