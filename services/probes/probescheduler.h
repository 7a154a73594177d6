#pragma once

#include "probes/probe.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <deque>
#include <map>
#include <memory>
#include <vector>

namespace wf::net { class HttpClient; }

namespace wf::probes {

// Runs every probe on its own interval (min 1 s) with jitter, under a global and a per-host
// concurrency cap, with an hourly request budget per model for LLM probes. Failures are measured
// at the normal interval: backing off is the alert engine's job (reminders), never the probes'.
// When every canary probe fails, our own network is the likely cause: results are then published
// as Unknown ("self_offline") instead of blaming providers.
class ProbeScheduler : public QObject
{
    Q_OBJECT
public:
    struct Status
    {
        config::ProbeConfig config;
        std::optional<ProbeResult> last;
        bool running = false;
        qint64 runs = 0;
        QString modelKey;        // LLM probes: "provider/model" the budget applies to
        int budgetUsed = 0;      // requests in the last hour for modelKey
        int budgetLimit = 0;     // 0 = no budget (not an LLM probe)
        bool budgetExhausted = false;
        int consecutiveFailures = 0;
        QString problem;           // configuration problem, when the probe cannot run
    };

    explicit ProbeScheduler(net::HttpClient *http, QObject *parent = nullptr);
    ~ProbeScheduler() override;

    void setProbes(const QList<config::ProbeConfig> &probes);
    void setStore(store::Store *store) { m_store = store; }
    void setMaxConcurrent(int n) { m_maxConcurrent = std::max(1, n); }
    void setMaxPerHost(int n) { m_maxPerHost = std::max(1, n); }
    // Fraction of the interval by which each run is moved at random (0..0.5, default 0.1).
    void setJitter(double fraction) { m_jitter = std::clamp(fraction, 0.0, 0.5); }

    void start();
    void stop();
    // Stops scheduling without dropping work: no further run falls due, but runs already due
    // (waiting for a free slot) still start, and every running one reports. isDrained() once
    // none is due or running; start() resumes the schedule.
    void drain();
    bool isDrained() const { return m_active == 0 && m_ready.empty(); }
    // Runs that fell due since construction (on schedule or through runNow()): each one either
    // reports a result, or was skipped (LLM budget, still running, stop()).
    qint64 dueRuns() const { return m_dueRuns; }
    bool isRunning() const { return m_started; }
    // Runs one probe now (outside its schedule; caps and budget still apply).
    void runNow(const QString &id);

    QStringList probeIds() const;
    Status status(const QString &id) const;
    int activeCount() const { return m_active; }
    int maxActiveSeen() const { return m_maxActiveSeen; }
    // False while every canary probe fails.
    bool selfConnected() const { return m_selfConnected; }

signals:
    void resultReady(const wf::probes::ProbeResult &result);
    void statusChanged(const QString &probeId);
    void selfConnectivityChanged(bool connected);
    void budgetExhausted(const QString &modelKey, int limit);

private:
    struct Entry
    {
        std::unique_ptr<Probe> probe;
        std::unique_ptr<QObject> context; // callbacks of a removed probe are dropped with it
        Status status;
        qint64 dueMs = 0;          // monotonic
        bool queued = false;       // in m_ready
        std::multimap<qint64, Entry *>::iterator slot; // in m_schedule when `scheduled`
        bool scheduled = false;
    };

    void arm();
    void onTimer();
    void dispatch();
    bool canStart(const Entry &e) const;
    void launch(Entry &e);
    void finished(const QString &id, ProbeResult result);
    void reschedule(Entry &e);
    void schedule(Entry &e);
    void unschedule(Entry &e);
    void enqueue(Entry &e);
    int budgetUsed(const QString &modelKey);
    void updateSelfConnectivity();

    net::HttpClient *m_http;
    store::Store *m_store = nullptr;
    std::vector<std::unique_ptr<Entry>> m_entries;
    // Work per timer tick and per finished run must not grow with the number of probes (10,000+):
    // idle probes wait in a due-time index, due ones in a queue ordered by due time.
    QHash<QString, Entry *> m_byId;
    std::multimap<qint64, Entry *> m_schedule; // idle probes by due time
    std::deque<Entry *> m_ready;               // due, waiting for a free slot, oldest due first
    QHash<QString, int> m_hostActive;
    QHash<QString, std::deque<qint64>> m_budget; // modelKey -> request times (monotonic ms)
    QElapsedTimer m_clock;
    QTimer m_timer;
    QRandomGenerator m_rng{QRandomGenerator::securelySeeded()};
    int m_maxConcurrent = 8;
    int m_maxPerHost = 2;
    double m_jitter = 0.1;
    int m_active = 0;
    int m_maxActiveSeen = 0;
    qint64 m_dueRuns = 0;
    bool m_started = false;
    bool m_selfConnected = true;
};

} // namespace wf::probes
