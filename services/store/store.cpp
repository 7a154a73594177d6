#include "store.h"
#include "core/clock.h"

#include "migrations.h"

#include "core/healthstate.h"
#include "core/logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <sqlite3.h>

#include <mutex>
#include <vector>

namespace wf::store {

namespace {
constexpr int kFlushIntervalMs = 200;
} // namespace

Store::Store(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<OpenReport>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("watchfloor-store"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &Store::flush);
}

Store::~Store()
{
    // Quitting during the full integrity_check after a crash (tens of seconds per GB) must not
    // hang the console: the check stops, and the next start runs it again.
    m_closing = true;
    stopBackgroundCheck();
    flush();
    // Close the connection on the thread that used it, after every queued job.
    QMetaObject::invokeMethod(m_worker, [this] { closeDatabase(m_db); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString Store::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("watchfloor.db"));
}

void Store::open(const QString &path)
{
    stopBackgroundCheck();
    run<Result<OpenReport>>(this, [this, path](Database &db) { return openDatabase(db, path, true, &m_closing); },
        [this](Result<OpenReport> r) {
            if (r) {
                m_open = true;
                if (r->checkInBackground)
                    startBackgroundCheck(r->path);
                emit opened(*r);
            } else {
                emit failed(r.error().message);
            }
        });
}

Result<OpenReport> Store::openAndWait(const QString &path)
{
    stopBackgroundCheck();
    auto r = runSync<Result<OpenReport>>([path](Database &db) { return openDatabase(db, path, true); });
    m_open = r.ok();
    if (r && r->checkInBackground)
        startBackgroundCheck(r->path);
    return r;
}

static QString moveAside(const QString &path, QString *error)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = path + QStringLiteral(".corrupt-") + stamp;
    if (!QFile::rename(path, target)) {
        *error = QCoreApplication::translate("wf::store", "could not rename %1 to %2").arg(path, target);
        return {};
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    return target;
}

// The quick_check of a cleanly closed file, on its own read-only connection and thread, so the
// console works while it reads every page. Cancelled (sqlite3_interrupt) when the store closes.
struct Store::BackgroundCheck
{
    std::mutex lock;
    sqlite3 *connection = nullptr; // while the check runs
    bool cancelled = false;
    QThread *thread = nullptr;
    QString result;                // "ok", the damage found, or the error
    bool interrupted = false;
};

void Store::startBackgroundCheck(const QString &path)
{
    auto check = std::make_shared<BackgroundCheck>();
    m_check = check;
    check->thread = QThread::create([check, path] {
        sqlite3 *c = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &c, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
            check->result = c ? QString::fromUtf8(sqlite3_errmsg(c)) : QStringLiteral("cannot open");
            sqlite3_close(c);
            return;
        }
        {
            std::lock_guard<std::mutex> g(check->lock);
            check->connection = c;
            if (check->cancelled)
                sqlite3_interrupt(c);
        }
        sqlite3_busy_timeout(c, 5000);
        sqlite3_stmt *st = nullptr;
        QStringList rows;
        int rc = sqlite3_prepare_v2(c, "PRAGMA quick_check(20)", -1, &st, nullptr);
        if (rc == SQLITE_OK)
            while ((rc = sqlite3_step(st)) == SQLITE_ROW)
                rows << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        if (rc == SQLITE_DONE)
            check->result = rows.join(QStringLiteral("; "));
        else
            check->result = QString::fromUtf8(sqlite3_errmsg(c));
        check->interrupted = rc == SQLITE_INTERRUPT;
        sqlite3_finalize(st);
        {
            std::lock_guard<std::mutex> g(check->lock);
            check->connection = nullptr;
        }
        sqlite3_close(c);
    });
    check->thread->setObjectName(QStringLiteral("watchfloor-check"));
    check->thread->setParent(this);
    connect(check->thread, &QThread::finished, this, [this, check, path] {
        check->thread->deleteLater();
        check->thread = nullptr;
        if (m_check == check)
            m_check.reset();
        if (check->interrupted || check->cancelled)
            return;
        if (check->result == QLatin1String("ok")) {
            qCInfo(lcStore).noquote() << "background quick_check of" << path << "passed";
            emit integrityChecked(true, {});
            return;
        }
        const QString message = QCoreApplication::translate("wf::store",
            "The database %1 is damaged (%2). Watchfloor keeps running on it; restart it to keep the damaged file aside and start a new one.")
            .arg(path, check->result);
        qCCritical(lcStore).noquote() << message;
        // The next start runs the full integrity_check, which moves the file aside.
        run<Status>(this, [](Database &db) {
            return db.exec(QStringLiteral("INSERT INTO kv(key, value) VALUES('store.check_failed', '1') "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        }, [](Status s) {
            if (!s)
                qCWarning(lcStore).noquote() << "could not record the failed check:" << s.error().message;
        });
        emit integrityChecked(false, message);
    });
    check->thread->start(QThread::LowPriority);
}

void Store::stopBackgroundCheck()
{
    std::shared_ptr<BackgroundCheck> check = std::move(m_check);
    if (!check || !check->thread)
        return;
    {
        std::lock_guard<std::mutex> g(check->lock);
        check->cancelled = true;
        if (check->connection)
            sqlite3_interrupt(check->connection);
    }
    check->thread->wait();
}

Result<OpenReport> Store::openDatabase(Database &db, const QString &path, bool backgroundCheck, const std::atomic<bool> *cancel)
{
    OpenReport report;
    report.path = path;
    const bool memory = path == QLatin1String(":memory:");
    if (!memory) {
        const QFileInfo fi(path);
        if (!QDir().mkpath(fi.absolutePath()))
            return Error{QStringLiteral("store.open"), QCoreApplication::translate("wf::store", "Cannot create the data directory %1").arg(fi.absolutePath())};
    }

    QString damage;
    if (!memory && QFile::exists(path)) {
        if (auto s = db.open(path); !s) {
            damage = s.error().message;
        } else {
            // The full integrity_check reads every page and checks every index against its table
            // (about 30 s for 1 GB). It runs unless the file records that it was closed cleanly
            // (closeDatabase); then quick_check runs, which still reads every page and checks
            // every b-tree (damaged or overwritten pages, bad free lists) but skips the
            // index-to-table cross-check. Both report damage the same way.
            // A background check that found damage (see integrityChecked) forces the full one.
            auto marker = db.scalar(QStringLiteral("SELECT (SELECT value FROM kv WHERE key = 'store.clean_shutdown') || '/' || "
                                                   "coalesce((SELECT value FROM kv WHERE key = 'store.check_failed'), '0')"));
            report.check = marker && *marker == QLatin1String("1/0") ? QStringLiteral("quick_check") : QStringLiteral("integrity_check");
            if (report.check == QLatin1String("quick_check") && backgroundCheck) {
                report.checkInBackground = true;
            } else {
                if (cancel)
                    sqlite3_progress_handler(db.handle(), 10000, [](void *flag) -> int {
                        return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0;
                    }, const_cast<std::atomic<bool> *>(cancel));
                auto check = db.scalar(QStringLiteral("PRAGMA ") + report.check);
                if (cancel)
                    sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
                if (cancel && cancel->load()) {
                    // Not damage: the check was stopped. The file stays as it is, marked for the
                    // full check, and closeDatabase() does not mark it clean (it is closed here).
                    db.close();
                    qCInfo(lcStore).noquote() << "the" << report.check << "of" << path << "was stopped at shutdown; it runs again at the next start";
                    return Error{QStringLiteral("store.cancelled"), QCoreApplication::translate("wf::store",
                        "The check of %1 was stopped before it finished.").arg(path)};
                }
                if (!check)
                    damage = check.error().message;
                else if (*check != QLatin1String("ok"))
                    damage = *check;
                else if (marker && marker->endsWith(QLatin1String("/1")))
                    db.exec(QStringLiteral("DELETE FROM kv WHERE key = 'store.check_failed'")); // damage was not confirmed
            }
        }
        if (!damage.isEmpty()) {
            db.close();
            QString err;
            const QString aside = moveAside(path, &err);
            if (aside.isEmpty())
                return Error{QStringLiteral("store.corrupt"), QCoreApplication::translate("wf::store",
                    "The database %1 is damaged (%2) and %3. Move it away by hand and restart.").arg(path, damage, err)};
            report.recovered = true;
            report.movedAsideTo = aside;
            report.message = QCoreApplication::translate("wf::store",
                "The database %1 was damaged (%2). It was kept as %3 and a new, empty database was created.")
                .arg(path, damage, aside);
            qCWarning(lcStore).noquote() << report.message;
        }
    }
    if (!db.isOpen()) {
        if (auto s = db.open(path); !s)
            return s.error();
    }

    auto mode = db.scalar(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode)
        return mode.error();
    report.journalMode = *mode;
    if (!memory && report.journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error{QStringLiteral("store.wal"), QCoreApplication::translate("wf::store",
            "SQLite refused write-ahead logging for %1 (journal mode is \"%2\"); is the data directory on a network file system?")
            .arg(path, report.journalMode)};
    db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    db.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    // 16 MB of page cache instead of SQLite's 2 MB: the per-day timeline rows of 500 lanes
    // (about 5 MB) and the upper levels of the big indexes stay in memory between views.
    db.exec(QStringLiteral("PRAGMA cache_size=-16384"));
    // A batch of observations of thousands of targets touches most leaf pages of the per-target
    // index; with SQLite's default of a checkpoint every 1000 WAL pages (4 MB) nearly every
    // commit was followed by one. Checkpointing every 8192 pages (32 MB) copies a page changed by
    // several batches once; the WAL file is truncated back to 64 MB at most afterwards.
    db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=8192"));
    db.exec(QStringLiteral("PRAGMA journal_size_limit=67108864"));

    if (auto s = migrate(db); !s)
        return s.error();
    report.schemaVersion = db.scalar(QStringLiteral("PRAGMA user_version"))->toInt();
    // Until closeDatabase() says otherwise, the next open assumes a crash and checks fully.
    if (!memory) {
        if (auto s = db.exec(QStringLiteral("INSERT INTO kv(key, value) VALUES('store.clean_shutdown', '0') "
                                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value")); !s)
            return s.error();
    }
    qCInfo(lcStore).noquote() << "database open:" << path << "schema" << report.schemaVersion << "journal" << report.journalMode;
    return report;
}

void Store::closeDatabase(Database &db)
{
    if (auto s = settle(db); !s)
        qCWarning(lcStore).noquote() << "writing deferred rollups and band ends at close failed:" << s.error().message;
    // Only a database this version opened and migrated; one refused as newer stays untouched.
    const auto version = db.isOpen() ? db.scalar(QStringLiteral("PRAGMA user_version")) : Result<QString>(QString());
    if (db.isOpen() && db.path() != QLatin1String(":memory:") && version && version->toInt() == latestSchemaVersion()) {
        if (auto s = db.exec(QStringLiteral("INSERT INTO kv(key, value) VALUES('store.clean_shutdown', '1') "
                                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value")); !s)
            qCWarning(lcStore).noquote() << "could not record the clean shutdown:" << s.error().message;
    }
    db.close();
}

void Store::append(const Observation &obs)
{
    m_pending.append(obs);
    if (m_pending.size() >= kMaxBatch)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void Store::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    QList<Observation> batch;
    batch.swap(m_pending);
    const int n = int(batch.size());
    post<Status>(this, [batch = std::move(batch)](Database &db) { return writeObservations(db, batch); },
        [this, n](Status s) {
            if (s) {
                emit observationsWritten(n);
            } else {
                qCWarning(lcStore).noquote() << "writing" << n << "observations failed:" << s.error().message;
                emit writeFailed(s.error().message);
            }
        }, false);
}

namespace {

// Rolls the batch back and forgets what the writer cached about the tables: after a failure the
// cache may describe rows that were never committed. The deferred sums of earlier batches stay
// (this batch's are only added after its commit).
Status abandon(Database &db, Status why)
{
    db.exec(QStringLiteral("ROLLBACK"));
    db.ingestCache().forgetTables();
    return why;
}

// Newest observation time after which the deferred writes are due (data time, not wall time:
// a replay at speed 60 settles as often per simulated minute as a live console).
constexpr qint64 kSettleEveryMs = 60'000;

} // namespace

Status Store::settle(Database &db)
{
    IngestCache &cache = db.ingestCache();
    if (!db.isOpen() || !cache.pending)
        return Ok{};
    // The writer's table copies stay valid across this commit when they were valid before it.
    const bool cacheValid = db.totalChanges() == cache.totalChanges;
    auto fail = [&db](Status s) {
        db.exec(QStringLiteral("ROLLBACK"));
        return s;
    };
    if (auto s = db.exec(QStringLiteral("BEGIN")); !s)
        return s;
    // max(): a band end only moves later, even if the row was extended meanwhile.
    auto end = db.cached(QStringLiteral("UPDATE state_bands SET to_ms = max(to_ms, ?2) WHERE id = ?1"));
    if (!end)
        return fail(end.error());
    for (const IngestCache::ClosedSum &c : cache.closedSums)
        if (auto s = rollupdays::add(db, c.target, c.bucketMs, c.sum); !s)
            return fail(s);
    for (const auto &[key, t] : cache.targets) {
        if (!t.hour.empty())
            if (auto s = rollupdays::add(db, t.utf8, t.hourMs, t.hour); !s)
                return fail(s);
        if (t.bandLoaded && t.band.id && t.band.to > t.writtenTo)
            if (!(*end)->bind(1, t.band.id).bind(2, t.band.to).exec())
                return fail(Status::failure(QStringLiteral("store.bands"), (*end)->lastError()));
    }
    if (auto s = db.exec(QStringLiteral("COMMIT")); !s)
        return fail(s);
    cache.closedSums.clear();
    for (auto &[key, t] : cache.targets) {
        t.hour = {};
        if (t.bandLoaded)
            t.writtenTo = qMax(t.writtenTo, t.band.to);
    }
    cache.pending = false;
    if (cacheValid)
        cache.totalChanges = db.totalChanges();
    return Ok{};
}

void Store::settleBeforeJob(Database &db)
{
    if (auto s = settle(db); !s)
        qCWarning(lcStore).noquote() << "writing deferred rollups and band ends failed:" << s.error().message;
}

Status Store::writeObservations(Database &db, const QList<Observation> &batch)
{
    if (!db.isOpen())
        return Status::failure(QStringLiteral("store.closed"), QStringLiteral("database is not open"));

    // The writer's copies of the tables are only trusted when nothing but this writer changed
    // the database since its last commit: no row changed on this connection (total changes), no
    // commit by another connection (data_version) and no schema change (schema_version).
    // Otherwise they are dropped and the last band of each target is read from the table again.
    IngestCache &cache = db.ingestCache();
    auto versions = db.cached(QStringLiteral("SELECT (SELECT data_version FROM pragma_data_version), (SELECT schema_version FROM pragma_schema_version)"));
    if (!versions)
        return versions.error();
    qint64 dataVersion = -1, schemaVersion = -1;
    if ((*versions)->step()) {
        dataVersion = (*versions)->int64(0);
        schemaVersion = (*versions)->int64(1);
    }
    (*versions)->reset();
    if (db.totalChanges() != cache.totalChanges || dataVersion != cache.dataVersion || schemaVersion != cache.schemaVersion)
        cache.forgetTables();

    if (auto s = db.exec(QStringLiteral("BEGIN")); !s)
        return s;
    auto ins = db.cached(QStringLiteral(
        "INSERT INTO observations(ts_ms, source, target, state, latency_ms, http_status, error_class, detail) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    auto last = db.cached(QStringLiteral("SELECT id, state, from_ms, to_ms FROM state_bands WHERE target = ?1 ORDER BY from_ms DESC LIMIT 1"));
    auto lane = db.cached(QStringLiteral("INSERT OR IGNORE INTO band_targets(target) VALUES(?1)"));
    auto close = db.cached(QStringLiteral("UPDATE state_bands SET to_ms = ?2 WHERE id = ?1"));
    auto open = db.cached(QStringLiteral("INSERT INTO state_bands(target, state, from_ms, to_ms) VALUES(?1, ?2, ?3, ?4)"));
    for (auto *st : {&ins, &last, &lane, &close, &open})
        if (!*st)
            return abandon(db, st->error());
    Statement &insert = **ins;

    // Few distinct sources, states and error classes: converted once per batch.
    QHash<QString, QByteArray> words;
    auto word = [&words](const QString &w) -> const QByteArray & {
        auto it = words.find(w);
        if (it == words.end())
            it = words.insert(w, w.toUtf8());
        return *it;
    };
    // This batch's rollup contributions, added to the targets' sums after the commit.
    struct Contribution
    {
        IngestCache::Target *target;
        qint64 tsMs;
        int rank;
        bool bad;
        double latencyMs;
    };
    std::vector<Contribution> contributions;
    contributions.reserve(size_t(batch.size()));
    std::vector<IngestCache::Target *> touched;
    const quint64 batchNo = ++cache.batches;
    qint64 newest = std::numeric_limits<qint64>::min();

    for (const Observation &o : batch) {
        auto [it, inserted] = cache.targets.try_emplace(o.target);
        IngestCache::Target &t = it->second;
        if (inserted)
            t.utf8 = o.target.toUtf8();
        const QByteArray detail = o.detail.isEmpty() ? QByteArray() : o.detail.toUtf8();
        insert.bind(1, o.tsMs).bindUtf8(2, word(o.source)).bindUtf8(3, t.utf8).bindUtf8(4, word(o.state));
        if (o.latencyMs >= 0)
            insert.bind(5, o.latencyMs);
        else
            insert.bindNull(5);
        insert.bindOptional(6, o.httpStatus, 0);
        insert.bindUtf8(7, word(o.errorClass)).bindUtf8(8, detail);
        if (!insert.exec())
            return abandon(db, Status::failure(QStringLiteral("store.insert"), insert.lastError()));
        newest = qMax(newest, o.tsMs);
        const HealthState hs = stateFromKey(o.state);
        const int st = rank(hs);
        contributions.push_back(Contribution{&t, o.tsMs, st, isBad(hs), o.latencyMs});
        if (t.batch != batchNo) {
            t.batch = batchNo;
            touched.push_back(&t);
        }

        // State bands: one row per run of equal consecutive states per target, so the timeline
        // reads transitions instead of every sample. The last band comes from the cache, else
        // from one lookup per target.
        if (!t.bandLoaded) {
            Statement &q = **last;
            q.bindUtf8(1, t.utf8);
            const bool known = q.step();
            t.band = known ? IngestCache::Band{q.int64(0), int(q.int64(1)), q.int64(2), q.int64(3)} : IngestCache::Band{};
            const QString err = q.lastError();
            q.reset();
            if (!err.isEmpty())
                return abandon(db, Status::failure(QStringLiteral("store.bands"), err));
            if (!known && !(*lane)->bindUtf8(1, t.utf8).exec()) // its first band: a new lane of the timeline
                return abandon(db, Status::failure(QStringLiteral("store.bands"), (*lane)->lastError()));
            t.writtenTo = t.band.to;
            t.day = banddays::DayBuffer{};
            t.bandLoaded = true;
        }
        IngestCache::Band &cur = t.band;
        if (cur.state >= 0 && o.tsMs < cur.to)
            continue; // out of order: kept as a raw observation and in the rollups only
        // The coarse copy for zoomed-out views follows the same rule: a band lasts until the
        // next observation.
        if (cur.state >= 0)
            if (auto s = banddays::markRange(db, t.utf8, t.day, cur.to, o.tsMs, cur.state); !s)
                return abandon(db, s);
        if (cur.state == st) {
            cur.to = o.tsMs; // written by the next settle
            continue;
        }
        if (cur.state >= 0) {
            // The previous band lasts until this observation.
            if (!(*close)->bind(1, cur.id).bind(2, o.tsMs).exec())
                return abandon(db, Status::failure(QStringLiteral("store.bands"), (*close)->lastError()));
        }
        if (!(*open)->bindUtf8(1, t.utf8).bind(2, st).bind(3, o.tsMs).bind(4, o.tsMs).exec())
            return abandon(db, Status::failure(QStringLiteral("store.bands"), (*open)->lastError()));
        cur = IngestCache::Band{db.lastInsertId(), st, o.tsMs, o.tsMs};
        t.writtenTo = o.tsMs;
        if (auto s = banddays::markRange(db, t.utf8, t.day, o.tsMs, o.tsMs, st); !s)
            return abandon(db, s);
    }
    for (IngestCache::Target *t : touched)
        if (auto s = banddays::flush(db, t->utf8, t->day); !s)
            return abandon(db, s);
    if (auto s = db.exec(QStringLiteral("COMMIT")); !s)
        return abandon(db, s);
    cache.totalChanges = db.totalChanges();
    cache.dataVersion = dataVersion;
    cache.schemaVersion = schemaVersion;

    // The batch is in: its observations join the open rollup buckets of their targets.
    for (const Contribution &c : contributions) {
        IngestCache::Target &t = *c.target;
        const qint64 hour = c.tsMs - c.tsMs % 3'600'000;
        if (hour != t.hourMs) {
            if (!t.hour.empty())
                cache.closedSums.push_back(IngestCache::ClosedSum{t.hourMs, t.utf8, t.hour});
            t.hour = {};
            t.hourMs = hour;
        }
        t.hour.add(c.rank, c.bad, c.latencyMs);
    }
    if (!batch.isEmpty())
        cache.pending = true;
    // Every minute of data time the deferred writes go to the file.
    if (newest != std::numeric_limits<qint64>::min()
        && (cache.settledAtMs == std::numeric_limits<qint64>::min() || newest - cache.settledAtMs >= kSettleEveryMs)) {
        if (auto s = settle(db); !s) // the batch itself is in; the sums stay deferred
            qCWarning(lcStore).noquote() << "writing deferred rollups and band ends failed:" << s.error().message;
        else
            cache.settledAtMs = newest;
    }
    return Ok{};
}

Result<QList<Observation>> Store::readObservations(Database &db, const QString &target, qint64 fromMs, qint64 toMs, int limit)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT ts_ms, source, target, state, latency_ms, http_status, error_class, detail FROM observations "
        "WHERE target = ?1 AND ts_ms >= ?2 AND ts_ms < ?3 ORDER BY ts_ms, id LIMIT ?4"));
    if (!st)
        return st.error();
    st->bind(1, target).bind(2, fromMs).bind(3, toMs).bind(4, limit);
    QList<Observation> out;
    while (st->step()) {
        Observation o;
        o.tsMs = st->int64(0);
        o.source = st->text(1);
        o.target = st->text(2);
        o.state = st->text(3);
        o.latencyMs = st->isNull(4) ? -1 : st->real(4);
        o.httpStatus = int(st->int64(5));
        o.errorClass = st->text(6);
        o.detail = st->text(7);
        out.append(o);
    }
    if (!st->lastError().isEmpty())
        return Error{QStringLiteral("store.read"), st->lastError()};
    return out;
}

Result<qint64> Store::countObservations(Database &db)
{
    auto s = db.scalar(QStringLiteral("SELECT count(*) FROM observations"));
    if (!s)
        return s.error();
    return s->toLongLong();
}

static QString auditHash(const AuditEvent &e)
{
    // Canonical, unambiguous serialization: each field length-prefixed.
    QByteArray data;
    auto add = [&data](const QString &v) {
        const QByteArray u = v.toUtf8();
        data += QByteArray::number(u.size()) + ':' + u + ';';
    };
    add(e.prevHash);
    add(QString::number(e.tsMs));
    for (const QString *f : {&e.actor, &e.role, &e.action, &e.target, &e.reason, &e.details, &e.result})
        add(*f);
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Result<AuditEvent> Store::appendAudit(Database &db, AuditEvent e)
{
    if (auto s = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s.error();
    auto prev = db.scalar(QStringLiteral("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1"));
    if (!prev) {
        db.exec(QStringLiteral("ROLLBACK"));
        return prev.error();
    }
    // The chain continues from the recorded head, not from whatever row is last now: if rows were
    // deleted from the end, the next row does not link to the new last row and the break shows.
    auto head = db.scalar(QStringLiteral("SELECT value FROM kv WHERE key = 'audit.head'"));
    const QString headHash = head ? head->section(QLatin1Char(' '), 1) : QString();
    e.prevHash = !headHash.isEmpty() ? headHash : prev->isEmpty() ? QStringLiteral("genesis") : *prev;
    if (e.tsMs == 0)
        e.tsMs = wf::clock::nowMs();
    e.hash = auditHash(e);
    auto st = db.prepare(QStringLiteral(
        "INSERT INTO audit_events(ts_ms, actor, role, action, target, reason, details, result, prev_hash, hash) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!st) {
        db.exec(QStringLiteral("ROLLBACK"));
        return st.error();
    }
    st->bind(1, e.tsMs).bind(2, e.actor).bind(3, e.role).bind(4, e.action).bind(5, e.target).bind(6, e.reason)
        .bind(7, e.details).bind(8, e.result).bind(9, e.prevHash).bind(10, e.hash);
    if (!st->exec()) {
        const QString err = st->lastError();
        db.exec(QStringLiteral("ROLLBACK"));
        return Error{QStringLiteral("store.audit"), err};
    }
    e.id = db.lastInsertId();
    auto anchor = db.prepare(QStringLiteral("INSERT OR REPLACE INTO kv(key, value) VALUES('audit.head', ?1)"));
    if (!anchor || !anchor->bind(1, QString::number(e.id) + QLatin1Char(' ') + e.hash).exec()) {
        const QString err = anchor ? anchor->lastError() : anchor.error().message;
        db.exec(QStringLiteral("ROLLBACK"));
        return Error{QStringLiteral("store.audit"), err};
    }
    if (auto s = db.exec(QStringLiteral("COMMIT")); !s)
        return s.error();
    return e;
}

Result<QList<AuditEvent>> Store::readAudit(Database &db, qint64 fromMs, qint64 toMs)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT id, ts_ms, actor, role, action, target, reason, details, result, prev_hash, hash FROM audit_events "
        "WHERE ts_ms >= ?1 AND ts_ms < ?2 ORDER BY id"));
    if (!st)
        return st.error();
    st->bind(1, fromMs).bind(2, toMs);
    QList<AuditEvent> out;
    while (st->step()) {
        AuditEvent e;
        e.id = st->int64(0);
        e.tsMs = st->int64(1);
        e.actor = st->text(2);
        e.role = st->text(3);
        e.action = st->text(4);
        e.target = st->text(5);
        e.reason = st->text(6);
        e.details = st->text(7);
        e.result = st->text(8);
        e.prevHash = st->text(9);
        e.hash = st->text(10);
        out.append(e);
    }
    return out;
}

Result<qint64> Store::verifyAuditChain(Database &db)
{
    auto all = readAudit(db, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    if (!all)
        return all.error();
    QString prev = QStringLiteral("genesis");
    qint64 lastId = 0;
    for (const AuditEvent &e : *all) {
        if (e.prevHash != prev || auditHash(e) != e.hash)
            return e.id;
        prev = e.hash;
        lastId = e.id;
    }
    // The newest row must be the recorded head: otherwise rows were deleted from the end, and the
    // first bad row is the first one missing.
    auto head = db.scalar(QStringLiteral("SELECT value FROM kv WHERE key = 'audit.head'"));
    if (!head)
        return head.error();
    if (!head->isEmpty()) {
        const qint64 headId = head->section(QLatin1Char(' '), 0, 0).toLongLong();
        const QString headHash = head->section(QLatin1Char(' '), 1);
        if (headId != lastId || headHash != prev)
            return lastId + 1;
    }
    return qint64(0);
}

} // namespace wf::store
