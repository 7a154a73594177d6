#pragma once

#include "wallsource.h"

#include <QFrame>

class QLabel;

namespace wf::ui {

// One provider or app on the wall: shape glyph and name, the state in words on a state-coloured
// band, and the time in state. Problems get a thick state-coloured frame; stale data is hatched and
// says so in words. Nothing on it reacts to input.
class WallTile : public QFrame
{
    Q_OBJECT
public:
    explicit WallTile(QWidget *parent = nullptr);

    void setData(const WallTileData &data, qint64 nowMs);
    const WallTileData &data() const { return m_data; }
    // Type size: `unit` is the wall's base pixel size (see WallView::unitFor).
    void setUnit(int unit);

    QLabel *nameLabel() const { return m_name; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *sinceLabel() const { return m_since; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refreshText();

    WallTileData m_data;
    qint64 m_now = 0;
    int m_unit = 40;
    QLabel *m_glyph;
    QLabel *m_name;
    QLabel *m_state;
    QLabel *m_since;
};

} // namespace wf::ui
