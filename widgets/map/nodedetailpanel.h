#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;
class QVBoxLayout;

namespace wf { class Engine; }

namespace wf::ui {

class MapLiveState;

// A small latency chart: one line, the newest value and the p95 of what is shown.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setValues(const QList<QPointF> &points); // x = time ms, y = latency ms
    QSize sizeHint() const override { return QSize(320, 64); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPointF> m_points;
};

// Details of the selected map node: its state and why (the states of what it depends on, the
// last result of the probes that speak for it with the conditions that failed), latency
// percentiles and error rate, recent latency, open incidents (ours with the status-page lag, the
// provider's with its updates), the routing in force now (read back from the gateways), who is
// affected, and the actions available: routing policies and runbooks that touch the node (they
// open the routing panel's preview) and acknowledging an alert open on it. Viewers get no actions.
class NodeDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NodeDetailPanel(Engine *engine, QWidget *parent = nullptr);

    // Traffic shares of routes as the map shows them (optional; else from the configuration).
    void setLiveState(MapLiveState *live) { m_live = live; }

    void showNode(const QString &nodeId);
    QString nodeId() const { return m_nodeId; }
    QString text() const;
    // Ids of the actions offered for the node: "policy:<id>", "runbook:<id>", "ack:<alert key>".
    QStringList actionIds() const { return m_actionIds; }

signals:
    // The operator wants to preview (and maybe apply) a routing policy or runbook.
    void routingPreviewRequested(const QString &policyOrRunbookId);

private:
    void refresh();
    void loadSparkline();
    void updateActions(const QStringList &ids, const QStringList &labels);

    Engine *m_engine;
    QString m_nodeId;
    QLabel *m_title;
    QTextBrowser *m_body;
    Sparkline *m_spark;
    QLabel *m_sparkTitle;
    QLabel *m_actionsTitle;
    QWidget *m_actions;
    QVBoxLayout *m_actionsLayout;
    QStringList m_actionIds;
    MapLiveState *m_live = nullptr;
};

} // namespace wf::ui
