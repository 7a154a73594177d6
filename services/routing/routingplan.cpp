#include "routingplan.h"

namespace wf::routing {

bool RoutingPreview::readable() const
{
    for (const auto &g : gateways)
        if (!g.readError.isEmpty())
            return false;
    return !gateways.isEmpty();
}

bool RoutingPreview::isNoop() const
{
    for (const auto &g : gateways)
        if (!g.remaining.isEmpty())
            return false;
    return true;
}

QStringList RoutingPreview::diffLines() const
{
    QStringList out;
    for (const auto &g : gateways)
        for (const QString &line : g.diff)
            out << g.gateway + QStringLiteral(": ") + line;
    return out;
}

} // namespace wf::routing
