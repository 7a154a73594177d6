#pragma once

#include "alerts/alert.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace wf::alerts { class AlertEngine; }

namespace wf::ui {

// The operator's alert list: one row per listed alert (firing, or recovered and waiting for an
// acknowledgement). Updates are row-targeted; the "since" column is refreshed once a minute.
class AlertsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, NodeColumn, SummaryColumn, SinceColumn, StateColumn, AckColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, SeverityKeyRole, FiringRole, AcknowledgedRole, NodeIdRole };

    explicit AlertsModel(alerts::AlertEngine *engine, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    alerts::Alert alertAt(int row) const { return m_rows.value(row); }
    int rowOf(const QString &key) const;

private:
    void upsert(const alerts::Alert &alert);
    void remove(const QString &key);
    QString nodeLabel(const QString &nodeId) const;

    QPointer<alerts::AlertEngine> m_engine;
    QList<alerts::Alert> m_rows; // oldest first
    QTimer m_tick;
};

} // namespace wf::ui
