#include "secretref.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace wf::config {

Result<SecretRef> SecretRef::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\$\\{(env|keyring):([A-Za-z0-9_./@-]+)\\}$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return Error{QStringLiteral("config.secret"),
                     QCoreApplication::translate("wf::config", "expected a secret reference like ${env:NAME} or ${keyring:service/account}; "
                                                 "literal secrets are not accepted in configuration")};
    SecretRef r;
    r.m_kind = m.captured(1) == QLatin1String("env") ? Kind::Env : Kind::Keyring;
    r.m_name = m.captured(2);
    return r;
}

QString SecretRef::toString() const
{
    switch (m_kind) {
    case Kind::None: return {};
    case Kind::Env: return QStringLiteral("${env:%1}").arg(m_name);
    case Kind::Keyring: return QStringLiteral("${keyring:%1}").arg(m_name);
    }
    return {};
}

Result<QByteArray> SecretRef::resolve() const
{
    switch (m_kind) {
    case Kind::None:
        return Error{QStringLiteral("secret.none"), QCoreApplication::translate("wf::config", "no secret configured")};
    case Kind::Env: {
        const QByteArray value = qgetenv(m_name.toLocal8Bit().constData());
        if (value.isEmpty())
            return Error{QStringLiteral("secret.missing"),
                         QCoreApplication::translate("wf::config", "environment variable %1 is not set").arg(m_name)};
        return value;
    }
    case Kind::Keyring:
        return Error{QStringLiteral("secret.keyring"),
                     QCoreApplication::translate("wf::config", "keyring reference %1 needs the desktop keyring").arg(toString())};
    }
    return Error{QStringLiteral("secret.none"), QString()};
}

} // namespace wf::config
