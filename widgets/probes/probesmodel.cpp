#include "probesmodel.h"

#include "health/healthengine.h"
#include "healthpalette.h"
#include "probes/probescheduler.h"
#include "topology/topologybuilder.h"

#include <QDateTime>

namespace wf::ui {

ProbesModel::ProbesModel(probes::ProbeScheduler *scheduler, health::HealthEngine *health, QObject *parent)
    : QAbstractTableModel(parent)
    , m_scheduler(scheduler)
    , m_health(health)
{
    if (m_scheduler) {
        m_ids = m_scheduler->probeIds();
        connect(m_scheduler, &probes::ProbeScheduler::statusChanged, this, [this](const QString &id) {
            m_dirty.insert(id);
            if (!m_coalesce.isActive())
                m_coalesce.start();
        });
    }
    if (m_health) {
        connect(m_health, &health::HealthEngine::nodeStateChanged, this, [this](const QString &node) {
            if (node.startsWith(QLatin1String("probe:")) && m_ids.contains(node.mid(6))) {
                m_dirty.insert(node.mid(6));
                if (!m_coalesce.isActive())
                    m_coalesce.start();
            }
        });
    }
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(40); // coalesce bursts of results into one repaint
    connect(&m_coalesce, &QTimer::timeout, this, &ProbesModel::flush);
}

void ProbesModel::flush()
{
    for (const QString &id : std::as_const(m_dirty)) {
        const int row = int(m_ids.indexOf(id));
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    m_dirty.clear();
}

int ProbesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ProbesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProbesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Probe");
    case KindColumn: return tr("Kind");
    case StateColumn: return tr("State");
    case LatencyColumn: return tr("Latency");
    case ConditionsColumn: return tr("Conditions");
    case BudgetColumn: return tr("LLM budget / h");
    case DetailColumn: return tr("Last result");
    }
    return {};
}

QVariant ProbesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_scheduler || index.row() >= m_ids.size())
        return {};
    const QString id = m_ids[index.row()];
    const auto st = m_scheduler->status(id);
    const QString node = topology::ids::probe(id);
    // The health engine's view (thresholds, stale, flap) wins over the raw last result.
    HealthState state = m_health ? m_health->state(node) : HealthState::Unknown;
    if (!m_health && st.last)
        state = st.last->state;
    const bool stale = m_health && m_health->isStale(node);
    const bool flapping = m_health && m_health->isFlapping(node);
    int passed = 0;
    const int total = st.last ? int(st.last->conditions.size()) : 0;
    if (st.last)
        for (const auto &c : st.last->conditions)
            passed += c.pass ? 1 : 0;

    switch (role) {
    case ProbeIdRole: return id;
    case StateKeyRole: return stateKey(state);
    case ConditionsPassedRole: return passed;
    case ConditionsTotalRole: return total;
    case BudgetUsedRole: return st.budgetUsed;
    case BudgetLimitRole: return st.budgetLimit;
    default: break;
    }

    const int col = index.column();
    if (role == Qt::DecorationRole && col == StateColumn)
        return stateIcon(state, stale);
    if (role == Qt::ToolTipRole) {
        if (col == ConditionsColumn && st.last) {
            QStringList lines;
            for (const auto &c : st.last->conditions)
                lines << (c.pass ? tr("\u2713 %1 (%2)") : tr("\u2717 %1 (%2)")).arg(c.text, c.actual);
            return lines.join(QLatin1Char('\n'));
        }
        if (col == DetailColumn && st.last)
            return st.last->detail;
        if (col == BudgetColumn && st.budgetLimit > 0)
            return tr("%1 requests in the last hour for %2; at most %3").arg(st.budgetUsed).arg(st.modelKey).arg(st.budgetLimit);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (col) {
    case NameColumn: return st.config.name.isEmpty() ? id : st.config.name;
    case KindColumn:
        return st.config.via.isEmpty() ? st.config.kind : tr("%1 via %2").arg(st.config.kind, st.config.via);
    case StateColumn: {
        QString text = stateLabel(state);
        if (stale)
            text = tr("%1 (stale)").arg(text);
        if (flapping)
            text = tr("%1 (flapping)").arg(text);
        if (st.last && st.last->selfOffline)
            text = tr("%1 (own network down)").arg(text);
        return text;
    }
    case LatencyColumn:
        return st.last && st.last->latencyMs >= 0 ? tr("%1 ms").arg(qRound(st.last->latencyMs)) : QStringLiteral("\u2014");
    case ConditionsColumn: {
        if (!st.last || st.last->conditions.isEmpty())
            return QStringLiteral("\u2014");
        QStringList parts;
        for (const auto &c : st.last->conditions)
            parts << (c.pass ? QStringLiteral("\u2713 ") : QStringLiteral("\u2717 ")) + c.text;
        return parts.join(QStringLiteral("  "));
    }
    case BudgetColumn:
        if (st.budgetLimit <= 0)
            return QStringLiteral("\u2014");
        return st.budgetExhausted ? tr("%1/%2 (paused)").arg(st.budgetUsed).arg(st.budgetLimit)
                                  : tr("%1/%2").arg(st.budgetUsed).arg(st.budgetLimit);
    case DetailColumn:
        if (!st.problem.isEmpty())
            return st.problem;
        if (!st.last)
            return st.running ? tr("running\u2026") : tr("not run yet");
        return tr("%1 \u2014 %2 \u2014 %3").arg(QDateTime::fromMSecsSinceEpoch(st.last->tsMs).toString(QStringLiteral("HH:mm:ss")),
                                               probes::outcomeLabel(st.last->outcome), st.last->detail);
    }
    return {};
}

} // namespace wf::ui
