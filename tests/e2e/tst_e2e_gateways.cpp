#include "gatewayprocess.h"

#include "gateways/caddyadapter.h"
#include "gateways/haproxyadapter.h"
#include "net/httpclient.h"

#include <QtTest>

using namespace wf;
using namespace wf::gateways;
using wf::test::GatewayProcess;
using wf::test::Upstreams;

// Adapters against real HAProxy and Caddy processes: flip routing, prove with real HTTP requests
// through the gateway that traffic moved, roll back, prove it moved back.
class TestE2eGateways : public QObject
{
    Q_OBJECT

private:
    net::HttpClient m_http;

    template <typename T>
    static T wait(std::function<void(std::function<void(const T &)>)> start, int ms = 10000)
    {
        std::optional<T> out;
        start([&](const T &v) { out = v; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, ms))
            qFatal("no answer within %d ms", ms);
        return *out;
    }

    Result<GatewayState> read(GatewayAdapter &a)
    {
        return wait<Result<GatewayState>>([&](auto cb) { a.readState(this, cb); });
    }
    Status apply(GatewayAdapter &a, const GatewayChange &c)
    {
        return wait<Status>([&](auto cb) { a.apply(c, this, cb); });
    }

    // Sends `n` real requests through the gateway; returns which upstream answered each.
    QStringList through(const QUrl &url, int n = 4)
    {
        QStringList who;
        for (int i = 0; i < n; ++i) {
            net::Request req;
            req.url = url;
            req.method = "POST";
            req.body = "{\"model\":\"claude\",\"messages\":[]}";
            req.freshConnection = true;
            const net::Response r = wait<net::Response>([&](auto cb) { m_http.send(req, this, cb); });
            if (!r.ok()) {
                who << QStringLiteral("error:") + r.errorText;
                continue;
            }
            const QString up = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("upstream")).toString();
            who << QStringLiteral("%1:%2").arg(up).arg(r.status);
        }
        return who;
    }

    // QVERIFY2 evaluates its message even when the check passes: never touch error() of a success.
    template <typename R>
    static const char *why(const R &r)
    {
        static QByteArray text;
        text = r ? QByteArray() : r.error().message.toUtf8();
        return text.constData();
    }

    static QStringList repeat(const QString &s, int n = 4) { return QStringList(n, s); }

private slots:
    void haproxyFlipVerifyAndRollBack()
    {
        Upstreams up;
        QVERIFY(up.listen());
        GatewayProcess gw;
        const QString err = gw.startHaproxy(up);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        HaproxyAdapter adapter(QStringLiteral("edge"), QStringLiteral("unix:") + gw.socketPath());

        // Wait for HAProxy's own checks to see both servers up.
        QVERIFY(QTest::qWaitFor([&] {
            auto s = read(adapter);
            return s && s->find(QStringLiteral("be"), QStringLiteral("primary"))->health == QLatin1String("up")
                && s->find(QStringLiteral("be"), QStringLiteral("fallback"))->health == QLatin1String("up");
        }, 15000));
        const auto before = read(adapter);
        QVERIFY2(before, why(before));
        QCOMPARE(before->find(QStringLiteral("be"), QStringLiteral("primary"))->admin, QStringLiteral("ready"));
        QCOMPARE(before->find(QStringLiteral("be"), QStringLiteral("primary"))->weight, 100);
        QCOMPARE(before->find(QStringLiteral("be"), QStringLiteral("primary"))->address, up.primaryDial());
        QCOMPARE(through(gw.frontendUrl()), repeat(QStringLiteral("primary:529")));

        GatewayChange flip;
        flip.servers << GatewayChange::Server{QStringLiteral("be"), QStringLiteral("primary"), QStringLiteral("maint"), {}};
        const Status applied = apply(adapter, flip);
        QVERIFY2(applied, why(applied));
        const auto verified = wait<Result<GatewayState>>([&](auto cb) { adapter.verify(flip, this, cb); });
        QVERIFY2(verified, why(verified));
        QCOMPARE(verified->find(QStringLiteral("be"), QStringLiteral("primary"))->admin, QStringLiteral("maint"));
        QCOMPARE(through(gw.frontendUrl()), repeat(QStringLiteral("fallback:200")));

        // Roll back to the exact previous state.
        const GatewayChange back = flip.restoring(*before);
        QVERIFY2(apply(adapter, back), "rollback failed");
        const auto after = read(adapter);
        QVERIFY(after && after->sameRouting(*before));
        QCOMPARE(through(gw.frontendUrl()), repeat(QStringLiteral("primary:529")));

        // Weight 0 on the only active server also sends traffic to the backup; and back.
        GatewayChange weight;
        weight.servers << GatewayChange::Server{QStringLiteral("be"), QStringLiteral("primary"), {}, 0};
        QVERIFY(apply(adapter, weight));
        QCOMPARE(read(adapter)->find(QStringLiteral("be"), QStringLiteral("primary"))->weight, 0);
        QCOMPARE(through(gw.frontendUrl()), repeat(QStringLiteral("fallback:200")));
        QVERIFY(apply(adapter, weight.restoring(*before)));
        QCOMPARE(through(gw.frontendUrl()), repeat(QStringLiteral("primary:529")));
        QCOMPARE(adapter.writeCount(), 4);
    }

    void haproxyErrorsAreClear()
    {
        Upstreams up;
        QVERIFY(up.listen());
        GatewayProcess gw;
        const QString err = gw.startHaproxy(up);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        // The TCP runtime socket works the same way.
        HaproxyAdapter adapter(QStringLiteral("edge"), QStringLiteral("127.0.0.1:%1").arg(gw.adminPort()));
        const auto before = read(adapter);
        QVERIFY2(before, why(before));
        QCOMPARE(before->upstreams.size(), 2);

        GatewayChange bad;
        bad.servers << GatewayChange::Server{QStringLiteral("be"), QStringLiteral("nope"), QStringLiteral("drain"), {}};
        const Status s = apply(adapter, bad);
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("gateway.rejected"));
        QVERIFY2(s.error().message.contains(QLatin1String("No such server.")), why(s));
        QVERIFY(s.error().message.contains(QLatin1String("set server be/nope state drain")));

        // Out-of-range weights are refused before anything is sent (HAProxy would clamp them).
        const int writes = adapter.writeCount();
        GatewayChange heavy;
        heavy.servers << GatewayChange::Server{QStringLiteral("be"), QStringLiteral("primary"), {}, 300};
        const Status h = apply(adapter, heavy);
        QVERIFY(!h);
        QVERIFY(h.error().message.contains(QLatin1String("0 to 256")));
        QCOMPARE(adapter.writeCount(), writes);

        // Second command refused after the first applied: reported as partial.
        GatewayChange partial;
        partial.servers << GatewayChange::Server{QStringLiteral("be"), QStringLiteral("fallback"), {}, 5}
                        << GatewayChange::Server{QStringLiteral("be"), QStringLiteral("ghost"), {}, 5};
        const Status p = apply(adapter, partial);
        QVERIFY(!p);
        QCOMPARE(p.error().code, QStringLiteral("gateway.partial"));
        QCOMPARE(read(adapter)->find(QStringLiteral("be"), QStringLiteral("fallback"))->weight, 5);

        // A dead gateway is a clear "unreachable".
        gw.stop();
        HaproxyAdapter gone(QStringLiteral("edge"), QStringLiteral("unix:") + gw.socketPath());
        const auto r = read(gone);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("gateway.unreachable"));
    }

    void caddyFlipVerifyAndRollBack()
    {
        Upstreams up;
        QVERIFY(up.listen());
        GatewayProcess gw;
        const QString err = gw.startCaddy(up);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        CaddyAdapter adapter(QStringLiteral("caddy"), QUrl(gw.adminUrl()), QStringLiteral("/id/ai_proxy/upstreams"), &m_http);
        const auto before = read(adapter);
        QVERIFY2(before, why(before));
        QCOMPARE(before->serversOf(QStringLiteral("/id/ai_proxy/upstreams")), QStringList{up.primaryDial()});
        // Caddy 2.6 sends the ETag as a trailer: "<config path> <fnv-1a hex>".
        QVERIFY2(QRegularExpression(QStringLiteral("^\"/config/apps/http/servers/gw/routes/0/handle/0/upstreams [0-9a-f]+\"$"))
                     .match(QString::fromLatin1(before->version)).hasMatch(),
                 before->version.constData());
        QCOMPARE(through(gw.frontendUrl()), repeat(QStringLiteral("primary:529")));

        GatewayChange flip;
        flip.upstreamLists.insert(QStringLiteral("/id/ai_proxy/upstreams"), {up.fallbackDial()});
        flip.baseVersion = before->version;
        const Status s = apply(adapter, flip);
        QVERIFY2(s, why(s));
        const auto verified = wait<Result<GatewayState>>([&](auto cb) { adapter.verify(flip, this, cb); });
        QVERIFY2(verified, why(verified));
        QVERIFY(verified->version != before->version);
        QCOMPARE(through(gw.frontendUrl()), repeat(QStringLiteral("fallback:200")));

        GatewayChange back = flip.restoring(*before);
        back.baseVersion = verified->version;
        QVERIFY(apply(adapter, back));
        const auto after = read(adapter);
        QVERIFY(after && after->sameRouting(*before));
        QCOMPARE(through(gw.frontendUrl()), repeat(QStringLiteral("primary:529")));
    }

    void caddyConcurrentEditsConflict()
    {
        Upstreams up;
        QVERIFY(up.listen());
        GatewayProcess gw;
        const QString err = gw.startCaddy(up);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        // Two consoles: separate HTTP clients and adapters on the same Caddy config.
        net::HttpClient httpB;
        const QString path = QStringLiteral("/id/ai_proxy/upstreams");
        CaddyAdapter a(QStringLiteral("caddy"), QUrl(gw.adminUrl()), path, &m_http);
        CaddyAdapter b(QStringLiteral("caddy"), QUrl(gw.adminUrl()), path, &httpB);
        const auto seenA = read(a);
        const auto seenB = read(b);
        QVERIFY(seenA && seenB);
        QCOMPARE(seenA->version, seenB->version);

        GatewayChange changeA;
        changeA.upstreamLists.insert(path, {up.fallbackDial()});
        changeA.baseVersion = seenA->version;
        QVERIFY(apply(a, changeA));

        GatewayChange changeB;
        changeB.upstreamLists.insert(path, {up.fallbackDial(), up.primaryDial()});
        changeB.baseVersion = seenB->version;
        const Status conflict = apply(b, changeB);
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().code, QStringLiteral("gateway.conflict"));
        QVERIFY2(conflict.error().message.contains(QLatin1String("changed by someone else")), why(conflict));

        // Nothing lost: A's change is what Caddy has and what serves traffic.
        const auto now = read(b);
        QVERIFY(now);
        QCOMPARE(now->serversOf(path), QStringList{up.fallbackDial()});
        QCOMPARE(through(gw.frontendUrl(), 2), repeat(QStringLiteral("fallback:200"), 2));

        // B re-reads and re-applies on the fresh version: accepted.
        changeB.baseVersion = now->version;
        QVERIFY(apply(b, changeB));
        QCOMPARE(read(a)->serversOf(path), (QStringList{up.fallbackDial(), up.primaryDial()}));

        // An unquoted/garbage If-Match is refused by Caddy, and nothing changes.
        GatewayChange garbage;
        garbage.upstreamLists.insert(path, {up.primaryDial()});
        garbage.baseVersion = "not-a-quoted-etag";
        QVERIFY(!apply(a, garbage));
        QCOMPARE(read(a)->serversOf(path), (QStringList{up.fallbackDial(), up.primaryDial()}));
    }
};

QTEST_GUILESS_MAIN(TestE2eGateways)
#include "tst_e2e_gateways.moc"
