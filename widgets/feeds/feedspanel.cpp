#include "feedspanel.h"

#include "componentsmodel.h"
#include "incidentsmodel.h"
#include "providersmodel.h"

#include "core/logging.h"
#include "core/settings.h"
#include "feeds/feedhistory.h"
#include "feeds/feedpoller.h"
#include "store/store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace wf::ui {

namespace {

// Keeps incidents (top-level rows) matching the open/provider filter; updates follow their incident.
class IncidentFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(bool openOnly, const QString &provider)
    {
        m_openOnly = openOnly;
        m_providerId = provider;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (parent.isValid())
            return true;
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (m_openOnly && !i.data(IncidentsModel::OpenRole).toBool())
            return false;
        return m_providerId.isEmpty() || i.data(IncidentsModel::ProviderIdRole).toString() == m_providerId;
    }
    bool lessThan(const QModelIndex &a, const QModelIndex &b) const override
    {
        // Incidents: open first, then newest first; updates keep the feed's order (newest first).
        if (a.parent().isValid())
            return a.row() < b.row();
        const bool oa = a.data(IncidentsModel::OpenRole).toBool();
        const bool ob = b.data(IncidentsModel::OpenRole).toBool();
        if (oa != ob)
            return oa;
        return a.data(IncidentsModel::TimeRole).toDateTime() > b.data(IncidentsModel::TimeRole).toDateTime();
    }

private:
    bool m_openOnly = true;
    QString m_providerId;
};

} // namespace

FeedsPanel::FeedsPanel(feeds::FeedPoller *poller, store::Store *store, ProvidersModel *providers, QWidget *parent)
    : QWidget(parent)
    , m_poller(poller)
    , m_store(store)
    , m_providers(providers)
{
    m_incidents = new IncidentsModel(this);
    m_components = new ComponentsModel(this);
    m_proxy = new IncidentFilter(this);
    m_proxy->setSourceModel(m_incidents);
    m_proxy->setDynamicSortFilter(true);

    m_which = new QComboBox;
    m_which->addItem(tr("Open incidents"), QStringLiteral("open"));
    m_which->addItem(tr("Open and recent"), QStringLiteral("all"));
    m_which->setAccessibleName(tr("Which incidents"));
    m_provider = new QComboBox;
    m_provider->addItem(tr("All providers"), QString());
    m_componentsOf = new QComboBox;
    m_componentsOf->setAccessibleName(tr("Components of provider"));
    if (m_providers) {
        for (int r = 0; r < m_providers->rowCount(); ++r) {
            const auto &cfg = m_providers->row(r).provider;
            m_incidents->setProviderName(cfg.id, cfg.name);
            m_provider->addItem(cfg.name, cfg.id);
            if (!cfg.feeds.isEmpty())
                m_componentsOf->addItem(cfg.name, cfg.id);
            // A watch list chosen in the UI outlives restarts and overrides the configuration.
            const QStringList saved = SettingValue<QStringList>(QStringLiteral("Feeds/watch/") + cfg.id, {QStringLiteral("<from-config>")}).get();
            if (saved != QStringList{QStringLiteral("<from-config>")})
                m_providers->setWatchComponents(cfg.id, saved);
        }
    }
    m_provider->setAccessibleName(tr("Incidents of provider"));

    m_tree = new QTreeView;
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(false);
    m_proxy->sort(0);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Incidents"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(IncidentsModel::TitleColumn, QHeaderView::Stretch);

    m_table = new QTableView;
    m_table->setModel(m_components);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for component names and for the header in every language.
    m_table->setColumnWidth(ComponentsModel::NameColumn,
                            std::max(240, m_table->horizontalHeader()->sectionSizeHint(ComponentsModel::NameColumn)));
    m_table->setColumnWidth(ComponentsModel::GroupColumn,
                            std::max(140, m_table->horizontalHeader()->sectionSizeHint(ComponentsModel::GroupColumn)));
    m_table->setAccessibleName(tr("Components"));
    m_hint = new QLabel(tr("Tick the components you depend on: the providers table counts only those."));
    m_hint->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_which);
    top->addWidget(m_provider, 1);
    auto *upper = new QWidget;
    auto *ul = new QVBoxLayout(upper);
    ul->setContentsMargins(0, 0, 0, 0);
    ul->addLayout(top);
    ul->addWidget(m_tree);
    auto *lower = new QWidget;
    auto *ll = new QVBoxLayout(lower);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(m_componentsOf);
    ll->addWidget(m_table);
    ll->addWidget(m_hint);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(upper);
    split->addWidget(lower);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_which, &QComboBox::currentIndexChanged, this, &FeedsPanel::applyFilter);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &FeedsPanel::applyFilter);
    connect(m_componentsOf, &QComboBox::currentIndexChanged, this,
            [this] { showComponentsOf(m_componentsOf->currentData().toString()); });
    connect(m_components, &ComponentsModel::watchChanged, this, [this](const QString &id, const QStringList &watch) {
        SettingValue<QStringList>(QStringLiteral("Feeds/watch/") + id).set(watch);
        if (m_providers)
            m_providers->setWatchComponents(id, watch);
        qCInfo(lcUi).noquote() << id << "watch list:" << (watch.isEmpty() ? QStringLiteral("all components") : watch.join(QStringLiteral(", ")));
    });
    if (m_poller) {
        connect(m_poller, &feeds::FeedPoller::snapshotUpdated, this, [this](const QString &id, const feeds::FeedSnapshot &s) {
            m_incidents->mergeIncidents(id, s.incidents, s.incidentsComplete);
            onStatusChanged(id);
        });
    }
    applyFilter();
    if (m_componentsOf->count() > 0)
        showComponentsOf(m_componentsOf->currentData().toString());
    if (m_store && m_store->isOpen())
        loadHistory();
}

void FeedsPanel::loadHistory()
{
    if (!m_store)
        return;
    m_store->run<Result<QList<feeds::FeedHistory::StoredIncident>>>(
        this, [](store::Database &db) { return feeds::FeedHistory::incidents(db, QString(), 200); },
        [this](Result<QList<feeds::FeedHistory::StoredIncident>> r) {
            if (!r) {
                qCWarning(lcUi).noquote() << "incident history:" << r.error().message;
                return;
            }
            QHash<QString, QList<feeds::Incident>> byProvider;
            for (const auto &si : *r)
                byProvider[si.provider] << si.incident;
            for (auto it = byProvider.cbegin(); it != byProvider.cend(); ++it)
                m_incidents->mergeIncidents(it.key(), it.value(), false);
        });
}

void FeedsPanel::onStatusChanged(const QString &providerId)
{
    if (m_poller && providerId == m_components->providerId()) {
        const feeds::FeedStatus st = m_poller->status(providerId);
        m_components->setProvider(providerId, st.snapshot, m_providers ? m_providers->watchComponents(providerId) : QStringList());
    }
}

void FeedsPanel::showComponentsOf(const QString &providerId)
{
    const int i = m_componentsOf->findData(providerId);
    if (i >= 0 && i != m_componentsOf->currentIndex())
        m_componentsOf->setCurrentIndex(i); // re-enters through the signal
    const feeds::FeedStatus st = m_poller ? m_poller->status(providerId) : feeds::FeedStatus{};
    m_components->setProvider(providerId, st.snapshot, m_providers ? m_providers->watchComponents(providerId) : QStringList());
}

void FeedsPanel::setFilter(const QString &which, const QString &providerId)
{
    m_which->setCurrentIndex(qMax(0, m_which->findData(which)));
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(providerId)));
    applyFilter();
}

void FeedsPanel::applyFilter()
{
    static_cast<IncidentFilter *>(m_proxy)->set(m_which->currentData().toString() == QLatin1String("open"),
                                                m_provider->currentData().toString());
}

} // namespace wf::ui
