#include "chartspanel.h"
#include "core/clock.h"

#include "healthpalette.h"

#include "engine/engine.h"
#include "health/healthengine.h"
#include "store/latencyseries.h"
#include "store/store.h"
#include "topology/graph.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

namespace wf::ui {

namespace {
constexpr int kBuckets = 120;
const qint64 kPeriods[] = {86'400'000LL, 7 * 86'400'000LL, 30 * 86'400'000LL, 90 * 86'400'000LL};
} // namespace

ChartsPanel::ChartsPanel(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_clock([] { return wf::clock::nowMs(); })
{
    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("chartTarget"));
    m_target->setAccessibleName(tr("Probe or node"));
    m_target->setMinimumContentsLength(30);
    m_range = new QComboBox;
    m_range->setObjectName(QStringLiteral("chartRange"));
    m_range->setAccessibleName(tr("Time range"));
    m_range->addItem(tr("1 hour"), 3'600'000LL);
    m_range->addItem(tr("6 hours"), 6 * 3'600'000LL);
    m_range->addItem(tr("24 hours"), 24 * 3'600'000LL);
    m_range->addItem(tr("7 days"), 7 * 86'400'000LL);
    m_range->addItem(tr("30 days"), 30 * 86'400'000LL);
    m_range->addItem(tr("90 days"), 90 * 86'400'000LL);
    m_range->setCurrentIndex(2);

    m_p50 = new QLineSeries;
    m_p50->setName(tr("p50"));
    m_p95 = new QLineSeries;
    m_p95->setName(tr("p95"));
    m_p99 = new QLineSeries;
    m_p99->setName(tr("p99"));
    m_errors = new QLineSeries;
    m_errors->setName(tr("error rate %"));
    m_chart = new QChart;
    m_chart->setBackgroundVisible(false);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    for (QLineSeries *s : {m_p50, m_p95, m_p99, m_errors})
        m_chart->addSeries(s);
    m_x = new QDateTimeAxis;
    m_x->setFormat(QStringLiteral("MM-dd HH:mm"));
    m_x->setTitleText(tr("UTC"));
    m_yMs = new QValueAxis;
    m_yMs->setTitleText(tr("latency (ms)"));
    m_yMs->setLabelFormat(QStringLiteral("%d"));
    m_yErr = new QValueAxis;
    m_yErr->setTitleText(tr("error rate (%)"));
    m_yErr->setRange(0, 100);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_yMs, Qt::AlignLeft);
    m_chart->addAxis(m_yErr, Qt::AlignRight);
    for (QLineSeries *s : {m_p50, m_p95, m_p99}) {
        s->attachAxis(m_x);
        s->attachAxis(m_yMs);
    }
    m_errors->attachAxis(m_x);
    m_errors->attachAxis(m_yErr);
    applyChartTheme();
    m_view = new QChartView(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Latency and error rate chart"));
    m_view->setMinimumHeight(260);

    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);

    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("availabilityTable"));
    m_table->setAccessibleName(tr("Availability"));
    m_table->setHorizontalHeaderLabels({tr("Node"), tr("24 h"), tr("7 days"), tr("30 days"), tr("90 days")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Latency of:")));
    bar->addWidget(m_target, 1);
    bar->addWidget(new QLabel(tr("Range:")));
    bar->addWidget(m_range);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(m_note);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("<b>Availability</b> (degraded counts as up; maintenance and unknown time excluded)")));
    bottomLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(40); // coalesce bursts of changes into one load and one repaint
    connect(m_reloadTimer, &QTimer::timeout, this, &ChartsPanel::reload);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(30'000);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            reload();
            refreshAvailability();
        }
    });
    m_refreshTimer->start();
    connect(m_target, &QComboBox::currentIndexChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_range, &QComboBox::currentIndexChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    refreshTargets();
}

QLineSeries *ChartsPanel::series(int which) const
{
    switch (which) {
    case 0: return m_p50;
    case 1: return m_p95;
    case 2: return m_p99;
    default: return m_errors;
    }
}

void ChartsPanel::refreshTargets()
{
    const QString current = m_target->currentData().toString();
    m_target->blockSignals(true);
    m_target->clear();
    for (const auto &p : m_engine->config().probes)
        m_target->addItem(tr("%1 (probe, %2)").arg(p.name, p.kind), QString(QStringLiteral("probe:") + p.id));
    if (const topology::Graph *g = m_engine->topology()) {
        for (int i = 0; i < g->nodeCount(); ++i) {
            const topology::Node &n = g->node(i);
            if (n.kind == topology::NodeKind::Probe && m_target->findData(n.id) < 0)
                m_target->addItem(n.label, n.id);
        }
    }
    const int i = m_target->findData(current);
    m_target->setCurrentIndex(i >= 0 ? i : 0);
    m_target->blockSignals(false);
}

void ChartsPanel::setTarget(const QString &target)
{
    int i = m_target->findData(target);
    if (i < 0) {
        m_target->addItem(target, target);
        i = m_target->count() - 1;
    }
    m_target->setCurrentIndex(i);
    m_reloadTimer->start();
}

void ChartsPanel::setRangeMs(qint64 spanMs)
{
    const int i = m_range->findData(spanMs);
    if (i >= 0)
        m_range->setCurrentIndex(i);
    m_reloadTimer->start();
}

void ChartsPanel::applyChartTheme()
{
    // Follow the application theme; the chart theme resets pens, so set them afterwards.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundVisible(false);
    m_p50->setPen(QPen(QColor(0x3b, 0x82, 0xf6), 2));
    m_p95->setPen(QPen(stateColor(HealthState::Degraded).darker(dark ? 100 : 130), 2));
    m_p99->setPen(QPen(stateColor(HealthState::PartialOutage), 2, Qt::DotLine));
    m_errors->setPen(QPen(stateColor(HealthState::MajorOutage), 2, Qt::DashLine));
}

void ChartsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyChartTheme();
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    applyChartTheme();
    refreshTargets();
    reload();
    refreshAvailability();
}

void ChartsPanel::reload()
{
    const QString target = m_target->currentData().toString();
    if (target.isEmpty() || !m_engine->store()->isOpen()) {
        m_note->setText(target.isEmpty() ? tr("No probes configured: add probes to the configuration to chart latency.") : QString());
        return;
    }
    const qint64 now = m_clock();
    const qint64 span = m_range->currentData().toLongLong();
    const quint64 gen = ++m_generation;
    m_engine->store()->run<Result<store::LatencySeries>>(this,
        [target, now, span](store::Database &db) { return store::LatencySeries::load(db, target, now - span, now, kBuckets, now); },
        [this, gen](Result<store::LatencySeries> r) {
            if (gen != m_generation)
                return;
            if (!r) {
                m_note->setText(tr("Chart unavailable: %1").arg(r.error().message));
                return;
            }
            apply(*r);
        });
}

void ChartsPanel::apply(const store::LatencySeries &s)
{
    QList<QPointF> p50, p95, p99, err;
    double maxMs = 10;
    int samples = 0;
    for (const auto &b : s.buckets) {
        const double x = double(b.startMs + s.bucketMs / 2);
        samples += b.count;
        if (b.count > 0)
            err << QPointF(x, b.errorRate * 100);
        if (b.p50 >= 0)
            p50 << QPointF(x, b.p50);
        if (b.p95 >= 0)
            p95 << QPointF(x, b.p95);
        if (b.p99 >= 0)
            p99 << QPointF(x, b.p99);
        maxMs = std::max({maxMs, b.p99, b.p95, b.p50});
    }
    // Bulk replace: one repaint per series, not one per point.
    m_p50->replace(p50);
    m_p95->replace(p95);
    m_p99->replace(p99);
    m_errors->replace(err);
    m_p50->setName(s.fromRollups ? tr("mean") : tr("p50"));
    m_p99->setName(s.fromRollups ? tr("max") : tr("p99"));
    m_p95->setVisible(!s.fromRollups);
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(s.fromMs, Qt::UTC), QDateTime::fromMSecsSinceEpoch(s.toMs, Qt::UTC));
    m_x->setFormat(s.toMs - s.fromMs > 2 * 86'400'000LL ? QStringLiteral("MM-dd") : QStringLiteral("HH:mm"));
    m_yMs->setRange(0, maxMs * 1.1);
    m_shownSpan = s.toMs - s.fromMs;
    m_note->setText(samples == 0 ? tr("No samples for this probe in the range yet.")
                    : s.fromRollups ? tr("%1 samples; where raw results are no longer kept the chart shows the mean and max per hour (per day beyond the hour retention).").arg(samples)
                                    : tr("%1 samples in %2 buckets.").arg(samples).arg(s.buckets.size()));
    emit chartUpdated();
}

void ChartsPanel::refreshAvailability()
{
    const topology::Graph *g = m_engine->topology();
    health::HealthEngine *health = m_engine->health();
    if (!g || !health || !m_engine->store()->isOpen())
        return;
    QList<const topology::Node *> nodes;
    for (int i = 0; i < g->nodeCount(); ++i) {
        const topology::Node &n = g->node(i);
        if (n.kind == topology::NodeKind::Provider || n.kind == topology::NodeKind::Model
            || n.kind == topology::NodeKind::Component || n.kind == topology::NodeKind::App)
            nodes << &n;
    }
    m_table->setRowCount(int(nodes.size()));
    auto pending = std::make_shared<int>(int(nodes.size()) * 4);
    for (int row = 0; row < nodes.size(); ++row) {
        const topology::Node *n = nodes[row];
        auto *name = new QTableWidgetItem(n->label);
        name->setToolTip(n->id);
        m_table->setItem(row, 0, name);
        for (int c = 0; c < 4; ++c) {
            health->availability(n->id, kPeriods[c], [this, row, c, pending, id = n->id](Result<health::AvailabilityReport> r) {
                auto *item = new QTableWidgetItem;
                if (!r || r->observedMs <= 0) {
                    item->setText(tr("no data"));
                    item->setForeground(palette().color(QPalette::PlaceholderText));
                } else {
                    const double a = r->availability() * 100;
                    item->setText(QStringLiteral("%1 %").arg(a, 0, 'f', a >= 99.995 ? 2 : 3));
                    QString tip = tr("down %1 min of %2 min observed · %3 incident(s)")
                                      .arg(r->downMs / 60000).arg(r->observedMs / 60000).arg(r->incidents);
                    if (r->mttrMs >= 0)
                        tip += tr(" · MTTR %1 min").arg(r->mttrMs / 60000.0, 0, 'f', 1);
                    item->setToolTip(tip);
                    const HealthState s = a >= 99.9 ? HealthState::Operational : a >= 99 ? HealthState::Degraded : HealthState::MajorOutage;
                    item->setIcon(stateIcon(s));
                }
                if (m_table->item(row, 0) && m_table->item(row, 0)->toolTip() == id)
                    m_table->setItem(row, c + 1, item);
                else
                    delete item;
                if (--*pending == 0)
                    emit availabilityUpdated();
            });
        }
    }
    if (nodes.isEmpty())
        emit availabilityUpdated();
}

} // namespace wf::ui
