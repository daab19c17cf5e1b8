// Demo tenant look-ups for the API tests.
#include "demotenant.h"

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

} // namespace wf::apitest
