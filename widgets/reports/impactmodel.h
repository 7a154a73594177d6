#pragma once

#include "reports/impactanalyzer.h"

#include <QAbstractTableModel>
#include <QList>

namespace wf::ui {

// Customer/app impact, one row per configured app (config order, so rows stay put between
// refreshes and a refresh is a row-targeted dataChanged, never a reset).
class ImpactModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AppColumn, CustomersColumn, StateColumn, SinceColumn, ThroughColumn, FallbackColumn, ColumnCount };
    enum Roles { AffectedRole = Qt::UserRole + 1, SinceMsRole, AppIdRole };

    explicit ImpactModel(QObject *parent = nullptr);

    void setImpacts(const QList<reports::AppImpact> &impacts);
    const QList<reports::AppImpact> &impacts() const { return m_rows; }
    void setNow(qint64 nowMs) { m_nowMs = nowMs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<reports::AppImpact> m_rows;
    qint64 m_nowMs = 0;
};

} // namespace wf::ui
