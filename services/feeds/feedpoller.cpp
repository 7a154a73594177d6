#include "feedpoller.h"

#include "core/logging.h"
#include "feeds/parsehelpers.h"
#include "net/httpclient.h"

#include <QRandomGenerator>
#include <QUrl>

#include <cmath>

namespace wf::feeds {

FeedPoller::FeedPoller(net::HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{
    qRegisterMetaType<wf::feeds::FeedSnapshot>();
    connect(&m_staleTimer, &QTimer::timeout, this, &FeedPoller::checkStale);
}

FeedPoller::~FeedPoller() = default;

void FeedPoller::setProviders(const QList<config::ProviderConfig> &providers)
{
    stop();
    m_providers.clear();
    for (const config::ProviderConfig &pc : providers) {
        auto p = std::make_unique<Provider>();
        p->config = pc;
        p->status.providerId = pc.id;
        for (const config::FeedConfig &fc : pc.feeds) {
            auto f = std::make_unique<Feed>();
            f->config = fc;
            f->parser = FeedParser::create(fc.format);
            if (!f->parser) {
                qCWarning(lcFeeds).noquote() << pc.id << ": unknown feed format" << fc.format << "- feed skipped";
                continue;
            }
            if (!fc.regionFilter.isEmpty())
                f->parser->setRegionFilter(fc.regionFilter.split(QLatin1Char(','), Qt::SkipEmptyParts));
            f->urls << fc.url << fc.fallbackUrls;
            f->timer.setSingleShot(true);
            Feed *raw = f.get();
            Provider *rawP = p.get();
            connect(&f->timer, &QTimer::timeout, this, [this, rawP, raw] { startCycle(*rawP, *raw); });
            p->feeds.push_back(std::move(f));
        }
        m_providers.push_back(std::move(p));
    }
}

QStringList FeedPoller::providerIds() const
{
    QStringList out;
    for (const auto &p : m_providers)
        out << p->config.id;
    return out;
}

FeedPoller::Provider *FeedPoller::provider(const QString &id)
{
    for (auto &p : m_providers)
        if (p->config.id == id)
            return p.get();
    return nullptr;
}

FeedStatus FeedPoller::status(const QString &providerId) const
{
    for (const auto &p : m_providers)
        if (p->config.id == providerId)
            return p->status;
    return {};
}

void FeedPoller::start()
{
    if (m_running)
        return;
    m_running = true;
    int minInterval = 60000;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto &p : m_providers) {
        p->since = now;
        for (auto &f : p->feeds) {
            minInterval = qMin(minInterval, f->config.intervalMs);
            // Spread the first polls so that providers do not all fire in the same tick.
            const int spread = int(std::min<double>(f->config.intervalMs * m_jitter, 2000.0));
            schedule(*p, *f, spread > 0 ? int(QRandomGenerator::global()->bounded(spread + 1)) : 0);
        }
    }
    m_staleTimer.start(qBound(50, minInterval / 4, 1000));
}

void FeedPoller::stop()
{
    m_running = false;
    m_staleTimer.stop();
    for (auto &p : m_providers)
        for (auto &f : p->feeds)
            f->timer.stop();
}

void FeedPoller::pollNow(const QString &providerId)
{
    if (Provider *p = provider(providerId))
        for (auto &f : p->feeds)
            if (!f->inFlight) {
                f->timer.stop();
                startCycle(*p, *f);
            }
}

int FeedPoller::jittered(int ms) const
{
    if (m_jitter <= 0 || ms <= 0)
        return ms;
    const double span = ms * m_jitter;
    const double offset = (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * span;
    return qMax(0, int(std::lround(ms + offset)));
}

void FeedPoller::schedule(Provider &p, Feed &f, int delayMs)
{
    p.status.nextDelayMs = delayMs;
    if (m_running)
        f.timer.start(delayMs);
}

void FeedPoller::startCycle(Provider &p, Feed &f)
{
    if (f.inFlight || f.urls.isEmpty())
        return;
    f.attemptIndex = f.preferred;
    f.triedThisCycle = 0;
    f.retryAfterMs = -1;
    request(p, f);
}

void FeedPoller::request(Provider &p, Feed &f)
{
    if (!m_http)
        return;
    const QString url = f.urls.at(f.attemptIndex);
    net::Request req;
    req.url = QUrl(url);
    req.timeoutMs = f.config.timeoutMs;
    req.maxBodyBytes = m_maxBodyBytes;
    req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json, application/xml;q=0.9, */*;q=0.5")});
    // Validators only when the cached document came from this URL: a 304 means "what you have".
    if (f.hasSnapshot && f.snapshotUrl == url) {
        const auto v = f.validators.value(url);
        req.ifNoneMatch = v.first;
        req.ifModifiedSince = v.second;
    }
    f.inFlight = true;
    ++f.triedThisCycle;
    p.status.lastAttempt = QDateTime::currentDateTimeUtc();
    const QString providerId = p.config.id;
    Feed *fp = &f;
    const bool conditional = !req.ifNoneMatch.isEmpty() || !req.ifModifiedSince.isEmpty();
    m_http->send(req, this, [this, providerId, fp, url, conditional](const net::Response &r) {
        onResponse(providerId, fp, url, conditional, r);
    });
}

// Statuspage endpoints that incident.io's compatible API answers with a 404 HTML page (seen on
// several pages): the operator gets told what to poll instead of a bare "HTTP 404".
static bool notOnIncidentIo(const QUrl &url)
{
    const QString path = url.path();
    return path.endsWith(QLatin1String("/incidents/unresolved.json"))
        || path.endsWith(QLatin1String("/scheduled-maintenances/upcoming.json"));
}

qint64 FeedPoller::parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 secs = v.toLongLong(&ok);
    if (ok)
        return secs >= 0 ? secs * 1000 : -1;
    QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        when = parse::rfc822Time(QString::fromLatin1(v));
    if (!when.isValid())
        return -1;
    return qMax<qint64>(0, now.msecsTo(when));
}

void FeedPoller::onResponse(const QString &providerId, Feed *f, const QString &url, bool conditional, const net::Response &r)
{
    Provider *p = provider(providerId);
    if (!p)
        return;
    // setProviders() may have replaced the feeds while this request was running.
    bool known = false;
    for (const auto &feed : p->feeds)
        known = known || feed.get() == f;
    if (!known)
        return;
    f->inFlight = false;
    const QString where = url;
    if (!r.ok()) {
        if (r.error == net::NetError::Timeout)
            return fail(*p, *f, QStringLiteral("timeout"), tr("Timed out after %1 ms (%2)").arg(f->config.timeoutMs).arg(where));
        if (r.error == net::NetError::BodyTooLarge)
            return fail(*p, *f, QStringLiteral("toolarge"),
                        tr("Body larger than %1 bytes, not parsed (%2)").arg(m_maxBodyBytes).arg(where));
        return fail(*p, *f, QStringLiteral("network"),
                    tr("%1: %2 (%3)").arg(net::netErrorName(r.error), r.errorText, where));
    }
    if (r.status == 304) {
        // Only an answer to our own If-None-Match / If-Modified-Since means "your copy is current".
        if (conditional && f->hasSnapshot && f->snapshotUrl == url)
            return succeed(*p, *f, url, false);
        return fail(*p, *f, QStringLiteral("notmodified"),
                    tr("HTTP 304 Not Modified to a request without validators; cached document kept (%1)").arg(where));
    }
    if (r.status == 429 || r.status == 503) {
        f->retryAfterMs = parseRetryAfterMs(r.header("Retry-After"), QDateTime::currentDateTimeUtc());
        const QString code = r.status == 429 ? QStringLiteral("ratelimited") : QStringLiteral("http");
        QString msg = tr("HTTP %1 from %2").arg(r.status).arg(where);
        if (f->retryAfterMs >= 0)
            msg += QLatin1Char(' ') + tr("(Retry-After %1 s)").arg(f->retryAfterMs / 1000);
        return fail(*p, *f, code, msg);
    }
    if (r.status == 404 && f->config.format.startsWith(QLatin1String("incidentio")) && notOnIncidentIo(QUrl(url)))
        return fail(*p, *f, QStringLiteral("http"),
                    tr("HTTP 404 from %1: incident.io pages do not serve this Statuspage endpoint; "
                       "poll /api/v2/summary.json, whose incidents are the unresolved ones").arg(where));
    if (r.status < 200 || r.status > 299)
        return fail(*p, *f, QStringLiteral("http"), tr("HTTP %1 from %2").arg(r.status).arg(where));

    auto parsed = f->parser->parse(r.body, r.headers);
    if (!parsed)
        return fail(*p, *f, QStringLiteral("parse"),
                    tr("Parse error (%1): %2 (%3)").arg(parsed.error().code, parsed.error().message, where));
    for (const QString &w : parsed->warnings)
        qCWarning(lcFeeds).noquote() << providerId << url << ":" << w;
    const bool changed = !f->hasSnapshot || f->snapshot.digest() != parsed->digest();
    f->snapshot = std::move(parsed).value();
    f->hasSnapshot = true;
    f->snapshotUrl = url;
    f->validators.insert(url, {r.header("ETag"), r.header("Last-Modified")});
    succeed(*p, *f, url, changed);
}

void FeedPoller::succeed(Provider &p, Feed &f, const QString &url, bool changed)
{
    f.lastGood = QDateTime::currentDateTimeUtc();
    f.failedCycles = 0;
    f.preferred = f.attemptIndex;
    p.status.lastGoodPoll = f.lastGood;
    p.status.activeUrl = url;
    bool anyFailing = false;
    for (const auto &other : p.feeds)
        anyFailing = anyFailing || other->failedCycles > 0;
    if (!anyFailing) {
        p.status.lastError.clear();
        p.status.lastErrorCode.clear();
        p.status.consecutiveFailures = 0;
    }
    if (changed) {
        mergeSnapshot(p);
        emit snapshotUpdated(p.config.id, p.status.snapshot);
    }
    schedule(p, f, jittered(f.config.intervalMs));
    checkStale();
    emit statusChanged(p.config.id);
}

void FeedPoller::fail(Provider &p, Feed &f, const QString &code, const QString &message)
{
    p.status.lastErrorCode = code;
    p.status.lastError = message;
    ++p.status.consecutiveFailures;
    qCWarning(lcFeeds).noquote() << p.config.id << ":" << message;
    emit feedFailed(p.config.id, message);
    if (f.triedThisCycle < f.urls.size()) {
        // Try the next URL (fallback host) in the same cycle.
        f.attemptIndex = (f.attemptIndex + 1) % int(f.urls.size());
        request(p, f);
        emit statusChanged(p.config.id);
        return;
    }
    ++f.failedCycles;
    const double factor = std::pow(2.0, qMin(f.failedCycles, 20));
    qint64 delay = qMin<qint64>(m_backoffCapMs, qint64(f.config.intervalMs * factor));
    delay = jittered(int(delay));
    if (f.retryAfterMs >= 0)
        delay = qMax<qint64>(delay, qMin<qint64>(f.retryAfterMs, m_retryAfterCapMs));
    schedule(p, f, int(delay));
    checkStale();
    emit statusChanged(p.config.id);
}

void FeedPoller::mergeSnapshot(Provider &p)
{
    FeedSnapshot merged;
    bool first = true;
    for (const auto &f : p.feeds) {
        if (!f->hasSnapshot)
            continue;
        const FeedSnapshot &s = f->snapshot;
        if (first) {
            merged = s;
            first = false;
            continue;
        }
        if (!merged.hasIndicator && s.hasIndicator) {
            merged.hasIndicator = true;
            merged.indicator = s.indicator;
            merged.indicatorState = s.indicatorState;
        }
        for (const Component &c : s.components)
            if (!merged.component(c.id))
                merged.components << c;
        for (const Incident &i : s.incidents)
            if (!merged.incident(i.id))
                merged.incidents << i;
        merged.maintenances << s.maintenances;
        merged.warnings << s.warnings;
    }
    p.status.snapshot = merged;
    p.status.hasSnapshot = !first;
}

void FeedPoller::checkStale()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto &p : m_providers) {
        bool stale = false;
        for (const auto &f : p->feeds) {
            const QDateTime ref = f->lastGood.isValid() ? f->lastGood : p->since;
            if (ref.isValid() && ref.msecsTo(now) > qint64(m_staleFactor * f->config.intervalMs))
                stale = true;
        }
        if (stale != p->status.stale) {
            p->status.stale = stale;
            emit staleChanged(p->config.id, stale);
            emit statusChanged(p->config.id);
        }
    }
}

} // namespace wf::feeds
