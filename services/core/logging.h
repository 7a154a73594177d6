#pragma once

#include <QDateTime>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcFeeds)
Q_DECLARE_LOGGING_CATEGORY(lcProbes)
Q_DECLARE_LOGGING_CATEGORY(lcHealth)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcGateways)
Q_DECLARE_LOGGING_CATEGORY(lcRouting)
Q_DECLARE_LOGGING_CATEGORY(lcAlerts)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace wf {

struct LogEntry
{
    QDateTime time;
    QtMsgType type = QtDebugMsg;
    QString category;
    QString message;
};

// Collects every qDebug/qCWarning... message of the process (any thread) and re-emits it as a
// signal, so the operator's log panel sees what the log file sees. Secrets are scrubbed first.
class LogHub : public QObject
{
    Q_OBJECT
public:
    static LogHub *instance();
    // Installs the process-wide Qt message handler. Idempotent.
    static void install();

    // Removes anything that looks like a credential from a log line.
    static QString redact(const QString &text);

signals:
    void entry(const wf::LogEntry &entry);

private:
    using QObject::QObject;
};

} // namespace wf

Q_DECLARE_METATYPE(wf::LogEntry)
