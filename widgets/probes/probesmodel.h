#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace wf::probes { class ProbeScheduler; }
namespace wf::health { class HealthEngine; }

namespace wf::ui {

// One row per configured probe: state (with stale/flap from the health engine), last latency,
// each condition's pass/fail, LLM budget used/limit, last detail. Row-targeted updates, coalesced.
class ProbesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, StateColumn, LatencyColumn, ConditionsColumn, BudgetColumn, DetailColumn, ColumnCount };
    enum Role { ProbeIdRole = Qt::UserRole + 1, StateKeyRole, ConditionsPassedRole, ConditionsTotalRole, BudgetUsedRole, BudgetLimitRole };

    ProbesModel(probes::ProbeScheduler *scheduler, health::HealthEngine *health, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString probeId(int row) const { return m_ids.value(row); }

private:
    void flush();

    QPointer<probes::ProbeScheduler> m_scheduler;
    QPointer<health::HealthEngine> m_health;
    QStringList m_ids;
    QSet<QString> m_dirty;
    QTimer m_coalesce;
};

} // namespace wf::ui
