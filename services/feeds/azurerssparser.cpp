#include "azurerssparser.h"

#include "feeds/parsehelpers.h"
#include "feeds/xmlfeed.h"

namespace wf::feeds {

using namespace parse;

Result<FeedSnapshot> AzureRssParser::parse(const QByteArray &body, const net::HeaderList &headers) const
{
    auto text = xmlBody(body, headers);
    if (!text)
        return text.error();
    auto feed = XmlFeed::read(*text);
    if (!feed)
        return feed.error();
    if (feed->atom || !feed->title.contains(QLatin1String("Azure Status"), Qt::CaseInsensitive))
        return Result<FeedSnapshot>::failure(QStringLiteral("feed.shape"),
            tr("Expected the Azure Status RSS channel, got \"%1\"").arg(clean(feed->title, 80)));
    FeedSnapshot s;
    s.format = format();
    s.pageName = QStringLiteral("Azure");
    s.pageUrl = QStringLiteral("https://azure.status.microsoft/en-us/status");
    // An empty channel is the healthy state: the feed lists active events only.
    s.hasIndicator = true;
    s.indicator = feed->items.isEmpty() ? QStringLiteral("none") : QStringLiteral("active");
    s.indicatorState = HealthState::Operational;
    for (const XmlFeed::Item &item : feed->items) {
        const QString service = item.categories.value(0);
        const QString region = item.categories.value(1);
        if (!region.isEmpty() && !regionWanted(region))
            continue;
        Incident inc;
        inc.id = clean(item.id.isEmpty() ? item.title : item.id, 400);
        if (inc.id.isEmpty()) {
            s.warnings << tr("item without guid or title skipped");
            continue;
        }
        inc.title = clean(item.title, kMaxTitle);
        inc.impact = QStringLiteral("active");
        inc.impactState = HealthState::Degraded; // at least degraded: Azure publishes no severity
        inc.open = true;
        inc.status = QStringLiteral("active");
        inc.started = rfc822Time(item.published);
        inc.updated = inc.started;
        inc.url = safeUrl(item.link);
        IncidentUpdate u;
        u.id = inc.id + QLatin1Char('@') + clean(item.published, 60);
        u.time = inc.started;
        u.status = inc.status;
        u.body = htmlToText(item.html);
        inc.updates << u;
        if (!service.isEmpty()) {
            const QString cid = region.isEmpty() ? service : service + QStringLiteral(" / ") + region;
            inc.components << cid;
            if (!s.component(cid)) {
                Component c;
                c.id = cid;
                c.name = service;
                c.group = region;
                c.state = HealthState::Degraded;
                c.rawStatus = QStringLiteral("active");
                s.components << c;
            }
        }
        s.incidents << inc;
    }
    return s;
}

} // namespace wf::feeds
