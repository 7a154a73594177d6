#include "awsrssparser.h"

#include "feeds/parsehelpers.h"
#include "feeds/statemapping.h"
#include "feeds/xmlfeed.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace wf::feeds {

using namespace parse;

Result<FeedSnapshot> AwsRssParser::parse(const QByteArray &body, const net::HeaderList &headers) const
{
    auto text = xmlBody(body, headers);
    if (!text)
        return text.error();
    auto feed = XmlFeed::read(*text);
    if (!feed)
        return feed.error();
    if (feed->atom)
        return Result<FeedSnapshot>::failure(QStringLiteral("feed.shape"), tr("Expected the AWS status RSS, got an Atom feed"));
    FeedSnapshot s;
    s.format = format();
    s.pageName = QStringLiteral("AWS");
    s.pageUrl = QStringLiteral("https://health.aws.amazon.com/health/status");

    struct Entry { XmlFeed::Item item; QDateTime time; HealthState state; QString rest; };
    QMap<QString, QList<Entry>> byService;
    static const QRegularExpression guidRe(QStringLiteral("#([^#_]+)_(\\d+)$"));
    static const QRegularExpression regionRe(QStringLiteral("([a-z]{2}(-gov)?-[a-z]+-\\d)$"));
    for (const XmlFeed::Item &item : feed->items) {
        const auto m = guidRe.match(item.id.trimmed());
        const QString service = m.hasMatch() ? m.captured(1) : clean(item.title, kMaxName);
        if (service.isEmpty())
            continue;
        if (!regionWanted(regionRe.match(service).captured(1)))
            continue;
        Entry e{item, rfc822Time(item.published), HealthState::Unknown, {}};
        e.state = awsRssTitleState(clean(item.title, kMaxTitle), &e.rest);
        if (e.state == HealthState::Unknown)
            s.warnings << tr("item %1: unrecognised title prefix, read as unknown").arg(clean(item.id, 200));
        if (!e.time.isValid())
            s.warnings << tr("item %1: unreadable pubDate %2").arg(clean(item.id, 200), clean(item.published, 60));
        byService[service] << e;
    }
    for (auto it = byService.begin(); it != byService.end(); ++it) {
        QList<Entry> &entries = it.value();
        std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.time > b.time; });
        const Entry &latest = entries.first();
        Component c;
        c.id = clean(it.key(), kMaxName);
        c.name = c.id;
        c.group = regionRe.match(c.id).captured(1);
        c.state = latest.state;
        c.rawStatus = clean(latest.item.title.section(QLatin1Char(':'), 0, 0), kMaxName);
        s.components << c;

        Incident inc;
        inc.id = c.id;
        QString title = latest.rest;
        title.remove(QStringLiteral("[RESOLVED]")).remove(QStringLiteral("[Resolved]"));
        inc.title = clean(title, kMaxTitle) + QStringLiteral(" (%1)").arg(c.id);
        inc.impact = c.rawStatus;
        inc.impactState = latest.state;
        inc.open = latest.state != HealthState::Operational;
        inc.status = inc.open ? QStringLiteral("open") : QStringLiteral("resolved");
        inc.started = entries.last().time;
        inc.updated = latest.time;
        if (!inc.open)
            inc.resolved = latest.time;
        inc.url = safeUrl(latest.item.link);
        inc.components << c.id;
        for (const Entry &e : entries) {
            IncidentUpdate u;
            u.id = clean(e.item.id, 400);
            u.time = e.time;
            u.status = clean(e.item.title.section(QLatin1Char(':'), 0, 0), kMaxName).toLower();
            u.body = htmlToText(e.item.html);
            inc.updates << u;
        }
        s.incidents << inc;
    }
    return s;
}

} // namespace wf::feeds
