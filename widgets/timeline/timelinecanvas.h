#pragma once

#include "store/timelinequery.h"
#include "viewfilter.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <array>

#include <functional>

namespace wf::ui {

// How a lane is labelled and grouped (provider components and probes under their provider).
struct LaneInfo
{
    QString label;
    QString group;
    QString tooltip;
    QString provider;  // provider id for the provider filter; derived from the target when empty
    QStringList tags;  // for the tag filter
};

// Paints the outage timeline: a label column, one lane per target grouped and collapsible, state
// bands (colour plus a fill pattern per state, so colour is never the only signal), incident update
// markers on the group rows, operator actions as flagged vertical lines, and a now-line when live.
// Wheel zooms around the cursor, dragging pans; the owner reloads data on rangeChanged().
class TimelineCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineCanvas(QWidget *parent = nullptr);

    using Resolver = std::function<LaneInfo(const QString &target)>;
    void setResolver(Resolver resolver);
    const Resolver &resolver() const { return m_resolver; }

    void setRange(qint64 fromMs, qint64 toMs);
    qint64 fromMs() const { return m_from; }
    qint64 toMs() const { return m_to; }
    void setLive(bool live) { m_live = live; update(); }
    bool isLive() const { return m_live; }
    void setNow(qint64 nowMs) { m_now = nowMs; update(); }

    void setData(const store::TimelineData &data);
    const store::TimelineData &data() const { return m_data; }

    // Lanes as displayed (group order, collapsed groups excluded).
    struct Row
    {
        bool isGroup = false;
        QString group;
        int lane = -1; // index into data().lanes for lane rows
        QString label;
    };
    const QList<Row> &rows() const { return m_rows; }
    void setGroupCollapsed(const QString &group, bool collapsed);
    bool isGroupCollapsed(const QString &group) const { return m_collapsed.contains(group); }
    void setFilter(const QString &text);
    // Provider, state and tag filter shared with the map. A lane passes the state part when one
    // of its bands in the loaded range has an accepted state: the timeline answers "what was
    // down in this range", not only "what is down now".
    void setFilterSpec(const FilterSpec &spec);
    const FilterSpec &filterSpec() const { return m_spec; }
    // The lane's metadata as used for grouping and filtering.
    LaneInfo laneInfo(const QString &target) const { return m_info.value(target); }

    // The lane selected here or on the map (highlighted; its group is expanded). Empty: none.
    // Returns false when no lane shows that target. Does not emit laneSelected().
    bool setSelectedTarget(const QString &target);
    QString selectedTarget() const { return m_selected; }
    // Row of a target's lane in rows(), or -1.
    int rowOf(const QString &target) const;
    // Mapping between dependency-map node ids and lane targets (feed components are lanes
    // "provider/component", map nodes "component:provider/component"; the rest share ids).
    static QString laneForNode(const QString &nodeId);
    static QString nodeForLane(const QString &target);

    // State of a lane at a time (Unknown when no band covers it), as drawn.
    HealthState stateAt(const QString &target, qint64 tsMs) const;
    qint64 resolutionMs() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static constexpr int kLabelWidth = 280;
    static constexpr int kAxisHeight = 28;
    static constexpr int kRowHeight = 24;

signals:
    void rangeChanged(qint64 fromMs, qint64 toMs);
    void liveChanged(bool live);
    // The operator clicked a lane's label.
    void laneSelected(const QString &target);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void rebuildRows();
    bool matchesSpec(const store::TimelineLane &lane, const LaneInfo &info) const;
    double xOf(qint64 ts) const;
    qint64 tsAt(double x) const;
    int rowAt(int y) const;
    QString tooltipAt(const QPoint &pos) const;
    void paintAxis(QPainter &p, int top);

    Resolver m_resolver;
    store::TimelineData m_data;
    QHash<QString, LaneInfo> m_info;
    QList<Row> m_rows;
    QSet<QString> m_collapsed;
    QString m_filter;
    QString m_selected;
    FilterSpec m_spec;
    qint64 m_from = 0;
    qint64 m_to = 0;
    qint64 m_now = 0;
    bool m_live = true;
    bool m_dragging = false;
    QPoint m_dragStart;
    qint64 m_dragFrom = 0;
    qint64 m_dragTo = 0;
    std::array<QList<QRectF>, 6> m_rectsByState; // paint scratch, one list per HealthState
};

} // namespace wf::ui
