#include "routingpanel.h"

#include "confirmdialog.h"
#include "core/logging.h"
#include "gatewaystatemodel.h"
#include "previewdialog.h"
#include "routing/routingcontroller.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace wf::ui {

RoutingPanel::RoutingPanel(routing::RoutingController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("routingPanel"));
    auto *layout = new QVBoxLayout(this);

    m_model = new GatewayStateModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("gatewayTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Short values, long headers (more so translated): size columns to whichever is wider.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Gateway routing state"));
    layout->addWidget(m_table, 2);

    layout->addWidget(new QLabel(tr("Policies and runbooks:")));
    m_items = new QListWidget;
    m_items->setObjectName(QStringLiteral("policyList"));
    m_items->setAccessibleName(tr("Routing policies and runbooks"));
    const auto &cfg = controller->config();
    for (const auto &rb : cfg.runbooks) {
        auto *item = new QListWidgetItem(tr("▶ Runbook: %1").arg(rb.name), m_items);
        item->setData(Qt::UserRole, rb.id);
        item->setToolTip(rb.description.isEmpty() ? rb.policies.join(QStringLiteral(" → ")) : rb.description);
    }
    for (const auto &p : cfg.policies) {
        auto *item = new QListWidgetItem(p.destructive ? tr("Policy: %1 (destructive)").arg(p.name) : tr("Policy: %1").arg(p.name), m_items);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.description);
    }
    layout->addWidget(m_items, 1);

    auto *buttons = new QHBoxLayout;
    auto *refresh = new QPushButton(tr("&Refresh"));
    refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(refresh, &QPushButton::clicked, controller, &routing::RoutingController::refresh);
    buttons->addWidget(refresh);
    // The viewer role (wall screens) never gets the controls; the controller refuses anyway.
    if (controller->canWrite()) {
        m_preview = new QPushButton(tr("&Preview…"));
        m_preview->setObjectName(QStringLiteral("previewButton"));
        m_preview->setEnabled(false);
        connect(m_items, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *cur) { m_preview->setEnabled(cur != nullptr); });
        connect(m_preview, &QPushButton::clicked, this, [this] {
            if (auto *item = m_items->currentItem())
                previewItem(item->data(Qt::UserRole).toString());
        });
        buttons->addWidget(m_preview);
        m_rollback = new QPushButton(tr("Roll &back last change"));
        m_rollback->setObjectName(QStringLiteral("rollbackButton"));
        m_rollback->setEnabled(false);
        connect(m_rollback, &QPushButton::clicked, this, &RoutingPanel::rollbackLast);
        buttons->addWidget(m_rollback);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("routingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(controller, &routing::RoutingController::gatewayStateChanged, m_model,
            [this](const QString &, const gateways::GatewayState &s) { m_model->setState(s); });
    connect(controller, &routing::RoutingController::gatewayReadFailed, m_model, &GatewayStateModel::setStale);
    connect(controller, &routing::RoutingController::externalChange, this, [this](const QString &gw, const QStringList &diff) {
        setStatus(tr("External change on %1 (not made by Watchfloor): %2").arg(gw, diff.join(QStringLiteral("; "))), true);
        m_model->setDrift(gw, diff);
    });
    // Once Watchfloor has set a gateway's routing itself, what changed outside before is settled.
    connect(controller, &routing::RoutingController::actionFinished, m_model, [this](const routing::ApplyOutcome &outcome) {
        if (outcome.ok)
            for (const routing::GatewayRecord &r : outcome.records)
                m_model->setDrift(r.gateway, {});
    });
    for (auto it = controller->adapterErrors().begin(); it != controller->adapterErrors().end(); ++it)
        setStatus(tr("%1: %2").arg(it.key(), it.value()), true);
}

QString RoutingPanel::statusText() const
{
    return m_status->text();
}

void RoutingPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(error ? QStringLiteral("⚠ ") + text : text);
}

void RoutingPanel::previewItem(const QString &id)
{
    setStatus(tr("Reading gateways for %1…").arg(id), false);
    m_controller->preview(id, this, [this](const Result<routing::RoutingPreview> &pv) {
        if (!pv) {
            setStatus(pv.error().message, true);
            return;
        }
        onPreviewReady(*pv);
    });
}

void RoutingPanel::onPreviewReady(const routing::RoutingPreview &preview)
{
    setStatus(tr("Preview of %1 ready.").arg(preview.name), false);
    auto *dlg = new PreviewDialog(preview, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg] { confirm(dlg->preview()); });
    dlg->open();
    emit previewShown(dlg);
}

void RoutingPanel::confirm(const routing::RoutingPreview &preview)
{
    auto *dlg = new ConfirmDialog(preview.name, preview.destructive, preview.target, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg, preview] {
        const QString reason = dlg->reason();
        routing::RoutingPreview confirmed = preview;
        confirmed.confirmedTarget = dlg->typedTarget();
        setStatus(tr("Applying %1…").arg(preview.name), false);
        m_controller->apply(confirmed, reason, this, [this](const Result<routing::ApplyOutcome> &out) {
            if (!out) {
                setStatus(out.error().message, true);
                return;
            }
            showOutcome(*out);
        });
    });
    dlg->open();
    emit confirmShown(dlg);
}

void RoutingPanel::showOutcome(const routing::ApplyOutcome &outcome)
{
    if (outcome.ok && outcome.action == QLatin1String("apply") && outcome.changed)
        m_last = outcome;
    else if (!outcome.ok && outcome.canRollBack)
        m_last = outcome;
    else if (outcome.action == QLatin1String("rollback") && outcome.ok)
        m_last.reset();
    if (m_rollback)
        m_rollback->setEnabled(m_last.has_value());
    QString text = outcome.message;
    if (!outcome.ok && outcome.canRollBack)
        text += QLatin1Char(' ') + tr("Use \"Roll back last change\" to restore the previous state.");
    setStatus(text, !outcome.ok);
    emit outcomeShown(outcome);
}

void RoutingPanel::rollbackLast()
{
    if (!m_last)
        return;
    const routing::ApplyOutcome last = *m_last;
    auto *dlg = new ConfirmDialog(tr("roll back %1").arg(last.name), false, QString(), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg, last] {
        m_controller->rollback(last, dlg->reason(), this, [this](const Result<routing::ApplyOutcome> &out) {
            if (!out) {
                setStatus(out.error().message, true);
                return;
            }
            showOutcome(*out);
        });
    });
    dlg->open();
    emit confirmShown(dlg);
}

} // namespace wf::ui
