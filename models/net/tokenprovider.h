// OAuth2 bearer tokens for each API resource (Graph, ARM, Log Analytics), cached and
// refreshed before they expire. Speaks the Entra v2.0 token endpoint, which our
// simulator serves too.
#pragma once

#include "apierror.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace wf::net {

struct Credentials
{
    enum class Grant : quint8 { Password, ClientSecret };
    Grant grant = Grant::Password;
    QUrl authority; // e.g. https://login.microsoftonline.com or http://127.0.0.1:PORT
    QString tenant; // GUID or domain
    QString clientId; // app id (for the password grant: the public client used)
    QString clientSecret;
    QString username;
    QString password;
};

class TokenProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QString &token, const ApiError &error)>;

    TokenProvider(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setCredentials(const Credentials &credentials); // drops every cached token
    const Credentials &credentials() const { return m_credentials; }

    // Calls back with a valid token for `resource` (e.g. "https://graph.microsoft.com"),
    // fetching one if none is cached or the cached one expires within 5 minutes. Several
    // callers waiting for the same resource share one request.
    void token(const QString &resource, Callback callback);
    // Forgets the token for `resource` (after a 401), so the next call fetches a new one.
    void invalidate(const QString &resource);

Q_SIGNALS:
    void signedIn(const QString &resource);

private:
    void fetch(const QString &resource);
    void onReply(QNetworkReply *reply, const QString &resource, quint64 generation);
    void deliver(const QString &resource, const QString &token, const ApiError &error);

    struct Cached
    {
        QString token;
        qint64 expiresAtMs = 0;
    };
    QNetworkAccessManager *m_nam;
    Credentials m_credentials;
    quint64 m_generation = 0; // bumps on setCredentials: late answers are dropped
    QHash<QString, Cached> m_cache;
    QHash<QString, QList<Callback>> m_waiting;
    QHash<QString, QPointer<QNetworkReply>> m_inFlight; // resource -> its token request
};

} // namespace wf::net
