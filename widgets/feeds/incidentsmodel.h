#pragma once

#include "feeds/feedsnapshot.h"

#include <QAbstractItemModel>
#include <QList>

namespace wf::ui {

// Incidents of all providers as a tree: one top-level row per incident, its updates (newest
// first) as children. Merged from live snapshots and stored history; rows are updated in place
// (dataChanged, row inserts), never reset, so selection and expansion survive polls.
class IncidentsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, ProviderColumn, StatusColumn, ImpactColumn, StartedColumn, UpdatedColumn, ColumnCount };
    enum Role { OpenRole = Qt::UserRole + 1, ProviderIdRole, IncidentIdRole, StateRole, IsUpdateRole, TimeRole };

    explicit IncidentsModel(QObject *parent = nullptr);

    // Merges one provider's incidents. With `complete`, an open incident of that provider that is
    // missing from `incidents` has ended (Statuspage summaries list unresolved incidents only).
    void mergeIncidents(const QString &providerId, const QList<feeds::Incident> &incidents, bool complete);
    void setProviderName(const QString &providerId, const QString &name);

    int incidentCount() const { return int(m_entries.size()); }
    const feeds::Incident *incident(const QString &providerId, const QString &incidentId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Entry
    {
        QString provider;
        feeds::Incident incident;
    };
    int find(const QString &providerId, const QString &incidentId) const;
    void replaceUpdates(int row, const QList<feeds::IncidentUpdate> &updates);

    QList<Entry> m_entries;
    QHash<QString, QString> m_providerNames;
};

} // namespace wf::ui
