#include "config/config.h"
#include "health/healthengine.h"
#include "health/healthstore.h"
#include "reports/impactmodel.h"
#include "reports/impacttracker.h"
#include "reports/impactview.h"
#include "store/database.h"
#include "store/store.h"
#include "topology/topologybuilder.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace wf;

namespace {

const QString kConfig = QStringLiteral(WF_TEST_DATA_DIR "/reports/config.yaml");
const QByteArray kSecret = "wfsecret-ui-0b8e41f7aa";

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestReportsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("WF_REPORT_TEST_TOKEN", kSecret);
    }

    // The account manager's view on live states: the affected app with its customers, since when,
    // through which provider and the fallback; the copy button and the report export.
    void impactViewEndToEnd()
    {
        auto cfg = config::ConfigLoader::loadFile(kConfig);
        QVERIFY2(cfg.ok(), qPrintable(cfg.ok() ? QString() : cfg.error().message));
        topology::Graph graph = topology::TopologyBuilder::build(*cfg);
        health::HealthEngine engine(&graph);
        qint64 now = utc("2026-03-02T12:30:00Z");
        engine.setClock([&now] { return now; });
        reports::ImpactTracker tracker(*cfg, &engine);
        tracker.setClock([&now] { return now; });

        QTemporaryDir dir;
        store::Store store;
        QVERIFY(store.openAndWait(dir.filePath(QStringLiteral("wf.db"))).ok());
        // One provider update and one detection in the store for the export.
        auto seeded = store.runSync<Status>([](store::Database &db) -> Status {
            Status s = db.exec(QStringLiteral(
                "INSERT INTO incidents(provider, incident_id, title, impact, status, started_ms) VALUES('anthropic', 'inc1', "
                "'Elevated errors on Claude API', 'major', 'investigating', %1);"
                "INSERT INTO incident_updates(provider, incident_id, update_id, ts_ms, status, body) VALUES('anthropic', 'inc1', 'u1', %1, "
                "'investigating', 'We are investigating elevated errors.')").arg(utc("2026-03-02T11:55:00Z")));
            if (!s)
                return s;
            health::HealthIncident i;
            i.node = QStringLiteral("model:anthropic/claude-opus-4-6");
            i.provider = QStringLiteral("anthropic");
            i.startedMs = utc("2026-03-02T11:49:00Z");
            i.detectedMs = utc("2026-03-02T11:50:00Z");
            i.ahead = true;
            i.feedAckMs = utc("2026-03-02T11:55:00Z");
            i.lagMs = i.feedAckMs - i.detectedMs;
            i.worst = stateKey(HealthState::MajorOutage);
            auto id = health::HealthStore::insertIncident(db, i);
            return id ? Status{} : Status(id.error());
        });
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));

        ui::ImpactView view(&tracker, &store);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1200, 700);
        view.show();
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("impactSummary"))->text(), QStringLiteral("No customer or app is affected right now."));

        engine.setComponentState(QStringLiteral("openai"), QStringLiteral("api"), QStringLiteral("API"), HealthState::Operational, utc("2026-03-02T11:00:00Z"));
        engine.setComponentState(QStringLiteral("anthropic"), QStringLiteral("api"), QStringLiteral("Claude API"), HealthState::MajorOutage, utc("2026-03-02T11:50:00Z"));
        QTRY_VERIFY(view.model()->data(view.model()->index(0, ui::ImpactModel::StateColumn), ui::ImpactModel::AffectedRole).toBool());

        auto cell = [&view](int row, int column) { return view.model()->data(view.model()->index(row, column)).toString(); };
        QCOMPARE(cell(0, ui::ImpactModel::AppColumn), QStringLiteral("Chat (production)"));
        QCOMPARE(cell(0, ui::ImpactModel::CustomersColumn), QStringLiteral("Acme, Globex"));
        QCOMPARE(cell(0, ui::ImpactModel::SinceColumn), QStringLiteral("2026-03-02 11:50 UTC (40 min)"));
        QCOMPARE(cell(0, ui::ImpactModel::ThroughColumn), QStringLiteral("Anthropic claude-opus-4-6"));
        QCOMPARE(cell(0, ui::ImpactModel::FallbackColumn), QStringLiteral("Yes: OpenAI gpt-4o"));
        QCOMPARE(cell(1, ui::ImpactModel::StateColumn), QStringLiteral("Not affected"));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("impactSummary"))->text().contains(QStringLiteral("Acme, Globex")));

        // Copy customer update: the clipboard holds the same safe text the preview shows.
        QSignalSpy copied(&view, &ui::ImpactView::customerUpdateCopied);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("copyCustomerUpdateButton")), Qt::LeftButton);
        QCOMPARE(copied.count(), 1);
        const QString text = copied.first().first().toString();
        QCOMPARE(QGuiApplication::clipboard()->text(), text);
        QCOMPARE(view.findChild<QPlainTextEdit *>(QStringLiteral("customerUpdatePreview"))->toPlainText(), text);
        QVERIFY(text.contains(QStringLiteral("Chat (production)")));
        QVERIFY(text.contains(QStringLiteral("A fallback (OpenAI gpt-4o) is carrying the traffic")));
        QVERIFY(!text.contains(QString::fromLatin1(kSecret)));
        QVERIFY(!text.contains(QStringLiteral("internal")));
        QVERIFY(!text.contains(QStringLiteral("model:")));

        // Export: Markdown and PDF for the window around the outage.
        QSignalSpy exported(&view, &ui::ImpactView::exportFinished);
        for (const QString &name : {QStringLiteral("report.md"), QStringLiteral("report.pdf")}) {
            const int before = int(exported.count());
            view.exportReportTo(dir.filePath(name), utc("2026-03-02T11:00:00Z"), utc("2026-03-02T13:00:00Z"));
            QVERIFY(exported.wait(10000) || exported.count() > before);
            QVERIFY2(exported.constLast().at(1).toBool(), qPrintable(exported.constLast().at(2).toString()));
            const QByteArray bytes = readFile(dir.filePath(name));
            QVERIFY(!bytes.isEmpty());
            QVERIFY(!bytes.contains(kSecret));
            QVERIFY(!bytes.contains("llm-gw-01"));
        }
        const QString md = QString::fromUtf8(readFile(dir.filePath(QStringLiteral("report.md"))));
        QVERIFY2(md.contains(QStringLiteral("| 11:50 | Watchfloor | Detected major outage on Anthropic claude-opus-4-6 (5 min ahead of the status page) |")), qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("| 11:55 | Provider | Elevated errors on Claude API: investigating - We are investigating elevated errors. |")), qPrintable(md));
        QVERIFY(readFile(dir.filePath(QStringLiteral("report.pdf"))).startsWith("%PDF"));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("reportStatus"))->text().left(17), QStringLiteral("Report written to"));

        // A file name without a known format is refused with a clear message.
        view.exportReportTo(dir.filePath(QStringLiteral("report.txt")), 0, 1);
        QVERIFY(!exported.constLast().at(1).toBool());
        QVERIFY(exported.constLast().at(2).toString().contains(QStringLiteral(".md, .html or .pdf")));
    }
};

QTEST_MAIN(TestReportsUi)
#include "tst_reports_ui.moc"
