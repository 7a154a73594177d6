#include "config/config.h"
#include "core/healthstate.h"
#include "engine/engine.h"
#include "feeds/feedpoller.h"
#include "health/healthengine.h"
#include "topology/topologybuilder.h"

#include "loopbackserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    // Providers rename components; the watch list may name them. A component watched by its old
    // name keeps feeding the health engine (by id) after the rename.
    void componentWatchedByNameSurvivesARename()
    {
        QFile f(QStringLiteral(WF_TEST_DATA_DIR "/feeds/anthropic-summary-operational.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        bool renamed = false;
        test::LoopbackServer server([&](const test::HttpRequest &) {
            QJsonObject d = doc;
            if (renamed) {
                QJsonArray components = d.value(QStringLiteral("components")).toArray();
                for (qsizetype i = 0; i < components.size(); ++i) {
                    QJsonObject c = components.at(i).toObject();
                    if (c.value(QStringLiteral("id")).toString() == QLatin1String("rwppv331jlwc")) {
                        c.insert(QStringLiteral("name"), QStringLiteral("Claude (web)"));
                        c.insert(QStringLiteral("status"), QStringLiteral("major_outage"));
                        components.replace(i, c);
                    }
                }
                d.insert(QStringLiteral("components"), components);
            }
            return test::HttpReply::json(QJsonDocument(d).toJson(QJsonDocument::Compact));
        });
        QVERIFY(server.listen());
        const QByteArray yaml = QStringLiteral("providers:\n"
                                               "  - id: acme\n"
                                               "    name: Acme AI\n"
                                               "    feeds:\n"
                                               "      - url: %1\n"
                                               "        format: statuspage\n"
                                               "        interval: 5s\n"
                                               "    watch_components: [claude.ai]\n").arg(server.url(QStringLiteral("/api/v2/summary.json")).toString()).toUtf8();
        auto cfg = config::ConfigLoader::loadString(yaml, QStringLiteral("engine.yaml"));
        QVERIFY2(cfg.ok(), cfg.ok() ? "" : qPrintable(cfg.error().message));
        QTemporaryDir dir;
        Engine engine(*cfg, dir.path());
        engine.start();
        const QString node = topology::ids::component(QStringLiteral("acme"), QStringLiteral("rwppv331jlwc"));
        QTRY_COMPARE_WITH_TIMEOUT(engine.health()->state(node), HealthState::Operational, 15000);
        // Only the watched component reaches the health engine.
        QCOMPARE(engine.health()->state(topology::ids::component(QStringLiteral("acme"), QStringLiteral("k8w3r06qmzrp"))), HealthState::Unknown);
        renamed = true;
        QTRY_COMPARE_WITH_TIMEOUT(engine.health()->state(node), HealthState::MajorOutage, 20000);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
