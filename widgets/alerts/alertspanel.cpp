#include "alertspanel.h"

#include "ackdialog.h"
#include "alerts/alertengine.h"
#include "alerts/webhooknotifier.h"
#include "alertsmodel.h"
#include "silencedialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace wf::ui {

AlertsPanel::AlertsPanel(alerts::AlertEngine *engine, QList<alerts::WebhookNotifier *> webhooks, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_webhooks(std::move(webhooks))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QToolBar;
    m_ack = bar->addAction(tr("&Acknowledge…"), this, qOverload<>(&AlertsPanel::acknowledge));
    m_ack->setObjectName(QStringLiteral("acknowledgeAlert"));
    m_ack->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_ack->setShortcutContext(Qt::WindowShortcut);
    m_ack->setToolTip(tr("Acknowledge the selected alert (Ctrl+K)"));
    m_silence = bar->addAction(tr("&Silence…"), this, qOverload<>(&AlertsPanel::silence));
    m_silence->setObjectName(QStringLiteral("silenceAlerts"));
    m_test = bar->addAction(tr("&Test webhook"), this, &AlertsPanel::testWebhooks);
    m_test->setObjectName(QStringLiteral("testWebhook"));
    m_test->setToolTip(m_webhooks.isEmpty() ? tr("No webhook notifier is configured") : tr("Send a test notification to every webhook"));
    addAction(m_ack); // the shortcut works wherever the panel's window has focus
    layout->addWidget(bar);

    m_model = new AlertsModel(engine, this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("alertsTable"));
    m_view->setAccessibleName(tr("Alerts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    // The summary is what the on-call reads first: it keeps a readable width on one line (full
    // text in its tooltip) and the table scrolls sideways in a narrow dock rather than squeezing
    // it; the last column takes what is left.
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AlertsModel::SeverityColumn, 90);
    m_view->setColumnWidth(AlertsModel::NodeColumn, 140);
    m_view->setColumnWidth(AlertsModel::SummaryColumn, 300);
    m_view->setColumnWidth(AlertsModel::SinceColumn, 200);
    m_view->setColumnWidth(AlertsModel::StateColumn, 100);
    m_view->setColumnWidth(AlertsModel::AckColumn, 170);
    // Firing or recovered next to the severity, before what may scroll out of a narrow dock.
    m_view->horizontalHeader()->moveSection(m_view->horizontalHeader()->visualIndex(AlertsModel::StateColumn), 1);
    layout->addWidget(m_view, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("alertsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AlertsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AlertsPanel::updateActions);
    for (alerts::WebhookNotifier *w : std::as_const(m_webhooks)) {
        connect(w, &alerts::WebhookNotifier::testFinished, this, [this](const QString &id, bool ok, const QString &message) {
            m_status->setText(ok ? tr("Test to %1: %2").arg(id, message) : tr("Test to %1 failed: %2").arg(id, message));
        });
    }
    updateActions();
}

void AlertsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

QString AlertsPanel::selectedKey() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return m_model->data(rows.first(), AlertsModel::KeyRole).toString();
    // Nothing selected: the oldest unacknowledged alert, so Ctrl+K works straight away.
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (!m_model->data(m_model->index(r, 0), AlertsModel::AcknowledgedRole).toBool())
            return m_model->data(m_model->index(r, 0), AlertsModel::KeyRole).toString();
    return {};
}

void AlertsPanel::updateActions()
{
    m_ack->setEnabled(!m_readOnly && m_model->rowCount() > 0);
    m_silence->setEnabled(!m_readOnly);
    m_test->setEnabled(!m_readOnly && !m_webhooks.isEmpty());
}

bool AlertsPanel::acknowledgeSelected(const QString &by, const QString &comment, qint64 durationMs)
{
    const QString key = selectedKey();
    if (key.isEmpty() || !m_engine || m_readOnly)
        return false;
    const Status s = m_engine->acknowledge(key, by, comment, m_engine->now() + durationMs);
    m_status->setText(s ? tr("Acknowledged.") : s.error().message);
    return s.ok();
}

qint64 AlertsPanel::silence(const QStringList &nodes, const QString &comment, qint64 durationMs)
{
    if (!m_engine || m_readOnly || nodes.isEmpty())
        return 0;
    alerts::Silence s;
    s.nodes = nodes;
    s.comment = comment;
    s.createdBy = qEnvironmentVariable("USER");
    s.fromMs = m_engine->now();
    s.toMs = s.fromMs + durationMs;
    const qint64 id = m_engine->addSilence(s);
    m_status->setText(tr("Silenced %1.").arg(nodes.join(QStringLiteral(", "))));
    return id;
}

void AlertsPanel::acknowledge()
{
    const QString key = selectedKey();
    if (key.isEmpty() || m_readOnly)
        return;
    const int row = m_model->rowOf(key);
    m_view->selectRow(row);
    AckDialog dialog(m_model->alertAt(row).summary, m_engine ? m_engine->defaultAckMs() : 3600000, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    acknowledgeSelected(dialog.by(), dialog.comment(), dialog.durationMs());
}

void AlertsPanel::silence()
{
    if (m_readOnly)
        return;
    const QString key = selectedKey();
    const int row = key.isEmpty() ? -1 : m_model->rowOf(key);
    SilenceDialog dialog(row >= 0 ? m_model->alertAt(row).nodeId : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    silence(dialog.nodes(), dialog.comment(), dialog.durationMs());
}

void AlertsPanel::testWebhooks()
{
    if (m_webhooks.isEmpty())
        return;
    m_status->setText(tr("Sending a test notification…"));
    for (alerts::WebhookNotifier *w : std::as_const(m_webhooks))
        w->sendTest();
}

} // namespace wf::ui
