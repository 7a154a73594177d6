// Watchfloor benchmarks without widgets: probe engine throughput against ab/wrk, the 10,000-target
// scale soak, the store (ingest vs raw sqlite3, size, projection, timeline query), the cold-start
// measurement of the watchfloor executable, and the report that turns the JSON fragments of one
// run into a table and bench-results.json. Driven by scripts/bench.sh; see docs/performance.md.

#include "benchstore.h"
#include "benchutil.h"

#include "core/healthstate.h"
#include "net/httpclient.h"
#include "probes/probescheduler.h"
#include "health/healthsettings.h"
#include "store/database.h"
#include "store/rollupdays.h"
#include "store/store.h"
#include "store/timelinequery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <curl/curl.h>
#include <sqlite3.h>

#include <cmath>
#include <cstdio>
#include <functional>

using namespace wf;
using namespace wf::bench;

namespace {

constexpr qint64 kDayMs = 86'400'000;

// ---------------------------------------------------------------------------------------------
// External tools (ab, wrk): run to completion and return stdout.

QString runTool(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        std::fprintf(stderr, "wf_bench: cannot start %s (install it with scripts/deps.sh)\n", qPrintable(program));
        std::exit(3);
    }
    if (!p.waitForFinished(timeoutMs) || p.exitCode() != 0) {
        std::fprintf(stderr, "wf_bench: %s %s failed:\n%s\n%s\n", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
                     p.readAllStandardOutput().constData(), p.readAllStandardError().constData());
        std::exit(3);
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

double parseNumberAfter(const QString &text, const QString &label, const QString &tool)
{
    const QRegularExpression re(QRegularExpression::escape(label) + QStringLiteral("\\s*([0-9.]+)"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        std::fprintf(stderr, "wf_bench: could not read \"%s\" from %s output:\n%s\n", qPrintable(label), qPrintable(tool), qPrintable(text));
        std::exit(3);
    }
    return m.captured(1).toDouble();
}

// ---------------------------------------------------------------------------------------------
// Probe engine throughput: Watchfloor's HttpClient with `concurrency` requests in flight.

struct LoadResult
{
    double rps = 0;
    qint64 ok = 0;
    qint64 failed = 0;
    double connectP50 = 0;
    double firstByteP50 = 0;
    double totalP50 = 0;
};

LoadResult clientLoad(const QUrl &url, int total, int concurrency, bool fresh)
{
    net::HttpClient client;
    QEventLoop loop;
    qint64 started = 0;
    qint64 done = 0;
    LoadResult r;
    std::vector<double> connect, firstByte, totalMs;
    connect.reserve(std::size_t(total));
    firstByte.reserve(std::size_t(total));
    totalMs.reserve(std::size_t(total));
    std::function<void()> launch = [&] {
        net::Request req;
        req.url = url;
        req.freshConnection = fresh;
        req.timeoutMs = 10000;
        ++started;
        client.send(req, &loop, [&](const net::Response &resp) {
            ++done;
            if (resp.ok() && resp.status == 200 && !resp.body.isEmpty())
                ++r.ok;
            else
                ++r.failed;
            connect.push_back(resp.timing.connectMs);
            firstByte.push_back(resp.timing.firstByteMs);
            totalMs.push_back(resp.timing.totalMs);
            if (started < total)
                launch();
            else if (done == total)
                loop.quit();
        });
    };
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < concurrency && started < total; ++i)
        launch();
    loop.exec();
    r.rps = double(r.ok) / (double(t.nsecsElapsed()) / 1e9);
    r.connectP50 = median(connect);
    r.firstByteP50 = median(firstByte);
    r.totalP50 = median(totalMs);
    return r;
}

// libcurl's own multi loop (curl_multi_poll), no Qt: the same client library with the same
// request options HttpClient sets for a probe (timing read back per request), as a reference for
// what the event-loop integration, the Response and the callback cost on top.
double curlLoopRps(const QByteArray &url, int total, int concurrency, bool fresh)
{
    CURLM *multi = curl_multi_init();
    int started = 0, done = 0, ok = 0;
    auto discard = +[](char *, size_t size, size_t n, void *) -> size_t { return size * n; };
    auto arm = [&](CURL *e) {
        curl_easy_reset(e);
        curl_easy_setopt(e, CURLOPT_URL, url.constData());
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, 10000L);
        curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
        curl_easy_setopt(e, CURLOPT_USERAGENT, "Watchfloor-bench");
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, discard);
        curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, discard);
        if (fresh) {
            curl_easy_setopt(e, CURLOPT_FRESH_CONNECT, 1L);
            curl_easy_setopt(e, CURLOPT_FORBID_REUSE, 1L);
        }
        curl_multi_add_handle(multi, e);
        ++started;
    };
    for (int i = 0; i < concurrency && started < total; ++i)
        arm(curl_easy_init());
    QElapsedTimer t;
    t.start();
    while (done < total) {
        int running = 0;
        curl_multi_perform(multi, &running);
        int queued = 0;
        while (CURLMsg *msg = curl_multi_info_read(multi, &queued)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            CURL *e = msg->easy_handle;
            long code = 0;
            curl_off_t connectUs = 0, firstByteUs = 0, totalUs = 0;
            curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &code);
            curl_easy_getinfo(e, CURLINFO_CONNECT_TIME_T, &connectUs);
            curl_easy_getinfo(e, CURLINFO_STARTTRANSFER_TIME_T, &firstByteUs);
            curl_easy_getinfo(e, CURLINFO_TOTAL_TIME_T, &totalUs);
            ++done;
            ok += msg->data.result == CURLE_OK && code == 200;
            curl_multi_remove_handle(multi, e);
            if (started < total)
                arm(e);
            else
                curl_easy_cleanup(e);
        }
        if (done < total)
            curl_multi_poll(multi, nullptr, 0, 100, nullptr);
    }
    const double rps = double(ok) / (double(t.nsecsElapsed()) / 1e9);
    curl_multi_cleanup(multi);
    return ok == total ? rps : -1;
}

int cmdThroughput(const Args &a)
{
    const QString url = a.value(QStringLiteral("url"));
    const int runs = a.integer(QStringLiteral("runs"), 5);
    const int n = a.integer(QStringLiteral("requests"), 20000);
    const int c = a.integer(QStringLiteral("concurrency"), 64);
    const int wrkSeconds = a.integer(QStringLiteral("wrk-seconds"), 3);
    if (url.isEmpty()) {
        std::fprintf(stderr, "wf_bench throughput: --url is required\n");
        return 2;
    }
    Figure ours{QStringLiteral("1 probe engine"), QStringLiteral("fresh_rps"), QStringLiteral("HttpClient, fresh connection per request, full timing"), QStringLiteral("req/s")};
    Figure ab{QStringLiteral("1 probe engine"), QStringLiteral("ab_rps"), QStringLiteral("ab -c %1 -n %2 (reference)").arg(c).arg(n), QStringLiteral("req/s")};
    Figure ratio{QStringLiteral("1 probe engine"), QStringLiteral("fresh_ratio"), QStringLiteral("fresh-connection throughput / ab"), QStringLiteral("ratio")};
    Figure ka{QStringLiteral("1 probe engine"), QStringLiteral("keepalive_rps"), QStringLiteral("HttpClient, keep-alive, %1 in flight").arg(c), QStringLiteral("req/s")};
    Figure wrk{QStringLiteral("1 probe engine"), QStringLiteral("wrk_rps"), QStringLiteral("wrk -t1 -c%1 -d%2s (reference)").arg(c).arg(wrkSeconds), QStringLiteral("req/s")};
    Figure kaRatio{QStringLiteral("1 probe engine"), QStringLiteral("keepalive_ratio"), QStringLiteral("keep-alive throughput / wrk"), QStringLiteral("ratio")};
    Figure curlFresh{QStringLiteral("1 probe engine"), QStringLiteral("curl_fresh_rps"), QStringLiteral("libcurl multi loop without Qt, fresh connections (reference)"), QStringLiteral("req/s")};
    Figure curlKa{QStringLiteral("1 probe engine"), QStringLiteral("curl_keepalive_rps"), QStringLiteral("libcurl multi loop without Qt, keep-alive (reference)"), QStringLiteral("req/s")};
    curlFresh.isReference = curlKa.isReference = true;
    Figure overFresh{QStringLiteral("1 probe engine"), QStringLiteral("fresh_vs_curl"), QStringLiteral("fresh connections: HttpClient / libcurl alone"), QStringLiteral("ratio")};
    Figure overKa{QStringLiteral("1 probe engine"), QStringLiteral("keepalive_vs_curl"), QStringLiteral("keep-alive: HttpClient / libcurl alone"), QStringLiteral("ratio")};
    overFresh.reference = overKa.reference = QStringLiteral("what the Qt event loop, the Response and the callback leave of the library's rate");
    curlFresh.note = QStringLiteral("the client library alone: curl_multi_perform/curl_multi_poll, same options, %1 in flight, timing read back").arg(c);
    ab.isReference = wrk.isReference = true;
    ours.reference = QStringLiteral("ab_rps");
    ka.reference = QStringLiteral("wrk_rps");
    ratio.goalOp = kaRatio.goalOp = QStringLiteral(">=");
    ratio.goalValue = 0.7;
    kaRatio.goalValue = 0.5;
    qint64 failures = 0;
    std::vector<double> conn, fb, tot;
    for (int i = 0; i < runs; ++i) {
        // Interleaved, so drift on the shared machine hits both sides of each ratio alike.
        const QString abOut = runTool(QStringLiteral("ab"), {QStringLiteral("-q"), QStringLiteral("-c"), QString::number(c),
                                                             QStringLiteral("-n"), QString::number(n), url});
        const double abRps = parseNumberAfter(abOut, QStringLiteral("Requests per second:"), QStringLiteral("ab"));
        const LoadResult fresh = clientLoad(QUrl(url), n, c, true);
        const QString wrkOut = runTool(QStringLiteral("wrk"), {QStringLiteral("-t1"), QStringLiteral("-c%1").arg(c),
                                                              QStringLiteral("-d%1s").arg(wrkSeconds), url});
        const double wrkRps = parseNumberAfter(wrkOut, QStringLiteral("Requests/sec:"), QStringLiteral("wrk"));
        const LoadResult keep = clientLoad(QUrl(url), n * 2, c, false);
        failures += fresh.failed + keep.failed;
        const double cf = curlLoopRps(url.toUtf8(), n, c, true), ck = curlLoopRps(url.toUtf8(), n * 2, c, false);
        if (cf < 0 || ck < 0)
            ++failures;
        curlFresh.samples.push_back(cf);
        curlKa.samples.push_back(ck);
        overFresh.samples.push_back(fresh.rps / cf);
        overKa.samples.push_back(keep.rps / ck);
        ab.samples.push_back(abRps);
        ours.samples.push_back(fresh.rps);
        ratio.samples.push_back(fresh.rps / abRps);
        wrk.samples.push_back(wrkRps);
        ka.samples.push_back(keep.rps);
        kaRatio.samples.push_back(keep.rps / wrkRps);
        conn.push_back(fresh.connectP50);
        fb.push_back(fresh.firstByteP50);
        tot.push_back(fresh.totalP50);
        progress(QStringLiteral("run %1/%2: ab %3 req/s, fresh %4 req/s (libcurl alone %7); wrk %5 req/s, keep-alive %6 req/s (libcurl alone %8)")
                     .arg(i + 1).arg(runs).arg(abRps, 0, 'f', 0).arg(fresh.rps, 0, 'f', 0).arg(wrkRps, 0, 'f', 0).arg(keep.rps, 0, 'f', 0)
                     .arg(cf, 0, 'f', 0).arg(ck, 0, 'f', 0));
    }
    ours.note = QStringLiteral("per-request timing recorded; median connect %1 ms, first byte %2 ms, total %3 ms; %4 failed requests in all runs")
                    .arg(median(conn), 0, 'f', 3).arg(median(fb), 0, 'f', 3).arg(median(tot), 0, 'f', 3).arg(failures);
    writeFragment(a.value(QStringLiteral("out")), {ours, ab, ratio, curlFresh, overFresh, ka, wrk, kaRatio, curlKa, overKa});
    return failures == 0 ? 0 : 1;
}

// ---------------------------------------------------------------------------------------------
// Scale soak: many HTTP probes on the real scheduler, store and event loop.

int cmdSoak(const Args &a)
{
    const QString base = a.value(QStringLiteral("base"));
    const int targets = a.integer(QStringLiteral("targets"), 10000);
    const int intervalMs = a.integer(QStringLiteral("interval-ms"), 10000);
    const int durationS = a.integer(QStringLiteral("duration-s"), 120);
    const int concurrency = a.integer(QStringLiteral("concurrency"), 64);
    const int windows = std::max(5, a.integer(QStringLiteral("windows"), 6));
    const QString flipCmd = a.value(QStringLiteral("flip-cmd"));
    const QString workdir = a.value(QStringLiteral("workdir"), QDir::tempPath());
    if (base.isEmpty()) {
        std::fprintf(stderr, "wf_bench soak: --base is required\n");
        return 2;
    }
    // Targets whose number ends in 0, 1 or 2 flip (30 %); scripts/bench.sh configures nginx alike.
    auto flips = [](int i) { return i % 10 < 3; };

    const QString dbPath = QDir(workdir).filePath(QStringLiteral("soak.db"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(dbPath + QLatin1String(suffix));
    store::Store store;
    if (auto r = store.openAndWait(dbPath); !r) {
        std::fprintf(stderr, "wf_bench soak: %s\n", qPrintable(r.error().message));
        return 3;
    }
    net::HttpClient http;
    probes::ProbeScheduler scheduler(&http);
    scheduler.setStore(&store);
    scheduler.setMaxConcurrent(concurrency);
    scheduler.setMaxPerHost(concurrency);
    QList<config::ProbeConfig> list;
    list.reserve(targets);
    for (int i = 0; i < targets; ++i) {
        config::ProbeConfig pc;
        pc.id = QStringLiteral("t%1").arg(i, 5, 10, QLatin1Char('0'));
        pc.name = pc.id;
        pc.kind = QStringLiteral("http");
        pc.url = QStringLiteral("%1/t/%2").arg(base).arg(i);
        pc.intervalMs = intervalMs;
        pc.timeoutMs = 5000;
        list << pc;
    }
    scheduler.setProbes(list);

    const qint64 durationMs = qint64(durationS) * 1000;
    const qint64 flipAtMs = std::max<qint64>(0, std::min(durationMs / 2, durationMs - intervalMs * 3 / 2));
    bool flipped = false;
    qint64 results = 0;
    qint64 wrongBad = 0;
    QSet<QString> flippedSeen;
    QObject::connect(&scheduler, &probes::ProbeScheduler::resultReady, &scheduler, [&](const probes::ProbeResult &r) {
        ++results;
        if (r.ok())
            return;
        const int i = r.probeId.mid(1).toInt();
        if (flipped && flips(i))
            flippedSeen.insert(r.probeId);
        else
            ++wrongBad;
    });

    // Event-loop stall: lateness of a 1 ms precise timer.
    QElapsedTimer clock;
    std::vector<double> lateness;
    lateness.reserve(200000);
    qint64 lastNs = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(std::max(0.0, double(now - lastNs) / 1e6 - 1.0));
        lastNs = now;
    });

    Figure cpu{QStringLiteral("2 scale soak"), QStringLiteral("soak_cpu"), QStringLiteral("CPU of the process, %1 targets @ %2 s").arg(targets).arg(intervalMs / 1000), QStringLiteral("% of 1 core")};
    cpu.goalOp = QStringLiteral("<=");
    cpu.goalValue = 25;
    Figure rss{QStringLiteral("2 scale soak"), QStringLiteral("soak_rss"), QStringLiteral("RSS at the end of each window"), QStringLiteral("MiB")};
    Figure p50{QStringLiteral("2 scale soak"), QStringLiteral("soak_stall_p50"), QStringLiteral("event-loop stall p50 (1 ms timer lateness)"), QStringLiteral("ms")};
    Figure p99{QStringLiteral("2 scale soak"), QStringLiteral("soak_stall_p99"), QStringLiteral("event-loop stall p99 (1 ms timer lateness)"), QStringLiteral("ms")};
    p50.goalOp = p99.goalOp = QStringLiteral("<");
    p50.goalValue = p99.goalValue = 16;
    Figure rate{QStringLiteral("2 scale soak"), QStringLiteral("soak_rate"), QStringLiteral("probe runs completed per second"), QStringLiteral("runs/s")};
    rate.goalOp = QStringLiteral(">=");
    rate.goalValue = 0.95 * double(targets) * 1000.0 / intervalMs;
    rate.reference = QStringLiteral("schedule: %1 targets / %2 s = %3 runs/s (goal: 95 % of it)").arg(targets).arg(intervalMs / 1000).arg(double(targets) * 1000.0 / intervalMs);

    const qint64 windowMs = durationMs / windows;
    double lastCpu = processCpuSeconds();
    qint64 lastWallNs = 0;
    qint64 lastResults = 0;
    int windowNo = 0;
    QTimer windowTimer;
    windowTimer.setInterval(int(windowMs));
    QObject::connect(&windowTimer, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double cpuNow = processCpuSeconds();
        const double wall = double(now - lastWallNs) / 1e9;
        cpu.samples.push_back((cpuNow - lastCpu) / wall * 100.0);
        rss.samples.push_back(procStatusMiB("VmRSS"));
        p50.samples.push_back(percentile(lateness, 50));
        p99.samples.push_back(percentile(lateness, 99));
        rate.samples.push_back(double(results - lastResults) / wall);
        progress(QStringLiteral("window %1/%2: cpu %3 %, rss %4 MiB, stall p50 %5 ms p99 %6 ms, %7 runs/s, %8 in flight")
                     .arg(++windowNo).arg(windows).arg(cpu.samples.back(), 0, 'f', 1).arg(rss.samples.back(), 0, 'f', 0)
                     .arg(p50.samples.back(), 0, 'f', 3).arg(p99.samples.back(), 0, 'f', 3).arg(rate.samples.back(), 0, 'f', 0)
                     .arg(scheduler.activeCount()));
        lateness.clear();
        lastCpu = cpuNow;
        lastWallNs = now;
        lastResults = results;
    });

    QEventLoop loop;
    QTimer::singleShot(int(flipAtMs), [&] {
        flipped = true;
        if (!flipCmd.isEmpty())
            QProcess::startDetached(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), flipCmd});
        progress(QStringLiteral("flipping 30 % of the targets to HTTP 500"));
    });
    QTimer::singleShot(int(durationMs) + 50, &loop, &QEventLoop::quit);
    clock.start();
    lastWallNs = 0;
    lastCpu = processCpuSeconds();
    scheduler.start();
    tick.start();
    windowTimer.start();
    loop.exec();
    tick.stop();
    windowTimer.stop();
    scheduler.stop();

    // Let running probes finish, then every observation must be in the database.
    QElapsedTimer drain;
    drain.start();
    while (scheduler.activeCount() > 0 && drain.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const int inFlight = scheduler.activeCount();
    store.flush();
    const auto stored = store.runSync<Result<qint64>>([](store::Database &db) { return store::Store::countObservations(db); });
    const qint64 storedCount = stored ? *stored : -1;

    const int flipTotal = (targets / 10) * 3 + std::min(targets % 10, 3);
    Figure lost{QStringLiteral("2 scale soak"), QStringLiteral("soak_lost"), QStringLiteral("lost observations (scheduled runs - stored rows)"), QStringLiteral("count")};
    lost.samples.push_back(double(results - storedCount));
    lost.goalOp = QStringLiteral("==");
    lost.goalValue = 0;
    lost.note = QStringLiteral("%1 runs completed, %2 observations stored, %3 still in flight after the drain; one count per soak run")
                    .arg(results).arg(storedCount).arg(inFlight);
    Figure flipFig{QStringLiteral("2 scale soak"), QStringLiteral("soak_flips"), QStringLiteral("flipping targets seen failing after the flip"), QStringLiteral("targets")};
    flipFig.samples.push_back(double(flippedSeen.size()));
    flipFig.goalOp = QStringLiteral(">=");
    flipFig.goalValue = flipTotal;
    flipFig.note = QStringLiteral("flip at %1 s of %2 s; %3 failing results from targets that should not fail").arg(flipAtMs / 1000).arg(durationS).arg(wrongBad);
    cpu.note = QStringLiteral("%1 windows of %2 s in one %3 s run; max %4 probes in flight, RSS peak (VmHWM) %5 MiB")
                   .arg(windows).arg(windowMs / 1000.0, 0, 'f', 1).arg(durationS).arg(scheduler.maxActiveSeen()).arg(procStatusMiB("VmHWM"), 0, 'f', 0);
    rss.reference = QStringLiteral("Uptime Kuma documents ~1.5 GB at ~500 monitors");
    writeFragment(a.value(QStringLiteral("out")), {cpu, rss, p50, p99, rate, lost, flipFig});
    return 0;
}

// ---------------------------------------------------------------------------------------------
// Store.

struct Synth
{
    QStringList targets;
    qint64 t0 = 0;
    int intervalS = 10;

    explicit Synth(int n, qint64 start)
        : t0(start)
    {
        targets.reserve(n);
        for (int i = 0; i < n; ++i)
            targets << QStringLiteral("probe:t%1").arg(i, 5, 10, QLatin1Char('0'));
    }

    // Observation number `idx`: targets round-robin, every target once per interval; about 2 %
    // of the samples are bad, in runs, so state bands change now and then.
    store::Observation at(qint64 idx) const
    {
        const qint64 n = targets.size();
        const qint64 t = idx % n;
        const qint64 round = idx / n;
        store::Observation o;
        o.tsMs = t0 + round * intervalS * 1000 + t;
        o.source = QStringLiteral("probe");
        o.target = targets.at(t);
        const bool bad = ((t * 7 + round / 30) % 50) == 0;
        o.state = stateKey(bad ? HealthState::MajorOutage : HealthState::Operational);
        o.latencyMs = 20.0 + double((idx * 37) % 200) + double(idx % 7) / 8.0;
        o.httpStatus = bad ? 500 : 200;
        o.errorClass = bad ? QStringLiteral("server_error") : QString();
        return o;
    }

    QList<store::Observation> batch(qint64 from, int count) const
    {
        QList<store::Observation> b;
        b.reserve(count);
        for (qint64 i = from; i < from + count; ++i)
            b.append(at(i));
        return b;
    }
};

qint64 scalarInt(store::Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    return v ? v->toLongLong() : -1;
}

// Raw sqlite3 reference: the same rows into the same observations table (no rollups, no bands),
// in one transaction, with the same journal settings.
double rawSqliteRate(const QString &path, const Synth &synth, qint64 rows)
{
    removeDb(path);
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                     "CREATE TABLE observations (id INTEGER PRIMARY KEY, ts_ms INTEGER NOT NULL, source TEXT NOT NULL, "
                     "target TEXT NOT NULL, state TEXT NOT NULL, latency_ms REAL, http_status INTEGER, error_class TEXT, detail TEXT);"
                     "CREATE INDEX observations_target_ts ON observations(target, ts_ms);",
                 nullptr, nullptr, nullptr);
    // Rows are produced outside the timed part, as Store::writeObservations gets them ready-made.
    const QList<store::Observation> all = synth.batch(0, int(rows));
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO observations(ts_ms, source, target, state, latency_ms, http_status, error_class, detail) "
                           "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", -1, &st, nullptr);
    for (const store::Observation &o : all) {
        const QByteArray source = o.source.toUtf8(), target = o.target.toUtf8(), state = o.state.toUtf8(), err = o.errorClass.toUtf8();
        sqlite3_bind_int64(st, 1, o.tsMs);
        sqlite3_bind_text(st, 2, source.constData(), int(source.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 3, target.constData(), int(target.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 4, state.constData(), int(state.size()), SQLITE_TRANSIENT);
        sqlite3_bind_double(st, 5, o.latencyMs);
        sqlite3_bind_int(st, 6, o.httpStatus);
        if (err.isEmpty())
            sqlite3_bind_null(st, 7);
        else
            sqlite3_bind_text(st, 7, err.constData(), int(err.size()), SQLITE_TRANSIENT);
        sqlite3_bind_null(st, 8);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double secs = double(t.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    removeDb(path);
    return double(rows) / secs;
}

struct TableBytes
{
    double rawBytesPerRow = 0;     // observations + its index
    double hourDayBytesPerRow = 0; // rollup_days row of a full day: 24 hourly sums of 360 samples
    double foldDayBytesPerRow = 0; // the same row once folded into one day sum
    double bandBytesPerRow = 0;    // state_bands + its index
    double dayBytesPerRow = 0;     // band_days (one row per target and day)
    double nodeStateBytesPerRow = 0; // node_states + its index
};

double tableBytes(store::Database &db, const QString &names)
{
    return double(scalarInt(db, QStringLiteral("SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name IN (%1)").arg(names)));
}

// Rows the ingest run writes only partly (it covers minutes, not days): full days of hourly
// rollups for `targets` targets through the store's own write path, then folded as retention
// folds them, and node state changes as the health engine writes them, each measured in pages.
void measureDayRows(const QString &path, int targets, qint64 dayMs, TableBytes &tb)
{
    removeDb(path);
    store::Database db;
    if (!openStoreDb(db, path))
        return;
    db.exec(QStringLiteral("BEGIN"));
    for (int t = 0; t < targets; ++t) {
        const QByteArray target = QStringLiteral("probe:endpoint-%1").arg(t, 5, 10, QLatin1Char('0')).toUtf8();
        db.exec(QStringLiteral("INSERT OR IGNORE INTO band_targets(target) VALUES('%1')").arg(QString::fromUtf8(target)));
        for (int h = 0; h < 24; ++h) {
            store::rollupdays::Sum sum;
            for (int i = 0; i < 360; ++i) // a sample every 10 s, latencies 40-400 ms, a few failures
                sum.add(0, (i + h + t) % 97 == 0, 40.0 + double((i * 37 + t * 11 + h * 5) % 3600) / 10.0);
            store::rollupdays::add(db, target, dayMs + h * 3'600'000LL, sum);
        }
        db.exec(QStringLiteral("INSERT INTO node_states(node, ts_ms, state) VALUES('%1', %2, 'major_outage'), ('%1', %3, 'operational')")
                    .arg(QString::fromUtf8(target)).arg(dayMs + 3'600'000).arg(dayMs + 4'000'000));
    }
    db.exec(QStringLiteral("COMMIT"));
    const double days = double(scalarInt(db, QStringLiteral("SELECT count(*) FROM rollup_days")));
    tb.hourDayBytesPerRow = tableBytes(db, QStringLiteral("'rollup_days'")) / std::max(1.0, days);
    tb.nodeStateBytesPerRow = tableBytes(db, QStringLiteral("'node_states','node_states_node_ts'"))
                              / std::max(1.0, double(scalarInt(db, QStringLiteral("SELECT count(*) FROM node_states"))));
    db.exec(QStringLiteral("BEGIN"));
    store::rollupdays::foldBefore(db, store::rollupdays::dayOf(dayMs) + 1);
    db.exec(QStringLiteral("COMMIT"));
    db.exec(QStringLiteral("VACUUM")); // folded rows rewritten in place leave half-empty pages a live file reuses
    tb.foldDayBytesPerRow = tableBytes(db, QStringLiteral("'rollup_days'")) / std::max(1.0, days);
    db.close();
    removeDb(path);
}

TableBytes measureTables(store::Database &db)
{
    TableBytes tb;
    const double obsRows = double(scalarInt(db, QStringLiteral("SELECT count(*) FROM observations")));
    const double bandRows = double(scalarInt(db, QStringLiteral("SELECT count(*) FROM state_bands")));
    tb.rawBytesPerRow = tableBytes(db, QStringLiteral("'observations','observations_target_ts'")) / std::max(1.0, obsRows);
    tb.bandBytesPerRow = tableBytes(db, QStringLiteral("'state_bands','state_bands_lane'")) / std::max(1.0, bandRows);
    const double dayRows = double(scalarInt(db, QStringLiteral("SELECT count(*) FROM band_days")));
    tb.dayBytesPerRow = tableBytes(db, QStringLiteral("'band_days'")) / std::max(1.0, dayRows);
    return tb;
}

int cmdStore(const Args &a)
{
    const int runs = a.integer(QStringLiteral("runs"), 5);
    const qint64 rows = a.integer(QStringLiteral("rows"), 200000);
    const int targets = a.integer(QStringLiteral("targets"), 10000);
    const QString workdir = a.value(QStringLiteral("workdir"), QDir::tempPath());
    QDir().mkpath(workdir);
    const QString path = QDir(workdir).filePath(QStringLiteral("ingest.db"));
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 30 * kDayMs;
    const Synth synth(targets, t0);
    const int batchSize = int(a.integer(QStringLiteral("batch"), store::Store::kMaxBatch)); // Store::append flushes at this size

    Figure ingest{QStringLiteral("3 store"), QStringLiteral("store_ingest"), QStringLiteral("Store::writeObservations, batches of %1 (with rollups + bands)").arg(batchSize), QStringLiteral("obs/s")};
    ingest.goalOp = QStringLiteral(">=");
    ingest.goalValue = 200000;
    ingest.reference = QStringLiteral("store_raw_sqlite");
    Figure raw{QStringLiteral("3 store"), QStringLiteral("store_raw_sqlite"), QStringLiteral("raw sqlite3 INSERT of the same rows, one transaction (reference)"), QStringLiteral("obs/s")};
    raw.isReference = true;
    Figure perM{QStringLiteral("3 store"), QStringLiteral("store_mb_per_million"), QStringLiteral("database size per 1M observations (incl. rollups, bands)"), QStringLiteral("MB")};
    perM.reference = QStringLiteral("store_raw_mb_per_million");
    Figure rawPerM{QStringLiteral("3 store"), QStringLiteral("store_raw_mb_per_million"), QStringLiteral("observations table + index only, per 1M (reference)"), QStringLiteral("MB")};
    rawPerM.isReference = true;
    // The default retention (health.retention): raw 7 d within a 1 GB budget, hour rollups 30 d
    // then one sum per day, state bands 30 d, 5-minute cells and day sums for good, node state
    // changes 90 d.
    const health::RetentionSettings ret;
    const double budgetGb = double(ret.budgetBytes) / 1e9;
    Figure year{QStringLiteral("3 store"), QStringLiteral("store_year_gb"),
                QStringLiteral("projected size after 1 year: 10,000 endpoints @ 10 s, default retention (%1 GB budget)").arg(budgetGb, 0, 'f', 1),
                QStringLiteral("GB")};
    year.goalOp = QStringLiteral("<=");
    year.goalValue = 1;
    year.reference = QStringLiteral("store_year_history_gb");
    Figure history{QStringLiteral("3 store"), QStringLiteral("store_year_history_gb"),
                   QStringLiteral("of which history after 1 year (rollups, bands, cells, state changes; never trimmed by the budget)"), QStringLiteral("GB")};
    history.isReference = true;
    Figure window{QStringLiteral("3 store"), QStringLiteral("store_raw_window_h"),
                  QStringLiteral("raw observations kept within the budget after 1 year at that fleet"), QStringLiteral("h")};
    window.reference = QStringLiteral("older ranges chart from hourly sums (30 d) and day sums");
    TableBytes last;
    for (int run = 0; run < runs; ++run) {
        removeDb(path);
        store::Database db;
        if (!openStoreDb(db, path))
            return 3;
        std::vector<QList<store::Observation>> batches;
        for (qint64 i = 0; i < rows; i += batchSize)
            batches.push_back(synth.batch(i, int(std::min<qint64>(batchSize, rows - i))));
        QElapsedTimer t;
        t.start();
        for (const auto &b : batches) {
            if (auto s = store::Store::writeObservations(db, b); !s) {
                std::fprintf(stderr, "wf_bench store: %s\n", qPrintable(s.error().message));
                return 3;
            }
        }
        // The rollup sums and band ends still deferred are part of the work.
        if (auto s = store::Store::settle(db); !s) {
            std::fprintf(stderr, "wf_bench store: %s\n", qPrintable(s.error().message));
            return 3;
        }
        const double secs = double(t.nsecsElapsed()) / 1e9;
        ingest.samples.push_back(double(rows) / secs);
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const double fileBytes = double(QFileInfo(path).size());
        TableBytes tb = measureTables(db);
        last = tb;
        perM.samples.push_back(fileBytes / double(rows) * 1e6 / 1e6);
        rawPerM.samples.push_back(tb.rawBytesPerRow * 1e6 / 1e6);
        measureDayRows(QDir(workdir).filePath(QStringLiteral("days.db")), 2000, t0 - t0 % kDayMs - 40 * kDayMs, tb);
        last = tb;
        // Year-end size: rows each retention keeps times the bytes per row measured above.
        const double e = 10000, perDay = 86400.0 / 10, dayN = 365;
        const double hourDays = double(ret.hourRollupMs) / kDayMs, bandDays = double(ret.bandsMs) / kDayMs;
        const double stateDays = double(ret.stateHistoryMs) / kDayMs, rawDays = double(ret.rawMs) / kDayMs;
        const double historyBytes = e * hourDays * tb.hourDayBytesPerRow + e * (dayN - hourDays) * tb.foldDayBytesPerRow
                                    + e * 4 * bandDays * tb.bandBytesPerRow // assumed: 4 state changes per endpoint per day
                                    + e * dayN * tb.dayBytesPerRow
                                    + e * 2 * stateDays * tb.nodeStateBytesPerRow; // assumed: 2 node state changes per endpoint per day
        const double rawAll = e * perDay * rawDays * tb.rawBytesPerRow;
        const double budget = double(ret.budgetBytes);
        const double rawKept = std::max(0.0, std::min(rawAll, budget - historyBytes));
        year.samples.push_back((historyBytes + rawKept) / 1e9);
        history.samples.push_back(historyBytes / 1e9);
        window.samples.push_back(rawKept / (e * perDay / 24 * tb.rawBytesPerRow));
        db.close();
        raw.samples.push_back(rawSqliteRate(QDir(workdir).filePath(QStringLiteral("raw.db")), synth, rows));
        progress(QStringLiteral("run %1/%2: ingest %3 obs/s, raw sqlite3 %4 obs/s, %5 MB per 1M, year %6 GB")
                     .arg(run + 1).arg(runs).arg(ingest.samples.back(), 0, 'f', 0).arg(raw.samples.back(), 0, 'f', 0)
                     .arg(perM.samples.back(), 0, 'f', 1).arg(year.samples.back(), 0, 'f', 1));
    }
    removeDb(path);
    perM.note = QStringLiteral("%1 observations per run, %2 targets, 10 s apart").arg(rows).arg(targets);
    year.note = QStringLiteral("size = history + min(E*8640*7*B_raw, budget - history); history = E*30*B_hourday + E*335*B_foldday "
                               "+ E*4*30*B_band + E*365*B_cells + E*2*90*B_state, E = 10,000; measured B_raw = %1, B_hourday = %2, "
                               "B_foldday = %3, B_band = %4, B_cells = %5, B_state = %6 bytes per row (last run); 4 band and 2 node state "
                               "changes per endpoint and day assumed")
                    .arg(last.rawBytesPerRow, 0, 'f', 1).arg(last.hourDayBytesPerRow, 0, 'f', 1).arg(last.foldDayBytesPerRow, 0, 'f', 1)
                    .arg(last.bandBytesPerRow, 0, 'f', 1).arg(last.dayBytesPerRow, 0, 'f', 1).arg(last.nodeStateBytesPerRow, 0, 'f', 1);

    std::vector<Figure> figs{ingest, raw, perM, rawPerM, year, history, window};
    // Opening a big database, when the script passes one: as the console opens it (the
    // quick_check of a cleanly closed file in the background), and that check itself.
    const QString big = a.value(QStringLiteral("open-db"));
    if (!big.isEmpty() && QFile::exists(big)) {
        const qint64 mb = QFileInfo(big).size() >> 20;
        Figure open{QStringLiteral("3 store"), QStringLiteral("store_open_big"), QStringLiteral("Store::openDatabase of the %1 MB cold-start DB (quick_check in the background)").arg(mb), QStringLiteral("ms")};
        open.reference = QStringLiteral("runs on the store thread; the window does not wait for it (see cold start)");
        Figure check{QStringLiteral("3 store"), QStringLiteral("store_check_big"), QStringLiteral("background quick_check of the %1 MB DB (second connection)").arg(mb), QStringLiteral("ms")};
        check.reference = QStringLiteral("the store answers queries meanwhile; damage found is reported and the next start moves the file aside");
        {
            // Once untimed: migrations, and a clean close (the generator leaves the file as
            // after a crash, which makes the next open run the full integrity_check).
            store::Store warm;
            if (auto r = warm.openAndWait(big); !r) {
                std::fprintf(stderr, "wf_bench store: %s\n", qPrintable(r.error().message));
                return 3;
            }
        }
        for (int run = 0; run < runs; ++run) {
            store::Store st;
            bool done = false, ok = false;
            QEventLoop loop;
            QObject::connect(&st, &store::Store::integrityChecked, &loop, [&](bool good) {
                done = true;
                ok = good;
                loop.quit();
            });
            QElapsedTimer t;
            t.start();
            auto r = st.openAndWait(big);
            if (!r) {
                std::fprintf(stderr, "wf_bench store: %s\n", qPrintable(r.error().message));
                return 3;
            }
            open.samples.push_back(double(t.nsecsElapsed()) / 1e6);
            if (r->checkInBackground) {
                if (!done)
                    loop.exec();
                if (!ok) {
                    std::fprintf(stderr, "wf_bench store: the quick_check of %s failed\n", qPrintable(big));
                    return 3;
                }
                check.samples.push_back(double(t.nsecsElapsed()) / 1e6);
            }
        }
        figs.push_back(open);
        if (!check.samples.empty())
            figs.push_back(check);
    }
    writeFragment(a.value(QStringLiteral("out")), figs);
    return 0;
}

// Writes observations for 10,000 targets until the database file reaches --size-mb.
int cmdGenDb(const Args &a)
{
    const QString path = a.value(QStringLiteral("path"));
    const qint64 sizeMb = a.integer(QStringLiteral("size-mb"), 1024);
    if (path.isEmpty()) {
        std::fprintf(stderr, "wf_bench gendb: --path is required\n");
        return 2;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    removeDb(path);
    store::Database db;
    if (!openStoreDb(db, path))
        return 3;
    const Synth synth(10000, QDateTime::currentMSecsSinceEpoch() - 20 * kDayMs);
    qint64 idx = 0;
    for (;;) {
        for (int b = 0; b < 200; ++b, idx += 5000) {
            if (auto s = store::Store::writeObservations(db, synth.batch(idx, 5000)); !s) {
                std::fprintf(stderr, "wf_bench gendb: %s\n", qPrintable(s.error().message));
                return 3;
            }
        }
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const qint64 mb = QFileInfo(path).size() >> 20;
        progress(QStringLiteral("%1 observations, %2 MB").arg(idx).arg(mb));
        if (mb >= sizeMb)
            break;
    }
    return store::Store::settle(db) ? 0 : 3;
}

// Cold start: spawn the watchfloor executable on the big database until its first frame.
int cmdColdStart(const Args &a)
{
    const QString exe = a.value(QStringLiteral("exe"));
    const QString dataDir = a.value(QStringLiteral("data-dir"));
    const QString config = a.value(QStringLiteral("config"));
    const int runs = a.integer(QStringLiteral("runs"), 5);
    const QString workdir = a.value(QStringLiteral("workdir"), QDir::tempPath());
    Figure paint{QStringLiteral("4 ui"), QStringLiteral("cold_start_first_paint"), QStringLiteral("watchfloor start to first painted frame, %1 MB DB").arg(QFileInfo(QDir(dataDir).filePath(QStringLiteral("watchfloor.db"))).size() >> 20), QStringLiteral("ms")};
    paint.goalOp = QStringLiteral("<");
    paint.goalValue = 1000;
    Figure whole{QStringLiteral("4 ui"), QStringLiteral("cold_start_exit"), QStringLiteral("same run: start to process exit (reference)"), QStringLiteral("ms")};
    whole.isReference = true;
    for (int run = 0; run < runs; ++run) {
        const QString shot = QDir(workdir).filePath(QStringLiteral("first-paint-%1.png").arg(run));
        QFile::remove(shot);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("WATCHFLOOR_SETTINGS_FILE"), QDir(workdir).filePath(QStringLiteral("coldstart-settings.ini")));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--exit-after"), QStringLiteral("0"),
                         QStringLiteral("--screenshot"), shot};
        if (!config.isEmpty())
            args << QStringLiteral("--config") << config;
        const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer t;
        t.start();
        p.start(exe, args);
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            std::fprintf(stderr, "wf_bench coldstart: %s failed (exit %d)\n", qPrintable(exe), p.exitCode());
            return 3;
        }
        whole.samples.push_back(double(t.elapsed()));
        const QFileInfo fi(shot);
        if (!fi.exists()) {
            std::fprintf(stderr, "wf_bench coldstart: no first frame written to %s\n", qPrintable(shot));
            return 3;
        }
        // The frame is grabbed (painted) and saved at the first event-loop turn after show().
        paint.samples.push_back(double(fi.lastModified().toMSecsSinceEpoch() - startMs));
        progress(QStringLiteral("run %1/%2: first frame %3 ms, exit %4 ms").arg(run + 1).arg(runs).arg(paint.samples.back()).arg(whole.samples.back()));
    }
    paint.note = QStringLiteral("frame = QWidget::grab() of the shown main window at the first event-loop turn (--exit-after 0 --screenshot), incl. PNG encoding; file cache warm");
    writeFragment(a.value(QStringLiteral("out")), {paint, whole});
    return 0;
}

int cmdFreePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 3;
    std::printf("%d\n", int(s.serverPort()));
    return 0;
}

// ---------------------------------------------------------------------------------------------
// Report: table on stdout, all figures with min/median/max in one JSON file.

QString fmt(double v)
{
    const double a = std::fabs(v);
    if (a >= 1000)
        return QString::number(v, 'f', 0);
    if (a >= 10)
        return QString::number(v, 'f', 1);
    if (a >= 0.1)
        return QString::number(v, 'f', 2);
    return QString::number(v, 'f', 3);
}

bool goalMet(const QString &op, double value, double goal)
{
    if (op == QLatin1String(">="))
        return value >= goal;
    if (op == QLatin1String("<="))
        return value <= goal;
    if (op == QLatin1String("<"))
        return value < goal;
    if (op == QLatin1String("=="))
        return value == goal;
    return false;
}

int cmdReport(const Args &a, const QStringList &files)
{
    QJsonArray all;
    QHash<QString, QJsonObject> byId;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "wf_bench report: cannot read %s\n", qPrintable(file));
            continue;
        }
        const QJsonArray figs = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("figures")).toArray();
        for (const auto &v : figs) {
            QJsonObject o = v.toObject();
            std::vector<double> s;
            for (const auto &x : o.value(QStringLiteral("samples")).toArray())
                s.push_back(x.toDouble());
            if (s.empty())
                continue;
            o.insert(QStringLiteral("runs"), int(s.size()));
            o.insert(QStringLiteral("min"), *std::min_element(s.begin(), s.end()));
            o.insert(QStringLiteral("median"), median(s));
            o.insert(QStringLiteral("max"), *std::max_element(s.begin(), s.end()));
            if (o.contains(QStringLiteral("goal"))) {
                const QJsonObject g = o.value(QStringLiteral("goal")).toObject();
                o.insert(QStringLiteral("goal_met"), goalMet(g.value(QStringLiteral("op")).toString(), median(s), g.value(QStringLiteral("value")).toDouble()));
            }
            byId.insert(o.value(QStringLiteral("id")).toString(), o);
            all.append(o);
        }
    }
    const int cores = QThread::idealThreadCount();
    QString cpuModel;
    QFile ci(QStringLiteral("/proc/cpuinfo"));
    if (ci.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : ci.readAll().split('\n'))
            if (line.startsWith("model name")) {
                cpuModel = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
    }
    QString table;
    const QString header = QStringLiteral("| Figure | runs | min | median | max | unit | goal / reference | verdict |\n|---|---|---|---|---|---|---|---|\n");
    table += header;
    QString group;
    for (const auto &v : std::as_const(all)) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("group")).toString() != group) {
            group = o.value(QStringLiteral("group")).toString();
            table += QStringLiteral("| **%1** | | | | | | | |\n").arg(group);
        }
        QString against;
        QString verdict;
        if (o.contains(QStringLiteral("goal"))) {
            const QJsonObject g = o.value(QStringLiteral("goal")).toObject();
            against = QStringLiteral("goal %1 %2").arg(g.value(QStringLiteral("op")).toString(), fmt(g.value(QStringLiteral("value")).toDouble()));
            verdict = o.value(QStringLiteral("goal_met")).toBool() ? QStringLiteral("met") : QStringLiteral("**MISSED**");
        }
        const QString ref = o.value(QStringLiteral("reference")).toString();
        if (!ref.isEmpty()) {
            if (byId.contains(ref)) {
                const QJsonObject r = byId.value(ref);
                against += (against.isEmpty() ? QString() : QStringLiteral("; ")) + QStringLiteral("ref. %1: %2 %3")
                               .arg(r.value(QStringLiteral("title")).toString().section(QLatin1Char('('), 0, 0).trimmed(),
                                    fmt(r.value(QStringLiteral("median")).toDouble()), r.value(QStringLiteral("unit")).toString());
                if (verdict.isEmpty())
                    verdict = QStringLiteral("x%1 of ref.").arg(fmt(o.value(QStringLiteral("median")).toDouble() / std::max(1e-9, r.value(QStringLiteral("median")).toDouble())));
            } else {
                against += (against.isEmpty() ? QString() : QStringLiteral("; ")) + ref;
            }
        }
        if (o.value(QStringLiteral("is_reference")).toBool()) {
            against = QStringLiteral("reference");
            verdict = QStringLiteral("-");
        }
        table += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                     .arg(o.value(QStringLiteral("title")).toString()).arg(o.value(QStringLiteral("runs")).toInt())
                     .arg(fmt(o.value(QStringLiteral("min")).toDouble()), fmt(o.value(QStringLiteral("median")).toDouble()),
                          fmt(o.value(QStringLiteral("max")).toDouble()), o.value(QStringLiteral("unit")).toString(), against, verdict);
    }
    QString notes;
    for (const auto &v : std::as_const(all)) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("note")))
            notes += QStringLiteral("- %1: %2\n").arg(o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("note")).toString());
    }
    QString loadEnd;
    QFile la(QStringLiteral("/proc/loadavg"));
    if (la.open(QIODevice::ReadOnly))
        loadEnd = QString::fromLatin1(la.readAll()).section(QLatin1Char(' '), 0, 2);
    const QString loadStart = a.value(QStringLiteral("load-start")).section(QLatin1Char(' '), 0, 2);
    const QString machine = QStringLiteral("%1 cores (%2), %3, Qt %4; load average (1/5/15 min) at start %5, at end %6")
                                .arg(cores).arg(cpuModel, QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()), loadStart, loadEnd);
    std::printf("\nMachine: %s\n\n%s\nNotes:\n%s\n", qPrintable(machine), qPrintable(table), qPrintable(notes));

    QJsonObject out{{QStringLiteral("cores"), cores}, {QStringLiteral("cpu"), cpuModel},
                    {QStringLiteral("os"), QSysInfo::prettyProductName()}, {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                    {QStringLiteral("date_utc"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                    {QStringLiteral("command"), a.value(QStringLiteral("command"))},
                    {QStringLiteral("load_average_start"), loadStart}, {QStringLiteral("load_average_end"), loadEnd}, {QStringLiteral("commit"), a.value(QStringLiteral("commit"))},
                    {QStringLiteral("figures"), all}};
    const QString jsonPath = a.value(QStringLiteral("json"), QStringLiteral("bench-results.json"));
    QFile jf(jsonPath);
    if (!jf.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "wf_bench report: cannot write %s\n", qPrintable(jsonPath));
        return 3;
    }
    jf.write(QJsonDocument(out).toJson(QJsonDocument::Indented));
    const QString md = a.value(QStringLiteral("markdown"));
    if (!md.isEmpty()) {
        QFile mf(md);
        if (mf.open(QIODevice::WriteOnly | QIODevice::Truncate))
            mf.write(QStringLiteral("Machine: %1\n\n%2\n%3").arg(machine, table, notes).toUtf8());
    }
    std::printf("JSON: %s\n", qPrintable(jsonPath));
    return 0;
}

void usage()
{
    std::fputs("usage: wf_bench <command> [options]\n"
               "  throughput --url U [--runs 5 --requests 20000 --concurrency 64 --wrk-seconds 3] --out F\n"
               "  soak --base http://127.0.0.1:PORT [--targets 10000 --interval-ms 10000 --duration-s 120 --flip-cmd CMD] --workdir D --out F\n"
               "  store [--runs 5 --rows 200000 --open-db F] --workdir D --out F\n"
               "  gendb --path F [--size-mb 1024]\n"
               "  coldstart --exe watchfloor --data-dir D [--config F --runs 5] --workdir D --out F\n"
               "  freeport\n"
               "  report [--json bench-results.json --markdown F --command C --commit H] fragment.json...\n",
               stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        usage();
        return 2;
    }
    const QString cmd = args.takeFirst();
    const Args a(args);
    if (cmd == QLatin1String("throughput"))
        return cmdThroughput(a);
    if (cmd == QLatin1String("soak"))
        return cmdSoak(a);
    if (cmd == QLatin1String("store"))
        return cmdStore(a);
    if (cmd == QLatin1String("gendb"))
        return cmdGenDb(a);
    if (cmd == QLatin1String("coldstart"))
        return cmdColdStart(a);
    if (cmd == QLatin1String("freeport"))
        return cmdFreePort();
    if (cmd == QLatin1String("report")) {
        QStringList files;
        for (qsizetype i = 0; i < args.size(); ++i) {
            if (args.at(i).startsWith(QLatin1String("--"))) {
                ++i;
                continue;
            }
            files << args.at(i);
        }
        return cmdReport(a, files);
    }
    usage();
    return 2;
}
