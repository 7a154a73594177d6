#include "loopbackserver.h"

#include "feeds/feedpoller.h"
#include "net/httpclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

#include <algorithm>

using namespace wf;
using namespace wf::feeds;
using wf::test::HttpReply;
using wf::test::HttpRequest;
using wf::test::LoopbackServer;

namespace {

QByteArray fixture(const QString &rel)
{
    QFile f(QStringLiteral(WF_TEST_DATA_DIR "/feeds/") + rel);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(rel));
    return f.readAll();
}

config::ProviderConfig providerFor(const QStringList &urls, int intervalMs, const QString &format = QStringLiteral("statuspage"))
{
    config::ProviderConfig p;
    p.id = QStringLiteral("anthropic");
    p.name = QStringLiteral("Anthropic");
    config::FeedConfig f;
    f.url = urls.first();
    f.fallbackUrls = urls.mid(1);
    f.format = format;
    f.intervalMs = intervalMs;
    f.timeoutMs = 2000;
    p.feeds << f;
    return p;
}

HttpReply goodReply(const QByteArray &etag = {})
{
    HttpReply r = HttpReply::json(fixture(QStringLiteral("replay-2026-03-02/1420.summary.json")));
    if (!etag.isEmpty())
        r.headers.append({QByteArrayLiteral("ETag"), etag});
    return r;
}

// A valid document of each format, served as its provider serves it (the first, good poll).
HttpReply goodReplyFor(const QString &format)
{
    static const QHash<QString, QPair<QString, QByteArray>> files = {
        {QStringLiteral("statuspage"), {QStringLiteral("replay-2026-03-02/1420.summary.json"), "application/json"}},
        {QStringLiteral("incidentio"), {QStringLiteral("incidentio/openai-api-v2-summary-incident.json"), "application/json"}},
        {QStringLiteral("gcp"), {QStringLiteral("cloud/gcp-incidents.json"), "application/json"}},
        {QStringLiteral("aws-currentevents"), {QStringLiteral("cloud/aws-currentevents.utf8.json"), "application/json"}},
        {QStringLiteral("aws-rss"), {QStringLiteral("cloud/aws-all.rss"), "application/rss+xml"}},
        {QStringLiteral("azure-rss"), {QStringLiteral("cloud/azure-status-feed-active.rss"), "application/rss+xml"}},
        {QStringLiteral("atom"), {QStringLiteral("replay-2026-03-02/history.atom"), "application/atom+xml"}},
        {QStringLiteral("rss"), {QStringLiteral("replay-2026-03-02/history.rss"), "application/rss+xml"}},
    };
    if (!files.contains(format))
        qFatal("no good document for format %s", qPrintable(format));
    HttpReply r;
    r.headers = {{QByteArrayLiteral("Content-Type"), files.value(format).second}};
    r.body = fixture(files.value(format).first);
    return r;
}

// Collects the warnings of the feeds logging category while alive (what the operator's log
// shows), and passes every message on to the previous handler.
class FeedLog
{
public:
    FeedLog()
    {
        s_lines.clear();
        s_previous = qInstallMessageHandler(&FeedLog::handle);
    }
    ~FeedLog() { qInstallMessageHandler(s_previous); }
    FeedLog(const FeedLog &) = delete;
    FeedLog &operator=(const FeedLog &) = delete;
    QStringList lines() const { return s_lines; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type == QtWarningMsg && context.category && qstrcmp(context.category, "watchfloor.feeds") == 0)
            s_lines << message;
        if (s_previous)
            s_previous(type, context, message);
    }
    static inline QStringList s_lines;
    static inline QtMessageHandler s_previous = nullptr;
};

// Waits until the poller has reported `n` more attempts for the provider.
bool waitAttempts(QSignalSpy &spy, int n, int timeoutMs = 10000)
{
    const int target = int(spy.count()) + n;
    return QTest::qWaitFor([&] { return spy.count() >= target; }, timeoutMs);
}

} // namespace

class TestFeedsPoller : public QObject
{
    Q_OBJECT

private slots:
    void conditionalGetAnd304()
    {
        int n = 0;
        LoopbackServer server([&](const HttpRequest &req) {
            ++n;
            if (req.header("If-None-Match") == "\"v1\"") {
                HttpReply r;
                r.status = 304;
                return r;
            }
            return goodReply("\"v1\"");
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        FeedPoller poller(&http);
        poller.setJitterFraction(0);
        poller.setProviders({providerFor({server.url(QStringLiteral("/api/v2/summary.json")).toString()}, 150)});
        QSignalSpy updated(&poller, &FeedPoller::snapshotUpdated);
        QSignalSpy status(&poller, &FeedPoller::statusChanged);
        poller.start();
        QVERIFY(waitAttempts(status, 1));
        QCOMPARE(updated.count(), 1);
        const QDateTime firstGood = poller.status(QStringLiteral("anthropic")).lastGoodPoll;
        QVERIFY(waitAttempts(status, 2));
        const auto requests = server.requests();
        QVERIFY(requests.size() >= 3);
        QCOMPARE(requests.at(0).header("If-None-Match"), QByteArray());
        QCOMPARE(requests.at(1).header("If-None-Match"), QByteArray("\"v1\""));
        const FeedStatus st = poller.status(QStringLiteral("anthropic"));
        QVERIFY(st.hasSnapshot);
        QCOMPARE(st.snapshot.components.size(), 6);  // 304 reused the cached document, not "empty"
        QCOMPARE(st.lastError, QString());
        QVERIFY(st.lastGoodPoll > firstGood);
        QCOMPARE(updated.count(), 1);                // nothing changed, nothing re-emitted
    }

    void exponentialBackoffWithCap()
    {
        LoopbackServer server([](const HttpRequest &) {
            HttpReply r;
            r.status = 500;
            r.body = "boom";
            return r;
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        FeedPoller poller(&http);
        poller.setJitterFraction(0);
        poller.setBackoffCapMs(800);
        poller.setProviders({providerFor({server.url(QStringLiteral("/s.json")).toString()}, 100)});
        QList<int> delays;
        connect(&poller, &FeedPoller::statusChanged, this, [&](const QString &id) {
            const FeedStatus st = poller.status(id);
            if (st.consecutiveFailures > delays.size())
                delays << st.nextDelayMs;
        });
        QSignalSpy failed(&poller, &FeedPoller::feedFailed);
        poller.start();
        QVERIFY(QTest::qWaitFor([&] { return delays.size() >= 5; }, 10000));
        QCOMPARE(delays.mid(0, 5), (QList<int>{200, 400, 800, 800, 800}));
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("HTTP 500")));
        QCOMPARE(poller.status(QStringLiteral("anthropic")).lastErrorCode, QStringLiteral("http"));
    }

    void retryAfterIsHonoured()
    {
        LoopbackServer server([](const HttpRequest &) {
            HttpReply r = HttpReply::json("{\"error\":\"rate limited\"}", 429);
            r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("2")});
            return r;
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        FeedPoller poller(&http);
        poller.setJitterFraction(0);
        poller.setProviders({providerFor({server.url(QStringLiteral("/s.json")).toString()}, 100)});
        QSignalSpy status(&poller, &FeedPoller::statusChanged);
        poller.start();
        QVERIFY(waitAttempts(status, 1));
        const FeedStatus st = poller.status(QStringLiteral("anthropic"));
        QCOMPARE(st.lastErrorCode, QStringLiteral("ratelimited"));
        QCOMPARE(st.nextDelayMs, 2000);
        QVERIFY(st.lastError.contains(QLatin1String("Retry-After 2 s")));
        QTest::qWait(1500);
        QCOMPARE(server.requestCount(), 1); // backoff alone (200 ms) would have polled again
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 2, 3000);

        const QDateTime now(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
        QCOMPARE(FeedPoller::parseRetryAfterMs("120", now), 120000);
        QCOMPARE(FeedPoller::parseRetryAfterMs("Mon, 02 Mar 2026 12:01:30 GMT", now), 90000);
        QCOMPARE(FeedPoller::parseRetryAfterMs("soon", now), -1);
    }

    void fallbackUrlAfterChallenge()
    {
        LoopbackServer server([](const HttpRequest &req) {
            if (req.path.startsWith("/main")) {
                HttpReply r;
                r.status = 405;
                r.headers = {{"Content-Type", "text/html"}};
                r.body = fixture(QStringLiteral("hostile/html-challenge-405.html"));
                return r;
            }
            return goodReply();
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        FeedPoller poller(&http);
        poller.setJitterFraction(0);
        const QString main = server.url(QStringLiteral("/main/summary.json")).toString();
        const QString fallback = server.url(QStringLiteral("/fallback/summary.json")).toString();
        poller.setProviders({providerFor({main, fallback}, 200)});
        QSignalSpy updated(&poller, &FeedPoller::snapshotUpdated);
        poller.start();
        QVERIFY(updated.wait(5000));
        FeedStatus st = poller.status(QStringLiteral("anthropic"));
        QCOMPARE(st.activeUrl, fallback);
        QCOMPARE(st.lastError, QString());
        QCOMPARE(st.snapshot.components.size(), 6);
        // The next cycle starts at the URL that worked.
        const int before = server.requestCount();
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() > before, 3000);
        QVERIFY(server.requests().constLast().path.startsWith("/fallback"));
    }

    void timeoutKeepsLastGood()
    {
        bool slow = false;
        LoopbackServer server([&](const HttpRequest &) {
            HttpReply r = goodReply();
            if (slow)
                r.delayMs = 1500;
            return r;
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        FeedPoller poller(&http);
        poller.setJitterFraction(0);
        auto p = providerFor({server.url(QStringLiteral("/s.json")).toString()}, 100);
        p.feeds[0].timeoutMs = 300;
        poller.setProviders({p});
        QSignalSpy failed(&poller, &FeedPoller::feedFailed);
        QSignalSpy updated(&poller, &FeedPoller::snapshotUpdated);
        poller.start();
        QVERIFY(updated.wait(5000));
        slow = true;
        QVERIFY(failed.wait(5000));
        const FeedStatus st = poller.status(QStringLiteral("anthropic"));
        QCOMPARE(st.lastErrorCode, QStringLiteral("timeout"));
        QVERIFY(st.lastError.contains(QLatin1String("300 ms")));
        QCOMPARE(st.snapshot.components.size(), 6);
    }

    void staleMarking()
    {
        bool failing = false;
        LoopbackServer server([&](const HttpRequest &) {
            if (failing) {
                HttpReply r;
                r.status = 503;
                r.headers = {{"Content-Type", "text/html"}};
                r.body = "<html>down</html>";
                return r;
            }
            return goodReply();
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        FeedPoller poller(&http);
        poller.setJitterFraction(0);
        poller.setBackoffCapMs(200);
        // 600 ms: stale is due 1800 ms after the last good poll; a factor of 4 would wait 2400 ms,
        // a factor of 2 only 1200 ms. The stale check runs every 150 ms.
        const int intervalMs = 600;
        poller.setProviders({providerFor({server.url(QStringLiteral("/s.json")).toString()}, intervalMs)});
        QSignalSpy stale(&poller, &FeedPoller::staleChanged);
        QSignalSpy updated(&poller, &FeedPoller::snapshotUpdated);
        QDateTime staleAt;
        connect(&poller, &FeedPoller::staleChanged, this, [&](const QString &, bool isStale) {
            if (isStale && !staleAt.isValid())
                staleAt = QDateTime::currentDateTimeUtc();
        });
        poller.start();
        QVERIFY(updated.wait(5000));
        failing = true;
        const FeedStatus good = poller.status(QStringLiteral("anthropic"));
        QVERIFY(!good.stale);
        QVERIFY(stale.wait(5000));
        QCOMPARE(stale.constLast().at(1).toBool(), true);
        const qint64 sinceGood = good.lastGoodPoll.msecsTo(staleAt);
        QVERIFY2(sinceGood >= 3 * intervalMs, qPrintable(QString::number(sinceGood))); // not before 3 x interval
        QVERIFY2(sinceGood < 3 * intervalMs + 400, qPrintable(QString::number(sinceGood))); // and soon after
        FeedStatus st = poller.status(QStringLiteral("anthropic"));
        QVERIFY(st.stale);
        QVERIFY(st.hasSnapshot);
        QCOMPARE(st.snapshot.digest(), good.snapshot.digest()); // last good state kept
        QCOMPARE(st.lastGoodPoll, good.lastGoodPoll);
        QVERIFY(st.lastError.contains(QLatin1String("HTTP 503")));
        failing = false;
        QVERIFY(stale.wait(5000));
        QCOMPARE(stale.constLast().at(1).toBool(), false);
        QCOMPARE(poller.status(QStringLiteral("anthropic")).lastError, QString());
    }

    void retryAfterOn503()
    {
        int n = 0;
        LoopbackServer server([&](const HttpRequest &) {
            HttpReply r;
            r.status = 503;
            r.headers = {{"Content-Type", "text/html"}};
            // The first answer has no Retry-After (plain backoff), the second asks for 2 s.
            if (++n >= 2)
                r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("2")});
            r.body = "<html>maintenance</html>";
            return r;
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        FeedPoller poller(&http);
        poller.setJitterFraction(0);
        poller.setProviders({providerFor({server.url(QStringLiteral("/s.json")).toString()}, 100)});
        QSignalSpy status(&poller, &FeedPoller::statusChanged);
        poller.start();
        QVERIFY(waitAttempts(status, 1));
        FeedStatus st = poller.status(QStringLiteral("anthropic"));
        QCOMPARE(st.lastErrorCode, QStringLiteral("http"));
        QCOMPARE(st.nextDelayMs, 200);
        QVERIFY(!st.lastError.contains(QLatin1String("Retry-After")));
        QVERIFY(waitAttempts(status, 1));
        st = poller.status(QStringLiteral("anthropic"));
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(st.lastErrorCode, QStringLiteral("http"));
        QCOMPARE(st.nextDelayMs, 2000); // backoff alone: 400 ms
        QVERIFY2(st.lastError.contains(QLatin1String("HTTP 503")) && st.lastError.contains(QLatin1String("(Retry-After 2 s)")),
                 qPrintable(st.lastError));
        QTest::qWait(1200);
        QCOMPARE(server.requestCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 3, 3000);
    }

    void jitterSpreadsDelays()
    {
        LoopbackServer server([](const HttpRequest &) { return goodReply(); });
        QVERIFY(server.listen());
        net::HttpClient http;
        FeedPoller poller(&http);
        poller.setJitterFraction(0.2); // 60 s +- 12 s
        poller.setProviders({providerFor({server.url(QStringLiteral("/s.json")).toString()}, 60000)});
        QSignalSpy status(&poller, &FeedPoller::statusChanged);
        poller.start();
        QList<int> delays;
        QVERIFY(waitAttempts(status, 1));
        delays << poller.status(QStringLiteral("anthropic")).nextDelayMs;
        for (int i = 0; i < 30; ++i) {
            poller.pollNow(QStringLiteral("anthropic"));
            QVERIFY(waitAttempts(status, 1));
            delays << poller.status(QStringLiteral("anthropic")).nextDelayMs;
        }
        for (int d : std::as_const(delays))
            QVERIFY2(d >= 48000 && d <= 72000, qPrintable(QString::number(d)));
        // Spread over the band, not one fixed offset: 31 uniform draws all within 3 s of 60 s,
        // or all on one side, would take odds below one in a million.
        const auto [lo, hi] = std::minmax_element(delays.cbegin(), delays.cend());
        QVERIFY2(*lo < 57000 && *hi > 63000, qPrintable(QStringLiteral("%1..%2").arg(*lo).arg(*hi)));
        QVERIFY(QSet<int>(delays.cbegin(), delays.cend()).size() > 20);
    }

    void ifModifiedSinceAnd304()
    {
        const QByteArray lastModified = "Mon, 02 Mar 2026 14:20:51 GMT";
        bool broken = false;
        LoopbackServer server([&](const HttpRequest &req) {
            if (broken) {
                HttpReply r;
                r.status = 500;
                return r;
            }
            if (req.header("If-Modified-Since") == lastModified) {
                HttpReply r;
                r.status = 304;
                return r;
            }
            HttpReply r = goodReply(); // no ETag: Last-Modified is the only validator
            r.headers.append({QByteArrayLiteral("Last-Modified"), lastModified});
            return r;
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        FeedPoller poller(&http);
        poller.setJitterFraction(0);
        poller.setProviders({providerFor({server.url(QStringLiteral("/api/v2/summary.json")).toString()}, 60000)});
        QSignalSpy updated(&poller, &FeedPoller::snapshotUpdated);
        QSignalSpy status(&poller, &FeedPoller::statusChanged);
        poller.start();
        QVERIFY(updated.wait(5000));
        const FeedStatus first = poller.status(QStringLiteral("anthropic"));
        QCOMPARE(server.requests().at(0).header("If-Modified-Since"), QByteArray());

        // A failed poll in between: the 304 after it still counts as good and clears the error.
        broken = true;
        poller.pollNow(QStringLiteral("anthropic"));
        QVERIFY(waitAttempts(status, 1));
        QCOMPARE(poller.status(QStringLiteral("anthropic")).consecutiveFailures, 1);
        broken = false;
        QTest::qWait(10); // so that the next good poll has a later timestamp
        poller.pollNow(QStringLiteral("anthropic"));
        QVERIFY(waitAttempts(status, 1));

        const auto requests = server.requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(2).header("If-Modified-Since"), lastModified);
        QCOMPARE(requests.at(2).header("If-None-Match"), QByteArray());
        const FeedStatus st = poller.status(QStringLiteral("anthropic"));
        QCOMPARE(st.lastError, QString());
        QCOMPARE(st.lastErrorCode, QString());
        QCOMPARE(st.consecutiveFailures, 0);
        QVERIFY(st.lastGoodPoll > first.lastGoodPoll);
        QCOMPARE(st.nextDelayMs, 60000); // the normal interval, not a backoff
        QVERIFY(st.hasSnapshot);
        QCOMPARE(st.snapshot.digest(), first.snapshot.digest());
        QCOMPARE(st.snapshot.components.size(), 6);
        QCOMPARE(updated.count(), 1); // nothing changed, nothing re-emitted
    }

    // incident.io pages answer the Statuspage endpoint incidents/unresolved.json with a 404 HTML
    // page. Configured next to summary.json, the summary still shows, and the row says what to
    // poll instead of a bare "HTTP 404".
    void incidentIoUnresolved404()
    {
        LoopbackServer server([](const HttpRequest &req) {
            if (req.path.endsWith("/incidents/unresolved.json")) {
                HttpReply r;
                r.status = 404;
                r.headers = {{"Content-Type", "text/html; charset=utf-8"}};
                r.body = "<!DOCTYPE html><html><body>Page not found</body></html>";
                return r;
            }
            return goodReplyFor(QStringLiteral("incidentio"));
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        FeedPoller poller(&http);
        poller.setJitterFraction(0);
        auto p = providerFor({server.url(QStringLiteral("/api/v2/summary.json")).toString()}, 60000, QStringLiteral("incidentio"));
        p.id = QStringLiteral("openai");
        config::FeedConfig unresolved = p.feeds.first();
        unresolved.url = server.url(QStringLiteral("/api/v2/incidents/unresolved.json")).toString();
        p.feeds << unresolved;
        poller.setProviders({p});
        QSignalSpy updated(&poller, &FeedPoller::snapshotUpdated);
        QSignalSpy failed(&poller, &FeedPoller::feedFailed);
        FeedLog log;
        poller.start();
        QVERIFY(updated.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 2, 5000);
        const FeedStatus st = poller.status(QStringLiteral("openai"));
        QVERIFY(st.hasSnapshot);
        QVERIFY(!st.snapshot.components.isEmpty());
        QCOMPARE(st.snapshot.openIncidentCount(), 1); // from summary.json
        QCOMPARE(st.lastErrorCode, QStringLiteral("http"));
        QVERIFY2(st.lastError.startsWith(QStringLiteral("HTTP 404 from ") + unresolved.url), qPrintable(st.lastError));
        QVERIFY2(st.lastError.contains(QLatin1String("incident.io pages do not serve this Statuspage endpoint; poll /api/v2/summary.json")),
                 qPrintable(st.lastError));
        const QStringList lines = log.lines();
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) {
                     return l.startsWith(QLatin1String("openai :")) && l.contains(st.lastError);
                 }), qPrintable(lines.join(QLatin1Char('\n'))));
        // The same status on a Statuspage feed stays a plain HTTP error.
        auto sp = p;
        sp.feeds = {unresolved};
        sp.feeds[0].format = QStringLiteral("statuspage");
        poller.setProviders({sp});
        failed.clear();
        poller.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(poller.status(QStringLiteral("openai")).lastError, QStringLiteral("HTTP 404 from ") + unresolved.url);
    }

    // Every hostile body from the shared fixtures, served with its manifest status and headers
    // after a good poll, through the parser it targets: the manifest's base is a Statuspage
    // summary, its XML error document stands in for an RSS/Atom feed (so it goes through every XML
    // parser), and the JSON failures also go through the other JSON parsers. hostile-xml/ adds
    // what the shared set lacks for the XML parsers (DTDs, broken XML). Rejected bodies must give
    // their specific error, on the status and in the log, and leave the last good snapshot
    // byte-for-byte as it was; tolerated ones must be read with the documented rules.
    void hostile_data()
    {
        QTest::addColumn<QString>("file"); // under tests/data/feeds/
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QVariantMap>("extraHeaders");
        QTest::addColumn<QString>("expect");      // "accept" or "<errorCode>[:<parser code>]"
        QTest::addColumn<QStringList>("details"); // each must appear in the error text

        struct Expectation
        {
            QString format;
            QString expect;
            QStringList details = {};
        };
        const QString sp = QStringLiteral("statuspage");
        const QString io = QStringLiteral("incidentio");
        const QString gcp = QStringLiteral("gcp");
        const QString awsEvents = QStringLiteral("aws-currentevents");
        const QString awsRss = QStringLiteral("aws-rss");
        const QString azure = QStringLiteral("azure-rss");
        const QString atom = QStringLiteral("atom");
        const QString rss = QStringLiteral("rss");
        const QString jsonError = QStringLiteral("parse:feed.json");
        const QString shape = QStringLiteral("parse:feed.shape");
        const QString html = QStringLiteral("parse:feed.html");
        const QString xmlRoot = QStringLiteral("parse:feed.xml.root");
        const QString xmlError = QStringLiteral("parse:feed.xml");
        const QString accept = QStringLiteral("accept");
        const QStringList rootError = {QStringLiteral("got root element <Error>")};
        const QStringList noDtd = {QStringLiteral("document type declaration is not accepted")};
        const QStringList noneOfTheKeys = {QStringLiteral("Not a Statuspage document: none of status, components, incidents")};
        const QStringList emptyBody = {QStringLiteral("The server sent an empty body")};
        const QStringList tooLarge = {QStringLiteral("Body larger than 2097152 bytes, not parsed")};
        // JSON syntax errors additionally name the byte offset and Qt's reason from the manifest.
        const QHash<QString, QList<Expectation>> expected = {
            {QStringLiteral("truncated-mid-string.json"), {{sp, jsonError}, {gcp, jsonError}, {io, jsonError}, {awsEvents, jsonError}}},
            {QStringLiteral("truncated-after-component.json"), {{sp, jsonError}, {io, jsonError}}},
            {QStringLiteral("empty-body.json"), {{sp, QStringLiteral("parse:feed.empty"), emptyBody}, {azure, QStringLiteral("parse:feed.empty"), emptyBody}}},
            {QStringLiteral("empty-object.json"), {{sp, shape, noneOfTheKeys}, {io, shape, noneOfTheKeys},
                                                   {gcp, shape, {QStringLiteral("Google Cloud incidents array, got an object")}}}},
            {QStringLiteral("json-array-root.json"), {{sp, shape, {QStringLiteral("Expected a Statuspage JSON object, got an array")}}, {gcp, accept}, {awsEvents, accept}}},
            {QStringLiteral("json-null-root.json"), {{sp, jsonError}, {gcp, jsonError}}},
            {QStringLiteral("json-string-root.json"), {{sp, jsonError}}},
            {QStringLiteral("wrong-types.json"), {{sp, accept}}},
            {QStringLiteral("wrong-container-types.json"), {{sp, shape, {QStringLiteral("components: expected an array, got object")}}}},
            {QStringLiteral("unknown-enums.json"), {{sp, accept}}},
            {QStringLiteral("duplicate-component-ids.json"), {{sp, accept}}},
            {QStringLiteral("duplicate-keys.json"), {{sp, accept}}},
            {QStringLiteral("missing-required-fields.json"), {{sp, accept}}},
            {QStringLiteral("invalid-timestamps.json"), {{sp, accept}}},
            {QStringLiteral("injection-and-control-chars.json"), {{sp, accept}}},
            {QStringLiteral("big-integers.json"), {{sp, accept}}},
            {QStringLiteral("number-overflow-1e400.json"), {{sp, jsonError}, {gcp, jsonError}}},
            {QStringLiteral("bom-utf8.json"), {{sp, accept}}},
            {QStringLiteral("utf16le-with-bom.json"), {{sp, accept},
                                                       {awsEvents, shape, {QStringLiteral("AWS current-events array, got an object")}}}},
            {QStringLiteral("latin1-invalid-utf8.json"), {{sp, jsonError}}},
            {QStringLiteral("deep-nesting.json"), {{sp, jsonError}, {awsEvents, jsonError}}},
            {QStringLiteral("oversize-5mb-valid.json"), {{sp, QStringLiteral("toolarge"), tooLarge}}},
            {QStringLiteral("oversize-5mb-garbage.bin"), {{sp, QStringLiteral("toolarge"), tooLarge}, {awsRss, QStringLiteral("toolarge"), tooLarge}}},
            {QStringLiteral("oversize-5mb-whitespace-then-json.json"), {{sp, QStringLiteral("toolarge"), tooLarge}}},
            {QStringLiteral("html-statuspage-200.html"), {{sp, html}, {gcp, html}, {atom, html}}},
            {QStringLiteral("html-challenge-403.html"), {{sp, QStringLiteral("http"), {QStringLiteral("HTTP 403")}}}},
            {QStringLiteral("html-challenge-405.html"), {{sp, QStringLiteral("http"), {QStringLiteral("HTTP 405")}}}},
            {QStringLiteral("html-captive-portal-200.html"), {{sp, html, {QStringLiteral("labelled application/json")}},
                                                              {rss, html, {QStringLiteral("labelled application/json")}}}},
            {QStringLiteral("xml-s3-error-200.xml"), {{sp, QStringLiteral("parse:feed.notjson"), {QStringLiteral("markup (starting with '<'), not JSON")}},
                                                      {rss, xmlRoot, rootError},
                                                      {atom, xmlRoot, rootError}, {azure, xmlRoot, rootError}, {awsRss, xmlRoot, rootError}}},
            {QStringLiteral("incidentio-shape-on-statuspage-url.json"), {{sp, accept}, {io, accept}}},
            {QStringLiteral("not-modified-304.json"), {{sp, QStringLiteral("notmodified"), {QStringLiteral("HTTP 304 Not Modified to a request without validators")}}}},
            {QStringLiteral("rate-limited-429.json"), {{sp, QStringLiteral("ratelimited"), {QStringLiteral("HTTP 429"), QStringLiteral("Retry-After 120 s")}}}},
            {QStringLiteral("server-error-503.html"), {{sp, QStringLiteral("http"), {QStringLiteral("HTTP 503")}}}},
            {QStringLiteral("trailing-garbage.json"), {{sp, jsonError}, {io, jsonError}}},
            {QStringLiteral("nan-infinity.json"), {{sp, jsonError}}},
            {QStringLiteral("single-quotes.json"), {{sp, jsonError}}},
            {QStringLiteral("comments.json"), {{sp, jsonError}, {gcp, jsonError}}},
        };
        const QJsonArray files = QJsonDocument::fromJson(fixture(QStringLiteral("hostile/manifest.json")))
                                     .object().value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 37);
        QCOMPARE(expected.size(), 37);
        for (const QJsonValue &v : files) {
            const QJsonObject o = v.toObject();
            const QString file = o.value(QLatin1String("file")).toString();
            QVERIFY2(expected.contains(file), qPrintable(QStringLiteral("no expectation for ") + file));
            for (const Expectation &e : expected.value(file)) {
                QStringList details = e.details;
                if (e.expect == jsonError) {
                    // "ERROR unterminated string @2090": Qt's reason and offset (bounded by the body).
                    const QString verdict = o.value(QLatin1String("qt6_fromJson")).toString();
                    QVERIFY2(verdict.startsWith(QLatin1String("ERROR ")), qPrintable(file));
                    const qsizetype at = verdict.lastIndexOf(QLatin1String(" @"));
                    const qint64 offset = qMin(verdict.mid(at + 2).toLongLong(), qint64(o.value(QLatin1String("bytes")).toInteger()));
                    details << QStringLiteral("at byte %1 ").arg(offset) << (QStringLiteral("): ") + verdict.mid(6, at - 6));
                }
                QTest::addRow("%s via %s", qPrintable(file), qPrintable(e.format))
                    << (QStringLiteral("hostile/") + file) << e.format << o.value(QLatin1String("http_status")).toInt()
                    << o.value(QLatin1String("content_type")).toString().toUtf8()
                    << o.value(QLatin1String("extra_headers")).toObject().toVariantMap() << e.expect << details;
            }
        }

        // XML-only hostility, served as a feed would be. Lines and columns are where
        // QXmlStreamReader stops: the end of the cut body, the </entry> closing <title>.
        const QByteArray rssType = "application/rss+xml";
        const QByteArray atomType = "application/atom+xml";
        const struct { const char *file; QString format; QByteArray type; QString expect; QStringList details; } xmlRows[] = {
            {"entity-expansion-dtd.rss", rss, rssType, xmlError, noDtd},
            {"entity-expansion-dtd.rss", azure, rssType, xmlError, noDtd},
            {"entity-expansion-dtd.rss", awsRss, rssType, xmlError, noDtd},
            {"external-entity-dtd.atom", atom, atomType, xmlError, noDtd},
            {"truncated-in-item.rss", rss, rssType, xmlError, {QStringLiteral("Invalid XML at line 8, column 61: Premature end of document")}},
            {"truncated-in-item.rss", azure, rssType, xmlError, {QStringLiteral("Invalid XML at line 8, column 61: Premature end of document")}},
            {"mismatched-tags.atom", atom, atomType, xmlError, {QStringLiteral("Invalid XML at line 6, column 34: Opening and ending tag mismatch")}},
            {"html-error-page.rss", rss, rssType, html, {QStringLiteral("labelled application/rss+xml")}},
            {"json-instead-of-rss.rss", awsRss, rssType, QStringLiteral("parse:feed.notxml"), {QStringLiteral("first byte '{'")}},
        };
        for (const auto &r : xmlRows)
            QTest::addRow("%s via %s", r.file, qPrintable(r.format))
                << (QStringLiteral("hostile-xml/") + QLatin1String(r.file)) << r.format << 200 << r.type << QVariantMap() << r.expect << r.details;
        // A valid feed of the wrong kind for the parser.
        QTest::addRow("history.atom via aws-rss") << QStringLiteral("replay-2026-03-02/history.atom") << awsRss << 200 << atomType
                                                  << QVariantMap() << shape << QStringList{QStringLiteral("got an Atom feed")};
        QTest::addRow("history.rss via azure-rss") << QStringLiteral("replay-2026-03-02/history.rss") << azure << 200 << rssType
                                                   << QVariantMap() << shape
                                                   << QStringList{QStringLiteral("Azure Status RSS channel, got \"Claude Status - Incident History\"")};
    }

    void hostile()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QVariantMap, extraHeaders);
        QFETCH(QString, expect);
        QFETCH(QStringList, details);

        const QByteArray body = hostileBody(file);
        bool hostileTurn = false;
        LoopbackServer server([&](const HttpRequest &) {
            if (!hostileTurn)
                return goodReplyFor(format);
            HttpReply r;
            r.status = status;
            if (!contentType.isEmpty())
                r.headers.append({QByteArrayLiteral("Content-Type"), contentType});
            for (auto it = extraHeaders.cbegin(); it != extraHeaders.cend(); ++it)
                r.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
            if (status != 304)
                r.body = body;
            return r;
        });
        QVERIFY(server.listen());
        net::HttpClient http;
        FeedPoller poller(&http);
        poller.setJitterFraction(0);
        // 45 s: the first backoff (90 s) differs from the 429's Retry-After (120 s).
        const int intervalMs = 45000;
        poller.setProviders({providerFor({server.url(QStringLiteral("/feed")).toString()}, intervalMs, format)});
        QSignalSpy status1(&poller, &FeedPoller::statusChanged);
        QSignalSpy updated(&poller, &FeedPoller::snapshotUpdated);
        QSignalSpy failed(&poller, &FeedPoller::feedFailed);
        poller.start();
        QVERIFY(updated.wait(5000));
        const FeedStatus good = poller.status(QStringLiteral("anthropic"));
        QVERIFY2(good.lastError.isEmpty(), qPrintable(good.lastError));
        const QByteArray goodDigest = good.snapshot.digest();

        FeedLog log;
        hostileTurn = true;
        const int attemptsBefore = int(status1.count());
        poller.pollNow(QStringLiteral("anthropic"));
        QVERIFY(QTest::qWaitFor([&] { return status1.count() > attemptsBefore; }, 10000));
        const FeedStatus after = poller.status(QStringLiteral("anthropic"));
        QVERIFY(after.hasSnapshot);

        if (expect != QLatin1String("accept")) {
            const QString code = expect.section(QLatin1Char(':'), 0, 0);
            const QString parserCode = expect.section(QLatin1Char(':'), 1);
            QCOMPARE(updated.count(), 1);
            QCOMPARE(after.lastErrorCode, code);
            if (!parserCode.isEmpty())
                QVERIFY2(after.lastError.startsWith(QStringLiteral("Parse error (%1): ").arg(parserCode)), qPrintable(after.lastError));
            for (const QString &d : details)
                QVERIFY2(after.lastError.contains(d), qPrintable(after.lastError + QStringLiteral(" lacks ") + d));
            // The last good state is untouched.
            QCOMPARE(after.snapshot.digest(), goodDigest);
            QCOMPARE(after.lastGoodPoll, good.lastGoodPoll);
            // Backoff after one failed cycle, unless the server asked for longer.
            QCOMPARE(after.nextDelayMs, file.endsWith(QLatin1String("rate-limited-429.json")) ? 120000 : 2 * intervalMs);
            // The operator's log names the provider and says the same as the status.
            const QStringList lines = log.lines();
            const bool logged = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) {
                return l.startsWith(QLatin1String("anthropic :")) && l.contains(after.lastError);
            });
            QVERIFY2(logged, qPrintable(lines.join(QLatin1Char('\n'))));
            return;
        }

        QVERIFY2(failed.isEmpty(), qPrintable(after.lastError));
        QCOMPARE(after.lastError, QString());
        const FeedSnapshot &s = after.snapshot;
        for (const Component &c : s.components) {
            QVERIFY(!c.id.isEmpty());
            QVERIFY(!c.name.contains(QLatin1Char('\n')));
            QVERIFY(!c.name.contains(QChar(0)));
        }
        const QString name = file.section(QLatin1Char('/'), -1);
        if (format == QLatin1String("gcp") || format == QLatin1String("aws-currentevents")) {
            // An empty event list is these feeds' healthy state.
            QCOMPARE(name, QStringLiteral("json-array-root.json"));
            QCOMPARE(s.incidents.size(), 0);
            QCOMPARE(s.openIncidentCount(), 0);
            QVERIFY(s.digest() != goodDigest);
        } else if (name == QLatin1String("wrong-types.json")) {
            QCOMPARE(s.indicatorState, HealthState::Unknown);
            QCOMPARE(s.components.size(), 4); // "Claude Code" (a string) and id 12345 skipped
            QCOMPARE(s.component(QStringLiteral("rwppv331jlwc"))->state, HealthState::Unknown);
            QVERIFY(!s.warnings.isEmpty());
        } else if (name == QLatin1String("unknown-enums.json")) {
            QCOMPARE(s.indicatorState, HealthState::Unknown);
            QCOMPARE(s.component(QStringLiteral("rwppv331jlwc"))->state, HealthState::Unknown);
            QCOMPARE(s.component(QStringLiteral("rwppv331jlwc"))->rawStatus, QStringLiteral("sharded_outage"));
            QCOMPARE(s.component(QStringLiteral("0qbwn08sd68x"))->state, HealthState::MajorOutage); // full_outage
            QCOMPARE(s.component(QStringLiteral("k8w3r06qmzrp"))->state, HealthState::Unknown);     // MAJOR_OUTAGE
            QCOMPARE(s.incident(QStringLiteral("p9w4tz1c6hmg"))->impactState, HealthState::Unknown);
            QVERIFY(s.incident(QStringLiteral("p9w4tz1c6hmg"))->open);
        } else if (name == QLatin1String("duplicate-component-ids.json")) {
            QCOMPARE(s.components.size(), 6);
            QCOMPARE(s.component(QStringLiteral("rwppv331jlwc"))->name, QStringLiteral("claude.ai"));
            QCOMPARE(s.component(QStringLiteral("rwppv331jlwc"))->state, HealthState::MajorOutage);
            QVERIFY(s.warnings.join(QLatin1Char(' ')).contains(QLatin1String("duplicate component id")));
        } else if (name == QLatin1String("duplicate-keys.json")) {
            QCOMPARE(s.indicator, QStringLiteral("critical"));
        } else if (name == QLatin1String("missing-required-fields.json")) {
            QCOMPARE(s.components.size(), 5);
            QCOMPARE(s.component(QStringLiteral("0qbwn08sd68x"))->state, HealthState::Unknown);
            QCOMPARE(s.component(QStringLiteral("k8w3r06qmzrp"))->name, QStringLiteral("k8w3r06qmzrp"));
            QCOMPARE(s.incidents.size(), 2);
        } else if (name == QLatin1String("invalid-timestamps.json")) {
            const Incident *i = s.incident(QStringLiteral("p9w4tz1c6hmg"));
            QCOMPARE(i->started, QDateTime::fromString(QStringLiteral("2026-03-02T14:20:51.777Z"), Qt::ISODateWithMs)); // created_at
            QVERIFY(!s.warnings.isEmpty());
        } else if (name == QLatin1String("injection-and-control-chars.json")) {
            QCOMPARE(s.pageUrl, QString()); // file:// refused
            for (const Incident &i : s.incidents) {
                QVERIFY(i.url.isEmpty() || i.url.startsWith(QLatin1String("https://")));
                QVERIFY(i.title.size() <= 501);
            }
            QVERIFY(!s.component(QStringLiteral("0qbwn08sd68x"))->name.contains(QChar(0x202E)));
            QVERIFY(s.component(QStringLiteral("0qbwn08sd68x"))->name.contains(QLatin1String("NUL")));
        } else if (name == QLatin1String("incidentio-shape-on-statuspage-url.json")) {
            QCOMPARE(s.incidents.size(), 0);
            QCOMPARE(s.worstState(), HealthState::Operational);
        } else {
            // bom, utf-16, big integers: the same document as the base snapshot.
            QVERIFY2((QStringList{QStringLiteral("bom-utf8.json"), QStringLiteral("utf16le-with-bom.json"), QStringLiteral("big-integers.json")})
                         .contains(name), qPrintable(name));
            QCOMPARE(s.components.size(), 6);
            QCOMPARE(s.openIncidentCount(), 2);
        }
    }

private:
    static QByteArray hostileBody(const QString &path)
    {
        const QString file = path.section(QLatin1Char('/'), -1);
        const qsizetype fiveMb = 5 * 1024 * 1024;
        if (file == QLatin1String("oversize-5mb-valid.json")) {
            QByteArray base = fixture(QStringLiteral("replay-2026-03-02/1420.summary.json")).trimmed();
            base.chop(1);
            return base + ",\"padding\":\"" + QByteArray(fiveMb, 'a') + "\"}";
        }
        if (file == QLatin1String("oversize-5mb-whitespace-then-json.json"))
            return QByteArray(fiveMb, ' ') + fixture(QStringLiteral("replay-2026-03-02/1420.summary.json"));
        if (file == QLatin1String("oversize-5mb-garbage.bin")) {
            QRandomGenerator gen(42);
            QByteArray b(fiveMb + 17, Qt::Uninitialized);
            gen.fillRange(reinterpret_cast<quint32 *>(b.data()), b.size() / 4);
            return b;
        }
        return fixture(path);
    }
};

QTEST_GUILESS_MAIN(TestFeedsPoller)
#include "tst_feeds_poller.moc"
