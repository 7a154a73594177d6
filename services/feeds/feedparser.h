#pragma once

#include "core/result.h"
#include "feeds/feedsnapshot.h"
#include "net/httpclient.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace wf::feeds {

// One feed format -> the normalized FeedSnapshot. Parsers are stateless apart from options, never
// throw, and either return a complete snapshot or an error: never half a document. Adding a
// format is adding one subclass and one line in create().
class FeedParser
{
public:
    virtual ~FeedParser() = default;

    virtual QString format() const = 0;
    // `headers` are the response headers (Content-Type decides charset and HTML rejection).
    virtual Result<FeedSnapshot> parse(const QByteArray &body, const net::HeaderList &headers = {}) const = 0;

    // aws/gcp: only keep events for these regions (empty = all).
    void setRegionFilter(const QStringList &regions) { m_regions = regions; }
    QStringList regionFilter() const { return m_regions; }

    // nullptr for an unknown format name.
    static std::unique_ptr<FeedParser> create(const QString &format);
    static QStringList formats();

protected:
    bool regionWanted(const QString &region) const;

private:
    QStringList m_regions;
};

} // namespace wf::feeds
