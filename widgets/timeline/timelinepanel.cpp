#include "timelinepanel.h"
#include "core/clock.h"

#include "store/store.h"
#include "filterbar.h"
#include "viewfilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>

namespace wf::ui {

namespace {
struct Preset
{
    const char *label;
    qint64 spanMs;
};
const Preset kPresets[] = {
    {QT_TRANSLATE_NOOP("wf::ui::TimelinePanel", "1 hour"), 3'600'000},
    {QT_TRANSLATE_NOOP("wf::ui::TimelinePanel", "6 hours"), 6 * 3'600'000},
    {QT_TRANSLATE_NOOP("wf::ui::TimelinePanel", "24 hours"), 24 * 3'600'000},
    {QT_TRANSLATE_NOOP("wf::ui::TimelinePanel", "7 days"), 7 * 86'400'000LL},
    {QT_TRANSLATE_NOOP("wf::ui::TimelinePanel", "30 days"), 30 * 86'400'000LL},
    {QT_TRANSLATE_NOOP("wf::ui::TimelinePanel", "90 days"), 90 * 86'400'000LL},
};
} // namespace

TimelinePanel::TimelinePanel(store::Store *store, TimelineCanvas::Resolver resolver, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock([] { return wf::clock::nowMs(); })
{
    m_canvas = new TimelineCanvas;
    m_canvas->setObjectName(QStringLiteral("timelineCanvas"));
    m_canvas->setResolver(std::move(resolver));

    m_presets = new QComboBox;
    m_presets->setObjectName(QStringLiteral("timelinePresets"));
    m_presets->setAccessibleName(tr("Time range"));
    for (const Preset &p : kPresets)
        m_presets->addItem(tr(p.label), p.spanMs);
    m_presets->setCurrentIndex(1);
    m_live = new QCheckBox(tr("Live"));
    m_live->setObjectName(QStringLiteral("timelineLive"));
    m_live->setChecked(true);
    m_live->setToolTip(tr("Follow the clock; panning into the past turns this off"));
    m_incidents = new QComboBox;
    m_incidents->setObjectName(QStringLiteral("timelineIncidents"));
    m_incidents->setAccessibleName(tr("Jump to incident"));
    m_incidents->setMinimumContentsLength(28);
    m_incidents->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("timelineFilter"));
    m_filter->setAccessibleName(tr("Filter lanes"));
    m_filter->setPlaceholderText(tr("Filter lanes (provider, component, probe)"));
    m_filter->setClearButtonEnabled(true);
    m_filterBar = new FilterBar(QStringLiteral("timeline"));
    auto *png = new QPushButton(tr("PNG…"));
    png->setToolTip(tr("Export the timeline as an image"));
    auto *csvButton = new QPushButton(tr("CSV…"));
    csvButton->setToolTip(tr("Export the visible range as CSV"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("timelineStatus"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Range:")));
    bar->addWidget(m_presets);
    bar->addWidget(m_live);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Incident:")));
    bar->addWidget(m_incidents);
    bar->addSpacing(12);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_filterBar, 1);
    bar->addWidget(png);
    bar->addWidget(csvButton);

    m_scroll = new QScrollArea;
    connect(m_canvas, &TimelineCanvas::laneSelected, this, [this](const QString &target) {
        emit nodeSelected(TimelineCanvas::nodeForLane(target));
    });
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_status);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(40);
    connect(m_reloadTimer, &QTimer::timeout, this, &TimelinePanel::reload);
    m_liveTimer = new QTimer(this);
    m_liveTimer->setInterval(5000);
    connect(m_liveTimer, &QTimer::timeout, this, [this] {
        if (!m_canvas->isLive())
            return;
        const qint64 span = m_canvas->toMs() - m_canvas->fromMs();
        const qint64 now = m_clock();
        m_canvas->setNow(now);
        m_canvas->setRange(now - span + span / 50, now + span / 50);
    });
    m_liveTimer->start();

    connect(m_canvas, &TimelineCanvas::rangeChanged, this, &TimelinePanel::scheduleReload);
    connect(m_canvas, &TimelineCanvas::liveChanged, m_live, &QCheckBox::setChecked);
    connect(m_presets, &QComboBox::activated, this, &TimelinePanel::applyPreset);
    connect(m_live, &QCheckBox::toggled, this, [this](bool on) {
        if (on != m_canvas->isLive()) {
            m_canvas->setLive(on);
            if (on)
                applyPreset(m_presets->currentIndex());
        }
    });
    connect(m_incidents, &QComboBox::activated, this, [this](int index) {
        const qint64 t = m_incidents->itemData(index).toLongLong();
        if (t <= 0)
            return;
        m_canvas->setLive(false);
        m_live->setChecked(false);
        const qint64 span = m_canvas->toMs() - m_canvas->fromMs();
        m_canvas->setRange(t - span / 5, t - span / 5 + span);
    });
    connect(m_filter, &QLineEdit::textChanged, m_canvas, &TimelineCanvas::setFilter);
    setViewFilter(new ViewFilter(this));
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export timeline"), QStringLiteral("timeline.png"), tr("PNG image (*.png)"));
        if (!path.isEmpty() && !exportPng(path))
            m_status->setText(tr("Could not write %1").arg(path));
    });
    connect(csvButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export timeline"), QStringLiteral("timeline.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty() && !exportCsv(path))
            m_status->setText(tr("Could not write %1").arg(path));
    });
    applyPreset(m_presets->currentIndex());
}

void TimelinePanel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    if (m_canvas->isLive())
        applyPreset(m_presets->currentIndex());
}

void TimelinePanel::setViewFilter(ViewFilter *filter)
{
    if (!filter || filter == m_viewFilter)
        return;
    if (m_viewFilter)
        disconnect(m_viewFilter, nullptr, this, nullptr);
    m_viewFilter = filter;
    m_filterBar->setFilter(filter);
    connect(filter, &ViewFilter::changed, this, [this] { m_canvas->setFilterSpec(m_viewFilter->spec()); });
    m_canvas->setFilterSpec(filter->spec());
}

int TimelinePanel::presetCount() const
{
    return m_presets->count();
}

void TimelinePanel::applyPreset(int index)
{
    showSpan(m_presets->itemData(index).toLongLong(), m_canvas->isLive());
}

void TimelinePanel::showSpan(qint64 spanMs, bool live)
{
    for (int i = 0; i < m_presets->count(); ++i)
        if (m_presets->itemData(i).toLongLong() == spanMs)
            m_presets->setCurrentIndex(i);
    m_canvas->setLive(live);
    m_live->setChecked(live);
    const qint64 now = m_clock();
    m_canvas->setNow(now);
    const qint64 to = live ? now + spanMs / 50 : m_canvas->toMs();
    m_canvas->setRange(to - spanMs, to);
}

void TimelinePanel::showRange(qint64 fromMs, qint64 toMs)
{
    m_canvas->setLive(false);
    m_live->setChecked(false);
    m_canvas->setRange(fromMs, toMs);
}

void TimelinePanel::scheduleReload()
{
    m_reloadTimer->start();
}

void TimelinePanel::reload()
{
    if (!m_store || !m_store->isOpen())
        return;
    if (m_loading) {
        m_pending = true; // one load in flight; the latest range wins
        return;
    }
    m_loading = true;
    const qint64 from = m_canvas->fromMs();
    const qint64 to = m_canvas->toMs();
    const qint64 res = m_canvas->resolutionMs();
    const quint64 gen = ++m_generation;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_store->run<Result<store::TimelineData>>(this,
        [from, to, res](store::Database &db) { return store::TimelineQuery::load(db, from, to, res); },
        [this, gen, timer](Result<store::TimelineData> r) {
            m_loading = false;
            if (gen == m_generation) {
                if (r) {
                    m_canvas->setNow(m_clock());
                    m_canvas->setData(*r);
                    QStringList providers;
                    QStringList tags;
                    for (const auto &lane : r->lanes) {
                        const LaneInfo info = m_canvas->laneInfo(lane.target);
                        providers << info.provider;
                        tags << info.tags;
                    }
                    m_viewFilter->addChoices(providers, tags);
                    m_status->setText(tr("%1 lanes · %2 incident updates · %3 operator actions · loaded in %4 ms")
                                          .arg(r->lanes.size()).arg(r->markers.size()).arg(r->annotations.size()).arg(timer->elapsed()));
                    refreshIncidents();
                } else {
                    m_status->setText(tr("Timeline unavailable: %1").arg(r.error().message));
                }
                emit loaded();
            }
            if (m_pending) {
                m_pending = false;
                reload();
            }
        });
}

void TimelinePanel::refreshIncidents()
{
    const qint64 until = m_clock();
    m_store->run<QList<QPair<QString, qint64>>>(this,
        [until](store::Database &db) {
            QList<QPair<QString, qint64>> out;
            auto st = db.prepare(QStringLiteral(
                "SELECT provider, title, coalesce(started_ms, 0) FROM incidents WHERE coalesce(started_ms, 0) > ?1 "
                "ORDER BY started_ms DESC LIMIT 100"));
            if (!st)
                return out;
            st->bind(1, until - 90 * 86'400'000LL);
            while (st->step())
                out.append({st->text(0) + QStringLiteral(": ") + st->text(1), st->int64(2)});
            return out;
        },
        [this](QList<QPair<QString, qint64>> list) {
            const QString current = m_incidents->currentText();
            m_incidents->clear();
            m_incidents->addItem(list.isEmpty() ? tr("No incidents in 90 days") : tr("Jump to…"), 0);
            for (const auto &[title, t] : list)
                m_incidents->addItem(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(QStringLiteral("MM-dd HH:mm ")) + title, t);
            const int i = m_incidents->findText(current);
            if (i > 0)
                m_incidents->setCurrentIndex(i);
        });
}

bool TimelinePanel::exportPng(const QString &path) const
{
    return m_canvas->grab().save(path, "PNG");
}

QString TimelinePanel::csv() const
{
    auto q = [](QString s) -> QString {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    };
    auto iso = [](qint64 ms) -> QString { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); };
    QString out = QStringLiteral("group,lane,target,from_utc,to_utc,state\n");
    const auto &data = m_canvas->data();
    const qint64 from = m_canvas->fromMs();
    const qint64 to = m_canvas->toMs();
    for (const auto &row : m_canvas->rows()) {
        if (row.isGroup)
            continue;
        const auto &lane = data.lanes[row.lane];
        for (int i = 0; i < lane.bands.size(); ++i) {
            const auto &b = lane.bands[i];
            const bool last = i == lane.bands.size() - 1;
            const qint64 end = qMin(to, last && m_canvas->isLive() ? qMax(b.toMs, m_clock()) : b.toMs);
            const qint64 start = qMax(from, b.fromMs);
            if (end < start)
                continue;
            out += q(row.group) + QLatin1Char(',') + q(row.label) + QLatin1Char(',') + q(lane.target) + QLatin1Char(',')
                 + iso(start) + QLatin1Char(',') + iso(end) + QLatin1Char(',') + stateKey(b.state) + QLatin1Char('\n');
        }
    }
    return out;
}

bool TimelinePanel::exportCsv(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(csv().toUtf8());
    return f.error() == QFile::NoError;
}

bool TimelinePanel::selectNode(const QString &nodeId)
{
    const QString target = TimelineCanvas::laneForNode(nodeId);
    if (!m_canvas->setSelectedTarget(target))
        return false;
    const int y = TimelineCanvas::kAxisHeight + m_canvas->rowOf(target) * TimelineCanvas::kRowHeight;
    m_scroll->ensureVisible(TimelineCanvas::kLabelWidth / 2, y + TimelineCanvas::kRowHeight / 2, 0, TimelineCanvas::kRowHeight * 2);
    return true;
}

} // namespace wf::ui
