#include "simhttpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace wf::sim {

namespace {
constexpr int kMaxHeaderBytes = 64 * 1024;
constexpr int kMaxBodyBytes = 4 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 501: return "Not Implemented";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 529: return "Site Overloaded";
    default: return status < 400 ? "OK" : "Error";
    }
}
} // namespace

QByteArray SimRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

SimReply SimReply::json(int status, const QByteArray &body)
{
    SimReply r;
    r.status = status;
    r.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    r.body = body;
    return r;
}

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &SimHttpServer::onNewConnection);
}

SimHttpServer::~SimHttpServer()
{
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it)
        it.key()->disconnect(this);
}

bool SimHttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void SimHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { process(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void SimHttpServer::process(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    if (it->busy)
        return;
    const int headerEnd = int(it->buffer.indexOf("\r\n\r\n"));
    if (headerEnd < 0) {
        if (it->buffer.size() > kMaxHeaderBytes)
            write(socket, SimReply::json(400, "{\"error\":\"header too large\"}"), true);
        return;
    }
    SimRequest req;
    req.localPort = socket->localPort();
    const QList<QByteArray> lines = it->buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        write(socket, SimReply::json(400, "{\"error\":\"malformed request line\"}"), true);
        return;
    }
    req.method = requestLine[0];
    req.target = requestLine[1];
    const int q = int(req.target.indexOf('?'));
    req.path = q < 0 ? req.target : req.target.left(q);
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const int colon = int(line.indexOf(':'));
        if (colon > 0)
            req.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    qint64 consumed = 0;
    const bool wantsContinue = req.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0
        && it->buffer.size() == headerEnd + 4;
    if (!req.header("Transfer-Encoding").isEmpty()) {
        if (req.header("Transfer-Encoding").compare("chunked", Qt::CaseInsensitive) != 0) {
            write(socket, SimReply::json(501, "{\"error\":\"unsupported Transfer-Encoding\"}"), true);
            return;
        }
        // Chunked body: size lines, data, a zero chunk and optional trailers.
        qint64 pos = headerEnd + 4;
        QByteArray body;
        for (;;) {
            const qint64 eol = it->buffer.indexOf("\r\n", pos);
            if (eol < 0) {
                if (wantsContinue)
                    socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                return; // wait for more
            }
            bool okSize = false;
            const qint64 size = it->buffer.mid(pos, eol - pos).split(';').value(0).trimmed().toLongLong(&okSize, 16);
            if (!okSize || size < 0 || body.size() + size > kMaxBodyBytes) {
                write(socket, SimReply::json(400, "{\"error\":\"bad chunk\"}"), true);
                return;
            }
            if (size == 0) {
                const qint64 end = it->buffer.indexOf("\r\n\r\n", eol);
                if (end < 0 && it->buffer.mid(eol, 4) != "\r\n\r\n")
                    return;
                consumed = (end < 0 ? eol : end) + 4;
                break;
            }
            if (it->buffer.size() < eol + 2 + size + 2)
                return;
            body += it->buffer.mid(eol + 2, size);
            pos = eol + 2 + size + 2;
        }
        req.body = body;
    } else {
        bool ok = true;
        const QByteArray lengthHeader = req.header("Content-Length");
        const qint64 length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&ok);
        if (!ok || length < 0 || length > kMaxBodyBytes) {
            write(socket, SimReply::json(413, "{\"error\":\"bad or too large Content-Length\"}"), true);
            return;
        }
        if (it->buffer.size() < headerEnd + 4 + length) {
            if (wantsContinue)
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            return;
        }
        req.body = it->buffer.mid(headerEnd + 4, length);
        consumed = headerEnd + 4 + length;
    }
    it->buffer.remove(0, consumed);
    const bool close = req.header("Connection").compare("close", Qt::CaseInsensitive) == 0
        || requestLine[2] == "HTTP/1.0";

    const bool head = req.method == "HEAD";
    SimReply reply = m_handler(req);
    if (reply.delayMs <= 0) {
        write(socket, reply, close, head);
        if (!close && !m_connections.value(socket).buffer.isEmpty())
            process(socket);
        return;
    }
    it->busy = true;
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(reply.delayMs, this, [this, guard, reply, close, head] {
        if (!guard || !m_connections.contains(guard))
            return;
        m_connections[guard].busy = false;
        write(guard, reply, close, head);
        if (!close && !m_connections.value(guard).buffer.isEmpty())
            process(guard);
    });
}

void SimHttpServer::write(QTcpSocket *socket, const SimReply &reply, bool close, bool head)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto &h : reply.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.status == 304 ? 0 : reply.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (reply.status != 304 && !head)
        out += reply.body;
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

} // namespace wf::sim
