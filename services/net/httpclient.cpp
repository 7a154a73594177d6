#include "httpclient.h"

#include "core/logging.h"
#include "core/version.h"

#include <QSocketNotifier>

#include <curl/curl.h>

#include <algorithm>
#include <mutex>

namespace wf::net {

QString netErrorName(NetError e)
{
    switch (e) {
    case NetError::None: return QStringLiteral("ok");
    case NetError::Timeout: return QStringLiteral("timeout");
    case NetError::Dns: return QStringLiteral("dns");
    case NetError::Connect: return QStringLiteral("connect");
    case NetError::Tls: return QStringLiteral("tls");
    case NetError::BodyTooLarge: return QStringLiteral("body-too-large");
    case NetError::TooManyRedirects: return QStringLiteral("too-many-redirects");
    case NetError::BadScheme: return QStringLiteral("bad-scheme");
    case NetError::Protocol: return QStringLiteral("protocol");
    case NetError::Aborted: return QStringLiteral("aborted");
    case NetError::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QByteArray Response::header(QByteArrayView name) const
{
    for (auto it = headers.crbegin(); it != headers.crend(); ++it)
        if (it->first.compare(name, Qt::CaseInsensitive) == 0)
            return it->second;
    for (auto it = trailers.crbegin(); it != trailers.crend(); ++it)
        if (it->first.compare(name, Qt::CaseInsensitive) == 0)
            return it->second;
    return {};
}

struct HttpClient::Transfer
{
    RequestId id = 0;
    CURL *easy = nullptr;
    curl_slist *headerList = nullptr;
    QByteArray url;
    QByteArray postBody;
    qint64 maxBody = 0;
    bool tooLarge = false;
    bool headersDone = false;
    bool hasContext = false;
    QPointer<QObject> context;
    Callback callback;
    Response response;
    char errorBuffer[CURL_ERROR_SIZE] = {};
};

struct HttpClient::SocketNotifiers
{
    QSocketNotifier *read = nullptr;
    QSocketNotifier *write = nullptr;
};

namespace {
std::once_flag s_globalInit;
} // namespace

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{
    std::call_once(s_globalInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &HttpClient::socketCallback);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &HttpClient::timerCallback);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpClient::onTimeout);
}

HttpClient::~HttpClient()
{
    m_timer.stop();
    for (Transfer *t : std::as_const(m_transfers)) {
        curl_multi_remove_handle(m_multi, t->easy);
        curl_easy_cleanup(t->easy);
        curl_slist_free_all(t->headerList);
        delete t;
    }
    m_transfers.clear();
    for (void *e : m_easyPool)
        curl_easy_cleanup(static_cast<CURL *>(e));
    m_easyPool.clear();
    curl_multi_cleanup(m_multi); // closes the sockets; the notifiers are children of this object
}

void *HttpClient::takeEasy()
{
    if (m_easyPool.empty())
        return curl_easy_init();
    void *e = m_easyPool.back();
    m_easyPool.pop_back();
    return e;
}

void HttpClient::recycleEasy(void *easy)
{
    constexpr size_t kMaxPooled = 256;
    auto *e = static_cast<CURL *>(easy);
    if (m_easyPool.size() >= kMaxPooled) {
        curl_easy_cleanup(e);
        return;
    }
    curl_easy_reset(e); // every option back to its default; send() sets them all again
    m_easyPool.push_back(e);
}

QSocketNotifier *HttpClient::takeNotifier(qintptr fd, int type)
{
    auto &pool = m_notifierPool[type == QSocketNotifier::Read ? 0 : 1];
    QSocketNotifier *n;
    if (!pool.empty()) {
        n = pool.back();
        pool.pop_back();
        n->setSocket(fd);
    } else {
        const auto t = QSocketNotifier::Type(type);
        n = new QSocketNotifier(fd, t, this);
        const int curlEvent = t == QSocketNotifier::Read ? CURL_CSELECT_IN : CURL_CSELECT_OUT;
        connect(n, &QSocketNotifier::activated, this, [this, curlEvent](QSocketDescriptor socket) {
            onSocketActivity(int(qintptr(socket)), curlEvent);
        });
    }
    return n;
}

void HttpClient::recycleNotifier(QSocketNotifier *n)
{
    // libcurl may close the fd and reuse its number right after this: the notifier is disabled
    // now and only ever re-armed for another socket by takeNotifier().
    n->setEnabled(false);
    constexpr size_t kMaxPooled = 256;
    auto &pool = m_notifierPool[n->type() == QSocketNotifier::Read ? 0 : 1];
    if (pool.size() >= kMaxPooled)
        n->deleteLater();
    else
        pool.push_back(n);
}

void HttpClient::setMaxConnectionsPerHost(int n)
{
    curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, long(n));
}

void HttpClient::setMaxTotalConnections(int n)
{
    curl_multi_setopt(m_multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, long(n));
}

RequestId HttpClient::get(const QUrl &url, QObject *context, Callback callback)
{
    Request r;
    r.url = url;
    return send(r, context, std::move(callback));
}

void HttpClient::failLater(const Request &request, QObject *context, Callback callback, NetError error,
                           const QString &text)
{
    Response resp;
    resp.error = error;
    resp.errorText = text;
    resp.effectiveUrl = request.url;
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(this, [=] {
        if (hasContext && !guard)
            return;
        callback(resp);
    }, Qt::QueuedConnection);
}

RequestId HttpClient::send(const Request &request, QObject *context, Callback callback)
{
    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        failLater(request, context, std::move(callback), NetError::BadScheme,
                  tr("Only http and https URLs are allowed (got \"%1\")").arg(request.url.toString(QUrl::RemoveUserInfo)));
        return 0;
    }

    auto *t = new Transfer;
    t->id = m_nextId++;
    t->easy = static_cast<CURL *>(takeEasy());
    t->url = request.url.toEncoded();
    t->postBody = request.body;
    t->maxBody = request.maxBodyBytes;
    t->hasContext = context != nullptr;
    t->context = context;
    t->callback = std::move(callback);
    t->response.effectiveUrl = request.url;

    CURL *e = t->easy;
    curl_easy_setopt(e, CURLOPT_URL, t->url.constData());
    curl_easy_setopt(e, CURLOPT_PRIVATE, t);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errorBuffer);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    const long redirects = std::clamp(request.maxRedirects, 0, 5);
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, redirects > 0 ? 1L : 0L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, redirects);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(std::max(1, request.timeoutMs)));
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(std::max(1, request.connectTimeoutMs)));
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, request.verifyTls ? 1L : 0L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, request.verifyTls ? 2L : 0L);
    static const QByteArray ua = userAgent().toLatin1();
    curl_easy_setopt(e, CURLOPT_USERAGENT, ua.constData()); // copied by libcurl
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""); // every decoder libcurl has; the cap counts decoded bytes
    if (request.maxBodyBytes > 0)
        curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxBodyBytes));
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &HttpClient::bodyCallback);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &HttpClient::headerCallback);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t);
    if (request.freshConnection) {
        curl_easy_setopt(e, CURLOPT_FRESH_CONNECT, 1L);
        curl_easy_setopt(e, CURLOPT_FORBID_REUSE, 1L);
    }

    const QByteArray method = request.method.toUpper();
    if (method == "HEAD") {
        curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    } else if (method == "POST") {
        curl_easy_setopt(e, CURLOPT_POST, 1L);
    } else if (method != "GET") {
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData()); // copied by libcurl
    }
    if (!t->postBody.isNull() && method != "GET" && method != "HEAD") {
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t->postBody.size()));
        curl_easy_setopt(e, CURLOPT_POSTFIELDS, t->postBody.constData());
    }

    curl_slist *list = nullptr;
    for (const auto &[name, value] : request.headers)
        list = curl_slist_append(list, QByteArray(name + ": " + value).constData());
    if (!request.ifNoneMatch.isEmpty())
        list = curl_slist_append(list, QByteArray("If-None-Match: " + request.ifNoneMatch).constData());
    if (!request.ifModifiedSince.isEmpty())
        list = curl_slist_append(list, QByteArray("If-Modified-Since: " + request.ifModifiedSince).constData());
    list = curl_slist_append(list, "Expect:");
    t->headerList = list;
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, list);

    m_transfers.insert(t->id, t);
    const CURLMcode rc = curl_multi_add_handle(m_multi, e);
    if (rc != CURLM_OK) {
        m_transfers.remove(t->id);
        recycleEasy(e);
        curl_slist_free_all(list);
        Callback cb = std::move(t->callback);
        const RequestId id = t->id;
        delete t;
        failLater(request, context, std::move(cb), NetError::Other, QString::fromLatin1(curl_multi_strerror(rc)));
        return id;
    }
    return t->id;
}

void HttpClient::abort(RequestId id)
{
    Transfer *t = m_transfers.take(id);
    if (!t)
        return;
    curl_multi_remove_handle(m_multi, t->easy);
    recycleEasy(t->easy);
    curl_slist_free_all(t->headerList);
    delete t;
}

int HttpClient::socketCallback(void *, int s, int what, void *userp, void *socketp)
{
    auto *self = static_cast<HttpClient *>(userp);
    auto *notifiers = static_cast<SocketNotifiers *>(socketp);
    const auto fd = qintptr(s);

    if (what == CURL_POLL_REMOVE) {
        if (notifiers) {
            for (QSocketNotifier *n : {notifiers->read, notifiers->write})
                if (n)
                    self->recycleNotifier(n);
            delete notifiers;
            curl_multi_assign(self->m_multi, curl_socket_t(s), nullptr);
        }
        return 0;
    }

    if (!notifiers) {
        notifiers = new SocketNotifiers;
        curl_multi_assign(self->m_multi, curl_socket_t(s), notifiers);
    }
    // Errors and hang-ups show as readable (and writable) sockets: no exception notifier needed.
    const bool wantRead = what == CURL_POLL_IN || what == CURL_POLL_INOUT;
    const bool wantWrite = what == CURL_POLL_OUT || what == CURL_POLL_INOUT;
    if (wantRead && !notifiers->read)
        notifiers->read = self->takeNotifier(fd, QSocketNotifier::Read);
    if (notifiers->read && notifiers->read->isEnabled() != wantRead)
        notifiers->read->setEnabled(wantRead);
    if (wantWrite && !notifiers->write)
        notifiers->write = self->takeNotifier(fd, QSocketNotifier::Write);
    if (notifiers->write && notifiers->write->isEnabled() != wantWrite)
        notifiers->write->setEnabled(wantWrite);
    return 0;
}

int HttpClient::timerCallback(void *, long timeoutMs, void *userp)
{
    auto *self = static_cast<HttpClient *>(userp);
    // Only arm the timer here: calling back into libcurl from this callback is not allowed.
    if (timeoutMs < 0)
        self->m_timer.stop();
    else
        self->m_timer.start(int(timeoutMs));
    return 0;
}

void HttpClient::onSocketActivity(int fd, int curlEvent)
{
    int running = 0;
    curl_multi_socket_action(m_multi, curl_socket_t(fd), curlEvent, &running);
    drainFinished();
}

void HttpClient::onTimeout()
{
    int running = 0;
    curl_multi_socket_action(m_multi, CURL_SOCKET_TIMEOUT, 0, &running);
    drainFinished();
}

void HttpClient::drainFinished()
{
    int queued = 0;
    while (CURLMsg *msg = curl_multi_info_read(m_multi, &queued)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        Transfer *t = nullptr;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
        if (t)
            finish(t, msg->data.result);
    }
}

static NetError classify(CURLcode code, bool tooLarge)
{
    switch (code) {
    case CURLE_OK: return NetError::None;
    case CURLE_OPERATION_TIMEDOUT: return NetError::Timeout;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY: return NetError::Dns;
    case CURLE_COULDNT_CONNECT: return NetError::Connect;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS: return NetError::Tls;
    case CURLE_FILESIZE_EXCEEDED: return NetError::BodyTooLarge;
    case CURLE_WRITE_ERROR: return tooLarge ? NetError::BodyTooLarge : NetError::Other;
    case CURLE_TOO_MANY_REDIRECTS: return NetError::TooManyRedirects;
    case CURLE_UNSUPPORTED_PROTOCOL: return NetError::BadScheme;
    case CURLE_ABORTED_BY_CALLBACK: return NetError::Aborted;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_BAD_CONTENT_ENCODING: return NetError::Protocol;
    default: return NetError::Other;
    }
}

void HttpClient::finish(Transfer *t, int curlCode)
{
    m_transfers.remove(t->id);
    CURL *e = t->easy;
    Response &r = t->response;

    long status = 0;
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
    r.status = int(status);
    long redirects = 0;
    curl_easy_getinfo(e, CURLINFO_REDIRECT_COUNT, &redirects);
    r.redirects = int(redirects);
    char *effective = nullptr;
    if (curl_easy_getinfo(e, CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK && effective && t->url != effective)
        r.effectiveUrl = QUrl::fromEncoded(QByteArray(effective)); // else still the request's URL

    curl_off_t dns = 0, conn = 0, app = 0, start = 0, total = 0, pre = 0;
    curl_easy_getinfo(e, CURLINFO_NAMELOOKUP_TIME_T, &dns);
    curl_easy_getinfo(e, CURLINFO_CONNECT_TIME_T, &conn);
    curl_easy_getinfo(e, CURLINFO_APPCONNECT_TIME_T, &app);
    curl_easy_getinfo(e, CURLINFO_PRETRANSFER_TIME_T, &pre);
    curl_easy_getinfo(e, CURLINFO_STARTTRANSFER_TIME_T, &start);
    curl_easy_getinfo(e, CURLINFO_TOTAL_TIME_T, &total);
    auto ms = [](curl_off_t us) { return double(us) / 1000.0; };
    r.timing.dnsMs = ms(dns);
    r.timing.connectMs = conn > dns ? ms(conn - dns) : 0;
    r.timing.tlsMs = app > conn ? ms(app - conn) : 0;
    const curl_off_t sent = std::max({conn, app, pre});
    r.timing.firstByteMs = start > sent ? ms(start - sent) : 0;
    r.timing.totalMs = ms(total);

    const auto code = CURLcode(curlCode);
    r.error = classify(code, t->tooLarge);
    if (r.error != NetError::None) {
        if (r.error == NetError::BodyTooLarge)
            r.errorText = tr("Response body exceeds the limit of %1 bytes").arg(t->maxBody);
        else
            r.errorText = QString::fromLocal8Bit(t->errorBuffer[0] ? t->errorBuffer : curl_easy_strerror(code));
        r.body.clear(); // never hand out a truncated body
        qCDebug(lcNet) << "request failed" << r.effectiveUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                       << netErrorName(r.error) << r.errorText;
    }

    curl_multi_remove_handle(m_multi, e);
    recycleEasy(e);
    curl_slist_free_all(t->headerList);

    Callback cb = std::move(t->callback);
    const bool dropped = t->hasContext && !t->context;
    Response resp = std::move(t->response);
    delete t;
    if (!dropped && cb)
        cb(resp);
}

size_t HttpClient::bodyCallback(char *data, size_t size, size_t nmemb, void *userp)
{
    auto *t = static_cast<Transfer *>(userp);
    const size_t n = size * nmemb;
    if (t->maxBody > 0 && t->response.body.size() + qint64(n) > t->maxBody) {
        t->tooLarge = true;
        return 0; // makes libcurl abort with CURLE_WRITE_ERROR
    }
    t->response.body.append(data, qsizetype(n));
    return n;
}

size_t HttpClient::headerCallback(char *data, size_t size, size_t nmemb, void *userp)
{
    auto *t = static_cast<Transfer *>(userp);
    const size_t n = size * nmemb;
    QByteArray line(data, qsizetype(n));
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.startsWith("HTTP/")) {
        // A new response begins (redirect hop or 1xx): forget the previous one's headers.
        t->response.headers.clear();
        t->headersDone = false;
        return n;
    }
    if (line.isEmpty()) {
        t->headersDone = true;
        return n;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return n;
    auto field = qMakePair(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    if (t->headersDone)
        t->response.trailers.append(field);
    else
        t->response.headers.append(field);
    return n;
}

} // namespace wf::net
