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
#include "health/healthstore.h"
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
#include <optional>

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

// Reference for the soak's CPU share: libcurl's own multi loop, without Qt, the store or the
// scheduler, making the same requests on the same schedule (fresh connection each, `rate` per
// second spread evenly, URLs base/t/0..targets-1 in turn, at most `concurrency` in flight).
struct PacedResult
{
    double cpuPercent = 0;
    double rate = 0;
    int failed = 0;
};

PacedResult curlPacedCpu(const QString &base, int targets, double rate, int seconds, int concurrency)
{
    CURLM *multi = curl_multi_init();
    std::vector<CURL *> idle;
    auto discard = +[](char *, size_t size, size_t n, void *) -> size_t { return size * n; };
    std::vector<QByteArray> urls;
    urls.reserve(size_t(targets));
    for (int i = 0; i < targets; ++i)
        urls.push_back(QStringLiteral("%1/t/%2").arg(base).arg(i).toUtf8());
    int inFlight = 0, done = 0, failed = 0;
    qint64 started = 0;
    QElapsedTimer t;
    t.start();
    const double cpu0 = processCpuSeconds();
    const qint64 endNs = qint64(seconds) * 1'000'000'000LL;
    for (;;) {
        const qint64 now = t.nsecsElapsed();
        if (now >= endNs && inFlight == 0)
            break;
        // Start what the schedule says is due by now.
        while (now < endNs && inFlight < concurrency && double(started) < double(now) / 1e9 * rate) {
            CURL *e = idle.empty() ? curl_easy_init() : idle.back();
            if (!idle.empty())
                idle.pop_back();
            curl_easy_reset(e);
            curl_easy_setopt(e, CURLOPT_URL, urls[size_t(started % targets)].constData());
            curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
            curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
            curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, 5000L);
            curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
            curl_easy_setopt(e, CURLOPT_USERAGENT, "Watchfloor-bench");
            curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, discard);
            curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, discard);
            curl_easy_setopt(e, CURLOPT_FRESH_CONNECT, 1L);
            curl_easy_setopt(e, CURLOPT_FORBID_REUSE, 1L);
            curl_multi_add_handle(multi, e);
            ++started;
            ++inFlight;
        }
        int running = 0;
        curl_multi_perform(multi, &running);
        int queued = 0;
        while (CURLMsg *msg = curl_multi_info_read(multi, &queued)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            CURL *e = msg->easy_handle;
            long code = 0;
            curl_off_t totalUs = 0;
            curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &code);
            curl_easy_getinfo(e, CURLINFO_TOTAL_TIME_T, &totalUs); // the probe engine reads its timing too
            failed += !(msg->data.result == CURLE_OK && code == 200);
            ++done;
            --inFlight;
            curl_multi_remove_handle(multi, e);
            idle.push_back(e);
        }
        curl_multi_poll(multi, nullptr, 0, 1, nullptr);
    }
    PacedResult r;
    const double wall = double(t.nsecsElapsed()) / 1e9;
    r.cpuPercent = (processCpuSeconds() - cpu0) / wall * 100.0;
    r.rate = double(done) / wall;
    r.failed = failed;
    for (CURL *e : idle)
        curl_easy_cleanup(e);
    curl_multi_cleanup(multi);
    return r;
}

// Lateness of a 1 ms precise timer, appended to `out` while the event loop runs.
class StallMeter
{
public:
    explicit StallMeter(std::vector<double> &out)
        : m_out(out)
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(1);
        QObject::connect(&m_tick, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_out.push_back(std::max(0.0, double(now - m_last) / 1e6 - 1.0));
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_tick.start();
    }
    void stop() { m_tick.stop(); }

private:
    std::vector<double> &m_out;
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
};

void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// One soak run (scripts/bench.sh runs it --runs times, each in a fresh process). Before the
// soak, the same process measures its references: its RSS with Qt, libcurl and the open store
// but no probes, the 1 ms timer's lateness in an idle event loop, and the CPU share libcurl's
// own loop needs for the same schedule.
int cmdSoak(const Args &a)
{
    const QString base = a.value(QStringLiteral("base"));
    const int targets = a.integer(QStringLiteral("targets"), 10000);
    const int intervalMs = a.integer(QStringLiteral("interval-ms"), 10000);
    const int durationS = a.integer(QStringLiteral("duration-s"), 120);
    const int concurrency = a.integer(QStringLiteral("concurrency"), 64);
    const int windows = std::max(1, a.integer(QStringLiteral("windows"), 6));
    const int refSeconds = a.integer(QStringLiteral("reference-s"), 15);
    const QString flipCmd = a.value(QStringLiteral("flip-cmd"));
    const QString workdir = a.value(QStringLiteral("workdir"), QDir::tempPath());
    const QString runLabel = a.value(QStringLiteral("run-label"), QStringLiteral("run"));
    if (base.isEmpty()) {
        std::fprintf(stderr, "wf_bench soak: --base is required\n");
        return 2;
    }
    // Targets whose number ends in 0, 1 or 2 flip (30 %); scripts/bench.sh configures nginx alike.
    auto flips = [](int i) { return i % 10 < 3; };
    const double scheduleRate = double(targets) * 1000.0 / intervalMs;

    const QString dbPath = QDir(workdir).filePath(QStringLiteral("soak.db"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(dbPath + QLatin1String(suffix));
    store::Store store;
    if (auto r = store.openAndWait(dbPath); !r) {
        std::fprintf(stderr, "wf_bench soak: %s\n", qPrintable(r.error().message));
        return 3;
    }
    net::HttpClient http;

    // References, measured in this process before the soak.
    runEventLoopFor(500);
    const double baseRss = procStatusMiB("VmRSS");
    std::vector<double> idleLateness;
    idleLateness.reserve(10000);
    {
        StallMeter idle(idleLateness);
        idle.start();
        runEventLoopFor(5000);
        idle.stop();
    }
    const PacedResult paced = curlPacedCpu(base, targets, scheduleRate, refSeconds, concurrency);
    progress(QStringLiteral("references: RSS %1 MiB without probes; idle stall p50 %2 ms p99 %3 ms; libcurl alone at %4 runs/s: %5 % of one core (%6 failed)")
                 .arg(baseRss, 0, 'f', 1).arg(percentile(idleLateness, 50), 0, 'f', 3).arg(percentile(idleLateness, 99), 0, 'f', 3)
                 .arg(paced.rate, 0, 'f', 0).arg(paced.cpuPercent, 0, 'f', 1).arg(paced.failed));

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

    std::vector<double> lateness;
    lateness.reserve(size_t(durationS) * 1100);
    StallMeter stall(lateness);

    const QString g = QStringLiteral("2 scale soak");
    Figure cpu{g, QStringLiteral("soak_cpu"), QStringLiteral("CPU of the process, %1 targets @ %2 s").arg(targets).arg(intervalMs / 1000), QStringLiteral("% of 1 core")};
    cpu.goalOp = QStringLiteral("<=");
    cpu.goalValue = 25;
    cpu.reference = QStringLiteral("soak_ref_cpu");
    Figure refCpu{g, QStringLiteral("soak_ref_cpu"), QStringLiteral("libcurl multi loop alone, same schedule (reference)"), QStringLiteral("% of 1 core")};
    refCpu.isReference = true;
    Figure rss{g, QStringLiteral("soak_rss"), QStringLiteral("RSS at the end of the soak"), QStringLiteral("MiB")};
    rss.reference = QStringLiteral("soak_ref_rss");
    Figure refRss{g, QStringLiteral("soak_ref_rss"), QStringLiteral("RSS of the same process before the probes are loaded (reference)"), QStringLiteral("MiB")};
    refRss.isReference = true;
    Figure p50{g, QStringLiteral("soak_stall_p50"), QStringLiteral("event-loop stall p50 (1 ms timer lateness)"), QStringLiteral("ms")};
    Figure p99{g, QStringLiteral("soak_stall_p99"), QStringLiteral("event-loop stall p99 (1 ms timer lateness)"), QStringLiteral("ms")};
    p50.goalOp = p99.goalOp = QStringLiteral("<");
    p50.goalValue = p99.goalValue = 16;
    p50.reference = QStringLiteral("soak_ref_stall_p50");
    p99.reference = QStringLiteral("soak_ref_stall_p99");
    Figure refP50{g, QStringLiteral("soak_ref_stall_p50"), QStringLiteral("stall p50 of the idle event loop (reference)"), QStringLiteral("ms")};
    Figure refP99{g, QStringLiteral("soak_ref_stall_p99"), QStringLiteral("stall p99 of the idle event loop (reference)"), QStringLiteral("ms")};
    refP50.isReference = refP99.isReference = true;
    Figure rate{g, QStringLiteral("soak_rate"), QStringLiteral("probe runs completed per second"), QStringLiteral("runs/s")};
    rate.goalOp = QStringLiteral(">=");
    rate.goalValue = 0.95 * scheduleRate;
    rate.reference = QStringLiteral("soak_ref_rate");
    Figure refRate{g, QStringLiteral("soak_ref_rate"), QStringLiteral("requests per second of the libcurl loop above (reference)"), QStringLiteral("runs/s")};
    refRate.isReference = true;

    // Windows: progress lines and the worst window of the run, for the notes.
    const qint64 windowMs = durationMs / windows;
    QElapsedTimer clock;
    double lastCpu = 0;
    qint64 lastWallNs = 0, lastResults = 0;
    size_t lastLate = 0;
    int windowNo = 0;
    double worstCpu = 0, worstP99 = 0;
    QTimer windowTimer;
    windowTimer.setInterval(int(windowMs));
    QObject::connect(&windowTimer, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double cpuNow = processCpuSeconds();
        const double wall = double(now - lastWallNs) / 1e9;
        const double c = (cpuNow - lastCpu) / wall * 100.0;
        const std::vector<double> slice(lateness.begin() + qsizetype(lastLate), lateness.end());
        const double w99 = percentile(slice, 99);
        worstCpu = std::max(worstCpu, c);
        worstP99 = std::max(worstP99, w99);
        progress(QStringLiteral("%1 window %2/%3: cpu %4 %, rss %5 MiB, stall p99 %6 ms, %7 runs/s, %8 in flight")
                     .arg(runLabel).arg(++windowNo).arg(windows).arg(c, 0, 'f', 1).arg(procStatusMiB("VmRSS"), 0, 'f', 0)
                     .arg(w99, 0, 'f', 3).arg(double(results - lastResults) / wall, 0, 'f', 0).arg(scheduler.activeCount()));
        lastCpu = cpuNow;
        lastWallNs = now;
        lastResults = results;
        lastLate = lateness.size();
    });

    QEventLoop loop;
    QTimer::singleShot(int(flipAtMs), [&] {
        flipped = true;
        if (!flipCmd.isEmpty())
            QProcess::startDetached(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), flipCmd});
        progress(QStringLiteral("flipping 30 % of the targets to HTTP 500"));
    });
    QTimer::singleShot(int(durationMs), &loop, &QEventLoop::quit);
    clock.start();
    const double cpuStart = processCpuSeconds();
    lastCpu = cpuStart;
    scheduler.start();
    stall.start();
    windowTimer.start();
    loop.exec();
    const double soakWall = double(clock.nsecsElapsed()) / 1e9;
    const double soakCpu = processCpuSeconds() - cpuStart;
    const qint64 resultsInTime = results;
    stall.stop();
    windowTimer.stop();

    // No new run falls due from here; the due ones still run. Then every run that fell due must
    // be in the database.
    scheduler.drain();
    QElapsedTimer drain;
    drain.start();
    while (!scheduler.isDrained() && drain.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const bool drained = scheduler.isDrained();
    scheduler.stop();
    store.flush();
    const auto stored = store.runSync<Result<qint64>>([](store::Database &db) { return store::Store::countObservations(db); });
    const qint64 storedCount = stored ? *stored : -1;
    const qint64 due = scheduler.dueRuns();

    cpu.samples.push_back(soakCpu / soakWall * 100.0);
    refCpu.samples.push_back(paced.cpuPercent);
    rss.samples.push_back(procStatusMiB("VmRSS"));
    refRss.samples.push_back(baseRss);
    p50.samples.push_back(percentile(lateness, 50));
    p99.samples.push_back(percentile(lateness, 99));
    refP50.samples.push_back(percentile(idleLateness, 50));
    refP99.samples.push_back(percentile(idleLateness, 99));
    rate.samples.push_back(double(resultsInTime) / soakWall);
    refRate.samples.push_back(paced.rate);

    const int flipTotal = (targets / 10) * 3 + std::min(targets % 10, 3);
    Figure lost{g, QStringLiteral("soak_lost"), QStringLiteral("lost observations (runs that fell due - rows stored)"), QStringLiteral("count")};
    lost.samples.push_back(double(due - storedCount));
    lost.goalOp = QStringLiteral("==");
    lost.goalValue = 0;
    lost.reference = QStringLiteral("soak_due");
    Figure dueFig{g, QStringLiteral("soak_due"), QStringLiteral("runs that fell due per soak (reference)"), QStringLiteral("runs")};
    dueFig.samples.push_back(double(due));
    dueFig.isReference = true;
    Figure flipFig{g, QStringLiteral("soak_flips"), QStringLiteral("flipping targets seen failing after the flip"), QStringLiteral("targets")};
    flipFig.samples.push_back(double(flippedSeen.size()));
    flipFig.goalOp = QStringLiteral(">=");
    flipFig.goalValue = flipTotal;
    Figure falseFig{g, QStringLiteral("soak_false_failures"), QStringLiteral("failing results from targets that never fail"), QStringLiteral("results")};
    falseFig.samples.push_back(double(wrongBad));
    falseFig.goalOp = QStringLiteral("==");
    falseFig.goalValue = 0;

    const QString runNote = QStringLiteral("%1: %2 due, %3 stored, %4 results, drained %5; worst %6 s window: cpu %7 %, stall p99 %8 ms; "
                                           "max %9 in flight, VmHWM %10 MiB")
                                .arg(runLabel).arg(due).arg(storedCount).arg(results).arg(drained ? QStringLiteral("yes") : QStringLiteral("NO"))
                                .arg(windowMs / 1000.0, 0, 'f', 0).arg(worstCpu, 0, 'f', 1).arg(worstP99, 0, 'f', 2)
                                .arg(scheduler.maxActiveSeen()).arg(procStatusMiB("VmHWM"), 0, 'f', 0);
    lost.note = runNote;
    cpu.note = QStringLiteral("CPU time (user + system, all threads) / wall time over the whole %1 s soak; one sample per soak run, each in a fresh process").arg(durationS);
    refCpu.note = QStringLiteral("%1 s before the soak in the same process: %2 fresh-connection requests/s to the same targets, %3 in flight, timing read back (%4 failed)")
                      .arg(refSeconds).arg(scheduleRate, 0, 'f', 0).arg(concurrency).arg(paced.failed);
    flipFig.note = QStringLiteral("flip at %1 s of %2 s").arg(flipAtMs / 1000).arg(durationS);
    progress(QStringLiteral("%1: cpu %2 % (libcurl alone %3 %), rss %4 MiB, stall p99 %5 ms, %6 runs/s; due %7, stored %8, lost %9; flipped seen %10/%11, false failures %12")
                 .arg(runLabel).arg(cpu.samples.back(), 0, 'f', 1).arg(paced.cpuPercent, 0, 'f', 1).arg(rss.samples.back(), 0, 'f', 0)
                 .arg(p99.samples.back(), 0, 'f', 2).arg(rate.samples.back(), 0, 'f', 0).arg(due).arg(storedCount).arg(due - storedCount)
                 .arg(flippedSeen.size()).arg(flipTotal).arg(wrongBad));
    writeFragment(a.value(QStringLiteral("out")), {cpu, refCpu, rss, refRss, p50, refP50, p99, refP99, rate, refRate, lost, dueFig, flipFig, falseFig});
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

// Marks the database as after a crash (the next open runs the full integrity_check), or as
// closed cleanly again. The file itself is intact; only the marker moves.
bool setCleanShutdown(const QString &dbPath, bool clean)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(dbPath.toUtf8().constData(), &db) == SQLITE_OK
              && sqlite3_exec(db, clean ? "UPDATE kv SET value = '1' WHERE key = 'store.clean_shutdown'"
                                        : "UPDATE kv SET value = '0' WHERE key = 'store.clean_shutdown'",
                              nullptr, nullptr, nullptr) == SQLITE_OK
              && sqlite3_changes(db) == 1;
    sqlite3_close(db);
    return ok;
}

// The storage budget as the running console applies it, measured on a real file at a tenth
// of the fleet and a tenth of the budget (the same growth per retention run relative to the
// budget): 1,000 targets at 10 s written in data time, the store's deferred writes settled and
// HealthStore::applyRetention run every 10 minutes of data time (the console's cadence while
// it trims), until 3x the budget of raw rows went through. Returns the largest size the
// database reached (pages, WAL included) and the used bytes after the last run.
struct BudgetRun
{
    double maxBytes = 0;
    double usedBytes = 0;
    qint64 trimmed = 0;
};

std::optional<BudgetRun> measureBudgetHeld(const QString &path, qint64 budget, int targets)
{
    removeDb(path);
    store::Database db;
    if (!openStoreDb(db, path))
        return std::nullopt;
    const Synth synth(targets, QDateTime::currentMSecsSinceEpoch() - 3 * kDayMs);
    health::RetentionSettings ret;
    ret.budgetBytes = budget;
    const qint64 perRetention = qint64(targets) * 60; // 10 minutes of samples at 10 s
    const qint64 total = budget / 90 * 3;             // ~3x the budget in raw rows
    BudgetRun r;
    const auto sizeNow = [&db] {
        return double(scalarInt(db, QStringLiteral("PRAGMA page_count")) * scalarInt(db, QStringLiteral("PRAGMA page_size")));
    };
    for (qint64 i = 0; i < total;) {
        for (qint64 end = i + perRetention; i < end; i += 20000) {
            const int n = int(std::min<qint64>(20000, end - i));
            if (auto st = store::Store::writeObservations(db, synth.batch(i, n)); !st) {
                std::fprintf(stderr, "wf_bench store: %s\n", qPrintable(st.error().message));
                return std::nullopt;
            }
            r.maxBytes = std::max(r.maxBytes, sizeNow());
        }
        if (auto st = store::Store::settle(db); !st)
            return std::nullopt;
        auto rep = health::HealthStore::applyRetention(db, ret, synth.at(i - 1).tsMs);
        if (!rep) {
            std::fprintf(stderr, "wf_bench store: retention: %s\n", qPrintable(rep.error().message));
            return std::nullopt;
        }
        r.trimmed += rep->budgetTrimmed;
        r.usedBytes = double(rep->usedBytes);
        r.maxBytes = std::max(r.maxBytes, sizeNow());
    }
    db.close();
    removeDb(path);
    return r;
}

// A year of a few endpoints, measured: `targets` endpoints probed every 10 s for `days` days of
// data time, each with two 5-minute outages a day (4 band changes; the first also as 2 node state
// changes, as the health engine writes them), written through Store::writeObservations in
// batches of Store::kMaxBatch, settled, with HealthStore::applyRetention at the end of every
// data day (default retention; the storage budget off, since its part is measured on its own).
// Returns the bytes the history tables occupy at the end (dbstat: rollups, bands and their
// index, day cells, lanes, node state changes and their index) and the raw bytes kept.
struct YearRun
{
    QString breakdown; // bytes per table
    double historyBytes = 0;
    double rawBytes = 0;
    qint64 observations = 0;
    double seconds = 0;
};

std::optional<YearRun> simulateYear(const QString &path, int targets, int days)
{
    removeDb(path);
    store::Database db;
    if (!openStoreDb(db, path))
        return std::nullopt;
    health::RetentionSettings ret;
    ret.budgetBytes = 0;
    const qint64 t0 = (QDateTime::currentMSecsSinceEpoch() / kDayMs - days - 1) * kDayMs;
    QStringList ids;
    for (int t = 0; t < targets; ++t)
        ids << QStringLiteral("probe:year-%1").arg(t, 5, 10, QLatin1Char('0'));
    YearRun r;
    QElapsedTimer clock;
    clock.start();
    QList<store::Observation> batch;
    batch.reserve(store::Store::kMaxBatch);
    auto flush = [&]() -> bool {
        if (batch.isEmpty())
            return true;
        auto st = store::Store::writeObservations(db, batch);
        r.observations += batch.size();
        batch.clear();
        if (!st)
            std::fprintf(stderr, "wf_bench store: %s\n", qPrintable(st.error().message));
        return bool(st);
    };
    constexpr int kRounds = 8640; // 10 s apart
    for (int d = 0; d < days; ++d) {
        const qint64 day0 = t0 + qint64(d) * kDayMs;
        for (int round = 0; round < kRounds; ++round) {
            for (int t = 0; t < targets; ++t) {
                // Two outages of 30 rounds (5 minutes) a day, at places that move from day to day.
                const int a = (t * 977 + d * 331) % 4000, b = 4300 + (t * 613 + d * 197) % 4000;
                const bool bad = (round >= a && round < a + 30) || (round >= b && round < b + 30);
                store::Observation o;
                o.tsMs = day0 + qint64(round) * 10'000 + t;
                o.source = QStringLiteral("probe");
                o.target = ids.at(t);
                o.state = stateKey(bad ? HealthState::MajorOutage : HealthState::Operational);
                o.latencyMs = 40.0 + double((round * 37 + t * 11 + d * 5) % 3600) / 10.0;
                o.httpStatus = bad ? 500 : 200;
                o.errorClass = bad ? QStringLiteral("server_error") : QString();
                batch.append(o);
                if (batch.size() >= store::Store::kMaxBatch && !flush())
                    return std::nullopt;
            }
        }
        if (!flush())
            return std::nullopt;
        for (int t = 0; t < targets; ++t) {
            const int a = (t * 977 + d * 331) % 4000;
            health::HealthStore::writeStateChange(db, ids.at(t), day0 + qint64(a) * 10'000, HealthState::MajorOutage);
            health::HealthStore::writeStateChange(db, ids.at(t), day0 + qint64(a + 30) * 10'000, HealthState::Operational);
        }
        if (auto st = store::Store::settle(db); !st)
            return std::nullopt;
        if (auto rep = health::HealthStore::applyRetention(db, ret, day0 + kDayMs); !rep) {
            std::fprintf(stderr, "wf_bench store: retention: %s\n", qPrintable(rep.error().message));
            return std::nullopt;
        }
    }
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    r.historyBytes = tableBytes(db, QStringLiteral("'rollup_days','state_bands','state_bands_lane','band_days','band_targets','node_states','node_states_node_ts'"));
    r.rawBytes = tableBytes(db, QStringLiteral("'observations','observations_target_ts'"));
    for (const char *t : {"rollup_days", "state_bands", "state_bands_lane", "band_days", "band_targets", "node_states", "node_states_node_ts"}) {
        const double b = tableBytes(db, QStringLiteral("'%1'").arg(QLatin1String(t)));
        const qint64 n = QLatin1String(t).endsWith(QLatin1String("_lane")) || QLatin1String(t).endsWith(QLatin1String("_ts"))
            ? -1 : scalarInt(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t)));
        r.breakdown += QStringLiteral("%1%2 %3 KB%4").arg(r.breakdown.isEmpty() ? QString() : QStringLiteral(", "), QLatin1String(t))
                           .arg(b / 1024, 0, 'f', 0).arg(n >= 0 ? QStringLiteral(" (%1 rows)").arg(n) : QString());
    }
    r.seconds = double(clock.nsecsElapsed()) / 1e9;
    db.close();
    removeDb(path);
    return r;
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
    year.reference = QStringLiteral("store_year_history_measured_gb");
    Figure history{QStringLiteral("3 store"), QStringLiteral("store_year_history_gb"),
                   QStringLiteral("history after 1 year, projected from bytes per row (rollups, bands, cells, state changes; never trimmed by the budget)"), QStringLiteral("GB")};
    history.goalOp = QStringLiteral("<=");
    history.goalValue = 1;
    Figure held{QStringLiteral("3 store"), QStringLiteral("store_budget_held"),
                QStringLiteral("largest database size / budget while retention trims (measured at 1/10: 1,000 targets, %1 MB budget)").arg(double(ret.budgetBytes) / 10 / 1e6, 0, 'f', 0),
                QStringLiteral("ratio")};
    held.goalOp = QStringLiteral("<=");
    held.goalValue = 1;
    TableBytes last;
    BudgetRun lastBudget;
    double lastRawHours = 0;
    double rawAllBytes = 0, rawBytesPerHour = 1;
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
        // The budget as measured on a real file: the largest size it let the database reach.
        const auto b = measureBudgetHeld(QDir(workdir).filePath(QStringLiteral("budget.db")), ret.budgetBytes / 10, 1000);
        if (!b)
            return 3;
        const double heldRatio = b->maxBytes / (budget / 10);
        held.samples.push_back(heldRatio);
        lastBudget = *b;
        history.samples.push_back(historyBytes / 1e9);
        rawAllBytes = rawAll;
        rawBytesPerHour = e * perDay / 24 * tb.rawBytesPerRow;
        db.close();
        raw.samples.push_back(rawSqliteRate(QDir(workdir).filePath(QStringLiteral("raw.db")), synth, rows));
        progress(QStringLiteral("run %1/%2: ingest %3 obs/s, raw sqlite3 %4 obs/s, %5 MB per 1M, history projected %6 GB, budget held at %7")
                     .arg(run + 1).arg(runs).arg(ingest.samples.back(), 0, 'f', 0).arg(raw.samples.back(), 0, 'f', 0)
                     .arg(perM.samples.back(), 0, 'f', 1).arg(history.samples.back(), 0, 'f', 2).arg(held.samples.back(), 0, 'f', 3));
    }
    removeDb(path);
    perM.note = QStringLiteral("%1 observations per run, %2 targets, 10 s apart").arg(rows).arg(targets);

    // The history part measured: a year of a few endpoints through the store and its retention,
    // scaled to 10,000 endpoints, beside the projection from bytes per row above.
    // 5 endpoints (x 2,000): a year at 10 s is 15.8M observations, about two minutes per run.
    // Each table's last, partly filled page is scaled too (at most ~30 MB over in all).
    const int yearTargets = a.integer(QStringLiteral("year-targets"), 5);
    const int yearDays = a.integer(QStringLiteral("year-days"), 365);
    const int yearRuns = a.integer(QStringLiteral("year-runs"), runs);
    Figure yearSim{QStringLiteral("3 store"), QStringLiteral("store_year_history_measured_gb"),
                   QStringLiteral("history after %1 days, measured: %2 endpoints @ 10 s through the store and its retention, x %3")
                       .arg(yearDays).arg(yearTargets).arg(10000 / std::max(1, yearTargets)),
                   QStringLiteral("GB")};
    yearSim.goalOp = QStringLiteral("<=");
    yearSim.goalValue = 1;
    yearSim.reference = history.id;
    YearRun lastYear;
    for (int run = 0; run < yearRuns; ++run) {
        const auto y = simulateYear(QDir(workdir).filePath(QStringLiteral("year.db")), yearTargets, yearDays);
        if (!y)
            return 3;
        lastYear = *y;
        yearSim.samples.push_back(y->historyBytes * (10000.0 / yearTargets) / 1e9);
        progress(QStringLiteral("year %1/%2: %3 observations in %4 s, history %5 KB (x %6 = %7 GB), raw kept %8 MB")
                     .arg(run + 1).arg(yearRuns).arg(y->observations).arg(y->seconds, 0, 'f', 0).arg(y->historyBytes / 1024, 0, 'f', 0)
                     .arg(10000 / yearTargets).arg(yearSim.samples.back(), 0, 'f', 3).arg(y->rawBytes / 1e6, 0, 'f', 1));
    }
    // A year's file: the measured history, and raw samples filling what it leaves of the budget
    // up to the size the budget was measured to hold; a history beyond the budget is all of it.
    const double budgetBytes = double(ret.budgetBytes);
    for (size_t k = 0; k < yearSim.samples.size(); ++k) {
        const double hist = yearSim.samples[k] * 1e9;
        const double ratio = held.samples[std::min(k, held.samples.size() - 1)];
        const double yearBytes = hist >= budgetBytes ? hist : std::max(hist, std::min(hist + rawAllBytes, ratio * budgetBytes));
        year.samples.push_back(yearBytes / 1e9);
        lastRawHours = std::max(0.0, yearBytes - hist) / rawBytesPerHour;
    }
    yearSim.note = QStringLiteral("%1 observations per run (%2 s); two 5-minute outages per endpoint and day (4 band changes, 2 node state "
                                  "changes); retention at the end of every data day, budget off; history = pages of rollup_days, state_bands "
                                  "(+ index), band_days, band_targets, node_states (+ index) from dbstat; last run: %3")
                       .arg(lastYear.observations).arg(lastYear.seconds, 0, 'f', 0).arg(lastYear.breakdown);
    held.note = QStringLiteral("last run: largest size %1 MB, %2 MB in use after the last retention run, %3 raw rows trimmed; retention every 10 min of data time; from 90 % of the budget it trims back to 90 %")
                    .arg(lastBudget.maxBytes / 1e6, 0, 'f', 1).arg(lastBudget.usedBytes / 1e6, 0, 'f', 1).arg(lastBudget.trimmed);
    year.note = QStringLiteral("size = H + min(E*8640*7*B_raw, R*budget - H) with H = the measured history above and R = the measured budget "
                               "ratio below (E = 10,000 endpoints); the raw samples kept cover the last %1 h at that fleet (older ranges chart "
                               "from hourly sums for 30 d, then day sums)").arg(lastRawHours, 0, 'f', 1);
    history.note = QStringLiteral("H = E*30*B_hourday + E*335*B_foldday + E*4*30*B_band + E*365*B_cells + E*2*90*B_state, E = 10,000; measured "
                                  "B_raw = %1, B_hourday = %2, B_foldday = %3, B_band = %4, B_cells = %5, B_state = %6 bytes per row (last run) on "
                                  "freshly written tables; 4 band and 2 node state changes per endpoint and day")
                       .arg(last.rawBytesPerRow, 0, 'f', 1).arg(last.hourDayBytesPerRow, 0, 'f', 1).arg(last.foldDayBytesPerRow, 0, 'f', 1)
                       .arg(last.bandBytesPerRow, 0, 'f', 1).arg(last.dayBytesPerRow, 0, 'f', 1).arg(last.nodeStateBytesPerRow, 0, 'f', 1);

    std::vector<Figure> figs{ingest, raw, perM, rawPerM, year, yearSim, history, held};
    // Opening a big database, when the script passes one: as the console opens it (the
    // quick_check of a cleanly closed file in the background), and that check itself.
    const QString big = a.value(QStringLiteral("open-db"));
    if (!big.isEmpty() && QFile::exists(big)) {
        const qint64 mb = QFileInfo(big).size() >> 20;
        Figure open{QStringLiteral("3 store"), QStringLiteral("store_open_big"), QStringLiteral("Store::openDatabase of the %1 MB cold-start DB (quick_check in the background)").arg(mb), QStringLiteral("ms")};
        open.goalOp = QStringLiteral("<");
        open.goalValue = 1000; // within the cold start's second (it runs on the store thread beside the window)
        Figure check{QStringLiteral("3 store"), QStringLiteral("store_check_big"), QStringLiteral("background quick_check of the %1 MB DB (second connection)").arg(mb), QStringLiteral("ms")};
        check.reference = QStringLiteral("store_open_crash"); // the same file, fully checked
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
        // After a crash the full integrity_check runs on the store thread before the store
        // takes jobs: how long the console shows the last state from before (empty views) until
        // the database answers.
        Figure crash{QStringLiteral("3 store"), QStringLiteral("store_open_crash"), QStringLiteral("Store::openDatabase of the %1 MB DB after a crash (full integrity_check first)").arg(mb), QStringLiteral("ms")};
        crash.isReference = true;
        const int crashRuns = a.integer(QStringLiteral("crash-runs"), runs);
        for (int run = 0; run < crashRuns; ++run) {
            if (!setCleanShutdown(big, false)) {
                std::fprintf(stderr, "wf_bench store: cannot mark %s as after a crash\n", qPrintable(big));
                return 3;
            }
            store::Store st;
            QElapsedTimer t;
            t.start();
            auto r = st.openAndWait(big);
            if (!r || r->check != QLatin1String("integrity_check") || r->recovered) {
                std::fprintf(stderr, "wf_bench store: the full check of %s did not run cleanly\n", qPrintable(big));
                return 3;
            }
            crash.samples.push_back(double(t.nsecsElapsed()) / 1e6);
            progress(QStringLiteral("open after a crash %1/%2: %3 ms").arg(run + 1).arg(crashRuns).arg(crash.samples.back(), 0, 'f', 0));
        }
        crash.note = QStringLiteral("the window paints at once meanwhile (cold start after a crash); quitting stops the check, and the next start runs it again");
        figs.push_back(crash);
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

// A configuration as a team would run it, with nothing that leaves the machine: the 15
// providers of the built-in catalog with their feeds on the loopback nginx (a Statuspage
// summary), `probes` HTTP probes, a gateway and `apps` apps with a main and a fallback route.
QString writeFleetConfig(const QString &path, const QString &feedUrl, const QString &probeBase, int probes, int apps)
{
    static const char *const kProviders[] = {"anthropic", "openai", "google-cloud", "aws", "azure", "github", "deepseek", "cohere",
                                             "groq", "mistral", "together", "fireworks", "openrouter", "huggingface", "perplexity"};
    QString y = QStringLiteral("# Cold-start benchmark fleet (generated): every URL is on loopback.\nui:\n  role: operator\n  theme: dark\nproviders:\n");
    for (const char *id : kProviders)
        y += QStringLiteral("  - id: %1\n    feeds:\n      - url: %2\n        format: statuspage\n        interval: 60s\n").arg(QLatin1String(id), feedUrl);
    y += QStringLiteral("gateways:\n  - id: edge\n    kind: haproxy\n    address: unix:%1\n").arg(QFileInfo(path).absolutePath() + QStringLiteral("/no-haproxy.sock"));
    y += QStringLiteral("probes:\n");
    for (int i = 0; i < probes; ++i)
        y += QStringLiteral("  - id: p%1\n    kind: http\n    provider: %2\n    url: %3/t/%4\n    interval: 30s\n")
                 .arg(i).arg(QLatin1String(kProviders[i % 15])).arg(probeBase).arg(i);
    y += QStringLiteral("apps:\n");
    for (int i = 0; i < apps; ++i) {
        const QLatin1String main(kProviders[i % 15]), fallback(kProviders[(i + 1) % 15]);
        y += QStringLiteral("  - id: app%1\n    tags: [tier:%2]\n    customers: [Customer %1]\n    routes:\n"
                            "      - {gateway: edge, backend: b%1, server: %3, provider: %3, model: m%1, weight: 100}\n"
                            "      - {gateway: edge, backend: b%1, server: %4, provider: %4, model: m%1, weight: 0, fallback: true}\n")
                 .arg(i).arg(i % 3 ? QStringLiteral("silver") : QStringLiteral("gold")).arg(main, fallback);
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(y.toUtf8());
    return path;
}

struct StartRun
{
    double firstFrameMs = -1;
    double exitMs = -1;
};

// Spawns watchfloor with --exit-after 0 --screenshot: the main window is grabbed (painted) and
// saved as soon as the platform first exposes it, then the console quits.
std::optional<StartRun> spawnConsole(const QString &exe, const QString &dataDir, const QString &config, const QString &workdir, const QString &shot)
{
    QFile::remove(shot);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("WATCHFLOOR_SETTINGS_FILE"), QDir(workdir).filePath(QStringLiteral("coldstart-settings.ini")));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setStandardOutputFile(QProcess::nullDevice());
    QStringList args{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--exit-after"), QStringLiteral("0"), QStringLiteral("--screenshot"), shot};
    if (!config.isEmpty())
        args << QStringLiteral("--config") << config;
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer t;
    t.start();
    p.start(exe, args);
    if (!p.waitForFinished(180000) || p.exitCode() != 0) {
        std::fprintf(stderr, "wf_bench coldstart: %s %s failed (exit %d)\n", qPrintable(exe), qPrintable(args.join(QLatin1Char(' '))), p.exitCode());
        return std::nullopt;
    }
    StartRun r;
    r.exitMs = double(t.elapsed());
    const QFileInfo fi(shot);
    if (!fi.exists() || fi.size() == 0) {
        std::fprintf(stderr, "wf_bench coldstart: no first frame written to %s\n", qPrintable(shot));
        return std::nullopt;
    }
    r.firstFrameMs = double(fi.lastModified().toMSecsSinceEpoch() - startMs);
    return r;
}

// Cold start: spawn the watchfloor executable on the big database until its first frame, with
// the small and the fleet configuration, after a clean shutdown and after a crash, against the
// same start on an empty data directory.
int cmdColdStart(const Args &a)
{
    const QString exe = a.value(QStringLiteral("exe"));
    const QString dataDir = a.value(QStringLiteral("data-dir"));
    const QString config = a.value(QStringLiteral("config"));
    const int runs = a.integer(QStringLiteral("runs"), 5);
    const QString workdir = a.value(QStringLiteral("workdir"), QDir::tempPath());
    const QString feedUrl = a.value(QStringLiteral("feed-url"));
    const QString probeBase = a.value(QStringLiteral("probe-base"));
    const QString dbPath = QDir(dataDir).filePath(QStringLiteral("watchfloor.db"));
    const qint64 mb = QFileInfo(dbPath).size() >> 20;
    const QString emptyDir = QDir(workdir).filePath(QStringLiteral("empty-data"));
    const QString fleet = feedUrl.isEmpty() ? QString()
        : writeFleetConfig(QDir(workdir).filePath(QStringLiteral("fleet.yaml")), feedUrl, probeBase, 500, 40);

    const QString g = QStringLiteral("4 ui");
    Figure paint{g, QStringLiteral("cold_start_first_paint"), QStringLiteral("watchfloor start to first painted frame, %1 MB DB").arg(mb), QStringLiteral("ms")};
    Figure empty{g, QStringLiteral("cold_start_empty"), QStringLiteral("same start on an empty data directory (reference)"), QStringLiteral("ms")};
    Figure crash{g, QStringLiteral("cold_start_crash"), QStringLiteral("start to first frame after a crash, %1 MB DB (full integrity_check pending)").arg(mb), QStringLiteral("ms")};
    Figure crashExit{g, QStringLiteral("cold_start_crash_exit"), QStringLiteral("same runs: start to exit, the check stopped at quit"), QStringLiteral("ms")};
    Figure fleetPaint{g, QStringLiteral("cold_start_fleet"), QStringLiteral("start to first frame, %1 MB DB, fleet configuration").arg(mb), QStringLiteral("ms")};
    Figure fleetEmpty{g, QStringLiteral("cold_start_fleet_empty"), QStringLiteral("fleet configuration on an empty data directory (reference)"), QStringLiteral("ms")};
    for (Figure *f : {&paint, &crash, &fleetPaint}) {
        f->goalOp = QStringLiteral("<");
        f->goalValue = 1000;
    }
    paint.reference = crash.reference = QStringLiteral("cold_start_empty");
    fleetPaint.reference = QStringLiteral("cold_start_fleet_empty");
    empty.isReference = fleetEmpty.isReference = true;
    crashExit.goalOp = QStringLiteral("<"); // quitting stops the check instead of waiting for it (tens of seconds)
    crashExit.goalValue = 5000;

    const auto once = [&](const QString &dir, const QString &cfg, const QString &tag, int run) -> std::optional<StartRun> {
        if (dir == emptyDir) {
            QDir(emptyDir).removeRecursively();
            QDir().mkpath(emptyDir);
        }
        return spawnConsole(exe, dir, cfg, workdir, QDir(workdir).filePath(QStringLiteral("first-frame-%1-%2.png").arg(tag).arg(run)));
    };
    for (int run = 0; run < runs; ++run) {
        // Interleaved, so a slow moment of the machine hits every variant alike.
        auto e = once(emptyDir, config, QStringLiteral("empty"), run);
        auto b = once(dataDir, config, QStringLiteral("big"), run);
        if (!e || !b)
            return 3;
        empty.samples.push_back(e->firstFrameMs);
        paint.samples.push_back(b->firstFrameMs);
        if (!setCleanShutdown(dbPath, false)) {
            std::fprintf(stderr, "wf_bench coldstart: cannot mark %s as after a crash\n", qPrintable(dbPath));
            return 3;
        }
        auto c = once(dataDir, config, QStringLiteral("crash"), run);
        setCleanShutdown(dbPath, true); // the file is intact; the next runs start clean again
        if (!c)
            return 3;
        crash.samples.push_back(c->firstFrameMs);
        crashExit.samples.push_back(c->exitMs);
        QString fleetText;
        if (!fleet.isEmpty()) {
            auto fe = once(emptyDir, fleet, QStringLiteral("fleet-empty"), run);
            auto fb = once(dataDir, fleet, QStringLiteral("fleet"), run);
            if (!fe || !fb)
                return 3;
            fleetEmpty.samples.push_back(fe->firstFrameMs);
            fleetPaint.samples.push_back(fb->firstFrameMs);
            fleetText = QStringLiteral(", fleet %1 ms (empty %2 ms)").arg(fb->firstFrameMs).arg(fe->firstFrameMs);
        }
        progress(QStringLiteral("run %1/%2: first frame %3 ms (empty data dir %4 ms), after a crash %5 ms (exit %6 ms)%7")
                     .arg(run + 1).arg(runs).arg(b->firstFrameMs).arg(e->firstFrameMs).arg(c->firstFrameMs).arg(c->exitMs).arg(fleetText));
    }
    paint.note = QStringLiteral("frame = QWidget::grab() of the main window when the platform first exposes it (--exit-after 0 --screenshot), incl. PNG encoding; the store opens on its own thread; file cache warm");
    crash.note = QStringLiteral("store.clean_shutdown set to 0 before each run: the store thread starts the full integrity_check (see the store figures for its length); the window does not wait for it");
    std::vector<Figure> figs{paint, empty, crash, crashExit};
    if (!fleet.isEmpty()) {
        fleetPaint.note = QStringLiteral("the 15 catalog providers with a loopback Statuspage feed, 500 HTTP probes, 1 gateway, 40 apps with 2 routes each");
        figs.push_back(fleetPaint);
        figs.push_back(fleetEmpty);
    }
    writeFragment(a.value(QStringLiteral("out")), figs);
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
            // The same figure from several fragments (the soak runs once per process): one
            // figure with every sample, notes joined.
            qsizetype mergedAt = -1;
            if (byId.contains(o.value(QStringLiteral("id")).toString())) {
                const QString id = o.value(QStringLiteral("id")).toString();
                QJsonObject prev = byId.value(id);
                std::vector<double> merged;
                for (const auto &x : prev.value(QStringLiteral("samples")).toArray())
                    merged.push_back(x.toDouble());
                merged.insert(merged.end(), s.begin(), s.end());
                s = merged;
                QJsonArray arr;
                for (double x : s)
                    arr.append(x);
                const QString note = o.value(QStringLiteral("note")).toString();
                o = prev;
                o.insert(QStringLiteral("samples"), arr);
                const QString prevNote = prev.value(QStringLiteral("note")).toString();
                if (!note.isEmpty() && note != prevNote)
                    o.insert(QStringLiteral("note"), prevNote.isEmpty() ? note : prevNote + QStringLiteral("; ") + note);
                for (qsizetype k = 0; k < all.size() && mergedAt < 0; ++k)
                    if (all.at(k).toObject().value(QStringLiteral("id")).toString() == id)
                        mergedAt = k;
            }
            o.insert(QStringLiteral("runs"), int(s.size()));
            o.insert(QStringLiteral("min"), *std::min_element(s.begin(), s.end()));
            o.insert(QStringLiteral("median"), median(s));
            o.insert(QStringLiteral("max"), *std::max_element(s.begin(), s.end()));
            if (o.contains(QStringLiteral("goal"))) {
                const QJsonObject g = o.value(QStringLiteral("goal")).toObject();
                o.insert(QStringLiteral("goal_met"), goalMet(g.value(QStringLiteral("op")).toString(), median(s), g.value(QStringLiteral("value")).toDouble()));
            }
            byId.insert(o.value(QStringLiteral("id")).toString(), o);
            if (mergedAt >= 0)
                all.replace(mergedAt, o);
            else
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
