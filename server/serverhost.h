// Runs a ServerCore on its own thread (QtHttpServer handlers must never run on the GUI
// thread); used by watchfloor-server, the console's embedded default and the tests.
#pragma once

#include "servercore.h"

#include <QThread>

#include <functional>

namespace wf::server {

class ServerHost
{
public:
    ServerHost() = default;
    ~ServerHost();
    ServerHost(const ServerHost &) = delete;
    ServerHost &operator=(const ServerHost &) = delete;

    // Blocks until the server listens (true) or failed (false, `error` says why).
    // `progress` is called on the server thread while a demo history is generated.
    bool start(const ServerConfig &config, QString *error,
               std::function<void(qint64, qint64)> progress = {});
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    const ServerInfo &info() const { return m_info; }

private:
    QThread *m_thread = nullptr;
    ServerInfo m_info;
};

} // namespace wf::server
