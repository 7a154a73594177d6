#pragma once

#include "timelinecanvas.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QTimer;

namespace wf::store { class Store; }

namespace wf::ui {

class FilterBar;
class ViewFilter;

// The outage timeline view: range presets, live mode, jump to incident, filter, exports; data
// loaded from the store off the UI thread, one load in flight, repaints coalesced.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    TimelinePanel(store::Store *store, TimelineCanvas::Resolver resolver, QWidget *parent = nullptr);

    TimelineCanvas *canvas() const { return m_canvas; }

    // Shows [to - spanMs, to]; live follows the clock.
    void showSpan(qint64 spanMs, bool live);
    void showRange(qint64 fromMs, qint64 toMs);
    void reload();
    // For replays and tests: the clock the live view follows (default: system time).
    void setClock(std::function<qint64()> clock);

    bool exportPng(const QString &path) const;
    bool exportCsv(const QString &path) const;
    QString csv() const;

    // The provider/state/tag filter; by default the panel's own, the console hands in the map's
    // so both views show the same part of the estate. Not owned when handed in.
    ViewFilter *viewFilter() const { return m_viewFilter; }
    void setViewFilter(ViewFilter *filter);
    // Range presets offered (1 h … 90 d).
    int presetCount() const;

    // Selects (highlights, expands and scrolls to) the lane of a map node; false when the node has
    // no lane. Used to follow the map's selection; emits nothing.
    bool selectNode(const QString &nodeId);

signals:
    void loaded();
    // The operator picked a lane here: the map node it stands for.
    void nodeSelected(const QString &nodeId);

private:
    void scheduleReload();
    void applyPreset(int index);
    void refreshIncidents();

    store::Store *m_store;
    TimelineCanvas *m_canvas;
    QScrollArea *m_scroll;
    QComboBox *m_presets;
    QCheckBox *m_live;
    QComboBox *m_incidents;
    QLineEdit *m_filter;
    FilterBar *m_filterBar;
    ViewFilter *m_viewFilter = nullptr;
    QLabel *m_status;
    QTimer *m_reloadTimer;
    QTimer *m_liveTimer;
    std::function<qint64()> m_clock;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_pending = false;
};

} // namespace wf::ui
