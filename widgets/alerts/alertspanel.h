#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace wf::alerts { class AlertEngine; class WebhookNotifier; }

namespace wf::ui {

class AlertsModel;

// The on-call panel: the alert list with Acknowledge (Ctrl+K: who, comment, expiry), Silence and
// Test webhook. Read-only roles see the list without the actions. No dialogs in wall mode: the
// wall uses the model, not this panel.
class AlertsPanel : public QWidget
{
    Q_OBJECT
public:
    AlertsPanel(alerts::AlertEngine *engine, QList<alerts::WebhookNotifier *> webhooks, QWidget *parent = nullptr);

    AlertsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *acknowledgeAction() const { return m_ack; }
    QAction *silenceAction() const { return m_silence; }
    QAction *testAction() const { return m_test; }
    void setReadOnly(bool readOnly);

    // Used by the dialog-driven slots; tests call them directly.
    bool acknowledgeSelected(const QString &by, const QString &comment, qint64 durationMs);
    qint64 silence(const QStringList &nodes, const QString &comment, qint64 durationMs);

public slots:
    void acknowledge();
    void silence();
    void testWebhooks();

private:
    void updateActions();
    QString selectedKey() const;

    QPointer<alerts::AlertEngine> m_engine;
    QList<alerts::WebhookNotifier *> m_webhooks;
    AlertsModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QAction *m_ack;
    QAction *m_silence;
    QAction *m_test;
    bool m_readOnly = false;
};

} // namespace wf::ui
