#include "walltile.h"

#include "healthpalette.h"
#include "wallview.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>

namespace wf::ui {

namespace {
const QColor kTileBackground(0x0b, 0x0e, 0x13);
const QColor kText(0xf5, 0xf7, 0xfa);
const QColor kMuted(0xc3, 0xc9, 0xd2);
} // namespace

WallTile::WallTile(QWidget *parent)
    : QFrame(parent)
    , m_glyph(new QLabel(this))
    , m_name(new QLabel(this))
    , m_state(new QLabel(this))
    , m_since(new QLabel(this))
{
    setFocusPolicy(Qt::NoFocus);
    m_glyph->setObjectName(QStringLiteral("tileGlyph"));
    m_name->setObjectName(QStringLiteral("tileName"));
    m_state->setObjectName(QStringLiteral("tileState"));
    m_since->setObjectName(QStringLiteral("tileSince"));
    m_state->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (QLabel *l : {m_glyph, m_name, m_state, m_since})
        l->setTextInteractionFlags(Qt::NoTextInteraction);
    // Text is elided to the tile's width, so it must never ask for more than the tile has.
    for (QLabel *l : {m_name, m_state, m_since})
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_glyph, 0, 0, Qt::AlignVCenter);
    grid->addWidget(m_name, 0, 1);
    grid->addWidget(m_state, 1, 0, 1, 2);
    grid->addWidget(m_since, 2, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);
    setUnit(m_unit);
}

void WallTile::setUnit(int unit)
{
    m_unit = std::max(8, unit);
    QFont name = font();
    name.setPixelSize(m_unit);
    name.setBold(true);
    m_name->setFont(name);
    QFont state = name;
    state.setPixelSize(m_unit * 11 / 10);
    m_state->setFont(state);
    QFont since = font();
    since.setPixelSize(m_unit * 4 / 5);
    m_since->setFont(since);
    auto *grid = static_cast<QGridLayout *>(layout());
    grid->setContentsMargins(m_unit / 2, m_unit / 2, m_unit / 2, m_unit / 3);
    grid->setHorizontalSpacing(m_unit / 3);
    grid->setVerticalSpacing(m_unit / 4);
    refreshText();
}

void WallTile::setData(const WallTileData &data, qint64 nowMs)
{
    m_data = data;
    m_now = nowMs;
    refreshText();
    update();
}

void WallTile::refreshText()
{
    const HealthState s = m_data.state;
    const int glyph = m_unit * 6 / 5;
    m_glyph->setPixmap(stateIcon(s, m_data.stale, glyph).pixmap(QSize(glyph, glyph), devicePixelRatioF()));
    m_glyph->setFixedSize(glyph, glyph);

    const int nameWidth = std::max(0, width() - glyph - m_unit * 3 / 2);
    m_name->setText(m_name->fontMetrics().elidedText(m_data.label, Qt::ElideRight, nameWidth));
    m_name->setStyleSheet(QStringLiteral("color: %1; background: transparent;").arg(kText.name()));

    // The state in words on a band of its colour: black text on every state colour keeps a
    // contrast ratio above 5:1.
    const QString state = QStringLiteral("%1 %2").arg(stateGlyph(s), wf::stateLabel(s).toUpper());
    m_state->setText(m_state->fontMetrics().elidedText(state, Qt::ElideRight, std::max(0, width() - m_unit * 3 / 2)));
    m_state->setStyleSheet(QStringLiteral("color: #000000; background: %1; padding: %2px %3px; border-radius: %4px;")
                               .arg(stateColor(s).name()).arg(m_unit / 8).arg(m_unit / 4).arg(m_unit / 6));

    QString since = WallView::timeInStateText(m_data, m_now);
    if (m_data.stale)
        since = tr("%1 · NO FRESH DATA").arg(since);
    m_since->setText(m_since->fontMetrics().elidedText(since, Qt::ElideRight, std::max(0, width() - m_unit)));
    m_since->setStyleSheet(QStringLiteral("color: %1; background: transparent;").arg(m_data.stale ? QStringLiteral("#ffd166") : kMuted.name()));

    setAccessibleName(tr("%1: %2").arg(m_data.label, wf::stateLabel(s)));
    setAccessibleDescription(since);
}

void WallTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    refreshText();
}

void WallTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const HealthState s = m_data.state;
    const bool problem = isBad(s);
    const QColor c = stateColor(s);
    const double border = problem ? std::max(4.0, m_unit * 0.22) : std::max(1.5, m_unit * 0.05);
    const QRectF r = QRectF(rect()).adjusted(border / 2, border / 2, -border / 2, -border / 2);
    QColor fill = kTileBackground;
    if (problem) {
        // A tint of the state colour so a problem tile stands out from across the room.
        fill = QColor(int(c.red() * 0.28 + fill.red() * 0.72), int(c.green() * 0.28 + fill.green() * 0.72),
                      int(c.blue() * 0.28 + fill.blue() * 0.72));
    }
    p.setPen(QPen(problem ? c : QColor(0x3a, 0x41, 0x4b), border));
    p.setBrush(fill);
    p.drawRoundedRect(r, m_unit / 5.0, m_unit / 5.0);
    if (m_data.stale) {
        p.setPen(Qt::NoPen);
        p.setBrush(QBrush(QColor(0xff, 0xd1, 0x66, 70), Qt::BDiagPattern));
        p.drawRoundedRect(r, m_unit / 5.0, m_unit / 5.0);
    }
}

} // namespace wf::ui
