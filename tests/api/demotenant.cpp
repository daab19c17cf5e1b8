// Demo tenant look-ups and signed-in requests for the API tests.
#include "demotenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace wf::apitest {

QString secretOf(const server::ServerInfo &info, const QString &login)
{
    for (const sim::DemoCredential &c : info.credentials) {
        if (c.login.compare(login, Qt::CaseInsensitive) == 0)
            return c.secret;
    }
    return {};
}

QString appClientId(const server::ServerInfo &info, bool readWrite)
{
    for (const sim::DemoCredential &c : info.credentials) {
        if (!c.login.contains(u'@')
            && c.roles.contains(QLatin1StringView("SecurityIncident.ReadWrite.All")) == readWrite)
            return c.login;
    }
    return {};
}

QString demoLogin(const server::ServerInfo &info, const char *user)
{
    return QLatin1StringView(user) + u'@' + info.domain;
}

void DemoClient::setServer(const server::ServerInfo &info)
{
    m_info = info;
    m_client.setBaseUrl(info.baseUrl);
    m_tokens.clear();
}

QString DemoClient::token(const QString &who, const QString &resource)
{
    const QString key = who + u' ' + resource;
    if (const auto it = m_tokens.constFind(key); it != m_tokens.constEnd())
        return *it;
    const bool app = !secretOf(m_info, who).isEmpty();
    const QString login = app ? who : QString(who + u'@' + m_info.domain);
    const QList<std::pair<QString, QString>> form = {
        {QStringLiteral("grant_type"), app ? QStringLiteral("client_credentials") : QStringLiteral("password")},
        {app ? QStringLiteral("client_id") : QStringLiteral("username"), login},
        {app ? QStringLiteral("client_secret") : QStringLiteral("password"), secretOf(m_info, login)},
        {QStringLiteral("scope"), QString(resource + QStringLiteral("/.default"))}};
    const Reply r = m_client.send("POST", u'/' + m_info.tenantId + QStringLiteral("/oauth2/v2.0/token"),
                                  encodeQuery(form).mid(1).toLatin1(),
                                  {{"Content-Type", "application/x-www-form-urlencoded"}});
    const QString t = r.json().value(QStringLiteral("access_token")).toString();
    if (t.isEmpty())
        qWarning("no token for %s: %s", qPrintable(login), r.describe().constData());
    m_tokens.insert(key, t);
    return t;
}

Reply DemoClient::send(const QString &who, const QString &resource, const QByteArray &method, const QString &path,
                        const QJsonObject &body)
{
    Headers h = bearer(token(who, resource));
    if (!body.isEmpty())
        h.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return m_client.send(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), h);
}

Reply DemoClient::logQuery(const QString &who, const QString &workspaceId, const QString &kql)
{
    return send(who, QStringLiteral("https://api.loganalytics.io"), "POST",
                QStringLiteral("/v1/workspaces/") + workspaceId + QStringLiteral("/query"),
                {{QStringLiteral("query"), kql}});
}

qint64 DemoClient::securityAlertRows(const QString &workspaceId, const QString &dfcName)
{
    const Reply r = logQuery(QStringLiteral("admin"), workspaceId,
                             QStringLiteral("SecurityAlert | where ProductName == \"Azure Security Center\" and "
                                            "VendorOriginalId == \"%1\" | count")
                                 .arg(dfcName));
    if (r.status != 200) {
        qWarning("query: %s", r.describe().constData());
        return -1;
    }
    return r.json()
        .value(QStringLiteral("tables"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("rows"))
        .toArray()
        .at(0)
        .toArray()
        .at(0)
        .toInteger();
}

QString DemoClient::simulate(const QString &subscription, const QString &plan)
{
    const QString base = QStringLiteral("/subscriptions/") + subscription + QStringLiteral("/providers/Microsoft.Security");
    const QString api = QStringLiteral("?api-version=2024-09-01");
    const QString admin = QStringLiteral("admin");
    QSet<QString> known;
    for (const QJsonValue &v : arm(admin, "GET", base + QStringLiteral("/alerts") + api).json().value(QStringLiteral("value")).toArray())
        known.insert(v.toObject().value(QStringLiteral("name")).toString());
    const Reply r = arm(admin, "POST", base + QStringLiteral("/locations/centralus/alerts/default/simulate") + api,
                        {{QStringLiteral("properties"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("Bundles")},
                                                                    {QStringLiteral("bundles"), QJsonArray{plan}}}}});
    if (r.status != 202)
        qWarning("simulate: %s", r.describe().constData());
    for (const QJsonValue &v : arm(admin, "GET", base + QStringLiteral("/alerts") + api).json().value(QStringLiteral("value")).toArray()) {
        const QString name = v.toObject().value(QStringLiteral("name")).toString();
        if (!known.contains(name))
            return name;
    }
    return {};
}

} // namespace wf::apitest
