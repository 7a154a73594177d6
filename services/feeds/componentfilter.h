#pragma once

#include "feeds/feedsnapshot.h"

#include <QStringList>

namespace wf::feeds {

// ProviderConfig.watchComponents: component ids or names the operator depends on (case-insensitive);
// an empty list watches everything.
inline bool isWatched(const QStringList &watch, const Component &c)
{
    if (watch.isEmpty())
        return true;
    for (const QString &w : watch)
        if (w.compare(c.id, Qt::CaseInsensitive) == 0 || w.compare(c.name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Open incidents that touch a watched component, or that name no component at all (they may
// concern anything). With an empty watch list, every open incident.
inline bool isWatched(const QStringList &watch, const Incident &i, const FeedSnapshot &s)
{
    if (watch.isEmpty() || i.components.isEmpty())
        return true;
    for (const QString &id : i.components) {
        const Component *c = s.component(id);
        if (c ? isWatched(watch, *c) : watch.contains(id, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace wf::feeds
