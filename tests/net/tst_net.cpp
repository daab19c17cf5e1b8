// models/net against the real watchfloor-server, started in-process on loopback ports:
// sign-in (password, client credentials, device code with its approval page and refresh
// tokens), token cache, paging with an adapting $top, retries, throttling, cancellation and
// failures. A tiny raw TCP peer stands in for servers that misbehave in ways ours never does.
#include "net/graphclient.h"
#include "net/restgateway.h"
#include "net/tokenprovider.h"
#include "rawpeer.h"
#include "serverhost.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace wf;
using namespace wf::net;
using wf::testsupport::httpAnswer;
using wf::testsupport::RawPeer;
using namespace Qt::StringLiterals;

namespace {

const QString kGraph = QString::fromLatin1(GraphClient::kResource);
const QString kArm = u"https://management.azure.com"_s;
constexpr int kNetTimeoutMs = 20000;

#define CALL(expr)                                                                                 \
    do {                                                                                           \
        expr;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

// The claims of a JWT, unverified.
QJsonObject claimsOf(const QString &token)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
        .object();
}

// Every reply the gateway's QNetworkAccessManager finished, with its status.
struct RequestLog
{
    explicit RequestLog(QNetworkAccessManager *nam)
    {
        QObject::connect(nam, &QNetworkAccessManager::finished, nam, [this](QNetworkReply *r) {
            statuses << r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            urls << r->url();
        });
    }
    qsizetype count() const { return statuses.size(); }
    QList<int> statuses;
    QList<QUrl> urls;
};

// Records what one RestCall emits; disconnects when it goes out of scope.
struct CallSpy
{
    explicit CallSpy(RestCall *c)
        : call(c)
    {
        m_finished = QObject::connect(c, &RestCall::finished, [this](const RestResult &r) {
            ++finishedCount;
            result = r;
        });
        m_retrying = QObject::connect(
            c, &RestCall::retrying, [this](int attempt, int delayMs, const ApiError &why) {
                retries.append({attempt, delayMs, why});
            });
    }
    ~CallSpy()
    {
        QObject::disconnect(m_finished);
        QObject::disconnect(m_retrying);
    }
    bool done() const { return finishedCount > 0; }

    struct Retry
    {
        int attempt, delayMs;
        ApiError why;
    };
    QPointer<RestCall> call;
    int finishedCount = 0;
    RestResult result;
    QList<Retry> retries;

private:
    QMetaObject::Connection m_finished, m_retrying;
};

// Records what one Pager emits.
struct PagerSpy
{
    explicit PagerSpy(Pager *p)
        : pager(p)
    {
        m_page = QObject::connect(
            p, &Pager::page, [this](const QByteArray &body, const QJsonArray &items, qint64 total) {
                bodies << body;
                pageItems << items;
                totals << total;
            });
        m_finished = QObject::connect(p, &Pager::finished, [this](const ApiError &e, qint64 c) {
            ++finishedCount;
            error = e;
            count = c;
        });
    }
    ~PagerSpy()
    {
        QObject::disconnect(m_page);
        QObject::disconnect(m_finished);
    }
    bool done() const { return finishedCount > 0; }
    qsizetype parsedItems() const
    {
        qsizetype n = 0;
        for (const QJsonArray &a : pageItems)
            n += a.size();
        return n;
    }

    QPointer<Pager> pager;
    QList<QByteArray> bodies;
    QList<QJsonArray> pageItems;
    QList<qint64> totals;
    int finishedCount = 0;
    ApiError error;
    qint64 count = -2;

private:
    QMetaObject::Connection m_page, m_finished;
};

// A small demo tenant of its own, for tests that stop, restart or throttle their server.
struct SmallServer
{
    QTemporaryDir dir;
    server::ServerConfig config;
    server::ServerHost host;
    server::ServerInfo info;

    bool start(int throttlePerMinute = 0, QString *error = nullptr)
    {
        config.dbPath = dir.filePath(u"small.db"_s);
        config.demo = true;
        config.demoOptions.seed = 7;
        config.demoOptions.alerts = 40;
        config.demoOptions.days = 3;
        Timestamp::parse(u"2026-11-20T00:00:00Z", &config.demoOptions.end);
        config.throttlePerMinute = throttlePerMinute;
        QString e;
        const bool ok = host.start(config, error ? error : &e);
        info = host.info();
        return ok;
    }
};

// What one device code sign-in shows and how it ends.
struct SignInSpy
{
    explicit SignInSpy(TokenProvider *p)
        : tokens(p)
    {
        m_prompt = QObject::connect(p, &TokenProvider::deviceCodeReady,
            [this](const DeviceCodePrompt &prompt) { prompts << prompt; });
        m_pending = QObject::connect(
            p, &TokenProvider::signInPending, [this](int nextPollMs) { pending << nextPollMs; });
    }
    ~SignInSpy()
    {
        QObject::disconnect(m_prompt);
        QObject::disconnect(m_pending);
    }
    TokenProvider::Callback callback()
    {
        return [this](const QString &t, const ApiError &e) {
            ++calls;
            token = t;
            error = e;
        };
    }

    TokenProvider *tokens;
    QList<DeviceCodePrompt> prompts;
    QList<int> pending;
    int calls = 0;
    QString token;
    ApiError error;

private:
    QMetaObject::Connection m_prompt, m_pending;
};

// application/x-www-form-urlencoded, every value escaped (a '+' in a password stays one).
QByteArray formOf(const QList<std::pair<QByteArray, QString>> &fields)
{
    QByteArray form;
    for (const auto &[name, value] : fields) {
        if (!form.isEmpty())
            form += '&';
        form += name + '=' + QUrl::toPercentEncoding(value);
    }
    return form;
}

// Plays the person at the browser: fetches `url` (posting `form` if given) with a network
// manager of its own; the status, and the page in `body`.
int browse(const QUrl &url, const QByteArray &form = {}, QByteArray *body = nullptr)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> reply(
        form.isNull() ? nam.get(request) : nam.post(request, form));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(kNetTimeoutMs))
        return 0;
    if (body)
        *body = reply->readAll();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

class NetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void topLimitFromError();
    void retryAfterMs();
    void backoffMs();
    void sentences();

    void passwordSignIn();
    void tokenRequestsCoalesce();
    void clientCredentials();
    void wrongPassword();
    void newCredentialsDropLateAnswers();
    void deviceCodeSignIn();
    void deviceCodeDeclined();
    void deviceCodeExpires();
    void deviceCodeCancel();
    void deviceCodeSlowDown();
    void refreshTokenRefused();
    void listIncidentsAdaptsTop();
    void listAlerts();
    void nextPageAskedEarly();
    void linkAfterTheItems();
    void requestHeaders();
    void patchStaleIfMatch();
    void cancelCall();
    void cancelPager();
    void gatewayDestroyed();
    void malformedPage();
    void nonJsonError();
    void brokenOffAnswer();
    void transferTimeout();
    void retryAfter401();
    void throttled();
    void serverStopped();
    void closedPort();

private:
    QString secretOf(const QString &login) const;
    QString appClientId(bool readWrite) const;
    Credentials user(const char *name, const server::ServerInfo *info = nullptr) const;
    Credentials app(bool readWrite, const server::ServerInfo *info = nullptr) const;
    Credentials deviceCode(const server::ServerInfo *info = nullptr) const;
    // Signs in on the device code page as `user` (or declines), as a person would.
    int approve(const DeviceCodePrompt &prompt, const char *user, const char *action = "approve",
        const server::ServerInfo *info = nullptr) const;
    QUrl graphBase(const server::ServerInfo &info) const { return QUrl(info.baseUrl + u"/v1.0"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerHost> m_host;
    server::ServerInfo m_info;
};

// ---- helpers

QString NetTest::secretOf(const QString &login) const
{
    for (const sim::DemoCredential &c : m_info.credentials) {
        if (c.login.compare(login, Qt::CaseInsensitive) == 0)
            return c.secret;
    }
    return {};
}

QString NetTest::appClientId(bool readWrite) const
{
    for (const sim::DemoCredential &c : m_info.credentials) {
        if (c.login.contains(u'@'))
            continue;
        if (c.roles.contains(u"SecurityIncident.ReadWrite.All") == readWrite)
            return c.login;
    }
    return {};
}

Credentials NetTest::user(const char *name, const server::ServerInfo *info) const
{
    const server::ServerInfo &i = info ? *info : m_info;
    Credentials c;
    c.grant = Credentials::Grant::Password;
    c.authority = QUrl(i.baseUrl);
    c.tenant = i.tenantId;
    c.clientId = appClientId(true);
    c.username = QLatin1StringView(name) + u'@' + i.domain;
    for (const sim::DemoCredential &d : i.credentials) {
        if (d.login.compare(c.username, Qt::CaseInsensitive) == 0)
            c.password = d.secret;
    }
    return c;
}

Credentials NetTest::app(bool readWrite, const server::ServerInfo *info) const
{
    const server::ServerInfo &i = info ? *info : m_info;
    Credentials c;
    c.grant = Credentials::Grant::ClientSecret;
    c.authority = QUrl(i.baseUrl);
    c.tenant = i.tenantId;
    for (const sim::DemoCredential &d : i.credentials) {
        if (!d.login.contains(u'@')
            && d.roles.contains(u"SecurityIncident.ReadWrite.All") == readWrite) {
            c.clientId = d.login;
            c.clientSecret = d.secret;
            break;
        }
    }
    return c;
}

Credentials NetTest::deviceCode(const server::ServerInfo *info) const
{
    const server::ServerInfo &i = info ? *info : m_info;
    Credentials c;
    c.grant = Credentials::Grant::DeviceCode;
    c.authority = QUrl(i.baseUrl);
    c.tenant = i.tenantId;
    c.clientId = app(true, &i).clientId; // the console's own app registration
    return c;
}

int NetTest::approve(const DeviceCodePrompt &prompt, const char *user, const char *action,
    const server::ServerInfo *info) const
{
    const server::ServerInfo &i = info ? *info : m_info;
    const QString login = QLatin1StringView(user) + u'@' + i.domain;
    QString password;
    for (const sim::DemoCredential &d : i.credentials) {
        if (d.login.compare(login, Qt::CaseInsensitive) == 0)
            password = d.secret;
    }
    return browse(prompt.verificationUri,
        formOf({{"code", prompt.userCode}, {"username", login}, {"password", password},
            {"action", QLatin1StringView(action)}}));
}

// ---- set-up

void NetTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    server::ServerConfig config;
    config.dbPath = m_dir.filePath(u"tenant.db"_s);
    config.port = 0;
    config.demo = true;
    config.demoOptions.alerts = 1500;
    config.deviceFlow.intervalSecs = 1; // device code polls a second apart, not five
    QVERIFY(Timestamp::parse(u"2026-11-20T00:00:00Z", &config.demoOptions.end));
    m_host = std::make_unique<server::ServerHost>();
    QString error;
    QVERIFY2(m_host->start(config, &error), qPrintable(error));
    m_info = m_host->info();
    QCOMPARE(m_info.alerts, qint64(1500));
    QVERIFY(m_info.incidents > 50); // more than one page of incidents
    QVERIFY(!appClientId(true).isEmpty());
    QVERIFY(!appClientId(false).isEmpty());
}

void NetTest::cleanupTestCase()
{
    m_host.reset();
}

// ---- units

void NetTest::topLimitFromError()
{
    QCOMPARE(GraphClient::topLimitFromError(
                 u"The query specified in the URI is not valid. The limit of '50' for Top query "
                 "has been exceeded. The value from the incoming request is '100'."_s),
        50);
    QCOMPARE(
        GraphClient::topLimitFromError(u"The limit of '2000' for Top query has been exceeded"_s),
        2000);
    QCOMPARE(GraphClient::topLimitFromError(u"the LIMIT of '7' for top query"_s), 7);
    QCOMPARE(GraphClient::topLimitFromError(u"Invalid $top 'x'"_s), -1);
    QCOMPARE(GraphClient::topLimitFromError(u"The limit of 'many' for Top query"_s), -1);
    QCOMPARE(GraphClient::topLimitFromError(u"The limit of '0' for Top query"_s), -1);
    QCOMPARE(GraphClient::topLimitFromError(QString()), -1);
}

void NetTest::retryAfterMs()
{
    QCOMPARE(RestGateway::retryAfterMs("2.128"), 2128);
    QCOMPARE(RestGateway::retryAfterMs("0.5"), 500);
    QCOMPARE(RestGateway::retryAfterMs("120"), 120000);
    QCOMPARE(RestGateway::retryAfterMs(" 3 "), 3000);
    QCOMPARE(RestGateway::retryAfterMs("0"), 0);
    QCOMPARE(RestGateway::retryAfterMs(""), -1);
    QCOMPARE(RestGateway::retryAfterMs("garbage"), -1);
    QCOMPARE(RestGateway::retryAfterMs("-1"), -1);
    QCOMPARE(RestGateway::retryAfterMs("nan"), -1);
    QCOMPARE(RestGateway::retryAfterMs("2.1.2"), -1);

    // An HTTP date (IMF-fixdate), ten seconds ahead, and one in the past.
    const QString format = u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int ahead
        = RestGateway::retryAfterMs(QLocale::c().toString(now.addSecs(10), format).toLatin1());
    QVERIFY2(ahead > 8000 && ahead <= 10000, qPrintable(QString::number(ahead)));
    QCOMPARE(
        RestGateway::retryAfterMs(QLocale::c().toString(now.addSecs(-60), format).toLatin1()), 0);
    QCOMPARE(RestGateway::retryAfterMs("Sun, 06 Nov 1994 08:49:37 GMT"), 0);
}

void NetTest::backoffMs()
{
    for (int attempt = 1; attempt <= 12; ++attempt) {
        const double base = qMin(500.0 * double(1 << (attempt - 1)), 30000.0);
        int lo = INT_MAX, hi = 0;
        for (int i = 0; i < 200; ++i) {
            const int ms = RestGateway::backoffMs(attempt);
            lo = qMin(lo, ms);
            hi = qMax(hi, ms);
        }
        QVERIFY2(lo >= qFloor(base * 0.8) && hi <= qMin(qCeil(base * 1.2), 30000),
            qPrintable(u"attempt %1: %2..%3"_s.arg(attempt).arg(lo).arg(hi)));
        QVERIFY2(hi > lo, "no jitter"); // 200 draws from ±20 % are never all equal
    }
    QVERIFY(RestGateway::backoffMs(0) <= 600);
    QVERIFY(RestGateway::backoffMs(1000) <= 30000);
    QVERIFY(RestGateway::backoffMs(1000) >= 24000);
}

void NetTest::sentences()
{
    ApiError e = ApiError::fromHttp(
        403, R"({"error":{"code":"Forbidden","message":"Missing application roles."}})");
    QCOMPARE(e.kind, ApiError::Kind::Forbidden);
    QCOMPARE(e.code, u"Forbidden"_s);
    QCOMPARE(
        e.sentence(), u"You are not allowed to do this: Missing application roles. (HTTP 403)"_s);

    e = ApiError::fromHttp(412, R"({"error":{"code":"PreconditionFailed","message":"x"}})");
    QCOMPARE(e.kind, ApiError::Kind::Conflict);
    QVERIFY(e.sentence().startsWith(u"Changed on the server since you read it."));
    QCOMPARE(ApiError::fromHttp(409, {}).kind, ApiError::Kind::Conflict);
    QVERIFY(ApiError::fromHttp(409, {}).sentence().startsWith(u"Changed on the server since you read it."));
    // A 409 with a reason gives the reason.
    QCOMPARE(ApiError::fromHttp(409, R"({"error":{"code":"Conflict","message":"No Defender plan is on."}})").sentence(),
             u"The server refused the change: No Defender plan is on. (HTTP 409)"_s);
    QCOMPARE(ApiError::fromHttp(404, {}).kind, ApiError::Kind::NotFound);
    QCOMPARE(ApiError::fromHttp(405, {}).kind, ApiError::Kind::BadRequest);
    QCOMPARE(ApiError::fromHttp(401, {}).kind, ApiError::Kind::Auth);
    QCOMPARE(ApiError::fromHttp(503, {}).kind, ApiError::Kind::Server);
    QCOMPARE(ApiError::fromHttp(204, {}).kind, ApiError::Kind::None);

    // OAuth bodies are sign-in failures; a body that is not JSON leaves the status text.
    e = ApiError::fromHttp(
        400, R"({"error":"invalid_grant","error_description":"AADSTS50126: No."})");
    QCOMPARE(e.kind, ApiError::Kind::Auth);
    QCOMPARE(e.code, u"invalid_grant"_s);
    QCOMPARE(e.sentence(), u"The sign-in was refused: AADSTS50126: No. (HTTP 400)"_s);
    e = ApiError::fromHttp(502, "<html>oops</html>", u"Bad Gateway"_s);
    QCOMPARE(e.kind, ApiError::Kind::Server);
    QCOMPARE(e.message, u"Bad Gateway"_s);
    QCOMPARE(e.sentence(), u"The server failed: Bad Gateway (HTTP 502)"_s);

    e = ApiError::fromHttp(429, R"({"error":{"code":"TooManyRequests","message":"Later."}})");
    e.attempts = 5;
    QCOMPARE(
        e.sentence(), u"The server is busy (throttled); gave up after 5 attempts. (HTTP 429)"_s);

    e = {};
    e.kind = ApiError::Kind::Network;
    e.detail = u"connection refused"_s;
    QCOMPARE(e.sentence(), u"Cannot reach the server (connection refused)."_s);
    e.kind = ApiError::Kind::Ssl;
    e.detail = u"The certificate has expired"_s;
    QCOMPARE(e.sentence(), u"Secure connection failed: The certificate has expired"_s);
    QVERIFY(ApiError().sentence().isEmpty());
    QVERIFY(ApiError().ok());
}

// ---- sign-in

void NetTest::passwordSignIn()
{
    RestGateway gw;
    RequestLog log(gw.network());
    QSignalSpy signedIn(gw.tokens(), &TokenProvider::signedIn);
    const Credentials creds = user("analyst");
    QVERIFY(!creds.password.isEmpty());
    gw.tokens()->setCredentials(creds);

    int calls = 0;
    QString token;
    ApiError error;
    auto callback = [&](const QString &t, const ApiError &e) {
        ++calls;
        token = t;
        error = e;
    };
    gw.tokens()->token(kGraph, callback);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, kNetTimeoutMs);
    QVERIFY2(error.ok(), qPrintable(error.sentence()));
    const QJsonObject claims = claimsOf(token);
    QCOMPARE(claims.value(u"upn").toString(), creds.username);
    QCOMPARE(claims.value(u"aud").toString(), kGraph);
    QCOMPARE(signedIn.count(), 1);
    QCOMPARE(signedIn.at(0).at(0).toString(), kGraph);
    QCOMPARE(log.count(), 1);

    // Cached: answered at once, without a request.
    const QString first = token;
    gw.tokens()->token(kGraph, callback);
    QCOMPARE(calls, 2);
    QCOMPARE(token, first);
    QCOMPARE(log.count(), 1);

    // Another resource is another token; invalidate() forces a new request.
    gw.tokens()->token(u"https://management.azure.com"_s, callback);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 3, kNetTimeoutMs);
    QCOMPARE(claimsOf(token).value(u"aud").toString(), u"https://management.azure.com"_s);
    QCOMPARE(log.count(), 2);
    gw.tokens()->invalidate(kGraph);
    gw.tokens()->token(kGraph, callback);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 4, kNetTimeoutMs);
    QVERIFY(error.ok());
    QCOMPARE(log.count(), 3);
}

void NetTest::tokenRequestsCoalesce()
{
    RestGateway gw;
    RequestLog log(gw.network());
    gw.tokens()->setCredentials(user("analyst"));
    QStringList tokens;
    for (int i = 0; i < 3; ++i)
        gw.tokens()->token(kGraph, [&](const QString &t, const ApiError &) { tokens << t; });
    // And three API calls that all need that token.
    GraphClient graph(&gw, graphBase(m_info));
    QUrlQuery q;
    q.addQueryItem(u"$top"_s, u"1"_s);
    CallSpy a(graph.get(u"security/incidents"_s, q));
    CallSpy b(graph.get(u"security/incidents"_s, q));
    QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 3, kNetTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(a.done() && b.done(), kNetTimeoutMs);
    QVERIFY(!tokens.first().isEmpty());
    QCOMPARE(tokens.count(tokens.first()), 3);
    QCOMPARE(a.result.status, 200);
    QCOMPARE(b.result.status, 200);
    QCOMPARE(log.count(), 3); // one token request, two GETs
}

void NetTest::clientCredentials()
{
    RestGateway gw;
    gw.tokens()->setCredentials(app(true));
    GraphClient graph(&gw, graphBase(m_info));
    QUrlQuery q;
    q.addQueryItem(u"$top"_s, u"2"_s);
    CallSpy call(graph.get(u"security/incidents"_s, q));
    QTRY_VERIFY_WITH_TIMEOUT(call.done(), kNetTimeoutMs);
    QVERIFY2(call.result.error.ok(), qPrintable(call.result.error.sentence()));
    QCOMPARE(call.result.status, 200);
    QCOMPARE(call.result.attempts, 1);
    QCOMPARE(
        QJsonDocument::fromJson(call.result.body).object().value(u"value").toArray().size(), 2);
    // The server echoes the client-request-id we sent: one GUID.
    QVERIFY(!QUuid::fromString(QString::fromLatin1(call.result.headers.value("client-request-id")))
                 .isNull());

    // A wrong secret is the token endpoint's invalid_client.
    Credentials bad = app(true);
    bad.clientSecret += u'x';
    gw.tokens()->setCredentials(bad);
    CallSpy refused(graph.get(u"security/incidents"_s, q));
    QTRY_VERIFY_WITH_TIMEOUT(refused.done(), kNetTimeoutMs);
    QCOMPARE(refused.result.error.kind, ApiError::Kind::Auth);
    QCOMPARE(refused.result.error.code, u"invalid_client"_s);
    QVERIFY(refused.result.error.message.contains(u"AADSTS7000215"));
}

void NetTest::wrongPassword()
{
    RestGateway gw;
    QSignalSpy failed(&gw, &RestGateway::failed);
    Credentials creds = user("analyst");
    creds.password += u"+x"_s;
    gw.tokens()->setCredentials(creds);
    ApiError error;
    int calls = 0;
    gw.tokens()->token(kGraph, [&](const QString &t, const ApiError &e) {
        QVERIFY(t.isEmpty());
        error = e;
        ++calls;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, kNetTimeoutMs);
    QCOMPARE(error.kind, ApiError::Kind::Auth);
    QCOMPARE(error.code, u"invalid_grant"_s);
    QCOMPARE(error.httpStatus, 400);
    QVERIFY2(error.message.startsWith(u"AADSTS50126: "), qPrintable(error.message));
    QVERIFY2(error.sentence().startsWith(u"The sign-in was refused: AADSTS50126: "),
        qPrintable(error.sentence()));

    // Through a call: it fails with the same error and no request reaches the API.
    GraphClient graph(&gw, graphBase(m_info));
    CallSpy call(graph.get(u"security/incidents"_s));
    QTRY_VERIFY_WITH_TIMEOUT(call.done(), kNetTimeoutMs);
    QCOMPARE(call.result.error.kind, ApiError::Kind::Auth);
    QCOMPARE(call.result.error.code, u"invalid_grant"_s);
    QCOMPARE(failed.count(), 1);

    // The right password (with its '!') signs in.
    gw.tokens()->setCredentials(user("analyst"));
    CallSpy ok(graph.get(u"security/incidents"_s));
    QTRY_VERIFY_WITH_TIMEOUT(ok.done(), kNetTimeoutMs);
    QVERIFY2(ok.result.error.ok(), qPrintable(ok.result.error.sentence()));
}

void NetTest::newCredentialsDropLateAnswers()
{
    RestGateway gw;
    RequestLog log(gw.network());
    gw.tokens()->setCredentials(user("analyst"));
    QStringList tokens;
    gw.tokens()->token(kGraph, [&](const QString &t, const ApiError &) { tokens << t; });
    // The analyst's answer is still on its way: it must not be the one handed out.
    gw.tokens()->setCredentials(app(false));
    QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 1, kNetTimeoutMs);
    const QJsonObject claims = claimsOf(tokens.first());
    QCOMPARE(claims.value(u"idtyp").toString(), u"app"_s);
    QCOMPARE(claims.value(u"appid").toString(), appClientId(false));
    // The cache holds the app's token: no further request.
    const qsizetype before = log.count();
    gw.tokens()->token(kGraph, [&](const QString &t, const ApiError &) { tokens << t; });
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(tokens.at(1), tokens.at(0));
    QCOMPARE(log.count(), before);
}

// The whole device code sign-in against the real server: a code, polls answered pending
// until the analyst approves on the server's page, the analyst's token, a Graph call that
// waited for it, then an ARM token from the refresh token with nobody asked again.
void NetTest::deviceCodeSignIn()
{
    RestGateway gw;
    RequestLog log(gw.network());
    TokenProvider *tokens = gw.tokens();
    QSignalSpy signedIn(tokens, &TokenProvider::signedIn);
    QSignalSpy refreshTokens(tokens, &TokenProvider::refreshTokenChanged);
    tokens->setCredentials(deviceCode());
    SignInSpy spy(tokens);
    tokens->signIn(kGraph, spy.callback());
    QVERIFY(tokens->isSigningIn());
    QTRY_COMPARE_WITH_TIMEOUT(spy.prompts.size(), 1, kNetTimeoutMs);
    const DeviceCodePrompt prompt = spy.prompts.first();
    QCOMPARE(prompt.userCode.size(), 9);
    QCOMPARE(prompt.verificationUri, QUrl(m_info.baseUrl + u"/devicelogin"_s));
    QVERIFY2(prompt.message.contains(prompt.userCode) && prompt.message.contains(u"/devicelogin"),
        qPrintable(prompt.message));
    const qint64 left = prompt.expiresAtMs - QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(left > 890000 && left <= 900000, qPrintable(QString::number(left)));

    // An API call meanwhile waits for the same sign-in.
    GraphClient graph(&gw, graphBase(m_info));
    QUrlQuery top;
    top.addQueryItem(u"$top"_s, u"1"_s);
    CallSpy call(graph.get(u"security/incidents"_s, top));

    // Nobody has approved: the server says authorization_pending and the polls go on at
    // the interval it gave.
    QTRY_VERIFY_WITH_TIMEOUT(spy.pending.size() >= 2, kNetTimeoutMs);
    QCOMPARE(spy.pending.first(), 1000);
    QCOMPARE(spy.calls, 0);
    QVERIFY(!call.done());
    QVERIFY(tokens->nextPollInMs() >= 0 && tokens->nextPollInMs() <= 1000);

    // The page the user opens is a form; signing in there approves the code.
    QByteArray page;
    QCOMPARE(browse(prompt.verificationUri, QByteArray(), &page), 200);
    QVERIFY(page.contains("<form method=\"post\">"));
    QCOMPARE(approve(prompt, "analyst"), 200);
    QTRY_COMPARE_WITH_TIMEOUT(spy.calls, 1, kNetTimeoutMs);
    QVERIFY2(spy.error.ok(), qPrintable(spy.error.sentence()));
    const QString analyst = u"analyst@"_s + m_info.domain;
    const QJsonObject claims = claimsOf(spy.token);
    QCOMPARE(claims.value(u"upn").toString(), analyst);
    QCOMPARE(claims.value(u"aud").toString(), kGraph);
    QStringList roles;
    for (const QJsonValue &r : claims.value(u"roles").toArray())
        roles << r.toString();
    QString expectedRoles;
    for (const sim::DemoCredential &d : m_info.credentials) {
        if (d.login == analyst)
            expectedRoles = d.roles;
    }
    QCOMPARE(roles.join(u", "), expectedRoles);
    QCOMPARE(tokens->account(), analyst);
    QVERIFY(!tokens->refreshToken().isEmpty());
    QCOMPARE(refreshTokens.count(), 1);
    QCOMPARE(signedIn.count(), 1);
    QVERIFY(!tokens->isSigningIn());
    QCOMPARE(tokens->nextPollInMs(), -1);
    QTRY_VERIFY_WITH_TIMEOUT(call.done(), kNetTimeoutMs);
    QVERIFY2(call.result.error.ok(), qPrintable(call.result.error.sentence()));
    QCOMPARE(call.result.status, 200);

    // ARM: one refresh token request, no new code, nobody asked.
    const qsizetype before = log.count();
    const QString firstRefresh = tokens->refreshToken();
    tokens->token(kArm, spy.callback());
    QTRY_COMPARE_WITH_TIMEOUT(spy.calls, 2, kNetTimeoutMs);
    QVERIFY2(spy.error.ok(), qPrintable(spy.error.sentence()));
    QCOMPARE(claimsOf(spy.token).value(u"aud").toString(), kArm);
    QCOMPARE(claimsOf(spy.token).value(u"upn").toString(), analyst);
    QCOMPARE(log.count(), before + 1);
    QVERIFY(log.urls.last().path().endsWith(u"/oauth2/v2.0/token"));
    QCOMPARE(spy.prompts.size(), 1);
    int codeRequests = 0;
    for (const QUrl &url : std::as_const(log.urls))
        codeRequests += url.path().endsWith(u"/devicecode");
    QCOMPARE(codeRequests, 1);
    // The refresh rotated the refresh token.
    QCOMPARE(refreshTokens.count(), 2);
    QVERIFY(tokens->refreshToken() != firstRefresh);

    // A later run with the kept refresh token: signed in without a code.
    RestGateway later;
    Credentials kept = deviceCode();
    kept.refreshToken = tokens->refreshToken();
    later.tokens()->setCredentials(kept);
    SignInSpy laterSpy(later.tokens());
    GraphClient laterGraph(&later, graphBase(m_info));
    CallSpy again(laterGraph.get(u"security/incidents"_s, top));
    QTRY_VERIFY_WITH_TIMEOUT(again.done(), kNetTimeoutMs);
    QVERIFY2(again.result.error.ok(), qPrintable(again.result.error.sentence()));
    QVERIFY(laterSpy.prompts.isEmpty());
}

void NetTest::deviceCodeDeclined()
{
    RestGateway gw;
    gw.tokens()->setCredentials(deviceCode());
    SignInSpy spy(gw.tokens());
    gw.tokens()->signIn(kGraph, spy.callback());
    QTRY_COMPARE_WITH_TIMEOUT(spy.prompts.size(), 1, kNetTimeoutMs);
    QCOMPARE(approve(spy.prompts.first(), "analyst", "decline"), 200);
    QTRY_COMPARE_WITH_TIMEOUT(spy.calls, 1, kNetTimeoutMs);
    QVERIFY(spy.token.isEmpty());
    QCOMPARE(spy.error.kind, ApiError::Kind::Auth);
    QCOMPARE(spy.error.code, u"authorization_declined"_s);
    QCOMPARE(spy.error.sentence(), u"The sign-in was declined in the browser. (HTTP 400)"_s);
    QVERIFY(gw.tokens()->refreshToken().isEmpty());
    QVERIFY(!gw.tokens()->isSigningIn());
}

void NetTest::deviceCodeExpires()
{
    SmallServer small;
    small.config.deviceFlow.intervalSecs = 1;
    small.config.deviceFlow.lifetimeSecs = 2;
    QVERIFY(small.start());
    RestGateway gw;
    gw.tokens()->setCredentials(deviceCode(&small.info));
    SignInSpy spy(gw.tokens());
    QElapsedTimer clock;
    clock.start();
    gw.tokens()->signIn(kGraph, spy.callback());
    QTRY_COMPARE_WITH_TIMEOUT(spy.calls, 1, kNetTimeoutMs);
    // One pending poll, then the end at expires_in (the client's deadline or the server's
    // expired_token, whichever comes first: the same sentence).
    QVERIFY2(clock.elapsed() >= 1900 && clock.elapsed() < 6000,
        qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!spy.pending.isEmpty());
    QCOMPARE(spy.error.kind, ApiError::Kind::Auth);
    QCOMPARE(spy.error.code, u"expired_token"_s);
    QVERIFY2(
        spy.error.sentence().startsWith(
            u"The sign-in code expired before anyone signed in with it. Start the sign-in again."_s),
        qPrintable(spy.error.sentence()));
    QVERIFY(!gw.tokens()->isSigningIn());
    QCOMPARE(gw.tokens()->nextPollInMs(), -1);
    // The page no longer takes it either.
    QCOMPARE(approve(spy.prompts.first(), "analyst", "approve", &small.info), 400);
}

void NetTest::deviceCodeCancel()
{
    RestGateway gw;
    RequestLog log(gw.network());
    gw.tokens()->setCredentials(deviceCode());
    SignInSpy spy(gw.tokens());
    gw.tokens()->signIn(kGraph, spy.callback());
    QTRY_VERIFY_WITH_TIMEOUT(!spy.pending.isEmpty(), kNetTimeoutMs);
    gw.tokens()->cancelSignIn();
    QCOMPARE(spy.calls, 1);
    QCOMPARE(spy.error.kind, ApiError::Kind::Cancelled);
    QVERIFY(!gw.tokens()->isSigningIn());
    QCOMPARE(gw.tokens()->nextPollInMs(), -1);
    // Approved after the cancel: nobody polls for it any more. Proving silence takes time:
    // twice the interval.
    const qsizetype before = log.count();
    QCOMPARE(approve(spy.prompts.first(), "analyst"), 200);
    QTest::qWait(2000);
    QCOMPARE(log.count(), before);
    QCOMPARE(spy.calls, 1);
    QVERIFY(gw.tokens()->refreshToken().isEmpty());
    // Without a sign-in, asking for a token says so instead of starting one.
    gw.tokens()->token(kGraph, spy.callback());
    QCOMPARE(spy.calls, 2);
    QCOMPARE(spy.error.kind, ApiError::Kind::Auth);
    QCOMPARE(spy.error.sentence(),
        u"The sign-in was refused: Nobody is signed in. Connect again and sign in with a code."_s);
    QCOMPARE(log.count(), before);
}

// A server that wants polls further apart than it advertised answers slow_down; the client
// then waits five seconds more.
void NetTest::deviceCodeSlowDown()
{
    SmallServer small;
    small.config.deviceFlow.intervalSecs = 1;
    small.config.deviceFlow.minPollSecs = 3;
    QVERIFY(small.start());
    RestGateway gw;
    RequestLog log(gw.network());
    gw.tokens()->setCredentials(deviceCode(&small.info));
    SignInSpy spy(gw.tokens());
    gw.tokens()->signIn(kGraph, spy.callback());
    QTRY_COMPARE_WITH_TIMEOUT(spy.pending.size(), 1, kNetTimeoutMs);
    QCOMPARE(spy.pending.first(), 6000);
    QCOMPARE(log.count(), 2); // the code, one poll
    QVERIFY2(gw.tokens()->nextPollInMs() > 5000,
        qPrintable(QString::number(gw.tokens()->nextPollInMs())));
    QCOMPARE(spy.calls, 0);
    gw.tokens()->cancelSignIn();
    QCOMPARE(spy.error.kind, ApiError::Kind::Cancelled);
}

// A kept refresh token the server no longer takes: the sign-in error, the token forgotten,
// and no device code asked for behind the user's back.
void NetTest::refreshTokenRefused()
{
    RestGateway gw;
    RequestLog log(gw.network());
    QSignalSpy refreshTokens(gw.tokens(), &TokenProvider::refreshTokenChanged);
    Credentials c = deviceCode();
    c.refreshToken = u"not-a-refresh-token"_s;
    gw.tokens()->setCredentials(c);
    SignInSpy spy(gw.tokens());
    gw.tokens()->token(kGraph, spy.callback());
    QTRY_COMPARE_WITH_TIMEOUT(spy.calls, 1, kNetTimeoutMs);
    QCOMPARE(spy.error.kind, ApiError::Kind::Auth);
    QCOMPARE(spy.error.code, u"invalid_grant"_s);
    QVERIFY2(spy.error.sentence().startsWith(u"The sign-in was refused: AADSTS9002313: "),
        qPrintable(spy.error.sentence()));
    QCOMPARE(refreshTokens.count(), 1);
    QVERIFY(refreshTokens.first().first().toString().isEmpty());
    QVERIFY(gw.tokens()->refreshToken().isEmpty());
    QVERIFY(spy.prompts.isEmpty());
    QCOMPARE(log.count(), 1);
}

// ---- paging

void NetTest::listIncidentsAdaptsTop()
{
    RestGateway gw;
    RequestLog log(gw.network());
    gw.tokens()->setCredentials(user("analyst"));
    GraphClient graph(&gw, graphBase(m_info));
    QUrlQuery query;
    query.addQueryItem(u"$count"_s, u"true"_s);
    PagerSpy spy(graph.list(u"security/incidents"_s, query, 100));
    QTRY_VERIFY_WITH_TIMEOUT(spy.done(), 30000);
    QVERIFY2(spy.error.ok(), qPrintable(spy.error.sentence()));
    QCOMPARE(spy.finishedCount, 1);
    QCOMPARE(qint64(spy.parsedItems()), m_info.incidents);
    QCOMPARE(spy.totals.last(), m_info.incidents);
    QCOMPARE(spy.count, m_info.incidents);
    QSet<QString> ids;
    for (const QJsonArray &page : std::as_const(spy.pageItems)) {
        QVERIFY(page.size() <= 50);
        for (const QJsonValue &v : page)
            ids.insert(v.toObject().value(u"id").toString());
    }
    QCOMPARE(qint64(ids.size()), m_info.incidents);
    QCOMPARE(spy.pageItems.size(), int((m_info.incidents + 49) / 50));
    // One 400 naming the limit, then only pages.
    QCOMPARE(log.statuses.count(400), 1);
    QCOMPARE(log.statuses.count(200), 1 + spy.pageItems.size()); // + the token
    QVERIFY(log.urls.last().query().contains(u"$top=50"));

    // A $filter with spaces and quotes goes out intact.
    QUrlQuery active;
    active.addQueryItem(u"$filter"_s, u"status eq 'active'"_s);
    active.addQueryItem(u"$count"_s, u"true"_s);
    // The client remembers the limit: no second 400.
    PagerSpy filtered(graph.list(u"security/incidents"_s, active, 100));
    QTRY_VERIFY_WITH_TIMEOUT(filtered.done(), 30000);
    QCOMPARE(log.statuses.count(400), 1);
    QVERIFY2(filtered.error.ok(), qPrintable(filtered.error.sentence()));
    QVERIFY(filtered.count > 0);
    QVERIFY(filtered.count < m_info.incidents);
    QCOMPARE(qint64(filtered.parsedItems()), filtered.count);
    for (const QJsonArray &page : std::as_const(filtered.pageItems)) {
        for (const QJsonValue &v : page)
            QCOMPARE(v.toObject().value(u"status").toString(), u"active"_s);
    }
}

void NetTest::listAlerts()
{
    RestGateway gw;
    gw.tokens()->setCredentials(user("analyst"));
    GraphClient graph(&gw, graphBase(m_info));

    // All in one page, parsed.
    PagerSpy all(graph.list(u"security/alerts_v2"_s, {}, 2000));
    QTRY_VERIFY_WITH_TIMEOUT(all.done(), 30000);
    QVERIFY2(all.error.ok(), qPrintable(all.error.sentence()));
    QCOMPARE(all.bodies.size(), 1);
    QCOMPARE(qint64(all.parsedItems()), m_info.alerts);
    QCOMPARE(all.count, qint64(-1)); // no $count asked
    QSet<QString> ids;
    for (const QJsonValue &v : all.pageItems.first())
        ids.insert(v.toObject().value(u"id").toString());
    QCOMPARE(qint64(ids.size()), m_info.alerts);

    // Unparsed pages: counted from the bytes, the caller parses.
    QUrlQuery query;
    query.addQueryItem(u"$count"_s, u"true"_s);
    PagerSpy raw(graph.list(u"security/alerts_v2"_s, query, 600, false));
    QTRY_VERIFY_WITH_TIMEOUT(raw.done(), 30000);
    QVERIFY2(raw.error.ok(), qPrintable(raw.error.sentence()));
    QCOMPARE(raw.bodies.size(), 3);
    QCOMPARE(raw.count, m_info.alerts);
    QCOMPARE(raw.totals, (QList<qint64> {-1, -1, -1})); // the caller counts
    // Our server puts the count and the link before "value", as Graph does.
    for (int i = 0; i < 2; ++i) {
        const Pager::Head head = Pager::readHead(raw.bodies.at(i).left(2048), "@odata.nextLink");
        QVERIFY(head.complete);
        QVERIFY(head.next.contains(u"$skiptoken="));
        QCOMPARE(head.count, m_info.alerts);
    }
    qsizetype parsed = 0;
    for (int i = 0; i < raw.bodies.size(); ++i) {
        QVERIFY(raw.pageItems.at(i).isEmpty());
        parsed
            += QJsonDocument::fromJson(raw.bodies.at(i)).object().value(u"value").toArray().size();
    }
    QCOMPARE(qint64(parsed), m_info.alerts);
}

// Graph names the next page before "value": the pager asks for it while the page is still
// arriving, and hands the pages out in order however they finish.
void NetTest::nextPageAskedEarly()
{
    RawPeer peer;
    const QByteArray second = QByteArray(R"({"@odata.count":3,"value":[{"id":"c"}]})");
    const QByteArray first = R"({"@odata.context":"x","@odata.count":3,"@odata.nextLink":")"
        + peer.base().toUtf8() + R"(/v1.0/items?page=2","value":[{"id":"a"},{"id":"b"}]})";
    const QByteArray firstAnswer = httpAnswer("200 OK", first);
    // The first page stops where its items begin; the second comes whole.
    peer.route("/v1.0/items", firstAnswer, firstAnswer.indexOf("\"value\":[") + 9);
    peer.route("/v1.0/items?page=2", httpAnswer("200 OK", second));
    RestGateway gw;
    GraphClient graph(
        &gw, QUrl(peer.base() + u"/v1.0"_s), nullptr, {QString(), "@odata.nextLink", {}});
    PagerSpy spy(graph.list(u"items"_s, {}, 0, false));
    QTRY_COMPARE_WITH_TIMEOUT(peer.targets.size(), 2, kNetTimeoutMs);
    QCOMPARE(peer.targets.at(1), QByteArray("/v1.0/items?page=2"));
    QCOMPARE(peer.heldCount(), 1);
    // The second page is in, but the first comes first.
    QTest::qWait(200);
    QVERIFY(spy.bodies.isEmpty());
    QVERIFY(!spy.done());
    peer.release();
    QTRY_VERIFY_WITH_TIMEOUT(spy.done(), kNetTimeoutMs);
    QVERIFY2(spy.error.ok(), qPrintable(spy.error.sentence()));
    QCOMPARE(spy.bodies, (QList<QByteArray> {first, second}));
    QCOMPARE(spy.count, qint64(3));
    QCOMPARE(peer.targets.size(), 2);
}

// A service that sends its link after the items (or none at all) is walked the long way:
// the link is found, and a page that is not JSON still ends the walk.
void NetTest::linkAfterTheItems()
{
    RawPeer peer;
    const QByteArray first = R"({"value":[{"id":"a"}],"@odata.nextLink":")" + peer.base().toUtf8()
        + R"(/v1.0/items?page=2","@odata.count":2})";
    const QByteArray second = R"({"value":[{"id":"b"}]})";
    peer.route("/v1.0/items", httpAnswer("200 OK", first));
    peer.route("/v1.0/items?page=2", httpAnswer("200 OK", second));
    peer.route(
        "/v1.0/broken", httpAnswer("200 OK", R"({"value":[{"id":"a"}],"@odata.nextLink":"x)"));
    RestGateway gw;
    GraphClient graph(
        &gw, QUrl(peer.base() + u"/v1.0"_s), nullptr, {QString(), "@odata.nextLink", {}});
    PagerSpy spy(graph.list(u"items"_s, {}, 0, false));
    QTRY_VERIFY_WITH_TIMEOUT(spy.done(), kNetTimeoutMs);
    QVERIFY2(spy.error.ok(), qPrintable(spy.error.sentence()));
    QCOMPARE(spy.bodies, (QList<QByteArray> {first, second}));
    QCOMPARE(spy.count, qint64(2));

    PagerSpy broken(graph.list(u"broken"_s, {}, 0, false));
    QTRY_VERIFY_WITH_TIMEOUT(broken.done(), kNetTimeoutMs);
    QCOMPARE(broken.error.kind, ApiError::Kind::Malformed);
    QVERIFY(broken.bodies.isEmpty());
}

void NetTest::requestHeaders()
{
    RawPeer peer(httpAnswer("200 OK", "{}"));
    RestGateway gw;
    gw.tokens()->setCredentials(user("analyst"));
    GraphClient graph(&gw, QUrl(peer.base() + u"/v1.0"_s));
    CallSpy get(graph.get(u"security/incidents/42"_s));
    QTRY_VERIFY_WITH_TIMEOUT(get.done(), kNetTimeoutMs);
    QVERIFY2(get.result.error.ok(), qPrintable(get.result.error.sentence()));
    QCOMPARE(peer.requests.size(), 1);
    const QByteArray r = peer.requests.first().toLower();
    QVERIFY2(r.startsWith("get /v1.0/security/incidents/42 http/1.1\r\n"), r.constData());
    QVERIFY(r.contains("\r\nprefer: include-unknown-enum-members\r\n"));
    QVERIFY(r.contains("\r\naccept: application/json\r\n"));
    QVERIFY(r.contains("\r\nauthorization: bearer ey"));
    QVERIFY(r.contains("\r\nclient-request-id: "));
    QVERIFY(!r.contains("content-type"));

    CallSpy patch(
        graph.patch(u"security/incidents/42"_s, {{u"status"_s, u"resolved"_s}}, "W/\"abc\""));
    QTRY_VERIFY_WITH_TIMEOUT(patch.done(), kNetTimeoutMs);
    QCOMPARE(peer.requests.size(), 2);
    const QByteArray p = peer.requests.at(1);
    QVERIFY2(p.startsWith("PATCH /v1.0/security/incidents/42 HTTP/1.1\r\n"), p.constData());
    QVERIFY(p.toLower().contains("\r\ncontent-type: application/json\r\n"));
    QVERIFY(p.contains("\r\nIf-Match: W/\"abc\"\r\n"));
    QVERIFY(p.endsWith("\r\n\r\n{\"status\":\"resolved\"}"));
}

void NetTest::patchStaleIfMatch()
{
    RestGateway gw;
    gw.tokens()->setCredentials(user("analyst"));
    GraphClient graph(&gw, graphBase(m_info));
    QUrlQuery q;
    q.addQueryItem(u"$top"_s, u"1"_s);
    q.addQueryItem(u"$filter"_s, u"status eq 'active'"_s);
    CallSpy first(graph.get(u"security/incidents"_s, q));
    QTRY_VERIFY_WITH_TIMEOUT(first.done(), kNetTimeoutMs);
    QVERIFY2(first.result.error.ok(), qPrintable(first.result.error.sentence()));
    const QString id = QJsonDocument::fromJson(first.result.body)
                           .object()
                           .value(u"value")
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(u"id")
                           .toString();
    QVERIFY(!id.isEmpty());
    const QString path = u"security/incidents/"_s + id;

    CallSpy read(graph.get(path));
    QTRY_VERIFY_WITH_TIMEOUT(read.done(), kNetTimeoutMs);
    const QByteArray etag1 = QJsonDocument::fromJson(read.result.body)
                                 .object()
                                 .value(u"@odata.etag")
                                 .toString()
                                 .toUtf8();
    QVERIFY(!etag1.isEmpty());

    const QString me = user("analyst").username;
    CallSpy change(graph.patch(path, {{u"assignedTo"_s, me}}, etag1));
    QTRY_VERIFY_WITH_TIMEOUT(change.done(), kNetTimeoutMs);
    QVERIFY2(change.result.error.ok(), qPrintable(change.result.error.sentence()));
    QCOMPARE(
        QJsonDocument::fromJson(change.result.body).object().value(u"assignedTo").toString(), me);

    // The same ETag again is stale now.
    CallSpy stale(graph.patch(path, {{u"assignedTo"_s, QJsonValue::Null}}, etag1));
    QTRY_VERIFY_WITH_TIMEOUT(stale.done(), kNetTimeoutMs);
    const ApiError &e = stale.result.error;
    QCOMPARE(e.kind, ApiError::Kind::Conflict);
    QCOMPARE(e.httpStatus, 412);
    QCOMPARE(e.code, u"PreconditionFailed"_s);
    QCOMPARE(stale.result.attempts, 1);
    QVERIFY(stale.retries.isEmpty());
    QVERIFY2(e.sentence().startsWith(u"Changed on the server since you read it."),
        qPrintable(e.sentence()));
}

// ---- cancellation

void NetTest::cancelCall()
{
    RestGateway gw;
    QSignalSpy failed(&gw, &RestGateway::failed);
    gw.tokens()->setCredentials(user("analyst"));
    GraphClient graph(&gw, graphBase(m_info));
    QUrlQuery q;
    q.addQueryItem(u"$top"_s, u"2000"_s);

    // Before it started.
    RestCall *call = graph.get(u"security/alerts_v2"_s, q);
    QSignalSpy destroyed(call, &QObject::destroyed);
    CallSpy early(call);
    call->cancel();
    call->cancel();
    QCOMPARE(early.finishedCount, 1);
    QCOMPARE(early.result.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(early.result.error.sentence(), u"Cancelled."_s);
    QTRY_COMPARE(destroyed.count(), 1); // deleted itself: nothing more can come
    QCOMPARE(early.finishedCount, 1);

    // In flight: the request reached a server that does not answer.
    RawPeer hung; // never answers
    GraphClient hungGraph(&gw, QUrl(hung.base() + u"/v1.0"_s));
    call = hungGraph.get(u"security/alerts_v2"_s, q);
    QSignalSpy destroyed2(call, &QObject::destroyed);
    CallSpy late(call);
    QTRY_COMPARE_WITH_TIMEOUT(hung.requests.size(), 1, kNetTimeoutMs);
    QVERIFY(!late.done());
    call->cancel();
    QCOMPARE(late.finishedCount, 1);
    QCOMPARE(late.result.error.kind, ApiError::Kind::Cancelled);
    QTRY_COMPARE(destroyed2.count(), 1);
    QCOMPARE(late.finishedCount, 1);
    QCOMPARE(failed.count(), 0); // a cancel is not a failure to report

    // cancelAll() reaches every call.
    CallSpy a(graph.get(u"security/incidents"_s));
    CallSpy b(graph.get(u"security/alerts_v2"_s, q));
    gw.cancelAll();
    QCOMPARE(a.finishedCount, 1);
    QCOMPARE(b.finishedCount, 1);
    QCOMPARE(b.result.error.kind, ApiError::Kind::Cancelled);
}

void NetTest::cancelPager()
{
    RestGateway gw;
    gw.tokens()->setCredentials(user("analyst"));
    GraphClient graph(&gw, graphBase(m_info));
    Pager *pager = graph.list(u"security/alerts_v2"_s, {}, 100, false);
    PagerSpy spy(pager);
    QSignalSpy destroyed(pager, &QObject::destroyed);
    QObject::connect(pager, &Pager::page, pager, [pager] { pager->cancel(); });
    QTRY_VERIFY_WITH_TIMEOUT(spy.done(), kNetTimeoutMs);
    QCOMPARE(spy.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(spy.bodies.size(), 1);
    QTRY_COMPARE(destroyed.count(), 1);
    QCOMPARE(spy.finishedCount, 1);
    QCOMPARE(spy.bodies.size(), 1);

    // Cancelled before the first page.
    Pager *second = graph.list(u"security/incidents"_s, {}, 50);
    PagerSpy spy2(second);
    second->cancel();
    second->cancel();
    QCOMPARE(spy2.finishedCount, 1);
    QCOMPARE(spy2.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(spy2.bodies.size(), 0);
}

void NetTest::gatewayDestroyed()
{
    // A token endpoint that never answers keeps the calls waiting.
    RawPeer hung; // never answers
    auto gw = std::make_unique<RestGateway>();
    Credentials creds = user("analyst");
    creds.authority = QUrl(hung.base());
    gw->tokens()->setCredentials(creds);
    GraphClient graph(gw.get(), graphBase(m_info));
    CallSpy first(graph.get(u"security/incidents"_s));
    CallSpy second(graph.get(u"security/alerts_v2"_s));
    QTRY_COMPARE_WITH_TIMEOUT(hung.requests.size(), 1, kNetTimeoutMs); // one token request
    QVERIFY(hung.requests.first().startsWith("POST /"));
    CallSpy notStarted(graph.get(u"security/incidents"_s));
    gw.reset();
    for (const CallSpy *spy : {&first, &second, &notStarted}) {
        QCOMPARE(spy->finishedCount, 1);
        QCOMPARE(spy->result.error.kind, ApiError::Kind::Cancelled);
        QVERIFY(spy->call.isNull());
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    QCOMPARE(first.finishedCount, 1);
}

// ---- failures

void NetTest::malformedPage()
{
    RawPeer peer("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nnot{j");
    RestGateway gw;
    gw.tokens()->setCredentials(user("analyst"));
    GraphClient graph(&gw, QUrl(peer.base() + u"/v1.0"_s));
    for (const bool parse : {true, false}) {
        PagerSpy spy(graph.list(u"security/incidents"_s, {}, 50, parse));
        QTRY_VERIFY_WITH_TIMEOUT(spy.done(), kNetTimeoutMs);
        QCOMPARE(spy.error.kind, ApiError::Kind::Malformed);
        QCOMPARE(spy.error.httpStatus, 200);
        QVERIFY2(spy.error.sentence().startsWith(u"The server's answer was not understood: "),
            qPrintable(spy.error.sentence()));
        QVERIFY(spy.bodies.isEmpty());
    }

    // A page whose next link leaves the server we asked is not followed with our token.
    RawPeer elsewhere(
        httpAnswer("200 OK", R"({"value":[{}],"@odata.nextLink":"http://example.org/x"})"));
    GraphClient other(&gw, QUrl(elsewhere.base() + u"/v1.0"_s));
    for (const bool parse : {true, false}) {
        PagerSpy spy(other.list(u"security/incidents"_s, {}, 50, parse));
        QTRY_VERIFY_WITH_TIMEOUT(spy.done(), kNetTimeoutMs);
        QCOMPARE(spy.error.kind, ApiError::Kind::Malformed);
        QCOMPARE(spy.bodies.size(), 1);
        QCOMPARE(
            spy.totals.first(), parse ? qint64(1) : qint64(-1)); // an unparsed walk does not count
    }
    QCOMPARE(elsewhere.requests.size(), 2);
}

// A 200 whose body breaks off (the connection closes early) is no answer: it is retried
// as a network failure, and never handed out as a page.
void NetTest::brokenOffAnswer()
{
    RawPeer peer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                 "500\r\n\r\n{\"value\":[");
    RestGateway gw;
    RestRequest r;
    r.url = QUrl(peer.base() + u"/v1.0/security/incidents"_s);
    r.maxAttempts = 2;
    CallSpy call(gw.send(r));
    QTRY_VERIFY_WITH_TIMEOUT(call.done(), kNetTimeoutMs);
    QCOMPARE(call.result.error.kind, ApiError::Kind::Network);
    QCOMPARE(call.retries.size(), 1);
    QCOMPARE(peer.requests.size(), 2);

    GraphClient graph(
        &gw, QUrl(peer.base() + u"/v1.0"_s), nullptr, {QString(), "@odata.nextLink", {}});
    PagerSpy pager(graph.list(u"security/incidents"_s, {}, 0, false));
    QTRY_VERIFY_WITH_TIMEOUT(pager.done(), 60000);
    QCOMPARE(pager.error.kind, ApiError::Kind::Network);
    QVERIFY(pager.bodies.isEmpty());
}

void NetTest::nonJsonError()
{
    RawPeer peer(httpAnswer("502 Bad Gateway", "oops", "text/html"));
    RestGateway gw;
    gw.tokens()->setCredentials(user("analyst"));
    GraphClient graph(&gw, QUrl(peer.base() + u"/v1.0"_s));
    CallSpy call(graph.get(u"security/incidents"_s));
    QTRY_VERIFY_WITH_TIMEOUT(call.done(), kNetTimeoutMs);
    QCOMPARE(call.result.error.kind, ApiError::Kind::Server);
    QCOMPARE(call.result.error.httpStatus, 502);
    QCOMPARE(call.result.error.message, u"Bad Gateway"_s);
    QCOMPARE(call.result.body, QByteArray("oops"));
    QVERIFY(call.retries.isEmpty()); // 502 is not one of the statuses worth retrying
    QCOMPARE(call.result.error.sentence(), u"The server failed: Bad Gateway (HTTP 502)"_s);
}

void NetTest::transferTimeout()
{
    RawPeer hung; // never answers
    RestGateway gw;
    RestRequest r;
    r.url = QUrl(hung.base() + u"/v1.0/security/incidents"_s);
    r.transferTimeoutMs = 300;
    r.maxAttempts = 2;
    CallSpy get(gw.send(r));
    QTRY_VERIFY_WITH_TIMEOUT(get.done(), kNetTimeoutMs);
    QCOMPARE(get.result.error.kind, ApiError::Kind::Network);
    QCOMPARE(get.result.error.detail, u"no answer in time"_s);
    QCOMPARE(get.retries.size(), 1); // a GET may go again
    QCOMPARE(get.result.attempts, 2);
    QCOMPARE(hung.requests.size(), 2);

    // A POST that reached the server may have been applied: not sent twice.
    r.method = "POST";
    r.body = R"({"comment":"once"})";
    r.maxAttempts = 3;
    CallSpy post(gw.send(r));
    QTRY_VERIFY_WITH_TIMEOUT(post.done(), kNetTimeoutMs);
    QCOMPARE(post.result.error.kind, ApiError::Kind::Network);
    QVERIFY(post.retries.isEmpty());
    QCOMPARE(post.result.attempts, 1);
    QCOMPARE(hung.requests.size(), 3);
}

void NetTest::retryAfter401()
{
    SmallServer small;
    QString error;
    QVERIFY2(small.start(0, &error), qPrintable(error));
    RestGateway gw;
    RequestLog log(gw.network());
    gw.tokens()->setCredentials(user("analyst", &small.info));
    GraphClient graph(&gw, graphBase(small.info));
    CallSpy before(graph.get(u"security/incidents"_s));
    QTRY_VERIFY_WITH_TIMEOUT(before.done(), kNetTimeoutMs);
    QVERIFY2(before.result.error.ok(), qPrintable(before.result.error.sentence()));

    // The same tenant comes back on the same port with a new signing key: the cached
    // token is now refused, once.
    small.host.stop();
    small.config.reset = true;
    small.config.port = small.info.port;
    QVERIFY2(small.host.start(small.config, &error), qPrintable(error));
    QCOMPARE(small.host.info().tenantId, small.info.tenantId);
    log.statuses.clear();
    CallSpy after(graph.get(u"security/incidents"_s));
    QTRY_VERIFY_WITH_TIMEOUT(after.done(), kNetTimeoutMs);
    QVERIFY2(after.result.error.ok(), qPrintable(after.result.error.sentence()));
    QCOMPARE(after.result.status, 200);
    QCOMPARE(log.statuses.count(401), 1);
    QCOMPARE(log.statuses.last(), 200);
    QVERIFY(after.retries.isEmpty()); // a fresh token is not a backoff retry
}

void NetTest::throttled()
{
    SmallServer small;
    QString error;
    QVERIFY2(small.start(3, &error), qPrintable(error));
    RestGateway gw;
    QSignalSpy failed(&gw, &RestGateway::failed);
    gw.tokens()->setCredentials(app(false, &small.info));
    GraphClient graph(&gw, graphBase(small.info));
    QUrlQuery q;
    q.addQueryItem(u"$top"_s, u"1"_s);
    for (int i = 0; i < 3; ++i) {
        CallSpy ok(graph.get(u"security/incidents"_s, q));
        QTRY_VERIFY_WITH_TIMEOUT(ok.done(), kNetTimeoutMs);
        QVERIFY2(ok.result.error.ok(), qPrintable(ok.result.error.sentence()));
    }

    // The 4th within the minute: 429 with Retry-After. With one attempt allowed it gives up.
    RestRequest once;
    once.url = QUrl(graphBase(small.info).toString() + u"/security/incidents?$top=1"_s);
    once.resource = kGraph;
    once.maxAttempts = 1;
    CallSpy refused(gw.send(once));
    QTRY_VERIFY_WITH_TIMEOUT(refused.done(), kNetTimeoutMs);
    const ApiError &e = refused.result.error;
    QCOMPARE(e.kind, ApiError::Kind::Throttled);
    QCOMPARE(e.httpStatus, 429);
    QCOMPARE(e.code, u"TooManyRequests"_s);
    QVERIFY(refused.retries.isEmpty());
    const int retryAfter = RestGateway::retryAfterMs(refused.result.headers.value("retry-after"));
    QVERIFY2(retryAfter > 0 && retryAfter <= 60000,
        refused.result.headers.value("retry-after").constData());
    QVERIFY2(e.sentence().startsWith(u"The server is busy (throttled); gave up after one attempt."),
        qPrintable(e.sentence()));
    QCOMPARE(failed.count(), 1);

    // With attempts left, a retry is scheduled after the server's Retry-After. Waiting it
    // out would take up to a minute, so the test stops there.
    RestRequest patient = once;
    patient.maxAttempts = 3;
    CallSpy waiting(gw.send(patient));
    QTRY_VERIFY_WITH_TIMEOUT(!waiting.retries.isEmpty(), kNetTimeoutMs);
    const CallSpy::Retry r = waiting.retries.first();
    QCOMPARE(r.attempt, 2);
    QCOMPARE(r.why.kind, ApiError::Kind::Throttled);
    QCOMPARE(r.why.httpStatus, 429);
    QVERIFY2(r.delayMs > 0 && r.delayMs <= 60000, qPrintable(QString::number(r.delayMs)));
    QVERIFY(qAbs(r.delayMs - retryAfter) < 5000); // the server's figure, not our backoff
    QVERIFY(!waiting.done());
    waiting.call->cancel();
    QCOMPARE(waiting.finishedCount, 1);
    QCOMPARE(waiting.result.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(waiting.result.attempts, 1);
}

void NetTest::serverStopped()
{
    SmallServer small;
    QString error;
    QVERIFY2(small.start(0, &error), qPrintable(error));
    RestGateway gw;
    gw.tokens()->setCredentials(user("analyst", &small.info));
    GraphClient graph(&gw, graphBase(small.info));
    CallSpy ok(graph.get(u"security/incidents"_s));
    QTRY_VERIFY_WITH_TIMEOUT(ok.done(), kNetTimeoutMs);
    QVERIFY2(ok.result.error.ok(), qPrintable(ok.result.error.sentence()));

    small.host.stop();
    RestRequest r;
    r.url = QUrl(graphBase(small.info).toString() + u"/security/incidents"_s);
    r.resource = kGraph;
    r.maxAttempts = 1;
    CallSpy down(gw.send(r));
    QTRY_VERIFY_WITH_TIMEOUT(down.done(), kNetTimeoutMs);
    QCOMPARE(down.result.error.kind, ApiError::Kind::Network);
    QCOMPARE(down.result.status, 0);
    QVERIFY2(down.result.error.sentence().startsWith(u"Cannot reach the server ("),
        qPrintable(down.result.error.sentence()));

    QCOMPARE(down.result.error.detail, u"connection refused"_s);

    // A PATCH that could not even connect never reached the server: safe to try again.
    RestRequest patch = r;
    patch.method = "PATCH";
    patch.url = QUrl(graphBase(small.info).toString() + u"/security/incidents/1"_s);
    patch.body = R"({"status":"active"})";
    patch.maxAttempts = 2;
    CallSpy patchSpy(gw.send(patch));
    QTRY_VERIFY_WITH_TIMEOUT(patchSpy.done(), kNetTimeoutMs);
    QCOMPARE(patchSpy.result.error.kind, ApiError::Kind::Network);
    QCOMPARE(patchSpy.retries.size(), 1);
    QCOMPARE(patchSpy.result.attempts, 2);

    // The token endpoint down too is a network failure, not a refused sign-in.
    gw.tokens()->invalidate(kGraph);
    CallSpy signIn(gw.send(r));
    QTRY_VERIFY_WITH_TIMEOUT(signIn.done(), kNetTimeoutMs);
    QCOMPARE(signIn.result.error.kind, ApiError::Kind::Network);
    QVERIFY(signIn.result.error.sentence().startsWith(u"Cannot reach the server"));
}

void NetTest::closedPort()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    RestGateway gw;
    RestRequest r;
    r.url = QUrl(u"http://127.0.0.1:%1/v1.0/security/incidents"_s.arg(port));
    r.maxAttempts = 2;
    CallSpy call(gw.send(r));
    QTRY_VERIFY_WITH_TIMEOUT(call.done(), kNetTimeoutMs);
    QCOMPARE(call.retries.size(), 1);
    QCOMPARE(call.retries.first().attempt, 2);
    QCOMPARE(call.retries.first().why.kind, ApiError::Kind::Network);
    QVERIFY(call.retries.first().delayMs >= 400 && call.retries.first().delayMs <= 600);
    QCOMPARE(call.result.attempts, 2);
    QCOMPARE(call.result.error.kind, ApiError::Kind::Network);
    QCOMPARE(call.result.error.sentence(),
        u"Cannot reach the server (connection refused). Gave up after 2 attempts."_s);
}

QTEST_GUILESS_MAIN(NetTest)
#include "tst_net.moc"
