#include "logging.h"

#include <QRegularExpression>

#include <cstdio>

Q_LOGGING_CATEGORY(lcNet, "watchfloor.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFeeds, "watchfloor.feeds", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProbes, "watchfloor.probes", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHealth, "watchfloor.health", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "watchfloor.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "watchfloor.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGateways, "watchfloor.gateways", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRouting, "watchfloor.routing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAlerts, "watchfloor.alerts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "watchfloor.ui", QtInfoMsg)

namespace wf {

namespace {
QtMessageHandler s_previous = nullptr;
bool s_installed = false;

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    const QString clean = LogHub::redact(msg);
    if (s_previous)
        s_previous(type, ctx, clean);
    LogEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.type = type;
    e.category = QString::fromLatin1(ctx.category ? ctx.category : "default");
    e.message = clean;
    emit LogHub::instance()->entry(e);
}
} // namespace

LogHub *LogHub::instance()
{
    static LogHub *hub = new LogHub;
    return hub;
}

void LogHub::install()
{
    if (s_installed)
        return;
    s_installed = true;
    qRegisterMetaType<LogEntry>();
    instance();
    s_previous = qInstallMessageHandler(handler);
}

QString LogHub::redact(const QString &text)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("(?i)(authorization|x-api-key|api-key|api_key|token|password|secret)(\\s*[:=]\\s*)(bearer\\s+)?[^\\s,;\"']+")),
        QRegularExpression(QStringLiteral("\\bsk-[A-Za-z0-9_\\-]{8,}")),
    };
    QString out = text;
    out.replace(patterns[0], QStringLiteral("\\1\\2\\3[redacted]"));
    out.replace(patterns[1], QStringLiteral("sk-[redacted]"));
    return out;
}

} // namespace wf
