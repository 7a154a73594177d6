#include "timelinecanvas.h"
#include "core/clock.h"

#include "healthpalette.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

namespace wf::ui {

namespace {
constexpr qint64 kMinSpanMs = 60'000;              // 1 minute
constexpr qint64 kMaxSpanMs = 400LL * 86'400'000;  // ~13 months

Qt::BrushStyle patternFor(HealthState s)
{
    switch (s) {
    case HealthState::Operational: return Qt::NoBrush;
    case HealthState::Maintenance: return Qt::Dense6Pattern;
    case HealthState::Unknown: return Qt::Dense7Pattern;
    case HealthState::Degraded: return Qt::BDiagPattern;
    case HealthState::PartialOutage: return Qt::DiagCrossPattern;
    case HealthState::MajorOutage: return Qt::CrossPattern;
    }
    return Qt::NoBrush;
}

QString fmt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 120)
        return TimelineCanvas::tr("%1 s").arg(s);
    if (s < 7200)
        return TimelineCanvas::tr("%1 min").arg(s / 60);
    if (s < 172800)
        return TimelineCanvas::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return TimelineCanvas::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QColor markerColor(const QString &status)
{
    if (status == QLatin1String("resolved") || status == QLatin1String("postmortem") || status == QLatin1String("completed"))
        return stateColor(HealthState::Operational);
    if (status == QLatin1String("monitoring") || status == QLatin1String("verifying"))
        return stateColor(HealthState::Maintenance);
    if (status == QLatin1String("identified"))
        return stateColor(HealthState::PartialOutage);
    return stateColor(HealthState::MajorOutage); // investigating and anything new
}

QString markerLetter(const QString &status)
{
    if (status == QLatin1String("investigating"))
        return QStringLiteral("?");
    if (status == QLatin1String("identified"))
        return QStringLiteral("!");
    if (status == QLatin1String("monitoring"))
        return QStringLiteral("M");
    if (status == QLatin1String("resolved"))
        return QStringLiteral("✓");
    return QStringLiteral("•");
}
} // namespace

TimelineCanvas::TimelineCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Outage timeline"));
    m_now = wf::clock::nowMs();
    m_to = m_now;
    m_from = m_to - 6 * 3'600'000;
}

void TimelineCanvas::setResolver(Resolver resolver)
{
    m_resolver = std::move(resolver);
    m_info.clear();
    rebuildRows();
}

void TimelineCanvas::setRange(qint64 fromMs, qint64 toMs)
{
    qint64 span = std::clamp(toMs - fromMs, kMinSpanMs, kMaxSpanMs);
    const qint64 mid = fromMs / 2 + toMs / 2;
    m_from = mid - span / 2;
    m_to = m_from + span;
    update();
    emit rangeChanged(m_from, m_to);
}

void TimelineCanvas::setData(const store::TimelineData &data)
{
    m_data = data;
    m_info.clear(); // names can arrive later (feed components are named by the first poll)
    rebuildRows();
}

void TimelineCanvas::setGroupCollapsed(const QString &group, bool collapsed)
{
    if (collapsed)
        m_collapsed.insert(group);
    else
        m_collapsed.remove(group);
    rebuildRows();
}

void TimelineCanvas::setFilter(const QString &text)
{
    m_filter = text.trimmed();
    rebuildRows();
}

void TimelineCanvas::setFilterSpec(const FilterSpec &spec)
{
    if (spec == m_spec)
        return;
    m_spec = spec;
    rebuildRows();
}

bool TimelineCanvas::matchesSpec(const store::TimelineLane &lane, const LaneInfo &info) const
{
    if (!m_spec.provider.isEmpty() && info.provider != m_spec.provider)
        return false;
    if (!m_spec.tag.isEmpty() && !info.tags.contains(m_spec.tag))
        return false;
    if (!m_spec.filtersStates())
        return true;
    for (int i = 0; i < lane.bands.size(); ++i) {
        const auto &b = lane.bands[i];
        const bool last = i == lane.bands.size() - 1;
        const qint64 end = last && m_live ? qMax(b.toMs, m_now) : b.toMs;
        if (end < m_from || b.fromMs > m_to)
            continue;
        if (m_spec.acceptsState(b.state) && (!m_spec.problemsOnly || isBad(b.state)))
            return true;
    }
    return false;
}

void TimelineCanvas::rebuildRows()
{
    struct Item
    {
        QString group;
        QString label;
        int lane;
    };
    QList<Item> items;
    for (int i = 0; i < m_data.lanes.size(); ++i) {
        const QString &target = m_data.lanes[i].target;
        auto it = m_info.find(target);
        if (it == m_info.end()) {
            LaneInfo info = m_resolver ? m_resolver(target) : LaneInfo{target, QString(), QString()};
            if (info.provider.isEmpty()) {
                // "anthropic/api" (feed component), "provider:x", "model:x/m", "component:x/c".
                const qsizetype colon = target.indexOf(QLatin1Char(':'));
                const QString rest = colon > 0 ? target.mid(colon + 1) : target;
                const QString kind = colon > 0 ? target.left(colon) : QString();
                if (kind.isEmpty() && rest.contains(QLatin1Char('/')))
                    info.provider = rest.section(QLatin1Char('/'), 0, 0);
                else if (kind == QLatin1String("provider") || kind == QLatin1String("model") || kind == QLatin1String("component"))
                    info.provider = rest.section(QLatin1Char('/'), 0, 0);
            }
            it = m_info.insert(target, info);
        }
        if (!matchesSpec(m_data.lanes[i], *it))
            continue;
        if (!m_filter.isEmpty() && !it->label.contains(m_filter, Qt::CaseInsensitive)
            && !it->group.contains(m_filter, Qt::CaseInsensitive) && !target.contains(m_filter, Qt::CaseInsensitive))
            continue;
        items.append({it->group, it->label, i});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.group != b.group)
            return a.group.localeAwareCompare(b.group) < 0;
        return a.label.localeAwareCompare(b.label) < 0;
    });
    m_rows.clear();
    QString current;
    bool first = true;
    for (const Item &it : std::as_const(items)) {
        if (first || it.group != current) {
            m_rows.append(Row{true, it.group, -1, it.group});
            current = it.group;
            first = false;
        }
        if (!m_collapsed.contains(it.group))
            m_rows.append(Row{false, it.group, it.lane, it.label});
    }
    updateGeometry();
    resize(width(), sizeHint().height());
    update();
}

QSize TimelineCanvas::sizeHint() const
{
    return QSize(900, kAxisHeight + int(qMax<qsizetype>(4, m_rows.size())) * kRowHeight + 8);
}

QSize TimelineCanvas::minimumSizeHint() const { return QSize(kLabelWidth + 200, kAxisHeight + 4 * kRowHeight); }

qint64 TimelineCanvas::resolutionMs() const
{
    const int w = qMax(1, width() - kLabelWidth);
    return qMax<qint64>(1, (m_to - m_from) / w);
}

double TimelineCanvas::xOf(qint64 ts) const
{
    const double w = qMax(1, width() - kLabelWidth);
    return kLabelWidth + double(ts - m_from) * w / double(qMax<qint64>(1, m_to - m_from));
}

qint64 TimelineCanvas::tsAt(double x) const
{
    const double w = qMax(1, width() - kLabelWidth);
    return m_from + qint64((x - kLabelWidth) * double(m_to - m_from) / w);
}

int TimelineCanvas::rowAt(int y) const
{
    const int r = (y - kAxisHeight) / kRowHeight;
    return (y >= kAxisHeight && r < m_rows.size()) ? r : -1;
}

HealthState TimelineCanvas::stateAt(const QString &target, qint64 tsMs) const
{
    for (const auto &lane : m_data.lanes) {
        if (lane.target != target)
            continue;
        for (int i = 0; i < lane.bands.size(); ++i) {
            const auto &b = lane.bands[i];
            const bool last = i == lane.bands.size() - 1;
            const qint64 end = last && m_live ? qMax(b.toMs, m_now) : b.toMs;
            if (tsMs >= b.fromMs && (tsMs < end || (last && tsMs == end)))
                return b.state;
        }
    }
    return HealthState::Unknown;
}

void TimelineCanvas::paintAxis(QPainter &p, int top)
{
    const QPalette pal = palette();
    p.fillRect(QRect(0, top, width(), kAxisHeight), pal.window());
    p.setPen(pal.color(QPalette::WindowText));
    const qint64 span = m_to - m_from;
    static const qint64 steps[] = {60'000, 5 * 60'000, 15 * 60'000, 30 * 60'000, 3'600'000, 3 * 3'600'000, 6 * 3'600'000,
                                   12 * 3'600'000, 86'400'000, 2 * 86'400'000LL, 7 * 86'400'000LL, 14 * 86'400'000LL, 30 * 86'400'000LL};
    const int w = qMax(1, width() - kLabelWidth);
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 s : steps) {
        if (double(w) * double(s) / double(span) >= 90) {
            step = s;
            break;
        }
    }
    const bool days = step >= 86'400'000;
    QFont f = font();
    p.setFont(f);
    for (qint64 t = (m_from / step + 1) * step; t < m_to; t += step) {
        const double x = xOf(t);
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.drawLine(QPointF(x, top + kAxisHeight - 6), QPointF(x, top + kAxisHeight));
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
        const QString text = days ? QLocale().toString(dt, tr("MMM d", "time axis: QDateTime format of a day")) : dt.toString(QStringLiteral("HH:mm"));
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRectF(x - 45, top + 2, 90, kAxisHeight - 8), Qt::AlignCenter, text);
    }
    p.drawText(QRect(8, top, kLabelWidth - 16, kAxisHeight), Qt::AlignVCenter | Qt::AlignLeft,
               QDateTime::fromMSecsSinceEpoch(m_from, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral("  UTC"));
}

void TimelineCanvas::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(event->rect(), pal.base());
    const QRect visible = visibleRegion().boundingRect();
    const int axisTop = qMax(0, visible.top());

    const double x0 = kLabelWidth;
    const double x1 = width();
    for (int r = 0; r < m_rows.size(); ++r) {
        const int y = kAxisHeight + r * kRowHeight;
        if (y + kRowHeight < visible.top() || y > visible.bottom())
            continue;
        const Row &row = m_rows[r];
        const QRect labelRect(0, y, kLabelWidth, kRowHeight);
        if (row.isGroup) {
            p.fillRect(QRect(0, y, width(), kRowHeight), pal.alternateBase());
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.setPen(pal.color(QPalette::WindowText));
            const QString arrow = m_collapsed.contains(row.group) ? QStringLiteral("▸ ") : QStringLiteral("▾ ");
            p.drawText(labelRect.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       arrow + (row.group.isEmpty() ? tr("Other") : row.group));
            p.setFont(font());
            // Incident update markers of this provider.
            for (const auto &m : m_data.markers) {
                if (m_info.value(QStringLiteral("provider:") + m.provider).group != row.group && m.provider != row.group
                    && row.group.compare(m.provider, Qt::CaseInsensitive) != 0) {
                    bool match = false;
                    for (const auto &lane : m_data.lanes)
                        if (lane.target.startsWith(m.provider + QLatin1Char('/')) && m_info.value(lane.target).group == row.group)
                            match = true;
                    if (!match)
                        continue;
                }
                const double x = xOf(m.tsMs);
                if (x < x0 - 8 || x > x1 + 8)
                    continue;
                const QRectF box(x - 8, y + 3, 16, kRowHeight - 6);
                p.setRenderHint(QPainter::Antialiasing);
                p.setPen(QPen(Qt::black, 1));
                p.setBrush(markerColor(m.status));
                p.drawRoundedRect(box, 3, 3);
                p.setPen(Qt::white);
                p.drawText(box, Qt::AlignCenter, markerLetter(m.status));
                p.setRenderHint(QPainter::Antialiasing, false);
            }
            continue;
        }
        const auto &lane = m_data.lanes[row.lane];
        const bool selected = !m_selected.isEmpty() && lane.target == m_selected;
        if (selected) {
            // The selected lane: highlighted label and an accent bar, not colour alone.
            p.fillRect(labelRect, pal.highlight());
            p.fillRect(QRect(0, y, 5, kRowHeight), pal.color(QPalette::HighlightedText));
        }
        p.setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
        p.drawText(labelRect.adjusted(22, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(row.label, Qt::ElideMiddle, kLabelWidth - 28));
        const QRectF bandArea(x0, y + 3, x1 - x0, kRowHeight - 6);
        // Bands are collected per state and drawn state by state, least severe first: one call
        // per state instead of two per band (a 90-day lane has hundreds), and where the minimum
        // width makes neighbours overlap, the worse state is on top.
        for (auto &rects : m_rectsByState)
            rects.clear();
        for (int i = 0; i < lane.bands.size(); ++i) {
            const auto &b = lane.bands[i];
            const bool last = i == lane.bands.size() - 1;
            const qint64 end = last && m_live ? qMax(b.toMs, m_now) : b.toMs;
            double bx0 = qMax(x0, xOf(b.fromMs));
            double bx1 = qMin(x1, xOf(end));
            if (bx1 < x0 || bx0 > x1)
                continue;
            if (bx1 - bx0 < 2)
                bx1 = bx0 + 2; // a short outage is never invisible
            m_rectsByState[size_t(qBound(0, rank(b.state), int(m_rectsByState.size()) - 1))].append(
                QRectF(bx0, bandArea.top(), bx1 - bx0, bandArea.height()));
        }
        p.setPen(Qt::NoPen);
        for (size_t st = 0; st < m_rectsByState.size(); ++st) {
            const auto &rects = m_rectsByState[st];
            if (rects.isEmpty())
                continue;
            const auto state = HealthState(int(st));
            p.setBrush(stateColor(state));
            p.drawRects(rects.constData(), int(rects.size()));
            const Qt::BrushStyle pattern = patternFor(state);
            if (pattern != Qt::NoBrush) {
                p.setBrush(QBrush(QColor(0, 0, 0, 90), pattern));
                p.drawRects(rects.constData(), int(rects.size()));
            }
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.drawLine(QPointF(0, y + kRowHeight - 0.5), QPointF(x1, y + kRowHeight - 0.5));
    }

    // Operator actions and routing flips: a flagged vertical line through every lane.
    for (const auto &a : m_data.annotations) {
        const double x = xOf(a.tsMs);
        if (x < x0 || x > x1)
            continue;
        p.setPen(QPen(QColor(0x6c, 0xa8, 0xff), 2, Qt::DashLine));
        p.drawLine(QPointF(x, kAxisHeight), QPointF(x, height()));
        p.setBrush(QColor(0x6c, 0xa8, 0xff));
        p.setPen(Qt::NoPen);
        const double fy = axisTop + kAxisHeight;
        p.drawPolygon(QPolygonF({QPointF(x, fy), QPointF(x + 12, fy + 5), QPointF(x, fy + 10)}));
    }

    if (m_live) {
        const double x = xOf(m_now);
        if (x >= x0 && x <= x1) {
            p.setPen(QPen(QColor(0xe0, 0x3e, 0x3e), 2));
            p.drawLine(QPointF(x, kAxisHeight), QPointF(x, height()));
        }
    }
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.drawLine(QPointF(x0 - 0.5, 0), QPointF(x0 - 0.5, height()));

    if (m_rows.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(kLabelWidth, kAxisHeight, 0, 0), Qt::AlignCenter,
                   tr("No observations in this range yet."));
    }
    paintAxis(p, axisTop);
}

void TimelineCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        event->ignore(); // let the scroll area scroll lanes
        return;
    }
    const double x = event->position().x();
    const qint64 anchor = x >= kLabelWidth ? tsAt(x) : (m_from + m_to) / 2;
    const double factor = std::pow(0.8, steps);
    const qint64 span = std::clamp(qint64(double(m_to - m_from) * factor), kMinSpanMs, kMaxSpanMs);
    const double frac = double(anchor - m_from) / double(qMax<qint64>(1, m_to - m_from));
    const qint64 from = anchor - qint64(frac * double(span));
    if (m_live && steps < 0 && from + span < m_now) {
        m_live = false;
        emit liveChanged(false);
    }
    m_from = from;
    m_to = from + span;
    update();
    emit rangeChanged(m_from, m_to);
    event->accept();
}

bool TimelineCanvas::setSelectedTarget(const QString &target)
{
    m_selected = target;
    bool shown = false;
    if (!target.isEmpty()) {
        const QString group = m_info.value(target).group;
        if (m_collapsed.contains(group) && rowOf(target) < 0)
            setGroupCollapsed(group, false);
        shown = rowOf(target) >= 0;
    }
    update();
    return shown;
}

int TimelineCanvas::rowOf(const QString &target) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (!m_rows[r].isGroup && m_rows[r].lane >= 0 && m_rows[r].lane < m_data.lanes.size()
            && m_data.lanes[m_rows[r].lane].target == target)
            return r;
    return -1;
}

QString TimelineCanvas::laneForNode(const QString &nodeId)
{
    if (nodeId.startsWith(QLatin1String("component:")))
        return nodeId.mid(10);
    return nodeId;
}

QString TimelineCanvas::nodeForLane(const QString &target)
{
    if (!target.contains(QLatin1Char(':')) && target.contains(QLatin1Char('/')))
        return QStringLiteral("component:") + target;
    return target;
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    const int r = rowAt(int(event->position().y()));
    if (event->button() == Qt::LeftButton && r >= 0 && m_rows[r].isGroup && event->position().x() < kLabelWidth) {
        setGroupCollapsed(m_rows[r].group, !m_collapsed.contains(m_rows[r].group));
        return;
    }
    if (event->button() == Qt::LeftButton && r >= 0 && !m_rows[r].isGroup && event->position().x() < kLabelWidth) {
        const QString target = m_data.lanes.value(m_rows[r].lane).target;
        setSelectedTarget(target);
        emit laneSelected(target);
        return;
    }
    if (event->button() == Qt::LeftButton && event->position().x() >= kLabelWidth) {
        m_dragging = true;
        m_dragStart = event->position().toPoint();
        m_dragFrom = m_from;
        m_dragTo = m_to;
        setCursor(Qt::ClosedHandCursor);
    }
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const double w = qMax(1, width() - kLabelWidth);
    const qint64 dt = qint64(double(event->position().x() - m_dragStart.x()) * double(m_dragTo - m_dragFrom) / w);
    m_from = m_dragFrom - dt;
    m_to = m_dragTo - dt;
    if (m_live && dt > 0) {
        m_live = false;
        emit liveChanged(false);
    }
    update();
    emit rangeChanged(m_from, m_to);
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    unsetCursor();
}

QString TimelineCanvas::tooltipAt(const QPoint &pos) const
{
    const int r = rowAt(pos.y());
    if (r < 0)
        return {};
    const Row &row = m_rows[r];
    if (row.isGroup) {
        QStringList lines;
        for (const auto &m : m_data.markers) {
            if (std::abs(xOf(m.tsMs) - pos.x()) > 9)
                continue;
            lines << QStringLiteral("<b>%1 — %2</b><br>%3<br>%4")
                         .arg(fmt(m.tsMs), m.status.toHtmlEscaped(), m.title.toHtmlEscaped(), m.body.left(400).toHtmlEscaped());
        }
        for (const auto &a : m_data.annotations)
            if (std::abs(xOf(a.tsMs) - pos.x()) <= 6)
                lines << tr("<b>%1 — operator action</b><br>%2 on %3 by %4: %5 (%6)")
                             .arg(fmt(a.tsMs), a.action.toHtmlEscaped(), a.target.toHtmlEscaped(), a.actor.toHtmlEscaped(),
                                  a.reason.toHtmlEscaped(), a.result.toHtmlEscaped());
        return lines.join(QStringLiteral("<hr>"));
    }
    if (pos.x() < kLabelWidth)
        return m_info.value(m_data.lanes[row.lane].target).tooltip;
    const qint64 t = tsAt(pos.x());
    const auto &lane = m_data.lanes[row.lane];
    for (const auto &a : m_data.annotations)
        if (std::abs(xOf(a.tsMs) - pos.x()) <= 4)
            return tr("<b>%1</b><br>%2 on %3 by %4<br>Reason: %5<br>Result: %6")
                .arg(fmt(a.tsMs), a.action.toHtmlEscaped(), a.target.toHtmlEscaped(), a.actor.toHtmlEscaped(),
                     a.reason.toHtmlEscaped(), a.result.toHtmlEscaped());
    for (int i = 0; i < lane.bands.size(); ++i) {
        const auto &b = lane.bands[i];
        const bool last = i == lane.bands.size() - 1;
        const qint64 end = last && m_live ? qMax(b.toMs, m_now) : b.toMs;
        if (t >= b.fromMs && t <= end)
            return tr("<b>%1</b><br>%2 %3<br>%4 → %5 (%6)")
                .arg(row.label.toHtmlEscaped(), stateGlyph(b.state), stateLabel(b.state), fmt(b.fromMs),
                     last && m_live ? tr("now") : fmt(end), duration(end - b.fromMs));
    }
    return tr("%1: no data at %2").arg(row.label.toHtmlEscaped(), fmt(t));
}

bool TimelineCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace wf::ui
