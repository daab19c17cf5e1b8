// What the API tests look up in the demo tenant a test server generated: a principal's
// secret, the demo apps' client ids, a demo user's sign-in name; and DemoClient, the
// signed-in requests the tests of the Azure side make as one demo principal or another.
#pragma once

#include "apiclient.h"
#include "servercore.h"

#include <QHash>
#include <QString>

namespace wf::apitest {

// The password or client secret of a demo user (UPN) or app (client id); empty if unknown.
QString secretOf(const server::ServerInfo &info, const QString &login);
// The client id of the demo app with SecurityIncident.ReadWrite.All (`readWrite`) or of
// the read-only one.
QString appClientId(const server::ServerInfo &info, bool readWrite);
// "analyst" -> "analyst@<the tenant's domain>".
QString demoLogin(const server::ServerInfo &info, const char *user);

// Requests as a demo principal: `who` is a user's short name ("admin", "reader") or an
// app's client id. Tokens come from the server's token endpoint (the password grant for
// users, client credentials for apps) and are kept per principal and resource.
class DemoClient
{
public:
    static QString armResource() { return QStringLiteral("https://management.azure.com"); }
    static QString graphResource() { return QStringLiteral("https://graph.microsoft.com"); }

    void setServer(const server::ServerInfo &info);
    const server::ServerInfo &info() const { return m_info; }
    Client &client() { return m_client; }

    QString token(const QString &who, const QString &resource);
    // A request with a JSON body (none when `body` is empty).
    Reply send(const QString &who, const QString &resource, const QByteArray &method, const QString &path,
               const QJsonObject &body = {});
    Reply arm(const QString &who, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return send(who, armResource(), method, path, body);
    }
    Reply graph(const QString &who, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return send(who, graphResource(), method, path, body);
    }

    // A KQL query on the workspace through the Log Analytics query API.
    Reply logQuery(const QString &who, const QString &workspaceId, const QString &kql);
    // How many rows the Defender for Cloud alert has in SecurityAlert (-1 on an error),
    // counted as an analyst would in the hunting view.
    qint64 securityAlertRows(const QString &workspaceId, const QString &dfcName);
    // Raises one Defender for Cloud alert of `plan` on `subscription` with Defender for
    // Cloud's "simulate" action, as the admin; returns the new alert's name (empty when the
    // plan is off there).
    QString simulate(const QString &subscription, const QString &plan);

private:
    Client m_client;
    server::ServerInfo m_info;
    QHash<QString, QString> m_tokens;
};

} // namespace wf::apitest
