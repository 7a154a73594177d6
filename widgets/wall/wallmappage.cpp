#include "wallmappage.h"

#include <QTimer>

namespace wf::ui {

WallMapPage::WallMapPage(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_fitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("wallMap"));
    setAccessibleName(tr("Dependency map"));
    setInteractive(false);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setBackgroundBrush(QColor(0x0b, 0x0e, 0x13));
    viewport()->setFocusPolicy(Qt::NoFocus);
    // Layout changes arrive in bursts; fit once they settle.
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(100);
    connect(m_fitTimer, &QTimer::timeout, this, &WallMapPage::fit);
    connect(scene, &QGraphicsScene::sceneRectChanged, m_fitTimer, qOverload<>(&QTimer::start));
    connect(scene, &QGraphicsScene::changed, m_fitTimer, qOverload<>(&QTimer::start));
}

void WallMapPage::fit()
{
    if (!scene())
        return;
    const QRectF r = scene()->itemsBoundingRect();
    if (!r.isEmpty())
        fitInView(r.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
}

void WallMapPage::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void WallMapPage::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    fit();
}

} // namespace wf::ui
