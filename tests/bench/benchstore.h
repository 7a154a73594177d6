#pragma once

// Store helpers shared by the benchmark executables that open databases directly.

#include "store/database.h"
#include "store/store.h"

#include <QFile>

#include <cstdio>

namespace wf::bench {

inline void removeDb(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// Opens (and migrates) a database the way the store thread does; prints why not.
inline bool openStoreDb(store::Database &db, const QString &path)
{
    auto r = store::Store::openDatabase(db, path);
    if (!r) {
        std::fprintf(stderr, "bench: %s: %s\n", qPrintable(path), qPrintable(r.error().message));
        return false;
    }
    return true;
}

} // namespace wf::bench
