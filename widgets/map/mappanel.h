#pragma once

#include "mapscene.h"
#include "topology/graphlayout.h"

#include <QGraphicsView>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace wf::ui {

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
    void relayout(bool forgetPinned);

signals:
    void layoutReady(const wf::topology::LayoutResult &result);
    void nodeSelected(const QString &id);

private:
    void onNodeActivated(const QString &id);
    void savePinned();

    MapScene *m_scene;
    MapView *m_view;
    QLineEdit *m_search;
    QComboBox *m_provider;
    QComboBox *m_problems;
    QListWidget *m_radius;
    QLabel *m_radiusTitle;
    QLabel *m_status;
    QTimer *m_saveTimer;
    QHash<QString, QPointF> m_pinned;
    quint64 m_layoutGeneration = 0;
};

} // namespace wf::ui

Q_DECLARE_METATYPE(wf::topology::LayoutResult)
