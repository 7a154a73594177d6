#include "feedsnapshot.h"

#include <QCryptographicHash>

namespace wf::feeds {

const Component *FeedSnapshot::component(const QString &id) const
{
    for (const Component &c : components)
        if (c.id == id)
            return &c;
    return nullptr;
}

const Incident *FeedSnapshot::incident(const QString &id) const
{
    for (const Incident &i : incidents)
        if (i.id == id)
            return &i;
    return nullptr;
}

QList<Incident> FeedSnapshot::openIncidents() const
{
    QList<Incident> out;
    for (const Incident &i : incidents)
        if (i.open)
            out << i;
    return out;
}

int FeedSnapshot::openIncidentCount() const
{
    int n = 0;
    for (const Incident &i : incidents)
        n += i.open ? 1 : 0;
    return n;
}

HealthState FeedSnapshot::worstState() const
{
    // Start from the indicator when there is one; otherwise from "operational" only if the feed
    // gives a full picture (components or an explicitly empty list of incidents).
    HealthState s = hasIndicator ? indicatorState : HealthState::Operational;
    for (const Component &c : components)
        s = worst(s, c.state);
    for (const Incident &i : incidents)
        if (i.open)
            s = worst(s, i.impactState);
    for (const Incident &m : maintenances)
        if (m.open)
            s = worst(s, HealthState::Maintenance);
    return s;
}

QByteArray FeedSnapshot::digest() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto add = [&h](const QString &s) {
        const QByteArray b = s.toUtf8();
        h.addData(QByteArray::number(b.size()));
        h.addData(":");
        h.addData(b);
    };
    auto addTime = [&add](const QDateTime &t) { add(t.isValid() ? QString::number(t.toMSecsSinceEpoch()) : QString()); };
    add(indicator);
    add(stateKey(indicatorState));
    for (const Component &c : components) {
        add(c.id); add(c.name); add(c.group); add(stateKey(c.state));
    }
    for (const QList<Incident> *list : {&incidents, &maintenances}) {
        add(QStringLiteral("|"));
        for (const Incident &i : *list) {
            add(i.id); add(i.title); add(i.impact); add(i.status); add(i.open ? QStringLiteral("1") : QStringLiteral("0"));
            addTime(i.started); addTime(i.resolved); addTime(i.scheduledFor); addTime(i.scheduledUntil);
            add(i.components.join(QLatin1Char(',')));
            for (const IncidentUpdate &u : i.updates) {
                add(u.id); addTime(u.time); add(u.status); add(u.body);
            }
        }
    }
    return h.result().toHex();
}

} // namespace wf::feeds
