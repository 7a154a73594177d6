#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace wf { class Engine; }

namespace wf::ui {

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

// Details of the selected map node: its state and why (the states of what it depends on and of
// the probes that speak for it), latency percentiles and error rate, recent latency, open
// incidents with the status-page lag, the routes through it, and who is affected.
class NodeDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NodeDetailPanel(Engine *engine, QWidget *parent = nullptr);

    void showNode(const QString &nodeId);
    QString nodeId() const { return m_nodeId; }
    QString text() const;

private:
    void refresh();
    void loadSparkline();

    Engine *m_engine;
    QString m_nodeId;
    QLabel *m_title;
    QTextBrowser *m_body;
    Sparkline *m_spark;
    QLabel *m_sparkTitle;
};

} // namespace wf::ui
