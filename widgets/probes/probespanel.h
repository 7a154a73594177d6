#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace wf { class Engine; }

namespace wf::ui {

class ProbesModel;

// The probes view: the probe table plus a line on our own connectivity (canary probes).
class ProbesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProbesPanel(Engine *engine, QWidget *parent = nullptr);

    ProbesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void updateConnectivity(bool connected);

    ProbesModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_connectivity = nullptr;
    bool m_hasCanary = false;
};

} // namespace wf::ui
