#pragma once

#include <QGraphicsView>

class QTimer;

namespace wf::ui {

// The dependency map on the wall: a second, read-only view of the console's map scene, always
// fitted to the screen (the scene is shared, so states and badges stay in step with the console).
class WallMapPage : public QGraphicsView
{
    Q_OBJECT
public:
    explicit WallMapPage(QGraphicsScene *scene, QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    // Read-only: no selection, dragging or zooming from the wall.
    void mousePressEvent(QMouseEvent *) override {}
    void mouseReleaseEvent(QMouseEvent *) override {}
    void mouseMoveEvent(QMouseEvent *) override {}
    void mouseDoubleClickEvent(QMouseEvent *) override {}
    void wheelEvent(QWheelEvent *) override {}

private:
    void fit();
    QTimer *m_fitTimer;
};

} // namespace wf::ui
