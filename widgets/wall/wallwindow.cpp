#include "wallwindow.h"

#include "wallmappage.h"
#include "wallzoompage.h"

#include "core/logging.h"
#include "timeline/timelinepanel.h"

#include <QGuiApplication>
#include <QScreen>
#include <QVBoxLayout>

namespace wf::ui {

WallWindow::WallWindow(WallSource *source, WallView::Settings settings, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_view(new WallView(source, std::move(settings), this))
{
    setObjectName(QStringLiteral("wallWindow"));
    setWindowTitle(tr("Watchfloor wall"));
    setAccessibleName(tr("Watchfloor wall"));
    setCursor(Qt::BlankCursor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
    connect(m_view, &WallView::exitRequested, this, &WallWindow::exitRequested);
}

void WallWindow::addMapPage(QGraphicsScene *scene)
{
    m_view->addPage(tr("Map"), new WallMapPage(scene));
}

void WallWindow::addTimelinePage(TimelinePanel *panel, TimelineCanvas::Resolver resolver)
{
    auto *canvas = new TimelineCanvas;
    canvas->setResolver(std::move(resolver));
    canvas->setAttribute(Qt::WA_TransparentForMouseEvents);
    canvas->setFocusPolicy(Qt::NoFocus);
    auto sync = [panel, canvas] {
        const TimelineCanvas *src = panel->canvas();
        canvas->setRange(src->fromMs(), src->toMs());
        canvas->setLive(src->isLive());
        canvas->setData(src->data());
    };
    connect(panel, &TimelinePanel::loaded, canvas, sync);
    sync();
    m_view->addPage(tr("Timeline"), new WallZoomPage(canvas));
}

QScreen *WallWindow::screenAt(int index)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (index >= 0 && index < screens.size())
        return screens.at(index);
    if (index >= 0)
        qCWarning(lcUi).noquote() << "wall: no screen" << index << "(there are" << screens.size()
                                  << "); using the primary screen";
    return QGuiApplication::primaryScreen();
}

void WallWindow::showOn(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
        qCInfo(lcUi).noquote() << "wall: on screen" << screen->name() << screen->geometry().width() << "x"
                               << screen->geometry().height() << "logical DPI" << screen->logicalDotsPerInchY();
    }
    showFullScreen();
    raise();
    activateWindow();
    m_view->setFocus();
}

} // namespace wf::ui
