#pragma once

#include "feeds/feedparser.h"

#include <QCoreApplication>

namespace wf::feeds {

// Azure status RSS (rssfeed.azure.status.microsoft/en-us/status/feed/). Lists active events only:
// no item means healthy. Items carry the service and region as <category>; there is no severity.
// The document must be <rss> with channel title "Azure Status", else it is rejected (geo-routed
// hosts have served other pages).
class AzureRssParser : public FeedParser
{
    Q_DECLARE_TR_FUNCTIONS(wf::feeds::AzureRssParser)
public:
    QString format() const override { return QStringLiteral("azure-rss"); }
    Result<FeedSnapshot> parse(const QByteArray &body, const net::HeaderList &headers) const override;
};

} // namespace wf::feeds
