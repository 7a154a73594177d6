#include "probescheduler.h"

#include "core/logging.h"

namespace wf::probes {

static constexpr qint64 kHourMs = 3'600'000;

ProbeScheduler::ProbeScheduler(net::HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{
    qRegisterMetaType<wf::probes::ProbeResult>();
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ProbeScheduler::onTimer);
}

ProbeScheduler::~ProbeScheduler() = default;

void ProbeScheduler::setProbes(const QList<config::ProbeConfig> &probes)
{
    m_schedule.clear();
    m_ready.clear();
    m_byId.clear();
    m_entries.clear();
    m_hostActive.clear();
    m_active = 0;
    for (const auto &pc : probes) {
        auto e = std::make_unique<Entry>();
        e->probe = Probe::create(pc, m_http);
        e->context = std::make_unique<QObject>();
        e->status.config = pc;
        if (!e->probe) {
            e->status.problem = tr("unknown probe kind \"%1\"").arg(pc.kind);
        } else {
            e->status.problem = e->probe->configProblem();
            if (e->probe->costsMoney()) {
                e->status.modelKey = (pc.provider.isEmpty() ? pc.url : pc.provider) + QLatin1Char('/') + pc.model;
                e->status.budgetLimit = pc.budgetPerHour;
            }
        }
        if (!m_byId.contains(pc.id))
            m_byId.insert(pc.id, e.get());
        m_entries.push_back(std::move(e));
    }
    // Probes of one model share one budget: the smallest configured limit wins.
    QHash<QString, int> limits;
    for (const auto &e : m_entries)
        if (e->status.budgetLimit > 0)
            limits[e->status.modelKey] = limits.contains(e->status.modelKey) ? std::min(limits[e->status.modelKey], e->status.budgetLimit) : e->status.budgetLimit;
    for (auto &e : m_entries)
        if (e->status.budgetLimit > 0)
            e->status.budgetLimit = limits.value(e->status.modelKey);
    if (m_started) {
        m_started = false;
        start();
    }
}

void ProbeScheduler::start()
{
    if (m_started)
        return;
    m_started = true;
    const qint64 now = m_clock.elapsed();
    // Spread the first runs instead of a thundering start: over 2 s, or at about 1,000 first
    // runs per second for a large fleet (10,000 probes: 10 s), never beyond a probe's interval.
    const qint64 window = std::max<qint64>(2000, qint64(m_entries.size()));
    for (auto &e : m_entries) {
        const qint64 spread = std::min<qint64>(e->status.config.intervalMs, window);
        e->dueMs = now + (m_jitter > 0 ? qint64(m_rng.bounded(double(spread))) : 0);
        if (!e->status.running && !e->queued)
            schedule(*e);
    }
    qCInfo(lcProbes) << "probe scheduler started with" << m_entries.size() << "probes";
    arm();
}

void ProbeScheduler::stop()
{
    m_started = false;
    m_timer.stop();
    // No new runs after stop(); running ones finish and are reported.
    for (Entry *e : m_ready)
        e->queued = false;
    m_ready.clear();
    m_schedule.clear();
    for (auto &e : m_entries)
        e->scheduled = false;
}

void ProbeScheduler::drain()
{
    m_started = false;
    m_timer.stop();
    m_schedule.clear();
    for (auto &e : m_entries)
        e->scheduled = false;
    dispatch();
}

void ProbeScheduler::schedule(Entry &e)
{
    unschedule(e);
    if (!m_started || !e.status.problem.isEmpty())
        return;
    e.slot = m_schedule.emplace(e.dueMs, &e);
    e.scheduled = true;
}

void ProbeScheduler::unschedule(Entry &e)
{
    if (e.scheduled) {
        m_schedule.erase(e.slot);
        e.scheduled = false;
    }
}

void ProbeScheduler::enqueue(Entry &e)
{
    unschedule(e);
    if (e.queued)
        return;
    e.queued = true;
    ++m_dueRuns;
    // Oldest due first, so a capped host cannot starve the others; usually this appends.
    auto pos = std::upper_bound(m_ready.begin(), m_ready.end(), e.dueMs, [](qint64 due, const Entry *x) { return due < x->dueMs; });
    m_ready.insert(pos, &e);
}

QStringList ProbeScheduler::probeIds() const
{
    QStringList ids;
    for (const auto &e : m_entries)
        ids << e->status.config.id;
    return ids;
}

ProbeScheduler::Status ProbeScheduler::status(const QString &id) const
{
    const Entry *e = m_byId.value(id);
    if (!e)
        return {};
    Status s = e->status;
    if (!s.modelKey.isEmpty()) {
        s.budgetUsed = const_cast<ProbeScheduler *>(this)->budgetUsed(s.modelKey);
        s.budgetExhausted = s.budgetUsed >= s.budgetLimit;
    }
    return s;
}

void ProbeScheduler::runNow(const QString &id)
{
    Entry *e = m_byId.value(id);
    if (e && !e->status.running) {
        enqueue(*e);
        dispatch();
    }
}

void ProbeScheduler::arm()
{
    if (!m_started || m_schedule.empty())
        return;
    const qint64 next = m_schedule.begin()->first;
    m_timer.start(int(std::clamp<qint64>(next - m_clock.elapsed(), 0, 24 * kHourMs)));
}

void ProbeScheduler::onTimer()
{
    const qint64 now = m_clock.elapsed();
    while (!m_schedule.empty() && m_schedule.begin()->first <= now) {
        Entry *e = m_schedule.begin()->second;
        enqueue(*e); // removes it from m_schedule
    }
    dispatch();
    arm();
}

bool ProbeScheduler::canStart(const Entry &e) const
{
    return m_active < m_maxConcurrent && m_hostActive.value(e.probe->hostKey()) < m_maxPerHost;
}

int ProbeScheduler::budgetUsed(const QString &modelKey)
{
    auto &times = m_budget[modelKey];
    const qint64 cutoff = m_clock.elapsed() - kHourMs;
    while (!times.empty() && times.front() <= cutoff)
        times.pop_front();
    return int(times.size());
}

void ProbeScheduler::dispatch()
{
    // m_ready is ordered oldest due first, so a capped host cannot starve the others.
    std::size_t i = 0;
    while (i < m_ready.size() && m_active < m_maxConcurrent) {
        Entry *e = m_ready[i];
        if (e->status.running || !e->status.problem.isEmpty()) {
            e->queued = false;
            m_ready.erase(m_ready.begin() + qsizetype(i));
            continue;
        }
        if (e->status.budgetLimit > 0 && budgetUsed(e->status.modelKey) >= e->status.budgetLimit) {
            // Skip this run; the next one happens when the oldest request leaves the hour window.
            e->queued = false;
            const bool wasExhausted = e->status.budgetExhausted;
            e->status.budgetExhausted = true;
            e->status.budgetUsed = budgetUsed(e->status.modelKey);
            const qint64 freeAt = m_budget[e->status.modelKey].front() + kHourMs;
            e->dueMs = std::max(freeAt, m_clock.elapsed() + e->status.config.intervalMs);
            m_ready.erase(m_ready.begin() + qsizetype(i));
            schedule(*e);
            if (!wasExhausted) {
                qCWarning(lcProbes).noquote() << "LLM probe budget reached for" << e->status.modelKey << "-"
                                              << e->status.budgetLimit << "requests/hour; pausing probe" << e->status.config.id;
                emit budgetExhausted(e->status.modelKey, e->status.budgetLimit);
            }
            emit statusChanged(e->status.config.id);
            continue;
        }
        if (!canStart(*e)) {
            ++i;
            continue;
        }
        m_ready.erase(m_ready.begin() + qsizetype(i));
        launch(*e);
    }
}

void ProbeScheduler::launch(Entry &e)
{
    e.queued = false;
    e.status.running = true;
    ++m_active;
    m_maxActiveSeen = std::max(m_maxActiveSeen, m_active);
    ++m_hostActive[e.probe->hostKey()];
    if (e.status.budgetLimit > 0) {
        m_budget[e.status.modelKey].push_back(m_clock.elapsed());
        e.status.budgetUsed = budgetUsed(e.status.modelKey);
        e.status.budgetExhausted = false;
    }
    const QString id = e.status.config.id;
    e.probe->run(e.context.get(), [this, id](ProbeResult r) { finished(id, std::move(r)); });
    emit statusChanged(id);
}

void ProbeScheduler::reschedule(Entry &e)
{
    const qint64 interval = std::max(1000, e.status.config.intervalMs);
    qint64 jitter = 0;
    if (m_jitter > 0) {
        const double span = double(interval) * m_jitter;
        jitter = qint64(m_rng.bounded(2.0 * span) - span);
    }
    e.dueMs = m_clock.elapsed() + std::max<qint64>(1000, interval + jitter);
    schedule(e);
}

void ProbeScheduler::finished(const QString &id, ProbeResult result)
{
    Entry *entry = m_byId.value(id);
    if (!entry)
        return;
    Entry &e = *entry;
    e.status.running = false;
    --m_active;
    --m_hostActive[e.probe->hostKey()];
    ++e.status.runs;

    if (e.status.config.canary) {
        e.status.last = result;
        updateSelfConnectivity();
    } else if (!m_selfConnected && !result.ok() && result.outcome != Outcome::ConfigError) {
        // Every canary fails too: our own network is the likely cause.
        result.selfOffline = true;
        result.state = HealthState::Unknown;
        result.detail = tr("own network looks down (all canary probes fail): %1").arg(result.detail);
    }
    e.status.last = result;

    const bool bad = !result.ok() && !result.selfOffline && result.outcome != Outcome::ConfigError;
    if (bad)
        ++e.status.consecutiveFailures;
    else if (!result.selfOffline)
        e.status.consecutiveFailures = 0;

    reschedule(e);
    if (m_store)
        m_store->append(result.toObservation());
    emit resultReady(result);
    emit statusChanged(id);
    dispatch();
    arm();
}

void ProbeScheduler::updateSelfConnectivity()
{
    int canaries = 0;
    int failing = 0;
    for (const auto &e : m_entries) {
        if (!e->status.config.canary)
            continue;
        ++canaries; // a canary that has not answered yet counts as fine
        if (e->status.last && !e->status.last->ok())
            ++failing;
    }
    const bool connected = canaries == 0 || failing < canaries;
    if (connected == m_selfConnected)
        return;
    m_selfConnected = connected;
    if (connected)
        qCInfo(lcProbes) << "own connectivity is back: a canary probe succeeds again";
    else
        qCWarning(lcProbes) << "all" << canaries << "canary probes fail: treating probe failures as our own network's problem";
    emit selfConnectivityChanged(connected);
}

} // namespace wf::probes
