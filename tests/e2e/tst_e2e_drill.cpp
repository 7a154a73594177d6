#include "config/config.h"
#include "core/clock.h"
#include "core/healthstate.h"
#include "engine/engine.h"
#include "engine/gatewayverifier.h"
#include "feeds/feedpoller.h"
#include "health/healthengine.h"
#include "health/healthstore.h"
#include "net/httpclient.h"
#include "probes/probescheduler.h"
#include "reports/incidentreport.h"
#include "reports/reportbuilder.h"
#include "reports/reportrenderer.h"
#include "reports/reportsanitizer.h"
#include "routing/routingcontroller.h"
#include "sim/drillgateway.h"
#include "sim/drillsession.h"
#include "sim/simhost.h"
#include "store/store.h"
#include "topology/topologybuilder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

using namespace wf;

// The whole product against the 2026-03-02 drill: the simulator (worker thread) serves the
// scenario on loopback, a real HAProxy sits in front of it, and wf::Engine runs the console's
// services on the drill configuration. The scenario clock is paused and stepped by the test
// through the simulator's control endpoint: at every step (10 scenario seconds) every probe runs
// once and the status feeds are polled once a scenario minute, so each run sees exactly the same
// traffic and the same fault draws.
//
// The drill session drives the product clock (core/clock.h): everything the engine stamps is in
// scenario time, so figures and the incident report read in 2026-03-02 times.
class TestE2eDrill : public QObject
{
    Q_OBJECT

    struct StateChange
    {
        QString node;
        HealthState from;
        HealthState to;
        qint64 tsMs;
    };

    static constexpr int kWaitMs = 60'000;
    static constexpr qint64 kProbeEveryMs = 10'000;

    QTemporaryDir m_dir;
    sim::DrillSession *m_session = nullptr;
    Engine *m_engine = nullptr;
    net::HttpClient m_http;
    int m_steps = 0;
    QList<StateChange> m_changes;
    QList<QPair<QString, qint64>> m_ahead;     // node, detected (scenario ms)
    QList<QPair<QString, qint64>> m_caughtUp;  // node, lag (ms)
    QDate m_day;

    // Figures for the summary.
    std::optional<qint64> m_timeToDetectMs;    // scenario ms from 11:49:00 to the front door flagged
    std::optional<qint64> m_statusPageLagMs;   // scenario ms from our detection to the feed's
    std::optional<qint64> m_actionToVerifiedMs;
    qint64 m_actionMs = 0;                     // scenario ms of the operator's action

    QDateTime at(const QString &hhmmss) const { return QDateTime(m_day, QTime::fromString(hhmmss, QStringLiteral("hh:mm:ss")), Qt::UTC); }
    static QString hms(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("hh:mm:ss")); }
    static QString hms(qint64 scenarioMs) { return hms(QDateTime::fromMSecsSinceEpoch(scenarioMs, Qt::UTC)); }

    net::Response send(net::Request req)
    {
        std::optional<net::Response> out;
        m_http.send(req, this, [&](const net::Response &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, kWaitMs))
            qFatal("no HTTP answer from %s within %d ms", qPrintable(req.url.toString()), kWaitMs);
        return *out;
    }

    // POST /_sim/clock {"set": t, "paused": true}; true when the simulator reports exactly `t`.
    bool setClock(const QDateTime &t)
    {
        net::Request req;
        req.url = QUrl(m_session->host()->baseUrl().toString() + QStringLiteral("/_sim/clock"));
        req.method = "POST";
        req.headers = {{"Content-Type", "application/json"}};
        req.body = QJsonDocument(QJsonObject{{QStringLiteral("set"), t.toUTC().toString(Qt::ISODate)},
                                             {QStringLiteral("paused"), true}}).toJson(QJsonDocument::Compact);
        const net::Response r = send(req);
        if (r.status != 200) {
            qWarning().noquote() << "clock control answered" << r.status << r.body;
            return false;
        }
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const QDateTime now = QDateTime::fromString(o.value(QStringLiteral("now")).toString(), Qt::ISODate);
        return now == t && o.value(QStringLiteral("paused")).toBool();
    }

    // One step: the clock at `t`, every probe once, the feeds when `pollFeeds`.
    void step(const QDateTime &t, bool pollFeeds)
    {
        QVERIFY2(setClock(t), qPrintable(QStringLiteral("the simulator clock did not move to %1").arg(hms(t))));
        QCOMPARE(wf::clock::nowMs(), t.toMSecsSinceEpoch()); // the product clock follows the drill
        ++m_steps;
        const qint64 wall = QDateTime::currentMSecsSinceEpoch(); // the feed poller schedules on the wall clock

        probes::ProbeScheduler *ps = m_engine->probes();
        const QStringList ids = ps->probeIds();
        QHash<QString, qint64> before;
        for (const QString &id : ids) {
            before.insert(id, ps->status(id).runs);
            ps->runNow(id);
        }
        feeds::FeedPoller *fp = m_engine->feeds();
        const QDateTime pollStart = QDateTime::fromMSecsSinceEpoch(wall);
        if (pollFeeds)
            for (const QString &p : fp->providerIds())
                fp->pollNow(p);
        const bool done = QTest::qWaitFor([&] {
            for (const QString &id : ids) {
                const auto s = ps->status(id);
                if (s.running || s.runs <= before.value(id))
                    return false;
            }
            if (pollFeeds)
                for (const QString &p : fp->providerIds()) {
                    const feeds::FeedStatus fs = fp->status(p);
                    if (fs.lastAttempt < pollStart || (fs.lastGoodPoll < pollStart && fs.lastError.isEmpty()))
                        return false;
                }
            return true;
        }, kWaitMs);
        QVERIFY2(done, qPrintable(QStringLiteral("probes or feeds did not finish the %1 step within %2 s").arg(hms(t)).arg(kWaitMs / 1000)));
    }

    void run(const QString &from, const QString &to)
    {
        for (QDateTime t = at(from); t <= at(to); t = t.addMSecs(kProbeEveryMs)) {
            step(t, t.time().second() == 0 || t == at(from));
            if (QTest::currentTestFailed())
                return;
        }
    }

    // First change of `node` to a bad state (scenario ms), or -1.
    qint64 firstBad(const QString &node, qint64 afterScenarioMs = 0) const
    {
        for (const StateChange &c : m_changes) {
            if (c.node == node && isBad(c.to) && !isBad(c.from) && c.tsMs >= afterScenarioMs)
                return c.tsMs;
        }
        return -1;
    }

    bool everBad(const QString &node, qint64 fromScenarioMs) const
    {
        for (const StateChange &c : m_changes)
            if (c.node == node && isBad(c.to) && c.tsMs >= fromScenarioMs)
                return true;
        return false;
    }

    QList<health::HealthIncident> storedIncidents()
    {
        auto rows = m_engine->store()->runSync<Result<QList<health::HealthIncident>>>([](store::Database &db) {
            return health::HealthStore::readIncidents(db, 0, std::numeric_limits<qint64>::max());
        });
        return rows ? *rows : QList<health::HealthIncident>{};
    }

    QList<store::AuditEvent> auditRows()
    {
        auto rows = m_engine->store()->runSync<Result<QList<store::AuditEvent>>>([](store::Database &db) {
            return store::Store::readAudit(db, 0, std::numeric_limits<qint64>::max());
        });
        return rows ? *rows : QList<store::AuditEvent>{};
    }

    // Who answers behind the HAProxy frontend: the first model id of GET /v1/models.
    QString upstreamModel()
    {
        net::Request req;
        req.url = QUrl(gatewayFrontend() + QStringLiteral("/v1/models"));
        req.headers = {{"x-api-key", "drill-not-a-real-key"}, {"anthropic-version", "2023-06-01"}, {"Authorization", "Bearer drill-not-a-real-key"}};
        req.freshConnection = true;
        const net::Response r = send(req);
        if (!r.ok() || r.status != 200)
            return QStringLiteral("error:%1 %2").arg(r.status).arg(r.errorText);
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("data")).toArray().at(0).toObject().value(QStringLiteral("id")).toString();
    }

    QString gatewayFrontend() const
    {
        for (const config::ProbeConfig &p : m_session->config().probes)
            if (p.id == QLatin1String("chat-via-gateway"))
                return p.url.left(p.url.indexOf(QLatin1String("/v1/")));
        return {};
    }

    // A chat request through HAProxy, as the app would send it to the fallback.
    net::Response chatViaGateway()
    {
        net::Request req;
        req.url = QUrl(gatewayFrontend() + QStringLiteral("/v1/chat/completions"));
        req.method = "POST";
        req.headers = {{"Content-Type", "application/json"}, {"Authorization", "Bearer drill-not-a-real-key"}};
        req.body = QByteArrayLiteral("{\"model\":\"gpt-4.1\",\"max_tokens\":8,\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}]}");
        req.freshConnection = true;
        return send(req);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!sim::DrillGateway::findHaproxy().isEmpty(),
                 "haproxy is not installed: the drill end-to-end test needs it (scripts/deps.sh installs it)");
        QVERIFY(m_dir.isValid());
        m_session = new sim::DrillSession(this);
        const Status started = m_session->start(QStringLiteral("2026-03-02"), 1.0);
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));
        QVERIFY2(m_session->hasGateway(), qPrintable(m_session->routingNote()));
        m_day = m_session->scenario().start.date();
        QVERIFY(setClock(at(QStringLiteral("11:45:00"))));

        // The drill's own configuration, with the runbook the team rehearses.
        const config::Config cfg = m_session->config();
        QVERIFY(cfg.runbook(QStringLiteral("chat-to-fallback")));

        m_engine = new Engine(cfg, m_dir.path(), this);
        QSignalSpy opened(m_engine, &Engine::started);
        connect(m_engine->health(), &health::HealthEngine::nodeStateChanged, this,
                [this](const QString &node, HealthState from, HealthState to, qint64 ts) { m_changes << StateChange{node, from, to, ts}; });
        connect(m_engine->health(), &health::HealthEngine::aheadOfStatusPage, this,
                [this](const QString &, const QString &node, qint64 ts) { m_ahead << qMakePair(node, ts); });
        connect(m_engine->health(), &health::HealthEngine::statusPageCaughtUp, this,
                [this](const QString &, const QString &node, qint64 lag) { m_caughtUp << qMakePair(node, lag); });
        m_engine->start();
        // The test is the scheduler: every probe and feed runs when a step says so.
        m_engine->probes()->stop();
        m_engine->feeds()->stop();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kWaitMs);
        for (const QString &id : m_engine->probes()->probeIds())
            QVERIFY2(m_engine->probes()->status(id).problem.isEmpty(), qPrintable(id + QStringLiteral(": ") + m_engine->probes()->status(id).problem));
        QVERIFY(m_engine->probes()->probeIds().contains(QStringLiteral("anthropic-login")));
        QVERIFY(m_engine->probes()->probeIds().contains(QStringLiteral("anthropic-claude-opus-4-6")));
        QVERIFY(m_engine->probes()->probeIds().contains(QStringLiteral("chat-via-gateway")));
        qInfo().noquote() << "drill:" << m_session->marker() << "- probes:" << m_engine->probes()->probeIds().join(QStringLiteral(", "));
    }

    void cleanupTestCase()
    {
        delete m_engine;
        m_engine = nullptr;
        delete m_session; // stops HAProxy and the simulator
        m_session = nullptr;
        qInfo().noquote() << "HEADLINE FIGURES (scenario time):"
                          << "time to detect" << (m_timeToDetectMs ? QString::number(*m_timeToDetectMs / 1000.0) + QStringLiteral(" s") : QStringLiteral("n/a"))
                          << "| status-page lag" << (m_statusPageLagMs ? QString::number(*m_statusPageLagMs / 1000.0) + QStringLiteral(" s") : QStringLiteral("n/a"))
                          << "| action to verified (wall)" << (m_actionToVerifiedMs ? QString::number(*m_actionToVerifiedMs) + QStringLiteral(" ms") : QStringLiteral("n/a"));
    }

    void frontDoorFlaggedWithinTwoProbeIntervals()
    {
        QElapsedTimer wall;
        wall.start();
        run(QStringLiteral("11:45:00"), QStringLiteral("11:52:00"));
        if (QTest::currentTestFailed())
            return;
        qInfo() << "stepped 11:45:00-11:52:00 in" << wall.elapsed() << "ms of wall time";

        const qint64 onset = at(QStringLiteral("11:49:00")).toMSecsSinceEpoch();
        // Nothing was flagged on the front door before the fault began.
        QVERIFY(firstBad(topology::ids::probe(QStringLiteral("anthropic-login"))) >= onset);
        const qint64 login = firstBad(topology::ids::probe(QStringLiteral("anthropic-login")));
        const qint64 provider = firstBad(topology::ids::provider(QStringLiteral("anthropic")));
        qInfo().noquote() << "front door fails from 11:49:00; login probe flagged at" << (login > 0 ? hms(login) : QStringLiteral("never"))
                          << "provider flagged at" << (provider > 0 ? hms(provider) : QStringLiteral("never"));
        QVERIFY2(login > 0, "the login (front-door) probe was never flagged");
        m_timeToDetectMs = login - onset;
        qInfo() << "time to detect:" << *m_timeToDetectMs / 1000 << "s (limit" << 2 * kProbeEveryMs / 1000 << "s)";
        QVERIFY2(login - onset <= 2 * kProbeEveryMs, qPrintable(QStringLiteral("flagged %1 s after onset").arg((login - onset) / 1000)));
        QVERIFY2(provider > 0 && provider - onset <= 2 * kProbeEveryMs, "the provider was not flagged within 2 probe intervals");
        // The API itself still worked: no model probe failed in this window.
        for (const QString &m : {QStringLiteral("claude-opus-4-6"), QStringLiteral("claude-sonnet-4-6"), QStringLiteral("claude-haiku-4-5")})
            QCOMPARE(firstBad(topology::ids::probe(QStringLiteral("anthropic-") + m)), qint64(-1));
    }

    void aheadOfStatusPageAndLagStored()
    {
        QVERIFY(m_steps > 0);
        QVERIFY2(!m_ahead.isEmpty(), "the \"ahead of status page\" signal never fired");
        const qint64 aheadAt = m_ahead.constFirst().second;
        qInfo().noquote() << "ahead of status page:" << m_ahead.constFirst().first << "at" << hms(aheadAt)
                          << "(status page turns to an incident at 11:49:59)";
        QVERIFY(aheadAt < at(QStringLiteral("11:49:59")).toMSecsSinceEpoch());
        QVERIFY2(!m_caughtUp.isEmpty(), "the status page never caught up");

        // The incident as stored: detection, the feed's acknowledgement and the lag between them.
        const QString node = m_ahead.constFirst().first;
        QList<health::HealthIncident> stored;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            stored = storedIncidents();
            return std::any_of(stored.begin(), stored.end(), [&](const auto &i) { return i.node == node && i.ahead && i.feedAckMs > 0; });
        }()), kWaitMs);
        const auto inc = *std::find_if(stored.begin(), stored.end(), [&](const auto &i) { return i.node == node && i.ahead && i.feedAckMs > 0; });
        QCOMPARE(inc.provider, QStringLiteral("anthropic"));
        QCOMPARE(inc.lagMs, inc.feedAckMs - inc.detectedMs);
        QVERIFY(inc.lagMs > 0);
        const auto caught = std::find_if(m_caughtUp.begin(), m_caughtUp.end(), [&](const auto &c) { return c.first == node; });
        QVERIFY(caught != m_caughtUp.end());
        QCOMPARE(caught->second, inc.lagMs);
        const qint64 detected = inc.detectedMs;
        const qint64 ack = inc.feedAckMs;
        m_statusPageLagMs = inc.lagMs;
        qInfo().noquote() << "stored incident" << inc.id << inc.node << "detected" << hms(detected) << "feed acknowledged" << hms(ack)
                          << "status-page lag" << *m_statusPageLagMs / 1000 << "s";
        QVERIFY(ack >= at(QStringLiteral("11:49:59")).toMSecsSinceEpoch());
        QVERIFY(*m_statusPageLagMs > 0);
        QVERIFY(*m_statusPageLagMs <= 2 * 60'000);
    }

    void opusFlaggedApartFromOtherModels()
    {
        QElapsedTimer wall;
        wall.start();
        const qint64 from = at(QStringLiteral("14:10:00")).toMSecsSinceEpoch();
        run(QStringLiteral("14:10:00"), QStringLiteral("14:16:00"));
        if (QTest::currentTestFailed())
            return;
        qInfo() << "stepped 14:10:00-14:16:00 in" << wall.elapsed() << "ms of wall time";

        const QString opus = topology::ids::probe(QStringLiteral("anthropic-claude-opus-4-6"));
        const qint64 opusBad = firstBad(opus, from);
        qInfo().noquote() << "Opus 4.6 fails from 14:15:00; its probe flagged at" << (opusBad > 0 ? hms(opusBad) : QStringLiteral("never"));
        QVERIFY2(opusBad > 0, "the Opus 4.6 probe was never flagged");
        QVERIFY(opusBad >= at(QStringLiteral("14:15:00")).toMSecsSinceEpoch());
        QVERIFY(opusBad - at(QStringLiteral("14:15:00")).toMSecsSinceEpoch() <= 2 * kProbeEveryMs);
        QVERIFY(isBad(m_engine->health()->state(opus)));
        QVERIFY(isBad(m_engine->health()->state(topology::ids::model(QStringLiteral("anthropic"), QStringLiteral("claude-opus-4-6")))));
        for (const QString &m : {QStringLiteral("claude-sonnet-4-6"), QStringLiteral("claude-haiku-4-5")}) {
            const QString probe = topology::ids::probe(QStringLiteral("anthropic-") + m);
            qInfo().noquote() << m << "probe" << stateKey(m_engine->health()->state(probe)) << "model"
                              << stateKey(m_engine->health()->state(topology::ids::model(QStringLiteral("anthropic"), m)));
            QCOMPARE(m_engine->health()->state(probe), HealthState::Operational);
            QVERIFY2(!everBad(probe, from), qPrintable(m + QStringLiteral(" was flagged with Opus")));
        }
        qInfo().noquote() << "chat app:" << stateKey(m_engine->health()->state(QStringLiteral("app:chat")));
    }

    void runbookMovesChatToFallback()
    {
        QVERIFY(m_engine);
        routing::RoutingController *rc = m_engine->routing();
        rc->setOperator(QStringLiteral("drill-operator"), QStringLiteral("drill-console"));
        QCOMPARE(upstreamModel(), QStringLiteral("claude-opus-4-6"));
        // Verification is the product's own: read-back over the runtime API, then the probes
        // configured through the gateway (here chat-via-gateway) run again and must pass.
        QCOMPARE(m_engine->gatewayVerifier()->probesVia(QStringLiteral("drill-haproxy")), QStringList{QStringLiteral("chat-via-gateway")});
        const qint64 runsBefore = m_engine->probes()->status(QStringLiteral("chat-via-gateway")).runs;
        std::optional<Result<routing::RoutingPreview>> pv;
        rc->preview(QStringLiteral("chat-to-fallback"), this, [&](const Result<routing::RoutingPreview> &r) { pv = r; });
        QTRY_VERIFY_WITH_TIMEOUT(pv.has_value(), kWaitMs);
        QVERIFY2(*pv, *pv ? "" : qPrintable(pv->error().message));
        const routing::RoutingPreview preview = **pv;
        qInfo().noquote() << "preview:" << preview.diffLines().join(QStringLiteral("; ")) << "| apps moved:" << preview.appsMoved.join(QStringLiteral(", "));
        QVERIFY(preview.readable());
        QVERIFY(!preview.isNoop());
        QVERIFY2(preview.diffLines().contains(QStringLiteral("drill-haproxy: chat/primary: state ready → maint")), qPrintable(preview.diffLines().join(QLatin1Char('\n'))));
        QVERIFY(preview.appsMoved.contains(QStringLiteral("Chat assistant")));

        const QString reason = QStringLiteral("Opus 4.6 failing since 14:15 (drill 2026-03-02)");
        m_actionMs = wf::clock::nowMs();
        QElapsedTimer t;
        t.start();
        std::optional<Result<routing::ApplyOutcome>> out;
        rc->apply(preview, reason, this, [&](const Result<routing::ApplyOutcome> &r) { out = r; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), kWaitMs);
        m_actionToVerifiedMs = t.elapsed();
        QVERIFY2(*out, *out ? "" : qPrintable(out->error().message));
        QVERIFY2((*out)->ok, qPrintable((*out)->message));
        QVERIFY((*out)->changed);
        const auto verifyProbe = m_engine->probes()->status(QStringLiteral("chat-via-gateway"));
        QVERIFY2(verifyProbe.runs > runsBefore, "no probe ran through the gateway after the change");
        QVERIFY(verifyProbe.last.has_value() && verifyProbe.last->ok());
        qInfo() << "action to verified through HAProxy:" << *m_actionToVerifiedMs << "ms (controller measured" << (*out)->durationMs << "ms)";
        QCOMPARE(upstreamModel(), QStringLiteral("gpt-4.1"));

        // The audit log has the action, who did it, why, and the chain is intact.
        const auto rows = auditRows();
        const auto applied = std::find_if(rows.begin(), rows.end(), [&](const auto &e) { return e.id == (*out)->auditId; });
        QVERIFY2(applied != rows.end(), "the action is not in the audit log");
        QCOMPARE(applied->action, QStringLiteral("apply runbook chat-to-fallback"));
        QCOMPARE(applied->actor, QStringLiteral("drill-operator"));
        QCOMPARE(applied->reason, reason);
        QCOMPARE(applied->result, QStringLiteral("ok"));
        const auto intact = m_engine->store()->runSync<Result<qint64>>([](store::Database &db) { return store::Store::verifyAuditChain(db); });
        QVERIFY(intact);
        QCOMPARE(*intact, qint64(0));
        qInfo().noquote() << "audit" << applied->id << applied->action << "by" << applied->actor << ":" << applied->reason;

        // Traffic keeps flowing on the fallback while the scenario goes on.
        run(QStringLiteral("14:16:10"), QStringLiteral("14:17:00"));
        if (QTest::currentTestFailed())
            return;
        const auto gw = m_engine->probes()->status(QStringLiteral("chat-via-gateway"));
        QVERIFY(gw.last.has_value());
        QCOMPARE(m_engine->health()->state(topology::ids::probe(QStringLiteral("chat-via-gateway"))), HealthState::Operational);
        QCOMPARE(chatViaGateway().status, 200);
        qInfo().noquote() << "action at scenario" << hms(m_actionMs);
    }

    void incidentReportMergesUpdatesDetectionsAndAction()
    {
        QVERIFY(m_actionMs > 0);
        const config::Config &cfg = m_engine->config();
        const reports::ReportRequest req = reports::ReportBuilder::request(
            cfg, {QStringLiteral("anthropic")}, at(QStringLiteral("11:40:00")).toMSecsSinceEpoch(), at(QStringLiteral("14:20:00")).toMSecsSinceEpoch());
        const auto built = m_engine->store()->runSync<Result<reports::IncidentReport>>([req](store::Database &db) {
            return reports::ReportBuilder::build(db, req);
        });
        QVERIFY2(built, built ? "" : qPrintable(built.error().message));
        const reports::IncidentReport &r = *built;
        QVERIFY2(!r.updates.isEmpty(), "the provider's own updates are missing");
        QVERIFY2(!r.detections.isEmpty(), "Watchfloor's detections are missing");
        QVERIFY2(!r.actions.isEmpty(), "the operator's action is missing");

        // The three sources, merged in time order, on the scenario's own day.
        qint64 prev = 0;
        for (const reports::TimelineEvent &e : r.timeline) {
            QVERIFY2(e.tsMs >= prev, qPrintable(QStringLiteral("out of order at %1: %2").arg(hms(e.tsMs), e.text)));
            prev = e.tsMs;
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(e.tsMs, Qt::UTC).date(), m_day);
        }
        auto firstOf = [&](reports::EventSource src) -> qint64 {
            for (const reports::TimelineEvent &e : r.timeline)
                if (e.source == src)
                    return e.tsMs;
            return -1;
        };
        const qint64 ourFirst = firstOf(reports::EventSource::Watchfloor);
        const qint64 theirFirst = firstOf(reports::EventSource::Provider);
        const qint64 action = firstOf(reports::EventSource::Operator);
        qInfo().noquote() << "report timeline:" << r.timeline.size() << "rows; first detection" << hms(ourFirst)
                          << "first provider update" << hms(theirFirst) << "operator action" << hms(action);
        QVERIFY(ourFirst > 0 && theirFirst > 0 && action > 0);
        // Status pages stamp an update with the time it was written, which can be before it was
        // published; what counts is that we flagged it before the feed showed it.
        QVERIFY(action >= at(QStringLiteral("14:15:00")).toMSecsSinceEpoch());
        QCOMPARE(action, m_actionMs);
        const auto front = std::find_if(r.detections.begin(), r.detections.end(), [](const reports::Detection &d) { return d.ahead; });
        QVERIFY(front != r.detections.end());
        QVERIFY(front->lagMs > 0);
        QVERIFY2(front->detectedMs < front->feedAckMs, "we flagged it before the feed showed it");
        QVERIFY(ourFirst <= front->detectedMs);

        // The Markdown an account manager exports lists them in the same order.
        const QString md = reports::ReportRenderer(reports::ReportSanitizer::fromConfig(cfg)).markdown(r);
        const qsizetype table = md.indexOf(QStringLiteral("## Timeline"));
        QVERIFY2(table >= 0, qPrintable(md.left(2000)));
        QList<QPair<qint64, QString>> marks = {{ourFirst, reports::IncidentReport::formatTime(ourFirst, false)},
                                               {theirFirst, reports::IncidentReport::formatTime(theirFirst, false)},
                                               {action, QStringLiteral("drill-operator")}};
        std::stable_sort(marks.begin(), marks.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        qsizetype pos = table;
        for (const auto &m : marks) {
            pos = md.indexOf(m.second, pos);
            QVERIFY2(pos > table, qPrintable(m.second + QStringLiteral(" not in time order in:\n") + md.mid(table, 4000)));
        }
        QVERIFY(!md.contains(QStringLiteral("drill-not-a-real-key")));
    }
};

QTEST_GUILESS_MAIN(TestE2eDrill)
#include "tst_e2e_drill.moc"
