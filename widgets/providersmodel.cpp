#include "providersmodel.h"

#include "healthpalette.h"

#include <QBrush>

namespace wf::ui {

ProvidersModel::ProvidersModel(const QList<config::ProviderConfig> &providers, QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const auto &p : providers) {
        Row r;
        r.provider = p;
        m_rows << r;
    }
}

int ProvidersModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ProvidersModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

int ProvidersModel::rowOf(const QString &providerId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].provider.id == providerId)
            return i;
    return -1;
}

void ProvidersModel::updateRow(const QString &providerId, const Row &live)
{
    const int r = rowOf(providerId);
    if (r < 0)
        return;
    const config::ProviderConfig cfg = m_rows[r].provider;
    m_rows[r] = live;
    m_rows[r].provider = cfg;
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void ProvidersModel::tick()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LastPollColumn), index(int(m_rows.size()) - 1, LastPollColumn), {Qt::DisplayRole});
}

static QString age(const QDateTime &t)
{
    if (!t.isValid())
        return ProvidersModel::tr("never");
    const qint64 s = t.secsTo(QDateTime::currentDateTimeUtc());
    if (s < 60)
        return ProvidersModel::tr("%1 s ago").arg(qMax<qint64>(0, s));
    if (s < 3600)
        return ProvidersModel::tr("%1 min ago").arg(s / 60);
    return ProvidersModel::tr("%1 h ago").arg(s / 3600);
}

QVariant ProvidersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case StateRole: return int(r.state);
    case ProviderIdRole: return r.provider.id;
    case StaleRole: return r.stale;
    default: break;
    }
    const int col = index.column();
    if (role == Qt::DisplayRole) {
        switch (col) {
        case NameColumn: return r.provider.name;
        case StateColumn: {
            if (r.provider.feeds.isEmpty())
                return tr("No feed");
            if (!r.polled)
                return tr("Awaiting first poll");
            QString text = stateLabel(r.state);
            if (r.stale)
                text += QLatin1Char(' ') + tr("(stale)");
            return text;
        }
        case ComponentsColumn:
            if (!r.polled)
                return QString();
            return r.componentsBad > 0 ? tr("%1 of %2 affected").arg(r.componentsBad).arg(r.components)
                                       : tr("%1 all operational").arg(r.components);
        case IncidentsColumn: return r.polled ? QVariant(r.openIncidents) : QVariant();
        case LastPollColumn: return r.provider.feeds.isEmpty() ? QString() : age(r.lastGoodPoll);
        case SourceColumn:
            if (!r.lastError.isEmpty())
                return r.lastError;
            if (r.provider.feeds.isEmpty())
                return r.provider.feedNote;
            return QString(r.provider.feeds.first().format + QStringLiteral(" · ") + r.provider.feeds.first().url);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (col == SourceColumn && !r.lastError.isEmpty())
            return r.lastError;
        if (col == NameColumn)
            return r.provider.statusPage;
    }
    if (role == Qt::DecorationRole && col == StateColumn)
        return stateIcon(r.polled ? r.state : HealthState::Unknown, r.stale);
    if (role == Qt::ForegroundRole && col == SourceColumn && !r.lastError.isEmpty())
        return QBrush(stateColor(HealthState::PartialOutage));
    if (role == Qt::AccessibleTextRole && col == StateColumn)
        return data(index, Qt::DisplayRole);
    return {};
}

QVariant ProvidersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Provider");
    case StateColumn: return tr("State");
    case ComponentsColumn: return tr("Components");
    case IncidentsColumn: return tr("Open incidents");
    case LastPollColumn: return tr("Last good poll");
    case SourceColumn: return tr("Source / last error");
    }
    return {};
}

} // namespace wf::ui
