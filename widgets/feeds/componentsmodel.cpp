#include "componentsmodel.h"

#include "feeds/componentfilter.h"
#include "healthpalette.h"

namespace wf::ui {

ComponentsModel::ComponentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool ComponentsModel::watched(const feeds::Component &c) const { return feeds::isWatched(m_watch, c); }

void ComponentsModel::setProvider(const QString &providerId, const feeds::FeedSnapshot &snapshot, const QStringList &watch)
{
    bool sameRows = providerId == m_provider && snapshot.components.size() == m_components.size();
    for (int i = 0; sameRows && i < m_components.size(); ++i)
        sameRows = m_components[i].id == snapshot.components[i].id;
    if (!sameRows) {
        beginResetModel(); // another provider, or the provider's component list changed
        m_provider = providerId;
        m_components = snapshot.components;
        m_watch = watch;
        endResetModel();
        return;
    }
    for (int i = 0; i < m_components.size(); ++i) {
        const feeds::Component &n = snapshot.components[i];
        feeds::Component &o = m_components[i];
        const bool wasWatched = watched(o);
        const bool changed = o.state != n.state || o.name != n.name || o.group != n.group || o.rawStatus != n.rawStatus;
        o = n;
        QStringList oldWatch = m_watch;
        m_watch = watch;
        const bool watchChangedHere = watched(o) != wasWatched;
        m_watch = oldWatch;
        if (changed || watchChangedHere)
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
    m_watch = watch;
}

int ComponentsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_components.size()); }
int ComponentsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ComponentsModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid))
        return {};
    const feeds::Component &c = m_components.at(idx.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (idx.column()) {
        case NameColumn: return c.name;
        case GroupColumn: return c.group;
        case StateColumn: return c.state == HealthState::Unknown && !c.rawStatus.isEmpty()
                ? tr("Unknown (\"%1\")").arg(c.rawStatus) : stateLabel(c.state);
        }
        return {};
    case Qt::CheckStateRole:
        return idx.column() == NameColumn ? QVariant(watched(c) ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::DecorationRole:
        return idx.column() == StateColumn ? QVariant(stateIcon(c.state)) : QVariant();
    case Qt::ToolTipRole:
        return idx.column() == NameColumn ? QVariant(tr("Component id %1").arg(c.id)) : QVariant();
    case StateRole: return int(c.state);
    case ComponentIdRole: return c.id;
    case WatchedRole: return watched(c);
    }
    return {};
}

bool ComponentsModel::setData(const QModelIndex &idx, const QVariant &value, int role)
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole || idx.column() != NameColumn)
        return false;
    const bool on = value.toInt() == Qt::Checked;
    const feeds::Component &c = m_components.at(idx.row());
    if (on == watched(c))
        return true;
    QStringList ids;
    for (const feeds::Component &o : m_components) {
        const bool w = (o.id == c.id) ? on : watched(o);
        if (w)
            ids << o.id;
    }
    if (ids.isEmpty())
        return false; // an empty list means "everything": keep at least one component watched
    // Everything checked is the same as no filter: new components are then watched too.
    m_watch = ids.size() == m_components.size() ? QStringList() : ids;
    emit dataChanged(index(0, NameColumn), index(int(m_components.size()) - 1, NameColumn), {Qt::CheckStateRole, WatchedRole});
    emit watchChanged(m_provider, m_watch);
    return true;
}

Qt::ItemFlags ComponentsModel::flags(const QModelIndex &idx) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(idx);
    if (idx.isValid() && idx.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ComponentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Component (watched)");
    case GroupColumn: return tr("Group");
    case StateColumn: return tr("State");
    }
    return {};
}

} // namespace wf::ui
