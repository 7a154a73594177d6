#include "alert.h"

#include <QRegularExpression>

namespace wf::alerts {

QString severityKey(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Critical: return QStringLiteral("critical");
    }
    return QStringLiteral("warning");
}

Severity severityFromKey(const QString &key)
{
    if (key == QLatin1String("info"))
        return Severity::Info;
    if (key == QLatin1String("critical"))
        return Severity::Critical;
    return Severity::Warning;
}

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Info: return QCoreApplication::translate("wf::alerts", "Info");
    case Severity::Warning: return QCoreApplication::translate("wf::alerts", "Warning");
    case Severity::Critical: return QCoreApplication::translate("wf::alerts", "Critical");
    }
    return {};
}

QString eventActionKey(EventAction a)
{
    switch (a) {
    case EventAction::Trigger: return QStringLiteral("trigger");
    case EventAction::Acknowledge: return QStringLiteral("acknowledge");
    case EventAction::Resolve: return QStringLiteral("resolve");
    case EventAction::Remind: return QStringLiteral("reminder");
    }
    return QStringLiteral("trigger");
}

bool matchesAny(const QStringList &globs, const QString &nodeId)
{
    for (const QString &g : globs) {
        if (g == QLatin1String("*") || g == nodeId)
            return true;
        if (!g.contains(QLatin1Char('*')) && !g.contains(QLatin1Char('?')))
            continue;
        // '*' matches across '/' too ("model:*" covers "model:openai/gpt-4o").
        QString pattern = QRegularExpression::escape(g);
        pattern.replace(QStringLiteral("\\*"), QStringLiteral(".*")).replace(QStringLiteral("\\?"), QStringLiteral("."));
        const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
        if (re.match(nodeId).hasMatch())
            return true;
    }
    return false;
}

static RuleKind kindFromKey(const QString &k)
{
    if (k == QLatin1String("error_rate"))
        return RuleKind::ErrorRate;
    if (k == QLatin1String("latency_p95"))
        return RuleKind::LatencyP95;
    if (k == QLatin1String("ahead_of_status_page"))
        return RuleKind::AheadOfStatusPage;
    if (k == QLatin1String("cert_expiry"))
        return RuleKind::CertExpiry;
    return RuleKind::State;
}

QStringList Rule::defaultNodes(RuleKind kind)
{
    switch (kind) {
    case RuleKind::CertExpiry:
        return {QStringLiteral("probe:*")};
    case RuleKind::ErrorRate:
    case RuleKind::LatencyP95:
        return {QStringLiteral("probe:*")}; // latency windows are kept per observed target
    case RuleKind::AheadOfStatusPage:
        return {QStringLiteral("provider:*"), QStringLiteral("model:*")};
    case RuleKind::State:
        break;
    }
    return {QStringLiteral("provider:*"), QStringLiteral("model:*"), QStringLiteral("gw:*"), QStringLiteral("app:*")};
}

Rule Rule::fromConfig(const config::AlertRuleConfig &c)
{
    Rule r;
    r.id = c.id;
    r.name = c.name.isEmpty() ? c.id : c.name;
    r.kind = kindFromKey(c.kind);
    r.nodes = c.nodes.isEmpty() ? defaultNodes(r.kind) : c.nodes;
    r.minState = stateFromKey(c.minState);
    r.threshold = c.threshold;
    r.minSamples = c.minSamples;
    r.forMs = c.forMs;
    r.withinMs = c.withinMs;
    r.severity = severityFromKey(c.severity);
    return r;
}

QList<Rule> Rule::builtIn()
{
    QList<Rule> out;
    Rule down;
    down.id = QStringLiteral("outage");
    down.name = tr("Outage");
    down.kind = RuleKind::State;
    down.nodes = defaultNodes(RuleKind::State);
    down.minState = HealthState::PartialOutage;
    down.forMs = 60000;
    down.severity = Severity::Critical;
    out << down;
    Rule degraded = down;
    degraded.id = QStringLiteral("degraded");
    degraded.name = tr("Degraded");
    degraded.minState = HealthState::Degraded;
    degraded.forMs = 5 * 60000;
    degraded.severity = Severity::Warning;
    out << degraded;
    Rule ahead;
    ahead.id = QStringLiteral("ahead-of-status-page");
    ahead.name = tr("Failing before the status page says so");
    ahead.kind = RuleKind::AheadOfStatusPage;
    ahead.nodes = defaultNodes(ahead.kind);
    ahead.severity = Severity::Warning;
    out << ahead;
    Rule cert;
    cert.id = QStringLiteral("cert-expiry");
    cert.name = tr("Certificate expires soon");
    cert.kind = RuleKind::CertExpiry;
    cert.nodes = defaultNodes(cert.kind);
    cert.severity = Severity::Warning;
    out << cert;
    return out;
}

} // namespace wf::alerts
