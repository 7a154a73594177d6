#pragma once

#include "probes/probe.h"

#include <QCoreApplication>

namespace wf::probes {

// TCP connect to host:port; latency is the connect time.
class TcpProbe : public Probe
{
    Q_DECLARE_TR_FUNCTIONS(wf::probes::TcpProbe)
public:
    using Probe::Probe;
    void run(QObject *context, std::function<void(ProbeResult)> done) override;
};

} // namespace wf::probes
