#include "incidentsmodel.h"

#include "healthpalette.h"

#include <QSet>

namespace wf::ui {

// Internal ids: 0 = top-level incident row; n > 0 = update row under incident n - 1.
IncidentsModel::IncidentsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

int IncidentsModel::find(const QString &providerId, const QString &incidentId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].provider == providerId && m_entries[i].incident.id == incidentId)
            return i;
    return -1;
}

const feeds::Incident *IncidentsModel::incident(const QString &providerId, const QString &incidentId) const
{
    const int i = find(providerId, incidentId);
    return i < 0 ? nullptr : &m_entries[i].incident;
}

void IncidentsModel::setProviderName(const QString &providerId, const QString &name)
{
    m_providerNames.insert(providerId, name);
}

void IncidentsModel::replaceUpdates(int row, const QList<feeds::IncidentUpdate> &updates)
{
    const QModelIndex parentIndex = index(row, 0);
    QList<feeds::IncidentUpdate> &have = m_entries[row].incident.updates;
    // Usual case: new updates arrived on top of the ones we show.
    QSet<QString> known;
    for (const auto &u : have)
        known.insert(u.id);
    int fresh = 0;
    while (fresh < updates.size() && !known.contains(updates[fresh].id))
        ++fresh;
    const bool prefixOnly = updates.size() == have.size() + fresh
        && std::equal(have.cbegin(), have.cend(), updates.cbegin() + fresh,
                      [](const feeds::IncidentUpdate &a, const feeds::IncidentUpdate &b) { return a.id == b.id; });
    if (prefixOnly) {
        if (fresh > 0) {
            beginInsertRows(parentIndex, 0, fresh - 1);
            have = updates;
            endInsertRows();
        } else if (!have.isEmpty()) {
            have = updates;
            emit dataChanged(index(0, 0, parentIndex), index(int(have.size()) - 1, ColumnCount - 1, parentIndex));
        }
        return;
    }
    // Stored history can hold more updates than a live summary shows: keep the longer list.
    if (updates.size() < have.size()) {
        bool subset = true;
        for (const auto &u : updates)
            subset = subset && known.contains(u.id);
        if (subset)
            return;
    }
    if (!have.isEmpty()) {
        beginRemoveRows(parentIndex, 0, int(have.size()) - 1);
        have.clear();
        endRemoveRows();
    }
    if (!updates.isEmpty()) {
        beginInsertRows(parentIndex, 0, int(updates.size()) - 1);
        have = updates;
        endInsertRows();
    }
}

void IncidentsModel::mergeIncidents(const QString &providerId, const QList<feeds::Incident> &incidents, bool complete)
{
    QSet<QString> present;
    for (const feeds::Incident &inc : incidents) {
        present.insert(inc.id);
        const int row = find(providerId, inc.id);
        if (row < 0) {
            const int at = int(m_entries.size());
            beginInsertRows({}, at, at);
            m_entries.append({providerId, inc});
            endInsertRows();
            continue;
        }
        feeds::Incident &have = m_entries[row].incident;
        const bool changed = have.title != inc.title || have.status != inc.status || have.impact != inc.impact
            || have.open != inc.open || have.updated != inc.updated || have.resolved != inc.resolved
            || have.components != inc.components;
        const QList<feeds::IncidentUpdate> updates = inc.updates;
        if (changed) {
            have.title = inc.title;
            have.status = inc.status;
            have.impact = inc.impact;
            have.impactState = inc.impactState;
            have.open = inc.open;
            have.updated = inc.updated;
            have.resolved = inc.resolved;
            have.components = inc.components;
            if (inc.started.isValid())
                have.started = inc.started;
            if (!inc.url.isEmpty())
                have.url = inc.url;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        replaceUpdates(row, updates);
    }
    if (!complete)
        return;
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        if (e.provider != providerId || !e.incident.open || present.contains(e.incident.id))
            continue;
        e.incident.open = false;
        e.incident.status = QStringLiteral("resolved");
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QModelIndex IncidentsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_entries.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_entries.size())
        return {};
    if (row >= m_entries[parent.row()].incident.updates.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex IncidentsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int IncidentsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_entries.value(parent.row()).incident.updates.size());
}

int IncidentsModel::columnCount(const QModelIndex &) const { return ColumnCount; }

static QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

QVariant IncidentsModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid))
        return {};
    if (idx.internalId() != 0) {
        const Entry &e = m_entries.at(int(idx.internalId() - 1));
        const feeds::IncidentUpdate &u = e.incident.updates.at(idx.row());
        switch (role) {
        case Qt::DisplayRole:
            switch (idx.column()) {
            case TitleColumn: return u.body.section(QLatin1Char('\n'), 0, 0);
            case StatusColumn: return u.status;
            case StartedColumn: return when(u.time);
            default: return {};
            }
        case Qt::ToolTipRole: return idx.column() == TitleColumn ? QVariant(u.body) : QVariant();
        case IsUpdateRole: return true;
        case ProviderIdRole: return e.provider;
        case IncidentIdRole: return e.incident.id;
        case OpenRole: return e.incident.open;
        case TimeRole: return u.time;
        default: return {};
        }
    }
    const Entry &e = m_entries.at(idx.row());
    const feeds::Incident &i = e.incident;
    switch (role) {
    case Qt::DisplayRole:
        switch (idx.column()) {
        case TitleColumn: return i.title;
        case ProviderColumn: return m_providerNames.value(e.provider, e.provider);
        case StatusColumn: return i.open ? i.status : tr("%1 (closed)").arg(i.status.isEmpty() ? tr("ended") : i.status);
        case ImpactColumn: return i.impact.isEmpty() ? stateLabel(i.impactState) : i.impact;
        case StartedColumn: return when(i.started);
        case UpdatedColumn: return when(i.updates.isEmpty() ? i.updated : i.updates.first().time);
        }
        return {};
    case Qt::ToolTipRole:
        if (idx.column() == TitleColumn)
            return i.url.isEmpty() ? i.title : i.title + QLatin1Char('\n') + i.url;
        return {};
    case Qt::DecorationRole:
        return idx.column() == TitleColumn ? QVariant(stateIcon(i.open ? i.impactState : HealthState::Operational, false)) : QVariant();
    case Qt::AccessibleTextRole:
        return idx.column() == TitleColumn ? QVariant(i.title + QStringLiteral(", ") + (i.open ? tr("open") : tr("closed")))
                                           : data(idx, Qt::DisplayRole);
    case OpenRole: return i.open;
    case ProviderIdRole: return e.provider;
    case IncidentIdRole: return i.id;
    case StateRole: return int(i.impactState);
    case IsUpdateRole: return false;
    case TimeRole: return i.started;
    }
    return {};
}

QVariant IncidentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Incident / update");
    case ProviderColumn: return tr("Provider");
    case StatusColumn: return tr("Status");
    case ImpactColumn: return tr("Impact");
    case StartedColumn: return tr("Started / time");
    case UpdatedColumn: return tr("Last update");
    }
    return {};
}

} // namespace wf::ui
