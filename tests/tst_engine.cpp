#include "config/config.h"
#include "core/healthstate.h"
#include "engine/engine.h"
#include "feeds/feedpoller.h"
#include "health/healthengine.h"
#include "topology/topologybuilder.h"

#include "loopbackserver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace wf;

// The composition root wired to a real status feed on loopback: what the console shows for a
// provider component follows the feed, stays fresh while the feed keeps answering the same
// document, and is marked stale (last known state kept) once the feed stops answering.
class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void unchangedFeedStaysFreshAndFailingFeedGoesStale()
    {
        QFile f(QStringLiteral(WF_TEST_DATA_DIR "/feeds/anthropic-summary-operational.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray summary = f.readAll();
        bool failing = false;
        int polls = 0;
        test::LoopbackServer server([&](const test::HttpRequest &) {
            ++polls;
            if (failing)
                return test::HttpReply::json(QByteArrayLiteral("{\"error\":\"down\"}"), 500);
            test::HttpReply r = test::HttpReply::json(summary);
            r.headers.append(qMakePair(QByteArray("ETag"), QByteArray("\"v1\"")));
            return r;
        });
        QVERIFY(server.listen());

        // Feed every 5 s (the minimum); components go stale 3 x 5 s after their last confirmation.
        const QByteArray yaml = QStringLiteral("providers:\n"
                                               "  - id: acme\n"
                                               "    name: Acme AI\n"
                                               "    feeds:\n"
                                               "      - url: %1\n"
                                               "        format: statuspage\n"
                                               "        interval: 5s\n"
                                               "    watch_components: [k8w3r06qmzrp]\n"
                                               "health:\n"
                                               "  stale_after: 1s\n").arg(server.url(QStringLiteral("/api/v2/summary.json")).toString()).toUtf8();
        auto cfg = config::ConfigLoader::loadString(yaml, QStringLiteral("engine.yaml"));
        QVERIFY2(cfg.ok(), cfg.ok() ? "" : qPrintable(cfg.error().message));
        QTemporaryDir dir;
        Engine engine(*cfg, dir.path());
        engine.start();
        const QString node = topology::ids::component(QStringLiteral("acme"), QStringLiteral("k8w3r06qmzrp"));
        QTRY_COMPARE_WITH_TIMEOUT(engine.health()->state(node), HealthState::Operational, 15000);

        // The same document (304 or 200, unchanged) for longer than the stale limit: still fresh.
        const int firstPolls = polls;
        QTest::qWait(22000);
        QVERIFY2(polls >= firstPolls + 3, qPrintable(QStringLiteral("only %1 polls").arg(polls - firstPolls)));
        QVERIFY2(!engine.health()->isStale(node), "an unchanged, answering feed was marked stale");
        QCOMPARE(engine.health()->state(node), HealthState::Operational);

        // The feed fails: the last good state stays and is marked stale.
        failing = true;
        QTRY_VERIFY_WITH_TIMEOUT(engine.health()->isStale(node), 40000);
        QVERIFY(!engine.feeds()->status(QStringLiteral("acme")).lastError.isEmpty());
        QVERIFY(engine.feeds()->status(QStringLiteral("acme")).hasSnapshot);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
