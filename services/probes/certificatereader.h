#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace wf::probes {

// What a TLS handshake told about the peer's certificate. libcurl does not hand out the
// certificate through our HTTP client, so expiry is read with a separate QSslSocket handshake.
struct CertificateInfo
{
    enum class Failure { None, Dns, Connect, Timeout, Handshake };
    Failure failure = Failure::None;
    QString error;
    QDateTime expiry;          // of the leaf certificate
    QString subject;
    QStringList verifyErrors;  // empty when the chain is trusted for the host name
    double elapsedMs = -1;     // connect + handshake
};

class CertificateReader
{
public:
    // Connects to host:port, completes a handshake (recording, not failing on, verification errors)
    // and reports the leaf certificate. `done` runs later on the caller's thread unless `context`
    // is gone.
    static void read(const QString &host, quint16 port, int timeoutMs, QObject *context, std::function<void(CertificateInfo)> done);
};

} // namespace wf::probes
