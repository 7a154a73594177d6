#include "parsehelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

namespace wf::feeds::parse {

namespace {
// Translation context of the body checks shared by all parsers (lupdate reads the macro).
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(wf::feeds::parse)
};
} // namespace

QByteArray contentType(const net::HeaderList &headers)
{
    QByteArray v;
    for (const auto &h : headers)
        if (h.first.compare("content-type", Qt::CaseInsensitive) == 0)
            v = h.second;
    return v.trimmed().toLower();
}

static qsizetype firstNonSpace(const QByteArray &b)
{
    for (qsizetype i = 0; i < b.size(); ++i) {
        const char c = b.at(i);
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return i;
    }
    return -1;
}

Result<QByteArray> toUtf8(const QByteArray &body, const net::HeaderList &headers)
{
    const QByteArray ct = contentType(headers);
    const bool bomLE = body.startsWith("\xFF\xFE");
    const bool bomBE = body.startsWith("\xFE\xFF");
    if (bomLE || bomBE || ct.contains("charset=utf-16")) {
        if (body.size() % 2 != 0)
            return Result<QByteArray>::failure(QStringLiteral("feed.encoding"),
                Messages::tr("The body is declared UTF-16 but has an odd number of bytes (%1)").arg(body.size()));
        QStringDecoder dec(bomBE ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE, QStringDecoder::Flag::Stateless);
        QString text = dec.decode(body);
        if (dec.hasError())
            return Result<QByteArray>::failure(QStringLiteral("feed.encoding"), Messages::tr("The body is not valid UTF-16"));
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return text.toUtf8();
    }
    if (body.startsWith("\xEF\xBB\xBF"))
        return body.mid(3);
    return body;
}

static Result<QByteArray> checkedBody(const QByteArray &raw, const net::HeaderList &headers, char expectedFirst)
{
    if (raw.isEmpty())
        return Result<QByteArray>::failure(QStringLiteral("feed.empty"), Messages::tr("The server sent an empty body"));
    const QByteArray ct = contentType(headers);
    if (ct.contains("html"))
        return Result<QByteArray>::failure(QStringLiteral("feed.html"),
            Messages::tr("The server sent an HTML page (Content-Type %1), not a feed: a login, challenge or error page")
                .arg(QString::fromLatin1(ct.left(80))));
    auto decoded = toUtf8(raw, headers);
    if (!decoded)
        return decoded;
    const QByteArray &body = *decoded;
    const qsizetype first = firstNonSpace(body);
    if (first < 0)
        return Result<QByteArray>::failure(QStringLiteral("feed.empty"), Messages::tr("The body holds only whitespace (%1 bytes)").arg(body.size()));
    const QByteArray head = body.mid(first, 64).toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head") || head.startsWith("<body"))
        return Result<QByteArray>::failure(QStringLiteral("feed.html"),
            Messages::tr("The server sent an HTML page labelled %1, not a feed")
                .arg(ct.isEmpty() ? Messages::tr("(no Content-Type)") : QString::fromLatin1(ct.left(80))));
    if (expectedFirst == '{' && body.at(first) == '<')
        return Result<QByteArray>::failure(QStringLiteral("feed.notjson"), Messages::tr("The server sent markup (starting with '<'), not JSON"));
    return body;
}

Result<QJsonDocument> json(const QByteArray &raw, const net::HeaderList &headers)
{
    auto body = checkedBody(raw, headers, '{');
    if (!body)
        return body.error();
    QJsonParseError err;
    QJsonDocument doc = QJsonDocument::fromJson(*body, &err);
    if (err.error != QJsonParseError::NoError) {
        const qsizetype off = qBound(qsizetype(0), qsizetype(err.offset), body->size());
        int line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < off; ++i)
            if (body->at(i) == '\n') {
                ++line;
                lineStart = i + 1;
            }
        return Result<QJsonDocument>::failure(QStringLiteral("feed.json"),
            Messages::tr("Invalid JSON at byte %1 (line %2, column %3): %4")
                .arg(off).arg(line).arg(off - lineStart + 1).arg(err.errorString()));
    }
    return doc;
}

Result<QByteArray> xmlBody(const QByteArray &raw, const net::HeaderList &headers)
{
    auto body = checkedBody(raw, headers, '<');
    if (!body)
        return body;
    const qsizetype first = firstNonSpace(*body);
    if (body->at(first) != '<')
        return Result<QByteArray>::failure(QStringLiteral("feed.notxml"), Messages::tr("The server sent something that is not XML (first byte '%1')")
                                               .arg(QString::fromLatin1(clean(QString::fromLatin1(body->mid(first, 1)), 1).toLatin1())));
    return body;
}

QString clean(const QString &text, int maxLength, bool multiline)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), maxLength));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (out.size() >= maxLength) {
            out.append(QChar(0x2026));
            break;
        }
        const char16_t u = c.unicode();
        if (u == '\n' || u == '\t')
            out.append(multiline ? c : QLatin1Char(' '));
        else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
        } else if (c.isSurrogate())
            out.append(QChar(QChar::ReplacementCharacter));
        else if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0) || u == 0x2028 || u == 0x2029
                 || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            out.append(QLatin1Char(' ')); // control and bidi-override characters
        else
            out.append(c);
    }
    return out.trimmed();
}

QString htmlToText(const QString &html, int maxLength)
{
    QString t = html;
    static const QRegularExpression br(QStringLiteral("<\\s*(br|/p|/li|/div)\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    t.replace(br, QStringLiteral("\n"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    t.remove(tags);
    t.replace(QLatin1String("&lt;"), QLatin1String("<"));
    t.replace(QLatin1String("&gt;"), QLatin1String(">"));
    t.replace(QLatin1String("&quot;"), QLatin1String("\""));
    t.replace(QLatin1String("&apos;"), QLatin1String("'"));
    t.replace(QLatin1String("&#39;"), QLatin1String("'"));
    t.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    t.replace(QLatin1String("&amp;"), QLatin1String("&"));
    static const QRegularExpression blank(QStringLiteral("\n\\s*\n+"));
    t.replace(blank, QStringLiteral("\n"));
    return clean(t, maxLength, true);
}

QString safeUrl(const QString &url)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty())
        return {};
    const QString scheme = u.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {};
    return clean(u.toString(), 2000);
}

QDateTime isoTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})$"));
    const QString t = text.trimmed();
    if (!re.match(t).hasMatch())
        return {};
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid() || dt.date().year() < 1970 || dt.date().year() > 9999)
        return {};
    return dt.toUTC();
}

QDateTime rfc822Time(const QString &text)
{
    static const struct { const char *zone; const char *offset; } zones[] = {
        {"UT", "+0000"}, {"UTC", "+0000"}, {"GMT", "+0000"}, {"Z", "+0000"},
        {"EST", "-0500"}, {"EDT", "-0400"}, {"CST", "-0600"}, {"CDT", "-0500"},
        {"MST", "-0700"}, {"MDT", "-0600"}, {"PST", "-0800"}, {"PDT", "-0700"},
        {"CET", "+0100"}, {"CEST", "+0200"},
    };
    QString t = text.simplified();
    const qsizetype sp = t.lastIndexOf(QLatin1Char(' '));
    if (sp > 0) {
        const QString zone = t.mid(sp + 1);
        for (const auto &z : zones)
            if (zone.compare(QLatin1String(z.zone), Qt::CaseInsensitive) == 0) {
                t = t.left(sp + 1) + QLatin1String(z.offset);
                break;
            }
    }
    QDateTime dt = QDateTime::fromString(t, Qt::RFC2822Date);
    if (!dt.isValid() || dt.date().year() < 1970)
        return {};
    return dt.toUTC();
}

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

QJsonArray list(const QJsonObject &o, const char *key, bool *ok)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (ok)
        *ok = v.isArray() || v.isNull() || v.isUndefined();
    return v.toArray();
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: return QStringLiteral("missing");
    }
    return QStringLiteral("?");
}

} // namespace wf::feeds::parse
