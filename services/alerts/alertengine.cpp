#include "alertengine.h"
#include "core/clock.h"

#include "core/logging.h"
#include "health/healthengine.h"
#include "store/store.h"
#include "topology/graph.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace wf::alerts {


AlertEngine::AlertEngine(const topology::Graph *graph, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
    , m_clock([] { return wf::clock::nowMs(); })
{
    qRegisterMetaType<wf::alerts::Alert>();
    qRegisterMetaType<wf::alerts::AlertEvent>();
    m_rules = Rule::builtIn();
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &AlertEngine::evaluate);
}

void AlertEngine::setHealth(health::HealthEngine *health)
{
    m_health = health;
    // State changes are evaluated at once (coalesced); the timer covers `for:` durations.
    connect(health, &health::HealthEngine::nodeStateChanged, this, [this](const QString &nodeId, HealthState prev, HealthState cur, qint64 ts) {
        // Remember when the node got this bad, so `for:` counts from the change, not from the
        // first evaluation that saw it.
        auto it = m_rankSince.find(nodeId);
        if (it == m_rankSince.end()) {
            std::array<qint64, 6> none;
            none.fill(-1);
            it = m_rankSince.insert(nodeId, none);
        }
        for (int r = 0; r < 6; ++r) {
            if (r > rank(cur))
                (*it)[std::size_t(r)] = -1;
            else if (r > rank(prev) && (*it)[std::size_t(r)] < 0)
                (*it)[std::size_t(r)] = ts;
        }
        if (!m_evaluateQueued) {
            m_evaluateQueued = true;
            QMetaObject::invokeMethod(this, &AlertEngine::evaluate, Qt::QueuedConnection);
        }
    });
    connect(health, &health::HealthEngine::aheadOfStatusPage, this, [this](const QString &, const QString &nodeId, qint64 ts) {
        m_ahead.insert(nodeId, ts);
    });
    connect(health, &health::HealthEngine::statusPageCaughtUp, this, [this](const QString &, const QString &nodeId, qint64) {
        m_ahead.remove(nodeId);
    });
}

void AlertEngine::start()
{
    if (m_store) {
        const qint64 t = now();
        m_store->run<Result<AlertSnapshot>>(this, [t](store::Database &db) { return AlertStore::load(db, t); },
            [this](Result<AlertSnapshot> r) {
                if (!r) {
                    qCWarning(lcAlerts).noquote() << "could not load alerts:" << r.error().message;
                    return;
                }
                restore(*r);
            });
    }
    m_timer.start();
}

void AlertEngine::restore(const AlertSnapshot &snapshot)
{
    for (const Alert &a : snapshot.alerts) {
        if (m_alerts.contains(a.key))
            continue;
        m_alerts.insert(a.key, a);
        if (a.firing)
            m_pendingSince.insert(a.key, a.sinceMs);
        emit alertChanged(a);
    }
    for (const Silence &s : snapshot.silences) {
        m_silences << s;
        m_localSilenceId = std::max(m_localSilenceId, s.id);
    }
    if (!snapshot.silences.isEmpty())
        emit silencesChanged();
    qCInfo(lcAlerts) << "restored" << snapshot.alerts.size() << "alerts and" << snapshot.silences.size() << "silences";
}

void AlertEngine::setCertExpiry(const QString &nodeId, qint64 remainingMs)
{
    m_certRemaining.insert(nodeId, remainingMs);
}

QString AlertEngine::nodeLabel(const QString &nodeId) const
{
    const topology::Node *n = m_graph ? m_graph->find(nodeId) : nullptr;
    return n && !n->label.isEmpty() ? n->label : nodeId;
}

QStringList AlertEngine::candidates(const Rule &rule) const
{
    QStringList out;
    auto take = [&](const QString &id) {
        if (matchesAny(rule.nodes, id))
            out << id;
    };
    switch (rule.kind) {
    case RuleKind::AheadOfStatusPage:
        for (auto it = m_ahead.cbegin(); it != m_ahead.cend(); ++it)
            take(it.key());
        break;
    case RuleKind::CertExpiry:
        for (auto it = m_certRemaining.cbegin(); it != m_certRemaining.cend(); ++it)
            take(it.key());
        break;
    default:
        if (m_graph)
            for (int i = 0; i < m_graph->nodeCount(); ++i)
                take(m_graph->node(i).id);
        break;
    }
    return out;
}

AlertEngine::Condition AlertEngine::check(const Rule &rule, const QString &nodeId) const
{
    Condition c;
    c.state = m_health ? m_health->state(nodeId) : HealthState::Unknown;
    const QString label = nodeLabel(nodeId);
    switch (rule.kind) {
    case RuleKind::State:
        c.unknown = c.state == HealthState::Unknown;
        c.holds = rank(c.state) >= rank(rule.minState);
        c.summary = tr("%1 is %2").arg(label, stateLabel(c.state));
        break;
    case RuleKind::ErrorRate: {
        const health::LatencyStats st = m_health ? m_health->latency(nodeId) : health::LatencyStats{};
        c.unknown = st.count < rule.minSamples;
        c.holds = !c.unknown && st.errorRate >= rule.threshold;
        c.summary = tr("%1: %2% of the last %3 checks failed (limit %4%)")
                        .arg(label).arg(std::lround(st.errorRate * 100)).arg(st.count).arg(std::lround(rule.threshold * 100));
        break;
    }
    case RuleKind::LatencyP95: {
        const health::LatencyStats st = m_health ? m_health->latency(nodeId) : health::LatencyStats{};
        c.unknown = st.count < rule.minSamples || st.p95 < 0;
        c.holds = !c.unknown && st.p95 >= rule.threshold;
        c.summary = tr("%1: p95 latency %2 ms (limit %3 ms)").arg(label).arg(std::lround(st.p95)).arg(std::lround(rule.threshold));
        break;
    }
    case RuleKind::AheadOfStatusPage:
        c.holds = m_ahead.contains(nodeId);
        c.summary = tr("%1 fails in our probes while its status page reports no problem").arg(label);
        break;
    case RuleKind::CertExpiry: {
        const qint64 left = m_certRemaining.value(nodeId, std::numeric_limits<qint64>::max());
        c.holds = left < rule.withinMs;
        c.summary = left <= 0 ? tr("%1: the TLS certificate has expired").arg(label)
                              : tr("%1: the TLS certificate expires in %2 days").arg(label).arg(double(left) / 86400000.0, 0, 'f', 1);
        break;
    }
    }
    return c;
}

QStringList AlertEngine::upstreamOf(const QString &nodeId) const
{
    if (!m_graph || !m_graph->contains(nodeId))
        return {};
    QStringList out;
    const int i = m_graph->indexOf(nodeId);
    // A probe is evidence for its owner: the owner's failure explains the probe's symptoms.
    if (m_graph->node(i).kind == topology::NodeKind::Probe) {
        for (const auto &e : m_graph->dependentsOf(i)) {
            if (e.second != topology::EdgeKind::Evidence && e.second != topology::EdgeKind::FrontDoor)
                continue;
            const QString owner = m_graph->node(e.first).id;
            out << owner << m_graph->dependencies(owner);
        }
        return out;
    }
    return m_graph->dependencies(nodeId);
}

static bool sameForUi(const Alert &a, const Alert &b)
{
    return a.severity == b.severity && a.summary == b.summary && a.state == b.state && a.firing == b.firing
        && a.sinceMs == b.sinceMs && a.recoveredMs == b.recoveredMs && a.ackBy == b.ackBy && a.ackUntilMs == b.ackUntilMs
        && a.ackComment == b.ackComment && a.suppressedBy == b.suppressedBy && a.silencedBy == b.silencedBy
        && a.dependents == b.dependents && a.raisedCount == b.raisedCount && a.notified == b.notified;
}

void AlertEngine::evaluate()
{
    m_evaluateQueued = false;
    const qint64 t = now();

    struct Hold
    {
        const Rule *rule;
        QString nodeId;
        QString key;
        Condition c;
        qint64 since;
    };
    QList<Hold> holds;
    QSet<QString> unknownKeys; // no data: an existing alert is left as it is
    for (const Rule &rule : std::as_const(m_rules)) {
        for (const QString &nodeId : candidates(rule)) {
            const QString key = Alert::makeKey(rule.id, nodeId);
            const Condition c = check(rule, nodeId);
            if (!c.holds) {
                if (c.unknown)
                    unknownKeys.insert(key);
                else
                    m_pendingSince.remove(key);
                continue;
            }
            auto it = m_pendingSince.find(key);
            if (it == m_pendingSince.end()) {
                qint64 since = t;
                if (rule.kind == RuleKind::State) {
                    const auto rs = m_rankSince.constFind(nodeId);
                    if (rs != m_rankSince.constEnd() && (*rs)[std::size_t(rank(rule.minState))] >= 0)
                        since = std::min(t, (*rs)[std::size_t(rank(rule.minState))]);
                }
                it = m_pendingSince.insert(key, since);
            }
            if (t - *it < rule.forMs)
                continue;
            holds << Hold{&rule, nodeId, key, c, *it};
        }
    }

    // The most severe holding rule per node (first rule on a tie).
    QHash<QString, int> primary; // node -> index into holds
    for (int i = 0; i < holds.size(); ++i) {
        auto it = primary.find(holds[i].nodeId);
        if (it == primary.end())
            primary.insert(holds[i].nodeId, i);
        else if (int(holds[i].rule->severity) > int(holds[*it].rule->severity))
            *it = i;
    }
    QHash<QString, QString> suppressedBy; // key -> node
    QHash<QString, int> dependents;       // node -> alerts it covers on other nodes
    for (const Hold &h : std::as_const(holds)) {
        if (holds[primary.value(h.nodeId)].key != h.key) {
            suppressedBy.insert(h.key, h.nodeId);
            continue;
        }
        // Ahead-of-status-page and certificate alerts carry their own news; symptoms do not.
        if (h.rule->kind == RuleKind::AheadOfStatusPage || h.rule->kind == RuleKind::CertExpiry)
            continue;
        const QStringList up = upstreamOf(h.nodeId);
        for (auto u = up.crbegin(); u != up.crend(); ++u) {
            if (*u == h.nodeId || !primary.contains(*u))
                continue;
            const Hold &cause = holds[primary.value(*u)];
            if (cause.rule->kind != RuleKind::State)
                continue;
            suppressedBy.insert(h.key, *u);
            break;
        }
    }
    for (auto it = suppressedBy.cbegin(); it != suppressedBy.cend(); ++it) {
        // Count against the root, not the intermediate node.
        QString root = it.value();
        for (int guard = 0; guard < 64; ++guard) {
            const QString next = suppressedBy.value(holds[primary.value(root)].key);
            if (next.isEmpty() || next == root)
                break;
            root = next;
        }
        if (!it.key().endsWith(QLatin1Char('|') + root))
            dependents[root] += 1;
    }

    QSet<QString> holding;
    for (const Hold &h : std::as_const(holds)) {
        holding.insert(h.key);
        auto it = m_alerts.find(h.key);
        const bool existed = it != m_alerts.end();
        const Alert before = existed ? *it : Alert{};
        Alert a = before;
        if (!existed) {
            a.key = h.key;
            a.ruleId = h.rule->id;
            a.nodeId = h.nodeId;
            a.sinceMs = h.since;
            a.firing = true;
            a.raisedCount = 1;
        } else if (!a.firing) {
            // Fired again before anyone acknowledged the recovery.
            a.firing = true;
            a.recoveredMs = 0;
            a.notified = false;
            a.sinceMs = h.since;
            a.raisedCount += 1;
        }
        a.severity = h.rule->severity;
        a.summary = h.c.summary;
        a.state = h.c.state;
        a.suppressedBy = suppressedBy.value(h.key);
        a.dependents = a.isSuppressed() ? 0 : dependents.value(h.nodeId);
        if (a.ackUntilMs > 0 && a.ackUntilMs <= t) {
            qCInfo(lcAlerts).noquote() << "acknowledgement of" << a.key << "by" << a.ackBy << "expired; alert raised again";
            a.ackBy.clear();
            a.ackComment.clear();
            a.ackAtMs = 0;
            a.ackUntilMs = 0;
            a.notified = false;
            a.raisedCount += 1;
        }
        a.silencedBy = 0;
        for (const Silence &s : std::as_const(m_silences)) {
            if (s.covers(a, t)) {
                a.silencedBy = s.id;
                break;
            }
        }
        if (!a.isSuppressed() && a.silencedBy == 0 && !a.isAcknowledged(t)) {
            if (!a.notified) {
                a.notified = true;
                a.reminders = 0;
                a.reminderGapMs = m_reminderFirstMs;
                a.nextReminderMs = m_reminderFirstMs > 0 ? t + m_reminderFirstMs : 0;
                qCInfo(lcAlerts).noquote() << "alert" << severityKey(a.severity) << a.key << "-" << a.summary;
                emitEvent(EventAction::Trigger, a);
            } else if (m_reminderFirstMs > 0 && a.nextReminderMs == 0) {
                // Notified before a restart (or before reminders were turned on): start the spacing now.
                a.reminderGapMs = m_reminderFirstMs;
                a.nextReminderMs = t + m_reminderFirstMs;
            } else if (m_reminderFirstMs > 0 && t >= a.nextReminderMs) {
                a.reminders += 1;
                qCInfo(lcAlerts).noquote() << "alert" << a.key << "still firing unacknowledged; reminder" << a.reminders;
                emitEvent(EventAction::Remind, a);
                a.reminderGapMs = std::min(m_reminderMaxMs, std::max<qint64>(a.reminderGapMs, m_reminderFirstMs) * 2);
                a.nextReminderMs = t + a.reminderGapMs;
            }
        }
        m_alerts.insert(a.key, a);
        if (!existed || !sameForUi(before, a)) {
            persist(a);
            publish(existed, before, a);
        }
    }

    const QStringList keys = m_alerts.keys();
    for (const QString &key : keys) {
        if (holding.contains(key) || unknownKeys.contains(key))
            continue;
        Alert &a = m_alerts[key];
        if (!a.firing)
            continue;
        const Alert before = a;
        a.firing = false;
        a.recoveredMs = t;
        if (a.notified)
            emitEvent(EventAction::Resolve, a);
        a.notified = false;
        qCInfo(lcAlerts).noquote() << "alert recovered" << a.key;
        if (a.isSuppressed() || a.isAcknowledged(t) || a.silencedBy != 0) {
            close(key);
            continue;
        }
        persist(a);
        publish(true, before, a);
    }
    updateWorst();
}

void AlertEngine::updateWorst()
{
    const HealthState w = worstState();
    if (w != m_worst) {
        m_worst = w;
        emit worstStateChanged(w);
    }
}

void AlertEngine::publish(bool existed, const Alert &before, const Alert &after)
{
    const bool was = existed && listed(before);
    if (listed(after))
        emit alertChanged(after);
    else if (was)
        emit alertRemoved(after.key);
}

void AlertEngine::emitEvent(EventAction action, const Alert &a)
{
    AlertEvent e;
    e.action = action;
    e.alert = a;
    e.nodeLabel = nodeLabel(a.nodeId);
    emit alertEvent(e);
}

void AlertEngine::persist(const Alert &a, qint64 closedMs)
{
    if (!m_store)
        return;
    m_store->run<Status>(this, [a, closedMs](store::Database &db) {
        if (auto s = AlertStore::ensureSchema(db); !s)
            return s;
        return AlertStore::saveAlert(db, a, closedMs);
    }, [](Status s) {
        if (!s)
            qCWarning(lcAlerts).noquote() << "could not save alert:" << s.error().message;
    });
}

void AlertEngine::close(const QString &key)
{
    auto it = m_alerts.find(key);
    if (it == m_alerts.end())
        return;
    const Alert a = *it;
    m_alerts.erase(it);
    m_pendingSince.remove(key);
    persist(a, now());
    if (listed(a))
        emit alertRemoved(key);
}

QList<Alert> AlertEngine::allAlerts() const
{
    QList<Alert> out = m_alerts.values();
    std::sort(out.begin(), out.end(), [](const Alert &a, const Alert &b) {
        return a.sinceMs != b.sinceMs ? a.sinceMs < b.sinceMs : a.key < b.key;
    });
    return out;
}

QList<Alert> AlertEngine::alerts() const
{
    QList<Alert> out;
    for (const Alert &a : allAlerts())
        if (listed(a))
            out << a;
    return out;
}

std::optional<Alert> AlertEngine::alert(const QString &key) const
{
    auto it = m_alerts.constFind(key);
    if (it == m_alerts.constEnd())
        return std::nullopt;
    return *it;
}

QList<Silence> AlertEngine::silences() const
{
    const qint64 t = now();
    QList<Silence> out;
    for (const Silence &s : m_silences)
        if (s.toMs > t)
            out << s;
    return out;
}

HealthState AlertEngine::worstState() const
{
    HealthState w = HealthState::Operational;
    for (const Alert &a : m_alerts)
        if (a.firing && listed(a))
            w = worst(w, a.state == HealthState::Unknown ? HealthState::Degraded : a.state);
    return w;
}

Status AlertEngine::acknowledge(const QString &key, const QString &by, const QString &comment, qint64 untilMs)
{
    auto it = m_alerts.find(key);
    if (it == m_alerts.end())
        return Status::failure(QStringLiteral("alerts.unknown"), tr("There is no alert %1 (any more).").arg(key));
    const qint64 t = now();
    if (untilMs <= t && it->firing)
        return Status::failure(QStringLiteral("alerts.ack_expiry"), tr("The acknowledgement must last into the future."));
    if (by.trimmed().isEmpty())
        return Status::failure(QStringLiteral("alerts.ack_by"), tr("Say who acknowledges the alert."));
    const Alert before = *it;
    it->ackBy = by.trimmed();
    it->ackComment = comment.trimmed();
    it->ackAtMs = t;
    it->ackUntilMs = std::max(untilMs, t + 1);
    const Alert a = *it;
    qCInfo(lcAlerts).noquote() << "alert" << key << "acknowledged by" << a.ackBy << "until"
                               << QDateTime::fromMSecsSinceEpoch(a.ackUntilMs, Qt::UTC).toString(Qt::ISODate);
    if (m_store) {
        m_store->run<Status>(this, [a](store::Database &db) {
            if (auto s = AlertStore::ensureSchema(db); !s)
                return s;
            return AlertStore::saveAck(db, a);
        }, [](Status s) {
            if (!s)
                qCWarning(lcAlerts).noquote() << "could not save acknowledgement:" << s.error().message;
        });
    }
    if (a.notified && a.firing)
        emitEvent(EventAction::Acknowledge, a);
    if (!a.firing) {
        close(key);
    } else {
        persist(a);
        publish(true, before, a);
    }
    updateWorst();
    return Ok{};
}

qint64 AlertEngine::addSilence(Silence silence)
{
    const qint64 t = now();
    silence.id = std::max(m_localSilenceId + 1, t);
    m_localSilenceId = silence.id;
    silence.createdMs = t;
    m_silences << silence;
    qCInfo(lcAlerts).noquote() << "silence" << silence.id << "for" << silence.nodes.join(QLatin1Char(',')) << "until"
                               << QDateTime::fromMSecsSinceEpoch(silence.toMs, Qt::UTC).toString(Qt::ISODate);
    if (m_store) {
        m_store->run<Result<qint64>>(this, [silence](store::Database &db) -> Result<qint64> {
            if (auto s = AlertStore::ensureSchema(db); !s)
                return s.error();
            return AlertStore::saveSilence(db, silence);
        }, [](Result<qint64> r) {
            if (!r)
                qCWarning(lcAlerts).noquote() << "could not save silence:" << r.error().message;
        });
    }
    emit silencesChanged();
    evaluate();
    return silence.id;
}

void AlertEngine::endSilence(qint64 id)
{
    const qint64 t = now();
    for (Silence &s : m_silences) {
        if (s.id != id)
            continue;
        s.toMs = std::min(s.toMs, t);
        if (m_store)
            m_store->run<Status>(this, [id, t](store::Database &db) { return AlertStore::endSilence(db, id, t); }, {});
    }
    emit silencesChanged();
    evaluate();
}

} // namespace wf::alerts
