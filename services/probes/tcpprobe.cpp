#include "tcpprobe.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace wf::probes {

void TcpProbe::run(QObject *context, std::function<void(ProbeResult)> done)
{
    auto *socket = new QTcpSocket;
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto finished = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    const ProbeResult base = start();
    const QString target = QStringLiteral("%1:%2").arg(config().host).arg(config().port);
    auto finish = [socket, clock, finished, guard, done, base](Outcome outcome, const QString &detail) {
        if (*finished)
            return;
        *finished = true;
        ProbeResult r = base;
        r.outcome = outcome;
        r.state = outcomeState(outcome);
        r.detail = detail;
        if (outcome == Outcome::Ok)
            r.latencyMs = double(clock->nsecsElapsed()) / 1e6;
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        if (guard && done)
            done(r);
    };
    QObject::connect(socket, &QTcpSocket::connected, socket, [finish, target] {
        finish(Outcome::Ok, tr("connected to %1").arg(target));
    });
    QObject::connect(socket, &QTcpSocket::errorOccurred, socket, [socket, finish](QAbstractSocket::SocketError e) {
        finish(e == QAbstractSocket::HostNotFoundError ? Outcome::Dns : Outcome::Connection, socket->errorString());
    });
    QObject::connect(timer, &QTimer::timeout, socket, [finish, target] {
        finish(Outcome::Timeout, tr("no connection to %1 within the timeout").arg(target));
    });
    timer->start(config().timeoutMs);
    socket->connectToHost(config().host, quint16(config().port));
}

} // namespace wf::probes
