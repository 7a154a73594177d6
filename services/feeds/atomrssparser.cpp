#include "atomrssparser.h"

#include "feeds/parsehelpers.h"
#include "feeds/statemapping.h"
#include "feeds/xmlfeed.h"

#include <QRegularExpression>

namespace wf::feeds {

using namespace parse;

static QDateTime feedTime(const QString &text)
{
    const QDateTime iso = isoTime(text);
    return iso.isValid() ? iso : rfc822Time(text);
}

Result<FeedSnapshot> AtomRssParser::parse(const QByteArray &body, const net::HeaderList &headers) const
{
    auto text = xmlBody(body, headers);
    if (!text)
        return text.error();
    auto feed = XmlFeed::read(*text);
    if (!feed)
        return feed.error();
    FeedSnapshot s;
    s.format = format();
    s.pageName = feed->title;
    s.pageUrl = safeUrl(feed->link);

    static const QRegularExpression spUpdate(QStringLiteral(
        "<small>\\s*([A-Za-z]{3})\\s*<var[^>]*>\\s*(\\d{1,2})\\s*</var>,\\s*<var[^>]*>\\s*(\\d{1,2}:\\d{2})\\s*</var>\\s*([A-Za-z]{1,5})?\\s*</small>"
        "\\s*<br\\s*/?>\\s*<strong>([^<]{1,40})</strong>\\s*-?\\s*(.*?)(?:</p>|$)"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression ioStatus(QStringLiteral("<b>\\s*Status:\\s*([^<]{1,40})</b>(.*)"),
                                             QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ioAffected(QStringLiteral("<b>\\s*Affected components\\s*</b>.*"),
                                               QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QStringList closedWords = {QStringLiteral("resolved"), QStringLiteral("completed"), QStringLiteral("postmortem")};

    int n = 0;
    for (const XmlFeed::Item &item : feed->items) {
        const QString where = QStringLiteral("entry[%1]").arg(n++);
        Incident inc;
        inc.id = clean(item.id.isEmpty() ? item.link : item.id, 400);
        if (inc.id.isEmpty()) {
            s.warnings << tr("%1: entry without id or link skipped").arg(where);
            continue;
        }
        if (s.incident(inc.id)) {
            s.warnings << tr("%1: duplicate entry id %2 skipped").arg(where, inc.id);
            continue;
        }
        inc.title = clean(item.title, kMaxTitle);
        inc.url = safeUrl(item.link);
        inc.started = feedTime(item.published);
        inc.updated = feedTime(item.updated.isEmpty() ? item.published : item.updated);
        const int baseYear = (inc.started.isValid() ? inc.started : inc.updated).date().year();

        auto it = spUpdate.globalMatch(item.html);
        int un = 0;
        while (it.hasNext()) {
            const auto m = it.next();
            IncidentUpdate u;
            u.status = m.captured(5).trimmed().toLower();
            u.body = htmlToText(m.captured(6));
            if (baseYear > 0) {
                const QString zone = m.captured(4).isEmpty() ? QStringLiteral("UTC") : m.captured(4);
                QDateTime t = rfc822Time(QStringLiteral("%1 %2 %3 %4:00 %5").arg(m.captured(2), m.captured(1)).arg(baseYear).arg(m.captured(3), zone));
                if (t.isValid() && inc.started.isValid() && t < inc.started.addDays(-2))
                    t = t.addYears(1); // the stamp has no year; updates never precede the incident
                u.time = t;
            }
            u.id = inc.id + QStringLiteral("#%1").arg(u.time.isValid() ? u.time.toString(Qt::ISODate) : QString::number(un));
            ++un;
            inc.updates << u;
        }
        if (inc.updates.isEmpty()) {
            const auto m = ioStatus.match(item.html);
            IncidentUpdate u;
            u.time = inc.updated;
            if (m.hasMatch()) {
                u.status = m.captured(1).trimmed().toLower();
                QString rest = m.captured(2);
                rest.remove(ioAffected);
                u.body = htmlToText(rest);
            } else {
                u.body = htmlToText(item.html);
            }
            u.id = inc.id + QStringLiteral("#%1").arg(u.time.isValid() ? u.time.toString(Qt::ISODate) : QStringLiteral("0"));
            inc.updates << u;
        }
        // Newest first, as the feeds list them; the newest labelled update gives the status.
        for (const IncidentUpdate &u : inc.updates)
            if (!u.status.isEmpty() && u.status != QLatin1String("update")) {
                inc.status = u.status;
                break;
            }
        if (inc.status.isEmpty()) {
            s.warnings << tr("%1: no status found in the entry; kept as closed history").arg(where);
            inc.open = false;
        } else {
            inc.open = !closedWords.contains(inc.status);
            if (!inc.open)
                inc.resolved = inc.updates.first().time;
        }
        inc.impactState = inc.open ? HealthState::Unknown : HealthState::Operational;
        s.incidents << inc;
    }
    return s;
}

} // namespace wf::feeds
