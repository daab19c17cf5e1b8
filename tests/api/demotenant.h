// What the API tests look up in the demo tenant a test server generated: a principal's
// secret, the demo apps' client ids, a demo user's sign-in name.
#pragma once

#include "servercore.h"

#include <QString>

namespace wf::apitest {

// The password or client secret of a demo user (UPN) or app (client id); empty if unknown.
QString secretOf(const server::ServerInfo &info, const QString &login);
// The client id of the demo app with SecurityIncident.ReadWrite.All (`readWrite`) or of
// the read-only one.
QString appClientId(const server::ServerInfo &info, bool readWrite);
// "analyst" -> "analyst@<the tenant's domain>".
QString demoLogin(const server::ServerInfo &info, const char *user);

} // namespace wf::apitest
