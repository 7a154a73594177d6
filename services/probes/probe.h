#pragma once

#include "config/config.h"
#include "core/healthstate.h"
#include "probes/condition.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace wf::net { class HttpClient; }

namespace wf::probes {

// How one probe run ended, in terms an operator acts on.
enum class Outcome {
    Ok,
    ConditionFailed, // answered, but a configured condition did not hold
    RateLimited,     // 429
    Overloaded,      // 529 (or an "overloaded" error body)
    ServerError,     // other 5xx
    Auth,            // 401 / 403
    ClientError,     // other 4xx (e.g. unknown model, bad route)
    Timeout,
    Connection,      // refused, reset, unreachable
    Dns,
    Tls,             // handshake or certificate problem
    BadResponse,     // 2xx but not what the API returns (garbage, wrong shape)
    ConfigError,     // our side: e.g. the API key reference cannot be resolved
};
QString outcomeKey(Outcome o);
QString outcomeLabel(Outcome o);
// The health state a single run maps to (before thresholds).
// softOnly: only "soft" conditions failed (latency, certificate expiry ahead), the target still works.
HealthState outcomeState(Outcome o, bool softOnly = false);

struct ProbeResult
{
    QString probeId;
    QString kind;
    qint64 tsMs = 0;                 // wall clock at start
    Outcome outcome = Outcome::Ok;
    HealthState state = HealthState::Unknown;
    double latencyMs = -1;
    int httpStatus = 0;
    QString detail;                  // short, for people; never contains secrets
    QList<ConditionResult> conditions;
    std::optional<qint64> certRemainingMs;
    bool selfOffline = false;        // our own network looked down: not the target's fault

    bool ok() const { return outcome == Outcome::Ok; }
    store::Observation toObservation() const;
};

// One kind of probe (HTTP, LLM API, auth/front door, TCP, DNS, TLS). A probe is created from its
// configuration once and run many times by the scheduler.
class Probe
{
    Q_DECLARE_TR_FUNCTIONS(wf::probes::Probe)
public:
    explicit Probe(config::ProbeConfig config) : m_config(std::move(config)) {}
    virtual ~Probe() = default;
    Probe(const Probe &) = delete;
    Probe &operator=(const Probe &) = delete;

    const config::ProbeConfig &config() const { return m_config; }
    QString id() const { return m_config.id; }

    // "host:port" this probe talks to, for the per-host concurrency cap.
    virtual QString hostKey() const;
    // LLM probes cost money: the scheduler applies the hourly budget to them.
    virtual bool costsMoney() const { return false; }
    // Problems in the configuration that make every run fail (bad condition syntax...).
    virtual QString configProblem() const { return {}; }

    // Starts one measurement. `done` is called exactly once, later, on the caller's thread, unless
    // `context` is destroyed first.
    virtual void run(QObject *context, std::function<void(ProbeResult)> done) = 0;

    // Creates the probe class for config.kind.
    static std::unique_ptr<Probe> create(const config::ProbeConfig &config, net::HttpClient *http);

protected:
    ProbeResult start() const;

private:
    config::ProbeConfig m_config;
};

} // namespace wf::probes

Q_DECLARE_METATYPE(wf::probes::ProbeResult)
