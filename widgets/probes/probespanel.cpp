#include "probespanel.h"

#include "engine/engine.h"
#include "probes/probescheduler.h"
#include "probes/probesmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wf::ui {

ProbesPanel::ProbesPanel(Engine *engine, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_connectivity = new QLabel(this);
    m_connectivity->setObjectName(QStringLiteral("probesConnectivity"));
    m_connectivity->setWordWrap(true);
    layout->addWidget(m_connectivity);
    m_model = new ProbesModel(engine->probes(), engine->health(), this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("probesTable"));
    m_view->setAccessibleName(tr("Probes"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ProbesModel::NameColumn, 170);
    m_view->setColumnWidth(ProbesModel::StateColumn, 170);
    m_view->setColumnWidth(ProbesModel::ConditionsColumn, 260);
    // Short values under headers that may be longer once translated.
    for (int c : {ProbesModel::KindColumn, ProbesModel::LatencyColumn, ProbesModel::BudgetColumn})
        m_view->setColumnWidth(c, std::max(m_view->columnWidth(c), m_view->horizontalHeader()->sectionSizeHint(c)));
    layout->addWidget(m_view);
    for (const auto &p : engine->config().probes)
        m_hasCanary = m_hasCanary || p.canary;
    connect(engine->probes(), &probes::ProbeScheduler::selfConnectivityChanged, this, &ProbesPanel::updateConnectivity);
    updateConnectivity(engine->probes()->selfConnected());
}

void ProbesPanel::updateConnectivity(bool connected)
{
    if (!m_hasCanary) {
        m_connectivity->setText(tr("No canary probe configured: failures cannot be told apart from an outage of our own network (set canary: true on a probe of a stable target)."));
        return;
    }
    m_connectivity->setText(connected ? tr("Own connectivity: OK (canary probes answer).")
                                      : tr("Own connectivity: DOWN \u2014 every canary probe fails. Probe failures are shown as Unknown, not blamed on providers."));
}

} // namespace wf::ui
