#pragma once

#include "routing/routingplan.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace wf::routing { class RoutingController; }

namespace wf::ui {

class GatewayStateModel;
class PreviewDialog;
class ConfirmDialog;

// Gateways with their current routing state, the configured policies and runbooks, and (for
// operators only) preview -> confirm -> apply -> roll back. The viewer role gets no controls.
class RoutingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RoutingPanel(routing::RoutingController *controller, QWidget *parent = nullptr);

    GatewayStateModel *model() const { return m_model; }
    QString statusText() const;
    // Starts a preview of a policy or runbook (what the Preview button does for the selection).
    void previewItem(const QString &id);

signals:
    void previewShown(wf::ui::PreviewDialog *dialog);
    void confirmShown(wf::ui::ConfirmDialog *dialog);
    void outcomeShown(const wf::routing::ApplyOutcome &outcome);

private:
    void onPreviewReady(const routing::RoutingPreview &preview);
    void confirm(const routing::RoutingPreview &preview);
    void showOutcome(const routing::ApplyOutcome &outcome);
    void rollbackLast();
    void setStatus(const QString &text, bool error);

    routing::RoutingController *m_controller;
    GatewayStateModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QListWidget *m_items = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_rollback = nullptr;
    QLabel *m_status = nullptr;
    std::optional<routing::ApplyOutcome> m_last;
};

} // namespace wf::ui
