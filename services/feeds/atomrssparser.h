#pragma once

#include "feeds/feedparser.h"

#include <QCoreApplication>

namespace wf::feeds {

// Generic incident-history feeds (Atom or RSS 2.0), e.g. Statuspage /history.atom|rss and
// incident.io /feed.atom. One entry = one incident. The update list is read from Statuspage's
// entry HTML ("<small>Mar 2, 21:16 UTC</small><br><strong>Resolved</strong> - ...") or
// incident.io's ("<b>Status: Resolved</b>"). These feeds carry no component statuses and no
// impact, so an open incident counts as Unknown (never Operational). An entry whose status cannot
// be read is kept as closed, with a warning.
class AtomRssParser : public FeedParser
{
    Q_DECLARE_TR_FUNCTIONS(wf::feeds::AtomRssParser)
public:
    explicit AtomRssParser(QString format = QStringLiteral("atom")) : m_format(std::move(format)) {}
    QString format() const override { return m_format; }
    Result<FeedSnapshot> parse(const QByteArray &body, const net::HeaderList &headers) const override;

private:
    QString m_format;
};

} // namespace wf::feeds
