#include "database.h"

#include <QFile>

#include <sqlite3.h>

namespace wf::store {

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_needsReset(other.m_needsReset), m_error(std::move(other.m_error))
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_needsReset = other.m_needsReset;
        m_error = std::move(other.m_error);
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        return bindNull(index);
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindUtf8(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        return bindNull(index);
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindOptional(int index, qint64 value, qint64 nullValue)
{
    return value == nullValue ? bindNull(index) : bind(index, value);
}

bool Statement::step()
{
    if (m_needsReset) {
        sqlite3_reset(m_stmt);
        m_needsReset = false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_needsReset = true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    else
        m_error.clear();
    return false;
}

bool Statement::exec()
{
    while (step()) {
    }
    const bool ok = m_error.isEmpty();
    reset();
    return ok;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_needsReset = false;
}

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::blobView(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArrayView(p, sqlite3_column_bytes(m_stmt, column));
}

Database::~Database() { close(); }

Status Database::open(const QString &path)
{
    close();
    sqlite3 *db = nullptr;
    const QByteArray p = path == QLatin1String(":memory:") ? QByteArray(":memory:") : QFile::encodeName(path);
    const int rc = sqlite3_open_v2(p.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromLatin1(sqlite3_errstr(rc));
        sqlite3_close(db);
        return Status::failure(QStringLiteral("store.open"), msg);
    }
    m_db = db;
    m_path = path;
    m_ingest.reset();
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_extended_result_codes(m_db, 1);
    return Ok{};
}

void Database::close()
{
    m_cached.clear(); // finalized before the connection goes
    m_ingest.reset();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Status Database::exec(const QString &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = err ? QString::fromUtf8(err) : QString::fromLatin1(sqlite3_errstr(rc));
        sqlite3_free(err);
        return Status::failure(QStringLiteral("store.sql"), msg);
    }
    return Ok{};
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return Error{QStringLiteral("store.prepare"), QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" in: ") + sql};
    return Statement(m_db, stmt);
}

Result<Statement *> Database::cached(const QString &sql)
{
    auto it = m_cached.find(sql);
    if (it != m_cached.end())
        return it->second.get();
    auto st = prepare(sql);
    if (!st)
        return st.error();
    auto owned = std::make_unique<Statement>(std::move(st).value());
    Statement *raw = owned.get();
    m_cached.emplace(sql, std::move(owned));
    return raw;
}

Result<QString> Database::scalar(const QString &sql)
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    if (st->step())
        return st->text(0);
    if (!st->lastError().isEmpty())
        return Error{QStringLiteral("store.sql"), st->lastError()};
    return QString();
}

qint64 Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
qint64 Database::totalChanges() const { return m_db ? qint64(sqlite3_total_changes64(m_db)) : -1; }
QString Database::lastError() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }

} // namespace wf::store
