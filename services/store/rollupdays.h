#pragma once

#include "banddays.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <array>

namespace wf::store {

class Database;

// Latency and error rollups of the observations, one row per target and UTC day (table
// rollup_days): the sums of each hour in one packed blob, so a day of a target costs one row of
// about 300 bytes instead of 24 rows of about 57. Past the hour retention
// (`health.retention.hour_rollups`) a day's hours are folded into one sum for the whole day,
// about 30 bytes, kept with the day rows for good. Sums add up: an hour can be written in parts
// (the writer settles open hours every minute) and late observations join their hour.
namespace rollupdays {

// The same UTC days as the timeline cells.
using banddays::dayOf;
using banddays::kDayMs;
using banddays::kHourMs;
using banddays::kHours;
constexpr int kWholeDay = kHours; // slot of a day whose hours were folded into one sum
constexpr int kSlotCount = kHours + 1;

// Observations of one target in one bucket (an hour, or a folded day).
struct Sum
{
    qint64 n = 0;
    qint64 nBad = 0;
    int worst = 0;       // highest HealthState rank seen
    double latSum = 0;   // ms
    qint64 latN = 0;
    double latMax = -1;  // ms; < 0: no latency in the bucket
    bool empty() const { return n == 0; }
    void add(int rank, bool bad, double latencyMs)
    {
        worst = n == 0 ? rank : qMax(worst, rank);
        ++n;
        nBad += bad ? 1 : 0;
        if (latencyMs >= 0) {
            latSum += latencyMs;
            ++latN;
            latMax = qMax(latMax, latencyMs);
        }
    }
    void merge(const Sum &o)
    {
        if (o.n == 0)
            return;
        worst = n == 0 ? o.worst : qMax(worst, o.worst);
        n += o.n;
        nBad += o.nBad;
        latSum += o.latSum;
        latN += o.latN;
        latMax = qMax(latMax, o.latMax);
    }
};

// One row: hour sums 0..23 and the folded day (slot kWholeDay).
struct Day
{
    std::array<Sum, kSlotCount> sums{};
    bool empty() const;
    // Folds the hours into the whole-day slot; returns whether there was an hour to fold.
    bool foldHours();
};

// Blob: a format byte, then per non-empty slot: slot byte, n, nBad, worst, latN, latSum and
// latMax + 1 (0: none) as unsigned LEB128 varints, latencies in units of 10 microseconds.
QByteArray encode(const Day &day);
// False when the blob is damaged; `day` then holds what decoded before the damage.
bool decode(QByteArrayView blob, Day &day);

// Adds `sum` to the hour of `hourMs` of `targetUtf8` (read, add, write back one row).
Status add(Database &db, const QByteArray &targetUtf8, qint64 hourMs, const Sum &sum);

// Reads one row (an empty Day when there is none).
Result<Day> read(Database &db, const QByteArray &targetUtf8, qint64 day);

// Folds the hours of every day before `beforeDay` into one sum per day. Only days from the last
// fold on are visited (kept in kv `rollups.folded_before_day`), so a daily run touches one day
// per target. Returns the number of rows folded.
Result<qint64> foldBefore(Database &db, qint64 beforeDay);

// Converts rows of the former obs_rollup table (schema 11 migration).
Status migrateFromRows(Database &db);

} // namespace rollupdays
} // namespace wf::store
