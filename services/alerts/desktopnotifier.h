#pragma once

#include "alerts/alert.h"
#include "config/config.h"

#include <QObject>

namespace wf::alerts {

// What the desktop side offers; the widgets layer implements it (tray balloon / freedesktop
// notification, QApplication::beep).
class DesktopSink
{
public:
    virtual ~DesktopSink() = default;
    virtual void showNotification(const QString &title, const QString &body, Severity severity) = 0;
    virtual void beep() = 0;
};

// Decides what reaches the desktop: events at or above min_severity, with the configured sound
// per severity ("beep" or a command line run detached).
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(config::NotifierConfig config, QObject *parent = nullptr);

    void setSink(DesktopSink *sink) { m_sink = sink; }
    QString id() const { return m_config.id; }

    static QString title(const AlertEvent &event);

public slots:
    void notify(const wf::alerts::AlertEvent &event);

private:
    void playSound(Severity severity);

    config::NotifierConfig m_config;
    DesktopSink *m_sink = nullptr;
    Severity m_minSeverity;
};

} // namespace wf::alerts
