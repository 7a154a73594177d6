#include "loopbackserver.h"

#include "feeds/feedpoller.h"
#include "net/httpclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

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
        poller.setProviders({providerFor({server.url(QStringLiteral("/s.json")).toString()}, 100)});
        QSignalSpy stale(&poller, &FeedPoller::staleChanged);
        QSignalSpy updated(&poller, &FeedPoller::snapshotUpdated);
        poller.start();
        QVERIFY(updated.wait(5000));
        QVERIFY(!poller.status(QStringLiteral("anthropic")).stale);
        QElapsedTimer t;
        t.start();
        failing = true;
        QVERIFY(stale.wait(5000));
        QCOMPARE(stale.constLast().at(1).toBool(), true);
        QVERIFY(t.elapsed() >= 150); // not before 3 x interval since the last good poll
        FeedStatus st = poller.status(QStringLiteral("anthropic"));
        QVERIFY(st.stale);
        QVERIFY(st.hasSnapshot);
        QCOMPARE(st.snapshot.components.size(), 6);
        failing = false;
        QVERIFY(stale.wait(5000));
        QCOMPARE(stale.constLast().at(1).toBool(), false);
        QCOMPARE(poller.status(QStringLiteral("anthropic")).lastError, QString());
    }

    // Every hostile body from the shared fixtures, served with its manifest status and headers,
    // after a good poll. Rejected bodies must give their specific error and leave the last good
    // snapshot byte-for-byte as it was; tolerated ones must be read with the documented rules.
    void hostile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QVariantMap>("extraHeaders");
        QTest::addColumn<QString>("expect"); // "accept" or "<errorCode>[:<parser code>]"

        const QMap<QString, QString> expected = {
            {QStringLiteral("truncated-mid-string.json"), QStringLiteral("parse:feed.json")},
            {QStringLiteral("truncated-after-component.json"), QStringLiteral("parse:feed.json")},
            {QStringLiteral("empty-body.json"), QStringLiteral("parse:feed.empty")},
            {QStringLiteral("empty-object.json"), QStringLiteral("parse:feed.shape")},
            {QStringLiteral("json-array-root.json"), QStringLiteral("parse:feed.shape")},
            {QStringLiteral("json-null-root.json"), QStringLiteral("parse:feed.json")},
            {QStringLiteral("json-string-root.json"), QStringLiteral("parse:feed.json")},
            {QStringLiteral("wrong-types.json"), QStringLiteral("accept")},
            {QStringLiteral("wrong-container-types.json"), QStringLiteral("parse:feed.shape")},
            {QStringLiteral("unknown-enums.json"), QStringLiteral("accept")},
            {QStringLiteral("duplicate-component-ids.json"), QStringLiteral("accept")},
            {QStringLiteral("duplicate-keys.json"), QStringLiteral("accept")},
            {QStringLiteral("missing-required-fields.json"), QStringLiteral("accept")},
            {QStringLiteral("invalid-timestamps.json"), QStringLiteral("accept")},
            {QStringLiteral("injection-and-control-chars.json"), QStringLiteral("accept")},
            {QStringLiteral("big-integers.json"), QStringLiteral("accept")},
            {QStringLiteral("number-overflow-1e400.json"), QStringLiteral("parse:feed.json")},
            {QStringLiteral("bom-utf8.json"), QStringLiteral("accept")},
            {QStringLiteral("utf16le-with-bom.json"), QStringLiteral("accept")},
            {QStringLiteral("latin1-invalid-utf8.json"), QStringLiteral("parse:feed.json")},
            {QStringLiteral("deep-nesting.json"), QStringLiteral("parse:feed.json")},
            {QStringLiteral("oversize-5mb-valid.json"), QStringLiteral("toolarge")},
            {QStringLiteral("oversize-5mb-garbage.bin"), QStringLiteral("toolarge")},
            {QStringLiteral("oversize-5mb-whitespace-then-json.json"), QStringLiteral("toolarge")},
            {QStringLiteral("html-statuspage-200.html"), QStringLiteral("parse:feed.html")},
            {QStringLiteral("html-challenge-403.html"), QStringLiteral("http")},
            {QStringLiteral("html-challenge-405.html"), QStringLiteral("http")},
            {QStringLiteral("html-captive-portal-200.html"), QStringLiteral("parse:feed.html")},
            {QStringLiteral("xml-s3-error-200.xml"), QStringLiteral("parse:feed.notjson")},
            {QStringLiteral("incidentio-shape-on-statuspage-url.json"), QStringLiteral("accept")},
            {QStringLiteral("not-modified-304.json"), QStringLiteral("notmodified")},
            {QStringLiteral("rate-limited-429.json"), QStringLiteral("ratelimited")},
            {QStringLiteral("server-error-503.html"), QStringLiteral("http")},
            {QStringLiteral("trailing-garbage.json"), QStringLiteral("parse:feed.json")},
            {QStringLiteral("nan-infinity.json"), QStringLiteral("parse:feed.json")},
            {QStringLiteral("single-quotes.json"), QStringLiteral("parse:feed.json")},
            {QStringLiteral("comments.json"), QStringLiteral("parse:feed.json")},
        };
        const QJsonArray files = QJsonDocument::fromJson(fixture(QStringLiteral("hostile/manifest.json")))
                                     .object().value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 37);
        for (const QJsonValue &v : files) {
            const QJsonObject o = v.toObject();
            const QString file = o.value(QLatin1String("file")).toString();
            QVERIFY2(expected.contains(file), qPrintable(QStringLiteral("no expectation for ") + file));
            QTest::addRow("%s", qPrintable(file)) << file << o.value(QLatin1String("http_status")).toInt()
                << o.value(QLatin1String("content_type")).toString().toUtf8()
                << o.value(QLatin1String("extra_headers")).toObject().toVariantMap() << expected.value(file);
        }
    }

    void hostile()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QVariantMap, extraHeaders);
        QFETCH(QString, expect);

        const QByteArray body = hostileBody(file);
        bool hostileTurn = false;
        LoopbackServer server([&](const HttpRequest &) {
            if (!hostileTurn)
                return goodReply();
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
        poller.setProviders({providerFor({server.url(QStringLiteral("/api/v2/summary.json")).toString()}, 60000)});
        QSignalSpy status1(&poller, &FeedPoller::statusChanged);
        QSignalSpy updated(&poller, &FeedPoller::snapshotUpdated);
        QSignalSpy failed(&poller, &FeedPoller::feedFailed);
        poller.start();
        QVERIFY(updated.wait(5000));
        const FeedStatus good = poller.status(QStringLiteral("anthropic"));
        const QByteArray goodDigest = good.snapshot.digest();

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
                QVERIFY2(after.lastError.contains(parserCode), qPrintable(after.lastError));
            QVERIFY(!after.lastError.isEmpty());
            // The last good state is untouched.
            QCOMPARE(after.snapshot.digest(), goodDigest);
            QCOMPARE(after.lastGoodPoll, good.lastGoodPoll);
            if (file == QLatin1String("rate-limited-429.json"))
                QCOMPARE(after.nextDelayMs, 120000);
            if (parserCode == QLatin1String("feed.json"))
                QVERIFY2(after.lastError.contains(QLatin1String("at byte ")), qPrintable(after.lastError));
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
        if (file == QLatin1String("wrong-types.json")) {
            QCOMPARE(s.indicatorState, HealthState::Unknown);
            QCOMPARE(s.components.size(), 4); // "Claude Code" (a string) and id 12345 skipped
            QCOMPARE(s.component(QStringLiteral("rwppv331jlwc"))->state, HealthState::Unknown);
            QVERIFY(!s.warnings.isEmpty());
        } else if (file == QLatin1String("unknown-enums.json")) {
            QCOMPARE(s.indicatorState, HealthState::Unknown);
            QCOMPARE(s.component(QStringLiteral("rwppv331jlwc"))->state, HealthState::Unknown);
            QCOMPARE(s.component(QStringLiteral("rwppv331jlwc"))->rawStatus, QStringLiteral("sharded_outage"));
            QCOMPARE(s.component(QStringLiteral("0qbwn08sd68x"))->state, HealthState::MajorOutage); // full_outage
            QCOMPARE(s.component(QStringLiteral("k8w3r06qmzrp"))->state, HealthState::Unknown);     // MAJOR_OUTAGE
            QCOMPARE(s.incident(QStringLiteral("p9w4tz1c6hmg"))->impactState, HealthState::Unknown);
            QVERIFY(s.incident(QStringLiteral("p9w4tz1c6hmg"))->open);
        } else if (file == QLatin1String("duplicate-component-ids.json")) {
            QCOMPARE(s.components.size(), 6);
            QCOMPARE(s.component(QStringLiteral("rwppv331jlwc"))->name, QStringLiteral("claude.ai"));
            QCOMPARE(s.component(QStringLiteral("rwppv331jlwc"))->state, HealthState::MajorOutage);
            QVERIFY(s.warnings.join(QLatin1Char(' ')).contains(QLatin1String("duplicate component id")));
        } else if (file == QLatin1String("duplicate-keys.json")) {
            QCOMPARE(s.indicator, QStringLiteral("critical"));
        } else if (file == QLatin1String("missing-required-fields.json")) {
            QCOMPARE(s.components.size(), 5);
            QCOMPARE(s.component(QStringLiteral("0qbwn08sd68x"))->state, HealthState::Unknown);
            QCOMPARE(s.component(QStringLiteral("k8w3r06qmzrp"))->name, QStringLiteral("k8w3r06qmzrp"));
            QCOMPARE(s.incidents.size(), 2);
        } else if (file == QLatin1String("invalid-timestamps.json")) {
            const Incident *i = s.incident(QStringLiteral("p9w4tz1c6hmg"));
            QCOMPARE(i->started, QDateTime::fromString(QStringLiteral("2026-03-02T14:20:51.777Z"), Qt::ISODateWithMs)); // created_at
            QVERIFY(!s.warnings.isEmpty());
        } else if (file == QLatin1String("injection-and-control-chars.json")) {
            QCOMPARE(s.pageUrl, QString()); // file:// refused
            for (const Incident &i : s.incidents) {
                QVERIFY(i.url.isEmpty() || i.url.startsWith(QLatin1String("https://")));
                QVERIFY(i.title.size() <= 501);
            }
            QVERIFY(!s.component(QStringLiteral("0qbwn08sd68x"))->name.contains(QChar(0x202E)));
            QVERIFY(s.component(QStringLiteral("0qbwn08sd68x"))->name.contains(QLatin1String("NUL")));
        } else if (file == QLatin1String("incidentio-shape-on-statuspage-url.json")) {
            QCOMPARE(s.incidents.size(), 0);
            QCOMPARE(s.worstState(), HealthState::Operational);
        } else {
            // bom, utf-16, big integers: the same document as the base snapshot.
            QCOMPARE(s.components.size(), 6);
            QCOMPARE(s.openIncidentCount(), 2);
        }
    }

private:
    static QByteArray hostileBody(const QString &file)
    {
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
        return fixture(QStringLiteral("hostile/") + file);
    }
};

QTEST_GUILESS_MAIN(TestFeedsPoller)
#include "tst_feeds_poller.moc"
