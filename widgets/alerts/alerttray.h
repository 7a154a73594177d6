#pragma once

#include "alerts/desktopnotifier.h"
#include "core/healthstate.h"

#include <QObject>

class QSystemTrayIcon;

namespace wf::ui {

// The tray icon shows the worst state among firing alerts (shape and colour) and carries the
// desktop notifications (freedesktop notifications through QSystemTrayIcon where available).
class AlertTray : public QObject, public alerts::DesktopSink
{
    Q_OBJECT
public:
    explicit AlertTray(QObject *parent = nullptr);
    ~AlertTray() override;

    HealthState state() const { return m_state; }
    QString toolTip() const;
    QSystemTrayIcon *icon() const { return m_tray; }
    int notificationCount() const { return m_notifications; }

    void showNotification(const QString &title, const QString &body, alerts::Severity severity) override;
    void beep() override;

public slots:
    void setWorstState(wf::HealthState state);

signals:
    void activated();

private:
    QSystemTrayIcon *m_tray;
    HealthState m_state = HealthState::Operational;
    int m_notifications = 0;
};

} // namespace wf::ui
