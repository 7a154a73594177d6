#include "haproxyruntime.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLocalSocket>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace wf::gateways {

namespace {

// State of one command exchange; deleted when the socket is.
struct Exchange
{
    QByteArray reply;
    bool finished = false;
};
} // namespace

HaproxyRuntime::HaproxyRuntime(QString address, QObject *parent)
    : QObject(parent)
    , m_address(std::move(address))
{
}

void HaproxyRuntime::send(const QByteArray &command, QObject *context, Callback done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto ex = std::make_shared<Exchange>();
    const QString address = m_address;

    // Finishes exactly once and hands the result back through the event loop.
    auto finish = [this, ex, guard, hasContext, done](QIODevice *socket, const Result<QByteArray> &result) {
        if (ex->finished)
            return;
        ex->finished = true;
        socket->disconnect(this);
        socket->deleteLater();
        QTimer::singleShot(0, this, [guard, hasContext, done, result] {
            if (hasContext && !guard)
                return;
            done(result);
        });
    };

    const bool isUnix = address.startsWith(QLatin1String("unix:")) || address.startsWith(QLatin1Char('/'));
    QIODevice *device = nullptr;
    if (isUnix) {
        auto *s = new QLocalSocket(this);
        device = s;
        connect(s, &QLocalSocket::connected, this, [s, command] { s->write(command + '\n'); });
        connect(s, &QLocalSocket::readyRead, this, [s, ex] { ex->reply += s->readAll(); });
        connect(s, &QLocalSocket::disconnected, this, [s, ex, finish] {
            ex->reply += s->readAll();
            finish(s, ex->reply);
        });
        connect(s, &QLocalSocket::errorOccurred, this, [s, ex, finish, address](QLocalSocket::LocalSocketError e) {
            if (e == QLocalSocket::PeerClosedError) {
                ex->reply += s->readAll();
                finish(s, ex->reply);
                return;
            }
            finish(s, Error{QStringLiteral("gateway.unreachable"),
                            tr("HAProxy runtime API at %1: %2").arg(address, s->errorString())});
        });
        const QString path = address.startsWith(QLatin1String("unix:")) ? address.mid(5) : address;
        s->connectToServer(path);
    } else {
        const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
        const QString host = address.left(colon);
        const quint16 port = quint16(address.mid(colon + 1).toUInt());
        auto *s = new QTcpSocket(this);
        device = s;
        connect(s, &QTcpSocket::connected, this, [s, command] { s->write(command + '\n'); });
        connect(s, &QTcpSocket::readyRead, this, [s, ex] { ex->reply += s->readAll(); });
        connect(s, &QTcpSocket::disconnected, this, [s, ex, finish] {
            ex->reply += s->readAll();
            finish(s, ex->reply);
        });
        connect(s, &QTcpSocket::errorOccurred, this, [s, ex, finish, address](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::RemoteHostClosedError) {
                ex->reply += s->readAll();
                finish(s, ex->reply);
                return;
            }
            finish(s, Error{QStringLiteral("gateway.unreachable"),
                            tr("HAProxy runtime API at %1: %2").arg(address, s->errorString())});
        });
        if (colon <= 0 || port == 0) {
            finish(s, Error{QStringLiteral("gateway.unreachable"), tr("bad HAProxy runtime address \"%1\"").arg(address)});
            return;
        }
        s->connectToHost(host, port);
    }
    QPointer<QIODevice> dev(device);
    QTimer::singleShot(m_timeoutMs, this, [dev, finish, address, ms = m_timeoutMs] {
        if (dev)
            finish(dev, Error{QStringLiteral("gateway.unreachable"),
                              tr("HAProxy runtime API at %1 did not answer within %2 ms").arg(address).arg(ms)});
    });
    qCDebug(lcGateways).noquote() << "haproxy" << address << "<-" << QString::fromUtf8(command);
}

} // namespace wf::gateways
