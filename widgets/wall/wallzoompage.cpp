#include "wallzoompage.h"

#include <QEvent>
#include <QGraphicsProxyWidget>
#include <QGraphicsScene>

namespace wf::ui {

WallZoomPage::WallZoomPage(QWidget *content, QWidget *parent)
    : QGraphicsView(parent)
    , m_content(content)
{
    setObjectName(QStringLiteral("wallZoom"));
    setAccessibleName(content->accessibleName());
    setInteractive(false);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setBackgroundBrush(QColor(0x0b, 0x0e, 0x13));
    viewport()->setFocusPolicy(Qt::NoFocus);
    auto *scene = new QGraphicsScene(this);
    m_proxy = scene->addWidget(content);
    setScene(scene);
}

double WallZoomPage::scaleFor(int height)
{
    return std::max(1.0, height / 1080.0 * 1.6);
}

void WallZoomPage::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    m_scale = scaleFor(viewport()->height());
    const QSizeF size(viewport()->width() / m_scale, viewport()->height() / m_scale);
    m_proxy->setMinimumSize(size);
    m_proxy->setMaximumSize(size);
    m_proxy->resize(size);
    scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    setTransform(QTransform::fromScale(m_scale, m_scale));
}

bool WallZoomPage::viewportEvent(QEvent *event)
{
    // Read-only: mouse, wheel and touch never reach the content.
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
        return true;
    default:
        return QGraphicsView::viewportEvent(event);
    }
}

} // namespace wf::ui
