#include "core/healthstate.h"
#include "feeds/feedparser.h"
#include "feeds/statemapping.h"

#include <QFile>
#include <QtTest>

using namespace wf;
using namespace wf::feeds;

Q_DECLARE_METATYPE(wf::HealthState)

namespace {

QByteArray fixture(const QString &rel)
{
    QFile f(QStringLiteral(WF_TEST_DATA_DIR "/feeds/") + rel);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(rel));
    return f.readAll();
}

net::HeaderList contentType(const QByteArray &ct)
{
    return ct.isEmpty() ? net::HeaderList{} : net::HeaderList{{QByteArrayLiteral("Content-Type"), ct}};
}

Result<FeedSnapshot> parseFixture(const QString &format, const QString &file, const QByteArray &ct = "application/json")
{
    auto parser = FeedParser::create(format);
    if (!parser)
        qFatal("no parser for %s", qPrintable(format));
    return parser->parse(fixture(file), contentType(ct));
}

} // namespace

// Every parser against the fixtures of its format: the normalized values a user would see.
class TestFeeds : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("components");
        QTest::addColumn<int>("incidents");
        QTest::addColumn<int>("open");
        QTest::addColumn<int>("maintenances");
        QTest::addColumn<HealthState>("worst");

        const QByteArray js = "application/json; charset=utf-8";
        const QByteArray xml = "application/xml";
        QTest::addRow("claude summary operational") << "statuspage" << "anthropic-summary-operational.json" << js << 6 << 0 << 0 << 0 << HealthState::Operational;
        QTest::addRow("status.json") << "statuspage" << "statuspage/anthropic-status-operational.json" << js << 0 << 0 << 0 << 0 << HealthState::Operational;
        QTest::addRow("components.json") << "statuspage" << "statuspage/anthropic-components.json" << js << 6 << 0 << 0 << 0 << HealthState::Operational;
        QTest::addRow("summary in maintenance") << "statuspage" << "statuspage/anthropic-summary-maintenance.json" << js << 6 << 0 << 0 << 2 << HealthState::Maintenance;
        QTest::addRow("maintenances all") << "statuspage" << "statuspage/anthropic-scheduled-maintenances.json" << js << 0 << 0 << 0 << 3 << HealthState::Maintenance;
        QTest::addRow("maintenances upcoming") << "statuspage" << "statuspage/anthropic-scheduled-maintenances-upcoming.json" << js << 0 << 0 << 0 << 1 << HealthState::Operational;
        QTest::addRow("maintenances active") << "statuspage" << "statuspage/anthropic-scheduled-maintenances-active.json" << js << 0 << 0 << 0 << 1 << HealthState::Maintenance;
        QTest::addRow("groups") << "statuspage" << "statuspage/generic-components-with-groups.json" << js << 6 << 0 << 0 << 0 << HealthState::MajorOutage;
        QTest::addRow("single incident") << "statuspage" << "statuspage/generic-incident-single.json" << js << 0 << 1 << 1 << 0 << HealthState::MajorOutage;
        QTest::addRow("all statuses, big tweet_id") << "statuspage" << "statuspage/generic-incidents-all-statuses.json" << js << 0 << 5 << 3 << 0 << HealthState::MajorOutage;
        QTest::addRow("indicator none + open incident") << "statuspage" << "statuspage/generic-summary-open-incident-indicator-none.json" << js << 6 << 1 << 1 << 0 << HealthState::Degraded;
        QTest::addRow("replay incidents.json") << "statuspage" << "replay-2026-03-02/incidents.json" << js << 0 << 8 << 0 << 0 << HealthState::Operational;
        QTest::addRow("replay unresolved") << "statuspage" << "replay-2026-03-02/1450.incidents-unresolved.json" << js << 0 << 2 << 2 << 0 << HealthState::PartialOutage;
        QTest::addRow("replay 1420 summary") << "statuspage" << "replay-2026-03-02/1420.summary.json" << js << 6 << 2 << 2 << 0 << HealthState::PartialOutage;
        QTest::addRow("replay 1547 indicator none, incident monitoring") << "statuspage" << "replay-2026-03-02/1547.summary.json" << js << 6 << 1 << 1 << 0 << HealthState::Degraded;
        QTest::addRow("incident.io compat summary") << "incidentio" << "incidentio/openai-api-v2-summary-incident.json" << js << 6 << 1 << 1 << 0 << HealthState::Degraded;
        QTest::addRow("incident.io null lists") << "incidentio" << "incidentio/openai-api-v2-summary-quiet-nulls.json" << js << 6 << 0 << 0 << 0 << HealthState::Operational;
        QTest::addRow("incident.io status.json") << "incidentio" << "incidentio/openai-api-v2-status.json" << js << 0 << 0 << 0 << 0 << HealthState::Degraded;
        QTest::addRow("incident.io proxy") << "incidentio-proxy" << "incidentio/openai-proxy-status.openai.com.json" << js << 6 << 1 << 1 << 0 << HealthState::Degraded;
        QTest::addRow("incident.io widget") << "incidentio" << "incidentio/widget-api-v1-summary.json" << js << 1 << 1 << 1 << 2 << HealthState::Degraded;
        QTest::addRow("incident.io atom") << "atom" << "incidentio/openai-feed.atom" << QByteArray("application/atom+xml") << 0 << 1 << 1 << 0 << HealthState::Unknown;
        QTest::addRow("statuspage history.atom") << "atom" << "replay-2026-03-02/history.atom" << QByteArray("application/atom+xml") << 0 << 8 << 0 << 0 << HealthState::Operational;
        QTest::addRow("statuspage history.rss") << "rss" << "replay-2026-03-02/history.rss" << QByteArray("application/rss+xml") << 0 << 8 << 0 << 0 << HealthState::Operational;
        QTest::addRow("gcp") << "gcp" << "cloud/gcp-incidents.json" << js << 3 << 2 << 1 << 0 << HealthState::PartialOutage;
        QTest::addRow("aws currentevents utf-8") << "aws-currentevents" << "cloud/aws-currentevents.utf8.json" << js << 2 << 1 << 1 << 0 << HealthState::MajorOutage;
        QTest::addRow("aws currentevents utf-16") << "aws-currentevents" << "cloud/aws-currentevents.utf16le.json" << QByteArray("application/json;charset=utf-16") << 2 << 1 << 1 << 0 << HealthState::MajorOutage;
        QTest::addRow("aws currentevents utf-16 no charset") << "aws-currentevents" << "cloud/aws-currentevents.utf16le.json" << QByteArray("application/json") << 2 << 1 << 1 << 0 << HealthState::MajorOutage;
        QTest::addRow("aws currentevents empty") << "aws-currentevents" << "cloud/aws-currentevents-empty.utf16le.json" << QByteArray("application/json;charset=utf-16") << 0 << 0 << 0 << 0 << HealthState::Operational;
        QTest::addRow("aws rss") << "aws-rss" << "cloud/aws-all.rss" << xml << 2 << 2 << 1 << 0 << HealthState::MajorOutage;
        QTest::addRow("azure active") << "azure-rss" << "cloud/azure-status-feed-active.rss" << xml << 1 << 1 << 1 << 0 << HealthState::Degraded;
        QTest::addRow("azure empty = healthy") << "azure-rss" << "cloud/azure-status-feed-empty.rss" << xml << 0 << 0 << 0 << 0 << HealthState::Operational;
    }

    void fixtures()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        QFETCH(QByteArray, contentType);
        QFETCH(int, components);
        QFETCH(int, incidents);
        QFETCH(int, open);
        QFETCH(int, maintenances);
        QFETCH(HealthState, worst);
        auto r = parseFixture(format, file, contentType);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->components.size(), components);
        QCOMPARE(r->incidents.size(), incidents);
        QCOMPARE(r->openIncidentCount(), open);
        QCOMPARE(r->maintenances.size(), maintenances);
        QCOMPARE(stateKey(r->worstState()), stateKey(worst));
        for (const Component &c : r->components) {
            QVERIFY(!c.id.isEmpty());
            QVERIFY(!c.name.isEmpty());
        }
    }

    void statuspageDetails()
    {
        auto r = parseFixture(QStringLiteral("statuspage"), QStringLiteral("replay-2026-03-02/1420.summary.json"));
        QVERIFY(r.ok());
        QCOMPARE(r->indicator, QStringLiteral("major"));
        QCOMPARE(r->pageName, QStringLiteral("Claude"));
        const Component *console = r->component(QStringLiteral("0qbwn08sd68x"));
        QVERIFY(console);
        QCOMPARE(console->name, QStringLiteral("platform.claude.com (formerly console.anthropic.com)"));
        QCOMPARE(console->state, HealthState::Degraded);
        const Incident *main = r->incident(QStringLiteral("k2nq7v0xrb5d"));
        QVERIFY(main);
        QVERIFY(main->open);
        QCOMPARE(main->impact, QStringLiteral("major"));
        QCOMPARE(main->impactState, HealthState::PartialOutage);
        QCOMPARE(main->updates.size(), 6);
        QCOMPARE(main->updates.first().id, QStringLiteral("9bhpd1rasplv"));
        QCOMPARE(main->updates.first().status, QStringLiteral("investigating"));
        QCOMPARE(main->updates.first().time, QDateTime::fromString(QStringLiteral("2026-03-02T14:05:22.130Z"), Qt::ISODateWithMs));
        QCOMPARE(main->started, QDateTime::fromString(QStringLiteral("2026-03-02T11:49:12.294Z"), Qt::ISODateWithMs));
        QVERIFY(main->url.startsWith(QLatin1String("https://stspg.io/")));
        QVERIFY(r->warnings.isEmpty());
    }

    void groupsAndOffsets()
    {
        auto r = parseFixture(QStringLiteral("statuspage"), QStringLiteral("statuspage/generic-components-with-groups.json"));
        QVERIFY(r.ok());
        QVERIFY(!r->component(QStringLiteral("g1grp0000001"))); // group rows are not components
        QCOMPARE(r->component(QStringLiteral("c1api0000001"))->group, QStringLiteral("Inference API"));
        QCOMPARE(r->component(QStringLiteral("c4web0000004"))->group, QString());
        QCOMPARE(r->component(QStringLiteral("c5con0000005"))->state, HealthState::Maintenance);

        auto all = parseFixture(QStringLiteral("statuspage"), QStringLiteral("statuspage/generic-incidents-all-statuses.json"));
        QVERIFY(all.ok());
        QVERIFY(!all->incident(QStringLiteral("i4res0000004"))->open);
        QVERIFY(!all->incident(QStringLiteral("i5pmt0000005"))->open);
        QVERIFY(all->incident(QStringLiteral("i3mon0000003"))->open);
        for (const Incident &i : all->incidents)
            QVERIFY2(i.started.isValid() && i.started.timeSpec() == Qt::UTC, qPrintable(i.id));
    }

    void indicatorNoneWithOpenIncident()
    {
        auto r = parseFixture(QStringLiteral("statuspage"), QStringLiteral("statuspage/generic-summary-open-incident-indicator-none.json"));
        QVERIFY(r.ok());
        QCOMPARE(r->indicatorState, HealthState::Operational);
        for (const Component &c : r->components)
            QCOMPARE(c.state, HealthState::Operational);
        QCOMPARE(r->openIncidentCount(), 1);
        QVERIFY(isBad(r->worstState()));
    }

    void incidentIoShapes()
    {
        auto proxy = parseFixture(QStringLiteral("incidentio-proxy"), QStringLiteral("incidentio/openai-proxy-status.openai.com.json"));
        QVERIFY(proxy.ok());
        const Component *responses = proxy->component(QStringLiteral("01JP8CD9JR3HR6Y7G4Q75N4DVW"));
        QVERIFY(responses);
        QCOMPARE(responses->group, QStringLiteral("APIs"));
        QCOMPARE(responses->state, HealthState::Degraded);
        QCOMPARE(proxy->component(QStringLiteral("01JMXBRMFE6N2NNT7DG6XZQ6PW"))->state, HealthState::Operational);
        QCOMPARE(proxy->incidents.first().components, QStringList{QStringLiteral("01JP8CD9JR3HR6Y7G4Q75N4DVW")});

        auto compat = parseFixture(QStringLiteral("incidentio"), QStringLiteral("incidentio/openai-api-v2-summary-incident.json"));
        QVERIFY(compat.ok());
        QCOMPARE(compat->incidents.first().id, QStringLiteral("01KJQ3T6WB8M7ZC2R4VNXHEY5D"));
        QCOMPARE(compat->incidents.first().url, QString()); // shortlink null
        QVERIFY(compat->incidents.first().updates.size() >= 2);

        QCOMPARE(statuspageComponentState(QStringLiteral("full_outage")), HealthState::MajorOutage);
    }

    void cloudDetails()
    {
        auto gcp = parseFixture(QStringLiteral("gcp"), QStringLiteral("cloud/gcp-incidents.json"));
        QVERIFY(gcp.ok());
        const Incident *open = gcp->incident(QStringLiteral("mK4dT2sQx9pLw7VbZ1cE"));
        QVERIFY(open && open->open);
        QCOMPARE(open->updates.size(), 2);
        QCOMPARE(gcp->component(QStringLiteral("Z0FZJAMvEB4j3NbCJs6B"))->state, HealthState::PartialOutage);
        QCOMPARE(gcp->component(QStringLiteral("L3ggmi3Jy4xJmgodFA9K"))->state, HealthState::Operational);

        auto gcpParser = FeedParser::create(QStringLiteral("gcp"));
        gcpParser->setRegionFilter({QStringLiteral("us-central1")});
        auto filtered = gcpParser->parse(fixture(QStringLiteral("cloud/gcp-incidents.json")), {});
        QVERIFY(filtered.ok());
        QCOMPARE(filtered->openIncidentCount(), 0);

        auto aws = parseFixture(QStringLiteral("aws-currentevents"), QStringLiteral("cloud/aws-currentevents.utf16le.json"), "application/json;charset=utf-16");
        QVERIFY(aws.ok());
        QCOMPARE(aws->component(QStringLiteral("ec2-me-central-1"))->state, HealthState::MajorOutage);
        QCOMPARE(aws->component(QStringLiteral("s3-me-central-1"))->state, HealthState::PartialOutage);
        QCOMPARE(aws->incidents.first().updates.size(), 2);
        QCOMPARE(aws->incidents.first().started, QDateTime::fromSecsSinceEpoch(1772369485, Qt::UTC));
        auto awsParser = FeedParser::create(QStringLiteral("aws-currentevents"));
        awsParser->setRegionFilter({QStringLiteral("us-east-1")});
        auto awsFiltered = awsParser->parse(fixture(QStringLiteral("cloud/aws-currentevents.utf16le.json")), {});
        QVERIFY(awsFiltered.ok());
        QCOMPARE(awsFiltered->incidents.size(), 0);

        auto rss = parseFixture(QStringLiteral("aws-rss"), QStringLiteral("cloud/aws-all.rss"), "application/rss+xml");
        QVERIFY(rss.ok());
        QCOMPARE(rss->component(QStringLiteral("bedrock-us-east-1"))->state, HealthState::Operational);
        const Incident *mec = rss->incident(QStringLiteral("multipleservices-me-central-1"));
        QVERIFY(mec && mec->open);
        QCOMPARE(mec->updates.size(), 2);
        // "Mon, 02 Mar 2026 06:37:00 PST" is 14:37 UTC
        QCOMPARE(mec->updated, QDateTime(QDate(2026, 3, 2), QTime(14, 37), Qt::UTC));

        auto azure = parseFixture(QStringLiteral("azure-rss"), QStringLiteral("cloud/azure-status-feed-active.rss"), "application/rss+xml");
        QVERIFY(azure.ok());
        QCOMPARE(azure->components.first().name, QStringLiteral("Azure OpenAI Service"));
        QCOMPARE(azure->components.first().group, QStringLiteral("Sweden Central"));
        QVERIFY(azure->incidents.first().updates.first().body.contains(QLatin1String("HTTP 429 and 500")));
        QVERIFY(!azure->incidents.first().updates.first().body.contains(QLatin1Char('<')));
    }

    void historyFeedUpdates()
    {
        auto atom = parseFixture(QStringLiteral("atom"), QStringLiteral("replay-2026-03-02/history.atom"), "application/atom+xml");
        auto rss = parseFixture(QStringLiteral("rss"), QStringLiteral("replay-2026-03-02/history.rss"), "application/rss+xml");
        QVERIFY(atom.ok());
        QVERIFY(rss.ok());
        // Both flavours of the same history agree on the second-wave incident's update list.
        const Incident &a = atom->incidents.first();
        const Incident &r = rss->incidents.first();
        QCOMPARE(a.title, QStringLiteral("Elevated errors in claude.ai"));
        QCOMPARE(a.updates.size(), 7);
        QCOMPARE(r.updates.size(), 7);
        QCOMPARE(a.updates.first().status, QStringLiteral("resolved"));
        QCOMPARE(a.updates.first().time, QDateTime(QDate(2026, 3, 2), QTime(21, 16), Qt::UTC));
        QCOMPARE(r.updates.first().time, a.updates.first().time);
        QVERIFY(!a.open);
        QVERIFY(a.updates.first().body.startsWith(QLatin1String("Error rates on claude.ai")));

        auto io = parseFixture(QStringLiteral("atom"), QStringLiteral("incidentio/openai-feed.atom"), "application/atom+xml");
        QVERIFY(io.ok());
        QCOMPARE(io->incidents.first().status, QStringLiteral("identified"));
        QVERIFY(!io->incidents.first().updates.first().body.contains(QLatin1String("Affected components")));
    }

    // Cohere and Groq are polled as incidentio because their /api/v2/summary.json is either an
    // Atlassian or an incident.io document: the incidentio parser must read a plain Atlassian
    // summary exactly as the statuspage parser does, and the incident.io shapes as well.
    void incidentioReadsBothSummaryShapes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("atlassian summary") << QStringLiteral("replay-2026-03-02/1420.summary.json");
        QTest::addRow("atlassian, indicator none with an incident") << QStringLiteral("statuspage/generic-summary-open-incident-indicator-none.json");
        QTest::addRow("atlassian maintenance") << QStringLiteral("statuspage/anthropic-summary-maintenance.json");
    }

    void incidentioReadsBothSummaryShapes()
    {
        QFETCH(QString, file);
        auto sp = parseFixture(QStringLiteral("statuspage"), file);
        auto io = parseFixture(QStringLiteral("incidentio"), file);
        QVERIFY(sp.ok());
        QVERIFY2(io.ok(), io.ok() ? "" : qPrintable(io.error().message));
        QCOMPARE(io->indicatorState, sp->indicatorState);
        QCOMPARE(io->worstState(), sp->worstState());
        QCOMPARE(io->openIncidentCount(), sp->openIncidentCount());
        QCOMPARE(io->components.size(), sp->components.size());
        for (const Component &c : sp->components) {
            const Component *other = io->component(c.id);
            QVERIFY2(other, qPrintable(c.id));
            QCOMPARE(other->name, c.name);
            QCOMPARE(other->group, c.group);
            QCOMPARE(other->state, c.state);
        }
        QCOMPARE(io->incidents.size(), sp->incidents.size());
        for (const Incident &i : sp->incidents) {
            const Incident *other = io->incident(i.id);
            QVERIFY2(other, qPrintable(i.id));
            QCOMPARE(other->open, i.open);
            QCOMPARE(other->impactState, i.impactState);
            QCOMPARE(other->updates.size(), i.updates.size());
        }
        QCOMPARE(io->maintenances.size(), sp->maintenances.size());
        // And the incident.io compatibility summary with its null lists.
        auto quiet = parseFixture(QStringLiteral("incidentio"), QStringLiteral("incidentio/openai-api-v2-summary-quiet-nulls.json"));
        QVERIFY2(quiet.ok(), quiet.ok() ? "" : qPrintable(quiet.error().message));
        QVERIFY(!quiet->components.isEmpty());
        QCOMPARE(quiet->openIncidentCount(), 0);
    }

    void unknownEnumsAreNeverOperational_data()
    {
        QTest::addColumn<QString>("word");
        for (const char *w : {"meltdown", "sharded_outage", "MAJOR_OUTAGE", "degraded performance", "", "Operational"})
            QTest::addRow("%s", w) << QString::fromLatin1(w);
    }

    void unknownEnumsAreNeverOperational()
    {
        QFETCH(QString, word);
        QCOMPARE(statuspageComponentState(word), HealthState::Unknown);
        QCOMPARE(statuspageIndicatorState(word), HealthState::Unknown);
        QCOMPARE(gcpState(word), HealthState::Unknown);
        QCOMPARE(awsEventState(word), HealthState::Unknown);
        QCOMPARE(awsRssTitleState(word), HealthState::Unknown);
    }

    void jsonErrorsCarryPosition()
    {
        auto parser = FeedParser::create(QStringLiteral("statuspage"));
        auto r = parser->parse(QByteArray("{\n  \"status\": {\"indicator\": NaN}\n}"), contentType("application/json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("feed.json"));
        QVERIFY2(r.error().message.contains(QLatin1String("line 2")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("byte ")));
    }

    void everyFormatHasAParser()
    {
        for (const QString &f : FeedParser::formats()) {
            auto p = FeedParser::create(f);
            QVERIFY2(p, qPrintable(f));
            auto r = p->parse(QByteArray(), {});
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QStringLiteral("feed.empty"));
        }
        QVERIFY(!FeedParser::create(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestFeeds)
#include "tst_feeds.moc"
