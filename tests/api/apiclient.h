// A small synchronous HTTP client for the API tests: one QNetworkAccessManager, and a
// send() that spins a local event loop until the reply finishes (or a timeout passes).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>

#include <utility>

namespace wf::apitest {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

struct Reply
{
    int status = 0; // 0: no HTTP answer (see networkError)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString networkError;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    QJsonObject json() const; // the body as an object ({} if it is not one)
    bool isJsonObject() const;
    QString errorCode() const; // Graph error: error.code
    QString errorMessage() const; // Graph error: error.message
    // "HTTP 400: {...}" for failure messages.
    QByteArray describe() const;
};

class Client
{
public:
    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    const QString &baseUrl() const { return m_baseUrl; }

    // `pathOrUrl` is either an absolute URL (an @odata.nextLink, used verbatim) or a path
    // with an already encoded query, appended to the base URL.
    Reply send(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body = {},
        const Headers &headers = {});

private:
    QNetworkAccessManager m_nam;
    QString m_baseUrl;
};

// "?k1=v1&k2=v2" with every key and value percent-encoded.
QString encodeQuery(const QList<std::pair<QString, QString>> &items);

// The Authorization header for a bearer token.
Headers bearer(const QString &token);

// A JSON object as compact text, for request bodies.
QByteArray json(const QJsonObject &o);

// Fails the running test unless `r` is a JSON Graph error {"error":{"code","message",
// "innerError":{"request-id",...}}} with this status and code (use it inside CALL).
void expectGraphError(const Reply &r, int status, const QString &code);

} // namespace wf::apitest

// Runs a helper that may fail with QVERIFY/QCOMPARE, and leaves the test if it did.
#define CALL(expr)                                                                                 \
    do {                                                                                           \
        expr;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)
