#include "loopbackserver.h"

#include "core/version.h"
#include "net/httpclient.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QtTest>

using namespace wf;
using namespace wf::net;
using wf::test::HttpReply;
using wf::test::HttpRequest;
using wf::test::LoopbackServer;

class TestNet : public QObject
{
    Q_OBJECT

private:
    // Sends one request and waits for its response (the client stays asynchronous).
    static Response fetch(HttpClient &client, const Request &req, int waitMs = 10000)
    {
        Response out;
        bool done = false;
        client.send(req, nullptr, [&](const Response &r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, waitMs))
            qFatal("request did not complete within %d ms", waitMs);
        return out;
    }

private slots:
    void okResponseWithTiming()
    {
        LoopbackServer server([](const HttpRequest &req) {
            HttpReply r = HttpReply::json("{\"ok\":true,\"path\":\"" + req.path + "\"}");
            r.headers.append({QByteArray("X-Test"), QByteArray("yes")});
            r.delayMs = 60; // the server "thinks": time to first byte must show it
            return r;
        });
        QVERIFY(server.listen());
        HttpClient client;
        Request req;
        req.url = server.url(QStringLiteral("/api/v2/summary.json"));
        const Response r = fetch(client, req);
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{\"ok\":true,\"path\":\"/api/v2/summary.json\"}"));
        QCOMPARE(r.header("x-test"), QByteArray("yes"));
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QVERIFY(r.timing.connectMs > 0);
        QVERIFY2(r.timing.firstByteMs >= 50 && r.timing.firstByteMs < 5000, qPrintable(QString::number(r.timing.firstByteMs)));
        QVERIFY(r.timing.totalMs >= r.timing.firstByteMs);
        QVERIFY(r.timing.totalMs >= r.timing.dnsMs + r.timing.connectMs + r.timing.firstByteMs);
        QCOMPARE(r.timing.tlsMs, 0.0); // plain HTTP
        // The User-Agent names the product and version.
        QCOMPARE(server.requests().constLast().header("User-Agent"), userAgent().toLatin1());
        QVERIFY(userAgent().startsWith(QLatin1String("Watchfloor/")));
    }

    void conditionalGetGives304()
    {
        const QByteArray etag = "\"v42\"";
        LoopbackServer server([&](const HttpRequest &req) {
            if (req.header("If-None-Match") == etag) {
                HttpReply r;
                r.status = 304;
                r.headers = {{"ETag", etag}};
                return r;
            }
            HttpReply r = HttpReply::json("{\"n\":1}");
            r.headers.append({QByteArray("ETag"), etag});
            r.headers.append({QByteArray("Last-Modified"), QByteArray("Mon, 02 Mar 2026 11:49:00 GMT")});
            return r;
        });
        QVERIFY(server.listen());
        HttpClient client;
        Request req;
        req.url = server.url(QStringLiteral("/summary.json"));
        const Response first = fetch(client, req);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("ETag"), etag);

        req.ifNoneMatch = first.header("ETag");
        req.ifModifiedSince = first.header("Last-Modified");
        const Response second = fetch(client, req);
        QVERIFY(second.ok());
        QCOMPARE(second.status, 304);
        QVERIFY(second.notModified());
        QVERIFY(second.body.isEmpty());
        QCOMPARE(server.requests().constLast().header("If-Modified-Since"), QByteArray("Mon, 02 Mar 2026 11:49:00 GMT"));
    }

    void timeoutIsReported()
    {
        LoopbackServer server([](const HttpRequest &) {
            HttpReply r = HttpReply::json("{}");
            r.delayMs = 3000;
            return r;
        });
        QVERIFY(server.listen());
        HttpClient client;
        Request req;
        req.url = server.url(QStringLiteral("/slow"));
        req.timeoutMs = 300;
        QElapsedTimer t;
        t.start();
        const Response r = fetch(client, req);
        QCOMPARE(r.error, NetError::Timeout);
        QVERIFY2(t.elapsed() < 2500, "the total timeout must cut the request short");
        QVERIFY(r.body.isEmpty());
    }

    void slowDripHitsTotalTimeout()
    {
        // A server that keeps sending a few bytes: only the total timeout stops it.
        LoopbackServer server([](const HttpRequest &) {
            HttpReply r = HttpReply::json(QByteArray(4000, ' ') + "{}");
            r.dripBytesPerTick = 10;
            return r;
        });
        QVERIFY(server.listen());
        HttpClient client;
        Request req;
        req.url = server.url(QStringLiteral("/drip"));
        req.timeoutMs = 500;
        const Response r = fetch(client, req);
        QCOMPARE(r.error, NetError::Timeout);
    }

    void bodyCapExceeded()
    {
        LoopbackServer server([](const HttpRequest &req) {
            HttpReply r = HttpReply::json(QByteArray(2 * 1024 * 1024, 'x'));
            if (req.path == "/chunked")
                r.chunked = true; // no Content-Length: the cap must hold while streaming
            return r;
        });
        QVERIFY(server.listen());
        HttpClient client;
        for (const char *path : {"/big", "/chunked"}) {
            Request req;
            req.url = server.url(QString::fromLatin1(path));
            req.maxBodyBytes = 1024 * 1024;
            const Response r = fetch(client, req);
            QCOMPARE(r.error, NetError::BodyTooLarge);
            QVERIFY2(r.body.isEmpty(), "a truncated body must never be handed out");
            QVERIFY(r.errorText.contains(QLatin1String("1048576")));
        }
    }

    void bodyCapCountsDecompressedBytes()
    {
        // 8 MB of zeros compresses to a few KB: the cap must apply to what comes out of the decoder.
        const QByteArray plain(8 * 1024 * 1024, '0');
        const QByteArray deflated = qCompress(plain, 9).mid(4); // zlib stream = HTTP "deflate"
        QVERIFY(deflated.size() < 100 * 1024);
        LoopbackServer server([&](const HttpRequest &) {
            HttpReply r;
            r.headers = {{"Content-Type", "application/json"}, {"Content-Encoding", "deflate"}};
            r.body = deflated;
            return r;
        });
        QVERIFY(server.listen());
        HttpClient client;
        Request req;
        req.url = server.url(QStringLiteral("/bomb"));
        req.maxBodyBytes = 1024 * 1024;
        const Response r = fetch(client, req);
        QCOMPARE(r.error, NetError::BodyTooLarge);

        req.maxBodyBytes = 16 * 1024 * 1024;
        const Response ok = fetch(client, req);
        QVERIFY2(ok.ok(), qPrintable(ok.errorText));
        QCOMPARE(ok.body.size(), plain.size());
    }

    void redirectsFollowedUpToFive()
    {
        LoopbackServer server([](const HttpRequest &req) {
            HttpReply r;
            if (req.path == "/loop") {
                r.status = 302;
                r.headers = {{"Location", "/loop"}};
            } else if (req.path.startsWith("/hop/")) {
                const int n = req.path.mid(5).toInt();
                r.status = 301;
                r.headers = {{"Location", n > 1 ? "/hop/" + QByteArray::number(n - 1) : QByteArray("/final")}};
            } else if (req.path == "/to-file") {
                r.status = 302;
                r.headers = {{"Location", "file:///etc/passwd"}};
            } else {
                r = HttpReply::json("{\"final\":true}");
            }
            return r;
        });
        QVERIFY(server.listen());
        HttpClient client;
        Request req;
        req.url = server.url(QStringLiteral("/hop/3"));
        Response r = fetch(client, req);
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.redirects, 3);
        QCOMPARE(r.effectiveUrl.path(), QStringLiteral("/final"));

        req.url = server.url(QStringLiteral("/loop"));
        req.maxRedirects = 50; // clamped to 5
        const int before = server.requestCount();
        r = fetch(client, req);
        QCOMPARE(r.error, NetError::TooManyRedirects);
        QCOMPARE(server.requestCount() - before, 6); // the original request + 5 redirects

        req.url = server.url(QStringLiteral("/to-file"));
        r = fetch(client, req);
        QVERIFY(!r.ok());
        QVERIFY(r.body.isEmpty());
    }

    void disallowedSchemes()
    {
        HttpClient client;
        for (const char *url : {"file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/", "not a url"}) {
            Request req;
            req.url = QUrl(QString::fromLatin1(url));
            const Response r = fetch(client, req);
            QCOMPARE(r.error, NetError::BadScheme);
            QVERIFY(r.body.isEmpty());
        }
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        HttpClient client;
        Request req;
        req.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        const Response r = fetch(client, req);
        QCOMPARE(r.error, NetError::Connect);
        QCOMPARE(r.status, 0);
    }

    void trailersAreCollected()
    {
        // Caddy 2.6 sends its config ETag as an HTTP trailer after a chunked body.
        LoopbackServer server([](const HttpRequest &) {
            HttpReply r = HttpReply::json("[{\"dial\":\"127.0.0.1:18101\"}]\n");
            r.chunked = true;
            r.trailers = {{"Etag", "\"/config/ 1a2b3c4d\""}};
            return r;
        });
        QVERIFY(server.listen());
        HttpClient client;
        Request req;
        req.url = server.url(QStringLiteral("/config/"));
        const Response r = fetch(client, req);
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.body, QByteArray("[{\"dial\":\"127.0.0.1:18101\"}]\n"));
        QCOMPARE(r.trailers.size(), 1);
        QCOMPARE(r.header("etag"), QByteArray("\"/config/ 1a2b3c4d\""));
    }

    void postWithBodyAndHeaders()
    {
        LoopbackServer server([](const HttpRequest &req) {
            return HttpReply::json("{\"method\":\"" + req.method + "\",\"len\":" + QByteArray::number(req.body.size()) + "}", 201);
        });
        QVERIFY(server.listen());
        HttpClient client;
        Request req;
        req.url = server.url(QStringLiteral("/v1/messages"));
        req.method = "POST";
        req.body = "{\"model\":\"m\",\"max_tokens\":1}";
        req.headers = {{"Content-Type", "application/json"}, {"x-api-key", "k"}};
        const Response r = fetch(client, req);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.body, QByteArray("{\"method\":\"POST\",\"len\":28}"));
        QCOMPARE(server.requests().constLast().body, req.body);
        QCOMPARE(server.requests().constLast().header("x-api-key"), QByteArray("k"));

        req.method = "PATCH";
        QCOMPARE(fetch(client, req).body, QByteArray("{\"method\":\"PATCH\",\"len\":28}"));
    }

    void hundredConcurrentRequestsOnOneThread()
    {
        LoopbackServer server([](const HttpRequest &req) {
            HttpReply r = HttpReply::json("{\"p\":\"" + req.path + "\"}");
            r.delayMs = 300;
            return r;
        });
        QVERIFY(server.listen());
        HttpClient client;
        QHash<int, QByteArray> bodies;
        QSet<Qt::HANDLE> threads;
        const int threadsBefore = QThreadPool::globalInstance()->activeThreadCount();
        QElapsedTimer elapsed;
        elapsed.start();
        for (int i = 0; i < 100; ++i) {
            Request req;
            req.url = server.url(QStringLiteral("/n/%1").arg(i));
            client.send(req, nullptr, [&, i](const Response &r) {
                threads.insert(QThread::currentThreadId());
                bodies.insert(i, r.ok() ? r.body : QByteArray("error: ") + r.errorText.toUtf8());
            });
        }
        QCOMPARE(client.activeCount(), 100);
        QTRY_COMPARE_WITH_TIMEOUT(bodies.size(), 100, 40000);
        // In flight together: one after another would take 100 x 300 ms = 30 s.
        QVERIFY2(elapsed.elapsed() < 7500, qPrintable(QStringLiteral("100 requests took %1 ms").arg(elapsed.elapsed())));
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), threadsBefore);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(bodies.value(i), "{\"p\":\"/n/" + QByteArray::number(i) + "\"}");
        QCOMPARE(threads.size(), 1);
        QVERIFY(threads.contains(QThread::currentThreadId()));
        QCOMPARE(client.activeCount(), 0);
    }

    void freshConnectionsAreNotReused()
    {
        LoopbackServer server([](const HttpRequest &) { return HttpReply::json("{}"); });
        QVERIFY(server.listen());
        HttpClient client;
        Request req;
        req.url = server.url(QStringLiteral("/"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(fetch(client, req).ok());
        QCOMPARE(server.connectionCount(), 1); // keep-alive by default
        req.freshConnection = true;
        for (int i = 0; i < 3; ++i)
            QVERIFY(fetch(client, req).ok());
        QCOMPARE(server.connectionCount(), 4);
    }

    void nothingCarriesOverToTheNextRequest()
    {
        // Finished handles are reused: a POST with headers, a HEAD, a request with a tiny body
        // cap and a fresh connection must leave no trace on the plain GET that follows each.
        LoopbackServer server([](const HttpRequest &req) {
            return HttpReply::json("{\"method\":\"" + req.method + "\",\"len\":" + QByteArray::number(req.body.size()) + "}");
        });
        QVERIFY(server.listen());
        HttpClient client;
        Request get;
        get.url = server.url(QStringLiteral("/plain"));
        const QByteArray plain("{\"method\":\"GET\",\"len\":0}");
        for (int round = 0; round < 3; ++round) {
            Request post;
            post.url = server.url(QStringLiteral("/post"));
            post.method = "POST";
            post.body = "{\"x\":1}";
            post.headers = {{"x-api-key", "secret-key"}};
            post.ifNoneMatch = "\"v1\"";
            QCOMPARE(fetch(client, post).status, 200);
            const Response g1 = fetch(client, get);
            QCOMPARE(g1.body, plain);
            QVERIFY(server.requests().constLast().header("x-api-key").isEmpty());
            QVERIFY(server.requests().constLast().header("If-None-Match").isEmpty());

            Request head = get;
            head.method = "HEAD";
            QVERIFY(fetch(client, head).body.isEmpty());
            QCOMPARE(fetch(client, get).body, plain);

            Request capped = get;
            capped.maxBodyBytes = 4;
            QCOMPARE(fetch(client, capped).error, NetError::BodyTooLarge);
            QCOMPARE(fetch(client, get).body, plain);

            Request fresh = get;
            fresh.freshConnection = true;
            QVERIFY(fetch(client, fresh).ok());
        }
        // Per round: the fresh request opens a connection of its own and the aborted (capped)
        // transfer drops the shared one, so the next GET opens a new one; the rest reuse it.
        QCOMPARE(server.connectionCount(), 1 + 3 * 2);
    }

    void callbackDroppedWhenContextDies()
    {
        LoopbackServer server([](const HttpRequest &) {
            HttpReply r = HttpReply::json("{}");
            r.delayMs = 100;
            return r;
        });
        QVERIFY(server.listen());
        HttpClient client;
        bool called = false;
        auto *context = new QObject;
        Request req;
        req.url = server.url(QStringLiteral("/"));
        client.send(req, context, [&](const Response &) { called = true; });
        delete context;
        QTRY_COMPARE_WITH_TIMEOUT(client.activeCount(), 0, 5000);
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void abortStopsRequest()
    {
        LoopbackServer server([](const HttpRequest &) {
            HttpReply r = HttpReply::json("{}");
            r.delayMs = 300;
            return r;
        });
        QVERIFY(server.listen());
        HttpClient client;
        bool called = false;
        Request req;
        req.url = server.url(QStringLiteral("/"));
        const RequestId id = client.send(req, nullptr, [&](const Response &) { called = true; });
        QTRY_COMPARE(server.requestCount(), 1);
        client.abort(id);
        QCOMPARE(client.activeCount(), 0);
        QTest::qWait(500);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestNet)
#include "tst_net.moc"
