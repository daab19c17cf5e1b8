// Result serialisers. Cells: datetimes as ISO 8601 UTC with 'Z', timespans as
// [-][d.]hh:mm:ss[.fffffff], dynamic arrays and objects as their JSON text (both services
// hand dynamic columns of these tables over as strings), a null string as "".
#include "kqlwire.h"

#include "wire/jsonwriter.h"

using namespace Qt::StringLiterals;

namespace wf::server::kql {

namespace {

void writeCell(wire::JsonWriter &w, const Value &v, Type type)
{
    std::visit(
        [&](const auto &x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                if (type == Type::String)
                    w.value(QString());
                else
                    w.null();
            } else if constexpr (
                std::is_same_v<T,
                    bool> || std::is_same_v<T, qint64> || std::is_same_v<T, double> || std::is_same_v<T, QString>) {
                w.value(x);
            } else {
                w.value(v.toString());
            }
        },
        v.data());
}

template<class TypeName>
void writeColumns(wire::JsonWriter &w, const QList<Column> &columns, TypeName typeName)
{
    w.beginArray();
    for (const Column &c : columns) {
        w.beginObject();
        w.key("name"_L1);
        w.value(c.name);
        w.key("type"_L1);
        w.value(typeName(c.type));
        w.endObject();
    }
    w.endArray();
}

// The rows as arrays of cells (Log Analytics) or as objects keyed by column (Graph).
void writeRows(wire::JsonWriter &w, const Result &result, bool asObjects)
{
    w.beginArray();
    const qsizetype width = result.columns.size();
    for (const Row &row : result.rows) {
        asObjects ? w.beginObject() : w.beginArray();
        for (qsizetype i = 0; i < width; ++i) {
            if (asObjects)
                w.key(result.columns.at(i).name);
            writeCell(w, i < row.size() ? row.at(i) : Value(), result.columns.at(i).type);
        }
        asObjects ? w.endObject() : w.endArray();
    }
    w.endArray();
}

} // namespace

QByteArray logAnalyticsJson(const Result &result)
{
    QByteArray out;
    wire::JsonWriter w(&out);
    w.beginObject();
    w.key("tables"_L1);
    w.beginArray();
    w.beginObject();
    w.key("name"_L1);
    w.value("PrimaryResult"_L1);
    w.key("columns"_L1);
    writeColumns(w, result.columns, typeName);
    w.key("rows"_L1);
    writeRows(w, result, false);
    w.endObject();
    w.endArray();
    w.endObject();
    return out;
}

QByteArray huntingJson(const Result &result, const QString &odataContext)
{
    QByteArray out;
    wire::JsonWriter w(&out);
    w.beginObject();
    if (!odataContext.isEmpty()) {
        w.key("@odata.context"_L1);
        w.value(odataContext);
    }
    w.key("schema"_L1);
    writeColumns(w, result.columns, graphTypeName);
    w.key("results"_L1);
    writeRows(w, result, true);
    w.endObject();
    return out;
}

QJsonObject logAnalyticsError(const KqlError &error, QStringView query)
{
    const int pos = qBound(0, error.position, int(query.size()));
    const QStringView before = query.left(pos);
    const int line = int(before.count(u'\n')) + 1;
    const int column = pos - int(before.lastIndexOf(u'\n')) - 1;
    const bool syntax = error.kind == KqlError::Syntax;
    QJsonObject detail {
        {u"code"_s, syntax ? u"SYN0002"_s : u"SEM0100"_s},
        {u"message"_s, error.message},
        {u"line"_s, line},
        {u"pos"_s, column},
    };
    if (!error.token.isEmpty())
        detail.insert(u"token"_s, error.token);
    return QJsonObject {
        {u"error"_s,
            QJsonObject {
                {u"message"_s, u"The request had some invalid properties"_s},
                {u"code"_s, u"BadArgumentError"_s},
                {u"innererror"_s,
                    QJsonObject {
                        {u"code"_s, syntax ? u"SyntaxError"_s : u"SemanticError"_s},
                        {u"message"_s,
                            syntax ? u"A recognition error occurred in the query."_s
                                   : u"A semantic error occurred."_s},
                        {u"innererror"_s, detail},
                    }},
            }},
    };
}

} // namespace wf::server::kql
