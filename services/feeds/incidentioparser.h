#pragma once

#include "feeds/feedparser.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace wf::feeds {

// incident.io-hosted status pages (status.openai.com, ...). Accepts the three documents such a
// page serves and tells them apart by shape:
//  - the Statuspage-compatible /api/v2/summary.json (ULIDs, null or missing lists, full_outage),
//  - the page's own /proxy/<host> data ({"summary": {components, structure, affected_components,
//    ongoing_incidents, scheduled_maintenances}}),
//  - the documented widget API /api/v1/summary ({page_title, ongoing_incidents, ...}).
class IncidentIoParser : public FeedParser
{
    Q_DECLARE_TR_FUNCTIONS(wf::feeds::IncidentIoParser)
public:
    QString format() const override { return QStringLiteral("incidentio"); }
    Result<FeedSnapshot> parse(const QByteArray &body, const net::HeaderList &headers) const override;

private:
    static Result<FeedSnapshot> fromProxy(const QJsonObject &summary);
    static Result<FeedSnapshot> fromWidget(const QJsonObject &root);
};

} // namespace wf::feeds
