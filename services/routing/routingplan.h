#pragma once

#include "gateways/gatewaystate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wf::routing {

// One gateway inside a preview or an applied action.
struct GatewayPlan
{
    QString gateway;
    QString kind;                    // haproxy | caddy | litellm
    gateways::GatewayState before;   // as read for the preview
    gateways::GatewayChange change;  // everything the policy asks of this gateway
    gateways::GatewayChange remaining; // the part not yet in place (what apply sends)
    gateways::GatewayState after;    // predicted state
    QStringList diff;                // after vs before, one line each
    QString readError;               // the gateway could not be read; nothing can be applied
};

// What an operator sees before confirming: per-gateway diff, blast radius, fallback health and
// warnings. A value: the UI can hold it while the operator types a reason.
struct RoutingPreview
{
    QString kind;                    // policy | runbook
    QString id;
    QString name;
    QStringList policyIds;           // in application order
    QList<GatewayPlan> gateways;
    QStringList appsMoved;           // app names whose traffic moves
    QStringList customersMoved;
    QString target;                  // provider that loses traffic (typed for destructive actions)
    QString fallbackProvider;
    QString fallbackHealth;          // HealthState key, or "unknown"
    QStringList warnings;
    bool destructive = false;        // all traffic off a provider, or a backend left without servers
    QString confirmedTarget;         // what the operator typed; apply() refuses a destructive
                                     // preview unless it equals `target`
    qint64 createdAtMs = 0;

    bool readable() const;           // every gateway was read
    bool isNoop() const;             // nothing left to change anywhere
    QStringList diffLines() const;   // "gateway: line" for all gateways
};

// One gateway's part of an applied (or attempted) action: enough to restore it exactly.
struct GatewayRecord
{
    QString gateway;
    gateways::GatewayState before;
    gateways::GatewayChange applied;
    gateways::GatewayState after;    // read back
};

struct ApplyOutcome
{
    QString action;                  // apply | rollback
    QString kind;                    // policy | runbook
    QString id;
    QString name;
    bool ok = false;
    bool changed = false;            // something was written to a gateway
    bool rolledBack = false;
    bool canRollBack = false;        // failed after writing: a rollback is offered
    QString message;
    QList<GatewayRecord> records;
    qint64 durationMs = 0;
    qint64 auditId = 0;
};

} // namespace wf::routing
