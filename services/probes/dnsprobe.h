#pragma once

#include "probes/probe.h"

namespace wf::probes {

// Resolves the host name with the system resolver; latency is the lookup time.
class DnsProbe : public Probe
{
public:
    using Probe::Probe;
    QString hostKey() const override { return QStringLiteral("dns"); }
    void run(QObject *context, std::function<void(ProbeResult)> done) override;
};

} // namespace wf::probes
