#include "providersmodel.h"

#include "healthpalette.h"

#include "feeds/componentfilter.h"
#include "feeds/feedpoller.h"

#include <QBrush>

namespace wf::ui {

ProvidersModel::ProvidersModel(const QList<config::ProviderConfig> &providers, QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const auto &p : providers) {
        Row r;
        r.provider = p;
        m_rows << r;
    }
}

int ProvidersModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ProvidersModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

int ProvidersModel::rowOf(const QString &providerId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].provider.id == providerId)
            return i;
    return -1;
}

void ProvidersModel::updateRow(const QString &providerId, const Row &live)
{
    const int r = rowOf(providerId);
    if (r < 0)
        return;
    const config::ProviderConfig cfg = m_rows[r].provider;
    m_rows[r] = live;
    m_rows[r].provider = cfg;
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

bool ProvidersModel::Row::sameLiveData(const Row &o) const
{
    return state == o.state && polled == o.polled && stale == o.stale && components == o.components
        && componentsBad == o.componentsBad && openIncidents == o.openIncidents && lastGoodPoll == o.lastGoodPoll
        && lastError == o.lastError && warnings == o.warnings && provider.watchComponents == o.provider.watchComponents;
}

void ProvidersModel::attach(feeds::FeedPoller *poller)
{
    if (m_poller)
        disconnect(m_poller, nullptr, this, nullptr);
    m_poller = poller;
    if (!poller)
        return;
    connect(poller, &feeds::FeedPoller::statusChanged, this, [this](const QString &id) {
        if (m_poller)
            applyStatus(m_poller->status(id));
    });
    for (const QString &id : poller->providerIds())
        applyStatus(poller->status(id));
    connect(&m_ageTimer, &QTimer::timeout, this, &ProvidersModel::tick, Qt::UniqueConnection);
    m_ageTimer.start(5000);
}

void ProvidersModel::applyStatus(const feeds::FeedStatus &status)
{
    const int r = rowOf(status.providerId);
    if (r < 0)
        return;
    Row next = m_rows[r];
    next.polled = status.hasSnapshot;
    next.stale = status.stale;
    next.lastGoodPoll = status.lastGoodPoll;
    next.lastError = status.lastError;
    next.components = 0;
    next.componentsBad = 0;
    next.openIncidents = 0;
    next.warnings = int(status.snapshot.warnings.size());
    const feeds::FeedSnapshot &s = status.snapshot;
    // Names in the watch list become ids while they still match: a later rename keeps them.
    next.provider.watchComponents = feeds::resolveWatchNames(next.provider.watchComponents, s);
    const QStringList &watch = next.provider.watchComponents;
    // The page-wide indicator only counts when the operator watches the whole page.
    HealthState state = (watch.isEmpty() && s.hasIndicator) ? s.indicatorState : HealthState::Operational;
    for (const feeds::Component &c : s.components) {
        if (!feeds::isWatched(watch, c))
            continue;
        ++next.components;
        if (c.state != HealthState::Operational)
            ++next.componentsBad;
        state = worst(state, c.state);
    }
    for (const feeds::Incident &i : s.incidents) {
        if (!i.open || !feeds::isWatched(watch, i, s))
            continue;
        ++next.openIncidents;
        state = worst(state, i.impactState);
    }
    for (const feeds::Incident &m : s.maintenances)
        if (m.open && feeds::isWatched(watch, m, s))
            state = worst(state, HealthState::Maintenance);
    next.state = status.hasSnapshot ? state : HealthState::Unknown;
    if (next.sameLiveData(m_rows[r]))
        return;
    m_rows[r] = next;
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void ProvidersModel::setWatchComponents(const QString &providerId, const QStringList &watch)
{
    const int r = rowOf(providerId);
    if (r < 0 || m_rows[r].provider.watchComponents == watch)
        return;
    m_rows[r].provider.watchComponents = watch;
    if (m_poller)
        applyStatus(m_poller->status(providerId));
    else
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

QStringList ProvidersModel::watchComponents(const QString &providerId) const
{
    const int r = rowOf(providerId);
    return r < 0 ? QStringList() : m_rows[r].provider.watchComponents;
}

void ProvidersModel::tick()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LastPollColumn), index(int(m_rows.size()) - 1, LastPollColumn), {Qt::DisplayRole});
}

static QString age(const QDateTime &t)
{
    if (!t.isValid())
        return ProvidersModel::tr("never");
    const qint64 s = t.secsTo(QDateTime::currentDateTimeUtc());
    if (s < 60)
        return ProvidersModel::tr("%1 s ago").arg(qMax<qint64>(0, s));
    if (s < 3600)
        return ProvidersModel::tr("%1 min ago").arg(s / 60);
    return ProvidersModel::tr("%1 h ago").arg(s / 3600);
}

QVariant ProvidersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case StateRole: return int(r.state);
    case ProviderIdRole: return r.provider.id;
    case StaleRole: return r.stale;
    default: break;
    }
    const int col = index.column();
    if (role == Qt::DisplayRole) {
        switch (col) {
        case NameColumn: return r.provider.name;
        case StateColumn: {
            if (r.provider.feeds.isEmpty())
                return tr("No feed");
            if (!r.polled)
                return tr("Awaiting first poll");
            QString text = stateLabel(r.state);
            if (r.stale)
                text += QLatin1Char(' ') + tr("(stale)");
            return text;
        }
        case ComponentsColumn:
            if (!r.polled)
                return QString();
            return r.componentsBad > 0 ? tr("%1 of %2 affected").arg(r.componentsBad).arg(r.components)
                                       : tr("%1 all operational").arg(r.components);
        case IncidentsColumn: return r.polled ? QVariant(r.openIncidents) : QVariant();
        case LastPollColumn: return r.provider.feeds.isEmpty() ? QString() : age(r.lastGoodPoll);
        case SourceColumn:
            if (!r.lastError.isEmpty())
                return r.lastError;
            if (r.provider.feeds.isEmpty())
                return r.provider.feedNote;
            return QString(r.provider.feeds.first().format + QStringLiteral(" · ") + r.provider.feeds.first().url);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (col == SourceColumn && !r.lastError.isEmpty())
            return r.lastError;
        if (col == NameColumn)
            return r.provider.statusPage;
        if (col == ComponentsColumn && !r.provider.watchComponents.isEmpty())
            return tr("Watching: %1").arg(r.provider.watchComponents.join(QStringLiteral(", ")));
        if (col == StateColumn && r.stale)
            return tr("No good poll for more than three intervals; showing the last known state");
        if (col == SourceColumn && r.warnings > 0)
            return tr("%n tolerated defect(s) in the last document (see the log)", nullptr, r.warnings);
    }
    if (role == Qt::DecorationRole && col == StateColumn)
        return stateIcon(r.polled ? r.state : HealthState::Unknown, r.stale);
    if (role == Qt::ForegroundRole && col == SourceColumn && !r.lastError.isEmpty())
        return QBrush(stateColor(HealthState::PartialOutage));
    if (role == Qt::AccessibleTextRole && col == StateColumn)
        return data(index, Qt::DisplayRole);
    return {};
}

QVariant ProvidersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Provider");
    case StateColumn: return tr("State");
    case ComponentsColumn: return tr("Components");
    case IncidentsColumn: return tr("Open incidents");
    case LastPollColumn: return tr("Last good poll");
    case SourceColumn: return tr("Source / last error");
    }
    return {};
}

} // namespace wf::ui
