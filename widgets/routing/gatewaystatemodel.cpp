#include "gatewaystatemodel.h"

#include <QColor>

namespace wf::ui {

GatewayStateModel::GatewayStateModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GatewayStateModel::setState(const gateways::GatewayState &state)
{
    m_stale.remove(state.gateway);
    qsizetype first = -1, count = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].gateway == state.gateway) {
            if (first < 0)
                first = i;
            ++count;
        }
    }
    // Same rows in the same order: update in place so selection and scroll position survive.
    bool sameShape = first >= 0 && count == state.upstreams.size();
    for (qsizetype i = 0; sameShape && i < count; ++i)
        sameShape = m_rows[first + i].upstream.key() == state.upstreams[i].key();
    if (sameShape) {
        for (qsizetype i = 0; i < count; ++i)
            m_rows[first + i].upstream = state.upstreams[i];
        emit dataChanged(index(int(first), 0), index(int(first + count - 1), ColumnCount - 1));
        return;
    }
    if (first >= 0) {
        beginRemoveRows({}, int(first), int(first + count - 1));
        m_rows.remove(first, count);
        endRemoveRows();
    } else {
        first = m_rows.size();
    }
    if (state.upstreams.isEmpty())
        return;
    beginInsertRows({}, int(first), int(first + state.upstreams.size() - 1));
    for (qsizetype i = 0; i < state.upstreams.size(); ++i)
        m_rows.insert(first + i, Row{state.gateway, state.upstreams[i]});
    endInsertRows();
}

void GatewayStateModel::setStale(const QString &gateway, const QString &error)
{
    m_stale.insert(gateway, error);
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].gateway == gateway)
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
}

void GatewayStateModel::setDrift(const QString &gateway, const QStringList &diff)
{
    if (diff.isEmpty() ? !m_drift.remove(gateway) : m_drift.value(gateway) == diff)
        return;
    if (!diff.isEmpty())
        m_drift.insert(gateway, diff);
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].gateway == gateway)
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
}

int GatewayStateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GatewayStateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GatewayStateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const bool stale = m_stale.contains(r.gateway);
    if (role == Qt::ToolTipRole && stale)
        return tr("Last read failed: %1 (showing the last known state)").arg(m_stale.value(r.gateway));
    if (role == Qt::ForegroundRole && stale)
        return QColor(Qt::gray);
    const auto drift = m_drift.constFind(r.gateway);
    if (role == Qt::ToolTipRole && drift != m_drift.constEnd())
        return tr("Changed outside Watchfloor: %1").arg(drift->join(QStringLiteral("; ")));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case GatewayColumn: {
        QString name = stale ? tr("%1 (stale)").arg(r.gateway) : r.gateway;
        // A text mark, not only a colour: the row reads the same in every theme.
        if (drift != m_drift.constEnd())
            name = tr("⚠ %1 (changed outside Watchfloor)").arg(name);
        return name;
    }
    case BackendColumn: return r.upstream.backend;
    case ServerColumn: return r.upstream.server;
    case StateColumn: return r.upstream.admin;
    case WeightColumn: return r.upstream.weight < 0 ? QStringLiteral("–") : QString::number(r.upstream.weight);
    case HealthColumn: return r.upstream.health;
    }
    return {};
}

QVariant GatewayStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GatewayColumn: return tr("Gateway");
    case BackendColumn: return tr("Backend / route");
    case ServerColumn: return tr("Server / upstream");
    case StateColumn: return tr("State");
    case WeightColumn: return tr("Weight");
    case HealthColumn: return tr("Gateway health");
    }
    return {};
}

} // namespace wf::ui
