#include "reports/reportsanitizer.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace wf::reports {

namespace {

const QString kRedacted = QStringLiteral("[redacted]");
const QString kInternalHost = QStringLiteral("[internal host]");
const QString kInternalLink = QStringLiteral("[internal link]");

// Host part of "http://h:p/x", "h:p", "unix:/path" (the path itself is internal).
QString hostOf(const QString &address)
{
    const QString a = address.trimmed();
    if (a.isEmpty())
        return QString();
    if (a.startsWith(QLatin1String("unix:")))
        return a.mid(5);
    if (a.contains(QLatin1String("://")))
        return QUrl(a).host();
    if (a.count(QLatin1Char(':')) == 1)
        return a.section(QLatin1Char(':'), 0, 0);
    return a;
}

void addSecretRef(ReportSanitizer &s, const config::SecretRef &ref)
{
    if (ref.kind() != config::SecretRef::Kind::Env)
        return;
    auto v = ref.resolve();
    if (v.ok())
        s.addSecret(QString::fromUtf8(*v));
}

const QRegularExpression &urlPattern()
{
    static const QRegularExpression re(QStringLiteral("\\b(?:https?|wss?|ftp)://[^\\s<>\"')\\]]+"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &hostnamePattern()
{
    // Dotted names ending in a suffix that is only used inside networks.
    static const QRegularExpression re(QStringLiteral(
        "\\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:internal|local|localdomain|lan|corp|intra|intranet|home|svc|cluster\\.local|private)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &ipv4Pattern()
{
    static const QRegularExpression re(QStringLiteral("\\b(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})(?::\\d+)?\\b"));
    return re;
}

const QRegularExpression &tokenPattern()
{
    // Credentials that look like credentials even when not configured here.
    static const QRegularExpression re(QStringLiteral(
        "\\b(?:sk-[A-Za-z0-9_-]{12,}|(?:Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]{8,}|x-api-key\\s*[:=]\\s*\\S+)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &nodeIdPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "\\b(?:provider|model|app|route|gw|component|probe):[A-Za-z0-9._/@-]+"));
    return re;
}

} // namespace

ReportSanitizer ReportSanitizer::fromConfig(const config::Config &config)
{
    ReportSanitizer s;
    for (const config::ProbeConfig &p : config.probes) {
        addSecretRef(s, p.apiKey);
        if (!p.via.isEmpty()) {
            s.addInternalHost(hostOf(p.url));
            s.addInternalHost(p.host);
        }
        for (const QString &h : {hostOf(p.url), p.host})
            if (isInternalHost(h))
                s.addInternalHost(h);
    }
    for (const config::GatewayConfig &g : config.gateways) {
        addSecretRef(s, g.token);
        s.addInternalHost(hostOf(g.address));
    }
    for (const config::PrometheusSourceConfig &p : config.metrics.prometheus)
        s.addInternalHost(hostOf(p.url));
    for (const config::ProviderConfig &p : config.providers)
        for (const config::FeedConfig &f : p.feeds)
            for (const QString &u : QStringList{f.url} + f.fallbackUrls)
                if (isInternalHost(hostOf(u)))
                    s.addInternalHost(hostOf(u));
    return s;
}

void ReportSanitizer::addSecret(const QString &value)
{
    // Very short values would blank out ordinary words; such secrets are not worth the name.
    if (value.size() < 4 || m_secrets.contains(value))
        return;
    m_secrets << value;
    std::sort(m_secrets.begin(), m_secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void ReportSanitizer::addInternalHost(const QString &host)
{
    const QString h = host.trimmed();
    // Hosts shorter than 3 characters would match inside ordinary words.
    if (h.size() < 3 || m_hosts.contains(h, Qt::CaseInsensitive))
        return;
    m_hosts << h;
    std::sort(m_hosts.begin(), m_hosts.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

bool ReportSanitizer::isInternalHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.isEmpty())
        return false;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    QHostAddress addr;
    if (addr.setAddress(h)) {
        if (addr.isLoopback() || addr.isLinkLocal() || addr.isSiteLocal() || addr.isUniqueLocalUnicast())
            return true;
        if (addr.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 v = addr.toIPv4Address();
            return (v >> 24) == 10 || (v >> 20) == (172u << 4 | 1u) || (v >> 16) == (192u << 8 | 168u) || (v >> 16) == (169u << 8 | 254u)
                || (v >> 24) == 127 || (v >> 22) == (100u << 2 | 1u); // 100.64/10 carrier-grade NAT
        }
        return false;
    }
    if (h.startsWith(QLatin1Char('/')))
        return true; // unix socket path
    if (h == QLatin1String("localhost") || !h.contains(QLatin1Char('.')))
        return true;
    return hostnamePattern().match(h).hasMatch() && hostnamePattern().match(h).capturedLength() == h.size();
}

QString ReportSanitizer::replaceSecrets(QString text) const
{
    for (const QString &s : m_secrets)
        text.replace(s, kRedacted);
    text.replace(tokenPattern(), kRedacted);
    return text;
}

QString ReportSanitizer::clean(const QString &input) const
{
    QString text = replaceSecrets(input);
    // Links to internal systems go as a whole, so no path or query of them survives.
    QString out;
    qsizetype last = 0;
    auto it = urlPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString url = m.captured(0);
        // Sentence punctuation right after a link is not part of it.
        while (!url.isEmpty() && QStringLiteral(".,;:!?").contains(url.back()))
            url.chop(1);
        const QString host = QUrl(url).host();
        bool internal = host.isEmpty() || isInternalHost(host);
        for (const QString &h : m_hosts)
            internal = internal || host.compare(h, Qt::CaseInsensitive) == 0;
        out += text.mid(last, m.capturedStart() - last);
        out += internal ? kInternalLink : url;
        last = m.capturedStart() + url.size();
    }
    out += text.mid(last);
    text = out;

    for (const QString &h : m_hosts) {
        const QRegularExpression re(QStringLiteral("(?<![\\w.-])") + QRegularExpression::escape(h) + QStringLiteral("(?![\\w-])"),
                                    QRegularExpression::CaseInsensitiveOption);
        text.replace(re, kInternalHost);
    }
    text.replace(hostnamePattern(), kInternalHost);
    out.clear();
    last = 0;
    auto ip = ipv4Pattern().globalMatch(text);
    while (ip.hasNext()) {
        const QRegularExpressionMatch m = ip.next();
        out += text.mid(last, m.capturedStart() - last);
        out += isInternalHost(m.captured(1)) ? kInternalHost : m.captured(0);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QString ReportSanitizer::cleanForCustomer(const QString &input) const
{
    QString text = clean(input);
    text.replace(urlPattern(), QString());
    text.remove(kInternalLink);
    text.replace(nodeIdPattern(), QString());
    // Tidy what the removals left behind.
    text.replace(QRegularExpression(QStringLiteral("(?<=\\S)[ \\t]{2,}")), QStringLiteral(" "));
    text.replace(QRegularExpression(QStringLiteral(" +([.,;:])")), QStringLiteral("\\1"));
    return text;
}

} // namespace wf::reports
