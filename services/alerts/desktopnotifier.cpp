#include "desktopnotifier.h"

#include "core/logging.h"

#include <QProcess>

namespace wf::alerts {


DesktopNotifier::DesktopNotifier(config::NotifierConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_minSeverity(severityFromKey(m_config.minSeverity))
{
}

QString DesktopNotifier::title(const AlertEvent &e)
{
    switch (e.action) {
    case EventAction::Trigger:
        return e.alert.raisedCount > 1 ? tr("%1 alert raised again: %2").arg(severityLabel(e.alert.severity), e.nodeLabel)
                                       : tr("%1 alert: %2").arg(severityLabel(e.alert.severity), e.nodeLabel);
    case EventAction::Acknowledge:
        return tr("Acknowledged: %1").arg(e.nodeLabel);
    case EventAction::Resolve:
        return tr("Recovered: %1").arg(e.nodeLabel);
    case EventAction::Remind:
        return tr("Still firing, not acknowledged: %1").arg(e.nodeLabel);
    }
    return {};
}

void DesktopNotifier::notify(const AlertEvent &e)
{
    // Acknowledgements come from this console; only new trouble and recoveries pop up.
    if (!m_sink || e.action == EventAction::Acknowledge || int(e.alert.severity) < int(m_minSeverity))
        return;
    // Notifications end up on screens and in notification histories other people read; a summary
    // quoting a probe's failing request must not carry its credential along.
    m_sink->showNotification(LogHub::redact(title(e)), LogHub::redact(e.alert.summary), e.alert.severity);
    if (e.action == EventAction::Trigger)
        playSound(e.alert.severity);
}

void DesktopNotifier::playSound(Severity severity)
{
    const QString sound = m_config.sound.value(severityKey(severity));
    if (sound.isEmpty())
        return;
    if (sound == QLatin1String("beep")) {
        if (m_sink)
            m_sink->beep();
        return;
    }
    QStringList args = QProcess::splitCommand(sound);
    if (args.isEmpty())
        return;
    const QString program = args.takeFirst();
    if (!QProcess::startDetached(program, args))
        qCWarning(lcAlerts).noquote() << "could not run the alert sound command" << program;
}

} // namespace wf::alerts
