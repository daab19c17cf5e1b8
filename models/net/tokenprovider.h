// OAuth2 bearer tokens for each API resource (Graph, ARM, Log Analytics), cached and
// refreshed before they expire. Speaks the Entra v2.0 token endpoint, which our
// simulator serves too: client credentials for apps, the password grant, and the device
// code grant for users, whose refresh token then brings every other resource's token
// without asking the user again.
#pragma once

#include "apierror.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

namespace wf::net {

struct Credentials
{
    enum class Grant : quint8 { Password, ClientSecret, DeviceCode };
    Grant grant = Grant::Password;
    QUrl authority; // e.g. https://login.microsoftonline.com or http://127.0.0.1:PORT
    QString tenant; // GUID or domain
    QString clientId; // app id (for user grants: the public client used)
    QString clientSecret;
    QString username;
    QString password;
    QString refreshToken; // DeviceCode: from an earlier sign-in, so nobody is asked again
};

// What a person needs to approve a device code sign-in in a browser.
struct DeviceCodePrompt
{
    QString userCode; // e.g. "FTNWQRTQ9"
    QUrl verificationUri; // the page to enter it on
    QString message; // the server's own instructions (English, from Entra)
    qint64 expiresAtMs = 0; // epoch milliseconds; the code is useless after
};

class TokenProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QString &token, const ApiError &error)>;

    TokenProvider(QNetworkAccessManager *nam, QObject *parent = nullptr);

    // Drops every cached token and any sign-in in progress.
    void setCredentials(const Credentials &credentials);
    const Credentials &credentials() const { return m_credentials; }

    // Calls back with a valid token for `resource` (e.g. "https://graph.microsoft.com"),
    // fetching one if none is cached or the cached one expires within 5 minutes. Several
    // callers waiting for the same resource share one request. With the device code grant
    // the token comes from the refresh token; without one, from the sign-in in progress,
    // else the callback hears that nobody is signed in.
    void token(const QString &resource, Callback callback);
    // Forgets the token for `resource` (after a 401), so the next call fetches a new one.
    void invalidate(const QString &resource);

    // Device code grant: signs a user in for `resource`, forgetting any earlier sign-in.
    // Asks for a device code, emits deviceCodeReady, then polls the token endpoint at the
    // interval the server gave (5 s longer after each slow_down) until the user approved,
    // declined, the code expired or cancelSignIn() was called; then calls back once.
    void signIn(const QString &resource, Callback callback);
    // Stops the sign-in in progress; whoever waits for it hears Cancelled.
    void cancelSignIn();
    bool isSigningIn() const { return m_flow.has_value(); }
    // Milliseconds until the sign-in's next poll; -1 when none is scheduled.
    int nextPollInMs() const;
    // The refresh token of the signed-in user (memory only: storing it is the caller's
    // business), and who that is (the id token's preferred_username).
    const QString &refreshToken() const { return m_refreshToken; }
    const QString &account() const { return m_account; }

Q_SIGNALS:
    void signedIn(const QString &resource);
    // A device code sign-in needs the user: show them the code and where to enter it.
    void deviceCodeReady(const wf::net::DeviceCodePrompt &prompt);
    // The user has not approved yet; the next poll is in `nextPollMs`.
    void signInPending(int nextPollMs);
    // Every refresh rotates the refresh token; empty when the server refused it.
    void refreshTokenChanged(const QString &refreshToken);

private:
    struct DeviceFlow
    {
        QString resource;
        QString deviceCode;
        qint64 expiresAtMs = 0;
        int intervalMs = 5000;
        QPointer<QNetworkReply> reply;
    };

    void fetch(const QString &resource);
    QNetworkReply *post(const char *endpoint, const QByteArray &form);
    ApiError errorOf(QNetworkReply *reply, int status, const QByteArray &body) const;
    // Caches the answer's access token for `resource` and keeps its refresh token.
    bool accept(const QString &resource, const QByteArray &body, ApiError *error);
    void onReply(QNetworkReply *reply, const QString &resource, quint64 generation);
    void dropRequests();
    // Sends a request of the sign-in in progress; `handle` gets the answer unless that
    // sign-in has ended by then.
    using FlowHandler = void (TokenProvider::*)(QNetworkReply *, int status, const QByteArray &);
    void sendForFlow(const char *endpoint, const QByteArray &form, FlowHandler handle);
    void onDeviceCode(QNetworkReply *reply, int status, const QByteArray &body);
    void schedulePoll();
    void poll();
    void onPoll(QNetworkReply *reply, int status, const QByteArray &body);
    void endFlow(const ApiError &error);
    void stopFlow();
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
    QString m_refreshToken;
    QString m_account;
    std::optional<DeviceFlow> m_flow;
    quint64 m_flowId = 0; // bumps per sign-in: a stopped one's answers are dropped
    QTimer m_pollTimer;
};

} // namespace wf::net
