#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QtGlobal>

#include <array>
#include <limits>

namespace wf::store {

class Database;
class Statement;

// Coarse copies of state_bands for zoomed-out timelines: per target and UTC day, the worst state
// of every 5-minute slot and of every hour (table band_days). A 90-day view of 500 lanes then
// reads 45,000 small rows instead of every state change, and a brief outage still colours its
// slot.
//
// A cell holds the worst HealthState rank of any band overlapping it, with a band lasting until
// the next one starts (as the timeline draws it), or kNoData. Cells are stored run-length
// encoded (pairs of state byte and run length 1..255): a day of one state takes 4 bytes.
namespace banddays {

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kSlotMs = 300'000;
constexpr int kSlots = int(kDayMs / kSlotMs);
constexpr qint64 kHourMs = 3'600'000;
constexpr int kHours = 24;
constexpr quint8 kNoData = 0xFF;

using Slots = std::array<quint8, kSlots>;
using Hours = std::array<quint8, kHours>;

inline qint64 dayOf(qint64 ms) { return ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs); }

QByteArray encode(const quint8 *cells, int count);
inline QByteArray encode(const Slots &cells) { return encode(cells.data(), kSlots); }
// False when the blob is not a valid encoding of `count` cells (the cells are then all kNoData).
bool decode(const QByteArray &blob, quint8 *cells, int count);
inline bool decode(const QByteArray &blob, Slots &cells) { return decode(blob, cells.data(), kSlots); }
// The worst state of each hour's twelve slots (kNoData only where all are).
Hours hoursOf(const Slots &cells);

// Raises the cells of `day` overlapping [fromMs, toMs] to at least `rank`; returns whether any
// slot changed. Parts of the range outside the day are ignored.
bool mark(Slots &cells, qint64 day, qint64 fromMs, qint64 toMs, int rank);

// One target's current day as the writer keeps it between batches.
struct DayBuffer
{
    qint64 day = std::numeric_limits<qint64>::min(); // none loaded
    Slots cells{};
    bool dirty = false;
};

// Marks [fromMs, toMs] with `rank` for `targetUtf8`, loading and writing the day rows it
// touches through `buffer` (rows of other days than the buffer's are written at once; the
// buffer's own row when flush() is called).
Status markRange(Database &db, const QByteArray &targetUtf8, DayBuffer &buffer, qint64 fromMs, qint64 toMs, int rank);
Status flush(Database &db, const QByteArray &targetUtf8, DayBuffer &buffer);

// Recomputes band_days and band_targets from state_bands (schema migration, bulk imports). Runs
// inside the caller's transaction if there is one.
Status rebuild(Database &db);

} // namespace banddays
} // namespace wf::store
