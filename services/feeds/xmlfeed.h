#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace wf::feeds {

// An RSS 2.0 or Atom document read into plain values (the XML parsers' common first step).
struct XmlFeed
{
    Q_DECLARE_TR_FUNCTIONS(wf::feeds::XmlFeed)

public:
    struct Item
    {
        QString id;          // Atom <id> / RSS <guid>
        QString title;
        QString link;
        QString published;   // raw date text (Atom <published>, RSS <pubDate>)
        QString updated;     // Atom <updated>
        QString html;        // Atom <content>/<summary>, RSS <description> (entity-decoded markup)
        QStringList categories;
    };
    bool atom = false;
    QString title;
    QString link;
    QList<Item> items;

    // Reads RSS (root <rss>) or Atom (root <feed>); anything else, or malformed XML, is an error
    // with line and column.
    static Result<XmlFeed> read(const QByteArray &utf8);
};

} // namespace wf::feeds
