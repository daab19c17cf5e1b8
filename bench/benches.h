// The benchmark groups of watchfloor-bench and the helpers they share.
#pragma once

#include "domain/field.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace wf::session {
class Session;
}
namespace wf::server {
struct ServerInfo;
class ServerHost;
}

namespace bench {

// A console session signed in as the demo analyst of `info`'s tenant (not started).
std::unique_ptr<wf::session::Session> sessionOn(const wf::server::ServerInfo &info, const QString &cacheDir);

void figure(const QString &name, double value, const QString &unit, const QJsonObject &extra = {});
double percentile(QList<double> v, double p);
wf::Timestamp fixedEnd();
// Starts `host` on the demo tenant of `alerts` alerts in `dbPath` (generated there on first
// use), its history ending at fixedEnd(); exits the bench when it cannot.
wf::server::ServerInfo startDemo(wf::server::ServerHost &host, const QString &dbPath, qint64 alerts);

void benchConsole(const QString &dir, qint64 alerts, int runs, int syncRuns, bool syncOnly);
void benchStartup(int runs);
void benchIncidentPage(const QString &dir, qint64 alerts, int runs);
void benchStory(int runs);

} // namespace bench
