#include "gatewayverifier.h"

#include "core/logging.h"
#include "probes/probescheduler.h"

#include <QSet>
#include <QTimer>

namespace wf {

struct GatewayVerifier::Run
{
    QString gateway;
    QSet<QString> waiting;     // probes whose post-change result is still to come
    QSet<QString> staleRun;    // running when the change landed: their next result predates it
    QStringList failures;
    std::function<void(Status)> done;
    QTimer timeout;
    bool finished = false;
};

GatewayVerifier::GatewayVerifier(probes::ProbeScheduler *scheduler, QList<config::ProbeConfig> probes, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_probes(std::move(probes))
{
    connect(m_scheduler, &probes::ProbeScheduler::resultReady, this, &GatewayVerifier::onResult);
}

GatewayVerifier::~GatewayVerifier() = default;

QStringList GatewayVerifier::probesVia(const QString &gateway) const
{
    QStringList ids;
    for (const config::ProbeConfig &p : m_probes)
        if (p.via == gateway && !p.canary)
            ids << p.id;
    return ids;
}

void GatewayVerifier::verify(const QString &gateway, std::function<void(Status)> done)
{
    const QStringList ids = probesVia(gateway);
    auto run = std::make_shared<Run>();
    run->gateway = gateway;
    run->done = std::move(done);
    int timeoutMs = 0;
    QStringList skipped;
    for (const QString &id : ids) {
        const probes::ProbeScheduler::Status st = m_scheduler->status(id);
        if (!st.problem.isEmpty()) {
            run->failures << tr("%1 cannot run: %2").arg(id, st.problem);
            continue;
        }
        if (st.budgetLimit > 0 && st.budgetExhausted) {
            skipped << id; // the hourly budget of that model is spent: no request is sent
            continue;
        }
        run->waiting.insert(id);
        if (st.running)
            run->staleRun.insert(id);
        timeoutMs = std::max(timeoutMs, st.config.timeoutMs);
    }
    if (!skipped.isEmpty())
        qCWarning(lcRouting).noquote() << "verification through" << gateway << "skips" << skipped.join(QStringLiteral(", "))
                                       << "(hourly LLM probe budget reached)";
    if (run->waiting.isEmpty()) {
        if (run->failures.isEmpty())
            qCInfo(lcRouting).noquote() << "no probe goes through" << gateway << "that can run now; verified by read-back only";
        QTimer::singleShot(0, this, [this, run] { finish(run); });
        return;
    }
    m_runs << run;
    // Each probe has its own timeout; allow for queueing behind the concurrency caps too.
    run->timeout.setSingleShot(true);
    connect(&run->timeout, &QTimer::timeout, this, [this, run] {
        for (const QString &id : std::as_const(run->waiting))
            run->failures << tr("%1 gave no result in time").arg(id);
        run->waiting.clear();
        finish(run);
    });
    run->timeout.start(std::max(timeoutMs, 1000) * 2 + 5000);
    qCInfo(lcRouting).noquote() << "verifying" << gateway << "with probes" << QStringList(run->waiting.begin(), run->waiting.end()).join(QStringLiteral(", "));
    for (const QString &id : std::as_const(run->waiting))
        if (!run->staleRun.contains(id))
            m_scheduler->runNow(id);
}

void GatewayVerifier::onResult(const probes::ProbeResult &result)
{
    const auto runs = m_runs; // finish() edits m_runs
    for (const auto &run : runs) {
        if (!run->waiting.contains(result.probeId))
            continue;
        if (run->staleRun.remove(result.probeId)) {
            m_scheduler->runNow(result.probeId); // that run began before the change
            continue;
        }
        run->waiting.remove(result.probeId);
        if (!result.ok()) {
            const QString why = result.detail.isEmpty() ? probes::outcomeLabel(result.outcome) : result.detail;
            run->failures << tr("probe %1: %2").arg(result.probeId, why);
        }
        if (run->waiting.isEmpty())
            finish(run);
    }
}

void GatewayVerifier::finish(const std::shared_ptr<Run> &run)
{
    if (run->finished)
        return;
    run->finished = true;
    run->timeout.stop();
    m_runs.removeAll(run);
    if (run->failures.isEmpty())
        run->done(Ok{});
    else
        run->done(Error{QStringLiteral("routing.probe"), run->failures.join(QStringLiteral("; "))});
}

} // namespace wf
