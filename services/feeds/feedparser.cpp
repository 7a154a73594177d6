#include "feedparser.h"

#include "feeds/atomrssparser.h"
#include "feeds/awscurrenteventsparser.h"
#include "feeds/awsrssparser.h"
#include "feeds/azurerssparser.h"
#include "feeds/gcpparser.h"
#include "feeds/incidentioparser.h"
#include "feeds/statuspageparser.h"

namespace wf::feeds {

bool FeedParser::regionWanted(const QString &region) const
{
    if (m_regions.isEmpty())
        return true;
    for (const QString &r : m_regions)
        if (r.trimmed().compare(region, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

std::unique_ptr<FeedParser> FeedParser::create(const QString &format)
{
    if (format == QLatin1String("statuspage"))
        return std::make_unique<StatuspageParser>();
    if (format == QLatin1String("incidentio") || format == QLatin1String("incidentio-proxy"))
        return std::make_unique<IncidentIoParser>();
    if (format == QLatin1String("gcp"))
        return std::make_unique<GcpParser>();
    if (format == QLatin1String("aws-currentevents"))
        return std::make_unique<AwsCurrentEventsParser>();
    if (format == QLatin1String("aws-rss"))
        return std::make_unique<AwsRssParser>();
    if (format == QLatin1String("azure-rss"))
        return std::make_unique<AzureRssParser>();
    if (format == QLatin1String("atom") || format == QLatin1String("rss"))
        return std::make_unique<AtomRssParser>(format);
    return nullptr;
}

QStringList FeedParser::formats()
{
    return {QStringLiteral("statuspage"), QStringLiteral("incidentio"), QStringLiteral("incidentio-proxy"), QStringLiteral("gcp"),
            QStringLiteral("aws-currentevents"), QStringLiteral("aws-rss"), QStringLiteral("azure-rss"), QStringLiteral("atom"),
            QStringLiteral("rss")};
}

} // namespace wf::feeds
