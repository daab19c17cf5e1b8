// The synchronous test client.
#include "apiclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>
#include <QUrl>

namespace wf::apitest {

namespace {
constexpr int kTimeoutMs = 60000;
}

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool Reply::isJsonObject() const
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    return e.error == QJsonParseError::NoError && doc.isObject();
}

QString Reply::errorCode() const
{
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QString Reply::errorMessage() const
{
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

QByteArray Reply::describe() const
{
    QByteArray out = "HTTP " + QByteArray::number(status);
    if (!networkError.isEmpty())
        out += " (" + networkError.toUtf8() + ')';
    out += ": " + body.left(600);
    return out;
}

Reply Client::send(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body,
    const Headers &headers)
{
    const QString url
        = pathOrUrl.startsWith(QLatin1StringView("http")) ? pathOrUrl : m_baseUrl + pathOrUrl;
    QNetworkRequest request {QUrl(url, QUrl::StrictMode)};
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    bool hasContentType = false;
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !hasContentType)
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(kTimeoutMs);
    if (!reply->isFinished())
        loop.exec();

    Reply r;
    if (!reply->isFinished()) {
        reply->abort();
        r.networkError = QStringLiteral("no reply within %1 ms").arg(kTimeoutMs);
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (r.status == 0 && r.networkError.isEmpty())
        r.networkError = reply->errorString();
    r.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    delete reply;
    return r;
}

QString encodeQuery(const QList<std::pair<QString, QString>> &items)
{
    QString out;
    for (const auto &[key, value] : items) {
        out += out.isEmpty() ? u'?' : u'&';
        out += QString::fromLatin1(
            QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    }
    return out;
}

Headers bearer(const QString &token)
{
    return {{QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()}};
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void expectGraphError(const Reply &r, int status, const QString &code)
{
    QVERIFY2(r.status == status, r.describe().constData());
    QVERIFY2(r.header("content-type").startsWith("application/json"),
        r.header("content-type").constData());
    QVERIFY2(!r.body.trimmed().startsWith('<'), "an HTML error page");
    QVERIFY2(r.isJsonObject(), r.describe().constData());
    const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(u"code").toString(), code);
    QVERIFY2(!error.value(u"message").toString().isEmpty(), r.describe().constData());
    QVERIFY2(error.value(u"innerError").isObject(), r.describe().constData());
    QVERIFY(!error.value(u"innerError").toObject().value(u"request-id").toString().isEmpty());
    QCOMPARE(error.value(u"innerError").toObject().value(u"request-id").toString(),
        QString::fromLatin1(r.header("request-id")));
}

} // namespace wf::apitest
