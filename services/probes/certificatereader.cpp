#include "certificatereader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>

#include <memory>

namespace wf::probes {

void CertificateReader::read(const QString &host, quint16 port, int timeoutMs, QObject *context, std::function<void(CertificateInfo)> done)
{
    auto *socket = new QSslSocket;
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto info = std::make_shared<CertificateInfo>();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QPointer<QObject> guard(context);
    auto finished = std::make_shared<bool>(false);
    auto finish = [socket, info, clock, guard, done, finished](CertificateInfo::Failure failure, const QString &error) {
        if (*finished)
            return;
        *finished = true;
        info->failure = failure;
        if (info->error.isEmpty())
            info->error = error;
        info->elapsedMs = double(clock->nsecsElapsed()) / 1e6;
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        if (guard && done)
            done(*info);
    };
    socket->setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket->setPeerVerifyName(host);
    QObject::connect(socket, &QSslSocket::sslErrors, socket, [socket, info](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            info->verifyErrors << e.errorString();
        socket->ignoreSslErrors(); // we report them; the point here is to read the certificate
    });
    QObject::connect(socket, &QSslSocket::encrypted, socket, [socket, info, finish] {
        const QSslCertificate cert = socket->peerCertificate();
        info->expiry = cert.expiryDate();
        info->subject = cert.subjectDisplayName();
        finish(CertificateInfo::Failure::None, {});
    });
    QObject::connect(socket, &QSslSocket::errorOccurred, socket, [socket, finish](QAbstractSocket::SocketError e) {
        using F = CertificateInfo::Failure;
        F f = F::Handshake;
        if (e == QAbstractSocket::HostNotFoundError)
            f = F::Dns;
        else if (e == QAbstractSocket::ConnectionRefusedError || e == QAbstractSocket::NetworkError)
            f = F::Connect;
        else if (e == QAbstractSocket::RemoteHostClosedError && socket->mode() == QSslSocket::UnencryptedMode)
            f = F::Handshake;
        finish(f, socket->errorString());
    });
    QObject::connect(timer, &QTimer::timeout, socket, [finish] {
        finish(CertificateInfo::Failure::Timeout, QCoreApplication::translate("wf::probes::CertificateReader", "no TLS handshake within the timeout"));
    });
    timer->start(timeoutMs);
    socket->connectToHostEncrypted(host, port);
}

} // namespace wf::probes
