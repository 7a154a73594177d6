#pragma once

#include "probes/probe.h"

namespace wf::probes {

// TCP connect to host:port; latency is the connect time.
class TcpProbe : public Probe
{
public:
    using Probe::Probe;
    void run(QObject *context, std::function<void(ProbeResult)> done) override;
};

} // namespace wf::probes
