#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace wf::store {

class Database;

struct Migration
{
    int version;
    QString description;
    QString sql;
    // Optional step after the SQL, in the same transaction (data that SQL alone cannot derive).
    Status (*after)(Database &db) = nullptr;
};

// Ordered list of schema migrations. Append new ones; never edit a released one.
const QList<Migration> &migrations();
int latestSchemaVersion();

// Brings the database to the latest version, each step in its own transaction.
// Fails (without touching data) when the file comes from a newer Watchfloor.
Status migrate(Database &db);

} // namespace wf::store
