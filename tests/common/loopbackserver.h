#pragma once

// A small, real HTTP/1.1 server on 127.0.0.1 for tests: scripted status, headers, body, delays,
// chunked bodies with trailers, slow drips. Runs on the test's event loop (no threads).

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace wf::test {

struct HttpRequest
{
    QByteArray method;
    QByteArray path;   // with query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

struct HttpReply
{
    int status = 200;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;                // before anything is sent
    bool chunked = false;
    QList<QPair<QByteArray, QByteArray>> trailers; // with chunked
    int dripBytesPerTick = 0;       // > 0: send the body slowly, this many bytes every 50 ms
    bool closeWithoutReply = false; // accept, then drop the connection

    static HttpReply json(const QByteArray &body, int status = 200)
    {
        HttpReply r;
        r.status = status;
        r.headers = {{"Content-Type", "application/json"}};
        r.body = body;
        return r;
    }
};

class LoopbackServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpReply(const HttpRequest &)>;

    explicit LoopbackServer(Handler handler = {}, QObject *parent = nullptr)
        : QObject(parent), m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::newConnection, this, &LoopbackServer::onConnection);
    }

    ~LoopbackServer() override
    {
        for (QTcpSocket *s : m_conns.keys())
            s->disconnect(this);
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
    }
    void setHandler(Handler h) { m_handler = std::move(h); }
    int requestCount() const { return m_requests; }
    QList<HttpRequest> requests() const { return m_log; }
    int connectionCount() const { return m_connections; }

private:
    struct Conn
    {
        QByteArray buffer;
        bool busy = false;
    };

    void onConnection()
    {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            ++m_connections;
            m_conns.insert(s, Conn{});
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            connect(s, &QTcpSocket::disconnected, this, [this, s] {
                m_conns.remove(s);
                s->deleteLater();
            });
        }
    }

    void onData(QTcpSocket *s)
    {
        auto it = m_conns.find(s);
        if (it == m_conns.end())
            return;
        it->buffer += s->readAll();
        if (it->busy)
            return;
        const qsizetype end = it->buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        HttpRequest req;
        const QList<QByteArray> lines = it->buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.path = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype c = line.indexOf(':');
            if (c > 0)
                req.headers.append({line.left(c).trimmed(), line.mid(c + 1).trimmed()});
        }
        const qsizetype len = req.header("Content-Length").toLongLong();
        if (it->buffer.size() < end + 4 + len)
            return;
        req.body = it->buffer.mid(end + 4, len);
        it->buffer.remove(0, end + 4 + len);
        it->busy = true;
        ++m_requests;
        m_log.append(req);
        HttpReply reply = m_handler ? m_handler(req) : HttpReply::json("{}");
        const bool close = req.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
        QPointer<QTcpSocket> guard(s);
        auto send = [this, guard, reply, close] {
            if (guard)
                write(guard, reply, close);
        };
        if (reply.delayMs > 0)
            QTimer::singleShot(reply.delayMs, this, send);
        else
            send();
    }

    void write(QTcpSocket *s, const HttpReply &r, bool close)
    {
        if (r.closeWithoutReply) {
            s->abort();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + (r.reason.isEmpty() ? QByteArray("X") : r.reason) + "\r\n";
        bool hasType = false;
        for (const auto &h : r.headers) {
            head += h.first + ": " + h.second + "\r\n";
            hasType = hasType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
        }
        if (r.chunked) {
            head += "Transfer-Encoding: chunked\r\n";
            if (!r.trailers.isEmpty()) {
                QByteArrayList names;
                for (const auto &t : r.trailers)
                    names << t.first;
                head += "Trailer: " + names.join(", ") + "\r\n";
            }
        } else if (r.status != 304 && r.status != 204) {
            head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        }
        if (close)
            head += "Connection: close\r\n";
        head += "\r\n";
        s->write(head);
        QByteArray payload;
        if (r.chunked) {
            if (!r.body.isEmpty())
                payload += QByteArray::number(r.body.size(), 16) + "\r\n" + r.body + "\r\n";
            payload += "0\r\n";
            for (const auto &t : r.trailers)
                payload += t.first + ": " + t.second + "\r\n";
            payload += "\r\n";
        } else if (r.status != 304 && r.status != 204) {
            payload = r.body;
        }
        auto finish = [this, s, close] {
            if (close)
                s->disconnectFromHost();
            else if (auto it = m_conns.find(s); it != m_conns.end()) {
                it->busy = false;
                if (!it->buffer.isEmpty())
                    QTimer::singleShot(0, this, [this, g = QPointer<QTcpSocket>(s)] { if (g) onData(g); });
            }
        };
        if (r.dripBytesPerTick > 0 && !payload.isEmpty()) {
            auto *timer = new QTimer(s);
            auto offset = std::make_shared<qsizetype>(0);
            connect(timer, &QTimer::timeout, s, [s, timer, payload, offset, step = r.dripBytesPerTick, finish] {
                s->write(payload.mid(*offset, step));
                *offset += step;
                if (*offset >= payload.size()) {
                    timer->stop();
                    timer->deleteLater();
                    finish();
                }
            });
            timer->start(50);
            return;
        }
        s->write(payload);
        finish();
    }

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, Conn> m_conns;
    QList<HttpRequest> m_log;
    int m_requests = 0;
    int m_connections = 0;
};

} // namespace wf::test
