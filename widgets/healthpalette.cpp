#include "healthpalette.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace wf::ui {

QColor stateColor(HealthState s)
{
    switch (s) {
    case HealthState::Operational: return QColor(0x2e, 0xa0, 0x43);
    case HealthState::Maintenance: return QColor(0x3b, 0x82, 0xf6);
    case HealthState::Unknown: return QColor(0x8b, 0x94, 0x9e);
    case HealthState::Degraded: return QColor(0xe3, 0xb3, 0x41);
    case HealthState::PartialOutage: return QColor(0xf0, 0x7f, 0x2a);
    case HealthState::MajorOutage: return QColor(0xe0, 0x3e, 0x3e);
    }
    return Qt::gray;
}

QString stateGlyph(HealthState s)
{
    switch (s) {
    case HealthState::Operational: return QStringLiteral("●");
    case HealthState::Maintenance: return QStringLiteral("◆");
    case HealthState::Unknown: return QStringLiteral("?");
    case HealthState::Degraded: return QStringLiteral("▲");
    case HealthState::PartialOutage: return QStringLiteral("◆");
    case HealthState::MajorOutage: return QStringLiteral("✖");
    }
    return QStringLiteral("?");
}

static void drawShape(QPainter &p, HealthState s, const QRectF &r)
{
    p.setBrush(stateColor(s));
    p.setPen(QPen(QColor(0, 0, 0, 160), 1));
    const QPointF c = r.center();
    const double h = r.height() / 2;
    switch (s) {
    case HealthState::Operational:
        p.drawEllipse(r);
        break;
    case HealthState::Maintenance: {
        p.drawRoundedRect(r, 3, 3);
        p.setPen(QPen(Qt::white, 2));
        p.drawLine(QPointF(c.x() - h / 2, c.y() + h / 2), QPointF(c.x() + h / 2, c.y() - h / 2));
        break;
    }
    case HealthState::Unknown: {
        p.drawEllipse(r);
        QFont f = p.font();
        f.setPixelSize(int(r.height() * 0.8));
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(r, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    case HealthState::Degraded: {
        QPainterPath path;
        path.moveTo(c.x(), r.top());
        path.lineTo(r.right(), r.bottom());
        path.lineTo(r.left(), r.bottom());
        path.closeSubpath();
        p.drawPath(path);
        break;
    }
    case HealthState::PartialOutage: {
        QPainterPath path;
        path.moveTo(c.x(), r.top());
        path.lineTo(r.right(), c.y());
        path.lineTo(c.x(), r.bottom());
        path.lineTo(r.left(), c.y());
        path.closeSubpath();
        p.drawPath(path);
        break;
    }
    case HealthState::MajorOutage: {
        p.drawRect(r);
        p.setPen(QPen(Qt::white, 2));
        const double k = h * 0.55;
        p.drawLine(QPointF(c.x() - k, c.y() - k), QPointF(c.x() + k, c.y() + k));
        p.drawLine(QPointF(c.x() - k, c.y() + k), QPointF(c.x() + k, c.y() - k));
        break;
    }
    }
}

QIcon stateIcon(HealthState s, bool stale, int size)
{
    static QHash<int, QIcon> cache;
    const int key = int(s) * 2 + (stale ? 1 : 0) + size * 100;
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QPixmap pm(size * 2, size * 2);
    pm.setDevicePixelRatio(2.0);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r(1.5, 1.5, size - 3, size - 3);
        if (stale)
            p.setOpacity(0.45);
        drawShape(p, s, r);
        if (stale) {
            p.setOpacity(1.0);
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(QColor(0x8b, 0x94, 0x9e), 1.5, Qt::DashLine));
            p.drawEllipse(QRectF(0.75, 0.75, size - 1.5, size - 1.5));
        }
    }
    QIcon icon(pm);
    cache.insert(key, icon);
    return icon;
}

} // namespace wf::ui
