#pragma once

#include "feeds/feedparser.h"

#include <QCoreApplication>

namespace wf::feeds {

// AWS legacy status RSS (status.aws.amazon.com/rss/all.rss and per-service feeds). Items are
// grouped per service key from the guid ("#bedrock-us-east-1_1772132520"); the newest item of a
// service decides its state by the title prefix ("Service disruption:", ...).
class AwsRssParser : public FeedParser
{
    Q_DECLARE_TR_FUNCTIONS(wf::feeds::AwsRssParser)
public:
    QString format() const override { return QStringLiteral("aws-rss"); }
    Result<FeedSnapshot> parse(const QByteArray &body, const net::HeaderList &headers) const override;
};

} // namespace wf::feeds
