#pragma once

#include "core/result.h"
#include "net/httpclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Shared defensive helpers for the feed parsers: body checks, JSON with positioned errors,
// timestamp formats, text clean-up. Every feed body is untrusted input.
namespace wf::feeds::parse {

constexpr int kMaxTitle = 500;
constexpr int kMaxBody = 20000;
constexpr int kMaxName = 200;

QByteArray contentType(const net::HeaderList &headers);
// Decodes a body to UTF-8: UTF-16 (BOM or charset=utf-16) is converted, a UTF-8 BOM dropped.
Result<QByteArray> toUtf8(const QByteArray &body, const net::HeaderList &headers);
// Rejects empty bodies and HTML (by Content-Type and by the first non-space byte), then parses.
// JSON errors read "invalid JSON at byte 318 (line 1, column 319): illegal number".
Result<QJsonDocument> json(const QByteArray &body, const net::HeaderList &headers);
// Same checks for XML feeds; returns the UTF-8 body.
Result<QByteArray> xmlBody(const QByteArray &body, const net::HeaderList &headers);

// Plain, bounded text: control and bidi-override characters become spaces (NUL included), lone
// surrogates U+FFFD. Newlines and tabs survive only when `multiline` (bodies, not names).
QString clean(const QString &text, int maxLength, bool multiline = false);
// Strips tags and decodes entities of a small HTML fragment into plain text.
QString htmlToText(const QString &html, int maxLength = kMaxBody);
// http(s) URLs only, else "".
QString safeUrl(const QString &url);

// ISO-8601 with optional milliseconds and Z / ±hh:mm. Invalid (or year 0) -> invalid QDateTime.
QDateTime isoTime(const QString &text);
// RFC-822 dates incl. zone abbreviations (PST, PDT, EST, ..., "Z").
QDateTime rfc822Time(const QString &text);

// String value of a JSON field, "" for anything not a string (numbers are not ids).
QString str(const QJsonObject &o, const char *key);
// Field as array; `ok` false when present and neither array nor null.
QJsonArray list(const QJsonObject &o, const char *key, bool *ok);
QString typeName(const QJsonValue &v);

} // namespace wf::feeds::parse
