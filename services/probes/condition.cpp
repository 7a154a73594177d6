#include "condition.h"

#include "config/config.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

namespace wf::probes {

namespace {

// Splits the value part: [a, "b", 3] -> list; "x" -> string; 800ms -> 800.0; 200 -> 200.0.
std::optional<QVariant> parseScalar(QString s, bool duration)
{
    s = s.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    if ((s.startsWith(QLatin1Char('"')) && s.endsWith(QLatin1Char('"')) && s.size() >= 2)
        || (s.startsWith(QLatin1Char('\'')) && s.endsWith(QLatin1Char('\'')) && s.size() >= 2))
        return QVariant(s.mid(1, s.size() - 2));
    bool ok = false;
    const double d = s.toDouble(&ok);
    if (ok)
        return QVariant(d);
    if (duration || QRegularExpression(QStringLiteral("^\\d+(\\.\\d+)?(ms|s|m|h|d)$")).match(s).hasMatch()) {
        const qint64 ms = config::parseDurationMs(s);
        if (ms >= 0)
            return QVariant(double(ms));
        return std::nullopt;
    }
    if (s == QLatin1String("true") || s == QLatin1String("false"))
        return QVariant(s == QLatin1String("true"));
    return QVariant(s); // bare word
}

QStringList splitList(const QString &inner)
{
    QStringList out;
    QString cur;
    QChar quote;
    for (QChar c : inner) {
        if (!quote.isNull()) {
            cur += c;
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            cur += c;
        } else if (c == QLatin1Char(',')) {
            out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.trimmed().isEmpty() || !out.isEmpty())
        out << cur;
    return out;
}

// $.a.b[0]["c d"] -> JSON value; undefined when the path does not exist.
QJsonValue jsonAt(const QJsonValue &root, const QString &path, bool *found)
{
    *found = false;
    if (!path.startsWith(QLatin1Char('$')))
        return {};
    QJsonValue cur = root;
    int i = 1;
    const int n = int(path.size());
    while (i < n) {
        if (path[i] == QLatin1Char('.')) {
            int j = i + 1;
            while (j < n && path[j] != QLatin1Char('.') && path[j] != QLatin1Char('['))
                ++j;
            const QString key = path.mid(i + 1, j - i - 1);
            if (!cur.isObject() || !cur.toObject().contains(key))
                return {};
            cur = cur.toObject().value(key);
            i = j;
        } else if (path[i] == QLatin1Char('[')) {
            const int close = int(path.indexOf(QLatin1Char(']'), i));
            if (close < 0)
                return {};
            QString inner = path.mid(i + 1, close - i - 1).trimmed();
            if (inner.size() >= 2 && (inner.startsWith(QLatin1Char('"')) || inner.startsWith(QLatin1Char('\'')))) {
                inner = inner.mid(1, inner.size() - 2);
                if (!cur.isObject() || !cur.toObject().contains(inner))
                    return {};
                cur = cur.toObject().value(inner);
            } else {
                bool ok = false;
                int idx = inner.toInt(&ok);
                if (!ok || !cur.isArray())
                    return {};
                const QJsonArray a = cur.toArray();
                if (idx < 0)
                    idx += int(a.size());
                if (idx < 0 || idx >= a.size())
                    return {};
                cur = a.at(idx);
            }
            i = close + 1;
        } else {
            return {};
        }
    }
    *found = true;
    return cur;
}

QString formatMs(double ms)
{
    if (std::abs(ms) >= 86'400'000.0 * 2)
        return QCoreApplication::translate("wf::probes::Condition", "%1 d").arg(ms / 86'400'000.0, 0, 'f', 1);
    return QCoreApplication::translate("wf::probes::Condition", "%1 ms").arg(qRound64(ms));
}

} // namespace

Result<Condition> Condition::parse(const QString &text)
{
    Condition c;
    c.m_text = text.trimmed();
    static const QRegularExpression re(QStringLiteral(
        "^(?:(status|latency|body|cert_expiry)|(json)\\s+(\\$(?:\\[[^\\]]*\\]|[^\\s\\[])*)|(header)\\s+([^\\s~!=<>]+))"
        "\\s*(not\\s+in|in|==|!=|<=|>=|<|>|!~|~|exists)\\s*(.*)$"));
    const auto m = re.match(c.m_text);
    auto fail = [&](const QString &why) {
        return Result<Condition>::failure(QStringLiteral("probe.condition"), tr("condition \"%1\": %2").arg(c.m_text, why));
    };
    if (!m.hasMatch()) {
        const QStringList words = c.m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.value(0) == QLatin1String("json") && !words.value(1).startsWith(QLatin1Char('$')))
            return fail(words.size() > 1 && words[1].at(0).isLetter() ? tr("a JSON path starts with $") : tr("json needs a path like $.data[0].id"));
        if (words.value(0) == QLatin1String("header") && words.size() < 3)
            return fail(tr("header needs a header name"));
        return fail(tr("expected <status|latency|json PATH|header NAME|body|cert_expiry> <operator> <value>"));
    }
    const QString subject = !m.captured(1).isEmpty() ? m.captured(1) : !m.captured(2).isEmpty() ? m.captured(2) : m.captured(4);
    c.m_argument = !m.captured(3).isEmpty() ? m.captured(3) : m.captured(5);
    if (subject == QLatin1String("status"))
        c.m_subject = Subject::Status;
    else if (subject == QLatin1String("latency"))
        c.m_subject = Subject::Latency;
    else if (subject == QLatin1String("json"))
        c.m_subject = Subject::Json;
    else if (subject == QLatin1String("header"))
        c.m_subject = Subject::Header;
    else if (subject == QLatin1String("body"))
        c.m_subject = Subject::Body;
    else
        c.m_subject = Subject::CertExpiry;
    const QString op = m.captured(6).simplified();
    static const QList<QPair<QString, Op>> ops = {
        {QStringLiteral("not in"), Op::NotIn}, {QStringLiteral("in"), Op::In}, {QStringLiteral("=="), Op::Eq},
        {QStringLiteral("!="), Op::Ne}, {QStringLiteral("<="), Op::Le}, {QStringLiteral(">="), Op::Ge},
        {QStringLiteral("<"), Op::Lt}, {QStringLiteral(">"), Op::Gt}, {QStringLiteral("!~"), Op::NoMatch},
        {QStringLiteral("~"), Op::Match}, {QStringLiteral("exists"), Op::Exists}};
    for (const auto &o : ops)
        if (o.first == op)
            c.m_op = o.second;

    const QString value = m.captured(7).trimmed();
    const bool duration = c.m_subject == Subject::Latency || c.m_subject == Subject::CertExpiry;
    if (c.m_op == Op::Exists) {
        if (!value.isEmpty())
            return fail(tr("exists takes no value"));
        if (c.m_subject != Subject::Json && c.m_subject != Subject::Header)
            return fail(tr("exists applies to json and header only"));
        return c;
    }
    if (value.isEmpty())
        return fail(tr("a value is missing after \"%1\"").arg(op));
    if (c.m_op == Op::In || c.m_op == Op::NotIn) {
        if (!value.startsWith(QLatin1Char('[')) || !value.endsWith(QLatin1Char(']')))
            return fail(tr("\"%1\" needs a list like [200, 204]").arg(op));
        for (const QString &item : splitList(value.mid(1, value.size() - 2))) {
            auto v = parseScalar(item, duration);
            if (!v)
                return fail(tr("cannot read list item \"%1\"").arg(item.trimmed()));
            c.m_values << *v;
        }
        if (c.m_values.isEmpty())
            return fail(tr("the list is empty"));
        return c;
    }
    if (c.m_op == Op::Match || c.m_op == Op::NoMatch) {
        QString pattern = value;
        if (pattern.size() >= 2 && (pattern.startsWith(QLatin1Char('"')) || pattern.startsWith(QLatin1Char('\''))) && pattern.endsWith(pattern[0]))
            pattern = pattern.mid(1, pattern.size() - 2);
        const QRegularExpression rx(pattern, QRegularExpression::CaseInsensitiveOption);
        if (!rx.isValid())
            return fail(tr("bad regular expression: %1").arg(rx.errorString()));
        c.m_values << QVariant(pattern);
        return c;
    }
    auto v = parseScalar(value, duration);
    if (!v)
        return fail(duration ? tr("expected a duration like 800ms or 14d, got \"%1\"").arg(value) : tr("cannot read value \"%1\"").arg(value));
    if ((c.m_op == Op::Lt || c.m_op == Op::Le || c.m_op == Op::Gt || c.m_op == Op::Ge) && v->typeId() != QMetaType::Double)
        return fail(tr("\"%1\" compares numbers; got \"%2\"").arg(op, value));
    if ((c.m_subject == Subject::Status || duration) && v->typeId() != QMetaType::Double)
        return fail(tr("expected a number, got \"%1\"").arg(value));
    c.m_values << *v;
    return c;
}

static bool equalValues(const QVariant &actual, const QVariant &expected)
{
    if (expected.typeId() == QMetaType::Double) {
        bool ok = false;
        const double a = actual.toDouble(&ok);
        return ok && qFuzzyCompare(a + 1.0, expected.toDouble() + 1.0);
    }
    if (expected.typeId() == QMetaType::Bool)
        return actual.typeId() == QMetaType::Bool && actual.toBool() == expected.toBool();
    return actual.toString() == expected.toString();
}

bool Condition::compare(const QVariant &actual) const
{
    const QVariant &v0 = m_values.value(0);
    switch (m_op) {
    case Op::In:
    case Op::NotIn: {
        bool any = false;
        for (const QVariant &v : m_values)
            any = any || equalValues(actual, v);
        return m_op == Op::In ? any : !any;
    }
    case Op::Eq: return equalValues(actual, v0);
    case Op::Ne: return !equalValues(actual, v0);
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge: {
        bool ok = false;
        const double a = actual.toDouble(&ok);
        if (!ok)
            return false;
        const double b = v0.toDouble();
        return m_op == Op::Lt ? a < b : m_op == Op::Le ? a <= b : m_op == Op::Gt ? a > b : a >= b;
    }
    case Op::Match:
    case Op::NoMatch: {
        const QRegularExpression rx(v0.toString(), QRegularExpression::CaseInsensitiveOption);
        const bool hit = rx.match(actual.toString()).hasMatch();
        return m_op == Op::Match ? hit : !hit;
    }
    case Op::Exists: return true;
    }
    return false;
}

ConditionResult Condition::evaluate(const ConditionInput &in) const
{
    ConditionResult r;
    r.text = m_text;
    const QString missing = tr("(missing)");
    switch (m_subject) {
    case Subject::Status:
        r.actual = in.status > 0 ? QString::number(in.status) : tr("(no response)");
        r.pass = in.status > 0 && compare(QVariant(double(in.status)));
        break;
    case Subject::Latency:
        r.actual = in.latencyMs >= 0 ? formatMs(in.latencyMs) : tr("(no response)");
        r.pass = in.latencyMs >= 0 && compare(QVariant(in.latencyMs));
        break;
    case Subject::CertExpiry:
        r.actual = in.certRemainingMs ? formatMs(double(*in.certRemainingMs)) : tr("(no certificate)");
        r.pass = in.certRemainingMs.has_value() && compare(QVariant(double(*in.certRemainingMs)));
        break;
    case Subject::Body: {
        const QString body = QString::fromUtf8(in.body);
        r.actual = body.size() > 60 ? body.left(57) + QStringLiteral("...") : body;
        r.pass = compare(QVariant(body));
        break;
    }
    case Subject::Header: {
        const QByteArray name = m_argument.toLatin1();
        std::optional<QByteArray> value;
        for (const auto &h : in.headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                value = h.second;
        r.actual = value ? QString::fromLatin1(*value) : missing;
        r.pass = value.has_value() && compare(QVariant(QString::fromLatin1(*value)));
        break;
    }
    case Subject::Json: {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(in.body, &err);
        if (err.error != QJsonParseError::NoError) {
            r.actual = tr("(not JSON: %1)").arg(err.errorString());
            r.pass = false;
            break;
        }
        bool found = false;
        const QJsonValue v = jsonAt(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), m_argument, &found);
        if (!found) {
            r.actual = missing;
            r.pass = m_op == Op::Ne || m_op == Op::NotIn ? true : false;
            break;
        }
        QVariant actual;
        if (v.isDouble())
            actual = v.toDouble();
        else if (v.isBool())
            actual = v.toBool();
        else if (v.isString())
            actual = v.toString();
        else if (v.isNull())
            actual = QStringLiteral("null");
        else
            actual = QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                                   : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        r.actual = actual.toString();
        if (r.actual.size() > 60)
            r.actual = r.actual.left(57) + QStringLiteral("...");
        r.pass = compare(actual);
        break;
    }
    }
    return r;
}

} // namespace wf::probes
