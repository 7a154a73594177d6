#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace wf::gateways {

// The HAProxy runtime API transport: one command per connection (unix socket or TCP), the reply
// is everything the server writes before it closes. Asynchronous on the Qt loop.
class HaproxyRuntime : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QByteArray> &)>;

    // address: "unix:/path/to/admin.sock", "/path/to/admin.sock" or "host:port".
    explicit HaproxyRuntime(QString address, QObject *parent = nullptr);

    QString address() const { return m_address; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Sends `command` (without newline). Calls back once, never synchronously.
    void send(const QByteArray &command, QObject *context, Callback done);

private:
    QString m_address;
    int m_timeoutMs = 5000;
};

} // namespace wf::gateways
