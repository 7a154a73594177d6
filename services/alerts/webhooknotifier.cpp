#include "webhooknotifier.h"
#include "core/clock.h"

#include "core/logging.h"
#include "core/version.h"
#include "net/httpclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

namespace wf::alerts {

static QString iso(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

WebhookNotifier::WebhookNotifier(config::NotifierConfig config, net::HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(http)
    , m_format(formatFromKey(m_config.format))
    , m_minSeverity(severityFromKey(m_config.minSeverity))
{
}

WebhookNotifier::Format WebhookNotifier::formatFromKey(const QString &key)
{
    if (key == QLatin1String("slack"))
        return Format::Slack;
    if (key == QLatin1String("pagerduty"))
        return Format::PagerDuty;
    return Format::Generic;
}

static QString headline(const AlertEvent &e)
{
    const Alert &a = e.alert;
    QString prefix;
    switch (e.action) {
    case EventAction::Trigger:
        prefix = a.raisedCount > 1 ? WebhookNotifier::tr("[%1] raised again").arg(severityLabel(a.severity)) : WebhookNotifier::tr("[%1]").arg(severityLabel(a.severity));
        break;
    case EventAction::Acknowledge:
        prefix = WebhookNotifier::tr("[Acknowledged by %1]").arg(a.ackBy);
        break;
    case EventAction::Resolve:
        prefix = WebhookNotifier::tr("[Recovered]");
        break;
    case EventAction::Remind:
        prefix = WebhookNotifier::tr("[%1] still firing, not acknowledged (reminder %2)").arg(severityLabel(a.severity)).arg(a.reminders);
        break;
    }
    QString text = prefix + QLatin1Char(' ') + a.summary;
    if (a.dependents > 0)
        text += QLatin1Char(' ') + WebhookNotifier::tr("(dependent alerts suppressed: %1)").arg(a.dependents);
    if (e.test)
        text = WebhookNotifier::tr("Watchfloor test notification: %1").arg(text);
    return text;
}

QByteArray WebhookNotifier::payload(Format format, const AlertEvent &e, const QByteArray &routingKey, qint64 sentMs)
{
    const Alert &a = e.alert;
    const QString text = headline(e);
    QJsonObject root;
    switch (format) {
    case Format::Generic: {
        QJsonObject alert{
            {QStringLiteral("key"), a.key},
            {QStringLiteral("rule"), a.ruleId},
            {QStringLiteral("node"), a.nodeId},
            {QStringLiteral("node_label"), e.nodeLabel},
            {QStringLiteral("severity"), severityKey(a.severity)},
            {QStringLiteral("summary"), a.summary},
            {QStringLiteral("state"), stateKey(a.state)},
            {QStringLiteral("status"), a.firing ? QStringLiteral("firing") : QStringLiteral("recovered")},
            {QStringLiteral("since"), iso(a.sinceMs)},
            {QStringLiteral("dependents_suppressed"), a.dependents},
            {QStringLiteral("raised_count"), a.raisedCount},
            {QStringLiteral("reminders"), a.reminders},
        };
        if (!a.ackBy.isEmpty()) {
            alert.insert(QStringLiteral("acknowledged_by"), a.ackBy);
            alert.insert(QStringLiteral("acknowledged_until"), iso(a.ackUntilMs));
            alert.insert(QStringLiteral("comment"), a.ackComment);
        }
        if (a.recoveredMs > 0)
            alert.insert(QStringLiteral("recovered"), iso(a.recoveredMs));
        root = QJsonObject{
            {QStringLiteral("source"), QStringLiteral("watchfloor")},
            {QStringLiteral("event"), eventActionKey(e.action)},
            {QStringLiteral("test"), e.test},
            {QStringLiteral("text"), text},
            {QStringLiteral("sent_at"), iso(sentMs)},
            {QStringLiteral("alert"), alert},
        };
        break;
    }
    case Format::Slack: {
        const QString emoji = e.action == EventAction::Resolve ? QStringLiteral(":white_check_mark:")
            : e.action == EventAction::Acknowledge             ? QStringLiteral(":eyes:")
            : a.severity == Severity::Critical                 ? QStringLiteral(":red_circle:")
                                                               : QStringLiteral(":large_yellow_circle:");
        QString context = tr("Watchfloor · rule %1 · node %2 · since %3").arg(a.ruleId, a.nodeId, iso(a.sinceMs));
        if (!a.ackComment.isEmpty())
            context += QStringLiteral(" · ") + a.ackComment;
        root = QJsonObject{
            {QStringLiteral("text"), text},
            {QStringLiteral("blocks"), QJsonArray{
                QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                            {QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                                                 {QStringLiteral("text"), QString(emoji + QStringLiteral(" *") + text + QLatin1Char('*'))}}}},
                QJsonObject{{QStringLiteral("type"), QStringLiteral("context")},
                            {QStringLiteral("elements"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                                                                {QStringLiteral("text"), context}}}}},
            }},
        };
        break;
    }
    case Format::PagerDuty: {
        root = QJsonObject{
            {QStringLiteral("routing_key"), QString::fromUtf8(routingKey)},
            {QStringLiteral("event_action"), eventActionKey(e.action)},
            {QStringLiteral("dedup_key"), QString((e.test ? QStringLiteral("watchfloor-test:") : QStringLiteral("watchfloor:")) + a.key)},
        };
        if (e.action == EventAction::Trigger) {
            const QString sev = a.severity == Severity::Critical ? QStringLiteral("critical")
                : a.severity == Severity::Warning               ? QStringLiteral("warning")
                                                                : QStringLiteral("info");
            root.insert(QStringLiteral("payload"), QJsonObject{
                {QStringLiteral("summary"), text.left(1024)},
                {QStringLiteral("source"), a.nodeId},
                {QStringLiteral("severity"), sev},
                {QStringLiteral("timestamp"), iso(a.sinceMs)},
                {QStringLiteral("component"), e.nodeLabel},
                {QStringLiteral("class"), a.ruleId},
                {QStringLiteral("custom_details"), QJsonObject{{QStringLiteral("state"), stateKey(a.state)},
                                                               {QStringLiteral("dependents_suppressed"), a.dependents}}},
            });
        }
        break;
    }
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString WebhookNotifier::where() const
{
    // The host only: Slack-style URLs carry their secret in the path.
    if (!m_config.url.isEmpty())
        return QUrl(m_config.url).host();
    return m_config.urlSecret.toString();
}

void WebhookNotifier::notify(const AlertEvent &event)
{
    if (int(event.alert.severity) < int(m_minSeverity))
        return;
    // PagerDuty knows only trigger/acknowledge/resolve and escalates open incidents itself.
    if (m_format == Format::PagerDuty && event.action == EventAction::Remind)
        return;
    deliver(event, false);
}

void WebhookNotifier::sendTest()
{
    AlertEvent e;
    e.test = true;
    e.action = EventAction::Trigger;
    e.nodeLabel = QStringLiteral("Watchfloor");
    e.alert.key = QStringLiteral("test|watchfloor");
    e.alert.ruleId = QStringLiteral("test");
    e.alert.nodeId = QStringLiteral("watchfloor");
    e.alert.severity = Severity::Info;
    e.alert.state = HealthState::Operational;
    e.alert.summary = tr("This is a test from the Watchfloor alerts panel; nothing is wrong.");
    e.alert.sinceMs = wf::clock::nowMs();
    deliver(e, true);
}

void WebhookNotifier::deliver(const AlertEvent &event, bool test)
{
    QByteArray routingKey;
    if (m_format == Format::PagerDuty) {
        auto key = m_config.routingKey.resolve();
        if (!key) {
            finish(test, false, 0, tr("routing key %1: %2").arg(m_config.routingKey.toString(), key.error().message));
            return;
        }
        routingKey = *key;
    }
    attempt(payload(m_format, event, routingKey, wf::clock::nowMs()), event, test, 1);
}

void WebhookNotifier::attempt(const QByteArray &body, const AlertEvent &event, bool test, int attemptNo)
{
    net::Request req;
    if (m_config.urlSecret.isSet()) {
        auto url = m_config.urlSecret.resolve();
        if (!url) {
            finish(test, false, attemptNo - 1, tr("URL %1: %2").arg(m_config.urlSecret.toString(), url.error().message));
            return;
        }
        req.url = QUrl(QString::fromUtf8(*url));
    } else {
        req.url = QUrl(m_config.url);
    }
    req.method = QByteArrayLiteral("POST");
    req.headers << qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    if (m_config.token.isSet()) {
        auto token = m_config.token.resolve();
        if (!token) {
            finish(test, false, attemptNo - 1, tr("token %1: %2").arg(m_config.token.toString(), token.error().message));
            return;
        }
        req.headers << qMakePair(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + *token);
    }
    req.body = body;
    req.timeoutMs = m_config.timeoutMs;
    req.maxRedirects = 0; // a redirect would re-send the payload somewhere else
    req.maxBodyBytes = 64 * 1024;
    m_http->send(req, this, [this, body, event, test, attemptNo](const net::Response &r) {
        const bool ok = r.ok() && r.status >= 200 && r.status < 300;
        if (ok) {
            qCInfo(lcAlerts).noquote() << "webhook" << m_config.id << QString(QLatin1Char('(') + m_config.format + QLatin1Char(')')) << "to" << where() << "delivered"
                                       << eventActionKey(event.action) << event.alert.key << "HTTP" << r.status << "attempt" << attemptNo;
            finish(test, true, attemptNo, tr("delivered (HTTP %1)").arg(r.status));
            return;
        }
        const QString what = r.ok() ? tr("HTTP %1").arg(r.status) : net::netErrorName(r.error);
        const bool retryable = !r.ok() || r.status >= 500 || r.status == 429;
        if (retryable && attemptNo <= m_config.retries) {
            const qint64 delay = m_config.retryBackoffMs << std::min(attemptNo - 1, 10);
            qCWarning(lcAlerts).noquote() << "webhook" << m_config.id << "to" << where() << "failed:" << what << "- retry"
                                          << attemptNo << "of" << m_config.retries << "in" << delay << "ms";
            QTimer::singleShot(delay, this, [this, body, event, test, attemptNo] { attempt(body, event, test, attemptNo + 1); });
            return;
        }
        qCWarning(lcAlerts).noquote() << "webhook" << m_config.id << "to" << where() << "gave up after" << attemptNo << "attempt(s):" << what;
        finish(test, false, attemptNo, tr("failed after %n attempt(s): %1", nullptr, attemptNo).arg(what));
    });
}

void WebhookNotifier::finish(bool test, bool ok, int attempts, const QString &message)
{
    if (!ok && attempts == 0)
        qCWarning(lcAlerts).noquote() << "webhook" << m_config.id << "not sent:" << message;
    emit delivered(m_config.id, ok, attempts, message);
    if (test)
        emit testFinished(m_config.id, ok, message);
}

} // namespace wf::alerts
