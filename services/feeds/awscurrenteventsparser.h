#pragma once

#include "feeds/feedparser.h"

#include <QCoreApplication>

namespace wf::feeds {

// AWS Health public JSON: https://health.aws.amazon.com/public/currentevents, served as UTF-16LE
// with a BOM (Content-Type application/json;charset=utf-16). An array of events; status "0".."3".
// Components are the impacted services ("ec2-me-central-1"), events the incidents.
class AwsCurrentEventsParser : public FeedParser
{
    Q_DECLARE_TR_FUNCTIONS(wf::feeds::AwsCurrentEventsParser)
public:
    QString format() const override { return QStringLiteral("aws-currentevents"); }
    Result<FeedSnapshot> parse(const QByteArray &body, const net::HeaderList &headers) const override;
};

} // namespace wf::feeds
