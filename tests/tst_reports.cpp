#include "config/config.h"
#include "feeds/feedhistory.h"
#include "feeds/feedparser.h"
#include "health/healthengine.h"
#include "health/healthstore.h"
#include "reports/customerupdate.h"
#include "reports/impactanalyzer.h"
#include "reports/impacttracker.h"
#include "reports/reportbuilder.h"
#include "reports/reportrenderer.h"
#include "reports/reportsanitizer.h"
#include "store/database.h"
#include "store/store.h"
#include "topology/topologybuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace wf;
using namespace wf::reports;

namespace {

const QString kReplay = QStringLiteral(WF_TEST_DATA_DIR "/feeds/replay-2026-03-02/");
const QString kConfig = QStringLiteral(WF_TEST_DATA_DIR "/reports/config.yaml");
const QByteArray kSecretEnv = "WF_REPORT_TEST_TOKEN";
const QByteArray kSecret = "wfsecret-7c1d9e55b2-token";
// Everything internal the config or the operator's notes mention.
const QStringList kInternal = {QStringLiteral("llm-gw-01.prod.internal"), QStringLiteral("10.20.30.40"),
                               QStringLiteral("grafana.ops.corp"), QStringLiteral("runbooks.internal")};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(path));
    return f.readAll();
}

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

const qint64 kFrom = utc("2026-03-02T11:00:00Z");
const qint64 kTo = utc("2026-03-02T22:00:00Z");

// Status-page availability of one component computed straight from the manifest's per-snapshot
// expectations (not from the store), as a check of the report's figures.
struct Expected
{
    qint64 observedMs = 0;
    qint64 downMs = 0;
    int incidents = 0;
};

Expected expectedFromManifest(const QString &component)
{
    const QJsonArray snaps = QJsonDocument::fromJson(readFile(kReplay + QStringLiteral("manifest.json"))).object()
                                 .value(QLatin1String("snapshots")).toArray();
    Expected e;
    bool wasDown = false;
    for (int i = 0; i < snaps.size(); ++i) {
        const QJsonObject s = snaps.at(i).toObject();
        const qint64 t = utc(s.value(QLatin1String("time")).toString().toLatin1().constData());
        const qint64 next = i + 1 < snaps.size() ? utc(snaps.at(i + 1).toObject().value(QLatin1String("time")).toString().toLatin1().constData()) : kTo;
        const QString st = s.value(QLatin1String("non_operational")).toObject().value(component).toString();
        const bool down = st == QLatin1String("partial_outage") || st == QLatin1String("major_outage");
        e.observedMs += next - t;
        if (down) {
            e.downMs += next - t;
            if (!wasDown)
                ++e.incidents;
        }
        wasDown = down;
    }
    return e;
}

config::Config loadConfig()
{
    auto cfg = config::ConfigLoader::loadFile(kConfig);
    if (!cfg)
        qFatal("config: %s", qPrintable(cfg.error().message));
    return *cfg;
}

// The replay snapshots of 2026-03-02 through the feeds parser into the feed history, as the
// poller would have stored them, then the end-of-day incidents.json.
void loadReplay(store::Store &store)
{
    const QJsonArray snaps = QJsonDocument::fromJson(readFile(kReplay + QStringLiteral("manifest.json"))).object()
                                 .value(QLatin1String("snapshots")).toArray();
    auto parser = feeds::FeedParser::create(QStringLiteral("statuspage"));
    for (const QJsonValue &v : snaps) {
        const QJsonObject o = v.toObject();
        const qint64 ts = utc(o.value(QLatin1String("time")).toString().toLatin1().constData());
        auto parsed = parser->parse(readFile(kReplay + o.value(QLatin1String("file")).toString()), {});
        QVERIFY(parsed.ok());
        auto w = store.runSync<Result<feeds::FeedHistory::Written>>(
            [&](store::Database &db) { return feeds::FeedHistory::record(db, QStringLiteral("anthropic"), ts, *parsed); });
        QVERIFY2(w.ok(), qPrintable(w.ok() ? QString() : w.error().message));
    }
    auto all = parser->parse(readFile(kReplay + QStringLiteral("incidents.json")), {});
    QVERIFY(all.ok());
    auto w = store.runSync<Result<feeds::FeedHistory::Written>>(
        [&](store::Database &db) { return feeds::FeedHistory::record(db, QStringLiteral("anthropic"), utc("2026-03-02T21:30:59Z"), *all); });
    QVERIFY(w.ok());
}

// Our own detection of the outage on the model node (ahead of the status page), its state
// history, and an operator's routing change with a note that mentions internal systems.
void addDetectionAndAction(store::Store &store)
{
    const QString node = QStringLiteral("model:anthropic/claude-opus-4-6");
    health::HealthIncident inc;
    inc.node = node;
    inc.provider = QStringLiteral("anthropic");
    inc.startedMs = utc("2026-03-02T11:45:00Z");
    inc.detectedMs = utc("2026-03-02T11:46:00Z");
    inc.ahead = true;
    inc.feedAckMs = utc("2026-03-02T11:49:59Z");
    inc.lagMs = inc.feedAckMs - inc.detectedMs;
    inc.resolvedMs = utc("2026-03-02T15:50:00Z");
    inc.worst = stateKey(HealthState::MajorOutage);
    auto r = store.runSync<Status>([&](store::Database &db) -> Status {
        auto id = health::HealthStore::insertIncident(db, inc);
        if (!id)
            return id.error();
        for (const auto &[ts, st] : QList<std::pair<qint64, HealthState>>{{utc("2026-03-02T10:00:00Z"), HealthState::Operational},
                                                                           {utc("2026-03-02T11:46:00Z"), HealthState::MajorOutage},
                                                                           {utc("2026-03-02T15:50:00Z"), HealthState::Operational}}) {
            Status s = health::HealthStore::writeStateChange(db, node, ts, st);
            if (!s)
                return s;
        }
        store::AuditEvent e;
        e.tsMs = utc("2026-03-02T12:10:00Z");
        e.actor = QStringLiteral("alice");
        e.role = QStringLiteral("operator");
        e.action = QStringLiteral("apply policy openai-fallback");
        e.target = QStringLiteral("app:chat-prod");
        e.reason = QStringLiteral("Claude API 529s; see http://grafana.ops.corp/d/llm and https://runbooks.internal/claude, key ")
                   + QString::fromLatin1(kSecret) + QStringLiteral(" via llm-gw-01.prod.internal / 10.20.30.40");
        e.result = QStringLiteral("applied and verified");
        e.details = QStringLiteral("{}");
        auto a = store::Store::appendAudit(db, e);
        if (!a)
            return a.error();
        return {};
    });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
}

void assertClean(const QByteArray &bytes, const char *what)
{
    QVERIFY2(!bytes.contains(kSecret), what);
    for (const QString &h : kInternal)
        QVERIFY2(!bytes.contains(h.toUtf8()), qPrintable(QStringLiteral("%1 contains %2").arg(QString::fromLatin1(what), h)));
}

// Runs a poppler tool (pdftotext, pdfinfo; package poppler-utils) and returns its standard output.
// The PDF's content streams are compressed, so its text can only be checked through a real reader.
QString popplerOutput(const QString &tool, const QStringList &args, QString *error)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        *error = tool + QStringLiteral(" not found: install poppler-utils (scripts/deps.sh)");
        return {};
    }
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = tool + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The PDF's text in reading order, whitespace runs folded to one space (table cells wrap).
QString pdfText(const QString &path, QString *error)
{
    return popplerOutput(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}, error)
        .simplified();
}

int pdfPages(const QString &path, QString *error)
{
    const QString info = popplerOutput(QStringLiteral("pdfinfo"), {path}, error);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Rows of the Markdown table under "## <section>".
QList<QStringList> markdownTable(const QString &md, const QString &section)
{
    QList<QStringList> rows;
    const qsizetype start = md.indexOf(QStringLiteral("## ") + section + QLatin1Char('\n'));
    if (start < 0)
        return rows;
    const QStringList lines = md.mid(start).split(QLatin1Char('\n')).mid(1);
    bool inTable = false;
    int seen = 0;
    for (const QString &l : lines) {
        if (l.startsWith(QStringLiteral("## ")))
            break;
        if (!l.startsWith(QLatin1Char('|'))) {
            if (inTable)
                break;
            continue;
        }
        inTable = true;
        if (seen++ < 2)
            continue; // header and rule
        QStringList cells = l.mid(1, l.size() - 2).split(QRegularExpression(QStringLiteral("(?<!\\\\)\\|")));
        for (QString &c : cells)
            c = c.trimmed();
        rows << cells;
    }
    return rows;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv(kSecretEnv.constData(), kSecret);
    }

    void sanitizer_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mustVanish");
        QTest::addColumn<QString>("mustStay");
        QTest::addRow("configured secret") << QStringLiteral("key=") + QString::fromLatin1(kSecret) << QString::fromLatin1(kSecret) << QStringLiteral("key=");
        QTest::addRow("bearer token") << QStringLiteral("Authorization: Bearer abcdefghijklmnop") << QStringLiteral("abcdefghijklmnop") << QStringLiteral("Authorization");
        QTest::addRow("gateway host") << QStringLiteral("failover on llm-gw-01.prod.internal done") << QStringLiteral("llm-gw-01") << QStringLiteral("failover on");
        QTest::addRow("internal link") << QStringLiteral("see https://grafana.ops.corp/d/x?token=1 now") << QStringLiteral("grafana") << QStringLiteral("now");
        QTest::addRow("private address") << QStringLiteral("backend 192.168.4.7:8080 down") << QStringLiteral("192.168.4.7") << QStringLiteral("backend");
        QTest::addRow("configured address") << QStringLiteral("edge at 10.20.30.40") << QStringLiteral("10.20.30.40") << QStringLiteral("edge at");
        QTest::addRow("public link stays") << QStringLiteral("see https://status.claude.com/incidents/x") << QString() << QStringLiteral("https://status.claude.com/incidents/x");
        QTest::addRow("public address stays") << QStringLiteral("resolver 8.8.8.8") << QString() << QStringLiteral("8.8.8.8");
    }

    void sanitizer()
    {
        QFETCH(QString, input);
        QFETCH(QString, mustVanish);
        QFETCH(QString, mustStay);
        const ReportSanitizer s = ReportSanitizer::fromConfig(loadConfig());
        const QString out = s.clean(input);
        if (!mustVanish.isEmpty())
            QVERIFY2(!out.contains(mustVanish), qPrintable(out));
        QVERIFY2(out.contains(mustStay), qPrintable(out));
    }

    void customerTextDropsLinksAndNodeIds()
    {
        const ReportSanitizer s = ReportSanitizer::fromConfig(loadConfig());
        const QString out = s.cleanForCustomer(QStringLiteral("Node model:anthropic/claude-opus-4-6 bad, see https://status.claude.com/x."));
        QVERIFY2(!out.contains(QStringLiteral("model:")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("http")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Node")), qPrintable(out));
    }

    // The 2026-03-02 replay in a temporary store plus one detection and one operator action:
    // report content, order, figures, and all three exports free of secrets and internal hosts.
    void replayReport()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        store::Store store;
        QVERIFY(store.openAndWait(dir.filePath(QStringLiteral("wf.db"))).ok());
        loadReplay(store);
        addDetectionAndAction(store);

        const config::Config cfg = loadConfig();
        const ReportRequest req = ReportBuilder::request(cfg, {QStringLiteral("anthropic")}, kFrom, kTo);
        auto report = store.runSync<Result<IncidentReport>>([&](store::Database &db) { return ReportBuilder::build(db, req); });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));

        // Provider updates: every update of the three March-2 incidents, none of the older ones.
        const QJsonArray incidents = QJsonDocument::fromJson(readFile(kReplay + QStringLiteral("incidents.json"))).object()
                                         .value(QLatin1String("incidents")).toArray();
        int expectedUpdates = 0;
        QSet<QString> expectedIncidents;
        for (const QJsonValue &iv : incidents)
            for (const QJsonValue &uv : iv.toObject().value(QLatin1String("incident_updates")).toArray()) {
                const qint64 t = QDateTime::fromString(uv.toObject().value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
                if (t >= kFrom && t < kTo) {
                    ++expectedUpdates;
                    expectedIncidents.insert(iv.toObject().value(QLatin1String("id")).toString());
                }
            }
        QCOMPARE(expectedIncidents.size(), 3);
        QCOMPARE(report->updates.size(), expectedUpdates);
        QCOMPARE(report->providerIncidentCount(), 3);
        QCOMPARE(report->detections.size(), 1);
        QCOMPARE(report->actions.size(), 1);
        QCOMPARE(report->providerNames, QStringList{QStringLiteral("Anthropic")});

        // The merged timeline is in time order and holds every source.
        for (int i = 1; i < report->timeline.size(); ++i)
            QVERIFY(report->timeline[i - 1].tsMs <= report->timeline[i].tsMs);

        const ReportRenderer renderer(ReportSanitizer::fromConfig(cfg));
        const QString md = renderer.markdown(*report);

        // Timeline table: times ascending; our detection (11:46) comes before the provider's first
        // update (11:49), the operator's change at 12:10, the second wave resolves at 21:16.
        const QList<QStringList> rows = markdownTable(md, QStringLiteral("Timeline"));
        QVERIFY2(rows.size() >= expectedUpdates + 3, qPrintable(md));
        QString prev;
        for (const QStringList &r : rows) {
            QCOMPARE(r.size(), 3);
            QVERIFY2(r[0] >= prev, qPrintable(r.join(QLatin1Char('|'))));
            prev = r[0];
        }
        auto indexOf = [&rows](const QString &time, const QString &source, const QString &needle) {
            for (int i = 0; i < rows.size(); ++i)
                if (rows[i][0] == time && rows[i][1] == source && rows[i][2].contains(needle))
                    return i;
            return -1;
        };
        const int detected = indexOf(QStringLiteral("11:46"), QStringLiteral("Watchfloor"), QStringLiteral("claude-opus-4-6"));
        const int firstUpdate = indexOf(QStringLiteral("11:49"), QStringLiteral("Provider"), QStringLiteral("Elevated errors on claude.ai, console, and claude code: investigating"));
        const int action = indexOf(QStringLiteral("12:10"), QStringLiteral("Operator"), QStringLiteral("alice: apply policy openai-fallback"));
        const int resolved = indexOf(QStringLiteral("21:16"), QStringLiteral("Provider"), QStringLiteral("Elevated errors in claude.ai: resolved"));
        QVERIFY2(detected >= 0 && firstUpdate > detected && action > firstUpdate && resolved > action, qPrintable(md));
        QVERIFY(rows[detected][2].contains(QStringLiteral("4 min ahead of the status page")));
        QVERIFY(indexOf(QStringLiteral("11:49"), QStringLiteral("Provider"), QStringLiteral("Status page: claude.ai is now partial outage")) >= 0);
        QVERIFY(indexOf(QStringLiteral("15:47"), QStringLiteral("Provider"), QStringLiteral("resolved")) >= 0);
        // The first poll (11:40, all operational) starts the history; it is not an event.
        QCOMPARE(indexOf(QStringLiteral("11:40"), QStringLiteral("Provider"), QStringLiteral("Status page")), -1);
        QVERIFY(indexOf(QStringLiteral("15:50"), QStringLiteral("Watchfloor"), QStringLiteral("recovered after 4 h 05 min")) >= 0);

        // Availability figures: claude.ai from the provider's own component states, checked
        // against the manifest; the model node from our own state history.
        const QList<QStringList> avail = markdownTable(md, QStringLiteral("Availability"));
        const Expected e = expectedFromManifest(QStringLiteral("claude.ai"));
        QCOMPARE(e.incidents, 4);
        QStringList claudeAi, model;
        for (const QStringList &r : avail) {
            if (r.value(1) == QLatin1String("claude.ai"))
                claudeAi = r;
            if (r.value(1) == QLatin1String("Anthropic claude-opus-4-6"))
                model = r;
        }
        QVERIFY2(!claudeAi.isEmpty() && !model.isEmpty(), qPrintable(md));
        QCOMPARE(claudeAi[2], QStringLiteral("status page"));
        QCOMPARE(claudeAi[3], QStringLiteral("%1 %").arg((1.0 - double(e.downMs) / double(e.observedMs)) * 100.0, 0, 'f', 3));
        QCOMPARE(claudeAi[4], QString::number(double(e.downMs) / 60000.0, 'f', 1)); // 272.0
        QCOMPARE(claudeAi[4], QStringLiteral("272.0"));
        QCOMPARE(claudeAi[5], QStringLiteral("1 h 08 min"));                        // 272 min / 4
        QCOMPARE(claudeAi[6], QStringLiteral("4"));
        QCOMPARE(model[2], QStringLiteral("Watchfloor"));
        QCOMPARE(model[3], QStringLiteral("63.030 %"));                             // 244 of 660 min down
        QCOMPARE(model[4], QStringLiteral("244.0"));
        QCOMPARE(model[5], QStringLiteral("4 h 04 min"));
        QCOMPARE(model[6], QStringLiteral("1"));

        // Detections table and summary.
        const QList<QStringList> det = markdownTable(md, QStringLiteral("Watchfloor detections"));
        QCOMPARE(det.size(), 1);
        QCOMPARE(det[0], (QStringList{QStringLiteral("Anthropic claude-opus-4-6"), QStringLiteral("11:45"), QStringLiteral("11:46"),
                                      QStringLiteral("yes"), QStringLiteral("11:49"), QStringLiteral("4 min"), QStringLiteral("15:50"),
                                      QStringLiteral("Major outage")}));
        QVERIFY(md.contains(QStringLiteral("- Provider incidents in the window: 3 (%1 status page updates)").arg(expectedUpdates)));
        QVERIFY(md.contains(QStringLiteral("- Watchfloor detections: 1, of which 1 before the provider's status page")));
        QVERIFY(md.contains(QStringLiteral("- Operator actions: 1")));

        // The operator's note is kept, minus what must not leave the building.
        const QList<QStringList> ops = markdownTable(md, QStringLiteral("Operator actions"));
        QCOMPARE(ops.size(), 1);
        QVERIFY2(ops[0][4].startsWith(QStringLiteral("Claude API 529s; see [internal link] and [internal link], key [redacted] via [internal host]")), qPrintable(ops[0][4]));
        QCOMPARE(ops[0][3], QStringLiteral("Chat (production)"));

        // All three exports, written as files the way the view does.
        for (const QString &name : {QStringLiteral("r.md"), QStringLiteral("r.html"), QStringLiteral("r.pdf")}) {
            const QString path = dir.filePath(name);
            Status s = renderer.writeFile(*report, path);
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
            const QByteArray bytes = readFile(path);
            QVERIFY2(bytes.size() > 500, qPrintable(name));
            assertClean(bytes, qPrintable(name));
            // Kept as build artifacts for a person to look at.
            const QString artifacts = QStringLiteral(WF_BINARY_DIR "/artifacts/reports");
            QDir().mkpath(artifacts);
            QFile::remove(artifacts + QStringLiteral("/replay-2026-03-02.") + QFileInfo(name).suffix());
            QFile::copy(path, artifacts + QStringLiteral("/replay-2026-03-02.") + QFileInfo(name).suffix());
        }
        const QByteArray html = readFile(dir.filePath(QStringLiteral("r.html")));
        QVERIFY(html.contains("<td>11:46</td><td>Watchfloor</td>"));
        QVERIFY(html.contains("<td>claude.ai</td><td>status page</td>"));
        // PDF: read back with poppler. At least one page; the timeline's events are there in
        // time order; no secret or internal host.
        const QString pdfPath = dir.filePath(QStringLiteral("r.pdf"));
        QString toolError;
        const int pages = pdfPages(pdfPath, &toolError);
        QVERIFY2(pages >= 1, qPrintable(toolError));
        const QString pdf = pdfText(pdfPath, &toolError);
        QVERIFY2(!pdf.isEmpty(), qPrintable(toolError));
        QVERIFY2(pdf.contains(report->title()), qPrintable(pdf.left(400)));
        const qsizetype timelineAt = pdf.indexOf(QStringLiteral("Timeline"));
        QVERIFY(timelineAt >= 0);
        qsizetype at = timelineAt;
        for (const int row : {detected, firstUpdate, action, resolved}) {
            // The event text, wrapped or not, reads the same once whitespace is folded.
            const QString event = rows[row][2].simplified().replace(QStringLiteral("\\|"), QStringLiteral("|"));
            const QString head = event.section(QLatin1Char(' '), 0, 3);
            const qsizetype found = pdf.indexOf(head, at);
            QVERIFY2(found > at, qPrintable(QStringLiteral("\"%1\" (%2) missing or out of order in the PDF").arg(head, rows[row][0])));
            at = found;
        }
        for (const char *time : {"11:46", "11:49", "12:10", "21:16"})
            QVERIFY2(pdf.indexOf(QLatin1String(time), timelineAt) > timelineAt, time);
        assertClean(pdf.toUtf8(), "pdf text");
        assertClean(readFile(pdfPath), "pdf bytes");
        assertClean(md.toUtf8(), "markdown");

        // An unknown extension is a clear error, not a silent Markdown file.
        Status bad = renderer.writeFile(*report, dir.filePath(QStringLiteral("r.docx")));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral(".pdf")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.docx"))));
    }

    // A console running a replay says so in everything that leaves it: each export format and
    // the customer text open with the drill marker; live reports carry none.
    void drillMarkerInEveryExport()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        store::Store store;
        QVERIFY(store.openAndWait(dir.filePath(QStringLiteral("wf.db"))).ok());
        loadReplay(store);
        const config::Config cfg = loadConfig();
        const QString marker = QStringLiteral("DRILL — reconstruction of 2026-03-02 from public reporting");
        ReportRequest req = ReportBuilder::request(cfg, {QStringLiteral("anthropic")}, kFrom, kTo);
        auto live = store.runSync<Result<IncidentReport>>([&](store::Database &db) { return ReportBuilder::build(db, req); });
        QVERIFY(live.ok());
        req.drillNote = marker;
        auto drill = store.runSync<Result<IncidentReport>>([&](store::Database &db) { return ReportBuilder::build(db, req); });
        QVERIFY(drill.ok());
        QCOMPARE(drill->drillNote, marker);

        const ReportRenderer renderer(ReportSanitizer::fromConfig(cfg));
        const QString notice = marker + QStringLiteral(". This report comes from a drill: the data is replayed from a scenario, not a live incident.");
        const QString md = renderer.markdown(*drill);
        QVERIFY2(md.section(QLatin1Char('\n'), 2, 2) == QStringLiteral("> **") + notice + QStringLiteral("**"), qPrintable(md.left(400)));
        QVERIFY(!renderer.markdown(*live).contains(QStringLiteral("DRILL")));
        const QString html = renderer.html(*drill);
        const qsizetype h1 = html.indexOf(QStringLiteral("</h1>"));
        const qsizetype note = html.indexOf(notice.toHtmlEscaped());
        QVERIFY2(h1 > 0 && note > h1 && note < html.indexOf(QStringLiteral("<h2>")), qPrintable(html.left(800)));
        QVERIFY(!renderer.html(*live).contains(QStringLiteral("DRILL")));

        const QString pdfPath = dir.filePath(QStringLiteral("drill.pdf"));
        const Status written = renderer.writeFile(*drill, pdfPath);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QString toolError;
        const QString pdf = pdfText(pdfPath, &toolError);
        QVERIFY2(!pdf.isEmpty(), qPrintable(toolError));
        QVERIFY2(pdf.contains(notice), qPrintable(pdf.left(600)));
        QVERIFY(pdf.indexOf(notice) < pdf.indexOf(QStringLiteral("Summary")));
        const QString info = popplerOutput(QStringLiteral("pdfinfo"), {pdfPath}, &toolError);
        QVERIFY2(info.contains(QStringLiteral("Title:")) && info.contains(QStringLiteral("DRILL")), qPrintable(info));

        // The customer text, with and without anything affected.
        const QString quiet = CustomerUpdate::text({}, ReportSanitizer::fromConfig(cfg), kFrom, CustomerUpdate::kDefaultNextUpdateMs, QString(), marker);
        const QStringList lines = quiet.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), marker);
        QVERIFY2(lines.value(1).contains(QStringLiteral("replayed scenario, not the current state of our services")), qPrintable(quiet));
        QVERIFY(quiet.contains(QStringLiteral("All services are operating normally")));
        QVERIFY(!CustomerUpdate::text({}, ReportSanitizer::fromConfig(cfg), kFrom).contains(QStringLiteral("DRILL")));
    }

    // The customer note from live health states: the real health engine on the configured graph,
    // Anthropic's API down by its feed, OpenAI fine, so chat-prod runs on its fallback.
    void customerUpdateFromCurrentState()
    {
        const config::Config cfg = loadConfig();
        topology::Graph graph = topology::TopologyBuilder::build(cfg);
        health::HealthEngine engine(&graph);
        qint64 now = utc("2026-03-02T12:30:00Z");
        engine.setClock([&now] { return now; });
        ImpactTracker tracker(cfg, &engine);
        tracker.setClock([&now] { return now; });
        QSignalSpy changed(&tracker, &ImpactTracker::changed);

        const qint64 down = utc("2026-03-02T11:50:00Z");
        engine.setComponentState(QStringLiteral("openai"), QStringLiteral("api"), QStringLiteral("API"), HealthState::Operational, down - 60000);
        engine.setComponentState(QStringLiteral("anthropic"), QStringLiteral("api"), QStringLiteral("Claude API"), HealthState::MajorOutage, down);
        QVERIFY(changed.wait(2000));

        const QList<AppImpact> affected = tracker.affected();
        QCOMPARE(affected.size(), 1);
        const AppImpact &a = affected.first();
        QCOMPARE(a.appId, QStringLiteral("chat-prod"));
        QCOMPARE(a.customers, (QStringList{QStringLiteral("Acme"), QStringLiteral("Globex")}));
        QCOMPARE(a.sinceMs, down);
        QVERIFY(a.fallbackCarrying);
        QCOMPARE(a.throughText(), QStringLiteral("Anthropic claude-opus-4-6"));
        QCOMPARE(a.fallbackText(), QStringLiteral("OpenAI gpt-4o"));

        const ReportSanitizer s = ReportSanitizer::fromConfig(cfg);
        const QString text = CustomerUpdate::text(tracker.all(), s, now);
        QVERIFY2(text.contains(QStringLiteral("- Chat (production): running on a backup AI provider")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("since 2026-03-02 11:50 UTC (40 min)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Cause: an incident at Anthropic claude-opus-4-6.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("A fallback (OpenAI gpt-4o) is carrying the traffic")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Next update: by 2026-03-02 13:00 UTC")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Search assistant")), qPrintable(text));
        assertClean(text.toUtf8(), "customer update");
        QVERIFY2(!QRegularExpression(QStringLiteral("\\b(?:provider|model|app|route|gw|component|probe):")).match(text).hasMatch(), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("http")));
        // Only Initech's app: nothing affected for them.
        QVERIFY(CustomerUpdate::text(tracker.all(), s, now, CustomerUpdate::kDefaultNextUpdateMs, QStringLiteral("Initech"))
                    .contains(QStringLiteral("All services are operating normally")));

        // OpenAI goes down too: no fallback carries chat-prod any more, and search is hit as well.
        now += 5 * 60000;
        engine.setComponentState(QStringLiteral("openai"), QStringLiteral("api"), QStringLiteral("API"), HealthState::PartialOutage, now);
        QVERIFY(changed.wait(2000));
        const QList<AppImpact> both = tracker.affected();
        QCOMPARE(both.size(), 2);
        for (const AppImpact &x : both)
            QVERIFY(!x.fallbackCarrying);
        const QString text2 = CustomerUpdate::text(tracker.all(), s, now);
        QVERIFY(text2.contains(QStringLiteral("No fallback is carrying this service")));
        QVERIFY(text2.contains(QStringLiteral("- Search assistant: failing for some requests")));
        assertClean(text2.toUtf8(), "customer update 2");

        // Recovery empties the list.
        now += 5 * 60000;
        engine.setComponentState(QStringLiteral("anthropic"), QStringLiteral("api"), QStringLiteral("Claude API"), HealthState::Operational, now);
        engine.setComponentState(QStringLiteral("openai"), QStringLiteral("api"), QStringLiteral("API"), HealthState::Operational, now);
        QVERIFY(changed.wait(2000));
        QVERIFY(tracker.affected().isEmpty());
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
