// What the shell knows about the demo tenant running inside the program (the server
// library itself is app's business: ui never links it).
#pragma once

#include "session/profile.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace wf::ui {

// One demo sign-in, as the embedded server derives it from its seed. The secret lives in
// memory only: it is recomputed at every start, never stored.
struct DemoPrincipal
{
    QString login; // UPN, or client id for apps
    QString secret;
    QString roles;
    QString description;
    bool isApp() const { return !login.contains(u'@'); }
};

struct EmbeddedTenant
{
    QUrl baseUrl; // e.g. http://127.0.0.1:41234 (empty: not running in this session)
    QString tenantId, tenantName, domain;
    QList<DemoPrincipal> principals;

    bool isRunning() const { return baseUrl.isValid() && !baseUrl.isEmpty(); }
    // The SOC analyst the console signs in as by default.
    QString defaultLogin() const;
    const DemoPrincipal *principal(const QString &login) const;
    // The embedded profile signed in as `login` (the default analyst if unknown);
    // `secret` receives that principal's secret.
    session::Profile profileFor(QString login, QString *secret) const;
};

} // namespace wf::ui
