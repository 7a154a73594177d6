#pragma once

#include "config/config.h"
#include "feeds/feedparser.h"
#include "feeds/feedsnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace wf::net { class HttpClient; }

namespace wf::feeds {

// What the poller knows about one provider: the last good snapshot (kept through any failure),
// when it was taken, and why the latest attempt failed.
struct FeedStatus
{
    QString providerId;
    bool hasSnapshot = false;
    FeedSnapshot snapshot;       // merged over the provider's feeds
    QDateTime lastGoodPoll;      // last successful poll (200 parsed, or 304 on a cached document)
    QDateTime lastAttempt;
    QString lastErrorCode;       // timeout | http | ratelimited | parse | toolarge | network | notmodified | ""
    QString lastError;           // for people; "" after a good poll
    int consecutiveFailures = 0;
    bool stale = false;          // no good poll for 3 x interval
    int nextDelayMs = 0;         // delay until the next scheduled poll (after backoff / Retry-After)
    QString activeUrl;           // URL of the latest good poll (main or fallback)
};

// Polls every configured provider feed through HttpClient: per-feed interval with jitter,
// conditional GET (ETag / Last-Modified), exponential backoff with a cap on failure, Retry-After
// on 429/503, fallback URLs. A failure never touches the last good snapshot; it records the reason.
class FeedPoller : public QObject
{
    Q_OBJECT
public:
    FeedPoller(net::HttpClient *http, QObject *parent = nullptr);
    ~FeedPoller() override;

    void setProviders(const QList<config::ProviderConfig> &providers);
    QStringList providerIds() const;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Polls all feeds of one provider now (outside the schedule).
    void pollNow(const QString &providerId);

    FeedStatus status(const QString &providerId) const;

    // Tunables (defaults suit production; tests shorten them).
    void setJitterFraction(double f) { m_jitter = qBound(0.0, f, 0.5); }
    void setBackoffCapMs(int ms) { m_backoffCapMs = ms; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    void setStaleFactor(double f) { m_staleFactor = f; }
    void setRetryAfterCapMs(int ms) { m_retryAfterCapMs = ms; }

    // Retry-After: delta-seconds or HTTP-date; -1 when absent or unreadable.
    static qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

signals:
    void snapshotUpdated(const QString &providerId, const wf::feeds::FeedSnapshot &snapshot);
    void feedFailed(const QString &providerId, const QString &reason);
    void staleChanged(const QString &providerId, bool stale);
    // After every attempt, good or bad (rows refresh their age and error from status()).
    void statusChanged(const QString &providerId);

private:
    struct Feed
    {
        config::FeedConfig config;
        std::unique_ptr<FeedParser> parser;
        QStringList urls;                 // main + fallbacks
        int preferred = 0;                // index of the URL that worked last
        int attemptIndex = 0;             // index into urls for this cycle
        int triedThisCycle = 0;
        QHash<QString, QPair<QByteArray, QByteArray>> validators; // url -> (ETag, Last-Modified)
        QString snapshotUrl;              // URL the cached snapshot came from
        bool hasSnapshot = false;
        FeedSnapshot snapshot;
        QDateTime lastGood;
        int failedCycles = 0;
        qint64 retryAfterMs = -1;
        bool inFlight = false;
        QTimer timer;
    };
    struct Provider
    {
        config::ProviderConfig config;
        std::vector<std::unique_ptr<Feed>> feeds;
        FeedStatus status;
        QDateTime since;                  // start of polling, for staleness before a first success
    };

    void startCycle(Provider &p, Feed &f);
    void request(Provider &p, Feed &f);
    void onResponse(const QString &providerId, Feed *f, const QString &url, bool conditional, const net::Response &r);
    void succeed(Provider &p, Feed &f, const QString &url, bool changed);
    void fail(Provider &p, Feed &f, const QString &code, const QString &message);
    void schedule(Provider &p, Feed &f, int delayMs);
    int jittered(int ms) const;
    void mergeSnapshot(Provider &p);
    void checkStale();
    Provider *provider(const QString &id);

    QPointer<net::HttpClient> m_http;
    std::vector<std::unique_ptr<Provider>> m_providers;
    QTimer m_staleTimer;
    bool m_running = false;
    double m_jitter = 0.1;
    int m_backoffCapMs = 15 * 60 * 1000;
    int m_retryAfterCapMs = 60 * 60 * 1000;
    qint64 m_maxBodyBytes = 2 * 1024 * 1024;
    double m_staleFactor = 3.0;
};

} // namespace wf::feeds
