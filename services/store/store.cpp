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
#include <QStandardPaths>

namespace wf::store {

namespace {
constexpr int kFlushIntervalMs = 200;
constexpr int kFlushBatch = 5000;
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
    flush();
    // Close the connection on the thread that used it, after every queued job.
    QMetaObject::invokeMethod(m_worker, [this] { m_db.close(); }, Qt::BlockingQueuedConnection);
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
    run<Result<OpenReport>>(this, [path](Database &db) { return openDatabase(db, path); },
        [this](Result<OpenReport> r) {
            if (r) {
                m_open = true;
                emit opened(*r);
            } else {
                emit failed(r.error().message);
            }
        });
}

Result<OpenReport> Store::openAndWait(const QString &path)
{
    auto r = runSync<Result<OpenReport>>([path](Database &db) { return openDatabase(db, path); });
    m_open = r.ok();
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

Result<OpenReport> Store::openDatabase(Database &db, const QString &path)
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
            auto check = db.scalar(QStringLiteral("PRAGMA integrity_check"));
            if (!check)
                damage = check.error().message;
            else if (*check != QLatin1String("ok"))
                damage = *check;
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

    if (auto s = migrate(db); !s)
        return s.error();
    report.schemaVersion = db.scalar(QStringLiteral("PRAGMA user_version"))->toInt();
    qCInfo(lcStore).noquote() << "database open:" << path << "schema" << report.schemaVersion << "journal" << report.journalMode;
    return report;
}

void Store::append(const Observation &obs)
{
    m_pending.append(obs);
    if (m_pending.size() >= kFlushBatch)
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
    run<Status>(this, [batch = std::move(batch)](Database &db) { return writeObservations(db, batch); },
        [this, n](Status s) {
            if (s) {
                emit observationsWritten(n);
            } else {
                qCWarning(lcStore).noquote() << "writing" << n << "observations failed:" << s.error().message;
                emit writeFailed(s.error().message);
            }
        });
}

Status Store::writeObservations(Database &db, const QList<Observation> &batch)
{
    if (!db.isOpen())
        return Status::failure(QStringLiteral("store.closed"), QStringLiteral("database is not open"));
    if (auto s = db.exec(QStringLiteral("BEGIN")); !s)
        return s;
    auto ins = db.prepare(QStringLiteral(
        "INSERT INTO observations(ts_ms, source, target, state, latency_ms, http_status, error_class, detail) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    auto roll = db.prepare(QStringLiteral(
        "INSERT INTO obs_rollup(bucket_s, bucket_ms, target, n, n_bad, worst, lat_sum, lat_n, lat_max) "
        "VALUES(?1, ?2, ?3, 1, ?4, ?5, ?6, ?7, ?8) "
        "ON CONFLICT(bucket_s, target, bucket_ms) DO UPDATE SET n = n + 1, n_bad = n_bad + excluded.n_bad, "
        "worst = max(worst, excluded.worst), lat_sum = lat_sum + excluded.lat_sum, lat_n = lat_n + excluded.lat_n, "
        "lat_max = max(coalesce(lat_max, excluded.lat_max), coalesce(excluded.lat_max, lat_max))"));
    if (!ins || !roll) {
        db.exec(QStringLiteral("ROLLBACK"));
        return (!ins ? ins.error() : roll.error());
    }
    for (const Observation &o : batch) {
        ins->bind(1, o.tsMs).bind(2, o.source).bind(3, o.target).bind(4, o.state);
        if (o.latencyMs >= 0)
            ins->bind(5, o.latencyMs);
        else
            ins->bindNull(5);
        ins->bindOptional(6, o.httpStatus, 0);
        ins->bind(7, o.errorClass.isEmpty() ? QString() : o.errorClass);
        ins->bind(8, o.detail.isEmpty() ? QString() : o.detail);
        if (!ins->exec()) {
            const QString err = ins->lastError();
            db.exec(QStringLiteral("ROLLBACK"));
            return Status::failure(QStringLiteral("store.insert"), err);
        }
        const HealthState st = stateFromKey(o.state);
        for (qint64 bucketS : {qint64(60), qint64(3600)}) {
            const qint64 bucketMs = o.tsMs - (o.tsMs % (bucketS * 1000));
            roll->bind(1, bucketS).bind(2, bucketMs).bind(3, o.target).bind(4, isBad(st) ? 1 : 0).bind(5, rank(st));
            if (o.latencyMs >= 0)
                roll->bind(6, o.latencyMs).bind(7, 1).bind(8, o.latencyMs);
            else
                roll->bind(6, 0.0).bind(7, 0).bindNull(8);
            if (!roll->exec()) {
                const QString err = roll->lastError();
                db.exec(QStringLiteral("ROLLBACK"));
                return Status::failure(QStringLiteral("store.rollup"), err);
            }
        }
    }
    if (auto s = updateBands(db, batch); !s) {
        db.exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    return db.exec(QStringLiteral("COMMIT"));
}

Status Store::updateBands(Database &db, const QList<Observation> &batch)
{
    // Keeps one row per run of equal consecutive states per target, so the timeline reads
    // transitions instead of every sample. Work per batch: one lookup per distinct target.
    struct Open
    {
        qint64 id = 0; // 0 = not yet in the table
        int state = -1;
        qint64 from = 0;
        qint64 to = 0;
        bool dirty = false;
    };
    QHash<QString, Open> open;
    QList<std::pair<QString, Open>> closed;
    auto last = db.prepare(QStringLiteral("SELECT id, state, from_ms, to_ms FROM state_bands WHERE target = ?1 ORDER BY from_ms DESC LIMIT 1"));
    if (!last)
        return last.error();
    for (const Observation &o : batch) {
        auto it = open.find(o.target);
        if (it == open.end()) {
            Open b;
            last->bind(1, o.target);
            if (last->step()) {
                b.id = last->int64(0);
                b.state = int(last->int64(1));
                b.from = last->int64(2);
                b.to = last->int64(3);
            }
            last->reset();
            it = open.insert(o.target, b);
        }
        const int st = rank(stateFromKey(o.state));
        if (it->state >= 0 && o.tsMs < it->to)
            continue; // out of order: kept as a raw observation only
        if (it->state == st) {
            it->to = o.tsMs;
            it->dirty = true;
        } else {
            if (it->state >= 0) {
                // The previous band lasts until this observation.
                it->to = o.tsMs;
                it->dirty = true;
                closed.append({o.target, *it});
            }
            *it = Open{0, st, o.tsMs, o.tsMs, true};
        }
    }
    auto upd = db.prepare(QStringLiteral("UPDATE state_bands SET to_ms = ?2 WHERE id = ?1"));
    auto ins = db.prepare(QStringLiteral("INSERT INTO state_bands(target, state, from_ms, to_ms) VALUES(?1, ?2, ?3, ?4)"));
    if (!upd || !ins)
        return !upd ? upd.error() : ins.error();
    auto write = [&](const QString &target, const Open &b) -> bool {
        if (!b.dirty)
            return true;
        if (b.id)
            return upd->bind(1, b.id).bind(2, b.to).exec();
        return ins->bind(1, target).bind(2, b.state).bind(3, b.from).bind(4, b.to).exec();
    };
    for (const auto &[target, b] : std::as_const(closed))
        if (!write(target, b))
            return Status::failure(QStringLiteral("store.bands"), db.lastError());
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        if (!write(it.key(), it.value()))
            return Status::failure(QStringLiteral("store.bands"), db.lastError());
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
    e.prevHash = prev->isEmpty() ? QStringLiteral("genesis") : *prev;
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
    for (const AuditEvent &e : *all) {
        if (e.prevHash != prev || auditHash(e) != e.hash)
            return e.id;
        prev = e.hash;
    }
    return qint64(0);
}

} // namespace wf::store
