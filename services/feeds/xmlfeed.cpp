#include "xmlfeed.h"

#include "feeds/parsehelpers.h"

#include <QXmlStreamReader>

namespace wf::feeds {

Result<XmlFeed> XmlFeed::read(const QByteArray &utf8)
{
    constexpr int kMaxItems = 2000;
    XmlFeed feed;
    QXmlStreamReader xml(utf8);
    xml.setNamespaceProcessing(true);
    // Element path: ["rss","channel","item","title"] etc.
    QStringList path;
    Item current;
    bool inItem = false;
    bool rootSeen = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            return Result<XmlFeed>::failure(QStringLiteral("feed.xml"), tr("XML with a document type declaration is not accepted for feeds"));
        }
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            if (!rootSeen) {
                rootSeen = true;
                if (name == QLatin1String("feed"))
                    feed.atom = true;
                else if (name != QLatin1String("rss"))
                    return Result<XmlFeed>::failure(QStringLiteral("feed.xml.root"),
                        tr("Expected an RSS or Atom document, got root element <%1>").arg(parse::clean(name, 60)));
            }
            path << name;
            const bool itemStart = feed.atom ? (name == QLatin1String("entry") && path.size() == 2)
                                             : (name == QLatin1String("item") && path.size() == 3);
            if (itemStart) {
                inItem = true;
                current = Item();
                continue;
            }
            if (name == QLatin1String("link") && xml.attributes().hasAttribute(QLatin1String("href"))) {
                const QString rel = xml.attributes().value(QLatin1String("rel")).toString();
                if (rel.isEmpty() || rel == QLatin1String("alternate")) {
                    const QString href = xml.attributes().value(QLatin1String("href")).toString();
                    if (inItem)
                        current.link = href;
                    else if (path.size() == 2)
                        feed.link = href;
                }
            }
            // Leaf text elements
            const bool leafOfItem = inItem && path.size() == (feed.atom ? 3 : 4);
            const bool leafOfChannel = !inItem && path.size() == (feed.atom ? 2 : 3);
            if (leafOfItem || leafOfChannel) {
                static const QStringList textual = {QStringLiteral("id"), QStringLiteral("guid"), QStringLiteral("title"),
                                                    QStringLiteral("link"), QStringLiteral("pubDate"), QStringLiteral("published"),
                                                    QStringLiteral("updated"), QStringLiteral("content"), QStringLiteral("summary"),
                                                    QStringLiteral("description"), QStringLiteral("category")};
                if (!textual.contains(name))
                    continue;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                path.removeLast();
                if (xml.hasError())
                    break;
                if (leafOfChannel) {
                    if (name == QLatin1String("title"))
                        feed.title = parse::clean(text, parse::kMaxTitle);
                    else if (name == QLatin1String("link") && feed.link.isEmpty())
                        feed.link = text.trimmed();
                    continue;
                }
                if (name == QLatin1String("id") || name == QLatin1String("guid"))
                    current.id = text.trimmed();
                else if (name == QLatin1String("title"))
                    current.title = text;
                else if (name == QLatin1String("link")) {
                    if (!text.trimmed().isEmpty())
                        current.link = text.trimmed();
                } else if (name == QLatin1String("pubDate") || name == QLatin1String("published"))
                    current.published = text.trimmed();
                else if (name == QLatin1String("updated"))
                    current.updated = text.trimmed();
                else if (name == QLatin1String("category"))
                    current.categories << parse::clean(text, parse::kMaxName);
                else if (current.html.isEmpty() || name == QLatin1String("content"))
                    current.html = text;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QString name = xml.name().toString();
            if (inItem && ((feed.atom && name == QLatin1String("entry") && path.size() == 2)
                           || (!feed.atom && name == QLatin1String("item") && path.size() == 3))) {
                inItem = false;
                if (feed.items.size() >= kMaxItems)
                    return Result<XmlFeed>::failure(QStringLiteral("feed.xml"), tr("The feed has more than %1 entries").arg(kMaxItems));
                feed.items << current;
            }
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (xml.hasError())
        return Result<XmlFeed>::failure(QStringLiteral("feed.xml"),
            tr("Invalid XML at line %1, column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString()));
    if (!rootSeen)
        return Result<XmlFeed>::failure(QStringLiteral("feed.xml"), tr("The XML document has no root element"));
    return feed;
}

} // namespace wf::feeds
