#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <vector>

class QSocketNotifier;

namespace wf::net {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One outbound HTTP request and its hard limits. Defaults are safe for polling untrusted servers.
struct Request
{
    QUrl url;
    QByteArray method = QByteArrayLiteral("GET");
    HeaderList headers;
    QByteArray body;

    int timeoutMs = 15000;               // whole transfer
    int connectTimeoutMs = 5000;         // DNS + TCP + TLS
    qint64 maxBodyBytes = 8 * 1024 * 1024; // counted after content decoding
    int maxRedirects = 5;                // clamped to 0..5
    bool verifyTls = true;
    bool freshConnection = false;        // new TCP/TLS connection, not reused afterwards

    // Conditional GET: values from the previous response's ETag / Last-Modified headers.
    QByteArray ifNoneMatch;
    QByteArray ifModifiedSince;
};

enum class NetError {
    None,
    Timeout,
    Dns,
    Connect,
    Tls,
    BodyTooLarge,
    TooManyRedirects,
    BadScheme,
    Protocol,
    Aborted,
    Other,
};

QString netErrorName(NetError e);

// Phase durations in milliseconds (not cumulative). tlsMs is 0 for plain HTTP; firstByteMs is the
// server's think time after the request was sent; totalMs covers everything incl. redirects.
struct Timing
{
    double dnsMs = 0;
    double connectMs = 0;
    double tlsMs = 0;
    double firstByteMs = 0;
    double totalMs = 0;
};

struct Response
{
    int status = 0; // 0 when no HTTP response arrived
    HeaderList headers;   // of the final response
    HeaderList trailers;  // chunked trailers (Caddy 2.6 sends its ETag this way)
    QByteArray body;
    Timing timing;
    NetError error = NetError::None;
    QString errorText;
    QUrl effectiveUrl;
    int redirects = 0;

    bool ok() const { return error == NetError::None; }
    bool notModified() const { return status == 304; }
    // Last value of a header (case-insensitive); trailers are searched when the header is absent.
    QByteArray header(QByteArrayView name) const;
};

using RequestId = quint64;

// All outbound HTTP of Watchfloor: a libcurl multi handle driven by the Qt event loop of the thread
// this object lives in (curl_multi_socket_action + QSocketNotifier + one single-shot QTimer).
// Nothing blocks; there is no thread per request.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Response &)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    // Starts a request. The callback runs on this object's thread, unless `context` was destroyed
    // in the meantime, in which case it is dropped. Never calls back synchronously.
    RequestId send(const Request &request, QObject *context, Callback callback);
    RequestId get(const QUrl &url, QObject *context, Callback callback);

    // Drops a running request; its callback is not called.
    void abort(RequestId id);

    int activeCount() const { return int(m_transfers.size()); }

    // Connection caps for the whole client (0 = unlimited).
    void setMaxConnectionsPerHost(int n);
    void setMaxTotalConnections(int n);

private:
    struct Transfer;
    struct SocketNotifiers;

    static int socketCallback(void *easy, int s, int what, void *userp, void *socketp);
    static int timerCallback(void *multi, long timeoutMs, void *userp);
    static size_t bodyCallback(char *data, size_t size, size_t nmemb, void *userp);
    static size_t headerCallback(char *data, size_t size, size_t nmemb, void *userp);

    void onSocketActivity(int fd, int curlEvent);
    void onTimeout();
    void drainFinished();
    void finish(Transfer *t, int curlCode);
    void failLater(const Request &request, QObject *context, Callback callback, NetError error, const QString &text);

    // Finished easy handles (reset) and disabled socket notifiers, kept for the next request:
    // creating them is a large part of a request's CPU cost at thousands of requests per second.
    void *takeEasy();
    void recycleEasy(void *easy);
    QSocketNotifier *takeNotifier(qintptr fd, int type);
    void recycleNotifier(QSocketNotifier *n);

    void *m_multi = nullptr;
    std::vector<void *> m_easyPool;
    std::vector<QSocketNotifier *> m_notifierPool[2]; // read, write
    QTimer m_timer;
    QHash<RequestId, Transfer *> m_transfers;
    RequestId m_nextId = 1;
};

} // namespace wf::net
