#include "gatewaystate.h"

#include <QJsonArray>
#include <QSet>

namespace wf::gateways {

namespace {
QString weightText(int w) { return w < 0 ? QStringLiteral("-") : QString::number(w); }
QString listText(const QStringList &l) { return l.isEmpty() ? GatewayState::tr("(none)") : l.join(QStringLiteral(", ")); }
} // namespace

const UpstreamState *GatewayState::find(const QString &backend, const QString &server) const
{
    for (const auto &u : upstreams)
        if (u.backend == backend && u.server == server)
            return &u;
    return nullptr;
}

QStringList GatewayState::serversOf(const QString &backend) const
{
    QStringList out;
    for (const auto &u : upstreams)
        if (u.backend == backend)
            out << u.server;
    return out;
}

bool GatewayState::sameRouting(const GatewayState &o) const
{
    if (upstreams.size() != o.upstreams.size() || fallbacks != o.fallbacks)
        return false;
    for (qsizetype i = 0; i < upstreams.size(); ++i)
        if (!upstreams[i].sameRouting(o.upstreams[i]))
            return false;
    return true;
}

QStringList GatewayState::diffFrom(const GatewayState &before) const
{
    QStringList lines;
    QSet<QString> backends;
    for (const auto &u : before.upstreams)
        backends.insert(u.backend);
    for (const auto &u : upstreams)
        backends.insert(u.backend);
    QStringList sortedBackends(backends.begin(), backends.end());
    sortedBackends.sort();
    for (const QString &be : sortedBackends) {
        const QStringList a = before.serversOf(be);
        const QStringList b = serversOf(be);
        for (const QString &s : a) {
            if (!b.contains(s))
                lines << tr("%1: %2 removed").arg(be, s);
        }
        for (const QString &s : b) {
            const UpstreamState *nu = find(be, s);
            const UpstreamState *old = before.find(be, s);
            if (!old) {
                lines << tr("%1: %2 added").arg(be, s);
                continue;
            }
            if (old->admin != nu->admin)
                lines << tr("%1/%2: state %3 → %4").arg(be, s, old->admin, nu->admin);
            if (old->weight != nu->weight)
                lines << tr("%1/%2: weight %3 → %4").arg(be, s, weightText(old->weight), weightText(nu->weight));
        }
        // Same members in a different order matters where the gateway picks the first one.
        QStringList common;
        for (const QString &s : a)
            if (b.contains(s))
                common << s;
        QStringList commonAfter;
        for (const QString &s : b)
            if (a.contains(s))
                commonAfter << s;
        if (common != commonAfter)
            lines << tr("%1: order %2 → %3").arg(be, listText(a), listText(b));
    }
    QSet<QString> models;
    for (auto it = before.fallbacks.begin(); it != before.fallbacks.end(); ++it)
        models.insert(it.key());
    for (auto it = fallbacks.begin(); it != fallbacks.end(); ++it)
        models.insert(it.key());
    QStringList sortedModels(models.begin(), models.end());
    sortedModels.sort();
    for (const QString &m : sortedModels) {
        const QStringList a = before.fallbacks.value(m);
        const QStringList b = fallbacks.value(m);
        if (a != b)
            lines << tr("%1: fallbacks %2 → %3").arg(m, listText(a), listText(b));
    }
    return lines;
}

QJsonObject GatewayState::toJson() const
{
    QJsonArray ups;
    for (const auto &u : upstreams) {
        QJsonObject o{{QStringLiteral("backend"), u.backend}, {QStringLiteral("server"), u.server},
                      {QStringLiteral("admin"), u.admin}, {QStringLiteral("health"), u.health}};
        if (!u.address.isEmpty())
            o.insert(QStringLiteral("address"), u.address);
        if (u.weight >= 0)
            o.insert(QStringLiteral("weight"), u.weight);
        ups.append(o);
    }
    QJsonObject fb;
    for (auto it = fallbacks.begin(); it != fallbacks.end(); ++it)
        fb.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject out{{QStringLiteral("gateway"), gateway}, {QStringLiteral("upstreams"), ups}};
    if (!fallbacks.isEmpty())
        out.insert(QStringLiteral("fallbacks"), fb);
    return out;
}

bool GatewayChange::satisfiedBy(const GatewayState &state) const
{
    return remainingOn(state).isEmpty();
}

GatewayChange GatewayChange::remainingOn(const GatewayState &state) const
{
    GatewayChange rest;
    rest.baseVersion = baseVersion;
    for (const Server &s : servers) {
        const UpstreamState *u = state.find(s.backend, s.server);
        Server r{s.backend, s.server, {}, {}};
        if (s.admin && (!u || u->admin != *s.admin))
            r.admin = s.admin;
        if (s.weight && (!u || u->weight != *s.weight))
            r.weight = s.weight;
        if (r.admin || r.weight)
            rest.servers << r;
    }
    for (auto it = upstreamLists.begin(); it != upstreamLists.end(); ++it)
        if (state.serversOf(it.key()) != it.value())
            rest.upstreamLists.insert(it.key(), it.value());
    for (auto it = fallbacks.begin(); it != fallbacks.end(); ++it)
        if (state.fallbacks.value(it.key()) != it.value())
            rest.fallbacks.insert(it.key(), it.value());
    return rest;
}

GatewayChange GatewayChange::restoring(const GatewayState &before) const
{
    GatewayChange back;
    for (const Server &s : servers) {
        const UpstreamState *u = before.find(s.backend, s.server);
        if (!u)
            continue;
        Server r{s.backend, s.server, {}, {}};
        if (s.admin)
            r.admin = u->admin;
        if (s.weight && u->weight >= 0)
            r.weight = u->weight;
        back.servers << r;
    }
    for (auto it = upstreamLists.begin(); it != upstreamLists.end(); ++it)
        back.upstreamLists.insert(it.key(), before.serversOf(it.key()));
    for (auto it = fallbacks.begin(); it != fallbacks.end(); ++it)
        back.fallbacks.insert(it.key(), before.fallbacks.value(it.key()));
    return back;
}

GatewayState GatewayChange::appliedTo(const GatewayState &state) const
{
    GatewayState out = state;
    for (const Server &s : servers) {
        for (auto &u : out.upstreams) {
            if (u.backend != s.backend || u.server != s.server)
                continue;
            if (s.admin)
                u.admin = *s.admin;
            if (s.weight)
                u.weight = *s.weight;
        }
    }
    for (auto it = upstreamLists.begin(); it != upstreamLists.end(); ++it) {
        QList<UpstreamState> kept;
        qsizetype insertAt = -1;
        for (const auto &u : std::as_const(out.upstreams)) {
            if (u.backend == it.key()) {
                if (insertAt < 0)
                    insertAt = kept.size();
                continue;
            }
            kept << u;
        }
        if (insertAt < 0)
            insertAt = kept.size();
        for (const QString &dial : it.value()) {
            UpstreamState u;
            u.backend = it.key();
            u.server = dial;
            u.address = dial;
            if (const UpstreamState *old = state.find(it.key(), dial))
                u.health = old->health;
            kept.insert(insertAt++, u);
        }
        out.upstreams = kept;
    }
    for (auto it = fallbacks.begin(); it != fallbacks.end(); ++it) {
        if (it.value().isEmpty())
            out.fallbacks.remove(it.key());
        else
            out.fallbacks.insert(it.key(), it.value());
    }
    return out;
}

void GatewayChange::merge(const GatewayChange &other)
{
    for (const Server &s : other.servers) {
        bool merged = false;
        for (Server &mine : servers) {
            if (mine.backend == s.backend && mine.server == s.server) {
                if (s.admin)
                    mine.admin = s.admin;
                if (s.weight)
                    mine.weight = s.weight;
                merged = true;
            }
        }
        if (!merged)
            servers << s;
    }
    for (auto it = other.upstreamLists.begin(); it != other.upstreamLists.end(); ++it)
        upstreamLists.insert(it.key(), it.value());
    for (auto it = other.fallbacks.begin(); it != other.fallbacks.end(); ++it)
        fallbacks.insert(it.key(), it.value());
    if (!other.baseVersion.isEmpty())
        baseVersion = other.baseVersion;
}

QStringList GatewayChange::describe() const
{
    QStringList out;
    for (const Server &s : servers) {
        if (s.admin)
            out << tr("set %1/%2 state %3").arg(s.backend, s.server, *s.admin);
        if (s.weight)
            out << tr("set %1/%2 weight %3").arg(s.backend, s.server).arg(*s.weight);
    }
    for (auto it = upstreamLists.begin(); it != upstreamLists.end(); ++it)
        out << tr("set %1 upstreams to %2").arg(it.key(), listText(it.value()));
    for (auto it = fallbacks.begin(); it != fallbacks.end(); ++it)
        out << (it.value().isEmpty() ? tr("delete fallbacks of %1").arg(it.key())
                                     : tr("set fallbacks of %1 to %2").arg(it.key(), listText(it.value())));
    return out;
}

QJsonObject GatewayChange::toJson() const
{
    QJsonArray srv;
    for (const Server &s : servers) {
        QJsonObject o{{QStringLiteral("backend"), s.backend}, {QStringLiteral("server"), s.server}};
        if (s.admin)
            o.insert(QStringLiteral("state"), *s.admin);
        if (s.weight)
            o.insert(QStringLiteral("weight"), *s.weight);
        srv.append(o);
    }
    QJsonObject ups;
    for (auto it = upstreamLists.begin(); it != upstreamLists.end(); ++it)
        ups.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject fb;
    for (auto it = fallbacks.begin(); it != fallbacks.end(); ++it)
        fb.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject out;
    if (!srv.isEmpty())
        out.insert(QStringLiteral("servers"), srv);
    if (!ups.isEmpty())
        out.insert(QStringLiteral("upstreams"), ups);
    if (!fb.isEmpty())
        out.insert(QStringLiteral("fallbacks"), fb);
    return out;
}

} // namespace wf::gateways
