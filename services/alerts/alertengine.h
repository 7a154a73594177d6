#pragma once

#include "alerts/alert.h"
#include "alerts/alertstore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <array>
#include <functional>
#include <optional>

namespace wf::store { class Store; }
namespace wf::topology { class Graph; }
namespace wf::health { class HealthEngine; }

namespace wf::alerts {

// Turns node health into alerts people act on.
//
// Each evaluation checks every rule against every node it selects; a condition that has held for
// the rule's `for:` duration is "holding". Holding conditions are then thinned out so that one
// failure pages once:
//   - on one node, only the most severe holding rule is raised (the others are suppressed by it);
//   - an alert whose node depends (transitively) on a node with a holding condition is suppressed
//     by that upstream node: a provider outage raises one alert, not one per model and app.
// Suppressed and silenced alerts are never notified. An alert that recovers while nobody
// acknowledged it stays listed (as recovered) until acknowledged. An acknowledgement has an
// expiry; a still-firing alert is raised again when it runs out.
// While a notified alert keeps firing unacknowledged, reminders go out with exponential backoff
// (first gap, then twice that, ... up to a maximum). Only the telling backs off: probes and health
// keep measuring at their own interval.
class AlertEngine : public QObject
{
    Q_OBJECT
public:
    AlertEngine(const topology::Graph *graph, QObject *parent = nullptr);

    void setRules(const QList<Rule> &rules) { m_rules = rules; }
    const QList<Rule> &rules() const { return m_rules; }
    void setStore(store::Store *store) { m_store = store; }
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // Health states, latency windows and status-page lead come from here.
    void setHealth(health::HealthEngine *health);
    void setDefaultAckMs(qint64 ms) { m_defaultAckMs = ms; }
    qint64 defaultAckMs() const { return m_defaultAckMs; }
    // First reminder `firstMs` after the trigger, each next one twice as far, at most `maxMs`
    // apart. firstMs 0 turns reminders off.
    void setReminders(qint64 firstMs, qint64 maxMs)
    {
        m_reminderFirstMs = std::max<qint64>(0, firstMs);
        m_reminderMaxMs = std::max(m_reminderFirstMs, maxMs);
    }
    qint64 reminderFirstMs() const { return m_reminderFirstMs; }
    qint64 reminderMaxMs() const { return m_reminderMaxMs; }

    // Loads the open alerts and silences from the store, then evaluates every second.
    void start();
    // Puts back what the store had (done by start(); tests call it directly).
    void restore(const AlertSnapshot &snapshot);

    // A TLS probe's remaining certificate lifetime.
    void setCertExpiry(const QString &nodeId, qint64 remainingMs);

    // Alerts on the operator's list: firing or recovered-unacknowledged, never suppressed.
    QList<Alert> alerts() const;
    // Everything tracked, suppressed ones included.
    QList<Alert> allAlerts() const;
    std::optional<Alert> alert(const QString &key) const;
    QList<Silence> silences() const;
    // Worst node state among firing, listed alerts (Operational when there are none).
    HealthState worstState() const;

    // Acknowledges until `untilMs`; a recovered alert is closed by it.
    Status acknowledge(const QString &key, const QString &by, const QString &comment, qint64 untilMs);
    // Quiets matching alerts for [fromMs, toMs). Returns the silence id.
    qint64 addSilence(Silence silence);
    void endSilence(qint64 id);

    qint64 now() const { return m_clock(); }

public slots:
    void evaluate();

signals:
    // Listed alert added or changed (state, acknowledgement, summary, suppression lifted).
    void alertChanged(const wf::alerts::Alert &alert);
    // Removed from the list: closed, or now suppressed by an upstream alert.
    void alertRemoved(const QString &key);
    // For notifiers: trigger, acknowledge, resolve and reminders.
    void alertEvent(const wf::alerts::AlertEvent &event);
    void silencesChanged();
    void worstStateChanged(wf::HealthState state);

private:
    struct Condition
    {
        bool holds = false;
        bool unknown = false;    // not enough data to say either way
        HealthState state = HealthState::Unknown;
        QString summary;
    };
    Condition check(const Rule &rule, const QString &nodeId) const;
    QStringList candidates(const Rule &rule) const;
    QString nodeLabel(const QString &nodeId) const;
    void emitEvent(EventAction action, const Alert &a);
    void persist(const Alert &a, qint64 closedMs = 0);
    void close(const QString &key);
    void publish(bool existed, const Alert &before, const Alert &after);
    void updateWorst();
    // Nodes whose failure explains a symptom on `nodeId`, nearest first.
    QStringList upstreamOf(const QString &nodeId) const;
    bool listed(const Alert &a) const { return !a.isSuppressed(); }

    const topology::Graph *m_graph;
    health::HealthEngine *m_health = nullptr;
    store::Store *m_store = nullptr;
    QList<Rule> m_rules;
    QHash<QString, Alert> m_alerts;         // by key
    QHash<QString, qint64> m_pendingSince;  // key -> when the condition started holding
    QList<Silence> m_silences;
    // node -> for each state rank, when the node reached that rank or worse (this episode)
    QHash<QString, std::array<qint64, 6>> m_rankSince;
    QHash<QString, qint64> m_ahead;          // node -> detected
    QHash<QString, qint64> m_certRemaining;  // node -> ms left when last probed
    qint64 m_defaultAckMs = 3600000;
    qint64 m_reminderFirstMs = 5 * 60000;
    qint64 m_reminderMaxMs = 4 * 3600000;
    qint64 m_localSilenceId = 0;
    bool m_evaluateQueued = false;
    HealthState m_worst = HealthState::Operational;
    QTimer m_timer;
    std::function<qint64()> m_clock;
};

} // namespace wf::alerts
