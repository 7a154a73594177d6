#pragma once

#include "alerts/alert.h"
#include "config/config.h"

#include <QByteArray>
#include <QObject>

namespace wf::net { class HttpClient; }

namespace wf::alerts {

// Sends alert events to a webhook: generic JSON, a Slack-compatible message ({"text", "blocks"}) or
// a PagerDuty Events v2 event. URLs and keys that are secrets are SecretRefs resolved per send;
// logs name the notifier and the host, never the URL path, token or routing key.
// 5xx, 429 and network failures are retried with exponential backoff.
class WebhookNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Format { Generic, Slack, PagerDuty };

    WebhookNotifier(config::NotifierConfig config, net::HttpClient *http, QObject *parent = nullptr);

    QString id() const { return m_config.id; }
    Format format() const { return m_format; }
    const config::NotifierConfig &config() const { return m_config; }

    // The JSON body for one event. `routingKey` is only used by the PagerDuty format.
    static QByteArray payload(Format format, const AlertEvent &event, const QByteArray &routingKey, qint64 sentMs);
    static Format formatFromKey(const QString &key);

public slots:
    // Sends the event when its severity reaches min_severity.
    void notify(const wf::alerts::AlertEvent &event);
    // Sends a clearly marked test event; the answer comes as testFinished().
    void sendTest();

signals:
    void delivered(const QString &notifierId, bool ok, int attempts, const QString &message);
    void testFinished(const QString &notifierId, bool ok, const QString &message);

private:
    void deliver(const AlertEvent &event, bool test);
    void attempt(const QByteArray &body, const AlertEvent &event, bool test, int attemptNo);
    void finish(bool test, bool ok, int attempts, const QString &message);
    QString where() const;

    config::NotifierConfig m_config;
    net::HttpClient *m_http;
    Format m_format;
    Severity m_minSeverity;
};

} // namespace wf::alerts
