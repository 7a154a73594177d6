#include "wallsource.h"

namespace wf::ui {

WallSource::~WallSource() = default;

QStringList WallSource::staleLabels() const
{
    QStringList providers;
    QStringList apps;
    for (const WallTileData &t : tiles()) {
        if (!t.stale)
            continue;
        (t.kind == WallTileData::Kind::Provider ? providers : apps) << t.label;
    }
    return providers + apps;
}

} // namespace wf::ui
