#pragma once

#include "mapscene.h"
#include "topology/graphlayout.h"

#include <QGraphicsView>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QThread;
class QTimer;

namespace wf::ui {

class FilterBar;
class ViewFilter;

// Zoom with the wheel around the cursor, pan by dragging the background.
class MapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MapView(QGraphicsScene *scene, QWidget *parent = nullptr);
    void zoomBy(double factor);
    void fit();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool m_userZoomed = false;
};

// The dependency map view: map, search (Ctrl+F), provider/problem filters, blast radius list,
// re-layout, PNG export. Layout runs on a worker thread; dragged positions are remembered.
class MapPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MapPanel(QWidget *parent = nullptr);

    // Builds the scene and starts the layout off the UI thread; layoutReady() follows.
    void setGraph(const topology::Graph &graph, const QStringList &providers);
    MapScene *scene() const { return m_scene; }
    MapView *view() const { return m_view; }
    bool exportPng(const QString &path) const;
    // Selects and centres a node; false if unknown.
    bool focusNode(const QString &id);
    // What the search box does: an exact label or id first, else the first partial match.
    bool findNode(const QString &name);
    void relayout(bool forgetPinned);
    QLineEdit *searchBox() const { return m_search; }
    // The thread the last applied layout was computed on (never the UI thread; tests check it).
    QThread *lastLayoutThread() const { return m_lastLayoutThread; }

    // The provider/state/tag filter; by default the panel's own, the console shares one with
    // the timeline. The panel does not take ownership of a filter handed in.
    ViewFilter *viewFilter() const { return m_filter; }
    void setViewFilter(ViewFilter *filter);

signals:
    void layoutReady(const wf::topology::LayoutResult &result);
    void nodeSelected(const QString &id);

private:
    void onNodeActivated(const QString &id);
    void savePinned();

    MapScene *m_scene;
    MapView *m_view;
    QLineEdit *m_search;
    FilterBar *m_filterBar;
    ViewFilter *m_filter = nullptr;
    QListWidget *m_radius;
    QLabel *m_radiusTitle;
    QLabel *m_status;
    QTimer *m_saveTimer;
    QHash<QString, QPointF> m_pinned;
    quint64 m_layoutGeneration = 0;
    QThread *m_lastLayoutThread = nullptr;
};

} // namespace wf::ui

Q_DECLARE_METATYPE(wf::topology::LayoutResult)
