// SecretStore: QtKeychain jobs with an in-memory fallback.
#include "secretstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace wf::ui {

namespace {
bool s_disabled = false;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wf::ui::SecretStore)
};

// Runs `done` later on the caller's thread unless `context` is gone by then.
void later(QObject *context, SecretStore::Callback done, SecretStore::Result result)
{
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    QTimer::singleShot(0, QCoreApplication::instance(),
        [guard, guarded, done = std::move(done), result = std::move(result)] {
            if (guarded && !guard)
                return;
            done(result);
        });
}
} // namespace

QHash<QString, QString> &SecretStore::memory()
{
    static QHash<QString, QString> m;
    return m;
}

QString SecretStore::service()
{
    return QStringLiteral("Watchfloor");
}

void SecretStore::setKeyringDisabled(bool disabled)
{
    s_disabled = disabled;
}

bool SecretStore::keyringDisabled()
{
    return s_disabled;
}

QString SecretStore::memorySecret(const QString &key)
{
    return memory().value(key);
}

void SecretStore::read(const QString &key, QObject *context, Callback done)
{
    // A secret kept in memory this run wins: the keyring had failed for it.
    if (memory().contains(key)) {
        later(context, std::move(done), {memory().value(key), Where::Memory, {}});
        return;
    }
    if (s_disabled) {
        later(context, std::move(done), {{}, Where::Memory, Tr::tr("it is switched off")});
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a plaintext fallback is exactly what we must not do
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    QObject::connect(job, &QKeychain::Job::finished, job,
        [job, guard, guarded, done = std::move(done)](QKeychain::Job *) {
            if (guarded && !guard)
                return;
            Result r;
            if (job->error() == QKeychain::NoError) {
                r.secret = job->textData();
                r.where = Where::Keyring;
            } else if (job->error() == QKeychain::EntryNotFound) {
                r.where = Where::NotFound;
            } else {
                r.where = Where::Memory;
                r.keyringError = job->errorString();
            }
            done(r);
        });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto keepInMemory = [key, secret](const QString &why) {
        memory().insert(key, secret);
        return Result {secret, Where::Memory, why};
    };
    if (s_disabled) {
        later(context, std::move(done), keepInMemory(Tr::tr("it is switched off")));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(key);
    job->setTextData(secret);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    QObject::connect(job, &QKeychain::Job::finished, job,
        [job, secret, key, keepInMemory, guard, guarded, done = std::move(done)](QKeychain::Job *) {
            Result r;
            if (job->error() == QKeychain::NoError) {
                memory().remove(key);
                r = {secret, Where::Keyring, {}};
            } else {
                r = keepInMemory(job->errorString());
            }
            if (guarded && !guard)
                return;
            done(r);
        });
    job->start();
}

void SecretStore::remove(const QString &key)
{
    memory().remove(key);
    if (s_disabled)
        return;
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->start();
}

} // namespace wf::ui
