// Builds embedded-demo profiles from the running tenant's address and demo sign-ins.
#include "embeddedtenant.h"

namespace wf::ui {

QString EmbeddedTenant::defaultLogin() const
{
    return QStringLiteral("analyst@") + domain;
}

const DemoPrincipal *EmbeddedTenant::principal(const QString &login) const
{
    for (const DemoPrincipal &p : principals) {
        if (p.login.compare(login, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

session::Profile EmbeddedTenant::profileFor(QString login, QString *secret) const
{
    const DemoPrincipal *who = principal(login);
    if (!who)
        who = principal(defaultLogin());
    if (!who && !principals.isEmpty())
        who = &principals.first();
    login = who ? who->login : defaultLogin();

    session::Profile p = session::Profile::embeddedDemo();
    const QString base = baseUrl.toString(QUrl::StripTrailingSlash);
    p.authority = QUrl(base);
    p.graphBase = QUrl(base + QStringLiteral("/v1.0"));
    p.armBase = QUrl(base);
    p.tenant = tenantId;
    p.useClientSecret = who && who->isApp();
    if (p.useClientSecret) {
        p.clientId = login;
    } else {
        p.username = login;
        // The password grant names the public client it signs in through: the console's
        // own app registration in the demo tenant.
        for (const DemoPrincipal &d : principals) {
            if (d.isApp()
                && d.roles.contains(QLatin1StringView("SecurityIncident.ReadWrite.All"))) {
                p.clientId = d.login;
                break;
            }
        }
    }
    if (secret)
        *secret = who ? who->secret : QString();
    return p;
}

} // namespace wf::ui
