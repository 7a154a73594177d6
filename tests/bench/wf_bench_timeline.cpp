// Outage timeline at scale, offscreen: 500 lanes x 90 days of state history in a real store, and
// for every range preset (1 h ... 90 d) the time an operator waits for the view: the query the
// panel runs (TimelineQuery::load at the canvas' resolution), handing the data to the canvas, and
// painting the real TimelinePanel into a 1600x1000 image. Driven by scripts/bench.sh; see
// docs/performance.md.

#include "benchstore.h"
#include "benchutil.h"

#include "core/healthstate.h"
#include "store/banddays.h"
#include "store/database.h"
#include "store/store.h"
#include "store/timelinequery.h"
#include "timeline/timelinepanel.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <cmath>
#include <cstdio>

using namespace wf;
using namespace wf::bench;

namespace {

constexpr qint64 kDayMs = 86'400'000;

// Fills state_bands of `lanes` targets over `days` days, one band per state change, as
// Store::writeObservations leaves them (about `changesPerDay` changes per lane and day, mostly
// operational with degraded and outage runs between), then derives the per-day slots from them
// as the schema migration does. Writing 90 days of 10-second observations through the writer
// would take hours; the rows are the same.
qint64 populate(store::Database &db, int lanes, int days, double changesPerDay, qint64 nowMs)
{
    QRandomGenerator rng(42);
    db.exec(QStringLiteral("BEGIN"));
    auto ins = db.prepare(QStringLiteral("INSERT INTO state_bands(target, state, from_ms, to_ms) VALUES(?1, ?2, ?3, ?4)"));
    const double meanMs = double(kDayMs) / changesPerDay;
    const qint64 start = nowMs - qint64(days + 5) * kDayMs;
    qint64 rows = 0;
    for (int lane = 0; lane < lanes; ++lane) {
        const QString target = QStringLiteral("probe:lane%1").arg(lane, 4, 10, QLatin1Char('0'));
        qint64 t = start + qint64(rng.bounded(int(meanMs)));
        int state = rank(HealthState::Operational);
        while (t < nowMs) {
            const qint64 len = std::max<qint64>(10'000, qint64(-std::log(1.0 - rng.generateDouble() * 0.999) * meanMs));
            const qint64 to = std::min(nowMs, t + len - 10'000);
            ins->bind(1, target).bind(2, state).bind(3, t).bind(4, std::max(t, to)).exec();
            ++rows;
            t += len;
            const int r = rng.bounded(10);
            state = state != rank(HealthState::Operational) ? rank(HealthState::Operational)
                    : r < 6 ? rank(HealthState::Degraded) : r < 9 ? rank(HealthState::PartialOutage) : rank(HealthState::MajorOutage);
        }
    }
    if (auto s = store::banddays::rebuild(db); !s)
        std::fprintf(stderr, "wf_bench_timeline: %s\n", qPrintable(s.error().message));
    db.exec(QStringLiteral("COMMIT"));
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const Args a(app.arguments().mid(1));
    const int runs = a.integer(QStringLiteral("runs"), 5);
    const int lanes = a.integer(QStringLiteral("lanes"), 500);
    const int days = a.integer(QStringLiteral("days"), 90);
    const double changesPerDay = a.real(QStringLiteral("changes-per-day"), 24);
    const int width = a.integer(QStringLiteral("width"), 1600);
    const int height = a.integer(QStringLiteral("height"), 1000);
    const QString workdir = a.value(QStringLiteral("workdir"), QDir::tempPath());
    const QString pngDir = a.value(QStringLiteral("png"));
    QDir().mkpath(workdir);

    const QString path = QDir(workdir).filePath(QStringLiteral("timeline.db"));
    const bool keep = a.flag(QStringLiteral("keep")); // keep the file and reuse it next time
    if (!keep)
        removeDb(path);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 bands = 0, dayRows = 0;
    {
        store::Database db;
        if (!openStoreDb(db, path))
            return 3;
        QElapsedTimer t;
        t.start();
        auto kept = db.scalar(QStringLiteral("SELECT count(*) FROM state_bands"));
        bands = kept ? kept->toLongLong() : 0;
        if (bands == 0)
            bands = populate(db, lanes, days, changesPerDay, now);
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM band_days"));
        dayRows = n ? n->toLongLong() : 0;
        progress(QStringLiteral("populated %1 bands, %2 day rows in %3 s").arg(bands).arg(dayRows).arg(t.elapsed() / 1000.0, 0, 'f', 1));
    }
    // Reopen, so the first query does not find everything in SQLite's page cache.
    store::Database db;
    if (!openStoreDb(db, path))
        return 3;

    ui::TimelinePanel panel(nullptr, {});
    panel.resize(width, height);
    panel.show();
    QCoreApplication::processEvents();
    ui::TimelineCanvas *canvas = panel.canvas();
    QImage image(panel.size(), QImage::Format_ARGB32_Premultiplied);

    struct Preset
    {
        const char *id;
        const char *name;
        qint64 span;
    };
    const Preset presets[] = {{"1h", "1 h", 3'600'000}, {"6h", "6 h", 6 * 3'600'000}, {"24h", "24 h", kDayMs},
                              {"7d", "7 d", 7 * kDayMs}, {"30d", "30 d", 30 * kDayMs}, {"90d", "90 d", 90 * kDayMs}};
    std::vector<Figure> figures;
    const QString only = a.value(QStringLiteral("preset")); // one preset only, e.g. for a profiler
    for (const Preset &p : presets) {
        if (!only.isEmpty() && only != QLatin1String(p.id))
            continue;
        Figure f{QStringLiteral("4 ui"), QStringLiteral("timeline_%1").arg(QLatin1String(p.id)),
                 QStringLiteral("timeline %1 lanes, preset %2: query + paint %3x%4").arg(lanes).arg(QLatin1String(p.name)).arg(width).arg(height),
                 QStringLiteral("ms")};
        f.goalOp = QStringLiteral("<");
        f.goalValue = 50;
        Figure q{QStringLiteral("4 ui"), QStringLiteral("timeline_query_%1").arg(QLatin1String(p.id)),
                 QStringLiteral("  of which TimelineQuery::load, preset %1").arg(QLatin1String(p.name)), QStringLiteral("ms")};
        q.reference = QStringLiteral("timeline_naive_%1").arg(QLatin1String(p.id)); // part of the figure above
        // Reference: the same range read the plain way, every stored band in it row by row
        // (no day cells, no folding, no painting).
        Figure naive{QStringLiteral("4 ui"), QStringLiteral("timeline_naive_%1").arg(QLatin1String(p.id)),
                     QStringLiteral("  reading every band of preset %1 from state_bands (reference)").arg(QLatin1String(p.name)), QStringLiteral("ms")};
        naive.isReference = true;
        f.reference = naive.id;
        qint64 naiveRows = 0;
        qint64 lanesOut = 0, bandsOut = 0;
        for (int run = 0; run < runs; ++run) {
            // Presets end at the present, as the live view does; each run is the full path.
            canvas->setRange(now - p.span, now + p.span / 50);
            QElapsedTimer t;
            t.start();
            auto data = store::TimelineQuery::load(db, canvas->fromMs(), canvas->toMs(), canvas->resolutionMs());
            q.samples.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!data) {
                std::fprintf(stderr, "wf_bench_timeline: %s\n", qPrintable(data.error().message));
                return 3;
            }
            canvas->setNow(now);
            canvas->setData(*data);
            image.fill(Qt::transparent);
            {
                QPainter painter(&image);
                panel.render(&painter);
            }
            f.samples.push_back(double(t.nsecsElapsed()) / 1e6);
            lanesOut = data->lanes.size();
            bandsOut = 0;
            for (const auto &l : std::as_const(data->lanes))
                bandsOut += l.bands.size();
            if (run == 0 && !pngDir.isEmpty())
                image.save(QStringLiteral("%1/timeline-%2.png").arg(pngDir, QLatin1String(p.id)));

            QElapsedTimer tn;
            tn.start();
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(db.handle(), "SELECT target, from_ms, to_ms, state FROM state_bands WHERE to_ms > ?1 AND from_ms < ?2", -1, &st, nullptr);
            sqlite3_bind_int64(st, 1, canvas->fromMs());
            sqlite3_bind_int64(st, 2, canvas->toMs());
            naiveRows = 0;
            while (sqlite3_step(st) == SQLITE_ROW) {
                // Every column read out, as a caller would.
                sqlite3_column_text(st, 0);
                sqlite3_column_int64(st, 1);
                sqlite3_column_int64(st, 2);
                sqlite3_column_text(st, 3);
                ++naiveRows;
            }
            sqlite3_finalize(st);
            naive.samples.push_back(double(tn.nsecsElapsed()) / 1e6);
        }
        naive.note = QStringLiteral("%1 bands in the range").arg(naiveRows);
        f.note = QStringLiteral("%1 lanes and %2 bands after folding at %3 s per pixel; the table holds %4 bands (about %5 state changes per lane per day) and %6 day rows; first run right after reopening the file")
                     .arg(lanesOut).arg(bandsOut).arg(canvas->resolutionMs() / 1000.0, 0, 'f', 1).arg(bands).arg(changesPerDay).arg(dayRows);
        progress(QStringLiteral("preset %1: query + paint median %2 ms (query %3 ms), %4 lanes, %5 bands")
                     .arg(QLatin1String(p.name)).arg(median(f.samples), 0, 'f', 1).arg(median(q.samples), 0, 'f', 1).arg(lanesOut).arg(bandsOut));
        figures.push_back(f);
        figures.push_back(q);
        figures.push_back(naive);
    }
    db.close();
    if (!keep)
        removeDb(path);
    writeFragment(a.value(QStringLiteral("out")), figures);
    return 0;
}
