// The server thread: builds the core there, reports readiness, runs its event loop.
#include "serverhost.h"

#include <QEventLoop>
#include <QSemaphore>

namespace wf::server {

ServerHost::~ServerHost()
{
    stop();
}

bool ServerHost::start(const ServerConfig &config, QString *error,
                       std::function<void(qint64, qint64)> progress)
{
    stop();
    QSemaphore ready;
    bool ok = false;
    m_thread = QThread::create([&, config, progress] {
        auto core = std::make_unique<ServerCore>();
        if (progress)
            QObject::connect(core.get(), &ServerCore::progress, core.get(), progress, Qt::DirectConnection);
        QString startError;
        const bool started = core->start(config, &startError);
        if (started)
            m_info = core->info();
        else if (error)
            *error = startError;
        ok = started;
        // After this, start() may have returned: `ok`, `error` and `ready` are gone.
        ready.release();
        if (!started)
            return;
        QEventLoop loop;
        loop.exec(); // until QThread::quit()
    });
    m_thread->setObjectName(QStringLiteral("watchfloor-server"));
    m_thread->start();
    ready.acquire();
    if (!ok) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    return ok;
}

void ServerHost::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace wf::server
