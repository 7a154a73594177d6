#pragma once

#include "config/config.h"
#include "core/healthstate.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace wf::alerts {

enum class Severity : int { Info = 0, Warning = 1, Critical = 2 };
QString severityKey(Severity s);
Severity severityFromKey(const QString &key); // unknown strings -> Warning
QString severityLabel(Severity s);

enum class RuleKind { State, ErrorRate, LatencyP95, AheadOfStatusPage, CertExpiry };

// True when `nodeId` matches one of the globs ("provider:*", "app:chat-?", "*").
bool matchesAny(const QStringList &globs, const QString &nodeId);

// One alert rule, checked from configuration.
struct Rule
{
    Q_DECLARE_TR_FUNCTIONS(wf::alerts::Rule)
public:
    QString id;
    QString name;
    RuleKind kind = RuleKind::State;
    QStringList nodes;           // globs; see defaultNodes()
    HealthState minState = HealthState::PartialOutage;
    double threshold = 0;
    int minSamples = 5;
    qint64 forMs = 0;
    qint64 withinMs = 14LL * 86400000;
    Severity severity = Severity::Warning;

    static Rule fromConfig(const config::AlertRuleConfig &c);
    // What a rule without nodes: watches. Probes and feed components are evidence, not things
    // people are paged about, so they are left out unless named.
    static QStringList defaultNodes(RuleKind kind);
    // The rules used when the configuration has no alerts.rules.
    static QList<Rule> builtIn();
};

// An alert as the operator sees it. Identified by rule and node.
struct Alert
{
    QString key;                 // "<rule id>|<node id>"
    QString ruleId;
    QString nodeId;
    Severity severity = Severity::Warning;
    QString summary;
    HealthState state = HealthState::Unknown; // node state at the last evaluation
    bool firing = true;          // false: recovered, waiting for acknowledgement
    qint64 sinceMs = 0;          // when the condition started
    qint64 recoveredMs = 0;
    bool notified = false;       // a trigger went out for the current episode
    int raisedCount = 1;         // raises incl. re-raises after an acknowledgement expired
    QString ackBy;
    QString ackComment;
    qint64 ackAtMs = 0;
    qint64 ackUntilMs = 0;
    QString suppressedBy;        // upstream node whose alert covers this one
    qint64 silencedBy = 0;       // silence id
    int dependents = 0;          // alerts suppressed because of this one
    // Reminders while the alert keeps firing unacknowledged (in memory only: after a restart the
    // spacing starts again from the first gap).
    int reminders = 0;           // reminders sent in the current episode
    qint64 reminderGapMs = 0;    // spacing before the next reminder; doubles after each one
    qint64 nextReminderMs = 0;   // 0 = none scheduled

    bool isAcknowledged(qint64 nowMs) const { return ackUntilMs > nowMs; }
    bool isSuppressed() const { return !suppressedBy.isEmpty(); }
    static QString makeKey(const QString &ruleId, const QString &nodeId) { return ruleId + QLatin1Char('|') + nodeId; }
};

// A window in which matching alerts stay quiet (listed, never notified).
struct Silence
{
    qint64 id = 0;
    QStringList nodes;           // globs
    QString ruleId;              // empty = every rule
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString comment;
    QString createdBy;
    qint64 createdMs = 0;

    bool isActive(qint64 nowMs) const { return fromMs <= nowMs && nowMs < toMs; }
    bool covers(const Alert &a, qint64 nowMs) const
    {
        return isActive(nowMs) && (ruleId.isEmpty() || ruleId == a.ruleId) && matchesAny(nodes, a.nodeId);
    }
};

// Remind: the alert still fires and nobody acknowledged it (sent with growing spacing).
enum class EventAction { Trigger, Acknowledge, Resolve, Remind };
QString eventActionKey(EventAction a);

// What notifiers receive.
struct AlertEvent
{
    EventAction action = EventAction::Trigger;
    Alert alert;
    QString nodeLabel;
    bool test = false;           // from a "Test" button; no real alert behind it
};

} // namespace wf::alerts

Q_DECLARE_METATYPE(wf::alerts::Alert)
Q_DECLARE_METATYPE(wf::alerts::AlertEvent)
