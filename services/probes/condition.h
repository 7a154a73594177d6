#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace wf::probes {

// What a condition is checked against: one probe response.
struct ConditionInput
{
    int status = 0;
    double latencyMs = -1;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    std::optional<qint64> certRemainingMs; // time left until the peer certificate expires
};

struct ConditionResult
{
    QString text;    // the condition as written
    bool pass = false;
    QString actual;  // what was seen, for people ("503", "912 ms", "(missing)")
};

// One check in the probe condition language:
//   status in [200,204]        status == 200        status < 400
//   latency < 800ms            latency <= 2s
//   json $.data[0].id == "x"   json $.type != "error"   json $.choices exists
//   header content-type ~ json (case-insensitive regular expression)   header x-cache !~ miss
//   body ~ "ok"                cert_expiry > 14d
class Condition
{
    Q_DECLARE_TR_FUNCTIONS(wf::probes::Condition)
public:
    enum class Subject { Status, Latency, Json, Header, Body, CertExpiry };
    enum class Op { In, NotIn, Eq, Ne, Lt, Le, Gt, Ge, Match, NoMatch, Exists };

    static Result<Condition> parse(const QString &text);

    ConditionResult evaluate(const ConditionInput &in) const;

    QString text() const { return m_text; }
    Subject subject() const { return m_subject; }
    bool needsCertificate() const { return m_subject == Subject::CertExpiry; }
    // Latency and certificate-expiry checks: failing them means "getting worse", not "down".
    bool isSoft() const { return m_subject == Subject::Latency || m_subject == Subject::CertExpiry; }

private:
    bool compare(const QVariant &actual) const;

    QString m_text;
    Subject m_subject = Subject::Status;
    QString m_argument;        // json path or header name
    Op m_op = Op::Eq;
    QVariantList m_values;     // numbers (durations in ms) or strings
};

} // namespace wf::probes
