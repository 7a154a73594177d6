#pragma once

#include "core/result.h"
#include "store/database.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace wf::store {

// One measurement or feed reading of one target at one time.
struct Observation
{
    qint64 tsMs = 0;
    QString source;      // "probe", "feed", "prometheus"
    QString target;      // node id, e.g. "anthropic/api" or "probe:claude-opus"
    QString state;       // HealthState key
    double latencyMs = -1;
    int httpStatus = 0;
    QString errorClass;  // empty when fine
    QString detail;
};

struct AuditEvent
{
    qint64 id = 0;
    qint64 tsMs = 0;
    QString actor;
    QString role;
    QString action;
    QString target;
    QString reason;
    QString details; // JSON: before/after state; never secrets
    QString result;
    QString prevHash;
    QString hash;
};

struct OpenReport
{
    QString path;
    QString journalMode;
    int schemaVersion = 0;
    bool recovered = false;  // the file was damaged and moved aside
    QString movedAsideTo;
    QString message;         // for the operator when recovered
    QString check;           // "integrity_check" or "quick_check" (empty for a new file)
    bool checkInBackground = false; // the quick_check runs after the open (Store::integrityChecked)
};

// The SQLite store. All database work runs on a dedicated thread; this facade lives on the
// caller's thread and hands results back there. Observations are batched.
class Store : public QObject
{
    Q_OBJECT
public:
    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    static QString defaultPath();

    // Opens or creates the database on the store thread; emits opened() or failed().
    void open(const QString &path);
    // Same, waiting for the answer (start-up code paths and tests).
    Result<OpenReport> openAndWait(const QString &path);
    bool isOpen() const { return m_open; }

    // Queues an observation; written with others in one transaction within ~200 ms, or as soon
    // as kMaxBatch are queued. Under load batches grow up to that size: a batch of thousands of
    // targets touches most pages of the per-target index, so fewer, larger commits write less.
    static constexpr int kMaxBatch = 20000;
    void append(const Observation &obs);
    void flush();
    qint64 pendingCount() const { return m_pending.size(); }

    // Runs `job` on the store thread and `done` with its result on this thread (dropped if
    // `context` is gone by then).
    template <typename R>
    void run(QObject *context, std::function<R(Database &)> job, std::function<void(R)> done)
    {
        post<R>(context, std::move(job), std::move(done), true);
    }

    // Runs `job` on the store thread and waits for it. Never from the store thread; avoid on the
    // UI thread for anything but start-up, shutdown and tests.
    template <typename R>
    R runSync(std::function<R(Database &)> job)
    {
        Q_ASSERT(QThread::currentThread() != m_thread);
        std::optional<R> out;
        QMetaObject::invokeMethod(m_worker, [&] {
            settleBeforeJob(m_db);
            out = job(m_db);
        }, Qt::BlockingQueuedConnection);
        return std::move(*out);
    }

    // Jobs usable with run()/runSync().
    static Status writeObservations(Database &db, const QList<Observation> &batch);
    // Writes a batch of observations, extends or starts the state band of each target and
    // keeps the per-day timeline cells. The rollup sums of each target's open hour and the end of
    // its current band are kept in the connection's cache and written once per minute of data
    // time (one row per target instead of one per batch). settle() writes them now; every job
    // run through run()/runSync() and closeDatabase() settle first, so readers see every
    // committed observation in the rollups and bands. A crash loses at most that minute of rollup sums and
    // band ends; the observations themselves are committed with their batch.
    static Status settle(Database &db);
    static Result<QList<Observation>> readObservations(Database &db, const QString &target, qint64 fromMs, qint64 toMs, int limit = 100000);
    static Result<qint64> countObservations(Database &db);
    static Result<AuditEvent> appendAudit(Database &db, AuditEvent event);
    static Result<QList<AuditEvent>> readAudit(Database &db, qint64 fromMs, qint64 toMs);
    // Recomputes the hash chain and checks it ends at the recorded head; returns the id of the
    // first bad row (rows deleted from the end: the first missing id), or 0 when intact.
    static Result<qint64> verifyAuditChain(Database &db);

    // With `backgroundCheck`, a file closed cleanly is opened without its quick_check (which
    // reads every page: seconds per GB from the page cache, far longer from disk); the Store facade runs it on a second, read-only
    // connection once the database is open (see integrityChecked). After a crash, or when an
    // earlier background check found damage, the full integrity_check runs before anything else.
    // `cancel`, when set while the full integrity_check runs (the console quits during it),
    // stops the check: the file is closed untouched, still marked for the full check, and the
    // result is the error "store.cancelled".
    static Result<OpenReport> openDatabase(Database &db, const QString &path, bool backgroundCheck = false,
                                           const std::atomic<bool> *cancel = nullptr);
    // Records a clean shutdown in the file and closes it; the next openDatabase() then runs the
    // shorter quick_check instead of the full integrity_check.
    static void closeDatabase(Database &db);

signals:
    void opened(const wf::store::OpenReport &report);
    void failed(const QString &message);
    void observationsWritten(int count);
    void writeFailed(const QString &message);
    // The background quick_check of a cleanly closed file finished. When it found damage the
    // file is marked so that the next start runs the full check and moves the file aside.
    void integrityChecked(bool ok, const QString &message);

private:
    // run() with or without settling the deferred writes first (the writer's own jobs do not).
    template <typename R>
    void post(QObject *context, std::function<R(Database &)> job, std::function<void(R)> done, bool settleFirst)
    {
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        QMetaObject::invokeMethod(m_worker, [this, guard, hasContext, settleFirst, job = std::move(job), done = std::move(done)]() mutable {
            if (settleFirst)
                settleBeforeJob(m_db);
            R result = job(m_db);
            QMetaObject::invokeMethod(this, [guard, hasContext, done = std::move(done), result = std::move(result)]() mutable {
                if (hasContext && !guard)
                    return;
                if (done)
                    done(std::move(result));
            }, Qt::QueuedConnection);
        }, Qt::QueuedConnection);
    }
    static void settleBeforeJob(Database &db);
    void startBackgroundCheck(const QString &path);
    void stopBackgroundCheck();
    struct BackgroundCheck;
    std::shared_ptr<BackgroundCheck> m_check;

    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread; context for jobs
    Database m_db;               // only touched on m_thread
    QList<Observation> m_pending;
    QTimer m_flushTimer;
    bool m_open = false;
    std::atomic<bool> m_closing{false}; // set by the destructor: an opening check stops
};

} // namespace wf::store

Q_DECLARE_METATYPE(wf::store::OpenReport)
