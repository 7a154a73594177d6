#include "nodeitem.h"

#include "edgeitem.h"
#include "healthpalette.h"
#include "topology/graphlayout.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace wf::ui {

namespace {
constexpr double W = topology::GraphLayout::kNodeWidth;
constexpr double H = topology::GraphLayout::kNodeHeight;
// Below this level of detail (device pixels per scene unit) a node is a plain coloured box: no
// text, icon or badges (a 200-unit node is 70 px wide, its 13-unit label 4.5 px high).
constexpr double kOverviewBelowLod = 0.35;
// Below this one, the boxes of neighbouring nodes touch: no border unless the node is marked.
constexpr double kOverviewBorderLod = 0.12;

QString caption(topology::NodeKind k)
{
    switch (k) {
    case topology::NodeKind::App: return QApplication::translate("wf::ui::NodeItem", "APP");
    case topology::NodeKind::Route: return QApplication::translate("wf::ui::NodeItem", "ROUTE");
    case topology::NodeKind::Gateway: return QApplication::translate("wf::ui::NodeItem", "GATEWAY");
    case topology::NodeKind::Provider: return QApplication::translate("wf::ui::NodeItem", "PROVIDER");
    case topology::NodeKind::Model: return QApplication::translate("wf::ui::NodeItem", "MODEL");
    case topology::NodeKind::Component: return QApplication::translate("wf::ui::NodeItem", "STATUS PAGE");
    case topology::NodeKind::Probe: return QApplication::translate("wf::ui::NodeItem", "PROBE");
    }
    return {};
}

void drawBadge(QPainter *p, QPointF &at, const QColor &bg, const QString &text)
{
    QFont f = p->font();
    f.setPixelSize(10);
    f.setBold(true);
    p->setFont(f);
    const double w = QFontMetricsF(f).horizontalAdvance(text) + 8;
    const QRectF r(at.x() - w, at.y(), w, 15);
    p->setPen(QPen(QColor(0, 0, 0, 180), 1));
    p->setBrush(bg);
    p->drawRoundedRect(r, 7, 7);
    p->setPen(Qt::white);
    p->drawText(r, Qt::AlignCenter, text);
    at.rx() -= w + 3;
}
} // namespace

NodeItem::NodeItem(const topology::Node &node, int index)
    : m_id(node.id)
    , m_label(node.label.isEmpty() ? node.id : node.label)
    , m_caption(caption(node.kind))
    , m_provider(node.provider)
    , m_kind(node.kind)
    , m_index(index)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(false);
    setToolTip(m_label);
    setZValue(1);
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(-W / 2 - 2, -H / 2 - 10, W + 4, H + 12);
}

bool NodeItem::setState(HealthState state)
{
    if (state == m_state)
        return false;
    m_state = state;
    update();
    return true;
}

bool NodeItem::setBadges(const NodeBadges &badges)
{
    if (badges == m_badges)
        return false;
    m_badges = badges;
    update();
    return true;
}

void NodeItem::setDimmed(bool dimmed)
{
    if (dimmed == m_dimmed)
        return;
    m_dimmed = dimmed;
    setOpacity(dimmed ? 0.22 : 1.0);
}

void NodeItem::setHighlighted(bool on)
{
    if (on == m_highlighted)
        return;
    m_highlighted = on;
    update();
}

void NodeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool bad = isBad(m_state);
    const QColor colour = stateColor(m_state);
    const QRectF box(-W / 2, -H / 2, W, H);
    const double lod = option->levelOfDetailFromTransform(p->worldTransform());
    const bool marked = isSelected() || m_highlighted;
    const QPalette &pal = QApplication::palette();
    QColor fill = bad ? colour.darker(m_state == HealthState::Degraded ? 160 : 140) : pal.color(QPalette::AlternateBase);
    if (m_badges.stale)
        fill = pal.color(QPalette::Window);

    if (lod < kOverviewBelowLod) {
        // Far out (a node is a few pixels): colour and position are all that can be read. Plain
        // rectangles without antialiasing; thousands of rounded, antialiased boxes cost tens of
        // milliseconds a frame. The border stays while it can be seen, and always when marked.
        p->setRenderHint(QPainter::Antialiasing, false);
        p->fillRect(box, fill);
        // The icon is gone at this size, so the state needs a second channel besides colour.
        // Where the boxes are too small for marks, the stripe grows with the severity (a third, two
        // thirds, all of the box): the same one fillRect, so a storm costs nothing more.
        double stripe = std::max(8.0, 1.0 / lod);
        const bool marks = lod >= kOverviewBorderLod;
        if (bad && !marks)
            stripe = std::max(stripe, W * (m_state == HealthState::Degraded ? 1.0 / 3 : m_state == HealthState::PartialOutage ? 2.0 / 3 : 1.0));
        p->fillRect(QRectF(box.left(), box.top(), stripe, H), colour);
        if (bad && marks) {
            // Larger: a bar for degraded, one diagonal for a partial outage, a cross for a major
            // one; a few one-pixel lines per node.
            QPen hatch(QColor(255, 255, 255, 230), 2);
            hatch.setCosmetic(true);
            p->setPen(hatch);
            const QRectF in = box.adjusted(W * 0.12, H * 0.18, -W * 0.04, -H * 0.18);
            if (m_state == HealthState::Degraded) {
                p->drawLine(QLineF(in.left(), box.center().y(), in.right(), box.center().y()));
            } else {
                p->drawLine(QLineF(in.bottomLeft(), in.topRight()));
                if (rank(m_state) >= rank(HealthState::MajorOutage))
                    p->drawLine(QLineF(in.topLeft(), in.bottomRight()));
            }
        }
        if (marked || lod >= kOverviewBorderLod) {
            QPen border(marked ? pal.color(QPalette::Highlight) : QColor(0, 0, 0, 140), marked ? 2 : 1);
            border.setCosmetic(true);
            if (m_badges.stale && !marked)
                border.setStyle(Qt::DashLine);
            p->setPen(border);
            p->setBrush(Qt::NoBrush);
            p->drawRect(box);
        }
        return;
    }

    p->setRenderHint(QPainter::Antialiasing, lod > 0.4);
    p->setBrush(fill);
    QPen border(marked ? pal.color(QPalette::Highlight) : QColor(0, 0, 0, 140), marked ? 3 : 1);
    if (m_badges.stale)
        border.setStyle(Qt::DashLine);
    p->setPen(border);
    p->drawRoundedRect(box, 6, 6);
    // State stripe on the left.
    p->setPen(Qt::NoPen);
    p->setBrush(colour);
    p->drawRoundedRect(QRectF(box.left(), box.top(), 8, H), 3, 3);

    // Shape icon (colour is never the only signal).
    const QIcon icon = stateIcon(m_state, m_badges.stale, 18);
    icon.paint(p, QRect(int(box.left()) + 14, int(box.top()) + 15, 18, 18));

    const QColor text = bad ? QColor(Qt::white) : pal.color(QPalette::Text);
    QFont f = QApplication::font();
    f.setPixelSize(10);
    f.setBold(true);
    p->setFont(f);
    p->setPen(bad ? QColor(255, 255, 255, 200) : pal.color(QPalette::PlaceholderText));
    p->drawText(QRectF(box.left() + 38, box.top() + 4, W - 44, 14), Qt::AlignLeft | Qt::AlignVCenter, m_caption);
    f.setPixelSize(13);
    f.setBold(m_kind == topology::NodeKind::App || m_kind == topology::NodeKind::Provider);
    p->setFont(f);
    p->setPen(text);
    const QString label = QFontMetricsF(f).elidedText(m_label, Qt::ElideMiddle, W - 46);
    p->drawText(QRectF(box.left() + 38, box.top() + 18, W - 44, 24), Qt::AlignLeft | Qt::AlignVCenter, label);

    // Badges along the top edge, right to left.
    QPointF at(box.right() - 2, box.top() - 9);
    if (m_badges.openIncidents > 0)
        drawBadge(p, at, stateColor(HealthState::MajorOutage), QApplication::translate("wf::ui::NodeItem", "%n incident(s)", nullptr, m_badges.openIncidents));
    if (m_badges.aheadOfStatusPage)
        drawBadge(p, at, QColor(0x9b, 0x30, 0xd9), QApplication::translate("wf::ui::NodeItem", "AHEAD"));
    if (m_badges.drift)
        drawBadge(p, at, QColor(0xc2, 0x41, 0x0c), QApplication::translate("wf::ui::NodeItem", "DRIFT"));
    if (m_badges.routingOverridden)
        drawBadge(p, at, QColor(0x2f, 0x6f, 0xd6), QApplication::translate("wf::ui::NodeItem", "ROUTED"));
    if (m_badges.maintenance)
        drawBadge(p, at, stateColor(HealthState::Maintenance), QApplication::translate("wf::ui::NodeItem", "MAINT"));
    if (m_badges.flapping)
        drawBadge(p, at, QColor(0xb0, 0x6a, 0x00), QApplication::translate("wf::ui::NodeItem", "FLAP"));
    if (m_badges.stale)
        drawBadge(p, at, QColor(0x55, 0x5b, 0x63), QApplication::translate("wf::ui::NodeItem", "STALE"));
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        for (EdgeItem *e : std::as_const(m_edges))
            e->adjust();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace wf::ui
