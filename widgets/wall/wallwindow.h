#pragma once

#include "timeline/timelinecanvas.h"
#include "wallview.h"

#include <QWidget>

class QGraphicsScene;
class QScreen;

namespace wf::ui {

class TimelinePanel;

// The wall as a top-level window: frameless, fullscreen on the chosen screen, cursor hidden.
// Holds a WallView with the tile pages and, when given, the dependency map and outage timeline.
class WallWindow : public QWidget
{
    Q_OBJECT
public:
    WallWindow(WallSource *source, WallView::Settings settings, QWidget *parent = nullptr);

    WallView *view() const { return m_view; }
    // A read-only view of the console's map scene.
    void addMapPage(QGraphicsScene *scene);
    // A read-only, enlarged copy of the console's timeline, refreshed whenever the panel loads.
    void addTimelinePage(TimelinePanel *panel, TimelineCanvas::Resolver resolver);

    // The screen with index `index` in QGuiApplication::screens(); the primary screen (and a
    // warning in the log, never a dialog) when there is no such screen.
    static QScreen *screenAt(int index);
    // Shows the wall fullscreen on `screen`.
    void showOn(QScreen *screen);

signals:
    void exitRequested();

private:
    WallView *m_view;
};

} // namespace wf::ui
