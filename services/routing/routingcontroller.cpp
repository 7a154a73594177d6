#include "routingcontroller.h"
#include "core/clock.h"

#include "core/logging.h"
#include "gateways/caddyadapter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace wf::routing {

using gateways::GatewayChange;
using gateways::GatewayState;

namespace {

QString osUser()
{
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("unknown"));
}

QJsonArray statesJson(const QList<GatewayRecord> &records, bool after)
{
    QJsonArray out;
    for (const auto &r : records)
        out.append((after ? r.after : r.before).toJson());
    return out;
}

const QString kDefaultCaddyPath = QStringLiteral("/id/ai_proxy/upstreams");

} // namespace

// One apply or rollback in flight.
struct RoutingController::Job
{
    QString action;           // apply | rollback
    RoutingPreview preview;   // apply only
    QString reason;
    QPointer<QObject> context;
    bool hasContext = false;
    OutcomeCallback done;
    QList<GatewayRecord> records; // per touched gateway, in order
    int applied = 0;              // records whose change was sent (fully or partly)
    ApplyOutcome outcome;
    QElapsedTimer timer;
    bool autoRollback = false;
};

RoutingController::RoutingController(config::Config config, store::Store *store, net::HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_store(store)
    , m_role(m_config.ui.role)
    , m_user(osUser())
    , m_host(QSysInfo::machineHostName())
{
    qRegisterMetaType<ApplyOutcome>();
    qRegisterMetaType<gateways::GatewayState>();
    for (const auto &g : m_config.gateways) {
        auto a = gateways::GatewayAdapter::create(g, http);
        if (a)
            setAdapter(g.id, *a);
        else
            m_adapterErrors.insert(g.id, a.error().message);
    }
    m_driftTimer.setSingleShot(false);
    connect(&m_driftTimer, &QTimer::timeout, this, &RoutingController::refresh);
}

RoutingController::~RoutingController() = default;

QStringList RoutingController::gatewayIds() const
{
    QStringList ids;
    for (const auto &g : m_config.gateways)
        ids << g.id;
    for (auto it = m_adapters.begin(); it != m_adapters.end(); ++it)
        if (!ids.contains(it.key()))
            ids << it.key();
    return ids;
}

gateways::GatewayAdapter *RoutingController::adapter(const QString &gatewayId) const
{
    return m_adapters.value(gatewayId).get();
}

void RoutingController::setAdapter(const QString &gatewayId, std::shared_ptr<gateways::GatewayAdapter> adapter)
{
    m_adapters.insert(gatewayId, std::move(adapter));
    m_adapterErrors.remove(gatewayId);
}

void RoutingController::setOperator(const QString &user, const QString &host)
{
    m_user = user;
    m_host = host;
}

std::optional<GatewayState> RoutingController::lastKnown(const QString &gatewayId) const
{
    if (!m_known.contains(gatewayId))
        return std::nullopt;
    return m_known.value(gatewayId);
}

void RoutingController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    ++m_actionSeq;
    emit busyChanged(busy);
}

void RoutingController::remember(const GatewayState &state)
{
    m_known.insert(state.gateway, state);
    m_stale.insert(state.gateway, false);
    m_lastError.remove(state.gateway);
    emit gatewayStateChanged(state.gateway, state);
}

Result<QList<GatewayPlan>> RoutingController::planFor(const QStringList &policyIds) const
{
    QList<GatewayPlan> plans;
    auto planOf = [&plans](const QString &gw) -> GatewayPlan & {
        for (auto &p : plans)
            if (p.gateway == gw)
                return p;
        plans.append(GatewayPlan{});
        plans.last().gateway = gw;
        return plans.last();
    };
    for (const QString &pid : policyIds) {
        const config::PolicyConfig *policy = m_config.policy(pid);
        if (!policy)
            return Error{QStringLiteral("routing.unknown"), tr("no policy or runbook with id \"%1\"").arg(pid)};
        for (const auto &step : policy->steps) {
            const config::GatewayConfig *gc = m_config.gateway(step.gateway);
            if (!m_adapters.contains(step.gateway))
                return Error{QStringLiteral("routing.gateway"),
                             tr("policy \"%1\" needs gateway \"%2\", which is not available: %3")
                                 .arg(pid, step.gateway, m_adapterErrors.value(step.gateway, tr("not configured")))};
            GatewayPlan &plan = planOf(step.gateway);
            plan.kind = m_adapters.value(step.gateway)->kind();
            GatewayChange c;
            if (!step.state.isEmpty() || step.weight >= 0) {
                GatewayChange::Server s{step.backend, step.server, {}, {}};
                if (!step.state.isEmpty())
                    s.admin = step.state;
                if (step.weight >= 0)
                    s.weight = step.weight;
                c.servers << s;
            }
            if (step.setUpstreams) {
                QString path = step.backend;
                if (path.isEmpty())
                    path = (gc && !gc->caddyUpstreamsPath.isEmpty()) ? gc->caddyUpstreamsPath : kDefaultCaddyPath;
                if (auto *caddy = qobject_cast<gateways::CaddyAdapter *>(m_adapters.value(step.gateway).get()))
                    if (step.backend.isEmpty())
                        path = caddy->upstreamsPath();
                c.upstreamLists.insert(path, step.upstreams);
            }
            if (step.setFallbacks)
                c.fallbacks.insert(step.model, step.fallbacks);
            if (auto s = m_adapters.value(step.gateway)->checkSupported(c); !s)
                return Error{s.error().code, tr("policy \"%1\": %2").arg(pid, s.error().message)};
            plan.change.merge(c);
        }
    }
    return plans;
}

void RoutingController::fillPreview(RoutingPreview &pv) const
{
    QSet<QString> touchedGateways;
    for (auto &g : pv.gateways) {
        touchedGateways.insert(g.gateway);
        if (!g.readError.isEmpty()) {
            pv.warnings << tr("%1 could not be read: %2").arg(g.gateway, g.readError);
            continue;
        }
        g.remaining = g.change.remainingOn(g.before);
        g.remaining.baseVersion = g.before.version;
        g.after = g.change.appliedTo(g.before);
        g.diff = g.after.diffFrom(g.before);
        for (const auto &s : g.change.servers) {
            const auto *u = g.before.find(s.backend, s.server);
            if (!u)
                pv.warnings << tr("%1: no server %2/%3 in the gateway's current state").arg(g.gateway, s.backend, s.server);
            else if (s.weight && u->weight < 0)
                pv.warnings << tr("%1: %2/%3 has no weight today; a rollback cannot restore \"no weight\"").arg(g.gateway, s.backend, s.server);
        }
        // Where traffic can still go after the change, per touched backend.
        QSet<QString> backends;
        for (const auto &s : g.change.servers)
            backends.insert(s.backend);
        for (auto it = g.change.upstreamLists.begin(); it != g.change.upstreamLists.end(); ++it)
            backends.insert(it.key());
        for (const QString &be : backends) {
            int usable = 0;
            for (const auto &u : g.after.upstreams) {
                if (u.backend != be || u.admin != QLatin1String("ready") || u.weight == 0)
                    continue;
                ++usable;
                if (u.health == QLatin1String("down"))
                    pv.warnings << tr("%1: %2/%3 will take traffic but the gateway's health checks mark it DOWN").arg(g.gateway, be, u.server);
            }
            if (usable == 0 && g.kind == QLatin1String("haproxy"))
                pv.warnings << tr("%1: backend %2 keeps no ready server with weight > 0; only backup servers (if any) will serve").arg(g.gateway, be);
            // Every server of the backend out of service: its requests fail. That is destructive
            // whatever the policy says, so the operator must type the target to confirm.
            bool anyReady = false;
            for (const auto &u : g.after.upstreams)
                anyReady = anyReady || (u.backend == be && u.admin == QLatin1String("ready"));
            if (!anyReady && !g.after.serversOf(be).isEmpty()) {
                pv.destructive = true;
                if (pv.target.isEmpty())
                    pv.target = be;
                pv.warnings << tr("%1: every server of %2 is taken out of service; its requests will fail").arg(g.gateway, be);
            }
        }
    }

    // Blast radius: apps whose routes go through a touched gateway and move.
    QSet<QString> apps, customers;
    for (const auto &app : m_config.apps) {
        bool moved = false;
        for (const auto &route : app.routes) {
            if (!touchedGateways.contains(route.gateway))
                continue;
            if (!pv.target.isEmpty() && route.provider == pv.target) {
                moved = true;
                continue;
            }
            for (const auto &g : pv.gateways) {
                if (g.gateway != route.gateway)
                    continue;
                for (const auto &s : g.change.servers)
                    if ((route.backend.isEmpty() || route.backend == s.backend) && (route.server.isEmpty() || route.server == s.server))
                        moved = true;
                for (auto it = g.change.upstreamLists.begin(); it != g.change.upstreamLists.end(); ++it)
                    if (route.backend.isEmpty() || route.backend == it.key() || route.server.isEmpty()
                        || g.before.serversOf(it.key()).contains(route.server) || it.value().contains(route.server))
                        moved = true;
                for (auto it = g.change.fallbacks.begin(); it != g.change.fallbacks.end(); ++it)
                    if (route.backend == it.key() || route.model == it.key())
                        moved = true;
            }
        }
        if (moved) {
            apps.insert(app.name);
            for (const QString &c : app.customers)
                customers.insert(c);
        }
    }
    pv.appsMoved = QStringList(apps.begin(), apps.end());
    pv.appsMoved.sort();
    pv.customersMoved = QStringList(customers.begin(), customers.end());
    pv.customersMoved.sort();

    // Health of the fallback target right now, as the health engine sees it.
    pv.fallbackHealth = QStringLiteral("unknown");
    if (!pv.fallbackProvider.isEmpty()) {
        std::optional<HealthState> h = m_health ? m_health(pv.fallbackProvider) : std::nullopt;
        if (h) {
            pv.fallbackHealth = stateKey(*h);
            if (isBad(*h))
                pv.warnings << tr("fallback %1 is unhealthy right now (%2)").arg(pv.fallbackProvider, stateLabel(*h));
        } else {
            pv.warnings << tr("health of fallback %1 is unknown").arg(pv.fallbackProvider);
        }
    }
}

void RoutingController::readGateways(const QStringList &ids, QObject *context,
                                     std::function<void(QHash<QString, Result<GatewayState>>)> done)
{
    auto results = std::make_shared<QHash<QString, Result<GatewayState>>>();
    auto pending = std::make_shared<int>(int(ids.size()));
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    if (ids.isEmpty()) {
        QTimer::singleShot(0, this, [done] { done({}); });
        return;
    }
    for (const QString &id : ids) {
        gateways::GatewayAdapter *a = adapter(id);
        if (!a) {
            results->insert(id, Error{QStringLiteral("routing.gateway"), tr("no adapter for gateway \"%1\"").arg(id)});
            if (--*pending == 0)
                QTimer::singleShot(0, this, [done, results] { done(*results); });
            continue;
        }
        a->readState(this, [this, id, results, pending, guard, hasContext, done](const Result<GatewayState> &r) {
            results->insert(id, r);
            if (!r) {
                m_stale.insert(id, true);
                m_lastError.insert(id, r.error().message);
                emit gatewayReadFailed(id, r.error().message);
            }
            if (--*pending == 0 && (!hasContext || guard))
                done(*results);
        });
    }
}

void RoutingController::preview(const QString &id, QObject *context, PreviewCallback done)
{
    RoutingPreview pv;
    pv.createdAtMs = wf::clock::nowMs();
    if (const config::RunbookConfig *rb = m_config.runbook(id)) {
        pv.kind = QStringLiteral("runbook");
        pv.id = rb->id;
        pv.name = rb->name;
        pv.policyIds = rb->policies;
    } else if (const config::PolicyConfig *p = m_config.policy(id)) {
        pv.kind = QStringLiteral("policy");
        pv.id = p->id;
        pv.name = p->name;
        pv.policyIds = {p->id};
    } else {
        QTimer::singleShot(0, this, [done, id] {
            done(Error{QStringLiteral("routing.unknown"), tr("no policy or runbook with id \"%1\"").arg(id)});
        });
        return;
    }
    QStringList targets, fallbacks;
    QSet<QString> warnings;
    bool noCapacity = false;
    for (const QString &pid : pv.policyIds) {
        const config::PolicyConfig *p = m_config.policy(pid);
        if (!p)
            continue;
        pv.destructive = pv.destructive || p->destructive;
        if (!p->from.isEmpty() && !targets.contains(p->from))
            targets << p->from;
        if (!p->to.isEmpty() && !fallbacks.contains(p->to))
            fallbacks << p->to;
        if ((!p->from.isEmpty() && !p->to.isEmpty() && p->from != p->to)
            || (!p->fromModel.isEmpty() && !p->toModel.isEmpty() && p->fromModel != p->toModel)) {
            const QString fromText = p->fromModel.isEmpty() ? p->from : p->fromModel;
            const QString toText = p->toModel.isEmpty() ? p->to : p->toModel;
            warnings.insert(tr("model behaviour differs: traffic moves from %1 to %2 (output style, tool calling, context limits and refusals may change)")
                                .arg(fromText, toText));
        }
        if (!p->to.isEmpty() && p->fallbackCapacityRpm <= 0)
            noCapacity = true;
    }
    pv.target = targets.join(QStringLiteral(", "));
    pv.fallbackProvider = fallbacks.value(0);
    if (noCapacity)
        warnings.insert(tr("no capacity information for %1: check its rate limits and quota before moving traffic").arg(fallbacks.join(QStringLiteral(", "))));
    auto plans = planFor(pv.policyIds);
    if (!plans) {
        QTimer::singleShot(0, this, [done, e = plans.error()] { done(e); });
        return;
    }
    pv.gateways = *plans;
    QStringList ids;
    for (const auto &g : pv.gateways)
        ids << g.gateway;
    QStringList sortedWarnings(warnings.begin(), warnings.end());
    sortedWarnings.sort();
    pv.warnings = sortedWarnings;
    readGateways(ids, context, [this, pv, done](QHash<QString, Result<GatewayState>> states) mutable {
        for (auto &g : pv.gateways) {
            const auto r = states.value(g.gateway, Error{QStringLiteral("routing.gateway"), QString()});
            if (r) {
                g.before = *r;
                remember(*r);
            } else {
                g.readError = r.error().message;
            }
        }
        fillPreview(pv);
        done(pv);
    });
}

void RoutingController::apply(const RoutingPreview &preview, const QString &reason, QObject *context, OutcomeCallback done)
{
    const QString target = preview.gateways.isEmpty() ? preview.id : [&] {
        QStringList ids;
        for (const auto &g : preview.gateways)
            ids << g.gateway;
        return ids.join(QStringLiteral(","));
    }();
    auto refuse = [this, done, &preview, &reason, target](const Error &e, bool auditIt) {
        qCWarning(lcRouting).noquote() << "refused" << preview.kind << preview.id << ":" << e.message;
        if (auditIt)
            audit(QStringLiteral("apply refused"), target, reason,
                  QJsonObject{{QStringLiteral("policy"), preview.id}, {QStringLiteral("kind"), preview.kind},
                              {QStringLiteral("host"), m_host}, {QStringLiteral("error"), e.message}},
                  QStringLiteral("refused: ") + e.code, {});
        QTimer::singleShot(0, this, [done, e] { done(e); });
    };
    // The role check comes first: a viewer console never talks to a gateway for a write.
    if (!canWrite())
        return refuse(Error{QStringLiteral("routing.forbidden"),
                            tr("the %1 role cannot change routing; start the console with --role operator").arg(config::roleKey(m_role))}, true);
    if (reason.trimmed().isEmpty())
        return refuse(Error{QStringLiteral("routing.reason"), tr("a reason is required for every routing change")}, false);
    if (m_busy)
        return refuse(Error{QStringLiteral("routing.busy"), tr("another routing action is still running")}, false);
    if (!preview.readable())
        return refuse(Error{QStringLiteral("routing.unreadable"), tr("not every gateway could be read; nothing was changed")}, false);
    if (preview.destructive && !preview.isNoop() && preview.confirmedTarget.trimmed() != preview.target)
        return refuse(Error{QStringLiteral("routing.confirm"),
                            tr("%1 takes all traffic off %2: type \"%2\" to confirm").arg(preview.name, preview.target)}, false);

    auto job = std::make_shared<Job>();
    job->action = QStringLiteral("apply");
    job->preview = preview;
    job->reason = reason.trimmed();
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    job->autoRollback = preview.kind == QLatin1String("runbook");
    job->timer.start();
    job->outcome.action = job->action;
    job->outcome.kind = preview.kind;
    job->outcome.id = preview.id;
    job->outcome.name = preview.name;
    setBusy(true);

    QStringList ids;
    for (const auto &g : preview.gateways)
        ids << g.gateway;
    // Re-read: the exact previous state for rollback, and a guard against acting on an old preview.
    readGateways(ids, this, [this, job](QHash<QString, Result<GatewayState>> states) {
        for (const auto &g : job->preview.gateways) {
            const auto r = states.value(g.gateway, Error{QStringLiteral("routing.gateway"), QString()});
            if (!r)
                return fail(job, r.error());
            remember(*r);
            if (!r->sameRouting(g.before)) {
                return fail(job, Error{QStringLiteral("routing.stale"),
                                       tr("%1 changed since the preview (%2); nothing was changed. Preview again.")
                                           .arg(g.gateway, r->diffFrom(g.before).join(QStringLiteral("; ")))});
            }
            GatewayRecord rec;
            rec.gateway = g.gateway;
            rec.before = *r;
            rec.applied = g.change.remainingOn(*r);
            rec.applied.baseVersion = g.before.version.isEmpty() ? r->version : g.before.version;
            job->records << rec;
        }
        applyNext(job, 0);
    });
}

void RoutingController::applyNext(std::shared_ptr<Job> job, int index)
{
    if (index >= job->records.size()) {
        readBack(job);
        return;
    }
    GatewayRecord &rec = job->records[index];
    if (rec.applied.isEmpty()) {
        applyNext(job, index + 1);
        return;
    }
    job->applied = index + 1;
    job->outcome.changed = true;
    qCInfo(lcRouting).noquote() << job->action << job->outcome.id << "on" << rec.gateway << ":"
                                << rec.applied.describe().join(QStringLiteral("; "));
    adapter(rec.gateway)->apply(rec.applied, this, [this, job, index](const Status &s) {
        if (!s) {
            // A refused first write (e.g. a Caddy 412 conflict) changed nothing on that gateway.
            if (s.error().code != QLatin1String("gateway.partial"))
                job->applied = index;
            return fail(job, s.error());
        }
        applyNext(job, index + 1);
    });
}

void RoutingController::readBack(std::shared_ptr<Job> job)
{
    QStringList ids;
    for (const auto &r : job->records)
        ids << r.gateway;
    readGateways(ids, this, [this, job](QHash<QString, Result<GatewayState>> states) {
        QStringList mismatches;
        for (auto &rec : job->records) {
            const auto r = states.value(rec.gateway, Error{QStringLiteral("routing.gateway"), QString()});
            if (!r)
                return fail(job, Error{QStringLiteral("routing.verify"), tr("read-back of %1 failed: %2").arg(rec.gateway, r.error().message)});
            rec.after = *r;
            remember(*r);
            const GatewayChange missing = rec.applied.remainingOn(*r);
            if (!missing.isEmpty())
                mismatches << tr("%1 still differs: %2").arg(rec.gateway, missing.describe().join(QStringLiteral("; ")));
        }
        if (!mismatches.isEmpty())
            return fail(job, Error{QStringLiteral("routing.verify"), tr("read-back does not match: %1").arg(mismatches.join(QStringLiteral("; ")))});
        runHook(job, 0);
    });
}

void RoutingController::runHook(std::shared_ptr<Job> job, int index)
{
    if (!m_verifyHook || index >= job->records.size()) {
        job->outcome.ok = true;
        job->outcome.message = job->outcome.changed
            ? tr("%1 applied and verified").arg(job->outcome.name)
            : tr("%1 was already in place; nothing changed").arg(job->outcome.name);
        finish(job);
        return;
    }
    const GatewayRecord rec = job->records[index];
    m_verifyHook(rec.gateway, rec.after, [this, job, index, gw = rec.gateway](const Status &s) {
        QMetaObject::invokeMethod(this, [this, job, index, s, gw] {
            if (!s)
                return fail(job, Error{QStringLiteral("routing.verify"), tr("verification through %1 failed: %2").arg(gw, s.error().message)});
            runHook(job, index + 1);
        }, Qt::QueuedConnection);
    });
}

void RoutingController::fail(std::shared_ptr<Job> job, const Error &error)
{
    job->outcome.ok = false;
    job->outcome.message = error.message;
    qCWarning(lcRouting).noquote() << job->action << job->outcome.id << "failed:" << error.message;
    if (job->applied == 0 || job->action == QLatin1String("rollback")) {
        // Nothing was written (or a rollback itself failed: leave the gateway for the operator).
        job->outcome.canRollBack = false;
        if (job->action == QLatin1String("apply") && job->applied == 0)
            job->outcome.changed = false;
        finish(job);
        return;
    }
    if (!job->autoRollback) {
        job->outcome.canRollBack = true;
        finish(job);
        return;
    }
    restore(job, job->applied - 1, [this, job](const Status &s) {
        if (s) {
            job->outcome.rolledBack = true;
            job->outcome.message += QLatin1Char(' ') + tr("Rolled back to the previous state.");
        } else {
            job->outcome.canRollBack = true;
            job->outcome.message += QLatin1Char(' ') + tr("Automatic rollback failed: %1").arg(s.error().message);
        }
        finish(job);
    });
}

// Restores records [0..index] in reverse order to their `before` state.
void RoutingController::restore(std::shared_ptr<Job> job, int index, std::function<void(Status)> done)
{
    if (index < 0) {
        done(Ok{});
        return;
    }
    const GatewayRecord rec = job->records[index];
    gateways::GatewayAdapter *a = adapter(rec.gateway);
    a->readState(this, [this, job, index, rec, a, done](const Result<GatewayState> &current) {
        if (!current)
            return done(current.error());
        GatewayChange back = rec.applied.restoring(rec.before).remainingOn(*current);
        back.baseVersion = current->version;
        if (back.isEmpty()) {
            restore(job, index - 1, done);
            return;
        }
        a->apply(back, this, [this, job, index, rec, a, back, done](const Status &s) {
            if (!s)
                return done(s);
            a->verify(back, this, [this, job, index, done](const Result<GatewayState> &v) {
                if (!v)
                    return done(v.error());
                remember(*v);
                job->records[index].after = *v;
                restore(job, index - 1, done);
            });
        });
    });
}

void RoutingController::rollback(const ApplyOutcome &outcome, const QString &reason, QObject *context, OutcomeCallback done)
{
    auto job = std::make_shared<Job>();
    job->action = QStringLiteral("rollback");
    job->reason = reason.trimmed();
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    job->timer.start();
    job->outcome.action = job->action;
    job->outcome.kind = outcome.kind;
    job->outcome.id = outcome.id;
    job->outcome.name = outcome.name;
    QStringList gws;
    for (const auto &r : outcome.records)
        gws << r.gateway;
    const QString target = gws.join(QStringLiteral(","));
    if (!canWrite() || job->reason.isEmpty()) {
        const Error e = !canWrite()
            ? Error{QStringLiteral("routing.forbidden"), tr("the %1 role cannot change routing").arg(config::roleKey(m_role))}
            : Error{QStringLiteral("routing.reason"), tr("a reason is required for every routing change")};
        if (!canWrite())
            audit(QStringLiteral("rollback refused"), target, reason, QJsonObject{{QStringLiteral("host"), m_host}}, QStringLiteral("refused: ") + e.code, {});
        QTimer::singleShot(0, this, [d = job->done, e] { d(e); });
        return;
    }
    if (m_busy) {
        QTimer::singleShot(0, this, [d = job->done] {
            d(Error{QStringLiteral("routing.busy"), tr("another routing action is still running")});
        });
        return;
    }
    job->records = outcome.records;
    job->applied = int(job->records.size());
    job->outcome.changed = true;
    setBusy(true);
    restore(job, job->applied - 1, [this, job](const Status &s) {
        job->outcome.ok = bool(s);
        job->outcome.rolledBack = bool(s);
        job->outcome.message = s ? tr("%1 rolled back to the previous state").arg(job->outcome.name)
                                 : tr("rollback of %1 failed: %2").arg(job->outcome.name, s.error().message);
        finish(job);
    });
}

void RoutingController::finish(std::shared_ptr<Job> job)
{
    job->outcome.records = job->records;
    job->outcome.durationMs = job->timer.elapsed();
    QStringList gws, diff;
    QJsonArray changes;
    for (const auto &r : job->records) {
        gws << r.gateway;
        changes.append(QJsonObject{{QStringLiteral("gateway"), r.gateway}, {QStringLiteral("change"), r.applied.toJson()}});
        if (!r.after.gateway.isEmpty())
            for (const QString &line : r.after.diffFrom(r.before))
                diff << r.gateway + QStringLiteral(": ") + line;
    }
    if (gws.isEmpty())
        for (const auto &g : job->preview.gateways)
            gws << g.gateway;
    QJsonObject details{
        {QStringLiteral("kind"), job->outcome.kind},
        {QStringLiteral("policy"), job->outcome.id},
        {QStringLiteral("host"), m_host},
        {QStringLiteral("duration_ms"), double(job->outcome.durationMs)},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("before"), statesJson(job->records, false)},
        {QStringLiteral("after"), statesJson(job->records, true)},
        {QStringLiteral("diff"), QJsonArray::fromStringList(diff)},
        {QStringLiteral("message"), job->outcome.message},
    };
    if (job->action == QLatin1String("apply")) {
        details.insert(QStringLiteral("apps_moved"), QJsonArray::fromStringList(job->preview.appsMoved));
        details.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(job->preview.warnings));
    }
    QString result = job->outcome.ok ? (job->outcome.changed ? QStringLiteral("ok") : QStringLiteral("ok: no change"))
                                     : (job->outcome.rolledBack ? QStringLiteral("failed: rolled back") : QStringLiteral("failed"));
    const QString action = job->action + QLatin1Char(' ') + job->outcome.kind + QLatin1Char(' ') + job->outcome.id;
    if (job->outcome.ok)
        qCInfo(lcRouting).noquote() << action << result << "in" << job->outcome.durationMs << "ms";
    audit(action, gws.join(QStringLiteral(",")), job->reason, details, result, [this, job](qint64 id) {
        job->outcome.auditId = id;
        if (id == 0) // the gateway change stands; the missing record must not go unnoticed
            job->outcome.message += QLatin1Char(' ') + tr("This action could not be written to the audit log (see the log).");
        setBusy(false);
        emit actionFinished(job->outcome);
        if (!job->hasContext || job->context)
            job->done(job->outcome);
    });
}

void RoutingController::audit(const QString &action, const QString &target, const QString &reason, const QJsonObject &detailsIn,
                              const QString &result, std::function<void(qint64)> done)
{
    QJsonObject details = detailsIn;
    details.insert(QStringLiteral("host"), m_host);
    store::AuditEvent e;
    e.tsMs = wf::clock::nowMs();
    e.actor = m_user;
    e.role = config::roleKey(m_role);
    e.action = action;
    e.target = target;
    e.reason = reason;
    e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    e.result = result;
    if (!m_store || !m_store->isOpen()) {
        qCWarning(lcRouting).noquote() << "audit log unavailable; not recorded:" << action << result;
        if (done)
            QTimer::singleShot(0, this, [done] { done(0); });
        return;
    }
    m_store->run<Result<store::AuditEvent>>(this, [e](store::Database &db) { return store::Store::appendAudit(db, e); },
        [this, done, action](Result<store::AuditEvent> r) {
            if (!r) {
                qCWarning(lcRouting).noquote() << "audit write failed for" << action << ":" << r.error().message;
                if (done)
                    done(0);
                return;
            }
            emit audited(*r);
            if (done)
                done(r->id);
        });
}

void RoutingController::refresh()
{
    const QStringList ids = m_adapters.keys();
    const quint64 seq = m_actionSeq;
    readGateways(ids, this, [this, seq](QHash<QString, Result<GatewayState>> states) {
        // An action started or finished while this read was on its way: what it read may
        // predate that action, so it is neither drift nor the current state.
        if (seq != m_actionSeq)
            return;
        for (auto it = states.begin(); it != states.end(); ++it) {
            if (!it.value())
                continue;
            const GatewayState &now = *it.value();
            const auto known = m_known.constFind(it.key());
            // While our own action runs, differences are ours, not drift.
            if (known != m_known.constEnd() && !m_busy && !now.sameRouting(*known)) {
                const QStringList diff = now.diffFrom(*known);
                qCWarning(lcRouting).noquote() << "external change on" << it.key() << ":" << diff.join(QStringLiteral("; "));
                emit externalChange(it.key(), diff);
                audit(QStringLiteral("external change"), it.key(), QString(),
                      QJsonObject{{QStringLiteral("diff"), QJsonArray::fromStringList(diff)},
                                  {QStringLiteral("before"), known->toJson()},
                                  {QStringLiteral("after"), now.toJson()}},
                      QStringLiteral("detected"), {});
            }
            remember(now);
        }
    });
}

void RoutingController::setDriftInterval(int ms)
{
    if (ms <= 0) {
        m_driftTimer.stop();
        return;
    }
    m_driftTimer.start(ms);
}

} // namespace wf::routing
