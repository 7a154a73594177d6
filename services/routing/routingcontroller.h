#pragma once

#include "config/config.h"
#include "core/healthstate.h"
#include "core/result.h"
#include "gateways/gatewayadapter.h"
#include "routing/routingplan.h"
#include "store/store.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace wf::net { class HttpClient; }

namespace wf::routing {

// Operator -> preview -> confirm -> apply -> read back + verify -> audit -> (rollback).
// Owns one adapter per configured gateway. Role checks live here, not in the UI: a viewer
// controller refuses every write before any request reaches a gateway.
class RoutingController : public QObject
{
    Q_OBJECT
public:
    using PreviewCallback = std::function<void(const Result<RoutingPreview> &)>;
    using OutcomeCallback = std::function<void(const Result<ApplyOutcome> &)>;
    // Extra verification after read-back, e.g. probes through the gateway. Called once per
    // touched gateway with its read-back state; must call `done` exactly once.
    using VerifyHook = std::function<void(const QString &gateway, const gateways::GatewayState &after, std::function<void(Status)> done)>;
    using HealthLookup = std::function<std::optional<HealthState>(const QString &provider)>;

    RoutingController(config::Config config, store::Store *store, net::HttpClient *http, QObject *parent = nullptr);
    ~RoutingController() override;

    const config::Config &config() const { return m_config; }
    config::Role role() const { return m_role; }
    void setRole(config::Role role) { m_role = role; }
    bool canWrite() const { return m_role != config::Role::Viewer; }

    QStringList gatewayIds() const;
    gateways::GatewayAdapter *adapter(const QString &gatewayId) const;
    // Replaces the adapter of a gateway (tests; adapters for gateways not in the config).
    void setAdapter(const QString &gatewayId, std::shared_ptr<gateways::GatewayAdapter> adapter);
    // Gateways whose adapter could not be built, with the reason.
    QHash<QString, QString> adapterErrors() const { return m_adapterErrors; }

    void setHealthLookup(HealthLookup lookup) { m_health = std::move(lookup); }
    void setVerificationHook(VerifyHook hook) { m_verifyHook = std::move(hook); }
    // Who is acting, as recorded in the audit log (defaults: OS user and host name).
    void setOperator(const QString &user, const QString &host);
    QString operatorUser() const { return m_user; }
    QString operatorHost() const { return m_host; }

    // Reads every gateway the policy/runbook touches and describes what would change.
    void preview(const QString &policyOrRunbookId, QObject *context, PreviewCallback done);
    // Applies a preview. Refused for the viewer role and without a reason. The gateways are
    // re-read first; if they changed since the preview the apply is refused (preview again).
    void apply(const RoutingPreview &preview, const QString &reason, QObject *context, OutcomeCallback done);
    // Restores every gateway of `outcome` to its exact state before that action.
    void rollback(const ApplyOutcome &outcome, const QString &reason, QObject *context, OutcomeCallback done);

    // Last state read from each gateway (by a refresh, preview or apply) and whether it is stale.
    std::optional<gateways::GatewayState> lastKnown(const QString &gatewayId) const;
    bool isStale(const QString &gatewayId) const { return m_stale.value(gatewayId, true); }
    QString lastError(const QString &gatewayId) const { return m_lastError.value(gatewayId); }
    bool isBusy() const { return m_busy; }

    // Reads every gateway now; differences from the last known state that Watchfloor did not
    // make are reported as external changes.
    void refresh();
    // Periodic refresh (drift detection); 0 stops it.
    void setDriftInterval(int ms);

signals:
    void gatewayStateChanged(const QString &gateway, const wf::gateways::GatewayState &state);
    void gatewayReadFailed(const QString &gateway, const QString &message);
    void externalChange(const QString &gateway, const QStringList &diff);
    void actionFinished(const wf::routing::ApplyOutcome &outcome);
    void audited(const wf::store::AuditEvent &event);
    void busyChanged(bool busy);

private:
    struct Job;

    Result<QList<GatewayPlan>> planFor(const QStringList &policyIds) const;
    void fillPreview(RoutingPreview &preview) const;
    void readGateways(const QStringList &ids, QObject *context,
                      std::function<void(QHash<QString, Result<gateways::GatewayState>>)> done);
    void applyNext(std::shared_ptr<Job> job, int index);
    void readBack(std::shared_ptr<Job> job);
    void runHook(std::shared_ptr<Job> job, int index);
    void fail(std::shared_ptr<Job> job, const Error &error);
    void restore(std::shared_ptr<Job> job, int index, std::function<void(Status)> done);
    void finish(std::shared_ptr<Job> job);
    void audit(const QString &action, const QString &target, const QString &reason, const QJsonObject &details,
               const QString &result, std::function<void(qint64)> done);
    void remember(const gateways::GatewayState &state);
    void setBusy(bool busy);

    config::Config m_config;
    store::Store *m_store;
    config::Role m_role;
    QHash<QString, std::shared_ptr<gateways::GatewayAdapter>> m_adapters;
    QHash<QString, QString> m_adapterErrors;
    QHash<QString, gateways::GatewayState> m_known;
    QHash<QString, bool> m_stale;
    QHash<QString, QString> m_lastError;
    HealthLookup m_health;
    VerifyHook m_verifyHook;
    QString m_user;
    QString m_host;
    QTimer m_driftTimer;
    bool m_busy = false;
    quint64 m_actionSeq = 0; // bumped when an action starts and ends (drift reads in between are void)
};

} // namespace wf::routing

Q_DECLARE_METATYPE(wf::routing::ApplyOutcome)
