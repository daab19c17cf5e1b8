// HTTP API tests: the real watchfloor-server, started in-process on a loopback port with a
// small fixed demo tenant, driven over HTTP with QNetworkAccessManager. Lists are checked
// against a brute-force evaluation of the same $filter over every incident and alert.
#include "apiclient.h"
#include "demotenant.h"
#include "serverhost.h"
#include "wire/codec.h"
#include "wire/graphproperties.h"
#include "wire/odata.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

using namespace wf;
using namespace wf::apitest;
using namespace Qt::StringLiterals;

namespace {

const QString kIncidents = u"/v1.0/security/incidents"_s;
const QString kAlerts = u"/v1.0/security/alerts_v2"_s;

QString listPath(const QString &collection, const QList<std::pair<QString, QString>> &query)
{
    return collection + encodeQuery(query);
}

// A set difference as a short readable list for failure messages.
QString sample(const QSet<QString> &a, const QSet<QString> &b)
{
    QStringList out;
    for (const QString &id : a) {
        if (!b.contains(id))
            out << id;
        if (out.size() >= 5)
            break;
    }
    return out.join(u", ");
}

Timestamp timeOf(const QJsonObject &o, const char *key)
{
    Timestamp t;
    if (!Timestamp::parse(o.value(QLatin1StringView(key)).toString(), &t))
        return Timestamp();
    return t;
}

} // namespace

class GraphApiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void tokenEndpoint();
    void deviceCodeFlow();
    void deviceCodeBadInput();
    void refreshTokenGrant();
    void unauthorized();
    void correlation();
    void pagingIncidents();
    void pagingAlerts();
    void pagingFilteredAndOrdered();
    void incidentFilters_data();
    void incidentFilters();
    void alertFilters_data();
    void alertFilters();
    void badRequests();
    void getById();
    void forbidden();
    void comments();
    void ifMatch();
    void patchPersistsAcrossRestart();
    void patchRejected();
    void bodyTooLarge();
    void throttling();

private:
    QString login(const char *user) const { return demoLogin(m_info, user); }
    QString secretOf(const QString &login) const { return apitest::secretOf(m_info, login); }
    QString appClientId(bool readWrite) const { return apitest::appClientId(m_info, readWrite); }
    Reply requestToken(const QList<std::pair<QString, QString>> &form, const QString &tenant = {});
    Reply postForm(const QString &path, const QList<std::pair<QString, QString>> &form);
    Reply requestDeviceCode(const QList<std::pair<QString, QString>> &form);
    Reply pollDeviceCode(const QString &deviceCode, const QString &clientId = {});
    void expectOAuthError(const Reply &r, int status, const QString &error, int code);
    // A device code approved on the sign-in page by `login`, and the token answer for it.
    void approvedDeviceCode(const QString &login, QJsonObject *tokens);
    void signIn(const QString &login, QString *token);
    void signInApp(const QString &clientId, QString *token);
    Reply get(const QString &path, const QString &token)
    {
        return m_client.send("GET", path, {}, bearer(token));
    }
    Reply patch(const QString &path, const QByteArray &body, const QString &token,
        const Headers &extra = {});

    // Follows @odata.nextLink verbatim until it is absent. Every page but the last holds
    // exactly `top` items; with $count=true every page carries the same @odata.count.
    void walk(const QString &first, const QString &token, int top, QList<QJsonObject> *items,
        qint64 *count = nullptr, int *pages = nullptr);
    void fetchAll();
    void expectBadRequest(const QString &path, const QStringList &mentions);
    void checkFilter(bool incidents);
    QString pickIncident(int minAlerts, const QString &status = u"active"_s);
    void restart();

    QTemporaryDir m_dir;
    server::ServerConfig m_config;
    std::unique_ptr<server::ServerHost> m_host;
    server::ServerInfo m_info;
    Client m_client;
    QString m_analyst, m_reader, m_cloudops, m_tier1, m_rwApp, m_roApp; // tokens

    // A snapshot of the demo data, taken before any test changes it.
    QList<Incident> m_incidents;
    QList<Alert> m_alerts;
    QHash<QString, QList<Alert>> m_alertsOf; // incident id -> its alerts
    QSet<QString> m_used; // incidents a test has changed
};

// ---- helpers

Reply GraphApiTest::requestToken(
    const QList<std::pair<QString, QString>> &form, const QString &tenant)
{
    return postForm(
        u'/' + (tenant.isEmpty() ? m_info.tenantId : tenant) + u"/oauth2/v2.0/token"_s, form);
}

Reply GraphApiTest::postForm(const QString &path, const QList<std::pair<QString, QString>> &form)
{
    return m_client.send("POST", path, encodeQuery(form).mid(1).toLatin1(),
        {{"Content-Type", "application/x-www-form-urlencoded"}});
}

Reply GraphApiTest::requestDeviceCode(const QList<std::pair<QString, QString>> &form)
{
    return postForm(u'/' + m_info.tenantId + u"/oauth2/v2.0/devicecode"_s, form);
}

Reply GraphApiTest::pollDeviceCode(const QString &deviceCode, const QString &clientId)
{
    return requestToken({{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
        {u"client_id"_s, clientId.isEmpty() ? appClientId(true) : clientId},
        {u"device_code"_s, deviceCode}});
}

void GraphApiTest::expectOAuthError(const Reply &r, int status, const QString &error, int code)
{
    QVERIFY2(r.status == status, r.describe().constData());
    const QJsonObject o = r.json();
    QVERIFY2(o.value(u"error").toString() == error, r.describe().constData());
    QVERIFY2(o.value(u"error_description").toString().startsWith(u"AADSTS%1: "_s.arg(code)),
        r.describe().constData());
    QCOMPARE(o.value(u"error_codes").toArray(), QJsonArray {code});
    QVERIFY(o.value(u"access_token").isUndefined());
}

void GraphApiTest::approvedDeviceCode(const QString &login, QJsonObject *tokens)
{
    Reply r = requestDeviceCode({{u"client_id"_s, appClientId(true)},
        {u"scope"_s, u"https://graph.microsoft.com/.default offline_access openid profile"_s}});
    QVERIFY2(r.status == 200, r.describe().constData());
    const QString userCode = r.json().value(u"user_code").toString();
    const QString deviceCode = r.json().value(u"device_code").toString();
    r = postForm(u"/devicelogin"_s,
        {{u"code"_s, userCode}, {u"username"_s, login}, {u"password"_s, secretOf(login)},
            {u"action"_s, u"approve"_s}});
    QVERIFY2(r.status == 200, r.describe().constData());
    r = pollDeviceCode(deviceCode);
    QVERIFY2(r.status == 200, r.describe().constData());
    *tokens = r.json();
}

void GraphApiTest::signIn(const QString &login, QString *token)
{
    const QString secret = secretOf(login);
    QVERIFY2(!secret.isEmpty(), qPrintable(u"no demo credential for "_s + login));
    const Reply r = requestToken({{u"grant_type"_s, u"password"_s},
        {u"client_id"_s, appClientId(true)}, {u"username"_s, login}, {u"password"_s, secret},
        {u"scope"_s, u"https://graph.microsoft.com/.default"_s}});
    QVERIFY2(r.status == 200, r.describe().constData());
    *token = r.json().value(u"access_token").toString();
    QVERIFY(!token->isEmpty());
}

void GraphApiTest::signInApp(const QString &clientId, QString *token)
{
    QVERIFY(!clientId.isEmpty());
    const Reply r = requestToken({{u"grant_type"_s, u"client_credentials"_s},
        {u"client_id"_s, clientId}, {u"client_secret"_s, secretOf(clientId)},
        {u"scope"_s, u"https://graph.microsoft.com/.default"_s}});
    QVERIFY2(r.status == 200, r.describe().constData());
    *token = r.json().value(u"access_token").toString();
    QVERIFY(!token->isEmpty());
}

Reply GraphApiTest::patch(
    const QString &path, const QByteArray &body, const QString &token, const Headers &extra)
{
    Headers headers = bearer(token);
    headers += extra;
    return m_client.send("PATCH", path, body, headers);
}

void GraphApiTest::walk(const QString &first, const QString &token, int top,
    QList<QJsonObject> *items, qint64 *count, int *pages)
{
    QString next = first;
    int n = 0;
    qint64 firstCount = -1;
    while (!next.isEmpty()) {
        QVERIFY2(++n <= 5000, "the nextLink chain does not end");
        const Reply r = m_client.send("GET", next, {}, bearer(token));
        QVERIFY2(r.status == 200, qPrintable(next + u" -> "_s + QString::fromUtf8(r.describe())));
        const QJsonObject page = r.json();
        QVERIFY2(page.value(u"value").isArray(), r.describe().constData());
        const QJsonArray value = page.value(u"value").toArray();
        if (count) {
            QVERIFY2(page.contains(u"@odata.count"), r.describe().constData());
            const qint64 c = page.value(u"@odata.count").toInteger(-1);
            if (n == 1)
                firstCount = c;
            QCOMPARE(c, firstCount);
        }
        next = page.value(u"@odata.nextLink").toString();
        if (!next.isEmpty()) {
            QCOMPARE(value.size(), qsizetype(top));
            QVERIFY2(next.startsWith(m_client.baseUrl() + u"/v1.0/security/"_s), qPrintable(next));
        } else {
            QVERIFY(value.size() <= top);
        }
        for (const QJsonValue &v : value)
            items->append(v.toObject());
    }
    if (count)
        *count = firstCount;
    if (pages)
        *pages = n;
}

void GraphApiTest::fetchAll()
{
    QList<QJsonObject> incidents, alerts;
    CALL(walk(listPath(kIncidents, {{u"$top"_s, u"50"_s}}), m_analyst, 50, &incidents));
    CALL(walk(listPath(kAlerts, {{u"$top"_s, u"2000"_s}}), m_analyst, 2000, &alerts));
    m_incidents.clear();
    m_alerts.clear();
    m_alertsOf.clear();
    for (const QJsonObject &o : std::as_const(incidents)) {
        QString error;
        auto incident = wire::decode<Incident>(o, &error);
        QVERIFY2(incident, qPrintable(error));
        QVERIFY(incident->id.hasValue());
        m_incidents.append(*incident);
    }
    for (const QJsonObject &o : std::as_const(alerts)) {
        QString error;
        auto alert = wire::decode<Alert>(o, &error);
        QVERIFY2(alert, qPrintable(error));
        QVERIFY(alert->id.hasValue());
        m_alertsOf[alert->incidentId.valueOr({})].append(*alert);
        m_alerts.append(*alert);
    }
}

void GraphApiTest::expectBadRequest(const QString &path, const QStringList &mentions)
{
    const Reply r = get(path, m_analyst);
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
    for (const QString &m : mentions)
        QVERIFY2(r.errorMessage().contains(m, Qt::CaseInsensitive),
            qPrintable(path + u": '"_s + r.errorMessage() + u"' does not mention "_s + m));
}

QString GraphApiTest::pickIncident(int minAlerts, const QString &status)
{
    for (const Incident &i : std::as_const(m_incidents)) {
        const QString id = i.id.value();
        if (i.status->name() == status && m_alertsOf.value(id).size() >= minAlerts
            && !m_used.contains(id)) {
            m_used.insert(id);
            return id;
        }
    }
    return {};
}

void GraphApiTest::restart()
{
    // A new server on the same database file.
    m_host->stop();
    QVERIFY(!m_host->isRunning());
    m_host = std::make_unique<server::ServerHost>();
    QString error;
    QVERIFY2(m_host->start(m_config, &error), qPrintable(error));
    const server::ServerInfo info = m_host->info();
    QCOMPARE(info.tenantId, m_info.tenantId);
    QCOMPARE(info.incidents, m_info.incidents);
    QCOMPARE(info.alerts, m_info.alerts);
    QVERIFY2(info.notes.isEmpty(), qPrintable(info.notes.join(u' ')));
    m_info = info;
    m_client.setBaseUrl(info.baseUrl);
}

// ---- set-up

void GraphApiTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_config.dbPath = m_dir.filePath(u"tenant.db"_s);
    m_config.port = 0;
    m_config.demo = true;
    m_config.demoOptions.seed = 20261120;
    m_config.demoOptions.alerts = 1500;
    m_config.demoOptions.days = 30;
    QVERIFY(Timestamp::parse(u"2026-11-20T00:00:00Z", &m_config.demoOptions.end));
    m_config.deviceFlow.intervalSecs = 1; // a pending poll without a long wait
    QString error;
    m_host = std::make_unique<server::ServerHost>();
    QVERIFY2(m_host->start(m_config, &error), qPrintable(error));
    m_info = m_host->info();
    QVERIFY(m_info.port != 0);
    QCOMPARE(m_info.alerts, qint64(1500));
    QVERIFY(m_info.incidents > 100);
    m_client.setBaseUrl(m_info.baseUrl);

    CALL(signIn(login("analyst"), &m_analyst));
    CALL(signIn(login("reader"), &m_reader));
    CALL(signIn(login("cloudops"), &m_cloudops));
    CALL(signIn(login("tier1"), &m_tier1));
    CALL(signInApp(appClientId(true), &m_rwApp));
    CALL(signInApp(appClientId(false), &m_roApp));
    CALL(fetchAll());
    QCOMPARE(m_incidents.size(), qsizetype(m_info.incidents));
    QCOMPARE(m_alerts.size(), qsizetype(m_info.alerts));
}

void GraphApiTest::cleanupTestCase()
{
    m_host.reset();
}

// ---- 1. the token endpoint

void GraphApiTest::tokenEndpoint()
{
    const QString analyst = login("analyst");
    const QList<std::pair<QString, QString>> good = {{u"grant_type"_s, u"password"_s},
        {u"username"_s, analyst}, {u"password"_s, secretOf(analyst)},
        {u"scope"_s, u"https://graph.microsoft.com/.default offline_access"_s}};
    Reply r = requestToken(good);
    QVERIFY2(r.status == 200, r.describe().constData());
    QVERIFY(r.header("content-type").startsWith("application/json"));
    QJsonObject o = r.json();
    QCOMPARE(o.value(u"token_type").toString(), u"Bearer"_s);
    QCOMPARE(o.value(u"expires_in").toInteger(), 3599);
    QString token = o.value(u"access_token").toString();
    QCOMPARE(token.count(u'.'), 2);
    QCOMPARE(get(listPath(kIncidents, {{u"$top"_s, u"1"_s}}), token).status, 200);

    // The tenant may be named by its domain too.
    r = requestToken(good, m_info.domain);
    QVERIFY2(r.status == 200, r.describe().constData());

    // Wrong password.
    r = requestToken({{u"grant_type"_s, u"password"_s}, {u"username"_s, analyst},
        {u"password"_s, secretOf(analyst) + u'x'},
        {u"scope"_s, u"https://graph.microsoft.com/.default"_s}});
    QCOMPARE(r.status, 400);
    o = r.json();
    QCOMPARE(o.value(u"error").toString(), u"invalid_grant"_s);
    QVERIFY2(o.value(u"error_description").toString().contains(u"AADSTS50126"),
        r.describe().constData());
    QVERIFY(o.value(u"access_token").isUndefined());

    // An unknown user gets the same answer.
    r = requestToken({{u"grant_type"_s, u"password"_s}, {u"username"_s, login("nobody")},
        {u"password"_s, secretOf(analyst)}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error").toString(), u"invalid_grant"_s);

    // Client credentials for the console app.
    const QString app = appClientId(true);
    r = requestToken({{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, app},
        {u"client_secret"_s, secretOf(app)},
        {u"scope"_s, u"https://graph.microsoft.com/.default"_s}});
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.json().value(u"token_type").toString(), u"Bearer"_s);
    QCOMPARE(r.json().value(u"expires_in").toInteger(), 3599);
    token = r.json().value(u"access_token").toString();
    QCOMPARE(get(listPath(kAlerts, {{u"$top"_s, u"1"_s}}), token).status, 200);

    // Wrong secret.
    r = requestToken({{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, app},
        {u"client_secret"_s, u"not-the-secret"_s},
        {u"scope"_s, u"https://graph.microsoft.com/.default"_s}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(u"error").toString(), u"invalid_client"_s);
    QVERIFY(r.json().value(u"error_description").toString().startsWith(u"AADSTS"));

    // Unknown tenant in the path.
    r = requestToken(good, u"00000000-0000-0000-0000-000000000000"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error").toString(), u"invalid_request"_s);
    QVERIFY(r.json()
                .value(u"error_description")
                .toString()
                .contains(u"00000000-0000-0000-0000-000000000000"));

    // No grant_type.
    r = requestToken({{u"username"_s, analyst}, {u"password"_s, secretOf(analyst)}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error").toString(), u"invalid_request"_s);
    QVERIFY(r.json().value(u"error_description").toString().contains(u"grant_type"));

    // A grant type we do not support.
    r = requestToken({{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, u"x"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error").toString(), u"unsupported_grant_type"_s);
}

// The device authorization grant as Entra answers it: a code, the page where a user approves
// it, polls that hear authorization_pending or slow_down until then, and the token answer.
void GraphApiTest::deviceCodeFlow()
{
    const QString app = appClientId(true);
    const QString analyst = login("analyst");
    Reply r = requestDeviceCode({{u"client_id"_s, app},
        {u"scope"_s, u"https://graph.microsoft.com/.default offline_access openid profile"_s}});
    QVERIFY2(r.status == 200, r.describe().constData());
    QJsonObject o = r.json();
    const QString userCode = o.value(u"user_code").toString();
    const QString deviceCode = o.value(u"device_code").toString();
    const QString page = o.value(u"verification_uri").toString();
    QCOMPARE(userCode.size(), 9);
    QVERIFY(deviceCode.size() >= 40);
    QCOMPARE(page, m_info.baseUrl + u"/devicelogin"_s);
    QCOMPARE(o.value(u"expires_in").toInteger(), 900);
    QCOMPARE(o.value(u"interval").toInteger(), 1);
    QCOMPARE(o.value(u"message").toString(),
        u"To sign in, use a web browser to open the page %1 and enter the code %2 to "
        "authenticate."_s.arg(page, userCode));

    // Polling at once is too fast: slow_down, and from now on five seconds more.
    CALL(expectOAuthError(pollDeviceCode(deviceCode), 400, u"slow_down"_s, 70016));

    // The page: a form, no token needed; a code in the query is filled in, as typed.
    r = m_client.send(
        "GET", u"/devicelogin?code="_s + userCode.left(4).toLower() + u'-' + userCode.mid(4));
    QVERIFY2(r.status == 200, r.describe().constData());
    QVERIFY(r.header("content-type").startsWith("text/html"));
    QCOMPARE(r.header("x-frame-options"), QByteArray("DENY"));
    QVERIFY(r.body.contains("<form method=\"post\">"));
    QVERIFY(r.body.contains(QByteArray("value=\"" + userCode.toLatin1() + '"')));
    QVERIFY(r.body.contains("name=\"password\""));

    // Wrong password, wrong code: the form again with a sentence, nothing approved.
    r = postForm(u"/devicelogin"_s,
        {{u"code"_s, userCode}, {u"username"_s, analyst},
            {u"password"_s, secretOf(analyst) + u'x'}});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains("Your account or password is incorrect."), r.body.constData());
    QVERIFY(r.body.contains(QByteArray("value=\"" + analyst.toLatin1() + '"')));
    r = postForm(u"/devicelogin"_s,
        {{u"code"_s, u"AAAAAAAAA"_s}, {u"username"_s, analyst},
            {u"password"_s, secretOf(analyst)}});
    QCOMPARE(r.status, 400);
    QVERIFY2(
        r.body.contains("That code didn&#39;t work.") || r.body.contains("That code didn't work."),
        r.body.constData());

    // Another code, polled after its interval: authorization_pending.
    r = requestDeviceCode(
        {{u"client_id"_s, app}, {u"scope"_s, u"https://graph.microsoft.com/.default"_s}});
    QVERIFY2(r.status == 200, r.describe().constData());
    const QString patientCode = r.json().value(u"device_code").toString();
    QTest::qWait(1100); // the interval is one second: the wait is the point
    CALL(expectOAuthError(pollDeviceCode(patientCode), 400, u"authorization_pending"_s, 70016));

    // The analyst approves the first code (typed in lower case with a space); the next poll
    // gets the password grant's answer for the analyst, plus refresh and id tokens.
    r = postForm(u"/devicelogin"_s,
        {{u"code"_s, userCode.left(3).toLower() + u' ' + userCode.mid(3)}, {u"username"_s, analyst},
            {u"password"_s, secretOf(analyst)}, {u"action"_s, u"approve"_s}});
    QVERIFY2(r.status == 200, r.describe().constData());
    QVERIFY2(
        r.body.contains(QByteArray(
            "You have signed in to Watchfloor console on your device as " + analyst.toLatin1())),
        r.body.constData());
    r = pollDeviceCode(deviceCode);
    QVERIFY2(r.status == 200, r.describe().constData());
    o = r.json();
    QCOMPARE(o.value(u"token_type").toString(), u"Bearer"_s);
    QCOMPARE(o.value(u"expires_in").toInteger(), 3599);
    const QString token = o.value(u"access_token").toString();
    QVERIFY(!o.value(u"refresh_token").toString().isEmpty());
    auto claimsOf = [](const QString &jwt) {
        return QJsonDocument::fromJson(QByteArray::fromBase64(jwt.section(u'.', 1, 1).toLatin1(),
                                           QByteArray::Base64UrlEncoding))
            .object();
    };
    const QJsonObject claims = claimsOf(token);
    const QJsonObject passwordClaims = claimsOf(m_analyst);
    for (const char *claim : {"upn", "oid", "name", "roles", "aud", "tid", "idtyp"})
        QCOMPARE(
            claims.value(QLatin1StringView(claim)), passwordClaims.value(QLatin1StringView(claim)));
    const QJsonObject id = claimsOf(o.value(u"id_token").toString());
    QCOMPARE(id.value(u"preferred_username").toString(), analyst);
    QCOMPARE(id.value(u"aud").toString(), app);
    QCOMPARE(get(listPath(kIncidents, {{u"$top"_s, u"1"_s}}), token).status, 200);
    // The id token is no access token.
    CALL(expectGraphError(
        get(listPath(kIncidents, {{u"$top"_s, u"1"_s}}), o.value(u"id_token").toString()), 401,
        u"InvalidAuthenticationToken"_s));

    // A code is redeemed once.
    CALL(expectOAuthError(pollDeviceCode(deviceCode), 400, u"invalid_grant"_s, 54005));
    r = postForm(u"/devicelogin"_s,
        {{u"code"_s, userCode}, {u"username"_s, analyst}, {u"password"_s, secretOf(analyst)}});
    QCOMPARE(r.status, 400);

    // Declined on the page: authorization_declined, at once.
    r = requestDeviceCode(
        {{u"client_id"_s, app}, {u"scope"_s, u"https://graph.microsoft.com/.default"_s}});
    const QString declined = r.json().value(u"device_code").toString();
    r = postForm(u"/devicelogin"_s,
        {{u"code"_s, r.json().value(u"user_code").toString()}, {u"action"_s, u"decline"_s}});
    QVERIFY2(r.status == 200, r.describe().constData());
    QVERIFY(r.body.contains("You declined to sign in"));
    CALL(expectOAuthError(pollDeviceCode(declined), 400, u"authorization_declined"_s, 65004));
}

// Malformed and wrong requests to the device code endpoints get OAuth errors, never a crash.
void GraphApiTest::deviceCodeBadInput()
{
    const QString app = appClientId(true);
    const QString graph = u"https://graph.microsoft.com/.default"_s;
    CALL(expectOAuthError(
        requestDeviceCode({{u"scope"_s, graph}}), 400, u"invalid_request"_s, 900144));
    Reply r = requestDeviceCode({{u"client_id"_s, app}});
    CALL(expectOAuthError(r, 400, u"invalid_request"_s, 900144));
    QVERIFY(r.json().value(u"error_description").toString().contains(u"'scope'"));
    CALL(expectOAuthError(
        requestDeviceCode({{u"client_id"_s, u"not-an-app"_s}, {u"scope"_s, graph}}), 400,
        u"unauthorized_client"_s, 700016));
    r = postForm(u"/00000000-0000-0000-0000-000000000000/oauth2/v2.0/devicecode"_s,
        {{u"client_id"_s, app}, {u"scope"_s, graph}});
    CALL(expectOAuthError(r, 400, u"invalid_request"_s, 90002));
    r = m_client.send("POST", u'/' + m_info.tenantId + u"/oauth2/v2.0/devicecode"_s,
        "\xff\xfe%%%&&==&client_id", {{"Content-Type", "application/x-www-form-urlencoded"}});
    CALL(expectOAuthError(r, 400, u"invalid_request"_s, 900144));
    QCOMPARE(
        m_client.send("GET", u'/' + m_info.tenantId + u"/oauth2/v2.0/devicecode"_s).status, 405);

    // Polls without the device code, with one never issued, or from another app.
    r = requestToken({{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
        {u"client_id"_s, app}});
    CALL(expectOAuthError(r, 400, u"invalid_request"_s, 900144));
    QVERIFY(r.json().value(u"error_description").toString().contains(u"'device_code'"));
    CALL(expectOAuthError(
        pollDeviceCode(u"no-such-code"_s), 400, u"bad_verification_code"_s, 70018));
    r = requestDeviceCode({{u"client_id"_s, app}, {u"scope"_s, graph}});
    QVERIFY2(r.status == 200, r.describe().constData());
    CALL(expectOAuthError(
        pollDeviceCode(r.json().value(u"device_code").toString(), appClientId(false)), 400,
        u"invalid_grant"_s, 70000));

    // The page with nothing filled in, or a body that is no form.
    r = postForm(u"/devicelogin"_s, {});
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("content-type").startsWith("text/html"));
    r = m_client.send("POST", u"/devicelogin"_s, QByteArrayLiteral("\x00\x01<html>"),
        {{"Content-Type", "text/plain"}});
    QCOMPARE(r.status, 400);
    // Whatever was typed comes back escaped.
    r = postForm(
        u"/devicelogin"_s, {{u"code"_s, u"x"_s}, {u"username"_s, u"<script>alert(1)</script>"_s}});
    QCOMPARE(r.status, 400);
    QVERIFY(!r.body.contains("<script>"));
    QVERIFY(r.body.contains("&lt;script&gt;"));
}

// A refresh token brings tokens for other resources without the user, rotates, and is
// bound to its app; garbage and other tokens are refused.
void GraphApiTest::refreshTokenGrant()
{
    QJsonObject tokens;
    CALL(approvedDeviceCode(login("reader"), &tokens));
    const QString refresh = tokens.value(u"refresh_token").toString();
    QVERIFY(!refresh.isEmpty());
    const QString app = appClientId(true);
    auto refreshFor = [&](const QString &token, const QString &scope, const QString &clientId) {
        return requestToken({{u"grant_type"_s, u"refresh_token"_s}, {u"client_id"_s, clientId},
            {u"refresh_token"_s, token}, {u"scope"_s, scope}});
    };
    Reply r = refreshFor(refresh, u"https://management.azure.com/.default offline_access"_s, app);
    QVERIFY2(r.status == 200, r.describe().constData());
    const QString arm = r.json().value(u"access_token").toString();
    const QString rotated = r.json().value(u"refresh_token").toString();
    QVERIFY(!rotated.isEmpty());
    QVERIFY(rotated != refresh);
    const QJsonObject claims = QJsonDocument::fromJson(
        QByteArray::fromBase64(arm.section(u'.', 1, 1).toLatin1(), QByteArray::Base64UrlEncoding))
                                   .object();
    QCOMPARE(claims.value(u"aud").toString(), u"https://management.azure.com"_s);
    QCOMPARE(claims.value(u"upn").toString(), login("reader"));
    QVERIFY(claims.value(u"roles").toArray().contains(u"Security Reader"_s));
    // An ARM token is no Graph token; a Graph one from the rotated refresh token is.
    CALL(expectGraphError(get(listPath(kIncidents, {{u"$top"_s, u"1"_s}}), arm), 401,
        u"InvalidAuthenticationToken"_s));
    r = refreshFor(rotated, u"https://graph.microsoft.com/.default"_s, app);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(
        get(listPath(kIncidents, {{u"$top"_s, u"1"_s}}), r.json().value(u"access_token").toString())
            .status,
        200);

    CALL(expectOAuthError(
        refreshFor(refresh, {}, appClientId(false)), 400, u"invalid_grant"_s, 70000));
    CALL(expectOAuthError(refreshFor(u"garbage"_s, {}, app), 400, u"invalid_grant"_s, 9002313));
    CALL(expectOAuthError(refreshFor(m_analyst, {}, app), 400, u"invalid_grant"_s, 9002313));
    CALL(expectOAuthError(refreshFor(tokens.value(u"id_token").toString(), {}, app), 400,
        u"invalid_grant"_s, 9002313));
    CALL(expectOAuthError(refreshFor({}, {}, app), 400, u"invalid_request"_s, 900144));
    CALL(expectOAuthError(refreshFor(refresh, {}, {}), 400, u"invalid_request"_s, 900144));
    // A refresh token is no access token.
    CALL(expectGraphError(get(listPath(kIncidents, {{u"$top"_s, u"1"_s}}), refresh), 401,
        u"InvalidAuthenticationToken"_s));
    // Apps get no refresh token, even when they ask.
    r = requestToken({{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, app},
        {u"client_secret"_s, secretOf(app)},
        {u"scope"_s, u"https://graph.microsoft.com/.default offline_access"_s}});
    QVERIFY2(r.status == 200, r.describe().constData());
    QVERIFY(r.json().value(u"refresh_token").isUndefined());
}

// ---- 2. 401

void GraphApiTest::unauthorized()
{
    const QString path = listPath(kIncidents, {{u"$top"_s, u"1"_s}});
    Reply r = m_client.send("GET", path);
    CALL(expectGraphError(r, 401, u"InvalidAuthenticationToken"_s));
    QCOMPARE(r.header("www-authenticate"), QByteArray("Bearer"));

    r = m_client.send("GET", path, {}, bearer(u"garbage"_s));
    CALL(expectGraphError(r, 401, u"InvalidAuthenticationToken"_s));
    r = m_client.send("GET", path, {}, {{"Authorization", "Basic YWxhZGRpbjpvcGVuc2VzYW1l"}});
    CALL(expectGraphError(r, 401, u"InvalidAuthenticationToken"_s));

    // The reader's token with Global Administrator written into its payload: the
    // signature no longer matches.
    QStringList parts = m_reader.split(u'.');
    QCOMPARE(parts.size(), 3);
    QJsonObject claims = QJsonDocument::fromJson(
        QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding))
                             .object();
    QVERIFY(claims.value(u"roles").toArray().contains(u"Security Reader"_s));
    claims.insert(u"roles"_s, QJsonArray {u"Global Administrator"_s});
    parts[1] = QString::fromLatin1(
        json(claims).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString tampered = parts.join(u'.');
    r = m_client.send("GET", path, {}, bearer(tampered));
    CALL(expectGraphError(r, 401, u"InvalidAuthenticationToken"_s));
    QVERIFY2(r.errorMessage().contains(u"signature"), qPrintable(r.errorMessage()));
    const QString incident = m_incidents.first().id.value();
    r = patch(kIncidents + u'/' + incident, R"({"status":"resolved"})", tampered);
    CALL(expectGraphError(r, 401, u"InvalidAuthenticationToken"_s));

    // 401 comes before everything else, even a 404 or a bad query.
    r = m_client.send("GET", kIncidents + u"/999999999"_s);
    CALL(expectGraphError(r, 401, u"InvalidAuthenticationToken"_s));
    r = m_client.send("GET", listPath(kAlerts, {{u"$top"_s, u"99999"_s}}));
    CALL(expectGraphError(r, 401, u"InvalidAuthenticationToken"_s));
    r = m_client.send("PATCH", kIncidents + u'/' + incident, R"({"status":"resolved"})");
    CALL(expectGraphError(r, 401, u"InvalidAuthenticationToken"_s));

    // Nothing was changed by the rejected PATCHes.
    r = get(kIncidents + u'/' + incident, m_analyst);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"status").toString(), m_incidents.first().status->name());
}

// ---- 13. correlation invariants of the demo data

void GraphApiTest::correlation()
{
    QHash<QString, const Incident *> byId;
    for (const Incident &i : std::as_const(m_incidents))
        byId.insert(i.id.value(), &i);
    QCOMPARE(byId.size(), m_incidents.size());
    QHash<QString, int> alertCount;
    QSet<QString> alertIds;
    for (const Alert &a : std::as_const(m_alerts)) {
        const QString incidentId = a.incidentId.valueOr({});
        QVERIFY2(byId.contains(incidentId),
            qPrintable(a.id.value() + u" names incident "_s + incidentId));
        QVERIFY2(byId.value(incidentId)->status.value() != IncidentStatus::redirected,
            qPrintable(a.id.value() + u" is in redirected incident "_s + incidentId));
        QVERIFY2(a.incidentWebUrl.valueOr({}).contains(u"/incidents/"_s + incidentId + u'?'),
            qPrintable(a.incidentWebUrl.valueOr({})));
        QVERIFY2(a.serviceSource.value() == ServiceSource::microsoftDefenderForCloud,
            qPrintable(a.id.value()));
        alertIds.insert(a.id.value());
        ++alertCount[incidentId];
    }
    QCOMPARE(alertIds.size(), m_alerts.size());
    int redirected = 0;
    for (const Incident &i : std::as_const(m_incidents)) {
        const QString id = i.id.value();
        if (i.status.value() == IncidentStatus::redirected) {
            ++redirected;
            const QString target = i.redirectIncidentId.valueOr({});
            QVERIFY2(!target.isEmpty(),
                qPrintable(u"redirected incident "_s + id + u" has no redirectIncidentId"_s));
            QVERIFY2(byId.contains(target), qPrintable(id + u" redirects to unknown "_s + target));
            QVERIFY2(target != id, qPrintable(id));
            QVERIFY2(alertCount.value(id) == 0,
                qPrintable(u"redirected incident %1 still has %2 alerts"_s.arg(id).arg(
                    alertCount.value(id))));
        } else {
            QVERIFY2(i.redirectIncidentId.valueOr({}).isEmpty(),
                qPrintable(u"incident %1 is %2 but has redirectIncidentId %3"_s.arg(
                    id, i.status->name(), i.redirectIncidentId.value())));
            QVERIFY2(
                alertCount.value(id) > 0, qPrintable(u"incident "_s + id + u" has no alerts"_s));
        }
    }
    QVERIFY2(redirected > 0, "the demo should have merged some incidents");
}

// ---- 3. paging

void GraphApiTest::pagingIncidents()
{
    QList<QJsonObject> items;
    qint64 count = -1;
    int pages = 0;
    CALL(walk(listPath(kIncidents, {{u"$top"_s, u"50"_s}, {u"$count"_s, u"true"_s}}), m_analyst, 50,
        &items, &count, &pages));
    QCOMPARE(count, m_info.incidents);
    QCOMPARE(items.size(), qsizetype(m_info.incidents));
    QCOMPARE(pages, int((m_info.incidents + 49) / 50));
    QSet<QString> ids;
    Timestamp previous = Timestamp::fromTicks(std::numeric_limits<qint64>::max());
    for (const QJsonObject &o : std::as_const(items)) {
        const QString id = o.value(u"id").toString();
        QVERIFY2(!ids.contains(id), qPrintable(u"incident "_s + id + u" came twice"_s));
        ids.insert(id);
        const Timestamp created = timeOf(o, "createdDateTime");
        QVERIFY2(created <= previous, qPrintable(id)); // default order: createdDateTime desc
        previous = created;
    }
    QSet<QString> expected;
    for (const Incident &i : std::as_const(m_incidents))
        expected.insert(i.id.value());
    QCOMPARE(ids, expected);

    // Without $top the page is the limit, and there is a next page.
    const Reply r = get(kIncidents, m_analyst);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"value").toArray().size(), 50);
    QVERIFY(r.json().value(u"@odata.nextLink").toString().contains(u"$skiptoken="));
    QVERIFY(!r.json().contains(u"@odata.count"));
    QCOMPARE(r.json().value(u"@odata.context").toString(),
        m_info.baseUrl + u"/v1.0/$metadata#security/incidents"_s);

    // $skip then the cursor.
    QList<QJsonObject> skipped;
    CALL(walk(listPath(kIncidents, {{u"$top"_s, u"50"_s}, {u"$skip"_s, u"120"_s}}), m_analyst, 50,
        &skipped));
    QCOMPARE(skipped.size(), items.size() - 120);
    QCOMPARE(skipped.first().value(u"id").toString(), items.at(120).value(u"id").toString());
    QCOMPARE(skipped.last().value(u"id").toString(), items.last().value(u"id").toString());
}

void GraphApiTest::pagingAlerts()
{
    QList<QJsonObject> items;
    qint64 count = -1;
    int pages = 0;
    CALL(walk(listPath(kAlerts, {{u"$top"_s, u"500"_s}, {u"$count"_s, u"true"_s}}), m_analyst, 500,
        &items, &count, &pages));
    QCOMPARE(count, m_info.alerts);
    QCOMPARE(items.size(), qsizetype(m_info.alerts));
    QCOMPARE(pages, int((m_info.alerts + 499) / 500));
    QSet<QString> ids;
    for (const QJsonObject &o : std::as_const(items)) {
        const QString id = o.value(u"id").toString();
        QVERIFY2(!ids.contains(id), qPrintable(u"alert "_s + id + u" came twice"_s));
        ids.insert(id);
    }
    QSet<QString> expected;
    for (const Alert &a : std::as_const(m_alerts))
        expected.insert(a.id.value());
    QCOMPARE(ids, expected);
}

void GraphApiTest::pagingFilteredAndOrdered()
{
    struct Case
    {
        bool incidents;
        QString filter, orderby;
        int top;
        const char *sortKey;
        bool descending;
    };
    const QList<Case> cases = {
        {true, u"severity ge 'medium' or assignedTo eq null"_s, u"lastUpdateDateTime asc"_s, 50,
            "lastUpdateDateTime", false},
        {true, u"status ne 'redirected'"_s, u"severity desc"_s, 50, "severity", true},
        {true, u"classification ne null"_s, u"classification"_s, 50, "classification", false},
        {false, u"status eq 'resolved' or severity eq 'High'"_s, u"lastUpdateDateTime asc"_s, 500,
            "lastUpdateDateTime", false},
        {false, u"severity ne 'low'"_s, u"severity asc"_s, 500, "severity", false},
    };
    for (const Case &c : cases) {
        const auto &props = c.incidents ? odata::incidentProperties() : odata::alertProperties();
        odata::Filter filter;
        QString error;
        QVERIFY2(odata::parseFilter(c.filter, props, &filter, &error), qPrintable(error));
        QSet<QString> expected;
        if (c.incidents) {
            for (const Incident &i : std::as_const(m_incidents)) {
                if (filter.matches([&](int p) { return odata::incidentValue(i, p); }))
                    expected.insert(i.id.value());
            }
        } else {
            for (const Alert &a : std::as_const(m_alerts)) {
                if (filter.matches([&](int p) { return odata::alertValue(a, p); }))
                    expected.insert(a.id.value());
            }
        }
        QVERIFY2(expected.size() > c.top, qPrintable(c.filter)); // more than one page
        QList<QJsonObject> items;
        qint64 count = -1;
        CALL(walk(listPath(c.incidents ? kIncidents : kAlerts,
                      {{u"$filter"_s, c.filter}, {u"$orderby"_s, c.orderby},
                          {u"$top"_s, QString::number(c.top)}, {u"$count"_s, u"true"_s}}),
            m_analyst, c.top, &items, &count));
        QCOMPARE(count, qint64(expected.size()));
        QSet<QString> got;
        const odata::PropertyDef *sortProp = nullptr;
        for (const odata::PropertyDef &p : props) {
            if (p.name == QLatin1StringView(c.sortKey))
                sortProp = &p;
        }
        QVERIFY(sortProp);
        odata::Value previous;
        for (qsizetype k = 0; k < items.size(); ++k) {
            const QJsonObject &o = items.at(k);
            const QString id = o.value(u"id").toString();
            QVERIFY2(!got.contains(id), qPrintable(c.filter + u": "_s + id + u" came twice"_s));
            got.insert(id);
            odata::Value v;
            const QJsonValue raw = o.value(QLatin1StringView(c.sortKey));
            if (raw.isNull() || raw.isUndefined()) {
                v = odata::Null {};
            } else if (sortProp->type == odata::PropertyType::DateTime) {
                v = timeOf(o, c.sortKey);
            } else {
                v = sortProp->enumNames->ordinalOf(raw.toString());
            }
            if (k > 0) {
                const int cmp = odata::compareValues(previous, v);
                QVERIFY2(c.descending ? cmp >= 0 : cmp <= 0,
                    qPrintable(u"%1 / %2: out of order at %3"_s.arg(c.filter, c.orderby).arg(k)));
            }
            previous = v;
        }
        QVERIFY2(got == expected,
            qPrintable(u"%1: missing %2; unexpected %3"_s.arg(
                c.filter, sample(expected, got), sample(got, expected))));
    }
}

// ---- 4. filters against brute force

void GraphApiTest::incidentFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("nonTrivial"); // must match some but not all

    QList<Timestamp> created, updated;
    QHash<QString, int> assignees;
    for (const Incident &i : std::as_const(m_incidents)) {
        created << i.createdDateTime.value();
        updated << i.lastUpdateDateTime.value();
        if (i.assignedTo.hasValue())
            ++assignees[i.assignedTo.value()];
    }
    QVERIFY(created.size() > 10);
    std::sort(created.begin(), created.end());
    std::sort(updated.begin(), updated.end());
    const QString q1 = created.at(created.size() / 4).toString();
    const QString mid = created.at(created.size() / 2).toString();
    const QString q3 = created.at(created.size() * 3 / 4).toString();
    const QString exact = m_incidents.at(m_incidents.size() / 3).createdDateTime->toString();
    const QString updatedMid = updated.at(updated.size() / 2).toString();
    const QString updatedQ3 = updated.at(updated.size() * 3 / 4).toString();
    // The middle time written with a +02:00 offset.
    const QString midOffset = QDateTime::fromMSecsSinceEpoch(
                                  created.at(created.size() / 2).toMSecs() + 7200000, Qt::UTC)
                                  .toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s)
        + u"+02:00"_s;
    QString assignee;
    for (auto it = assignees.cbegin(); it != assignees.cend(); ++it) {
        if (assignee.isEmpty() || it.value() > assignees.value(assignee))
            assignee = it.key();
    }
    QVERIFY(!assignee.isEmpty());

    auto row = [](const char *name, const QString &filter, bool nonTrivial = false) {
        QTest::newRow(name) << filter << nonTrivial;
    };
    row("status eq", u"status eq 'active'"_s, true);
    row("status ne", u"status ne 'resolved'"_s, true);
    row("status eq redirected", u"status eq 'redirected'"_s, true);
    row("severity eq PascalCase", u"severity eq 'High'"_s, true);
    row("severity gt", u"severity gt 'low'"_s, true);
    row("severity ge", u"severity ge 'medium'"_s);
    row("severity lt", u"severity lt 'high'"_s);
    row("severity le", u"severity le 'Medium'"_s);
    row("status in", u"status in ('active', 'InProgress')"_s, true);
    row("assignedTo eq null", u"assignedTo eq null"_s, true);
    row("assignedTo ne null", u"assignedTo ne null"_s, true);
    row("assignedTo eq value", u"assignedTo eq '%1'"_s.arg(assignee), true);
    row("assignedTo ne value", u"assignedTo ne '%1'"_s.arg(assignee), true);
    row("assignedTo gt", u"assignedTo gt 'b'"_s);
    row("assignedTo le", u"assignedTo le '%1'"_s.arg(assignee));
    row("not assignedTo lt", u"not (assignedTo lt 's')"_s, true);
    row("assignedTo in", u"assignedTo in ('%1', 'nobody@example.com', null)"_s.arg(assignee), true);
    row("classification ne null", u"classification ne null"_s); // new incidents say 'unknown'
    row("classification eq null", u"classification eq null"_s);
    row("classification eq unknown", u"classification eq 'unknown'"_s, true);
    row("classification lt", u"classification lt 'truePositive'"_s);
    row("not classification lt", u"not (classification lt 'truePositive')"_s);
    row("classification in with null", u"classification in (null, 'FalsePositive')"_s);
    row("classification and determination",
        u"classification eq 'truePositive' and determination eq 'multiStagedAttack'"_s, true);
    row("determination in", u"determination in ('securityTesting', 'notMalicious', 'malware')"_s,
        true);
    row("determination ge", u"determination ge 'securityTesting'"_s);
    row("createdDateTime ge", u"createdDateTime ge "_s + mid, true);
    row("createdDateTime lt", u"createdDateTime lt "_s + mid, true);
    row("createdDateTime range", u"createdDateTime gt "_s + q1 + u" and createdDateTime le "_s + q3,
        true);
    row("createdDateTime eq", u"createdDateTime eq "_s + exact, true);
    row("createdDateTime ne", u"createdDateTime ne "_s + exact, true);
    row("createdDateTime offset", u"createdDateTime lt "_s + midOffset, true);
    // A window walked page by page: past the first page the cursor, not the window, is the
    // index range (the window's terms are written +createdDateTime then).
    row("createdDateTime window", u"createdDateTime ge "_s + q1 + u" and createdDateTime lt "_s + q3, true);
    row("not createdDateTime", u"not (createdDateTime lt "_s + mid + u") and severity ne 'low'"_s, true);
    row("createdDateTime quoted", u"createdDateTime le '"_s + q1 + u'\'', true);
    row("lastUpdateDateTime le", u"lastUpdateDateTime le "_s + updatedMid, true);
    row("lastUpdateDateTime gt or",
        u"lastUpdateDateTime gt "_s + updatedQ3 + u" or severity eq 'high'"_s, true);
    row("not", u"not (status eq 'resolved')"_s, true);
    row("not not", u"not not severity eq 'low'"_s);
    row("parentheses", u"(status eq 'active' or status eq 'inProgress') and severity ge 'medium'"_s,
        true);
    row("precedence", u"status eq 'active' or status eq 'inProgress' and severity ge 'medium'"_s,
        true);
    row("case-insensitive", u"Severity eq 'medium' AND STATUS ne 'active'"_s);
    row("nested",
        u"not ((severity eq 'high' or severity eq 'low') and (assignedTo eq null or status eq 'resolved'))"_s,
        true);
}

void GraphApiTest::incidentFilters()
{
    checkFilter(true);
}

void GraphApiTest::alertFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("nonTrivial");

    QList<Timestamp> created, updated;
    QHash<QString, int> assignees;
    for (const Alert &a : std::as_const(m_alerts)) {
        created << a.createdDateTime.value();
        updated << a.lastUpdateDateTime.value();
        if (a.assignedTo.hasValue())
            ++assignees[a.assignedTo.value()];
    }
    QVERIFY(created.size() > 10);
    std::sort(created.begin(), created.end());
    std::sort(updated.begin(), updated.end());
    const QString q1 = created.at(created.size() / 4).toString();
    const QString mid = created.at(created.size() / 2).toString();
    const QString exact = m_alerts.at(m_alerts.size() / 5).createdDateTime->toString();
    const QString updatedMid = updated.at(updated.size() / 2).toString();
    QString assignee;
    for (auto it = assignees.cbegin(); it != assignees.cend(); ++it) {
        if (assignee.isEmpty() || it.value() > assignees.value(assignee))
            assignee = it.key();
    }
    QVERIFY(!assignee.isEmpty());

    auto row = [](const char *name, const QString &filter, bool nonTrivial = false) {
        QTest::newRow(name) << filter << nonTrivial;
    };
    row("status eq new", u"status eq 'new'"_s, true);
    row("status eq PascalCase", u"status eq 'Resolved'"_s, true);
    row("status ne", u"status ne 'resolved'"_s, true);
    row("status in", u"status in ('new', 'inProgress')"_s, true);
    row("severity eq", u"severity eq 'medium'"_s, true);
    row("severity gt", u"severity gt 'medium'"_s, true);
    row("severity ge", u"severity ge 'Medium'"_s);
    row("severity lt", u"severity lt 'medium'"_s);
    row("severity le", u"severity le 'low'"_s);
    row("serviceSource eq", u"serviceSource eq 'microsoftDefenderForCloud'"_s);
    row("serviceSource ne", u"serviceSource ne 'MicrosoftDefenderForCloud'"_s);
    row("serviceSource in",
        u"serviceSource in ('microsoftDefenderForEndpoint', 'microsoftDefenderForCloud')"_s);
    row("assignedTo eq null", u"assignedTo eq null"_s, true);
    row("assignedTo eq value", u"assignedTo eq '%1'"_s.arg(assignee), true);
    row("assignedTo ge", u"assignedTo ge 's'"_s);
    row("not assignedTo ge", u"not (assignedTo ge 's')"_s, true);
    row("classification ne null", u"classification ne null"_s, true);
    row("classification eq", u"classification eq 'informationalExpectedActivity'"_s, true);
    row("classification gt", u"classification gt 'falsePositive'"_s);
    row("determination eq null", u"determination eq null"_s, true);
    row("determination ne", u"determination ne 'securityTesting'"_s, true);
    row("createdDateTime ge", u"createdDateTime ge "_s + mid, true);
    row("createdDateTime lt and severity",
        u"createdDateTime lt "_s + q1 + u" and severity eq 'high'"_s, true);
    row("createdDateTime eq", u"createdDateTime eq "_s + exact, true);
    row("lastUpdateDateTime gt", u"lastUpdateDateTime gt "_s + updatedMid, true);
    row("lastUpdateDateTime le or", u"lastUpdateDateTime le "_s + q1 + u" or status eq 'new'"_s,
        true);
    row("not", u"not (severity eq 'high' or severity eq 'informational')"_s, true);
    row("parentheses",
        u"(status eq 'new' or classification eq 'falsePositive') and severity ne 'low'"_s, true);
    row("nested not", u"not (status eq 'resolved' and not (assignedTo eq null))"_s, true);
}

void GraphApiTest::alertFilters()
{
    checkFilter(false);
}

void GraphApiTest::checkFilter(bool incidents)
{
    QFETCH(QString, filter);
    QFETCH(bool, nonTrivial);
    const auto &props = incidents ? odata::incidentProperties() : odata::alertProperties();
    odata::Filter f;
    QString error;
    QVERIFY2(odata::parseFilter(filter, props, &f, &error), qPrintable(error));
    QSet<QString> expected;
    qsizetype total = 0;
    if (incidents) {
        total = m_incidents.size();
        for (const Incident &i : std::as_const(m_incidents)) {
            if (f.matches([&](int p) { return odata::incidentValue(i, p); }))
                expected.insert(i.id.value());
        }
    } else {
        total = m_alerts.size();
        for (const Alert &a : std::as_const(m_alerts)) {
            if (f.matches([&](int p) { return odata::alertValue(a, p); }))
                expected.insert(a.id.value());
        }
    }
    const int top = incidents ? 50 : 500;
    QList<QJsonObject> items;
    qint64 count = -1;
    CALL(walk(
        listPath(incidents ? kIncidents : kAlerts,
            {{u"$filter"_s, filter}, {u"$top"_s, QString::number(top)}, {u"$count"_s, u"true"_s}}),
        m_analyst, top, &items, &count));
    QSet<QString> got;
    for (const QJsonObject &o : std::as_const(items)) {
        const QString id = o.value(u"id").toString();
        QVERIFY2(!got.contains(id), qPrintable(id + u" came twice"_s));
        got.insert(id);
    }
    QVERIFY2(got == expected,
        qPrintable(u"server %1, brute force %2; missing %3; unexpected %4"_s.arg(got.size())
                       .arg(expected.size())
                       .arg(sample(expected, got), sample(got, expected))));
    QCOMPARE(count, qint64(expected.size()));
    if (nonTrivial) {
        QVERIFY2(!expected.isEmpty(), "the filter matches nothing: it checks nothing");
        QVERIFY2(expected.size() < total, "the filter matches everything: it checks nothing");
    }
}

// ---- 5. limits and bad queries

void GraphApiTest::badRequests()
{
    CALL(expectBadRequest(listPath(kIncidents, {{u"$top"_s, u"51"_s}}),
        {u"The limit of '50' for Top query has been exceeded"_s, u"'51'"_s}));
    CALL(expectBadRequest(listPath(kAlerts, {{u"$top"_s, u"2001"_s}}),
        {u"The limit of '2000' for Top query has been exceeded"_s}));
    QCOMPARE(get(listPath(kIncidents, {{u"$top"_s, u"50"_s}}), m_analyst).status, 200);
    QCOMPARE(get(listPath(kAlerts, {{u"$top"_s, u"2000"_s}}), m_analyst).status, 200);
    CALL(expectBadRequest(listPath(kIncidents, {{u"$top"_s, u"-1"_s}}), {u"$top"_s}));
    CALL(expectBadRequest(listPath(kIncidents, {{u"$top"_s, u"ten"_s}}), {u"ten"_s}));
    CALL(expectBadRequest(listPath(kIncidents, {{u"$skip"_s, u"-5"_s}}), {u"$skip"_s}));
    CALL(expectBadRequest(listPath(kIncidents, {{u"$count"_s, u"yes"_s}}), {u"$count"_s}));

    // $filter: unknown property, bad enum value, unterminated string, missing operator, ...
    CALL(expectBadRequest(listPath(kIncidents, {{u"$filter"_s, u"title eq 'x'"_s}}),
        {u"'title'"_s, u"position 1"_s}));
    CALL(expectBadRequest(
        listPath(kAlerts, {{u"$filter"_s, u"displayName eq 'x'"_s}}), {u"displayName"_s}));
    CALL(expectBadRequest(
        listPath(kIncidents, {{u"$filter"_s, u"serviceSource eq 'microsoftDefenderForCloud'"_s}}),
        {u"serviceSource"_s, u"position"_s}));
    CALL(expectBadRequest(listPath(kIncidents, {{u"$filter"_s, u"severity eq 'extreme'"_s}}),
        {u"'extreme'"_s, u"severity"_s, u"position 13"_s}));
    CALL(expectBadRequest(
        listPath(kAlerts, {{u"$filter"_s, u"status eq 'active'"_s}}), {u"'active'"_s}));
    CALL(expectBadRequest(listPath(kIncidents, {{u"$filter"_s, u"status eq 'active"_s}}),
        {u"Unterminated"_s, u"position 11"_s}));
    CALL(expectBadRequest(listPath(kIncidents, {{u"$filter"_s, u"status 'active'"_s}}),
        {u"operator"_s, u"status"_s}));
    CALL(expectBadRequest(listPath(kIncidents, {{u"$filter"_s, u"status eq 'active' and"_s}}),
        {u"end of the filter"_s}));
    CALL(expectBadRequest(
        listPath(kIncidents, {{u"$filter"_s, u"(status eq 'active'"_s}}), {u"')'"_s}));
    CALL(expectBadRequest(
        listPath(kIncidents, {{u"$filter"_s, u"severity gt null"_s}}), {u"null"_s}));
    CALL(expectBadRequest(listPath(kIncidents, {{u"$filter"_s, u"createdDateTime gt yesterday"_s}}),
        {u"createdDateTime"_s, u"yesterday"_s}));
    CALL(expectBadRequest(
        listPath(kIncidents, {{u"$filter"_s, u"assignedTo eq 42"_s}}), {u"assignedTo"_s}));
    CALL(expectBadRequest(
        listPath(kIncidents, {{u"$filter"_s, u"status eq 'active' status eq 'resolved'"_s}}),
        {u"position 20"_s}));

    // $orderby, $skiptoken, $expand and unknown options.
    CALL(expectBadRequest(listPath(kIncidents, {{u"$orderby"_s, u"title"_s}}), {u"'title'"_s}));
    CALL(expectBadRequest(
        listPath(kIncidents, {{u"$orderby"_s, u"severity sideways"_s}}), {u"asc"_s}));
    CALL(expectBadRequest(
        listPath(kIncidents, {{u"$orderby"_s, u"severity,status"_s}}), {u"more than one"_s}));
    CALL(expectBadRequest(
        listPath(kIncidents, {{u"$orderby"_s, u"assignedTo"_s}}), {u"assignedTo"_s}));
    CALL(expectBadRequest(
        listPath(kIncidents, {{u"$skiptoken"_s, u"garbage"_s}}), {u"$skiptoken"_s}));
    CALL(expectBadRequest(listPath(kIncidents, {{u"$skiptoken"_s, u""_s}}), {u"$skiptoken"_s}));
    CALL(expectBadRequest(listPath(kAlerts, {{u"$expand"_s, u"alerts"_s}}), {u"$expand"_s}));
    CALL(expectBadRequest(listPath(kIncidents, {{u"$expand"_s, u"comments"_s}}), {u"comments"_s}));
    CALL(expectBadRequest(listPath(kIncidents, {{u"$search"_s, u"x"_s}}), {u"$search"_s}));
    CALL(expectBadRequest(listPath(kAlerts, {{u"$format"_s, u"json"_s}}), {u"$format"_s}));

    // A $skiptoken from one order does not continue another.
    Reply r = get(listPath(kIncidents, {{u"$top"_s, u"5"_s}}), m_analyst);
    QCOMPARE(r.status, 200);
    const QString next = r.json().value(u"@odata.nextLink").toString();
    const QString token = QUrlQuery(QUrl(next)).queryItemValue(u"$skiptoken"_s);
    QVERIFY(!token.isEmpty());
    CALL(expectBadRequest(
        listPath(kIncidents, {{u"$orderby"_s, u"severity desc"_s}, {u"$skiptoken"_s, token}}),
        {u"$skiptoken"_s}));

    // Unknown paths and methods are Graph errors too.
    r = get(u"/v1.0/security/nothing"_s, m_analyst);
    CALL(expectGraphError(r, 404, u"BadRequest"_s));
    r = m_client.send(
        "DELETE", kIncidents + u'/' + m_incidents.first().id.value(), {}, bearer(m_analyst));
    CALL(expectGraphError(r, 405, u"BadRequest"_s));
}

// ---- 6. GET by id and $expand

void GraphApiTest::getById()
{
    const Incident *incident = nullptr;
    for (const Incident &i : std::as_const(m_incidents)) {
        if (m_alertsOf.value(i.id.value()).size() >= 3) {
            incident = &i;
            break;
        }
    }
    QVERIFY(incident);
    const QString id = incident->id.value();
    Reply r = get(kIncidents + u'/' + id, m_analyst);
    QVERIFY2(r.status == 200, r.describe().constData());
    QJsonObject o = r.json();
    QCOMPARE(o.value(u"id").toString(), id);
    QCOMPARE(o.value(u"displayName").toString(), incident->displayName.value());
    QCOMPARE(o.value(u"status").toString(), incident->status->name());
    QVERIFY(!o.contains(u"alerts"));
    QVERIFY(!o.value(u"@odata.etag").toString().isEmpty());

    r = get(kIncidents + u'/' + id + u"?$expand=alerts"_s, m_analyst);
    QVERIFY2(r.status == 200, r.describe().constData());
    o = r.json();
    QCOMPARE(o.value(u"id").toString(), id);
    QString error;
    const auto expanded = wire::decode<Incident>(o, &error);
    QVERIFY2(expanded, qPrintable(error));
    QVERIFY(expanded->alerts.hasValue());
    QSet<QString> alertIds, expectedIds;
    for (const Alert &a : expanded->alerts.value()) {
        QCOMPARE(a.incidentId.valueOr({}), id);
        alertIds.insert(a.id.value());
    }
    for (const Alert &a : m_alertsOf.value(id))
        expectedIds.insert(a.id.value());
    QCOMPARE(alertIds, expectedIds);

    // $expand on a list.
    r = get(listPath(kIncidents, {{u"$top"_s, u"10"_s}, {u"$expand"_s, u"alerts"_s}}), m_analyst);
    QVERIFY2(r.status == 200, r.describe().constData());
    const QJsonArray value = r.json().value(u"value").toArray();
    QCOMPARE(value.size(), 10);
    for (const QJsonValue &v : value) {
        const QString incidentId = v.toObject().value(u"id").toString();
        const QJsonArray alerts = v.toObject().value(u"alerts").toArray();
        QCOMPARE(alerts.size(), m_alertsOf.value(incidentId).size());
        for (const QJsonValue &a : alerts)
            QCOMPARE(a.toObject().value(u"incidentId").toString(), incidentId);
    }

    // An alert by id.
    const Alert alert = m_alertsOf.value(id).first();
    r = get(kAlerts + u'/' + alert.id.value(), m_analyst);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.json().value(u"id").toString(), alert.id.value());
    QCOMPARE(r.json().value(u"title").toString(), alert.title.value());
    QCOMPARE(r.json().value(u"incidentId").toString(), id);

    // Unknown ids.
    r = get(kIncidents + u"/999999999"_s, m_analyst);
    CALL(expectGraphError(r, 404, u"NotFound"_s));
    QVERIFY(r.errorMessage().contains(u"999999999"));
    r = get(kIncidents + u"/not-a-number"_s, m_analyst);
    CALL(expectGraphError(r, 404, u"NotFound"_s));
    r = get(kAlerts + u"/dc0000000000000000000000000000000000"_s, m_analyst);
    CALL(expectGraphError(r, 404, u"NotFound"_s));
    r = get(kIncidents + u'/' + id + u"?$expand=evidence"_s, m_analyst);
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
}

// ---- 9. roles

void GraphApiTest::forbidden()
{
    const QString incident = m_incidents.first().id.value();
    const QString alert = m_alerts.first().id.value();
    const QByteArray resolve = R"({"status":"resolved"})";

    // Security Reader: reads, never writes.
    QCOMPARE(get(kIncidents + u'/' + incident, m_reader).status, 200);
    Reply r = patch(kIncidents + u'/' + incident, resolve, m_reader);
    CALL(expectGraphError(r, 403, u"Forbidden"_s));
    QVERIFY2(
        r.errorMessage().contains(u"Security Reader") && r.errorMessage().contains(u"read-only"),
        qPrintable(r.errorMessage()));
    r = patch(kAlerts + u'/' + alert, resolve, m_reader);
    CALL(expectGraphError(r, 403, u"Forbidden"_s));
    r = m_client.send("POST", kIncidents + u'/' + incident + u"/comments"_s, R"({"comment":"x"})",
        bearer(m_reader));
    CALL(expectGraphError(r, 403, u"Forbidden"_s));

    // No security role at all.
    r = get(kIncidents, m_cloudops);
    CALL(expectGraphError(r, 403, u"Forbidden"_s));
    QVERIFY2(r.errorMessage().contains(login("cloudops")), qPrintable(r.errorMessage()));
    r = get(kAlerts + u'/' + alert, m_cloudops);
    CALL(expectGraphError(r, 403, u"Forbidden"_s));

    // The read-only app.
    QCOMPARE(get(listPath(kIncidents, {{u"$top"_s, u"1"_s}}), m_roApp).status, 200);
    r = patch(kIncidents + u'/' + incident, resolve, m_roApp);
    CALL(expectGraphError(r, 403, u"Forbidden"_s));
    QVERIFY2(
        r.errorMessage().contains(u"SecurityIncident.ReadWrite.All"), qPrintable(r.errorMessage()));
    r = patch(kAlerts + u'/' + alert, resolve, m_roApp);
    CALL(expectGraphError(r, 403, u"Forbidden"_s));
    QVERIFY2(
        r.errorMessage().contains(u"SecurityAlert.ReadWrite.All"), qPrintable(r.errorMessage()));

    // Nothing changed.
    r = get(kIncidents + u'/' + incident, m_analyst);
    QCOMPARE(r.json().value(u"status").toString(), m_incidents.first().status->name());

    // Tier 1 has no Defender for Cloud data role, and every demo alert is Defender for Cloud.
    r = get(listPath(kIncidents, {{u"$count"_s, u"true"_s}}), m_tier1);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.json().value(u"value").toArray().size(), 0);
    QCOMPARE(r.json().value(u"@odata.count").toInteger(-1), 0);
    QVERIFY(!r.json().contains(u"@odata.nextLink"));
    r = get(listPath(kAlerts, {{u"$count"_s, u"true"_s}}), m_tier1);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.json().value(u"value").toArray().size(), 0);
    QCOMPARE(r.json().value(u"@odata.count").toInteger(-1), 0);
    // ... nor can reach them by id.
    CALL(expectGraphError(get(kIncidents + u'/' + incident, m_tier1), 404, u"NotFound"_s));
    CALL(expectGraphError(get(kAlerts + u'/' + alert, m_tier1), 404, u"NotFound"_s));
    CALL(expectGraphError(
        patch(kIncidents + u'/' + incident, resolve, m_tier1), 404, u"NotFound"_s));
    CALL(expectGraphError(m_client.send("POST", kIncidents + u'/' + incident + u"/comments"_s,
                              R"({"comment":"x"})", bearer(m_tier1)),
        404, u"NotFound"_s));
    r = get(kIncidents + u'/' + incident, m_analyst);
    QCOMPARE(r.json().value(u"status").toString(), m_incidents.first().status->name());
    QCOMPARE(r.json().value(u"comments").toArray().size(), 0);
}

// ---- 10. comments

void GraphApiTest::comments()
{
    const QString id = pickIncident(1);
    QVERIFY(!id.isEmpty());
    const QString path = kIncidents + u'/' + id + u"/comments"_s;
    const QString analyst = login("analyst");
    QStringList texts = {u"First look: the foothold VM talks to a known C2 IP."_s,
        u"Isolated the VM; \"quotes\" and ünïcödé survive."_s};
    for (qsizetype n = 0; n < texts.size(); ++n) {
        const Reply r = m_client.send("POST", path,
            json({{u"@odata.type"_s, u"microsoft.graph.security.alertComment"_s},
                {u"comment"_s, texts.at(n)}}),
            bearer(m_analyst));
        QVERIFY2(r.status == 200, r.describe().constData());
        const QJsonArray value = r.json().value(u"value").toArray();
        QCOMPARE(value.size(), n + 1);
        for (qsizetype k = 0; k <= n; ++k) {
            const QJsonObject c = value.at(k).toObject();
            QCOMPARE(c.value(u"comment").toString(), texts.at(k));
            QCOMPARE(c.value(u"createdByDisplayName").toString(), analyst);
            Timestamp t;
            QVERIFY(Timestamp::parse(c.value(u"createdDateTime").toString(), &t));
        }
    }
    // The incident carries them.
    Reply r = get(kIncidents + u'/' + id, m_analyst);
    const QJsonArray stored = r.json().value(u"comments").toArray();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).toObject().value(u"comment").toString(), texts.at(1));

    // Empty or missing comments.
    for (const QByteArray &body :
        {QByteArray(R"({"comment":""})"), QByteArray(R"({"comment":"   "})"),
            QByteArray(R"({"@odata.type":"microsoft.graph.security.alertComment"})"),
            QByteArray(R"({"comment":42})")}) {
        r = m_client.send("POST", path, body, bearer(m_analyst));
        CALL(expectGraphError(r, 400, u"BadRequest"_s));
        QVERIFY2(r.errorMessage().contains(u"comment"), qPrintable(r.errorMessage()));
    }
    r = m_client.send("POST", path, "{\"comment\":", bearer(m_analyst));
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
    r = m_client.send(
        "POST", path, json({{u"comment"_s, QString(30001, u'x')}}), bearer(m_analyst));
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
    QCOMPARE(get(kIncidents + u'/' + id, m_analyst).json().value(u"comments").toArray().size(), 2);

    // On an alert, by the app.
    const QString alert = m_alertsOf.value(id).first().id.value();
    r = m_client.send("POST", kAlerts + u'/' + alert + u"/comments"_s,
        json({{u"comment"_s, u"from the app"_s}}), bearer(m_rwApp));
    QVERIFY2(r.status == 200, r.describe().constData());
    const QJsonArray value = r.json().value(u"value").toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(
        value.at(0).toObject().value(u"createdByDisplayName").toString(), u"Watchfloor console"_s);
    r = m_client.send("POST", kIncidents + u"/999999999/comments"_s, json({{u"comment"_s, u"x"_s}}),
        bearer(m_analyst));
    CALL(expectGraphError(r, 404, u"NotFound"_s));
}

// ---- 8. If-Match

void GraphApiTest::ifMatch()
{
    const QString id = pickIncident(1);
    QVERIFY(!id.isEmpty());
    const QString path = kIncidents + u'/' + id;
    const QString analyst = login("analyst");
    Reply r = get(path, m_analyst);
    const QByteArray etag1 = r.json().value(u"@odata.etag").toString().toUtf8();
    QVERIFY(etag1.startsWith("W/\""));

    r = patch(path, json({{u"assignedTo"_s, analyst}}), m_analyst, {{"If-Match", etag1}});
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.json().value(u"assignedTo").toString(), analyst);
    const QByteArray etag2 = r.json().value(u"@odata.etag").toString().toUtf8();
    QVERIFY(!etag2.isEmpty());
    QVERIFY(etag2 != etag1);
    QCOMPARE(get(path, m_analyst).json().value(u"@odata.etag").toString().toUtf8(), etag2);

    // A stale ETag loses.
    r = patch(path, R"({"assignedTo":null})", m_analyst, {{"If-Match", etag1}});
    CALL(expectGraphError(r, 412, u"PreconditionFailed"_s));
    QVERIFY(r.errorMessage().contains(QString::fromUtf8(etag2)));
    r = get(path, m_analyst);
    QCOMPARE(r.json().value(u"assignedTo").toString(), analyst);
    QCOMPARE(r.json().value(u"@odata.etag").toString().toUtf8(), etag2);

    // The current one and "*" win.
    r = patch(path, R"({"assignedTo":null})", m_analyst, {{"If-Match", etag2}});
    QVERIFY2(r.status == 200, r.describe().constData());
    QVERIFY(r.json().value(u"assignedTo").isNull());
    const QByteArray etag3 = r.json().value(u"@odata.etag").toString().toUtf8();
    QVERIFY(etag3 != etag2);
    r = patch(path, R"({"status":"inProgress"})", m_analyst, {{"If-Match", "*"}});
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.json().value(u"status").toString(), u"inProgress"_s);

    // Alerts too.
    const QString alertPath = kAlerts + u'/' + m_alertsOf.value(id).first().id.value();
    const QByteArray a1
        = get(alertPath, m_analyst).json().value(u"@odata.etag").toString().toUtf8();
    QVERIFY(!a1.isEmpty());
    r = patch(alertPath, R"({"status":"inProgress"})", m_analyst, {{"If-Match", a1}});
    QVERIFY2(r.status == 200, r.describe().constData());
    const QByteArray a2 = r.json().value(u"@odata.etag").toString().toUtf8();
    QVERIFY(a2 != a1);
    r = patch(alertPath, R"({"status":"new"})", m_analyst, {{"If-Match", a1}});
    CALL(expectGraphError(r, 412, u"PreconditionFailed"_s));
    QCOMPARE(get(alertPath, m_analyst).json().value(u"status").toString(), u"inProgress"_s);
}

// ---- 7. PATCH, cascades and persistence

void GraphApiTest::patchPersistsAcrossRestart()
{
    const QString incident = pickIncident(2);
    const QString pascal = pickIncident(1);
    const QString other = pickIncident(1);
    QVERIFY(!incident.isEmpty() && !pascal.isEmpty() && !other.isEmpty());
    const QString analyst = login("analyst");

    // Resolve an incident: its alerts follow.
    const QJsonObject change {{u"status"_s, u"resolved"_s},
        {u"classification"_s, u"truePositive"_s}, {u"determination"_s, u"malware"_s},
        {u"customTags"_s, QJsonArray {u"wf-api-test"_s, u"Crypto mining"_s}}};
    Reply r = patch(kIncidents + u'/' + incident, json(change), m_analyst);
    QVERIFY2(r.status == 200, r.describe().constData());
    auto checkIncident = [&](const QJsonObject &o) {
        QCOMPARE(o.value(u"id").toString(), incident);
        QCOMPARE(o.value(u"status").toString(), u"resolved"_s);
        QCOMPARE(o.value(u"classification").toString(), u"truePositive"_s);
        QCOMPARE(o.value(u"determination").toString(), u"malware"_s);
        QCOMPARE(o.value(u"customTags").toArray(), change.value(u"customTags").toArray());
        QCOMPARE(o.value(u"lastModifiedBy").toString(), analyst);
    };
    CALL(checkIncident(r.json()));
    const QList<Alert> alerts = m_alertsOf.value(incident);
    auto checkAlerts = [&] {
        for (const Alert &a : alerts) {
            const Reply ar = get(kAlerts + u'/' + a.id.value(), m_analyst);
            QVERIFY2(ar.status == 200, ar.describe().constData());
            const QJsonObject o = ar.json();
            QCOMPARE(o.value(u"status").toString(), u"resolved"_s);
            QCOMPARE(o.value(u"classification").toString(), u"truePositive"_s);
            QCOMPARE(o.value(u"determination").toString(), u"malware"_s);
            QVERIFY(!o.value(u"resolvedDateTime").toString().isEmpty());
        }
    };
    CALL(checkAlerts());
    // The list sees the change.
    r = get(listPath(kIncidents,
                {{u"$filter"_s, u"status eq 'resolved' and determination eq 'malware'"_s}}),
        m_analyst);
    QVERIFY2(r.status == 200, r.describe().constData());
    bool listed = false;
    for (const QJsonValue &v : r.json().value(u"value").toArray())
        listed = listed || v.toObject().value(u"id").toString() == incident;
    QVERIFY(listed);

    // PascalCase enum values are accepted and written back canonically.
    r = patch(kIncidents + u'/' + pascal,
        R"({"status":"Resolved","classification":"FalsePositive"})", m_analyst);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.json().value(u"status").toString(), u"resolved"_s);
    QCOMPARE(r.json().value(u"classification").toString(), u"falsePositive"_s);

    // An alert on its own, by the console app.
    const QString alert = m_alertsOf.value(other).first().id.value();
    r = patch(kAlerts + u'/' + alert,
        json({{u"status"_s, u"inProgress"_s}, {u"assignedTo"_s, analyst},
            {u"classification"_s, u"falsePositive"_s}, {u"determination"_s, u"notMalicious"_s}}),
        m_rwApp);
    QVERIFY2(r.status == 200, r.describe().constData());
    auto checkAlert = [&](const QJsonObject &o) {
        QCOMPARE(o.value(u"id").toString(), alert);
        QCOMPARE(o.value(u"status").toString(), u"inProgress"_s);
        QCOMPARE(o.value(u"assignedTo").toString(), analyst);
        QCOMPARE(o.value(u"classification").toString(), u"falsePositive"_s);
        QCOMPARE(o.value(u"determination").toString(), u"notMalicious"_s);
    };
    CALL(checkAlert(r.json()));

    // Stop the server, start a new one on the same database: the changes are there.
    CALL(restart());
    r = get(kIncidents + u'/' + incident, m_analyst); // tokens outlive the restart
    QVERIFY2(r.status == 200, r.describe().constData());
    CALL(checkIncident(r.json()));
    CALL(checkAlerts());
    r = get(kIncidents + u'/' + pascal, m_analyst);
    QCOMPARE(r.json().value(u"status").toString(), u"resolved"_s);
    for (const Alert &a : m_alertsOf.value(pascal))
        QCOMPARE(get(kAlerts + u'/' + a.id.value(), m_analyst).json().value(u"status").toString(),
            u"resolved"_s);
    r = get(kAlerts + u'/' + alert, m_analyst);
    CALL(checkAlert(r.json()));
    QCOMPARE(
        get(kIncidents + u'/' + other, m_analyst).json().value(u"status").toString(), u"active"_s);

    // Reopening an incident reopens its alerts.
    r = patch(kIncidents + u'/' + incident, R"({"status":"active"})", m_analyst);
    QVERIFY2(r.status == 200, r.describe().constData());
    for (const Alert &a : alerts) {
        const QJsonObject o = get(kAlerts + u'/' + a.id.value(), m_analyst).json();
        QCOMPARE(o.value(u"status").toString(), u"new"_s);
        QVERIFY(o.value(u"resolvedDateTime").isNull());
    }
}

void GraphApiTest::patchRejected()
{
    const QString id = pickIncident(1);
    QVERIFY(!id.isEmpty());
    const QString path = kIncidents + u'/' + id;
    const QString alertPath = kAlerts + u'/' + m_alertsOf.value(id).first().id.value();
    const QByteArray before = get(path, m_analyst).body;
    QVERIFY(!before.isEmpty());

    Reply r = patch(path, R"({"status":"resolved","displayName":"Renamed"})", m_analyst);
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
    QVERIFY2(r.errorMessage().contains(u"'displayName'"), qPrintable(r.errorMessage()));
    r = patch(alertPath, R"({"customTags":["x"]})", m_analyst);
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
    QVERIFY2(r.errorMessage().contains(u"'customTags'"), qPrintable(r.errorMessage()));
    r = patch(path, R"({"status":"closed"})", m_analyst);
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
    QVERIFY2(r.errorMessage().contains(u"'closed'") && r.errorMessage().contains(u"status"),
        qPrintable(r.errorMessage()));
    r = patch(path, R"({"status":"redirected"})", m_analyst); // a real value, but not one to set
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
    r = patch(alertPath, R"({"status":"active"})", m_analyst); // an incident status, not an alert's
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
    QVERIFY2(r.errorMessage().contains(u"'active'"), qPrintable(r.errorMessage()));
    r = patch(path, R"({"classification":"probablyFine"})", m_analyst);
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
    QVERIFY2(r.errorMessage().contains(u"classification"), qPrintable(r.errorMessage()));
    r = patch(path, R"({"status":null})", m_analyst);
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
    r = patch(path, R"({"status":"resolved",)", m_analyst);
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
    QVERIFY2(r.errorMessage().contains(u"JSON"), qPrintable(r.errorMessage()));
    r = patch(path, R"(["status","resolved"])", m_analyst);
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
    r = patch(path, R"({"customTags":"not-a-list"})", m_analyst);
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
    QVERIFY2(r.errorMessage().contains(u"customTags"), qPrintable(r.errorMessage()));
    r = patch(kIncidents + u"/999999999"_s, R"({"status":"resolved"})", m_analyst);
    CALL(expectGraphError(r, 404, u"NotFound"_s));
    r = patch(kAlerts + u"/no-such-alert"_s, R"({"status":"resolved"})", m_analyst);
    CALL(expectGraphError(r, 404, u"NotFound"_s));

    // Nothing was written.
    QCOMPARE(get(path, m_analyst).body, before);

    // A merged (redirected) incident takes no changes; the error names where it went.
    const Incident *merged = nullptr;
    for (const Incident &i : std::as_const(m_incidents)) {
        if (i.status.value() == IncidentStatus::redirected)
            merged = &i;
    }
    QVERIFY(merged);
    const QString mergedPath = kIncidents + u'/' + merged->id.value();
    const QByteArray mergedBefore = get(mergedPath, m_analyst).body;
    r = patch(mergedPath, R"({"status":"resolved"})", m_analyst);
    CALL(expectGraphError(r, 400, u"BadRequest"_s));
    QVERIFY2(r.errorMessage().contains(merged->redirectIncidentId.value()),
        qPrintable(r.errorMessage()));
    QCOMPARE(get(mergedPath, m_analyst).body, mergedBefore);
}

// ---- 12. body limit

void GraphApiTest::bodyTooLarge()
{
    const QString id = pickIncident(1);
    QVERIFY(!id.isEmpty());
    const QString path = kIncidents + u'/' + id;
    const QByteArray before = get(path, m_analyst).body;
    const QByteArray body = R"({"customTags":[")" + QByteArray(2 * 1024 * 1024, 'x') + R"("]})";
    const Reply r = patch(path, body, m_analyst);
    QVERIFY2(r.status == 413, r.describe().constData());
    QVERIFY(r.header("content-type").startsWith("application/json"));
    QVERIFY2(r.isJsonObject(), r.describe().constData());
    const QJsonObject error = r.json().value(u"error").toObject();
    QCOMPARE(error.value(u"code").toString(), u"RequestEntityTooLarge"_s);
    QVERIFY2(error.value(u"message").toString().contains(QString::number(m_config.maxBodyBytes)),
        qPrintable(error.value(u"message").toString()));
    // The server is still there, and nothing changed.
    QCOMPARE(get(path, m_analyst).body, before);
}

// ---- 11. throttling

void GraphApiTest::throttling()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    server::ServerConfig config;
    config.dbPath = dir.filePath(u"throttled.db"_s);
    config.port = 0;
    config.demo = true;
    config.demoOptions.seed = 5;
    config.demoOptions.alerts = 40;
    config.demoOptions.end = m_config.demoOptions.end;
    config.throttlePerMinute = 5;
    server::ServerHost host;
    QString error;
    QVERIFY2(host.start(config, &error), qPrintable(error));
    const server::ServerInfo info = host.info();
    QVERIFY(info.baseUrl != m_info.baseUrl);

    Client client;
    client.setBaseUrl(info.baseUrl);
    auto tokenFor = [&](const QString &upn) {
        QString secret;
        for (const sim::DemoCredential &c : info.credentials) {
            if (c.login == upn)
                secret = c.secret;
        }
        const Reply r = client.send("POST", u'/' + info.tenantId + u"/oauth2/v2.0/token"_s,
            encodeQuery(
                {{u"grant_type"_s, u"password"_s}, {u"username"_s, upn}, {u"password"_s, secret}})
                .mid(1)
                .toLatin1(),
            {{"Content-Type", "application/x-www-form-urlencoded"}});
        return r.json().value(u"access_token").toString();
    };
    const QString analyst = tokenFor(u"analyst@"_s + info.domain);
    QVERIFY(!analyst.isEmpty());
    const QString path = listPath(kIncidents, {{u"$top"_s, u"1"_s}});
    for (int i = 1; i <= 5; ++i) {
        const Reply r = client.send("GET", path, {}, bearer(analyst));
        QVERIFY2(r.status == 200,
            qPrintable(u"request %1: "_s.arg(i) + QString::fromUtf8(r.describe())));
    }
    const Reply r = client.send("GET", path, {}, bearer(analyst));
    CALL(expectGraphError(r, 429, u"TooManyRequests"_s));
    bool ok = false;
    const double retryAfter = r.header("retry-after").toDouble(&ok);
    QVERIFY2(ok, r.header("retry-after").constData());
    QVERIFY2(retryAfter > 0 && retryAfter <= 60, r.header("retry-after").constData());
    QVERIFY(std::isfinite(retryAfter));

    // The limit is per client: another user still gets through, and so does sign-in.
    const QString reader = tokenFor(u"reader@"_s + info.domain);
    QVERIFY(!reader.isEmpty());
    QCOMPARE(client.send("GET", path, {}, bearer(reader)).status, 200);
    // The main server has no limit.
    for (int i = 0; i < 8; ++i)
        QCOMPARE(get(path, m_analyst).status, 200);
    host.stop();
}

QTEST_GUILESS_MAIN(GraphApiTest)
#include "tst_graphapi.moc"
