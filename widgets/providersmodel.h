#pragma once

#include "config/config.h"
#include "core/healthstate.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace wf::feeds { class FeedPoller; struct FeedStatus; }

namespace wf::ui {

// One row per configured provider: what it says about itself and how fresh that is.
// Updated row by row (dataChanged on that row only), never reset on a poll.
class ProvidersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, ComponentsColumn, IncidentsColumn, LastPollColumn, SourceColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, ProviderIdRole, StaleRole };

    struct Row
    {
        config::ProviderConfig provider;
        HealthState state = HealthState::Unknown;
        bool polled = false;
        bool stale = false;
        int components = 0;
        int componentsBad = 0;
        int openIncidents = 0;
        QDateTime lastGoodPoll;
        QString lastError;
        int warnings = 0;        // tolerated defects in the last good document

        bool sameLiveData(const Row &o) const;
    };

    explicit ProvidersModel(const QList<config::ProviderConfig> &providers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int rowOf(const QString &providerId) const;
    const Row &row(int r) const { return m_rows.at(r); }
    // Replaces the live part of a row and emits dataChanged for that row only.
    void updateRow(const QString &providerId, const Row &live);
    // Refreshes the "last poll" ages (one dataChanged for that column).
    void tick();

    // Live data: follows the poller row by row (statusChanged -> that row's dataChanged only) and
    // refreshes the ages every few seconds.
    void attach(feeds::FeedPoller *poller);
    // Worst state, counts and freshness of one provider from the poller's status, counting only
    // the components in the provider's watch list (watch_components; empty = all).
    void applyStatus(const feeds::FeedStatus &status);
    // Changes a provider's watch list and recomputes its row.
    void setWatchComponents(const QString &providerId, const QStringList &watch);
    QStringList watchComponents(const QString &providerId) const;

private:
    QList<Row> m_rows;
    QPointer<feeds::FeedPoller> m_poller;
    QTimer m_ageTimer;
};

} // namespace wf::ui
