#pragma once

#include "feeds/feedparser.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace wf::feeds {

// Atlassian Statuspage API v2: summary.json, status.json, components.json, incidents.json,
// incidents/unresolved.json, incidents/<code>.json and scheduled-maintenances*.json.
class StatuspageParser : public FeedParser
{
    Q_DECLARE_TR_FUNCTIONS(wf::feeds::StatuspageParser)
public:
    QString format() const override { return QStringLiteral("statuspage"); }
    Result<FeedSnapshot> parse(const QByteArray &body, const net::HeaderList &headers) const override;

    // Also used for incident.io's Statuspage-compatible documents.
    static Result<FeedSnapshot> fromObject(const QJsonObject &root, const QString &format);
};

} // namespace wf::feeds
