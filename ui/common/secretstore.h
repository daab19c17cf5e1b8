// Secrets (passwords, client secrets) in the system keyring through QtKeychain; where no
// keyring answers, in this process's memory only. Never in QSettings or any file.
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace wf::ui {

class SecretStore
{
public:
    enum class Where : quint8 {
        Keyring, // stored in (or read from) the system keyring
        NotFound, // the keyring answered, it has no such entry
        Memory, // no keyring: kept in memory until the program quits
    };
    struct Result
    {
        QString secret;
        Where where = Where::NotFound;
        QString keyringError; // why the keyring could not be used (Where::Memory)
    };
    using Callback = std::function<void(const Result &)>;

    // The keyring service name entries are filed under.
    static QString service();
    // `key` is e.g. "<profile id>/<login>". Callbacks run on the calling thread, later.
    // `context` guards the callback: when it is destroyed, the callback is not called.
    static void read(const QString &key, QObject *context, Callback done);
    static void write(const QString &key, const QString &secret, QObject *context, Callback done);
    static void remove(const QString &key);

    // Tests: pretend no keyring exists (every job fails as with no backend), so that no
    // test ever writes into a developer's real keyring.
    static void setKeyringDisabled(bool disabled);
    static bool keyringDisabled();
    // What is kept in memory this run (tests check it; cleared on exit).
    static QString memorySecret(const QString &key);

private:
    static QHash<QString, QString> &memory();
};

} // namespace wf::ui
