#pragma once

#include <QGraphicsView>

class QGraphicsProxyWidget;

namespace wf::ui {

// Shows an ordinary widget (e.g. the outage timeline) enlarged for the wall: the widget is laid out
// at screen size / scale and drawn scaled up, so its type grows with the screen. Input is ignored.
class WallZoomPage : public QGraphicsView
{
    Q_OBJECT
public:
    explicit WallZoomPage(QWidget *content, QWidget *parent = nullptr);
    // Scale for a screen area `height` px tall (1.6x at 1080 lines, 3.2x at 2160).
    static double scaleFor(int height);
    double scale() const { return m_scale; }
    QWidget *content() const { return m_content; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    QWidget *m_content;
    QGraphicsProxyWidget *m_proxy;
    double m_scale = 1.0;
};

} // namespace wf::ui
