#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace wf::feeds { class FeedPoller; }
namespace wf::store { class Store; }

namespace wf::ui {

class ComponentsModel;
class IncidentsModel;
class ProvidersModel;

// Provider status feeds for the operator: open and recent incidents with their full update list
// (live polls merged with stored history), and per provider the components with a watch check
// box (watch_components). Watch changes go to the providers table and are kept in the settings.
class FeedsPanel : public QWidget
{
    Q_OBJECT
public:
    FeedsPanel(feeds::FeedPoller *poller, store::Store *store, ProvidersModel *providers, QWidget *parent = nullptr);

    IncidentsModel *incidentsModel() const { return m_incidents; }
    ComponentsModel *componentsModel() const { return m_components; }
    QSortFilterProxyModel *incidentsProxy() const { return m_proxy; }

    // "open" or "all"; provider id or "" for all providers.
    void setFilter(const QString &which, const QString &providerId);
    void showComponentsOf(const QString &providerId);
    // Loads incident history from the store (done at construction when the store is already open;
    // otherwise call it once the store has opened).
    void loadHistory();

private:
    void onStatusChanged(const QString &providerId);
    void applyFilter();

    QPointer<feeds::FeedPoller> m_poller;
    QPointer<store::Store> m_store;
    QPointer<ProvidersModel> m_providers;
    IncidentsModel *m_incidents = nullptr;
    ComponentsModel *m_components = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_which = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_componentsOf = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace wf::ui
