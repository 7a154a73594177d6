#include "reports/impactmodel.h"

#include "healthpalette.h"
#include "reports/incidentreport.h"

#include <QBrush>

namespace wf::ui {

ImpactModel::ImpactModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImpactModel::setImpacts(const QList<reports::AppImpact> &impacts)
{
    bool sameApps = impacts.size() == m_rows.size();
    for (int i = 0; sameApps && i < impacts.size(); ++i)
        sameApps = impacts[i].appId == m_rows[i].appId;
    if (!sameApps) {
        beginResetModel();
        m_rows = impacts;
        endResetModel();
        return;
    }
    m_rows = impacts;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int ImpactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImpactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImpactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const reports::AppImpact &a = m_rows.at(index.row());
    if (role == AffectedRole)
        return a.affected();
    if (role == SinceMsRole)
        return a.sinceMs;
    if (role == AppIdRole)
        return a.appId;
    const HealthState shown = a.affected() && !isBad(a.state) ? HealthState::Degraded : a.state;
    switch (index.column()) {
    case AppColumn:
        if (role == Qt::DisplayRole)
            return a.name;
        if (role == Qt::ToolTipRole && !a.tags.isEmpty())
            return tr("Tags: %1").arg(a.tags.join(QStringLiteral(", ")));
        break;
    case CustomersColumn:
        if (role == Qt::DisplayRole)
            return a.customers.join(QStringLiteral(", "));
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return a.affected() ? stateLabel(shown) : tr("Not affected");
        if (role == Qt::DecorationRole)
            return stateIcon(a.affected() ? shown : HealthState::Operational);
        if (role == Qt::AccessibleTextRole)
            return a.affected() ? tr("Affected: %1").arg(stateLabel(shown)) : tr("Not affected");
        break;
    case SinceColumn:
        if (role == Qt::DisplayRole) {
            if (!a.affected())
                return QString();
            if (a.sinceMs <= 0)
                return tr("unknown");
            const QString t = reports::IncidentReport::formatTime(a.sinceMs);
            return m_nowMs > a.sinceMs ? tr("%1 (%2)").arg(t, reports::IncidentReport::formatDuration(m_nowMs - a.sinceMs)) : t;
        }
        break;
    case ThroughColumn:
        if (role == Qt::DisplayRole)
            return a.throughText();
        break;
    case FallbackColumn:
        if (role == Qt::DisplayRole) {
            if (!a.affected())
                return QString();
            return a.fallbackCarrying ? tr("Yes: %1").arg(a.fallbackText()) : tr("No");
        }
        if (role == Qt::ForegroundRole && a.affected() && !a.fallbackCarrying)
            return QBrush(stateColor(HealthState::MajorOutage));
        break;
    default:
        break;
    }
    return {};
}

QVariant ImpactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AppColumn: return tr("App");
    case CustomersColumn: return tr("Customers");
    case StateColumn: return tr("Impact");
    case SinceColumn: return tr("Since (UTC)");
    case ThroughColumn: return tr("Through provider / model");
    case FallbackColumn: return tr("Fallback carrying traffic");
    default: return {};
    }
}

} // namespace wf::ui
