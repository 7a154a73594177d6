#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace wf::sim {

struct SimRequest
{
    QByteArray method;
    QByteArray target;   // path with query
    QByteArray path;     // without query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    quint16 localPort = 0;

    QByteArray header(QByteArrayView name) const;
};

struct SimReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;     // wall-clock delay before the reply is written

    static SimReply json(int status, const QByteArray &body);
};

// A small HTTP/1.1 server on 127.0.0.1 (keep-alive, Content-Length bodies, delayed replies).
// Replies on one connection go out in request order. Lives on the thread it was created on.
class SimHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<SimReply(const SimRequest &)>;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);
    ~SimHttpServer() override;

    bool listen(quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false; // a reply is pending (delayed); later requests wait
    };

    void onNewConnection();
    void process(QTcpSocket *socket);
    void write(QTcpSocket *socket, const SimReply &reply, bool close, bool head = false);

    Handler m_handler;
    QTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_connections;
};

} // namespace wf::sim
