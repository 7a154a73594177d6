#include "alertsmodel.h"
#include "core/clock.h"

#include "alerts/alertengine.h"
#include "healthpalette.h"

#include <QDateTime>
#include <QFont>

namespace wf::ui {

AlertsModel::AlertsModel(alerts::AlertEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
{
    m_rows = engine->alerts();
    connect(engine, &alerts::AlertEngine::alertChanged, this, &AlertsModel::upsert);
    connect(engine, &alerts::AlertEngine::alertRemoved, this, &AlertsModel::remove);
    m_tick.setInterval(60000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, SinceColumn), index(int(m_rows.size()) - 1, AckColumn), {Qt::DisplayRole, Qt::ToolTipRole});
    });
    m_tick.start();
}

int AlertsModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == key)
            return i;
    return -1;
}

void AlertsModel::upsert(const alerts::Alert &alert)
{
    const int row = rowOf(alert.key);
    if (row >= 0) {
        m_rows[row] = alert;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(alert);
    endInsertRows();
}

void AlertsModel::remove(const QString &key)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertsModel::nodeLabel(const QString &nodeId) const
{
    return nodeId.mid(nodeId.indexOf(QLatin1Char(':')) + 1);
}

static QString elapsed(qint64 ms)
{
    const qint64 min = ms / 60000;
    if (min < 60)
        return AlertsModel::tr("%n min", nullptr, int(min));
    if (min < 48 * 60)
        return AlertsModel::tr("%1 h %2 min").arg(min / 60).arg(min % 60);
    return AlertsModel::tr("%n day(s)", nullptr, int(min / 1440));
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const alerts::Alert &a = m_rows[index.row()];
    const qint64 now = m_engine ? m_engine->now() : wf::clock::nowMs();
    switch (role) {
    case KeyRole: return a.key;
    case SeverityKeyRole: return alerts::severityKey(a.severity);
    case FiringRole: return a.firing;
    case AcknowledgedRole: return a.isAcknowledged(now);
    case NodeIdRole: return a.nodeId;
    default: break;
    }
    const int col = index.column();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (col) {
        case SeverityColumn: return alerts::severityLabel(a.severity);
        case NodeColumn: return nodeLabel(a.nodeId);
        case SummaryColumn:
            return a.dependents > 0 ? tr("%1 (+%2 suppressed)").arg(a.summary).arg(a.dependents) : a.summary;
        case SinceColumn:
            return tr("%1 UTC (%2)").arg(QDateTime::fromMSecsSinceEpoch(a.sinceMs, Qt::UTC).toString(QStringLiteral("MM-dd HH:mm")),
                                         elapsed(now - a.sinceMs));
        case StateColumn:
            if (a.silencedBy != 0)
                return a.firing ? tr("Firing (silenced)") : tr("Recovered (silenced)");
            return a.firing ? tr("Firing") : tr("Recovered");
        case AckColumn:
            if (!a.isAcknowledged(now))
                return a.raisedCount > 1 ? tr("Not acknowledged (raised %n times)", nullptr, a.raisedCount) : tr("Not acknowledged");
            return tr("%1 until %2 UTC").arg(a.ackBy, QDateTime::fromMSecsSinceEpoch(a.ackUntilMs, Qt::UTC).toString(QStringLiteral("HH:mm")));
        }
    }
    if (role == Qt::ToolTipRole) {
        if (col == AckColumn && !a.ackComment.isEmpty())
            return a.ackComment;
        if (col == NodeColumn)
            return a.nodeId;
        if (col == SummaryColumn)
            return a.summary;
    }
    if (role == Qt::DecorationRole) {
        if (col == SeverityColumn)
            return stateIcon(a.severity == alerts::Severity::Critical ? HealthState::MajorOutage
                             : a.severity == alerts::Severity::Warning ? HealthState::Degraded : HealthState::Unknown);
        if (col == StateColumn)
            return stateIcon(a.firing ? a.state : HealthState::Operational);
    }
    if (role == Qt::FontRole && col == StateColumn && a.firing && !a.isAcknowledged(now)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case NodeColumn: return tr("Node");
    case SummaryColumn: return tr("Summary");
    case SinceColumn: return tr("Since");
    case StateColumn: return tr("State");
    case AckColumn: return tr("Acknowledged");
    }
    return {};
}

} // namespace wf::ui
