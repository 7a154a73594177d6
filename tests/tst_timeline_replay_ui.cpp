// The outage timeline fed with the 2026-03-02 replay: lane states at fixed times match the
// snapshots, incident updates sit at their times, and a screenshot is saved for review.
#include "feeds/feedhistory.h"
#include "feeds/feedparser.h"
#include "store/store.h"
#include "timeline/timelinepanel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace wf;

namespace {
const QString kReplay = QStringLiteral(WF_TEST_DATA_DIR "/feeds/replay-2026-03-02/");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 utc(const char *hhmm)
{
    return QDateTime::fromString(QStringLiteral("2026-03-02T%1:00Z").arg(QLatin1String(hhmm)), Qt::ISODate).toMSecsSinceEpoch();
}
} // namespace

class TestTimelineReplayUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    QJsonArray m_snapshots;
    QHash<QString, QString> m_idByName; // component name -> id

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<store::Store>();
        QVERIFY(m_store->openAndWait(m_dir.filePath(QStringLiteral("replay.db"))).ok());
        const QJsonObject manifest = QJsonDocument::fromJson(readFile(kReplay + QStringLiteral("manifest.json"))).object();
        m_snapshots = manifest.value(QLatin1String("snapshots")).toArray();
        QCOMPARE(m_snapshots.size(), 21);
        auto parser = feeds::FeedParser::create(QStringLiteral("statuspage"));
        QVERIFY(parser);
        // Record each snapshot at its own time, as the poller and recorder do live.
        for (const auto &v : std::as_const(m_snapshots)) {
            const QJsonObject s = v.toObject();
            const qint64 ts = QDateTime::fromString(s.value(QLatin1String("time")).toString(), Qt::ISODate).toMSecsSinceEpoch();
            auto snap = parser->parse(readFile(kReplay + s.value(QLatin1String("file")).toString()));
            QVERIFY2(snap.ok(), qPrintable(s.value(QLatin1String("file")).toString()));
            QList<store::Observation> batch;
            for (const auto &c : snap->components) {
                m_idByName.insert(c.name, c.id);
                batch << store::Observation{ts, QStringLiteral("feed"), QStringLiteral("anthropic/") + c.id, stateKey(c.state), -1, 200, {}, {}};
            }
            QVERIFY(m_store->runSync<Status>([&](store::Database &db) { return store::Store::writeObservations(db, batch); }).ok());
            auto rec = m_store->runSync<Result<feeds::FeedHistory::Written>>([&](store::Database &db) {
                return feeds::FeedHistory::record(db, QStringLiteral("anthropic"), ts, *snap);
            });
            QVERIFY(rec.ok());
        }
    }

    void laneStatesAtKeyTimes_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addRow("12:00") << utc("12:00");
        QTest::addRow("14:00") << utc("14:00");
        QTest::addRow("16:00") << utc("16:00");
        QTest::addRow("19:00") << utc("19:00");
        QTest::addRow("21:30") << utc("21:30");
    }

    void laneStatesAtKeyTimes()
    {
        QFETCH(qint64, at);
        ui::TimelinePanel panel(m_store.get(), [this](const QString &target) {
            const QString id = target.section(QLatin1Char('/'), 1);
            return ui::LaneInfo{m_idByName.key(id, id), QStringLiteral("Anthropic"), target};
        });
        panel.resize(1600, 500);
        QSignalSpy loaded(&panel, &ui::TimelinePanel::loaded);
        panel.showRange(utc("11:00"), utc("22:00"));
        QVERIFY(loaded.wait(5000));
        // Expected: the non-operational components of the last snapshot at or before `at`.
        QJsonObject expected;
        for (const auto &v : std::as_const(m_snapshots)) {
            const QJsonObject s = v.toObject();
            if (QDateTime::fromString(s.value(QLatin1String("time")).toString(), Qt::ISODate).toMSecsSinceEpoch() <= at)
                expected = s.value(QLatin1String("non_operational")).toObject();
        }
        int checked = 0;
        for (auto it = m_idByName.cbegin(); it != m_idByName.cend(); ++it) {
            const QString want = expected.value(it.key()).toString(QStringLiteral("operational"));
            const HealthState got = panel.canvas()->stateAt(QStringLiteral("anthropic/") + it.value(), at);
            QVERIFY2(stateKey(got) == (want == QLatin1String("degraded_performance") ? QStringLiteral("degraded") : want),
                     qPrintable(QStringLiteral("%1 at %2: got %3, want %4").arg(it.key(), QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(), stateKey(got), want)));
            ++checked;
        }
        QVERIFY(checked >= 4);
    }

    void incidentUpdatesAreMarkedInOrder()
    {
        ui::TimelinePanel panel(m_store.get(), [](const QString &t) { return ui::LaneInfo{t, QStringLiteral("Anthropic"), t}; });
        QSignalSpy loaded(&panel, &ui::TimelinePanel::loaded);
        panel.resize(1600, 500);
        panel.showRange(utc("11:00"), utc("22:00"));
        QVERIFY(loaded.wait(5000));
        const auto &markers = panel.canvas()->data().markers;
        QVERIFY(markers.size() >= 10);
        QCOMPARE(markers.first().status, QStringLiteral("investigating"));
        QVERIFY(markers.first().tsMs >= utc("11:49") && markers.first().tsMs < utc("11:51"));
        for (int i = 1; i < markers.size(); ++i)
            QVERIFY(markers[i - 1].tsMs <= markers[i].tsMs);
        QCOMPARE(markers.last().status, QStringLiteral("resolved"));

        // CSV of the visible range: one row per band, states as stored.
        const QString csv = panel.csv();
        QVERIFY(csv.startsWith(QLatin1String("group,lane,target,from_utc,to_utc,state\n")));
        QVERIFY(csv.contains(QLatin1String("partial_outage")));
        // Every visible lane is in it, every band lies in the range and says what the lane shows
        // in the middle of that band.
        QSet<QString> visible, exported;
        for (const auto &row : panel.canvas()->rows())
            if (!row.isGroup)
                visible.insert(panel.canvas()->data().lanes[row.lane].target);
        const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > visible.size());
        for (const QString &line : lines.mid(1)) {
            const QStringList f = line.split(QLatin1Char(','));
            QCOMPARE(f.size(), 6);
            const QString target = f[2].mid(1, f[2].size() - 2);
            const qint64 from = QDateTime::fromString(f[3], Qt::ISODateWithMs).toMSecsSinceEpoch();
            const qint64 to = QDateTime::fromString(f[4], Qt::ISODateWithMs).toMSecsSinceEpoch();
            QVERIFY2(from >= utc("11:00") && to <= utc("22:00") && from <= to, qPrintable(line));
            if (to > from) // an instant (a lane's single last observation) has no inside to sample
                QCOMPARE(f[5], stateKey(panel.canvas()->stateAt(target, from + (to - from) / 2)));
            exported.insert(target);
        }
        QCOMPARE(exported, visible);
        QVERIFY(visible.size() >= 4);

        if (qEnvironmentVariableIsSet("WATCHFLOOR_SCREENSHOT_DIR")) {
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QTest::qWait(50);
            QVERIFY(panel.exportPng(qEnvironmentVariable("WATCHFLOOR_SCREENSHOT_DIR") + QStringLiteral("/timeline-2026-03-02.png")));
        }
    }
};

QTEST_MAIN(TestTimelineReplayUi)
#include "tst_timeline_replay_ui.moc"
