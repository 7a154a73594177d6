#pragma once

#include "feeds/feedparser.h"

#include <QCoreApplication>

namespace wf::feeds {

// Google Cloud status: https://status.cloud.google.com/incidents.json, a bare array of open and
// closed incidents. Open means `end` is null, missing or "". Components are the products named by
// the incidents in the document; a product is operational unless an open incident affects it.
class GcpParser : public FeedParser
{
    Q_DECLARE_TR_FUNCTIONS(wf::feeds::GcpParser)
public:
    QString format() const override { return QStringLiteral("gcp"); }
    Result<FeedSnapshot> parse(const QByteArray &body, const net::HeaderList &headers) const override;
};

} // namespace wf::feeds
