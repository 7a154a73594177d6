#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace wf::config {

// A reference to a secret, never the secret itself: "${env:NAME}" or "${keyring:service/account}".
// The value is resolved at the moment of use and never stored, logged or exported.
class SecretRef
{
public:
    enum class Kind { None, Env, Keyring };

    SecretRef() = default;
    static Result<SecretRef> parse(const QString &text);

    bool isSet() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    QString name() const { return m_name; }
    // The reference as written (safe to show and store).
    QString toString() const;

    // Resolves environment references synchronously. Keyring references need the desktop keyring
    // (see KeyringResolver in the app) and fail here with a clear message.
    Result<QByteArray> resolve() const;

    bool operator==(const SecretRef &o) const { return m_kind == o.m_kind && m_name == o.m_name; }

private:
    Kind m_kind = Kind::None;
    QString m_name;
};

} // namespace wf::config
