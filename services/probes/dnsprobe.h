#pragma once

#include "probes/probe.h"

#include <QCoreApplication>

namespace wf::probes {

// Resolves the host name with the system resolver; latency is the lookup time.
class DnsProbe : public Probe
{
    Q_DECLARE_TR_FUNCTIONS(wf::probes::DnsProbe)
public:
    using Probe::Probe;
    QString hostKey() const override { return QStringLiteral("dns"); }
    void run(QObject *context, std::function<void(ProbeResult)> done) override;
};

} // namespace wf::probes
