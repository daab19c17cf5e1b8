// A KQL subset for the simulated Log Analytics query and Graph runHuntingQuery APIs:
// tokenizer, recursive-descent parser, binder and a streaming executor over in-memory
// or lazily scanned tables. The supported grammar is written down in docs/kql.md.
#pragma once

#include "domain/field.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

class QVariant;

namespace wf::server::kql {

// KQL's scalar types. Int and Long both hold a qint64 in a Value; the type only
// decides the name in a result's schema and 32-bit wrap-around in arithmetic.
enum class Type : quint8 { String, DateTime, Int, Long, Real, Bool, Dynamic, TimeSpan };

QLatin1StringView typeName(Type t); // KQL / Log Analytics: "string", "datetime", ...
QLatin1StringView graphTypeName(Type t); // Graph hunting schema: "String", "DateTime", ...

// A duration in 100 ns ticks, as KQL's timespan.
struct TimeSpan
{
    qint64 ticks = 0;
    friend constexpr auto operator<=>(TimeSpan, TimeSpan) = default;
};

// One cell. Null is std::monostate; a string column never holds null in KQL, so a null
// read from a string column behaves as "" everywhere (isempty, ==, output).
class Value
{
public:
    using Data = std::variant<std::monostate, bool, qint64, double, QString, Timestamp, TimeSpan,
        QJsonValue>;

    Value() = default;
    Value(bool b)
        : m_data(b)
    {
    }
    Value(qint64 n)
        : m_data(n)
    {
    }
    Value(int n)
        : m_data(qint64(n))
    {
    }
    Value(double d)
        : m_data(d)
    {
    }
    Value(const QString &s)
        : m_data(s)
    {
    }
    Value(QString &&s)
        : m_data(std::move(s))
    {
    }
    Value(Timestamp t)
        : m_data(t)
    {
    }
    Value(TimeSpan t)
        : m_data(t)
    {
    }
    // Dynamic (arrays and objects; JSON scalars are stored as scalars).
    static Value dynamic(const QJsonValue &v);

    // Conversions from the two row sources the server has. A datetime is read from ISO
    // 8601 text, a QDateTime, or an integer of Timestamp ticks; a dynamic from JSON text
    // or a JSON value; anything that does not convert is null.
    static Value fromJson(const QJsonValue &v, Type t);
    static Value fromVariant(const QVariant &v, Type t);

    bool isNull() const { return m_data.index() == 0; }
    const Data &data() const { return m_data; }

    template<class T>
    const T *get() const
    {
        return std::get_if<T>(&m_data);
    }

    // The text KQL's tostring() gives: ISO 8601 for datetimes, [-][d.]hh:mm:ss[.fffffff]
    // for timespans, compact JSON for dynamic, "" for null.
    QString toString() const;

private:
    Data m_data;
};

bool operator==(const Value &a, const Value &b); // same kind and content (NaN equals NaN)
size_t qHash(const Value &v, size_t seed = 0);

using Row = QList<Value>;

struct Column
{
    QString name;
    Type type = Type::String;
    friend bool operator==(const Column &, const Column &) = default;
};

// A table is a schema plus a scan. The scan calls `sink` once per row, cells in column
// order, and stops as soon as `sink` returns false (a satisfied `take`). Nothing is
// copied up front: a scan over SQLite converts one record at a time, e.g.
//
//   Table t{u"SecurityAlert"_s, securityAlertColumns(), [db](const RowSink &sink) {
//       QSqlQuery q(db);
//       q.exec(u"SELECT ... FROM security_alert"_s);          // columns in schema order
//       const auto &cols = securityAlertColumns();
//       Row row(cols.size());
//       while (q.next()) {
//           for (int i = 0; i < cols.size(); ++i)
//               row[i] = Value::fromVariant(q.value(i), cols[i].type);
//           if (!sink(row))
//               break;
//       }
//   }};
//
// A row shorter than the schema reads null for the missing cells. The scan runs once per
// query, on the thread that runs the query.
using RowSink = std::function<bool(const Row &)>;
using RowScan = std::function<void(const RowSink &)>;

struct Table
{
    QString name;
    QList<Column> columns;
    RowScan scan;

    int columnIndex(QStringView name) const;

    // Rows held by the table (shared, implicitly; a scan copies nothing).
    static Table fromRows(const QString &name, const QList<Column> &columns, QList<Row> rows);
    // JSON objects keyed by column name, each converted to a Row when scanned.
    static Table fromJson(
        const QString &name, const QList<Column> &columns, QList<QJsonObject> objects);
    // The same over a source that streams its objects: `forEach` calls its callback once
    // per object and stops when the callback returns false.
    using JsonSink = std::function<bool(const QJsonObject &)>;
    using JsonScan = std::function<void(const JsonSink &)>;
    static Table fromJsonScan(const QString &name, const QList<Column> &columns, JsonScan forEach);
};

// The tables a query may name. Names are case-sensitive, as in KQL.
class Catalog
{
public:
    void add(Table table);
    const Table *find(QStringView name) const;
    QStringList names() const;

private:
    QList<Table> m_tables;
};

struct TimeRange
{
    Timestamp from;
    Timestamp to;
};

struct Options
{
    // now() and ago() are fixed for the whole query, as in KQL.
    Timestamp now = Timestamp::now();
    // The API's timespan: rows whose TimeGenerated lies outside [from, to] are not seen
    // (tables without TimeGenerated are not restricted).
    std::optional<TimeRange> timeRange;
    // Stop after this many result rows and set Result::truncated (0: no limit).
    qint64 maxRows = 0;
};

struct Result
{
    QList<Column> columns;
    QList<Row> rows;
    bool truncated = false;
};

struct KqlError
{
    enum Kind : quint8 { Syntax, Semantic };
    Kind kind = Syntax;
    int position = 0; // 0-based index into the query text (QString code units)
    QString message; // "Syntax error at position 16: expected ..., found 'join'"
    QString token; // the text found at `position`, empty at the end of the query
};

// Parses, binds against `catalog` and runs `query`. On failure returns nothing and fills
// `error`; never throws, never crashes on any input.
std::optional<Result> run(
    QStringView query, const Catalog &catalog, KqlError *error, const Options &options = {});

// The API's ISO 8601 timespan parameter: "P30D" (back from now), "start/end",
// "start/P7D", "P7D/end", or a single start ("start" to now).
std::optional<TimeRange> parseTimespanParameter(QStringView text, Timestamp now);

} // namespace wf::server::kql
