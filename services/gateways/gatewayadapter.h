#pragma once

#include "core/result.h"
#include "gateways/gatewaystate.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace wf::config { struct GatewayConfig; }
namespace wf::net { class HttpClient; }

namespace wf::gateways {

// What an adapter can do, for previews and for refusing impossible plans early.
struct Capabilities
{
    bool serverState = false;    // ready / drain / maint per server
    bool weights = false;        // per server / deployment weight
    bool upstreamLists = false;  // replace the ordered upstream list
    bool fallbacks = false;      // model-group fallbacks
    bool optimisticLocking = false; // a concurrent edit is detected and refused
    bool healthChecks = false;   // reports the gateway's own view of upstream health
    QString summary;             // one line for people
};

// One gateway's control plane. Asynchronous: every call returns at once and calls back on the
// thread the adapter lives in (never synchronously). Errors are values; codes used:
//   gateway.unreachable, gateway.protocol, gateway.rejected, gateway.conflict,
//   gateway.unsupported, gateway.auth, gateway.partial
class GatewayAdapter : public QObject
{
    Q_OBJECT
public:
    using StateCallback = std::function<void(const Result<GatewayState> &)>;
    using StatusCallback = std::function<void(const Status &)>;

    explicit GatewayAdapter(QString gatewayId, QObject *parent = nullptr);

    QString gatewayId() const { return m_gatewayId; }
    virtual QString kind() const = 0;
    virtual Capabilities capabilities() const = 0;

    // Reads the routing state. `context` guards the callback (dropped if it is destroyed).
    virtual void readState(QObject *context, StateCallback done) = 0;
    // Applies `change`. Parts already in place are still sent; callers that want idempotency
    // pass change.remainingOn(currentState).
    virtual void apply(const GatewayChange &change, QObject *context, StatusCallback done) = 0;
    // Reads back and checks that `change` is in place; fails with gateway.verify otherwise.
    void verify(const GatewayChange &change, QObject *context, StateCallback done);

    // Refuses parts of `change` this adapter cannot do, with a message naming them.
    Status checkSupported(const GatewayChange &change) const;

    // Write requests sent so far (reads not counted); lets tests and the UI prove nothing was sent.
    int writeCount() const { return m_writes; }

    // Builds the adapter for a configured gateway (haproxy | caddy | litellm).
    static Result<std::shared_ptr<GatewayAdapter>> create(const config::GatewayConfig &config, net::HttpClient *http);

signals:
    void stateRead(const wf::gateways::GatewayState &state);
    void failed(const QString &message);

protected:
    // Defers a callback to the event loop (adapters never call back synchronously).
    void later(QObject *context, std::function<void()> fn);
    void countWrite() { ++m_writes; }

private:
    QString m_gatewayId;
    int m_writes = 0;
};

} // namespace wf::gateways
