#pragma once

#include "feeds/feedsnapshot.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace wf::ui {

// The components one provider reports, with a check box per component: the operator's watch
// list (ProviderConfig.watchComponents, ids or names; empty = everything). Unchecking a component
// when everything is watched turns the list into "all others".
class ComponentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, GroupColumn, StateColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, ComponentIdRole, WatchedRole };

    explicit ComponentsModel(QObject *parent = nullptr);

    // Shows one provider. Same provider and same component ids: rows update in place.
    void setProvider(const QString &providerId, const feeds::FeedSnapshot &snapshot, const QStringList &watch);
    QString providerId() const { return m_provider; }
    QStringList watch() const { return m_watch; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void watchChanged(const QString &providerId, const QStringList &watch);

private:
    bool watched(const feeds::Component &c) const;

    QString m_provider;
    QList<feeds::Component> m_components;
    QStringList m_watch;
};

} // namespace wf::ui
