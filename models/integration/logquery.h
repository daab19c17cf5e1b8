// KQL queries against the two query APIs the console speaks: the Log Analytics query API
// (POST v1/workspaces/{workspaceId}/query, the Sentinel workspace's tables) and Microsoft
// Graph's advanced hunting (POST security/runHuntingQuery). Both answers become one
// QueryResult: typed columns and rows of JSON cells, with the API's error or its
// "partial result" warning said plainly.
#pragma once

#include "net/graphclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QPointer>

#include <functional>

namespace wf::integration {

struct QueryColumn
{
    QString name;
    QString type; // as the API names it: "string", "datetime", "long"... or Graph's "String"...
};

struct QueryResult
{
    net::ApiError error;           // kind None when the query ran
    QList<QueryColumn> columns;
    QList<QJsonArray> rows;        // cells in column order
    QString warning;               // e.g. Log Analytics' PartialError: the rows were cut short
    qint64 elapsedMs = 0;
    // A query the API refused (400) for its text: where in it (0-based index into the KQL,
    // -1 when the answer does not say) and the token found there (may be empty). The
    // engine's own words ("Syntax error at position 16: ...") are in error.message.
    int errorPosition = -1;
    QString errorToken;

    bool ok() const { return error.ok(); }
    int column(QStringView name) const; // -1 if absent
    // The first row's cell of `name` (a summarize without by): 0 / "" when absent.
    QJsonValue scalar(QStringView name) const;

    static QueryResult fromLogAnalytics(const QByteArray &body, QString *why);
    static QueryResult fromHunting(const QByteArray &body, QString *why);
    // Reads the query error of a 400 body of either API into error.message, errorPosition
    // and errorToken. Log Analytics names line and column (innererror.innererror); Graph
    // says "at position N" in its message.
    void readQueryError(const QByteArray &body, QStringView kql);
};

enum class QueryApi : quint8 {
    Workspace, // Log Analytics, the Sentinel workspace
    Hunting    // Graph advanced hunting (Defender XDR)
};

// Runs one query; `done` is called exactly once (also on cancel, with Kind::Cancelled),
// unless `context` is gone by then.
class QueryRunner : public QObject
{
    Q_OBJECT
public:
    // `logs`: the Log Analytics client; `graph`: the Graph client. Either may be null when
    // its API is not used.
    QueryRunner(net::GraphClient *logs, net::GraphClient *graph, QObject *parent = nullptr);

    // The workspace's customer id (a GUID), for the Log Analytics API.
    void setWorkspaceId(const QString &id) { m_workspaceId = id; }
    QString workspaceId() const { return m_workspaceId; }

    using Callback = std::function<void(const QueryResult &)>;
    // `timespan`: ISO 8601 duration such as "P14D"; empty: the API's default window.
    // Null (and `done` called with an error, queued) while the workspace id is unknown.
    net::RestCall *run(QueryApi api, const QString &kql, const QString &timespan,
                       QObject *context, Callback done);

private:
    net::GraphClient *m_logs;
    net::GraphClient *m_graph;
    QString m_workspaceId;
};

} // namespace wf::integration
