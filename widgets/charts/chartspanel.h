#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QTableWidget;
class QTimer;
class QValueAxis;

namespace wf { class Engine; }
namespace wf::store { struct LatencySeries; }

namespace wf::ui {

// Latency p50/p95/p99 and error rate per probe or node over the selected range, and availability
// per node for 24 h / 7 d / 30 d / 90 d. Loads run on the store thread; repaints are coalesced.
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(Engine *engine, QWidget *parent = nullptr);

    void setTarget(const QString &target);
    void setRangeMs(qint64 spanMs);
    void reload();
    void refreshAvailability();
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    QLineSeries *series(int which) const; // 0 p50, 1 p95, 2 p99, 3 error rate
    QTableWidget *availabilityTable() const { return m_table; }
    qint64 shownSpanMs() const { return m_shownSpan; }

signals:
    void chartUpdated();
    void availabilityUpdated();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyChartTheme();
    void refreshTargets();
    void apply(const store::LatencySeries &s);

    Engine *m_engine;
    QComboBox *m_target;
    QComboBox *m_range;
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_p50;
    QLineSeries *m_p95;
    QLineSeries *m_p99;
    QLineSeries *m_errors;
    QDateTimeAxis *m_x;
    QValueAxis *m_yMs;
    QValueAxis *m_yErr;
    QLabel *m_note;
    QTableWidget *m_table;
    QTimer *m_reloadTimer;
    QTimer *m_refreshTimer;
    std::function<qint64()> m_clock;
    quint64 m_generation = 0;
    qint64 m_shownSpan = 0;
};

} // namespace wf::ui
