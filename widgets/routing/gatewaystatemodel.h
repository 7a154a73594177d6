#pragma once

#include "gateways/gatewaystate.h"

#include <QAbstractTableModel>
#include <QHash>

namespace wf::ui {

// One row per upstream of every gateway, as last read. Rows of a gateway whose last read failed
// stay (the last good state) and are marked stale.
class GatewayStateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { GatewayColumn, BackendColumn, ServerColumn, StateColumn, WeightColumn, HealthColumn, ColumnCount };

    explicit GatewayStateModel(QObject *parent = nullptr);

    void setState(const gateways::GatewayState &state);
    void setStale(const QString &gateway, const QString &error);
    // Marks a gateway's rows as changed outside Watchfloor (`diff` non-empty) or clears the mark.
    void setDrift(const QString &gateway, const QStringList &diff);
    bool isDrifted(const QString &gateway) const { return m_drift.contains(gateway); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString gateway;
        gateways::UpstreamState upstream;
    };
    QList<Row> m_rows;
    QHash<QString, QString> m_stale; // gateway -> last read error
    QHash<QString, QStringList> m_drift; // gateway -> differences made outside Watchfloor
};

} // namespace wf::ui
