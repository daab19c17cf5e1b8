// A raw HTTP/1.1 peer on loopback for the few tests that need a server ours never is: a
// broken proxy, a hung service, a foreign Graph-like service that orders or breaks its pages
// differently. Not a stand-in for our server. It answers each request by its target (path
// and query, as in the request line) from a table, or with a fallback answer; it can hold
// the tail of an answer back until told; it keeps every request it was sent.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>

#include <utility>

namespace wf::testsupport {

// A whole HTTP/1.1 answer that closes the connection.
inline QByteArray httpAnswer(
    const char *statusLine, const QByteArray &body, const char *type = "application/json")
{
    return "HTTP/1.1 " + QByteArray(statusLine) + "\r\nContent-Type: " + type
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
        + body;
}

class RawPeer : public QObject
{
public:
    // `fallback`: the answer to a request no route names; empty: such a request is never
    // answered (the client's transfer timeout has to end it).
    explicit RawPeer(QByteArray fallback = {})
        : m_fallback(std::move(fallback))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, [this, s] {
                    // A client that gave up: nothing held or half read stays for it.
                    m_buffers.remove(s);
                    m_held.removeIf([s](const auto &held) { return held.first == s; });
                    s->deleteLater();
                });
                connect(s, &QTcpSocket::readyRead, s, [this, s] { read(s); });
            }
        });
    }
    ~RawPeer() override
    {
        // The server's sockets would go after the members their slots use: they go first.
        for (QTcpSocket *s : m_server.findChildren<QTcpSocket *>()) {
            s->disconnect();
            delete s;
        }
    }

    QString base() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }

    // Answers requests for `target` ("/v1.0/security/alerts_v2?page=2") with `answer`; with
    // `holdAfter` >= 0 only its first `holdAfter` bytes go out until release().
    void route(const QByteArray &target, QByteArray answer, qsizetype holdAfter = -1)
    {
        m_routes.insert(target, {std::move(answer), holdAfter});
    }
    // Sends what was held back, and closes those connections.
    void release()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto &[socket, rest] : held) {
            if (!socket)
                continue;
            socket->write(rest);
            socket->disconnectFromHost();
        }
    }
    qsizetype heldCount() const { return m_held.size(); }

    QList<QByteArray> requests; // whole requests, in the order they came
    QList<QByteArray> targets; // their targets

private:
    struct Route
    {
        QByteArray answer;
        qsizetype holdAfter = -1;
    };

    void read(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray request = buffer;
        m_buffers.remove(s);
        const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
        const QByteArray target = requestLine.value(1);
        requests << request;
        targets << target;
        const auto route = m_routes.constFind(target);
        const Route r = route != m_routes.cend() ? *route : Route {m_fallback, -1};
        if (r.answer.isEmpty())
            return; // hung
        if (r.holdAfter >= 0 && r.holdAfter < r.answer.size()) {
            s->write(r.answer.left(r.holdAfter));
            m_held.append({s, r.answer.mid(r.holdAfter)});
            return;
        }
        s->write(r.answer);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_fallback;
    QHash<QByteArray, Route> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<std::pair<QPointer<QTcpSocket>, QByteArray>> m_held;
};

} // namespace wf::testsupport
