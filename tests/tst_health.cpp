#include "config/config.h"
#include "health/availability.h"
#include "health/healthengine.h"
#include "health/healthstore.h"
#include "health/latencywindow.h"
#include "health/nodetracker.h"
#include "store/latencyseries.h"
#include "store/store.h"
#include "store/timelinequery.h"
#include "topology/topologybuilder.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using namespace wf::health;

namespace {

HealthState fromCode(QChar c)
{
    switch (c.unicode()) {
    case 'o': return HealthState::Operational;
    case 'd': return HealthState::Degraded;
    case 'p': return HealthState::PartialOutage;
    case 'm': return HealthState::MajorOutage;
    case 'n': return HealthState::Maintenance;
    default: return HealthState::Unknown;
    }
}

QString code(HealthState s)
{
    switch (s) {
    case HealthState::Operational: return QStringLiteral("o");
    case HealthState::Degraded: return QStringLiteral("d");
    case HealthState::PartialOutage: return QStringLiteral("p");
    case HealthState::MajorOutage: return QStringLiteral("m");
    case HealthState::Maintenance: return QStringLiteral("n");
    case HealthState::Unknown: return QStringLiteral("u");
    }
    return QStringLiteral("?");
}

constexpr qint64 kBase = 1'767'225'600'000; // 2026-01-01T00:00:00Z
constexpr qint64 kMin = 60'000;

store::Observation probeObs(const QString &probe, qint64 ts, HealthState s, double latency = 100)
{
    store::Observation o;
    o.tsMs = ts;
    o.source = QStringLiteral("probe");
    o.target = QStringLiteral("probe:") + probe;
    o.state = stateKey(s);
    o.latencyMs = latency;
    return o;
}

} // namespace

class TstHealth : public QObject
{
    Q_OBJECT

private:
    static config::Config estate()
    {
        auto cfg = config::ConfigLoader::loadFile(QStringLiteral(WF_TEST_DATA_DIR "/probes/topology.yaml"));
        if (!cfg)
            qFatal("%s", qPrintable(cfg.error().message));
        return *cfg;
    }

private slots:
    // Observation sequences -> the state after each one (o operational, d degraded, p partial,
    // m major, n maintenance, u unknown). One observation per minute.
    void trackerSequences_data()
    {
        QTest::addColumn<QString>("observations");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("failureThreshold");
        QTest::addColumn<int>("successThreshold");
        QTest::addRow("thresholds 3/2") << "ommmmoo" << "ooommmo" << 3 << 2;
        QTest::addRow("single blips ignored") << "omomo" << "ooooo" << 3 << 2;
        QTest::addRow("follows severity once down") << "ommmpoo" << "ooompp o" << 3 << 2;
        QTest::addRow("starts unknown") << "mmmoo" << "uummo" << 3 << 2;
        QTest::addRow("one good is enough from unknown") << "o" << "o" << 3 << 2;
        QTest::addRow("unknown counts nothing") << "omummom" << "oooomm m" << 3 << 2;
        QTest::addRow("degraded is bad too") << "oddd" << "oood" << 3 << 2;
        QTest::addRow("thresholds 1/1") << "omo" << "omo" << 1 << 1;
        QTest::addRow("thresholds 2/3") << "ommooo" << "oommmo" << 2 << 3;
        QTest::addRow("recovery interrupted") << "mmmomoo" << "uummmmo" << 3 << 2;
    }

    void trackerSequences()
    {
        QFETCH(QString, observations);
        QFETCH(QString, expected);
        QFETCH(int, failureThreshold);
        QFETCH(int, successThreshold);
        expected.remove(QLatin1Char(' '));
        HealthSettings s;
        s.failureThreshold = failureThreshold;
        s.successThreshold = successThreshold;
        s.flapThreshold = 100;
        s.staleAfterMs = 0;
        NodeTracker t(s);
        QString got;
        for (int i = 0; i < observations.size(); ++i) {
            t.observe(kBase + i * kMin, fromCode(observations[i]));
            got += code(t.state());
        }
        QCOMPARE(got, expected);
    }

    void flapDetection()
    {
        HealthSettings s;
        s.flapThreshold = 4;
        s.flapWindowMs = 10 * kMin;
        NodeTracker t(s);
        QString got;
        const QString obs = QStringLiteral("omomomoooooooooooo");
        for (int i = 0; i < obs.size(); ++i) {
            t.observe(kBase + i * kMin, fromCode(obs[i]));
            got += t.flapping() ? QLatin1Char('F') : QLatin1Char('.');
            if (i == 5)
                QCOMPARE(t.state(), HealthState::Degraded); // never 3 failures in a row, yet unreliable
        }
        // Flapping from the 4th change (5th observation) until fewer than 2 changes remain in the
        // 10-minute window.
        QCOMPARE(got, QStringLiteral("....FFFFFFFFFFF..."));
        QCOMPARE(t.state(), HealthState::Operational);
    }

    void staleAndBack()
    {
        HealthSettings s;
        s.staleAfterMs = 3 * kMin;
        NodeTracker t(s);
        t.observe(kBase, HealthState::Operational);
        QVERIFY(!t.checkStale(kBase + 2 * kMin));
        QVERIFY(t.checkStale(kBase + 3 * kMin));
        QVERIFY(t.stale());
        QCOMPARE(t.state(), HealthState::Unknown);
        QCOMPARE(t.confirmed(), HealthState::Operational); // last known good state is kept
        QVERIFY(!t.checkStale(kBase + 4 * kMin));
        QVERIFY(t.observe(kBase + 5 * kMin, HealthState::Operational));
        QCOMPARE(t.state(), HealthState::Operational);
    }

    void authoritativeAppliesAtOnce()
    {
        NodeTracker t;
        t.observe(kBase, HealthState::Operational, true);
        QVERIFY(t.observe(kBase + 1, HealthState::PartialOutage, true));
        QCOMPARE(t.state(), HealthState::PartialOutage);
        QVERIFY(t.observe(kBase + 2, HealthState::Maintenance, true));
        QCOMPARE(t.state(), HealthState::Maintenance);
    }

    // Availability math against hand-computed answers.
    void availability_data()
    {
        QTest::addColumn<QList<StateChange>>("changes");
        QTest::addColumn<int>("initial");
        QTest::addColumn<QList<TimeWindow>>("maintenance");
        QTest::addColumn<qint64>("observed");
        QTest::addColumn<qint64>("down");
        QTest::addColumn<double>("availability");
        QTest::addColumn<int>("incidents");
        QTest::addColumn<qint64>("mttr");
        using S = HealthState;
        const int op = int(S::Operational);
        // 100 of 1000 down: 90 %.
        QTest::addRow("one outage") << QList<StateChange>{{100, S::MajorOutage}, {200, S::Operational}} << op << QList<TimeWindow>{}
                                    << qint64(1000) << qint64(100) << 0.9 << 1 << qint64(100);
        // Maintenance [150,250) removes 100 from the window and 50 from the outage: 1 - 50/900.
        QTest::addRow("maintenance excluded") << QList<StateChange>{{100, S::MajorOutage}, {200, S::Operational}} << op
                                              << QList<TimeWindow>{{150, 250}} << qint64(900) << qint64(50) << 1.0 - 50.0 / 900.0 << 1 << qint64(50);
        // Down from before the window until 100, then partial 500..600; degraded counts as up.
        QTest::addRow("two incidents") << QList<StateChange>{{100, S::Operational}, {500, S::PartialOutage}, {600, S::Degraded}, {700, S::Operational}}
                                       << int(S::MajorOutage) << QList<TimeWindow>{} << qint64(1000) << qint64(200) << 0.8 << 2 << qint64(100);
        QTest::addRow("still down at the end") << QList<StateChange>{{900, S::MajorOutage}} << op << QList<TimeWindow>{}
                                               << qint64(1000) << qint64(100) << 0.9 << 1 << qint64(-1);
        QTest::addRow("unknown left out") << QList<StateChange>{{500, S::Operational}} << int(S::Unknown) << QList<TimeWindow>{}
                                          << qint64(500) << qint64(0) << 1.0 << 0 << qint64(-1);
        // Major 100..200, maintenance state 200..300, major 300..400: one incident of 200.
        QTest::addRow("outage across maintenance") << QList<StateChange>{{100, S::MajorOutage}, {200, S::Maintenance}, {300, S::MajorOutage}, {400, S::Operational}}
                                                   << op << QList<TimeWindow>{} << qint64(900) << qint64(200) << 1.0 - 200.0 / 900.0 << 1 << qint64(200);
        QTest::addRow("no data") << QList<StateChange>{} << int(S::Unknown) << QList<TimeWindow>{} << qint64(0) << qint64(0) << -1.0 << 0 << qint64(-1);
        // Overlapping maintenance windows count once: [0,300) and [200,400) exclude 400.
        QTest::addRow("overlapping windows") << QList<StateChange>{{500, S::MajorOutage}, {600, S::Operational}} << op
                                             << QList<TimeWindow>{{0, 300}, {200, 400}} << qint64(600) << qint64(100) << 1.0 - 100.0 / 600.0 << 1 << qint64(100);
        // Changes before the window set the initial state; changes after it are ignored.
        QTest::addRow("clipped") << QList<StateChange>{{-50, S::MajorOutage}, {50, S::Operational}, {1200, S::MajorOutage}} << op << QList<TimeWindow>{}
                                 << qint64(1000) << qint64(50) << 0.95 << 1 << qint64(50);
    }

    void availability()
    {
        QFETCH(QList<StateChange>, changes);
        QFETCH(int, initial);
        QFETCH(QList<TimeWindow>, maintenance);
        QFETCH(qint64, observed);
        QFETCH(qint64, down);
        QFETCH(double, availability);
        QFETCH(int, incidents);
        QFETCH(qint64, mttr);
        const AvailabilityReport r = Availability::compute(changes, HealthState(initial), 0, 1000, maintenance);
        QCOMPARE(r.observedMs, observed);
        QCOMPARE(r.downMs, down);
        QCOMPARE(r.observedMs + r.excludedMs, qint64(1000));
        QVERIFY2(qAbs(r.availability() - availability) < 1e-9, qPrintable(QString::number(r.availability())));
        QCOMPARE(r.incidents, incidents);
        QCOMPARE(r.mttrMs, mttr);
    }

    void latencyWindow()
    {
        LatencyWindow w(60'000);
        for (int i = 1; i <= 100; ++i)
            w.add(kBase + i * 100, double(i), i % 10 == 0);
        LatencyStats s = w.stats(kBase + 100 * 100);
        QCOMPARE(s.count, 100);
        QCOMPARE(s.errors, 10);
        QCOMPARE(s.errorRate, 0.1);
        QCOMPARE(s.p50, 50.0);
        QCOMPARE(s.p95, 95.0);
        QCOMPARE(s.p99, 99.0);
        // A minute later only the new sample is in the window.
        w.add(kBase + 100 * 100 + 60'000, 500, false);
        s = w.stats(kBase + 100 * 100 + 60'000);
        QCOMPARE(s.count, 1);
        QCOMPARE(s.p99, 500.0);
        QCOMPARE(s.errorRate, 0.0);
    }

    // Models and providers get a latency window from the probes that are evidence for them, so
    // their p95 and error rate show; front-door and through-gateway probes stay out of it.
    void latencyWindowsForModelsAndProviders()
    {
        topology::Graph graph = topology::TopologyBuilder::build(estate());
        qint64 now = kBase;
        HealthEngine h(&graph);
        h.setClock([&] { return now; });
        const QString opus = QStringLiteral("model:anthropic/claude-opus-4-6");
        QCOMPARE(h.latency(opus).count, 0);
        // opus-direct: 20 results 100..2000 ms, the last two failing. opus-via-edge (a gateway
        // path) and claude-login (front door) answer in 9000 ms and must not count.
        for (int i = 1; i <= 20; ++i) {
            now = kBase + i * 1000;
            h.ingest(probeObs(QStringLiteral("opus-direct"), now, i > 18 ? HealthState::MajorOutage : HealthState::Operational, i * 100.0));
            h.ingest(probeObs(QStringLiteral("opus-via-edge"), now, HealthState::Operational, 9000));
            h.ingest(probeObs(QStringLiteral("claude-login"), now, HealthState::Operational, 9000));
        }
        const LatencyStats m = h.latency(opus);
        QCOMPARE(m.count, 20);
        QCOMPARE(m.errors, 2);
        QCOMPARE(m.errorRate, 0.1);
        QCOMPARE(m.p50, 1000.0);
        QCOMPARE(m.p95, 1900.0);
        QCOMPARE(m.p99, 2000.0);
        // The probe's own window is the same data.
        QCOMPARE(h.latency(QStringLiteral("probe:opus-direct")).p95, 1900.0);
        // openai-dns is evidence for the openai provider directly.
        for (int i = 1; i <= 4; ++i)
            h.ingest(probeObs(QStringLiteral("openai-dns"), now, HealthState::Operational, 10.0 * i));
        const LatencyStats p = h.latency(QStringLiteral("provider:openai"));
        QCOMPARE(p.count, 4);
        QCOMPARE(p.p95, 40.0);
        // Anthropic's own provider node has only the front door below it: no window.
        QCOMPARE(h.latency(QStringLiteral("provider:anthropic")).count, 0);
        QCOMPARE(h.latency(QStringLiteral("gw:edge")).count, 0);
    }

    void rollUpAlongTheGraph()
    {
        topology::Graph graph = topology::TopologyBuilder::build(estate());
        qint64 now = kBase;
        HealthEngine h(&graph);
        h.setClock([&] { return now; });
        const QString opusModel = QStringLiteral("model:anthropic/claude-opus-4-6");
        // Feed says all fine; the providers' probes answer.
        h.setComponentState(QStringLiteral("anthropic"), QStringLiteral("api"), QStringLiteral("Claude API"), HealthState::Operational, now);
        h.setComponentState(QStringLiteral("anthropic"), QStringLiteral("claude-ai"), QStringLiteral("claude.ai"), HealthState::Operational, now);
        for (const char *p : {"opus-direct", "opus-via-edge", "claude-login", "openai-dns"})
            h.ingest(probeObs(QString::fromLatin1(p), now, HealthState::Operational));
        QCOMPARE(h.state(opusModel), HealthState::Operational);
        QCOMPARE(h.state(QStringLiteral("app:chat-prod")), HealthState::Operational);
        QCOMPARE(h.state(QStringLiteral("app:batch")), HealthState::Operational);
        QCOMPARE(h.state(QStringLiteral("route:chat-prod/1")), HealthState::Operational);

        // The front door fails: the provider shows it, the API path (model, apps) does not.
        for (int i = 1; i <= 3; ++i)
            h.ingest(probeObs(QStringLiteral("claude-login"), now + i * kMin, HealthState::MajorOutage));
        QCOMPARE(h.state(QStringLiteral("probe:claude-login")), HealthState::MajorOutage);
        QCOMPARE(h.state(QStringLiteral("provider:anthropic")), HealthState::MajorOutage);
        QCOMPARE(h.state(opusModel), HealthState::Operational);
        QCOMPARE(h.state(QStringLiteral("app:chat-prod")), HealthState::Operational);

        // A non-API component (the chat UI) going down does not take the model down either.
        h.setComponentState(QStringLiteral("anthropic"), QStringLiteral("claude-ai"), QString(), HealthState::PartialOutage, now + 4 * kMin);
        QCOMPARE(h.state(opusModel), HealthState::Operational);

        // The API component does: model, its route and the app follow; the healthy fallback route
        // (gpt-5 through the edge gateway) softens the app to Degraded.
        h.setComponentState(QStringLiteral("anthropic"), QStringLiteral("api"), QString(), HealthState::MajorOutage, now + 5 * kMin);
        QCOMPARE(h.state(opusModel), HealthState::MajorOutage);
        QCOMPARE(h.state(QStringLiteral("route:chat-prod/0")), HealthState::MajorOutage);
        QCOMPARE(h.state(QStringLiteral("app:chat-prod")), HealthState::Degraded);
        QCOMPARE(h.state(QStringLiteral("app:batch")), HealthState::Operational);

        // Without a healthy fallback the app is as bad as its active route.
        for (int i = 6; i <= 8; ++i)
            h.ingest(probeObs(QStringLiteral("openai-dns"), now + i * kMin, HealthState::MajorOutage));
        QCOMPARE(h.state(QStringLiteral("model:openai/gpt-5")), HealthState::MajorOutage);
        QCOMPARE(h.state(QStringLiteral("app:batch")), HealthState::MajorOutage);
        QCOMPARE(h.state(QStringLiteral("app:chat-prod")), HealthState::MajorOutage);
    }

    void modelDownByItsOwnProbes()
    {
        topology::Graph graph = topology::TopologyBuilder::build(estate());
        HealthEngine h(&graph);
        h.setComponentState(QStringLiteral("anthropic"), QStringLiteral("api"), QString(), HealthState::Operational, kBase);
        h.ingest(probeObs(QStringLiteral("opus-via-edge"), kBase, HealthState::Operational));
        QSignalSpy changes(&h, &HealthEngine::nodeStateChanged);
        for (int i = 1; i <= 3; ++i)
            h.ingest(probeObs(QStringLiteral("opus-direct"), kBase + i * 1000, HealthState::PartialOutage));
        QCOMPARE(h.state(QStringLiteral("model:anthropic/claude-opus-4-6")), HealthState::PartialOutage);
        QStringList changed;
        for (const auto &c : changes)
            changed << c.at(0).toString();
        QCOMPARE(changed, (QStringList{QStringLiteral("probe:opus-direct"), QStringLiteral("model:anthropic/claude-opus-4-6"),
                                       QStringLiteral("route:chat-prod/0"), QStringLiteral("app:chat-prod")}));
    }

    void staleProbeIsUnknownNotGreen()
    {
        topology::Graph graph = topology::TopologyBuilder::build(estate());
        qint64 now = kBase;
        HealthSettings s;
        s.staleAfterMs = 3 * kMin;
        HealthEngine h(&graph, s);
        h.setClock([&] { return now; });
        h.setExpectedInterval(QStringLiteral("probe:opus-direct"), 2 * kMin); // stale after 6 min
        h.ingest(probeObs(QStringLiteral("opus-direct"), now, HealthState::Operational));
        QCOMPARE(h.state(QStringLiteral("model:anthropic/claude-opus-4-6")), HealthState::Operational);
        now += 5 * kMin;
        h.checkStale();
        QVERIFY(!h.isStale(QStringLiteral("probe:opus-direct")));
        now += 2 * kMin;
        h.checkStale();
        QVERIFY(h.isStale(QStringLiteral("probe:opus-direct")));
        QCOMPARE(h.state(QStringLiteral("probe:opus-direct")), HealthState::Unknown);
        QCOMPARE(h.state(QStringLiteral("model:anthropic/claude-opus-4-6")), HealthState::Unknown);
    }

    void aheadOfStatusPageAndLag()
    {
        QTemporaryDir dir;
        store::Store store;
        QVERIFY(store.openAndWait(dir.filePath(QStringLiteral("wf.db"))).ok());
        topology::Graph graph = topology::TopologyBuilder::build(estate());
        qint64 now = kBase;
        HealthEngine h(&graph);
        h.setClock([&] { return now; });
        h.setStore(&store);
        QSignalSpy ahead(&h, &HealthEngine::aheadOfStatusPage);
        QSignalSpy caughtUp(&h, &HealthEngine::statusPageCaughtUp);
        h.setComponentState(QStringLiteral("anthropic"), QStringLiteral("api"), QString(), HealthState::Operational, now);
        h.ingest(probeObs(QStringLiteral("opus-direct"), now, HealthState::Operational));
        // Probes fail at +1, +2, +3 min: detected at +3 min while the feed still says operational.
        for (int i = 1; i <= 3; ++i)
            h.ingest(probeObs(QStringLiteral("opus-direct"), now + i * kMin, HealthState::MajorOutage));
        QCOMPARE(ahead.size(), 1);
        QCOMPARE(ahead.first().at(0).toString(), QStringLiteral("anthropic"));
        QCOMPARE(ahead.first().at(1).toString(), QStringLiteral("model:anthropic/claude-opus-4-6"));
        QCOMPARE(ahead.first().at(2).toLongLong(), now + 3 * kMin);
        const QList<HealthIncident> open = h.openIncidents();
        QVERIFY(std::any_of(open.begin(), open.end(), [](const HealthIncident &i) { return i.ahead && i.startedMs == kBase + kMin; }));

        // The status page acknowledges 17 minutes later.
        h.setComponentState(QStringLiteral("anthropic"), QStringLiteral("api"), QString(), HealthState::PartialOutage, now + 20 * kMin);
        QCOMPARE(caughtUp.size(), 1);
        QCOMPARE(caughtUp.first().at(2).toLongLong(), 17 * kMin);
        // Recovery closes it.
        for (int i = 21; i <= 22; ++i)
            h.ingest(probeObs(QStringLiteral("opus-direct"), now + i * kMin, HealthState::Operational));
        h.setComponentState(QStringLiteral("anthropic"), QStringLiteral("api"), QString(), HealthState::Operational, now + 23 * kMin);
        QCOMPARE(h.state(QStringLiteral("model:anthropic/claude-opus-4-6")), HealthState::Operational);

        // The lag is stored per incident (schema 4).
        QTRY_VERIFY_WITH_TIMEOUT(store.runSync<bool>([](store::Database &db) {
            auto rows = HealthStore::readIncidents(db, 0, std::numeric_limits<qint64>::max());
            return rows && std::any_of(rows->begin(), rows->end(), [](const HealthIncident &i) { return i.resolvedMs > 0 && i.node.startsWith(QLatin1String("model:")); });
        }), 3000);
        const auto rows = store.runSync<Result<QList<HealthIncident>>>([](store::Database &db) {
            return HealthStore::readIncidents(db, 0, std::numeric_limits<qint64>::max());
        });
        QVERIFY(rows.ok());
        const auto model = std::find_if(rows->begin(), rows->end(), [](const HealthIncident &i) { return i.node == QLatin1String("model:anthropic/claude-opus-4-6"); });
        QVERIFY(model != rows->end());
        QVERIFY(model->ahead);
        QCOMPARE(model->provider, QStringLiteral("anthropic"));
        QCOMPARE(model->detectedMs, kBase + 3 * kMin);
        QCOMPARE(model->feedAckMs, kBase + 20 * kMin);
        QCOMPARE(model->lagMs, 17 * kMin);
        // Probes recovered at +22 min, but the model stays down until the API component does (+23).
        QCOMPARE(model->resolvedMs, kBase + 23 * kMin);
        QCOMPARE(model->worst, QStringLiteral("major_outage"));
    }

    void availabilityFromStoredHistory()
    {
        QTemporaryDir dir;
        store::Store store;
        QVERIFY(store.openAndWait(dir.filePath(QStringLiteral("wf.db"))).ok());
        topology::Graph graph = topology::TopologyBuilder::build(estate());
        qint64 now = kBase;
        HealthEngine h(&graph);
        h.setClock([&] { return now; });
        h.setStore(&store);
        const QString node = QStringLiteral("probe:opus-direct");
        // Up at 0, down at +10 min (third failure), up again at +20 min (second success).
        h.ingest(probeObs(QStringLiteral("opus-direct"), kBase, HealthState::Operational));
        for (int m : {8, 9, 10})
            h.ingest(probeObs(QStringLiteral("opus-direct"), kBase + m * kMin, HealthState::MajorOutage));
        for (int m : {19, 20})
            h.ingest(probeObs(QStringLiteral("opus-direct"), kBase + m * kMin, HealthState::Operational));
        now = kBase + 60 * kMin;
        std::optional<Result<AvailabilityReport>> got;
        h.availability(node, 60 * kMin, [&](Result<AvailabilityReport> r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE((*got)->downMs, 10 * kMin);
        QCOMPARE((*got)->incidents, 1);
        QCOMPARE((*got)->mttrMs, 10 * kMin);
        QVERIFY(qAbs((*got)->availability() - 50.0 / 60.0) < 1e-9);

        // Planned maintenance 15..25 min for every probe: 5 min of the outage and 10 of the hour go.
        h.setMaintenance({{QStringLiteral("probe:*"), kBase + 15 * kMin, kBase + 25 * kMin}});
        got.reset();
        h.availability(node, 60 * kMin, [&](Result<AvailabilityReport> r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QCOMPARE((*got)->observedMs, 50 * kMin);
        QCOMPARE((*got)->downMs, 5 * kMin);
        QVERIFY(qAbs((*got)->availability() - 0.9) < 1e-9);
        QCOMPARE(HealthEngine::standardPeriods().size(), 4);
    }

    void retentionDropsOldData()
    {
        QTemporaryDir dir;
        store::Store store;
        QVERIFY(store.openAndWait(dir.filePath(QStringLiteral("wf.db"))).ok());
        const qint64 day = 86'400'000;
        const qint64 now = kBase + 200 * day;
        // One target changing state: bands 150->91 ok, 91->30 down, 30->8 ok, 8->6 down, 6->now ok.
        QList<store::Observation> batch;
        const QList<QPair<qint64, HealthState>> seq{{150 * day, HealthState::Operational}, {91 * day, HealthState::MajorOutage},
                                                   {30 * day, HealthState::Operational},  {8 * day, HealthState::MajorOutage},
                                                   {6 * day, HealthState::Operational},   {1 * day, HealthState::Operational}};
        for (const auto &[age, st] : seq)
            batch << probeObs(QStringLiteral("x"), now - age, st);
        QVERIFY(store.runSync<Status>([&](store::Database &db) { return store::Store::writeObservations(db, batch); }).ok());
        QVERIFY(store.runSync<Status>([&](store::Database &db) {
            return HealthStore::writeStateChange(db, QStringLiteral("probe:x"), now - 100 * day, HealthState::Operational);
        }).ok());
        RetentionSettings r; // 7 d raw, 90 d state history, hours and bands 30 d, 1 GB budget
        const auto rep = store.runSync<Result<RetentionReport>>([&](store::Database &db) { return HealthStore::applyRetention(db, r, now); });
        QVERIFY(rep.ok());
        QCOMPARE(rep->observations, qint64(4));
        QCOMPARE(rep->hourRollups, qint64(2)); // the days 150 and 91 days back; 30 days back is not older yet
        QCOMPARE(rep->stateChanges, qint64(1));
        QCOMPARE(rep->bands, qint64(1));       // 150->91; the band ending exactly at the cut-off stays
        QCOMPARE(rep->budgetTrimmed, qint64(0));
        QVERIFY(!rep->overBudget);
        QVERIFY(rep->usedBytes > 0);
        auto count = [&](const QString &sql) {
            return store.runSync<QString>([sql](store::Database &db) { return db.scalar(sql).value(); }).toLongLong();
        };
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM observations")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM rollup_days")), 6); // rollups are never deleted
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM state_bands")), 4);
        QCOMPARE(count(QStringLiteral("SELECT value FROM kv WHERE key = 'timeline.bands_from_ms'")), now - 30 * day);
        // The timeline still shows the removed band's time, from the 5-minute cells.
        auto tl = store.runSync<Result<store::TimelineData>>([&](store::Database &db) {
            return store::TimelineQuery::load(db, now - 150 * day, now - 140 * day, 60'000, {QStringLiteral("probe:x")});
        });
        QVERIFY(tl.ok());
        QCOMPARE(tl->lanes.size(), 1);
        QVERIFY(!tl->lanes[0].bands.isEmpty());
        QCOMPARE(tl->lanes[0].bands.first().state, HealthState::Operational);
        // Everything already done: a second run changes nothing.
        const auto again = store.runSync<Result<RetentionReport>>([&](store::Database &db) { return HealthStore::applyRetention(db, r, now); });
        QCOMPARE(again->observations + again->hourRollups + again->bands + again->stateChanges, qint64(0));
        // The last band of a target stays however old it is: it is its current state.
        r.bandsMs = 1 * day;
        const auto rep3 = store.runSync<Result<RetentionReport>>([&](store::Database &db) { return HealthStore::applyRetention(db, r, now); });
        QCOMPARE(rep3->bands, qint64(3));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM state_bands")), 1);
    }

    // A big retention run happens on the store thread: the thread that owns the HealthEngine (the
    // UI thread in the app) keeps serving its timers meanwhile.
    void retentionDoesNotBlockTheOwningThread()
    {
        QTemporaryDir dir;
        store::Store store;
        QVERIFY(store.openAndWait(dir.filePath(QStringLiteral("big.db"))).ok());
        const qint64 day = 86'400'000;
        const qint64 now = kBase + 60 * day;
        // 300,000 observations, 290,000 of them older than the 7-day raw window.
        QList<store::Observation> batch;
        batch.reserve(300'000);
        for (int i = 0; i < 300'000; ++i) {
            const qint64 ts = i < 290'000 ? now - 30 * day + qint64(i) * 5000 : now - day + qint64(i - 290'000) * 5000;
            store::Observation o = probeObs(QStringLiteral("t%1").arg(i % 200), ts, i % 7 ? HealthState::Operational : HealthState::MajorOutage);
            o.detail = QStringLiteral("status 503 from upstream %1").arg(i);
            batch << o;
        }
        QVERIFY(store.runSync<Status>([&](store::Database &db) { return store::Store::writeObservations(db, batch); }).ok());
        batch.clear();

        topology::Graph graph;
        HealthEngine h(&graph);
        h.setClock([now] { return now; });
        h.setStore(&store);
        RetentionSettings r;
        r.budgetBytes = 0;
        h.setRetention(r);
        QSignalSpy done(&h, &HealthEngine::retentionDone);

        // A 10 ms heartbeat on this thread; its worst lateness shows whether anything blocked it.
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worstGap = 0;
        QTimer beat;
        beat.setTimerType(Qt::PreciseTimer);
        beat.setInterval(10);
        connect(&beat, &QTimer::timeout, this, [&] {
            const qint64 t = clock.elapsed();
            worstGap = std::max(worstGap, t - last);
            last = t;
        });
        clock.start();
        beat.start();
        h.runRetention();
        QTRY_VERIFY_WITH_TIMEOUT(done.size() == 1, 120000);
        const qint64 took = clock.elapsed();
        beat.stop();
        const auto rep = done.first().at(0).value<RetentionReport>();
        QCOMPARE(rep.observations, qint64(290'000));
        qInfo("retention of %lld rows took %lld ms; worst heartbeat gap %lld ms", rep.observations, took, worstGap);
        // Blocking would stall the heartbeat for the whole run. The bound leaves room for a busy
        // machine yet stays well under the run's length.
        QVERIFY2(took >= 200, "retention finished too fast to tell anything; make the data set bigger");
        QVERIFY2(worstGap < std::max<qint64>(100, took / 4), qPrintable(QStringLiteral("worst gap %1 ms of %2 ms").arg(worstGap).arg(took)));
    }

    // Near the budget retention runs every 10 minutes instead of hourly, so an hour of a large
    // fleet's samples cannot overrun the room trimming leaves; far from it, hourly again.
    void retentionRunsMoreOftenNearTheBudget()
    {
        QTemporaryDir dir;
        store::Store store;
        QVERIFY(store.openAndWait(dir.filePath(QStringLiteral("cadence.db"))).ok());
        QList<store::Observation> batch;
        for (int i = 0; i < 20'000; ++i) {
            store::Observation o = probeObs(QStringLiteral("t%1").arg(i % 50), kBase + qint64(i) * 1000, HealthState::Operational);
            o.detail = QStringLiteral("detail %1 ").arg(i).repeated(4);
            batch << o;
        }
        QVERIFY(store.runSync<Status>([&](store::Database &db) { return store::Store::writeObservations(db, batch); }).ok());
        const qint64 now = kBase + 20'000LL * 1000;
        RetentionSettings probe;
        probe.budgetBytes = 0;
        const auto size = store.runSync<Result<RetentionReport>>([&](store::Database &db) { return HealthStore::applyRetention(db, probe, now); });
        QVERIFY(size.ok());

        topology::Graph graph;
        HealthEngine h(&graph);
        h.setClock([now] { return now; });
        h.setStore(&store);
        QSignalSpy done(&h, &HealthEngine::retentionDone);
        RetentionSettings r; // hourly
        r.budgetBytes = size->usedBytes * 10; // a tenth of the budget in use: far from it
        h.setRetention(r);
        h.start();
        QCOMPARE(h.retentionIntervalMs(), 3'600'000);
        h.runRetention();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(h.retentionIntervalMs(), 3'600'000);
        QCOMPARE(done.last().at(0).value<RetentionReport>().budgetTrimmed, qint64(0));

        r.budgetBytes = size->usedBytes * 15 / 10; // two thirds in use: not trimmed yet, but watched
        h.setRetention(r);
        h.runRetention();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 20000);
        QCOMPARE(done.last().at(0).value<RetentionReport>().budgetTrimmed, qint64(0));
        QCOMPARE(h.retentionIntervalMs(), 600'000);

        r.budgetBytes = size->usedBytes * 10;
        h.setRetention(r);
        h.runRetention();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, 20000);
        QCOMPARE(h.retentionIntervalMs(), 3'600'000);
    }

    void storageBudgetTrimsOldestRawFirst()
    {
        // 40,000 observations of 100 targets over about 3 hours, with a failure detail each:
        // the raw rows dominate the file. A budget below its size removes the oldest raw rows
        // and nothing else; charts of that time then read the rollups, with the same counts.
        QTemporaryDir dir;
        store::Store store;
        QVERIFY(store.openAndWait(dir.filePath(QStringLiteral("budget.db"))).ok());
        const qint64 t0 = kBase;
        QList<store::Observation> batch;
        for (int i = 0; i < 40'000; ++i) {
            store::Observation o = probeObs(QStringLiteral("t%1").arg(i % 100), t0 + qint64(i) * 270, HealthState::Operational);
            o.detail = QStringLiteral("condition status in [200] failed: got 503 from upstream %1 ").arg(i).repeated(3);
            batch << o;
        }
        QVERIFY(store.runSync<Status>([&](store::Database &db) { return store::Store::writeObservations(db, batch); }).ok());
        const qint64 now = t0 + 40'000LL * 270;
        RetentionSettings r;
        r.budgetBytes = 0; // measure first
        const auto before = store.runSync<Result<RetentionReport>>([&](store::Database &db) { return HealthStore::applyRetention(db, r, now); });
        QVERIFY(before.ok());
        QVERIFY2(before->usedBytes > 10'000'000, qPrintable(QString::number(before->usedBytes)));
        r.budgetBytes = before->usedBytes / 2;
        const auto rep = store.runSync<Result<RetentionReport>>([&](store::Database &db) { return HealthStore::applyRetention(db, r, now); });
        QVERIFY(rep.ok());
        qInfo("used %lld bytes, budget %lld, trimmed %lld observations, used after %lld", before->usedBytes, r.budgetBytes,
              rep->budgetTrimmed, rep->usedBytes);
        QVERIFY(rep->budgetTrimmed > 10'000 && rep->budgetTrimmed < 35'000);
        QVERIFY(!rep->overBudget);
        // Trimmed with headroom (to 90 % of the budget): within it, with room for the next samples.
        QVERIFY2(rep->usedBytes <= r.budgetBytes && rep->usedBytes >= r.budgetBytes * 8 / 10, qPrintable(QString::number(rep->usedBytes)));
        auto count = [&](const QString &sql) {
            return store.runSync<QString>([sql](store::Database &db) { return db.scalar(sql).value(); }).toLongLong();
        };
        // The newest rows stay, the oldest went.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM observations")), 40'000 - rep->budgetTrimmed);
        QCOMPARE(count(QStringLiteral("SELECT max(ts_ms) FROM observations")), t0 + 39'999LL * 270);
        QCOMPARE(count(QStringLiteral("SELECT min(ts_ms) FROM observations")), t0 + rep->budgetTrimmed * 270);
        // The first hour's chart comes from the rollups now, with every observation counted.
        auto series = store.runSync<Result<store::LatencySeries>>([&](store::Database &db) {
            return store::LatencySeries::load(db, QStringLiteral("probe:t0"), t0 - t0 % 3'600'000, now, 4, now);
        });
        QVERIFY(series.ok());
        QVERIFY(series->fromRollups);
        int n = 0;
        for (const auto &b : series->buckets)
            n += b.count;
        QCOMPARE(n, 400);
        // A budget the history alone exceeds: every raw row goes and the report says so.
        r.budgetBytes = 4096;
        const auto over = store.runSync<Result<RetentionReport>>([&](store::Database &db) { return HealthStore::applyRetention(db, r, now); });
        QVERIFY(over.ok());
        QVERIFY(over->overBudget);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM observations")), 0);
    }
};

QTEST_GUILESS_MAIN(TstHealth)
#include "tst_health.moc"
