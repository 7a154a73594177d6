#pragma once

#include "config/config.h"
#include "core/result.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace wf::probes { class ProbeScheduler; struct ProbeResult; }

namespace wf {

// Second half of "apply -> verify": after a routing change has been read back from the gateway,
// every probe configured to go through that gateway (`via:`) runs once more, now, and the change
// only counts as verified when each of them succeeds. A gateway no probe goes through is verified
// by read-back alone (said in the log). Results of runs that started before the change are not
// taken as evidence: such a probe runs again.
class GatewayVerifier : public QObject
{
    Q_OBJECT
public:
    GatewayVerifier(probes::ProbeScheduler *scheduler, QList<config::ProbeConfig> probes, QObject *parent = nullptr);
    ~GatewayVerifier() override;

    // Probes that go through `gateway` (not canaries).
    QStringList probesVia(const QString &gateway) const;
    // Runs them and calls `done` once: Ok when all succeed, else an error naming each failure.
    void verify(const QString &gateway, std::function<void(Status)> done);

private:
    struct Run;
    void onResult(const probes::ProbeResult &result);
    void finish(const std::shared_ptr<Run> &run);

    probes::ProbeScheduler *m_scheduler;
    QList<config::ProbeConfig> m_probes;
    QList<std::shared_ptr<Run>> m_runs;
};

} // namespace wf
