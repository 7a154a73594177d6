#include "gatewayprocess.h"

#include "config/config.h"
#include "engine/gatewayverifier.h"
#include "probes/probescheduler.h"
#include "gateways/haproxyruntime.h"
#include "net/httpclient.h"
#include "routing/routingcontroller.h"
#include "store/store.h"

#include <QJsonArray>
#include <QLocalServer>
#include <QTcpServer>
#include <QtTest>

using namespace wf;
using namespace wf::routing;
using wf::test::GatewayProcess;
using wf::test::Upstreams;

// RoutingController against real HAProxy and Caddy: preview, apply a runbook across both,
// verify with requests through the gateways, idempotency, rollback, role refusal, drift and the
// audit hash chain.
class TestE2eRouting : public QObject
{
    Q_OBJECT

private:
    Upstreams m_up;
    GatewayProcess m_haproxy;
    GatewayProcess m_caddy;
    net::HttpClient m_http;
    QTemporaryDir m_dir;
    store::Store m_store;
    std::optional<config::Config> m_config;
    quint16 m_deadPort = 0; // nothing listens there: a fallback that is down

    template <typename T>
    static T wait(std::function<void(std::function<void(const T &)>)> start, int ms = 15000)
    {
        std::optional<T> out;
        start([&](const T &v) { out = v; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, ms))
            qFatal("no answer within %d ms", ms);
        return *out;
    }

    template <typename R>
    static const char *why(const R &r)
    {
        static QByteArray text;
        text = r ? QByteArray() : r.error().message.toUtf8();
        return text.constData();
    }

    QString upstreamVia(const QUrl &url)
    {
        net::Request req;
        req.url = url;
        req.method = "POST";
        req.body = "{}";
        req.freshConnection = true;
        const net::Response r = wait<net::Response>([&](auto cb) { m_http.send(req, this, cb); });
        if (!r.ok())
            return QStringLiteral("error:") + r.errorText;
        return QStringLiteral("%1:%2").arg(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("upstream")).toString()).arg(r.status);
    }

    QString configYaml() const
    {
        QStringList y;
        y << QStringLiteral("providers:") << QStringLiteral("  - id: anthropic") << QStringLiteral("  - id: openai")
          << QStringLiteral("gateways:")
          << QStringLiteral("  - id: edge-haproxy")
          << QStringLiteral("    kind: haproxy")
          << QStringLiteral("    address: unix:%1").arg(m_haproxy.socketPath())
          << QStringLiteral("  - id: edge-caddy")
          << QStringLiteral("    kind: caddy")
          << QStringLiteral("    address: %1").arg(m_caddy.adminUrl())
          << QStringLiteral("    upstreams_path: /id/ai_proxy/upstreams")
          << QStringLiteral("apps:")
          << QStringLiteral("  - id: chat-prod")
          << QStringLiteral("    name: Chat (prod)")
          << QStringLiteral("    customers: [acme, globex]")
          << QStringLiteral("    routes:")
          << QStringLiteral("      - {gateway: edge-haproxy, backend: be, server: primary, provider: anthropic, model: claude-sonnet}")
          << QStringLiteral("      - {gateway: edge-haproxy, backend: be, server: fallback, provider: openai, fallback: true}")
          << QStringLiteral("  - id: search")
          << QStringLiteral("    name: Search API")
          << QStringLiteral("    customers: [initech]")
          << QStringLiteral("    routes:")
          << QStringLiteral("      - {gateway: edge-caddy, backend: /id/ai_proxy/upstreams, server: \"%1\", provider: anthropic}").arg(m_up.primaryDial())
          << QStringLiteral("  - id: batch")
          << QStringLiteral("    name: Batch jobs")
          << QStringLiteral("    customers: [internal]")
          << QStringLiteral("    routes:")
          << QStringLiteral("      - {provider: openai}")
          << QStringLiteral("policies:")
          << QStringLiteral("  - id: drain-anthropic-edge")
          << QStringLiteral("    name: All edge traffic off Anthropic")
          << QStringLiteral("    from: anthropic")
          << QStringLiteral("    to: openai")
          << QStringLiteral("    from_model: claude-sonnet")
          << QStringLiteral("    to_model: gpt-4o")
          << QStringLiteral("    destructive: true")
          << QStringLiteral("    steps:")
          << QStringLiteral("      - {gateway: edge-haproxy, backend: be, server: primary, state: maint}")
          << QStringLiteral("  - id: caddy-openai")
          << QStringLiteral("    name: Search via OpenAI")
          << QStringLiteral("    from: anthropic")
          << QStringLiteral("    to: openai")
          << QStringLiteral("    fallback_capacity_rpm: 5000")
          << QStringLiteral("    steps:")
          << QStringLiteral("      - gateway: edge-caddy")
          << QStringLiteral("        upstreams: [\"%1\"]").arg(m_up.fallbackDial())
          << QStringLiteral("  - id: broken")
          << QStringLiteral("    name: Refers to a server HAProxy does not have")
          << QStringLiteral("    steps:")
          << QStringLiteral("      - {gateway: edge-haproxy, backend: be, server: ghost, state: drain}")
          << QStringLiteral("  - id: caddy-dead-fallback")
          << QStringLiteral("    name: Search via a fallback that is down")
          << QStringLiteral("    from: anthropic")
          << QStringLiteral("    to: openai")
          << QStringLiteral("    fallback_capacity_rpm: 5000")
          << QStringLiteral("    steps:")
          << QStringLiteral("      - gateway: edge-caddy")
          << QStringLiteral("        upstreams: [\"127.0.0.1:%1\"]").arg(m_deadPort)
          << QStringLiteral("  - id: drain-whole-backend")
          << QStringLiteral("    name: Both edge servers to maintenance")
          << QStringLiteral("    steps:")
          << QStringLiteral("      - {gateway: edge-haproxy, backend: be, server: primary, state: maint}")
          << QStringLiteral("      - {gateway: edge-haproxy, backend: be, server: fallback, state: maint}")
          << QStringLiteral("probes:")
          << QStringLiteral("  - id: search-via-caddy")
          << QStringLiteral("    kind: http")
          << QStringLiteral("    provider: anthropic")
          << QStringLiteral("    url: %1").arg(m_caddy.frontendUrl().toString())
          << QStringLiteral("    via: edge-caddy")
          << QStringLiteral("    conditions: [\"status == 200\"]")
          << QStringLiteral("    interval: 1h")
          << QStringLiteral("    timeout: 5s")
          << QStringLiteral("runbooks:")
          << QStringLiteral("  - id: claude-down")
          << QStringLiteral("    name: Claude API down - route chat-prod and search to OpenAI")
          << QStringLiteral("    policies: [caddy-openai, drain-anthropic-edge]")
          << QStringLiteral("  - id: claude-down-broken")
          << QStringLiteral("    name: Runbook whose second step fails")
          << QStringLiteral("    policies: [caddy-openai, broken]")
          << QStringLiteral("  - id: search-to-dead-fallback")
          << QStringLiteral("    name: Search to a fallback that is down")
          << QStringLiteral("    policies: [caddy-dead-fallback]");
        return y.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

    Result<RoutingPreview> preview(RoutingController &c, const QString &id)
    {
        return wait<Result<RoutingPreview>>([&](auto cb) { c.preview(id, this, cb); });
    }
    Result<ApplyOutcome> apply(RoutingController &c, const RoutingPreview &p, const QString &reason)
    {
        return wait<Result<ApplyOutcome>>([&](auto cb) { c.apply(p, reason, this, cb); });
    }

    QJsonArray caddyUpstreams()
    {
        net::Request req;
        req.url = QUrl(m_caddy.adminUrl() + QStringLiteral("/id/ai_proxy/upstreams"));
        const net::Response r = wait<net::Response>([&](auto cb) { m_http.send(req, this, cb); });
        return QJsonDocument::fromJson(r.body).array();
    }

    QList<store::AuditEvent> auditRows()
    {
        auto rows = m_store.runSync<Result<QList<store::AuditEvent>>>([](store::Database &db) {
            return store::Store::readAudit(db, 0, std::numeric_limits<qint64>::max());
        });
        return rows ? *rows : QList<store::AuditEvent>{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_up.listen());
        QString err = m_haproxy.startHaproxy(m_up);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        err = m_caddy.startCaddy(m_up);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        m_deadPort = test::freePort();
        auto cfg = config::ConfigLoader::loadString(configYaml().toUtf8(), QStringLiteral("e2e.yaml"));
        QVERIFY2(cfg, why(cfg));
        m_config = *cfg;
        auto opened = m_store.openAndWait(m_dir.filePath(QStringLiteral("watchfloor.db")));
        QVERIFY2(opened, why(opened));
        // HAProxy's checks need a moment before both servers are UP.
        gateways::HaproxyRuntime rt(QStringLiteral("unix:") + m_haproxy.socketPath());
        QVERIFY(QTest::qWaitFor([&] {
            auto stat = wait<Result<QByteArray>>([&](auto cb) { rt.send("show stat", this, cb); });
            return stat && stat->count(",UP,") >= 2;
        }, 15000));
    }

    void cleanupTestCase()
    {
        m_haproxy.stop();
        m_caddy.stop();
        QVERIFY(!m_haproxy.running());
        QVERIFY(!m_caddy.running());
    }

    void runbookPreviewApplyVerifyRollBack()
    {
        RoutingController c(*m_config, &m_store, &m_http);
        c.setRole(config::Role::Operator);
        c.setOperator(QStringLiteral("alice"), QStringLiteral("console-1"));
        c.setHealthLookup([](const QString &provider) -> std::optional<HealthState> {
            if (provider == QLatin1String("openai"))
                return HealthState::Degraded;
            return std::nullopt;
        });
        const QUrl haproxyUrl = m_haproxy.frontendUrl();
        const QUrl caddyUrl = m_caddy.frontendUrl();
        // Probes through each gateway after the change: traffic must reach the fallback.
        int hookCalls = 0;
        c.setVerificationHook([&](const QString &gw, const gateways::GatewayState &, std::function<void(Status)> done) {
            ++hookCalls;
            const QString who = upstreamVia(gw == QLatin1String("edge-haproxy") ? haproxyUrl : caddyUrl);
            if (who == QLatin1String("fallback:200"))
                done(Ok{});
            else
                done(Error{QStringLiteral("probe"), QStringLiteral("request through %1 answered by %2").arg(gw, who)});
        });
        QCOMPARE(upstreamVia(haproxyUrl), QStringLiteral("primary:529"));
        QCOMPARE(upstreamVia(caddyUrl), QStringLiteral("primary:529"));

        const auto pv = preview(c, QStringLiteral("claude-down"));
        QVERIFY2(pv, why(pv));
        QCOMPARE(pv->kind, QStringLiteral("runbook"));
        QVERIFY(pv->readable());
        QVERIFY(!pv->isNoop());
        QVERIFY(pv->destructive);
        QCOMPARE(pv->target, QStringLiteral("anthropic"));
        const QStringList diff = pv->diffLines();
        QVERIFY2(diff.contains(QStringLiteral("edge-haproxy: be/primary: state ready → maint")), qPrintable(diff.join(QLatin1Char('\n'))));
        QVERIFY2(diff.contains(QStringLiteral("edge-caddy: /id/ai_proxy/upstreams: %1 removed").arg(m_up.primaryDial())), qPrintable(diff.join(QLatin1Char('\n'))));
        QVERIFY(diff.contains(QStringLiteral("edge-caddy: /id/ai_proxy/upstreams: %1 added").arg(m_up.fallbackDial())));
        QCOMPARE(pv->appsMoved, (QStringList{QStringLiteral("Chat (prod)"), QStringLiteral("Search API")}));
        QCOMPARE(pv->customersMoved, (QStringList{QStringLiteral("acme"), QStringLiteral("globex"), QStringLiteral("initech")}));
        QCOMPARE(pv->fallbackHealth, QStringLiteral("degraded"));
        const QString warnings = pv->warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QLatin1String("fallback openai is unhealthy")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QLatin1String("model behaviour differs")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QLatin1String("no capacity information for openai")), qPrintable(warnings));

        // Nothing has changed yet.
        QCOMPARE(upstreamVia(haproxyUrl), QStringLiteral("primary:529"));

        // All traffic off Anthropic: without its name typed the controller refuses, whatever
        // the UI does, and no gateway is written.
        const auto unconfirmed = apply(c, *pv, QStringLiteral("Anthropic 529s since 10:02, INC-4711"));
        QVERIFY(!unconfirmed);
        QCOMPARE(unconfirmed.error().code, QStringLiteral("routing.confirm"));
        QCOMPARE(c.adapter(QStringLiteral("edge-haproxy"))->writeCount(), 0);
        QCOMPARE(c.adapter(QStringLiteral("edge-caddy"))->writeCount(), 0);
        RoutingPreview confirmed = *pv;
        confirmed.confirmedTarget = QStringLiteral("anthropic");

        QSignalSpy finished(&c, &RoutingController::actionFinished);
        const auto out = apply(c, confirmed, QStringLiteral("Anthropic 529s since 10:02, INC-4711"));
        QVERIFY2(out, why(out));
        QVERIFY2(out->ok, qPrintable(out->message));
        QVERIFY(out->changed);
        QCOMPARE(hookCalls, 2);
        QCOMPARE(finished.size(), 1);
        QVERIFY(out->auditId > 0);
        QCOMPARE(upstreamVia(haproxyUrl), QStringLiteral("fallback:200"));
        QCOMPARE(upstreamVia(caddyUrl), QStringLiteral("fallback:200"));

        // Idempotent: the same runbook again changes nothing and writes nothing.
        const int writesH = c.adapter(QStringLiteral("edge-haproxy"))->writeCount();
        const int writesC = c.adapter(QStringLiteral("edge-caddy"))->writeCount();
        const auto again = preview(c, QStringLiteral("claude-down"));
        QVERIFY(again && again->isNoop());
        QVERIFY(again->diffLines().isEmpty());
        const auto out2 = apply(c, *again, QStringLiteral("re-run by mistake"));
        QVERIFY(out2 && out2->ok);
        QVERIFY(!out2->changed);
        QCOMPARE(c.adapter(QStringLiteral("edge-haproxy"))->writeCount(), writesH);
        QCOMPARE(c.adapter(QStringLiteral("edge-caddy"))->writeCount(), writesC);

        // Roll back to the exact previous state; traffic returns to the primary.
        const auto back = wait<Result<ApplyOutcome>>([&](auto cb) { c.rollback(*out, QStringLiteral("Anthropic recovered"), this, cb); });
        QVERIFY2(back, why(back));
        QVERIFY2(back->ok, qPrintable(back->message));
        QCOMPARE(upstreamVia(haproxyUrl), QStringLiteral("primary:529"));
        QCOMPARE(upstreamVia(caddyUrl), QStringLiteral("primary:529"));
        for (const auto &rec : back->records)
            QVERIFY2(rec.after.sameRouting(rec.before), qPrintable(rec.gateway));
        // Exactly the previous state: the primary upstream's other fields came back with it.
        const QJsonArray upstreams = caddyUpstreams();
        QCOMPARE(upstreams.size(), 1);
        QCOMPARE(upstreams.at(0).toObject().value(QStringLiteral("dial")).toString(), m_up.primaryDial());
        QCOMPARE(upstreams.at(0).toObject().value(QStringLiteral("max_requests")).toInt(), 64);

        // Audit: operator, host, reason, result and timing for each action.
        const auto rows = auditRows();
        QVERIFY(rows.size() >= 3);
        const auto applied = std::find_if(rows.begin(), rows.end(), [&](const auto &e) { return e.id == out->auditId; });
        QVERIFY(applied != rows.end());
        QCOMPARE(applied->actor, QStringLiteral("alice"));
        QCOMPARE(applied->role, QStringLiteral("operator"));
        QCOMPARE(applied->reason, QStringLiteral("Anthropic 529s since 10:02, INC-4711"));
        QCOMPARE(applied->result, QStringLiteral("ok"));
        QCOMPARE(applied->action, QStringLiteral("apply runbook claude-down"));
        const QJsonObject details = QJsonDocument::fromJson(applied->details.toUtf8()).object();
        QCOMPARE(details.value(QStringLiteral("host")).toString(), QStringLiteral("console-1"));
        QVERIFY(details.contains(QStringLiteral("duration_ms")));
        QVERIFY(details.value(QStringLiteral("diff")).toArray().contains(QStringLiteral("edge-haproxy: be/primary: state ready → maint")));
        QCOMPARE(rows.constLast().action, QStringLiteral("rollback runbook claude-down"));
        QCOMPARE(rows.constLast().result, QStringLiteral("ok"));
    }

    void failedRunbookRollsBackAutomatically()
    {
        RoutingController c(*m_config, &m_store, &m_http);
        c.setRole(config::Role::Operator);
        const auto pv = preview(c, QStringLiteral("claude-down-broken"));
        QVERIFY2(pv, why(pv));
        QVERIFY(pv->warnings.join(QLatin1Char('\n')).contains(QLatin1String("no server be/ghost")));
        const auto out = apply(c, *pv, QStringLiteral("drill"));
        QVERIFY2(out, why(out));
        QVERIFY(!out->ok);
        QVERIFY(out->rolledBack);
        QVERIFY2(out->message.contains(QLatin1String("No such server.")), qPrintable(out->message));
        // Caddy had been switched before HAProxy refused: it is back on the primary.
        QCOMPARE(upstreamVia(m_caddy.frontendUrl()), QStringLiteral("primary:529"));
        QCOMPARE(c.lastKnown(QStringLiteral("edge-caddy"))->serversOf(QStringLiteral("/id/ai_proxy/upstreams")), QStringList{m_up.primaryDial()});
        QCOMPARE(auditRows().constLast().result, QStringLiteral("failed: rolled back"));
    }

    void failedProbeThroughGatewayRollsRunbookBack()
    {
        // The product's verification: the probes configured through the gateway run after the
        // change. Here Caddy accepts the new upstream, read-back matches, but the fallback is down.
        probes::ProbeScheduler scheduler(&m_http);
        scheduler.setJitter(0);
        scheduler.setProbes(m_config->probes);
        GatewayVerifier verifier(&scheduler, m_config->probes);
        QCOMPARE(verifier.probesVia(QStringLiteral("edge-caddy")), QStringList{QStringLiteral("search-via-caddy")});
        QVERIFY(verifier.probesVia(QStringLiteral("edge-haproxy")).isEmpty());
        RoutingController c(*m_config, &m_store, &m_http);
        c.setRole(config::Role::Operator);
        c.setVerificationHook([&](const QString &gw, const gateways::GatewayState &, std::function<void(Status)> done) {
            verifier.verify(gw, std::move(done));
        });

        // A policy is left in place with a rollback offered.
        const auto pv = preview(c, QStringLiteral("caddy-dead-fallback"));
        QVERIFY2(pv, why(pv));
        const auto out = apply(c, *pv, QStringLiteral("move search"));
        QVERIFY2(out, why(out));
        QVERIFY(!out->ok);
        QVERIFY(out->changed);
        QVERIFY(out->canRollBack);
        QVERIFY(!out->rolledBack);
        QVERIFY2(out->message.contains(QLatin1String("probe search-via-caddy")), qPrintable(out->message));
        QCOMPARE(scheduler.status(QStringLiteral("search-via-caddy")).runs, qint64(1));
        QCOMPARE(upstreamVia(m_caddy.frontendUrl()), QStringLiteral(":502"));
        QCOMPARE(auditRows().constLast().result, QStringLiteral("failed"));
        const auto back = wait<Result<ApplyOutcome>>([&](auto cb) { c.rollback(*out, QStringLiteral("fallback is down"), this, cb); });
        QVERIFY2(back && back->ok, back ? qPrintable(back->message) : why(back));
        QCOMPARE(upstreamVia(m_caddy.frontendUrl()), QStringLiteral("primary:529"));

        // A runbook rolls itself back to the exact previous state.
        const auto rb = preview(c, QStringLiteral("search-to-dead-fallback"));
        QVERIFY2(rb, why(rb));
        const auto rbOut = apply(c, *rb, QStringLiteral("runbook to a dead fallback"));
        QVERIFY2(rbOut, why(rbOut));
        QVERIFY(!rbOut->ok);
        QVERIFY(rbOut->rolledBack);
        QVERIFY2(rbOut->message.contains(QLatin1String("Rolled back")), qPrintable(rbOut->message));
        QCOMPARE(scheduler.status(QStringLiteral("search-via-caddy")).runs, qint64(2));
        QCOMPARE(upstreamVia(m_caddy.frontendUrl()), QStringLiteral("primary:529"));
        QCOMPARE(caddyUpstreams().at(0).toObject().value(QStringLiteral("max_requests")).toInt(), 64);
        QCOMPARE(auditRows().constLast().result, QStringLiteral("failed: rolled back"));
    }

    void backendLeftWithoutServersIsDestructive()
    {
        // Not flagged destructive in the config, but it takes every server of `be` out of service.
        RoutingController c(*m_config, &m_store, &m_http);
        c.setRole(config::Role::Operator);
        const auto pv = preview(c, QStringLiteral("drain-whole-backend"));
        QVERIFY2(pv, why(pv));
        QVERIFY(pv->destructive);
        QCOMPARE(pv->target, QStringLiteral("be"));
        QVERIFY2(pv->warnings.join(QLatin1Char('\n')).contains(QLatin1String("every server of be is taken out of service")),
                 qPrintable(pv->warnings.join(QLatin1Char('\n'))));
        RoutingPreview typo = *pv;
        typo.confirmedTarget = QStringLiteral("bee");
        const auto out = apply(c, typo, QStringLiteral("testing"));
        QVERIFY(!out);
        QCOMPARE(out.error().code, QStringLiteral("routing.confirm"));
        QCOMPARE(c.adapter(QStringLiteral("edge-haproxy"))->writeCount(), 0);
        QCOMPARE(upstreamVia(m_haproxy.frontendUrl()), QStringLiteral("primary:529"));
    }

    void viewerIsRefusedAndNothingReachesTheGateway()
    {
        RoutingController op(*m_config, &m_store, &m_http);
        const auto pv = preview(op, QStringLiteral("drain-anthropic-edge"));
        QVERIFY2(pv, why(pv));

        // The viewer console reaches its gateways through listeners that count connections
        // (HAProxy's own counter also counts its health checks): any connection it opened to a
        // gateway, to read or to write, would show there.
        QTemporaryDir dir;
        QLocalServer runtimeTrap;
        QVERIFY(runtimeTrap.listen(dir.filePath(QStringLiteral("runtime.sock"))));
        QTcpServer adminTrap;
        QVERIFY(adminTrap.listen(QHostAddress::LocalHost));
        int trapped = 0;
        connect(&runtimeTrap, &QLocalServer::newConnection, this, [&] { ++trapped; });
        connect(&adminTrap, &QTcpServer::newConnection, this, [&] { ++trapped; });
        config::Config viewerConfig = *m_config;
        for (config::GatewayConfig &g : viewerConfig.gateways) {
            if (g.kind == QLatin1String("haproxy"))
                g.address = QStringLiteral("unix:") + runtimeTrap.fullServerName();
            else
                g.address = QStringLiteral("http://127.0.0.1:%1").arg(adminTrap.serverPort());
        }
        RoutingController viewer(viewerConfig, &m_store, &m_http);
        viewer.setRole(config::Role::Viewer);
        const auto out = apply(viewer, *pv, QStringLiteral("I am only watching"));
        QVERIFY(!out);
        QCOMPARE(out.error().code, QStringLiteral("routing.forbidden"));
        QVERIFY(out.error().message.contains(QLatin1String("viewer role cannot change routing")));
        QTest::qWait(200); // a connection attempt would have been accepted by now
        QCOMPARE(trapped, 0);
        QCOMPARE(viewer.adapter(QStringLiteral("edge-haproxy"))->writeCount(), 0);
        QCOMPARE(upstreamVia(m_haproxy.frontendUrl()), QStringLiteral("primary:529"));
        QCOMPARE(auditRows().constLast().action, QStringLiteral("apply refused"));
        QCOMPARE(auditRows().constLast().role, QStringLiteral("viewer"));

        // A missing reason is refused too.
        const auto noReason = apply(op, *pv, QStringLiteral("  "));
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().code, QStringLiteral("routing.reason"));
    }

    void staleOrConflictingPreviewIsRefused()
    {
        RoutingController c(*m_config, &m_store, &m_http);
        const auto pv = preview(c, QStringLiteral("caddy-openai"));
        QVERIFY2(pv, why(pv));
        // Another console changes Caddy after our preview.
        RoutingController other(*m_config, &m_store, &m_http);
        const auto otherPv = preview(other, QStringLiteral("caddy-openai"));
        QVERIFY(otherPv);
        const auto otherOut = apply(other, *otherPv, QStringLiteral("console 2"));
        QVERIFY(otherOut && otherOut->ok);
        const auto out = apply(c, *pv, QStringLiteral("console 1"));
        QVERIFY(out);
        QVERIFY(!out->ok);
        QVERIFY2(out->message.contains(QLatin1String("changed since the preview")), qPrintable(out->message));
        QVERIFY(!out->changed);
        // Nothing lost: console 2's change is in place; undo it.
        QCOMPARE(upstreamVia(m_caddy.frontendUrl()), QStringLiteral("fallback:200"));
        const auto back = wait<Result<ApplyOutcome>>([&](auto cb) { other.rollback(*otherOut, QStringLiteral("cleanup"), this, cb); });
        QVERIFY(back && back->ok);
    }

    void externalChangeIsDetected()
    {
        RoutingController c(*m_config, &m_store, &m_http);
        QSignalSpy external(&c, &RoutingController::externalChange);
        c.refresh();
        QTRY_VERIFY(c.lastKnown(QStringLiteral("edge-haproxy")).has_value());
        QTRY_VERIFY(c.lastKnown(QStringLiteral("edge-caddy")).has_value());
        QCOMPARE(external.size(), 0);

        // Someone uses socat on the runtime API behind Watchfloor's back.
        gateways::HaproxyRuntime rt(QStringLiteral("unix:") + m_haproxy.socketPath());
        const auto r = wait<Result<QByteArray>>([&](auto cb) { rt.send("set server be/fallback weight 50", this, cb); });
        QVERIFY(r && r->trimmed().isEmpty());
        c.setDriftInterval(200);
        QTRY_COMPARE_WITH_TIMEOUT(external.size(), 1, 5000);
        QCOMPARE(external.at(0).at(0).toString(), QStringLiteral("edge-haproxy"));
        QVERIFY(external.at(0).at(1).toStringList().contains(QStringLiteral("be/fallback: weight 1 → 50")));
        QTRY_COMPARE(auditRows().constLast().action, QStringLiteral("external change"));
        QCOMPARE(auditRows().constLast().target, QStringLiteral("edge-haproxy"));
        c.setDriftInterval(0);
        wait<Result<QByteArray>>([&](auto cb) { rt.send("set server be/fallback weight 1", this, cb); });
    }

    void auditChainDetectsTampering()
    {
        QVERIFY(auditRows().size() >= 5);
        auto intact = m_store.runSync<Result<qint64>>([](store::Database &db) { return store::Store::verifyAuditChain(db); });
        QVERIFY(intact);
        QCOMPARE(*intact, qint64(0));
        // Tamper with a consistent copy, never the live database.
        const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
        auto copied = m_store.runSync<Status>([copy](store::Database &db) {
            return db.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy));
        });
        QVERIFY2(copied, why(copied));
        const auto rows = auditRows();
        const qint64 victim = rows.at(2).id;
        store::Database db;
        QVERIFY(db.open(copy));
        QVERIFY(db.exec(QStringLiteral("UPDATE audit_events SET reason = 'nothing happened' WHERE id = %1").arg(victim)));
        auto bad = store::Store::verifyAuditChain(db);
        QVERIFY(bad);
        QCOMPARE(*bad, victim);
        // A deleted row breaks the chain at the row after it.
        store::Database db2;
        const QString copy2 = m_dir.filePath(QStringLiteral("copy2.db"));
        QVERIFY(m_store.runSync<Status>([copy2](store::Database &d) { return d.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy2)); }));
        QVERIFY(db2.open(copy2));
        QVERIFY(db2.exec(QStringLiteral("DELETE FROM audit_events WHERE id = %1").arg(victim)));
        auto bad2 = store::Store::verifyAuditChain(db2);
        QVERIFY(bad2);
        QCOMPARE(*bad2, rows.at(3).id);
        // Rows deleted from the end leave a chain that still links: the recorded head catches it.
        store::Database db3;
        const QString copy3 = m_dir.filePath(QStringLiteral("copy3.db"));
        QVERIFY(m_store.runSync<Status>([copy3](store::Database &d) { return d.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy3)); }));
        QVERIFY(db3.open(copy3));
        const qint64 lastId = rows.constLast().id;
        QVERIFY(db3.exec(QStringLiteral("DELETE FROM audit_events WHERE id >= %1").arg(rows.at(rows.size() - 2).id)));
        auto bad3 = store::Store::verifyAuditChain(db3);
        QVERIFY(bad3);
        QCOMPARE(*bad3, rows.at(rows.size() - 2).id);
        // ...and a row appended after that deletion does not hide it.
        store::AuditEvent later;
        later.action = QStringLiteral("later action");
        later.actor = QStringLiteral("mallory");
        QVERIFY(store::Store::appendAudit(db3, later));
        auto bad4 = store::Store::verifyAuditChain(db3);
        QVERIFY(bad4 && *bad4 != 0);
        QVERIFY(*bad4 <= lastId);
        db3.close();

        // The operator's command: `watchfloor --verify-audit --data-dir DIR`.
        auto verifyCli = [](const QString &dbFile) {
            QTemporaryDir data;
            QFile::copy(dbFile, data.filePath(QStringLiteral("watchfloor.db")));
            QProcess p;
            p.start(QStringLiteral(WF_BINARY_DIR "/app/watchfloor"), {QStringLiteral("--verify-audit"), QStringLiteral("--data-dir"), data.path()});
            p.waitForFinished(30000);
            return qMakePair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
        };
        db.close();
        db2.close();
        const auto cliBad = verifyCli(copy);
        QCOMPARE(cliBad.first, 1);
        QVERIFY2(cliBad.second.contains(QStringLiteral("row %1").arg(victim)), qPrintable(cliBad.second));
        const auto cliTail = verifyCli(copy3);
        QCOMPARE(cliTail.first, 1);
        const QString intactCopy = m_dir.filePath(QStringLiteral("intact.db"));
        QVERIFY(m_store.runSync<Status>([intactCopy](store::Database &d) { return d.exec(QStringLiteral("VACUUM INTO '%1'").arg(intactCopy)); }));
        const auto cliOk = verifyCli(intactCopy);
        QCOMPARE(cliOk.first, 0);
        QVERIFY2(cliOk.second.contains(QLatin1String("audit log intact")), qPrintable(cliOk.second));

        // The live chain is untouched.
        QCOMPARE(*m_store.runSync<Result<qint64>>([](store::Database &d) { return store::Store::verifyAuditChain(d); }), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestE2eRouting)
#include "tst_e2e_routing.moc"
