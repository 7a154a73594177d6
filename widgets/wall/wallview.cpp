#include "wallview.h"
#include "core/clock.h"

#include "healthpalette.h"
#include "walltile.h"

#include "core/logging.h"

#include <QDateTime>
#include <QGridLayout>
#include <QKeyEvent>
#include <QMap>
#include <QRegularExpression>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace wf::ui {

namespace {
// Three across: "◆ PARTIAL OUTAGE" at wall size needs a third of a 16:9 screen.
constexpr int kColumns = 3;
constexpr int kRows = 3;
constexpr int kTilesPerPage = kColumns * kRows;

QString zoneCity(const QTimeZone &zone)
{
    QString id = QString::fromUtf8(zone.id());
    id = id.section(QLatin1Char('/'), -1);
    id.replace(QLatin1Char('_'), QLatin1Char(' '));
    return id;
}
} // namespace

WallView::WallView(WallSource *source, Settings settings, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_settings(std::move(settings))
    , m_clock([] { return wf::clock::nowMs(); })
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("wallView"));
    setAccessibleName(tr("Wall display"));
    setFocusPolicy(Qt::StrongFocus); // for Escape/F11 and paging keys; nothing inside takes focus
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::black);
    pal.setColor(QPalette::WindowText, QColor(0xf5, 0xf7, 0xfa));
    setPalette(pal);
    setStyleSheet(QStringLiteral("QLabel { color: #f5f7fa; background: transparent; }"));

    if (!m_settings.localTimeZone.isEmpty()) {
        m_zone = QTimeZone(m_settings.localTimeZone.toUtf8());
        if (!m_zone.isValid())
            qCWarning(lcUi).noquote() << "wall: unknown time zone" << m_settings.localTimeZone << "- showing UTC only";
    }

    m_header = new QWidget(this);
    m_header->setObjectName(QStringLiteral("wallHeader"));
    m_title = new QLabel(tr("WATCHFLOOR"), m_header);
    m_summary = new QLabel(m_header);
    m_summary->setObjectName(QStringLiteral("wallSummary"));
    m_incident = new QLabel(m_header);
    m_incident->setObjectName(QStringLiteral("wallIncident"));
    m_incident->setWordWrap(true); // the time in state ends the line: wrap rather than cut it off
    m_utc = new QLabel(m_header);
    m_utc->setObjectName(QStringLiteral("wallUtcClock"));
    m_utc->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_local = new QLabel(m_header);
    m_local->setObjectName(QStringLiteral("wallLocalClock"));
    m_local->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_local->setVisible(m_zone.isValid());
    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addWidget(m_summary);
    left->addWidget(m_incident);
    auto *right = new QVBoxLayout;
    right->addWidget(m_utc);
    right->addWidget(m_local);
    right->addStretch();
    auto *header = new QHBoxLayout(m_header);
    header->setContentsMargins(0, 0, 0, 0);
    header->addLayout(left, 1);
    header->addLayout(right);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("staleBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setWordWrap(true);
    m_banner->hide();

    m_drill = new QLabel(this);
    m_drill->setObjectName(QStringLiteral("wallDrillMarker"));
    m_drill->setAlignment(Qt::AlignCenter);
    m_drill->setWordWrap(true);
    m_drill->hide();

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("wallPages"));
    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("wallFooter"));

    auto *root = new QVBoxLayout(this);
    root->addWidget(m_header);
    root->addWidget(m_drill);
    root->addWidget(m_banner);
    root->addWidget(m_stack, 1);
    root->addWidget(m_footer);

    for (QLabel *l : findChildren<QLabel *>())
        l->setTextInteractionFlags(Qt::NoTextInteraction);
    // Long texts must not widen the wall past its screen.
    for (QLabel *l : {m_summary, m_incident, m_footer})
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    connect(m_source, &WallSource::changed, this, [this] { refresh(m_clock()); });
    connect(m_timer, &QTimer::timeout, this, &WallView::tick);
    m_timer->setInterval(1000);
    applyUnit();
    refresh(m_clock());
}

WallView::~WallView() = default;

void WallView::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    m_pageSinceMs = -1;
    refresh(m_clock());
}

int WallView::unitFor(QSize size, double logicalDpi)
{
    // About 45 px at 1080 lines: on a 55" 1080p panel (0.63 mm pixels) the state text (1.1 units)
    // is ~31 mm tall, above the ~25 mm (distance / 200) that reads from 5 m. Screens narrower than
    // 16:9 scale by width so three tiles still fit across. The screen's logical DPI sets a floor
    // for small high-density screens.
    const int byHeight = std::min(size.height(), size.width() * 9 / 16) / 24;
    return std::max({byHeight, int(logicalDpi * 0.2), 12});
}

QString WallView::durationText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60)
        return tr("%1 s").arg(s);
    const qint64 m = s / 60;
    if (m < 60)
        return tr("%1 min").arg(m);
    const qint64 h = m / 60;
    if (h < 24)
        return tr("%1 h %2 min").arg(h).arg(m % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(h / 24).arg(h % 24);
}

QString WallView::timeInStateText(const WallTileData &tile, qint64 nowMs)
{
    const QString d = durationText(nowMs - tile.sinceMs);
    return tile.sinceExact ? tr("for %1").arg(d) : tr("for ≥ %1").arg(d);
}

void WallView::setDrillNote(const QString &note)
{
    m_drill->setText(note.isEmpty() ? QString() : tr("%1 — replayed data, not a live incident").arg(note));
    m_drill->setAccessibleName(m_drill->text());
    m_drill->setVisible(!note.isEmpty());
}

void WallView::addPage(const QString &title, QWidget *page)
{
    page->setFocusPolicy(Qt::NoFocus);
    m_stack->addWidget(page);
    m_pages << Page{title, page, false};
    updateFooter();
}

int WallView::pageCount() const
{
    return int(m_pages.size());
}

QString WallView::currentPageTitle() const
{
    return m_pages.value(m_current).title;
}

QStringList WallView::pageTitles() const
{
    QStringList out;
    for (const Page &p : m_pages)
        out << p.title;
    return out;
}

void WallView::showPage(int index)
{
    if (m_pages.isEmpty())
        return;
    index = ((index % pageCount()) + pageCount()) % pageCount();
    const bool moved = index != m_current;
    m_current = index;
    m_stack->setCurrentWidget(m_pages[index].widget);
    m_pageSinceMs = m_clock();
    updateFooter();
    if (moved)
        emit pageChanged(index, m_pages[index].title);
}

void WallView::tick()
{
    const qint64 now = m_clock();
    refresh(now);
    if (m_pageSinceMs < 0)
        m_pageSinceMs = now;
    if (pageCount() > 1 && m_settings.rotateMs > 0 && now - m_pageSinceMs >= m_settings.rotateMs)
        showPage(m_current + 1);
    else
        updateFooter();
}

void WallView::ensureTilePages(int tileCount)
{
    const int needed = std::max(1, (tileCount + kTilesPerPage - 1) / kTilesPerPage);
    while (m_tilePages < needed) {
        auto *page = new QWidget;
        page->setObjectName(QStringLiteral("wallTilePage%1").arg(m_tilePages + 1));
        auto *grid = new QGridLayout(page);
        grid->setContentsMargins(0, 0, 0, 0);
        for (int i = 0; i < kTilesPerPage; ++i) {
            auto *tile = new WallTile(page);
            QSizePolicy sp(QSizePolicy::Expanding, QSizePolicy::Expanding);
            sp.setRetainSizeWhenHidden(true);
            tile->setSizePolicy(sp);
            tile->setUnit(m_unit);
            grid->addWidget(tile, i / kColumns, i % kColumns);
            m_tiles << tile;
        }
        for (int r = 0; r < kRows; ++r)
            grid->setRowStretch(r, 1);
        for (int c = 0; c < kColumns; ++c)
            grid->setColumnStretch(c, 1);
        m_stack->insertWidget(m_tilePages, page);
        m_pages.insert(m_tilePages, Page{QString(), page, true});
        if (m_current >= m_tilePages && m_tilePages > 0)
            ++m_current;
        ++m_tilePages;
    }
    while (m_tilePages > needed) {
        --m_tilePages;
        Page p = m_pages.takeAt(m_tilePages);
        for (int i = 0; i < kTilesPerPage; ++i)
            m_tiles.removeLast();
        if (m_current == m_tilePages)
            m_current = 0;
        else if (m_current > m_tilePages)
            --m_current;
        delete p.widget;
    }
    for (int i = 0; i < m_tilePages; ++i)
        m_pages[i].title = m_tilePages == 1 ? tr("Status") : tr("Status %1/%2").arg(i + 1).arg(m_tilePages);
    m_stack->setCurrentWidget(m_pages[m_current].widget);
}

void WallView::refresh(qint64 now)
{
    QList<WallTileData> tiles = m_source->tiles();
    // Worst first, so the first page always shows what is wrong.
    std::stable_sort(tiles.begin(), tiles.end(), [](const WallTileData &a, const WallTileData &b) {
        if (a.state != b.state)
            return rank(a.state) > rank(b.state);
        if (a.stale != b.stale)
            return a.stale;
        if (a.kind != b.kind)
            return a.kind == WallTileData::Kind::Provider;
        return a.label.localeAwareCompare(b.label) < 0;
    });
    ensureTilePages(int(tiles.size()));
    for (int i = 0; i < m_tiles.size(); ++i) {
        WallTile *t = m_tiles[i];
        if (i < tiles.size()) {
            t->setData(tiles[i], now);
            t->show();
        } else {
            t->hide();
        }
    }

    // Summary: counts per state, in words and glyphs.
    QMap<int, int> counts;
    int worst = -1;
    for (const WallTileData &t : std::as_const(tiles)) {
        counts[rank(t.state)]++;
        worst = std::max(worst, rank(t.state));
    }
    QStringList parts;
    const HealthState order[] = {HealthState::MajorOutage, HealthState::PartialOutage, HealthState::Degraded,
                                 HealthState::Unknown, HealthState::Maintenance, HealthState::Operational};
    for (HealthState s : order) {
        const int n = counts.value(rank(s));
        if (n > 0)
            parts << QStringLiteral("<span style=\"color:%1\">%2</span> %3 %4")
                         .arg(stateColor(s).lighter(125).name(), stateGlyph(s)).arg(n).arg(wf::stateLabel(s).toHtmlEscaped());
    }
    m_summary->setText(parts.join(QStringLiteral(" &nbsp; ")));
    m_summary->setAccessibleName(m_summary->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));

    if (const std::optional<WallIncident> inc = m_source->worstIncident()) {
        QString text = tr("Open incident: %1 — %2 %3 for %4")
                           .arg(inc->label, stateGlyph(inc->state), wf::stateLabel(inc->state), durationText(now - inc->startedMs));
        if (inc->ahead)
            text += tr(" (seen before the status page)");
        m_incident->setText(text);
    } else {
        m_incident->setText(tr("No open incident"));
    }

    const QStringList stale = m_source->staleLabels();
    if (stale.isEmpty()) {
        m_banner->hide();
    } else {
        QStringList shown = stale.mid(0, 4);
        QString who = shown.join(QStringLiteral(", "));
        if (stale.size() > shown.size())
            who = tr("%1 and %2 more").arg(who).arg(stale.size() - shown.size());
        m_banner->setText(tr("⚠ STALE DATA — no fresh updates from %1. States shown may be out of date.").arg(who));
        m_banner->show();
    }

    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc());
    m_utc->setText(tr("%1 UTC").arg(utc.toString(QStringLiteral("HH:mm:ss"))));
    if (m_zone.isValid()) {
        const QDateTime local = utc.toTimeZone(m_zone);
        m_local->setText(tr("%1 %2 (%3)").arg(local.toString(QStringLiteral("HH:mm")), zoneCity(m_zone), m_zone.abbreviation(local)));
    }

    // A new or worse problem takes the screen at once.
    if (worst > m_worstRank && isBad(HealthState(worst)) && m_worstRank >= 0 && m_tilePages > 0)
        showPage(0);
    m_worstRank = worst;
}

void WallView::updateFooter()
{
    QStringList parts;
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString t = m_pages[i].title.toHtmlEscaped();
        parts << (i == m_current ? QStringLiteral("<b>[ %1 ]</b>").arg(t) : t);
    }
    QString text = parts.join(QStringLiteral(" &nbsp;·&nbsp; "));
    if (pageCount() > 1 && m_settings.rotateMs > 0 && m_pageSinceMs >= 0) {
        const qint64 left = std::max<qint64>(0, m_settings.rotateMs - (m_clock() - m_pageSinceMs));
        text += QStringLiteral(" &nbsp;&nbsp; ") + tr("next in %1 s").arg((left + 999) / 1000);
    }
    text += QStringLiteral(" &nbsp;&nbsp; ") + tr("read-only");
    m_footer->setText(text);
}

void WallView::applyUnit()
{
    const int u = m_unit;
    auto font = [this](int px, bool bold) {
        QFont f = this->font();
        f.setPixelSize(std::max(8, px));
        f.setBold(bold);
        return f;
    };
    m_title->setFont(font(u * 3 / 5, true));
    m_title->setStyleSheet(QStringLiteral("color: #8b949e;"));
    m_summary->setFont(font(u, true));
    m_incident->setFont(font(u * 9 / 10, false));
    m_utc->setFont(font(u * 13 / 10, true));
    m_local->setFont(font(u * 4 / 5, false));
    m_banner->setFont(font(u * 3 / 2, true));
    m_banner->setStyleSheet(QStringLiteral("color: #000000; background: #ffb000; border: %1px solid #ffffff; padding: %2px;")
                                .arg(std::max(2, u / 10)).arg(u / 4));
    m_drill->setFont(font(u * 4 / 5, true));
    m_drill->setStyleSheet(QStringLiteral("color: #ffffff; background: #b45309; padding: %1px;").arg(u / 6));
    m_footer->setFont(font(u * 3 / 5, false));
    m_footer->setStyleSheet(QStringLiteral("color: #c3c9d2;"));
    layout()->setContentsMargins(u / 3, u / 4, u / 3, u / 6);
    layout()->setSpacing(u / 4);
    for (int i = 0; i < m_tilePages; ++i) {
        auto *grid = static_cast<QGridLayout *>(m_pages[i].widget->layout());
        grid->setSpacing(u / 4);
    }
    for (WallTile *t : std::as_const(m_tiles))
        t->setUnit(u);
}

void WallView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int u = unitFor(size(), logicalDpiY());
    if (u != m_unit) {
        m_unit = u;
        applyUnit();
    }
}

void WallView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    tick();
    m_timer->start();
}

void WallView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void WallView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_F11:
        emit exitRequested();
        return;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        showPage(m_current + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        showPage(m_current - 1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace wf::ui
