// Query requests and the two answer shapes.
#include "logquery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace wf::integration {

namespace {

QJsonObject parseObject(const QByteArray &body, QString *why)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (why)
            *why = pe.error != QJsonParseError::NoError ? pe.errorString()
                                                        : QCoreApplication::translate("wf::integration::QueryRunner", "the answer is not a JSON object");
        return {};
    }
    return doc.object();
}

} // namespace

int QueryResult::column(QStringView name) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].name == name)
            return i;
    }
    return -1;
}

QJsonValue QueryResult::scalar(QStringView name) const
{
    const int c = column(name);
    if (c < 0 || rows.isEmpty() || c >= rows.first().size())
        return QJsonValue(0);
    return rows.first().at(c);
}

QueryResult QueryResult::fromLogAnalytics(const QByteArray &body, QString *why)
{
    QueryResult r;
    const QJsonObject o = parseObject(body, why);
    const QJsonArray tables = o.value(QLatin1StringView("tables")).toArray();
    if (tables.isEmpty()) {
        if (why && why->isEmpty())
            *why = QCoreApplication::translate("wf::integration::QueryRunner", "the answer has no tables");
        r.error.kind = net::ApiError::Kind::Malformed;
        return r;
    }
    // The first table is the primary result.
    const QJsonObject t = tables.first().toObject();
    for (const QJsonValue &c : t.value(QLatin1StringView("columns")).toArray()) {
        const QJsonObject co = c.toObject();
        r.columns.append({co.value(QLatin1StringView("name")).toString(),
                          co.value(QLatin1StringView("type")).toString()});
    }
    const QJsonArray rows = t.value(QLatin1StringView("rows")).toArray();
    r.rows.reserve(rows.size());
    for (const QJsonValue &row : rows)
        r.rows.append(row.toArray());
    // A 200 may still carry an error: the result was cut short.
    const QJsonObject err = o.value(QLatin1StringView("error")).toObject();
    if (!err.isEmpty()) {
        QString text = err.value(QLatin1StringView("message")).toString();
        const QJsonArray details = err.value(QLatin1StringView("details")).toArray();
        if (!details.isEmpty())
            text = details.first().toObject().value(QLatin1StringView("message")).toString(text);
        r.warning = text;
    }
    return r;
}

QueryResult QueryResult::fromHunting(const QByteArray &body, QString *why)
{
    QueryResult r;
    const QJsonObject o = parseObject(body, why);
    if (!o.contains(QLatin1StringView("schema"))) {
        if (why && why->isEmpty())
            *why = QCoreApplication::translate("wf::integration::QueryRunner", "the answer has no schema");
        r.error.kind = net::ApiError::Kind::Malformed;
        return r;
    }
    for (const QJsonValue &c : o.value(QLatin1StringView("schema")).toArray()) {
        const QJsonObject co = c.toObject();
        r.columns.append({co.value(QLatin1StringView("name")).toString(),
                          co.value(QLatin1StringView("type")).toString()});
    }
    const QJsonArray results = o.value(QLatin1StringView("results")).toArray();
    r.rows.reserve(results.size());
    for (const QJsonValue &v : results) {
        const QJsonObject row = v.toObject();
        QJsonArray cells;
        for (const QueryColumn &c : std::as_const(r.columns))
            cells.append(row.value(c.name));
        r.rows.append(cells);
    }
    return r;
}

void QueryResult::readQueryError(const QByteArray &body, QStringView kql)
{
    const QJsonObject outer
        = QJsonDocument::fromJson(body).object().value(QLatin1StringView("error")).toObject();
    // Log Analytics nests its explanation: "invalid properties" > "a recognition error" >
    // the engine's message with line, column and token.
    QJsonObject inner = outer;
    while (inner.value(QLatin1StringView("innererror")).isObject())
        inner = inner.value(QLatin1StringView("innererror")).toObject();
    if (inner != outer) {
        const QString message = inner.value(QLatin1StringView("message")).toString();
        if (!message.isEmpty())
            error.message = message;
        errorToken = inner.value(QLatin1StringView("token")).toString();
        const int line = inner.value(QLatin1StringView("line")).toInt(0);
        const int column = inner.value(QLatin1StringView("pos")).toInt(-1);
        qsizetype at = 0;
        for (int l = 1; l < line && at >= 0; ++l) {
            at = kql.indexOf(u'\n', at);
            if (at >= 0)
                ++at;
        }
        if (line >= 1 && column >= 0 && at >= 0)
            errorPosition = int(qMin(at + column, kql.size()));
    }
    if (errorPosition < 0) {
        static const QRegularExpression position(QStringLiteral("\\bat position (\\d+)"));
        const QRegularExpressionMatch m = position.match(error.message);
        if (m.hasMatch())
            errorPosition = int(qMin<qsizetype>(m.captured(1).toLongLong(), kql.size()));
    }
}

QueryRunner::QueryRunner(net::GraphClient *logs, net::GraphClient *graph, QObject *parent)
    : QObject(parent)
    , m_logs(logs)
    , m_graph(graph)
{
}

net::RestCall *QueryRunner::run(QueryApi api, const QString &kql, const QString &timespan,
                                QObject *context, Callback done)
{
    net::RestCall *call = nullptr;
    if (api == QueryApi::Workspace && m_workspaceId.isEmpty()) {
        // Answered at once, but after the caller has returned, like a network answer.
        QueryResult r;
        r.error.kind = net::ApiError::Kind::BadRequest;
        r.error.message = tr("The Microsoft Sentinel workspace is not known yet. Wait until the connection has "
                             "read its set-up, then run the query again.");
        QMetaObject::invokeMethod(context ? context : this, [r, done = std::move(done)] { done(r); }, Qt::QueuedConnection);
        return nullptr;
    }
    if (api == QueryApi::Workspace) {
        QJsonObject body{{QStringLiteral("query"), kql}};
        if (!timespan.isEmpty())
            body.insert(QStringLiteral("timespan"), timespan);
        call = m_logs->post(QStringLiteral("v1/workspaces/%1/query").arg(m_workspaceId), body);
    } else {
        QJsonObject body{{QStringLiteral("Query"), kql}};
        if (!timespan.isEmpty())
            body.insert(QStringLiteral("Timespan"), timespan);
        call = m_graph->post(QStringLiteral("security/runHuntingQuery"), body);
    }
    call->setQuiet(true); // the result carries the error; whoever ran the query shows it
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QPointer<QObject> guard(context);
    connect(call, &net::RestCall::finished, context ? context : this,
            [api, kql, guard, hasContext = context != nullptr, timer, done = std::move(done)](const net::RestResult &res) {
                if (hasContext && !guard)
                    return;
                QueryResult r;
                if (res.error.ok()) {
                    QString why;
                    r = api == QueryApi::Workspace ? QueryResult::fromLogAnalytics(res.body, &why)
                                                   : QueryResult::fromHunting(res.body, &why);
                    if (!r.error.ok()) {
                        r.error.httpStatus = res.status;
                        r.error.detail = why;
                    }
                } else {
                    r.error = res.error;
                    if (res.status == 400)
                        r.readQueryError(res.body, kql);
                }
                r.elapsedMs = timer->elapsed();
                done(r);
            });
    return call;
}

} // namespace wf::integration
