#pragma once

#include "gateways/gatewayadapter.h"
#include "gateways/haproxyruntime.h"

namespace wf::gateways {

// HAProxy through its runtime API (stats socket with `level admin`): reads `show servers state`
// plus `show stat` (for check results), changes with `set server be/srv state|weight`.
class HaproxyAdapter : public GatewayAdapter
{
    Q_OBJECT
public:
    HaproxyAdapter(QString gatewayId, QString runtimeAddress, QObject *parent = nullptr);

    QString kind() const override { return QStringLiteral("haproxy"); }
    Capabilities capabilities() const override;
    void readState(QObject *context, StateCallback done) override;
    void apply(const GatewayChange &change, QObject *context, StatusCallback done) override;

    HaproxyRuntime *runtime() { return &m_runtime; }

    // Parsers, public for tests. `stat` may be empty (health stays unknown).
    static Result<GatewayState> parseServersState(const QByteArray &serversState, const QByteArray &stat);
    // admin_state bit mask -> ready | drain | maint
    static QString adminFromMask(int mask);

private:
    void runCommands(QList<QByteArray> commands, int index, QObject *context, StatusCallback done);

    HaproxyRuntime m_runtime;
};

} // namespace wf::gateways
