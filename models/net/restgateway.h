// The one gateway to the network: owns the QNetworkAccessManager, adds bearer tokens,
// retries with backoff (honouring a fractional Retry-After on 429/503/504), applies
// transfer timeouts, never ignores SSL errors, and turns failures into ApiError.
#pragma once

#include "apierror.h"
#include "tokenprovider.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkReply;
class QTimer;

namespace wf::net {

struct RestRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body; // JSON for PATCH/POST
    QString resource; // token audience, e.g. "https://graph.microsoft.com"; empty: no token
    QList<std::pair<QByteArray, QByteArray>> headers;
    int maxAttempts = 5; // first try included
    int transferTimeoutMs = 30000;
};

struct RestResult
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    ApiError error; // kind None on 2xx
    int attempts = 0;
};

// One call in flight; deletes itself after `finished`.
class RestCall : public QObject
{
    Q_OBJECT
public:
    void cancel();
    const RestRequest &request() const { return m_request; }
    // The caller says what went wrong itself (a page's own line, a control's tooltip): the
    // gateway's `failed` (the window's banner) stays silent for this call.
    void setQuiet(bool quiet) { m_quiet = quiet; }
    // For a successful answer, calls `watch` with the start of its body (at most
    // `maxBytes`) each time more of it has arrived, until `watch` returns true: a pager
    // reads a page's next link while the page is still coming.
    void watchHead(qsizetype maxBytes, std::function<bool(QByteArrayView head)> watch);

Q_SIGNALS:
    void finished(const wf::net::RestResult &result);
    // A retry is scheduled: for a status bar ("Throttled; retrying in 2.1 s"). `attempt` is
    // the try about to be made (2 for the first retry).
    void retrying(int attempt, int delayMs, const wf::net::ApiError &why);

private:
    friend class RestGateway;
    RestCall(class RestGateway *gateway, RestRequest request);
    void start();
    void attempt(const QString &token);
    void onReply();
    void onReadyRead();
    void finish(RestResult result);
    // Schedules another try, or returns false when this failure must end the call.
    bool retry(const ApiError &why, int retryAfterMs);

    RestGateway *m_gateway;
    RestRequest m_request;
    QPointer<class QNetworkReply> m_reply;
    class QTimer *m_retryTimer = nullptr;
    int m_attempts = 0;
    bool m_refreshedToken = false;
    bool m_done = false;
    bool m_sent = false; // the current try's request left (requestSent)
    bool m_quiet = false;
    QStringList m_sslErrors; // what sslErrors() reported for the current try
    std::function<bool(QByteArrayView)> m_headWatch;
    qsizetype m_headBytes = 0;
    QByteArray m_clientRequestId;
};

class RestGateway : public QObject
{
    Q_OBJECT
public:
    explicit RestGateway(QObject *parent = nullptr);
    ~RestGateway() override; // cancels every call still running: each still gets `finished`

    QNetworkAccessManager *network() { return &m_nam; }
    TokenProvider *tokens() { return &m_tokens; }

    RestCall *send(RestRequest request);
    void cancelAll();
    // Says a failure that a quiet call's caller decided to show after all (see `failed`).
    void report(const ApiError &error);

    // Backoff for attempt n (1-based) when the server gave no Retry-After.
    static int backoffMs(int attempt);
    // Parses Retry-After: seconds (fractional allowed) or an HTTP date; -1 if absent/bad.
    static int retryAfterMs(const QByteArray &value);

Q_SIGNALS:
    // Every failure that reached a caller, for the status bar / banner.
    void failed(const wf::net::ApiError &error);

private:
    friend class RestCall;
    QNetworkAccessManager m_nam;
    TokenProvider m_tokens;
    QList<QPointer<RestCall>> m_calls;
};

} // namespace wf::net
