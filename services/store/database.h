#pragma once

#include "banddays.h"
#include "rollupdays.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QVariant>

#include <limits>
#include <map>
#include <unordered_map>
#include <vector>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace wf::store {

class Database;

// A prepared statement; bind by 1-based index, step, read columns by 0-based index.
class Statement
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &value);
    // Binds UTF-8 text without copying: `utf8` must stay alive and unchanged until the statement
    // has been stepped and reset.
    Statement &bindUtf8(int index, const QByteArray &utf8);
    Statement &bindNull(int index);
    Statement &bindOptional(int index, qint64 value, qint64 nullValue);

    // Returns true while a row is available; false at the end or on error (see lastError()).
    bool step();
    // Runs to completion; false on error.
    bool exec();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    // The column's bytes without a copy: valid until the next step() or reset().
    QByteArrayView blobView(int column) const;
    bool isNull(int column) const;

    QString lastError() const { return m_error; }

private:
    friend class Database;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_needsReset = false;
    QString m_error;
};

// What Store::writeObservations keeps per target between batches on one connection: the last
// state band and the current timeline day as the tables hold them, so they need not be read
// again, and the writes it defers (rollup sums of open buckets, the end of the current band).
// The table copies are only trusted while nothing else changed the database since the writer's
// last commit (see Store::writeObservations) and are dropped otherwise (forgetTables()). The
// deferred writes do not depend on them: rollup sums are added to their rows, a band end only
// moves later. Store::settle() writes them. Everything is forgotten when the connection is
// opened or closed (Store::closeDatabase settles first).
struct IngestCache
{
    struct Band
    {
        qint64 id = 0;
        int state = -1;
        qint64 from = 0;
        qint64 to = 0;
    };
    // Observations of one target in one hour not yet added to its rollup_days row.
    using RollSum = rollupdays::Sum;
    struct Target
    {
        QByteArray utf8;
        bool bandLoaded = false;  // `band` is the table's last band of this target (or none)
        Band band;                // its end may be newer than the row's (deferred)
        qint64 writtenTo = 0;     // the row's to_ms
        banddays::DayBuffer day;  // newest band_days row, as written
        qint64 hourMs = std::numeric_limits<qint64>::min();
        RollSum hour;             // sums of the open hour not yet written
        quint64 batch = 0;        // last batch that touched the target
    };
    struct ClosedSum // of an hour
    {
        qint64 bucketMs = 0;
        QByteArray target;
        RollSum sum;
    };
    std::unordered_map<QString, Target> targets;
    std::vector<ClosedSum> closedSums; // buckets a target moved past, not yet written
    bool pending = false;              // something above not yet written
    quint64 batches = 0;
    qint64 totalChanges = -1;       // sqlite3_total_changes64() after the writer's last commit
    qint64 dataVersion = -1;        // PRAGMA data_version then (commits of other connections)
    qint64 schemaVersion = -1;      // PRAGMA schema_version then (tables dropped or recreated)
    qint64 settledAtMs = std::numeric_limits<qint64>::min(); // newest observation time at the last settle
    bool hasPending() const { return pending; }

    // Drops what describes the tables (bands, days, versions); keeps the deferred sums. A band
    // end not yet written is dropped too: the band is read again and extended from its row's
    // end, which covers the same time.
    void forgetTables()
    {
        for (auto &[key, t] : targets) {
            t.bandLoaded = false;
            t.band = Band{};
            t.day = banddays::DayBuffer{};
        }
        totalChanges = dataVersion = schemaVersion = -1;
    }
    void reset() { *this = IngestCache{}; }
};

// RAII wrapper around one sqlite3 connection. Not thread-safe: used only on the store thread.
class Database
{
public:
    Database() = default;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    Status open(const QString &path);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    Status exec(const QString &sql);
    Result<Statement> prepare(const QString &sql);
    // A statement prepared once per connection and kept until close(); reset it after use.
    Result<Statement *> cached(const QString &sql);
    // First column of the first row as text (empty on no row).
    Result<QString> scalar(const QString &sql);

    qint64 lastInsertId() const;
    int changes() const;
    QString lastError() const;
    qint64 totalChanges() const;
    sqlite3 *handle() const { return m_db; }
    IngestCache &ingestCache() { return m_ingest; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    std::map<QString, std::unique_ptr<Statement>> m_cached;
    IngestCache m_ingest;
};

} // namespace wf::store
