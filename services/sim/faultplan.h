#pragma once

#include "sim/scenario.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace wf::sim {

// What the fault script does to one request.
struct FaultDecision
{
    int status = 0;            // 0: answer normally
    int latencyMs = 0;         // added wall-clock delay
    int retryAfterS = -1;
    QString message;           // error message override
    QString fault;             // name of the fault that produced the error
    QStringList matched;       // names of every active fault that matched the request
};

// Applies a scenario's fault script. "ratio" draws are deterministic: the n-th request a fault sees
// gets the same draw for the same seed, so a replay with the same traffic fails the same requests.
class FaultPlan
{
public:
    FaultPlan() = default;
    FaultPlan(QList<Fault> faults, quint64 seed);

    // `model` is empty for requests that name none.
    FaultDecision decide(const QString &provider, const QString &path, const QString &model, const QDateTime &at);

    // Faults active at `at`, in script order.
    QList<const Fault *> activeAt(const QDateTime &at) const;
    const QList<Fault> &faults() const { return m_faults; }
    void resetDraws();

    // Uniform value in [0, 1) for (seed, fault index, draw number).
    static double draw(quint64 seed, int faultIndex, quint64 n);

private:
    QList<Fault> m_faults;
    QList<quint64> m_draws;
    quint64 m_seed = 1;
};

} // namespace wf::sim
