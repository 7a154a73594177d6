#pragma once

#include "feeds/feedsnapshot.h"

#include <QStringList>

#include <algorithm>

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

// Providers rename components, ids stay. A watch entry that names components of `s` (and is no
// component's id) is replaced by their ids, so that they stay watched after a rename; entries
// that match nothing are kept as they are (the component may appear later).
inline QStringList resolveWatchNames(const QStringList &watch, const FeedSnapshot &s)
{
    QStringList out;
    const auto add = [&out](const QString &entry) {
        if (!out.contains(entry, Qt::CaseInsensitive))
            out << entry;
    };
    for (const QString &w : watch) {
        const bool isId = std::any_of(s.components.cbegin(), s.components.cend(),
                                      [&](const Component &c) { return w.compare(c.id, Qt::CaseInsensitive) == 0; });
        QStringList ids;
        if (!isId)
            for (const Component &c : s.components)
                if (w.compare(c.name, Qt::CaseInsensitive) == 0)
                    ids << c.id;
        if (ids.isEmpty())
            add(w);
        for (const QString &id : std::as_const(ids))
            add(id);
    }
    return out;
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
