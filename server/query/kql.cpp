// KQL subset: values, the binder (names and types, KQL's error messages) and the
// streaming executor (one chain of stages; only sort, top and summarize hold rows).
#include "kql.h"

#include "kqlsyntax.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace wf::server::kql {

using ast::BinOp;
using ast::Expr;

// ---------------------------------------------------------------------------------------
// Types and values

QLatin1StringView typeName(Type t)
{
    switch (t) {
    case Type::String:
        return "string"_L1;
    case Type::DateTime:
        return "datetime"_L1;
    case Type::Int:
        return "int"_L1;
    case Type::Long:
        return "long"_L1;
    case Type::Real:
        return "real"_L1;
    case Type::Bool:
        return "bool"_L1;
    case Type::Dynamic:
        return "dynamic"_L1;
    case Type::TimeSpan:
        return "timespan"_L1;
    }
    return "string"_L1;
}

QLatin1StringView graphTypeName(Type t)
{
    switch (t) {
    case Type::String:
        return "String"_L1;
    case Type::DateTime:
        return "DateTime"_L1;
    case Type::Int:
        return "Int32"_L1;
    case Type::Long:
        return "Int64"_L1;
    case Type::Real:
        return "Double"_L1;
    case Type::Bool:
        return "Boolean"_L1;
    case Type::Dynamic:
        return "Object"_L1;
    case Type::TimeSpan:
        return "TimeSpan"_L1;
    }
    return "String"_L1;
}

namespace {

QString timeSpanText(qint64 ticks)
{
    const bool negative = ticks < 0;
    const quint64 t = negative ? 0 - quint64(ticks) : quint64(ticks);
    const quint64 frac = t % 10'000'000;
    const quint64 secs = t / 10'000'000;
    const quint64 days = secs / 86400;
    char buf[64];
    int n = std::snprintf(buf, sizeof buf, "%s", negative ? "-" : "");
    if (days)
        n += std::snprintf(buf + n, sizeof buf - size_t(n), "%llu.", days);
    n += std::snprintf(buf + n, sizeof buf - size_t(n), "%02llu:%02llu:%02llu", secs / 3600 % 24,
        secs / 60 % 60, secs % 60);
    if (frac)
        std::snprintf(buf + n, sizeof buf - size_t(n), ".%07llu", frac);
    return QString::fromLatin1(buf);
}

QString realText(double d)
{
    if (std::isnan(d))
        return u"NaN"_s;
    if (std::isinf(d))
        return d > 0 ? u"Infinity"_s : u"-Infinity"_s;
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

std::optional<QJsonValue> parseJsonText(const QString &text)
{
    const QString t = text.trimmed();
    if (!t.startsWith(u'[') && !t.startsWith(u'{'))
        return std::nullopt;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

std::optional<Timestamp> timestampFromText(const QString &s)
{
    Timestamp t;
    if (Timestamp::parse(s, &t))
        return t;
    return ast::parseDateTimeText(s);
}

bool boolFromText(QStringView s, bool *ok)
{
    *ok = true;
    if (s.compare(u"true", Qt::CaseInsensitive) == 0 || s == u"1")
        return true;
    if (s.compare(u"false", Qt::CaseInsensitive) == 0 || s == u"0")
        return false;
    *ok = false;
    return false;
}

// The conversions shared by fromJson, fromVariant and the to*() functions: text to a type.
Value fromText(const QString &s, Type t)
{
    bool ok = false;
    switch (t) {
    case Type::String:
        return Value(s);
    case Type::DateTime:
        if (const auto ts = timestampFromText(s))
            return Value(*ts);
        return {};
    case Type::Int:
    case Type::Long: {
        const qint64 n = s.trimmed().toLongLong(&ok);
        if (ok)
            return Value(t == Type::Int ? qint64(qint32(n)) : n);
        const double d = s.trimmed().toDouble(&ok);
        if (ok && std::isfinite(d) && std::abs(d) < 9.2e18)
            return Value(t == Type::Int ? qint64(qint32(qint64(d))) : qint64(d));
        return {};
    }
    case Type::Real: {
        const double d = s.trimmed().toDouble(&ok);
        return ok ? Value(d) : Value();
    }
    case Type::Bool: {
        const bool b = boolFromText(s.trimmed(), &ok);
        return ok ? Value(b) : Value();
    }
    case Type::Dynamic:
        if (const auto j = parseJsonText(s))
            return Value::dynamic(*j);
        return Value(s);
    case Type::TimeSpan:
        if (const auto span = ast::parseTimeSpanText(s))
            return Value(*span);
        return {};
    }
    return {};
}

QJsonValue toJson(const Value &v)
{
    return std::visit(
        [&](const auto &x) -> QJsonValue {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return QJsonValue::Null;
            else if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, QString>)
                return x;
            else if constexpr (std::is_same_v<T, qint64>)
                return QJsonValue(x);
            else if constexpr (std::is_same_v<T, double>)
                return std::isfinite(x) ? QJsonValue(x) : QJsonValue(realText(x));
            else if constexpr (std::is_same_v<T, QJsonValue>)
                return x;
            else
                return v.toString();
        },
        v.data());
}

} // namespace

Value Value::dynamic(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return Value(v.toBool());
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::abs(d) < 9e15)
            return Value(qint64(d));
        return Value(d);
    }
    case QJsonValue::String:
        return Value(v.toString());
    case QJsonValue::Array:
    case QJsonValue::Object: {
        Value out;
        out.m_data = v;
        return out;
    }
    default:
        return {};
    }
}

Value Value::fromJson(const QJsonValue &v, Type t)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return fromText(v.toString(), t);
    case QJsonValue::Bool:
        if (t == Type::Bool || t == Type::Dynamic)
            return Value(v.toBool());
        if (t == Type::String)
            return Value(v.toBool() ? u"true"_s : u"false"_s);
        if (t == Type::Int || t == Type::Long)
            return Value(qint64(v.toBool()));
        return {};
    case QJsonValue::Double: {
        const double d = v.toDouble();
        switch (t) {
        case Type::Real:
            return Value(d);
        case Type::Int:
        case Type::Long:
            if (std::isfinite(d) && std::abs(d) < 9.2e18)
                return Value(t == Type::Int ? qint64(qint32(qint64(d))) : qint64(d));
            return {};
        case Type::Bool:
            return Value(d != 0);
        case Type::Dynamic:
            return dynamic(v);
        case Type::String:
            return Value(dynamic(v).toString());
        case Type::TimeSpan:
            return Value(TimeSpan {qint64(d)});
        case Type::DateTime:
            return {};
        }
        return {};
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        if (t == Type::Dynamic)
            return dynamic(v);
        if (t == Type::String)
            return Value(dynamic(v).toString());
        return {};
    }
    return {};
}

Value Value::fromVariant(const QVariant &v, Type t)
{
    if (!v.isValid() || v.isNull())
        return {};
    switch (v.typeId()) {
    case QMetaType::Bool:
        return fromJson(QJsonValue(v.toBool()), t);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
        switch (t) {
        case Type::DateTime:
            return Value(Timestamp::fromTicks(v.toLongLong()));
        case Type::TimeSpan:
            return Value(TimeSpan {v.toLongLong()});
        case Type::Int:
            return Value(qint64(qint32(v.toLongLong())));
        case Type::Long:
        case Type::Dynamic:
            return Value(v.toLongLong());
        case Type::Real:
            return Value(v.toDouble());
        case Type::Bool:
            return Value(v.toLongLong() != 0);
        case Type::String:
            return Value(v.toString());
        }
        return {};
    case QMetaType::Double:
    case QMetaType::Float:
        return fromJson(QJsonValue(v.toDouble()), t);
    case QMetaType::QDateTime:
        if (t == Type::DateTime)
            return Value(Timestamp::fromMSecs(v.toDateTime().toMSecsSinceEpoch()));
        if (t == Type::String)
            return Value(Timestamp::fromMSecs(v.toDateTime().toMSecsSinceEpoch()).toString());
        return {};
    case QMetaType::QString:
        return fromText(v.toString(), t);
    case QMetaType::QByteArray:
        return fromText(QString::fromUtf8(v.toByteArray()), t);
    default:
        if (t == Type::Dynamic) {
            const QJsonValue j = QJsonValue::fromVariant(v);
            if (!j.isNull() && !j.isUndefined())
                return dynamic(j);
        }
        return v.canConvert<QString>() ? fromText(v.toString(), t) : Value();
    }
}

QString Value::toString() const
{
    return std::visit(
        [](const auto &x) -> QString {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return {};
            else if constexpr (std::is_same_v<T, bool>)
                return x ? u"true"_s : u"false"_s;
            else if constexpr (std::is_same_v<T, qint64>)
                return QString::number(x);
            else if constexpr (std::is_same_v<T, double>)
                return realText(x);
            else if constexpr (std::is_same_v<T, QString>)
                return x;
            else if constexpr (std::is_same_v<T, Timestamp>)
                return x.toString();
            else if constexpr (std::is_same_v<T, TimeSpan>)
                return timeSpanText(x.ticks);
            else
                return QString::fromUtf8(x.isArray()
                        ? QJsonDocument(x.toArray()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(x.toObject()).toJson(QJsonDocument::Compact));
        },
        m_data);
}

bool operator==(const Value &a, const Value &b)
{
    if (a.data().index() != b.data().index())
        return false;
    if (const double *x = a.get<double>()) {
        const double y = *b.get<double>();
        return *x == y || (std::isnan(*x) && std::isnan(y));
    }
    return a.data() == b.data();
}

size_t qHash(const Value &v, size_t seed)
{
    const size_t kind = v.data().index();
    return std::visit(
        [&](const auto &x) -> size_t {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return qHashMulti(seed, kind);
            else if constexpr (std::is_same_v<T, double>)
                return qHashMulti(seed, kind, std::isnan(x) ? 0.0 : x);
            else if constexpr (std::is_same_v<T, Timestamp>)
                return qHashMulti(seed, kind, x.ticks());
            else if constexpr (std::is_same_v<T, TimeSpan>)
                return qHashMulti(seed, kind, x.ticks);
            else if constexpr (std::is_same_v<T, QJsonValue>)
                return qHashMulti(seed, kind, x);
            else
                return qHashMulti(seed, kind, x);
        },
        v.data());
}

// ---------------------------------------------------------------------------------------
// Tables

int Table::columnIndex(QStringView n) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].name == n)
            return i;
    }
    return -1;
}

Table Table::fromRows(const QString &name, const QList<Column> &columns, QList<Row> rows)
{
    return Table {name, columns, [rows = std::move(rows)](const RowSink &sink) {
                      for (const Row &r : rows) {
                          if (!sink(r))
                              return;
                      }
                  }};
}

Table Table::fromJson(const QString &name, const QList<Column> &columns, QList<QJsonObject> objects)
{
    return fromJsonScan(name, columns, [objects = std::move(objects)](const JsonSink &sink) {
        for (const QJsonObject &o : objects) {
            if (!sink(o))
                return;
        }
    });
}

Table Table::fromJsonScan(const QString &name, const QList<Column> &columns, JsonScan forEach)
{
    return Table {name, columns, [columns, forEach = std::move(forEach)](const RowSink &sink) {
                      Row row(columns.size());
                      forEach([&](const QJsonObject &o) {
                          for (int i = 0; i < columns.size(); ++i)
                              row[i] = Value::fromJson(o.value(columns[i].name), columns[i].type);
                          return sink(row);
                      });
                  }};
}

void Catalog::add(Table table)
{
    for (Table &t : m_tables) {
        if (t.name == table.name) {
            t = std::move(table);
            return;
        }
    }
    m_tables.append(std::move(table));
}

const Table *Catalog::find(QStringView name) const
{
    for (const Table &t : m_tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QStringList Catalog::names() const
{
    QStringList out;
    for (const Table &t : m_tables)
        out << t.name;
    return out;
}

// ---------------------------------------------------------------------------------------
// Evaluation helpers

namespace {

bool isNumeric(Type t)
{
    return t == Type::Int || t == Type::Long || t == Type::Real;
}

bool isIntegral(Type t)
{
    return t == Type::Int || t == Type::Long;
}

// A total order for sorting, grouping-independent: values of unlike kinds order by kind.
int kindRank(const Value &v)
{
    switch (v.data().index()) {
    case 0:
        return 0; // null
    case 1:
        return 1; // bool
    case 2:
    case 3:
        return 2; // numbers
    case 4:
        return 3; // string
    case 5:
        return 4; // datetime
    case 6:
        return 5; // timespan
    default:
        return 6; // dynamic
    }
}

template<class T>
int cmp3(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

double asDouble(const Value &v)
{
    if (const qint64 *n = v.get<qint64>())
        return double(*n);
    return *v.get<double>();
}

// Compares two non-null values; nullopt when KQL cannot compare them.
std::optional<int> compareValues(const Value &a, const Value &b, Qt::CaseSensitivity cs)
{
    const int ra = kindRank(a), rb = kindRank(b);
    if (ra != rb || ra == 0)
        return std::nullopt;
    switch (ra) {
    case 1:
        return cmp3(*a.get<bool>(), *b.get<bool>());
    case 2: {
        const qint64 *ia = a.get<qint64>();
        const qint64 *ib = b.get<qint64>();
        if (ia && ib)
            return cmp3(*ia, *ib);
        const double x = asDouble(a), y = asDouble(b);
        if (std::isnan(x) || std::isnan(y))
            return std::nullopt;
        return cmp3(x, y);
    }
    case 3: {
        const int c = QString::compare(*a.get<QString>(), *b.get<QString>(), cs);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case 4:
        return cmp3(*a.get<Timestamp>(), *b.get<Timestamp>());
    case 5:
        return cmp3(a.get<TimeSpan>()->ticks, b.get<TimeSpan>()->ticks);
    default:
        return *a.get<QJsonValue>() == *b.get<QJsonValue>() ? 0 : 1;
    }
}

// The order used by sort/top/min/max: never fails, so std::stable_sort always sees a
// consistent comparator (NaN after every number, unlike kinds by kind).
int orderValues(const Value &a, const Value &b)
{
    const int ra = kindRank(a), rb = kindRank(b);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    if (ra == 2) {
        const qint64 *ia = a.get<qint64>();
        const qint64 *ib = b.get<qint64>();
        if (ia && ib)
            return cmp3(*ia, *ib);
        const double x = asDouble(a), y = asDouble(b);
        if (std::isnan(x) || std::isnan(y))
            return cmp3(std::isnan(x), std::isnan(y));
        return cmp3(x, y);
    }
    if (ra == 6)
        return cmp3(a.toString(), b.toString());
    return compareValues(a, b, Qt::CaseSensitive).value_or(0);
}

bool isTermChar(QChar c)
{
    return c.isLetterOrNumber();
}

// KQL's has: the needle must match whole terms (maximal runs of letters and digits). A
// match may span several terms, but where the needle begins or ends with a letter or
// digit, the haystack must have a term boundary there.
bool hasTerm(QStringView hay, QStringView needle, Qt::CaseSensitivity cs)
{
    if (needle.isEmpty())
        return false;
    const bool boundedStart = isTermChar(needle.front());
    const bool boundedEnd = isTermChar(needle.back());
    qsizetype from = 0;
    for (;;) {
        const qsizetype i = hay.indexOf(needle, from, cs);
        if (i < 0)
            return false;
        const qsizetype e = i + needle.size();
        const bool startOk = !boundedStart || i == 0 || !isTermChar(hay[i - 1]);
        const bool endOk = !boundedEnd || e == hay.size() || !isTermChar(hay[e]);
        if (startOk && endOk)
            return true;
        from = i + 1;
    }
}

// Truthiness for where/and/or/not: null is neither true nor false.
std::optional<bool> truth(const Value &v)
{
    if (const bool *b = v.get<bool>())
        return *b;
    if (const qint64 *n = v.get<qint64>())
        return *n != 0; // a dynamic holding a number
    return std::nullopt;
}

qint64 wrapAdd(qint64 a, qint64 b)
{
    return qint64(quint64(a) + quint64(b));
}

qint64 wrapSub(qint64 a, qint64 b)
{
    return qint64(quint64(a) - quint64(b));
}

qint64 wrapMul(qint64 a, qint64 b)
{
    return qint64(quint64(a) * quint64(b));
}

// ---------------------------------------------------------------------------------------
// Compiled expressions

struct EvalContext
{
    Timestamp now;
};

class Node
{
public:
    explicit Node(Type t)
        : type(t)
    {
    }
    virtual ~Node() = default;
    virtual Value eval(const Row &row) const = 0;
    // The value without a copy where it already exists (a cell, a constant), else null.
    virtual const Value *ref(const Row &) const { return nullptr; }
    virtual bool isConstant() const { return false; }
    Type type;
};
using NodePtr = std::unique_ptr<Node>;

// An operand's value, borrowed when the node can lend it (saves copying a cell per row).
class Operand
{
public:
    Operand(const Node &n, const Row &row)
        : m_p(n.ref(row))
    {
        if (!m_p) {
            m_own = n.eval(row);
            m_p = &m_own;
        }
    }
    Operand(const Operand &) = delete;
    Operand &operator=(const Operand &) = delete;
    const Value &operator*() const { return *m_p; }

private:
    Value m_own;
    const Value *m_p;
};

class ConstNode final : public Node
{
public:
    ConstNode(Type t, Value v)
        : Node(t)
        , m_value(std::move(v))
    {
    }
    Value eval(const Row &) const override { return m_value; }
    const Value *ref(const Row &) const override { return &m_value; }
    bool isConstant() const override { return true; }

private:
    Value m_value;
};

class ColumnNode final : public Node
{
public:
    ColumnNode(Type t, int index)
        : Node(t)
        , m_index(index)
    {
    }
    Value eval(const Row &row) const override
    {
        if (m_index >= row.size())
            return type == Type::String ? Value(QString()) : Value();
        const Value &v = row.at(m_index);
        if (type == Type::String && v.isNull())
            return Value(QString());
        return v;
    }
    const Value *ref(const Row &row) const override
    {
        if (m_index >= row.size() || (type == Type::String && row.at(m_index).isNull()))
            return nullptr;
        return &row.at(m_index);
    }

private:
    int m_index;
};

class NegateNode final : public Node
{
public:
    explicit NegateNode(NodePtr operand)
        : Node(operand->type)
        , m_operand(std::move(operand))
    {
    }
    Value eval(const Row &row) const override
    {
        const Value v = m_operand->eval(row);
        if (const qint64 *n = v.get<qint64>())
            return Value(type == Type::Int ? qint64(qint32(wrapSub(0, *n))) : wrapSub(0, *n));
        if (const double *d = v.get<double>())
            return Value(-*d);
        if (const TimeSpan *s = v.get<TimeSpan>())
            return Value(TimeSpan {wrapSub(0, s->ticks)});
        return {};
    }

private:
    NodePtr m_operand;
};

// Two operands, both evaluated per row unless the subclass short-circuits.
class BinaryNode : public Node
{
protected:
    BinaryNode(Type t, NodePtr l, NodePtr r)
        : Node(t)
        , m_l(std::move(l))
        , m_r(std::move(r))
    {
    }
    NodePtr m_l, m_r;
};

class LogicNode final : public BinaryNode
{
public:
    LogicNode(bool isAnd, NodePtr l, NodePtr r)
        : BinaryNode(Type::Bool, std::move(l), std::move(r))
        , m_and(isAnd)
    {
    }
    Value eval(const Row &row) const override
    {
        const std::optional<bool> a = truth(m_l->eval(row));
        if (a && *a != m_and)
            return Value(*a); // false and ..., true or ...
        const std::optional<bool> b = truth(m_r->eval(row));
        if (b && *b != m_and)
            return Value(*b);
        if (a && b)
            return Value(m_and);
        return {};
    }

private:
    bool m_and;
};

class CompareNode final : public BinaryNode
{
public:
    CompareNode(BinOp op, NodePtr l, NodePtr r)
        : BinaryNode(Type::Bool, std::move(l), std::move(r))
        , m_op(op)
    {
    }
    Value eval(const Row &row) const override
    {
        const Operand left(*m_l, row);
        const Operand right(*m_r, row);
        const Value &a = *left;
        const Value &b = *right;
        const bool ci = m_op == BinOp::EqCi || m_op == BinOp::NeCi;
        const std::optional<int> c
            = compareValues(a, b, ci ? Qt::CaseInsensitive : Qt::CaseSensitive);
        if (!c) {
            if (a.isNull() || b.isNull())
                return {};
            // Unlike kinds (a dynamic against a scalar): unequal, and not ordered.
            if (m_op == BinOp::Eq || m_op == BinOp::EqCi)
                return Value(false);
            if (m_op == BinOp::Ne || m_op == BinOp::NeCi)
                return Value(true);
            return {};
        }
        switch (m_op) {
        case BinOp::Eq:
        case BinOp::EqCi:
            return Value(*c == 0);
        case BinOp::Ne:
        case BinOp::NeCi:
            return Value(*c != 0);
        case BinOp::Lt:
            return Value(*c < 0);
        case BinOp::Le:
            return Value(*c <= 0);
        case BinOp::Gt:
            return Value(*c > 0);
        case BinOp::Ge:
            return Value(*c >= 0);
        default:
            return {};
        }
    }

private:
    BinOp m_op;
};

class StringOpNode final : public BinaryNode
{
public:
    StringOpNode(BinOp op, NodePtr l, NodePtr r)
        : BinaryNode(Type::Bool, std::move(l), std::move(r))
    {
        // The string operators come in fours: op, !op, op_cs, !op_cs (see BinOp).
        const int index = int(op) - int(BinOp::Contains);
        m_kind = Kind(index / 4);
        m_negate = index % 2 == 1;
        m_cs = index % 4 >= 2 ? Qt::CaseSensitive : Qt::CaseInsensitive;
        if (m_r->isConstant())
            m_needle = m_r->eval({}).toString();
    }

    Value eval(const Row &row) const override
    {
        const Operand left(*m_l, row);
        const QString *text = (*left).get<QString>();
        const QString hay = text ? *text : (*left).toString();
        const QString needle = m_needle ? *m_needle : m_r->eval(row).toString();
        bool match = false;
        switch (m_kind) {
        case Contains:
            match = hay.contains(needle, m_cs);
            break;
        case Has:
            match = hasTerm(hay, needle, m_cs);
            break;
        case Starts:
            match = hay.startsWith(needle, m_cs);
            break;
        case Ends:
            match = hay.endsWith(needle, m_cs);
            break;
        }
        return Value(match != m_negate);
    }

private:
    enum Kind : quint8 { Contains, Has, Starts, Ends } m_kind; // BinOp's order
    bool m_negate = false;
    Qt::CaseSensitivity m_cs = Qt::CaseInsensitive;
    std::optional<QString> m_needle;
};

class ListNode final : public Node
{
public:
    ListNode(BinOp op, NodePtr l, std::vector<NodePtr> items)
        : Node(Type::Bool)
        , m_op(op)
        , m_l(std::move(l))
        , m_items(std::move(items))
    {
    }
    Value eval(const Row &row) const override
    {
        const Value a = m_l->eval(row);
        switch (m_op) {
        case BinOp::In:
        case BinOp::NotIn:
        case BinOp::InCi:
        case BinOp::NotInCi: {
            if (a.isNull())
                return {};
            const bool ci = m_op == BinOp::InCi || m_op == BinOp::NotInCi;
            const bool negate = m_op == BinOp::NotIn || m_op == BinOp::NotInCi;
            for (const NodePtr &item : m_items) {
                const Value b = item->eval(row);
                if (compareValues(a, b, ci ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0)
                    return Value(!negate);
            }
            return Value(negate);
        }
        case BinOp::HasAny:
        case BinOp::HasAll: {
            const QString hay = a.toString();
            const bool any = m_op == BinOp::HasAny;
            for (const NodePtr &item : m_items) {
                if (hasTerm(hay, item->eval(row).toString(), Qt::CaseInsensitive) == any)
                    return Value(any);
            }
            return Value(!any);
        }
        default:
            return {};
        }
    }

private:
    BinOp m_op;
    NodePtr m_l;
    std::vector<NodePtr> m_items;
};

class ArithNode final : public BinaryNode
{
public:
    ArithNode(Type t, BinOp op, NodePtr l, NodePtr r)
        : BinaryNode(t, std::move(l), std::move(r))
        , m_op(op)
    {
    }
    Value eval(const Row &row) const override
    {
        const Value a = m_l->eval(row);
        const Value b = m_r->eval(row);
        if (a.isNull() || b.isNull())
            return {};
        switch (type) {
        case Type::Int:
        case Type::Long:
            return integral(a, b);
        case Type::Real:
            return real(a, b);
        case Type::DateTime:
            return dateTime(a, b);
        case Type::TimeSpan:
            return timeSpan(a, b);
        default:
            return {};
        }
    }

private:
    Value integral(const Value &a, const Value &b) const
    {
        const qint64 *x = a.get<qint64>();
        const qint64 *y = b.get<qint64>();
        if (!x || !y)
            return {};
        qint64 r = 0;
        switch (m_op) {
        case BinOp::Add:
            r = wrapAdd(*x, *y);
            break;
        case BinOp::Sub:
            r = wrapSub(*x, *y);
            break;
        case BinOp::Mul:
            r = wrapMul(*x, *y);
            break;
        case BinOp::Div:
            if (*y == 0)
                return {};
            r = *y == -1 ? wrapSub(0, *x) : *x / *y;
            break;
        case BinOp::Mod:
            if (*y == 0)
                return {};
            r = *y == -1 ? 0 : *x % *y;
            break;
        default:
            return {};
        }
        return Value(type == Type::Int ? qint64(qint32(r)) : r);
    }

    Value real(const Value &a, const Value &b) const
    {
        if (const TimeSpan *s = a.get<TimeSpan>()) { // timespan / timespan
            const TimeSpan *t = b.get<TimeSpan>();
            if (!t || t->ticks == 0)
                return {};
            return Value(double(s->ticks) / double(t->ticks));
        }
        if (kindRank(a) != 2 || kindRank(b) != 2)
            return {};
        const double x = asDouble(a), y = asDouble(b);
        switch (m_op) {
        case BinOp::Add:
            return Value(x + y);
        case BinOp::Sub:
            return Value(x - y);
        case BinOp::Mul:
            return Value(x * y);
        case BinOp::Div:
            return Value(x / y);
        case BinOp::Mod:
            return Value(std::fmod(x, y));
        default:
            return {};
        }
    }

    Value dateTime(const Value &a, const Value &b) const
    {
        const Timestamp *t = a.get<Timestamp>();
        const TimeSpan *s = b.get<TimeSpan>();
        if (!t) { // timespan + datetime
            t = b.get<Timestamp>();
            s = a.get<TimeSpan>();
        }
        if (!t || !s)
            return {};
        const qint64 ticks
            = m_op == BinOp::Sub ? wrapSub(t->ticks(), s->ticks) : wrapAdd(t->ticks(), s->ticks);
        return Value(Timestamp::fromTicks(ticks));
    }

    Value timeSpan(const Value &a, const Value &b) const
    {
        if (const Timestamp *t = a.get<Timestamp>()) { // datetime - datetime
            const Timestamp *u = b.get<Timestamp>();
            return u ? Value(TimeSpan {wrapSub(t->ticks(), u->ticks())}) : Value();
        }
        const TimeSpan *s = a.get<TimeSpan>();
        const TimeSpan *t = b.get<TimeSpan>();
        if (s && t) {
            if (m_op == BinOp::Add)
                return Value(TimeSpan {wrapAdd(s->ticks, t->ticks)});
            if (m_op == BinOp::Sub)
                return Value(TimeSpan {wrapSub(s->ticks, t->ticks)});
            return {};
        }
        // timespan * number, number * timespan, timespan / number
        const Value &number = s ? b : a;
        if (!s)
            s = b.get<TimeSpan>();
        if (!s || kindRank(number) != 2)
            return {};
        const double n = asDouble(number);
        double r = 0;
        if (m_op == BinOp::Mul)
            r = double(s->ticks) * n;
        else if (m_op == BinOp::Div && n != 0)
            r = double(s->ticks) / n;
        else
            return {};
        if (!(std::abs(r) < 9.2e18))
            return {};
        return Value(TimeSpan {qint64(std::llround(r))});
    }

    BinOp m_op;
};

enum class Fn : quint8 {
    Now,
    Ago,
    IsEmpty,
    IsNotEmpty,
    IsNull,
    IsNotNull,
    ToLower,
    ToUpper,
    StrLen,
    ToString,
    ToInt,
    ToLong,
    ToReal,
    ToDateTime,
    ToBool,
    ToTimeSpan,
    Bin,
    Not,
    Iff,
    StrCat,
};

struct FnDef
{
    const char *name;
    Fn fn;
    int minArgs;
    int maxArgs;
    Type result; // bin() and iff() work theirs out from the arguments
};

constexpr FnDef functions[] = {
    {"now", Fn::Now, 0, 1, Type::DateTime},
    {"ago", Fn::Ago, 1, 1, Type::DateTime},
    {"isempty", Fn::IsEmpty, 1, 1, Type::Bool},
    {"isnotempty", Fn::IsNotEmpty, 1, 1, Type::Bool},
    {"isnull", Fn::IsNull, 1, 1, Type::Bool},
    {"isnotnull", Fn::IsNotNull, 1, 1, Type::Bool},
    {"tolower", Fn::ToLower, 1, 1, Type::String},
    {"toupper", Fn::ToUpper, 1, 1, Type::String},
    {"strlen", Fn::StrLen, 1, 1, Type::Long},
    {"tostring", Fn::ToString, 1, 1, Type::String},
    {"toint", Fn::ToInt, 1, 1, Type::Int},
    {"tolong", Fn::ToLong, 1, 1, Type::Long},
    {"toreal", Fn::ToReal, 1, 1, Type::Real},
    {"todouble", Fn::ToReal, 1, 1, Type::Real},
    {"todatetime", Fn::ToDateTime, 1, 1, Type::DateTime},
    {"tobool", Fn::ToBool, 1, 1, Type::Bool},
    {"toboolean", Fn::ToBool, 1, 1, Type::Bool},
    {"totimespan", Fn::ToTimeSpan, 1, 1, Type::TimeSpan},
    {"bin", Fn::Bin, 2, 2, Type::Long},
    {"floor", Fn::Bin, 2, 2, Type::Long},
    {"not", Fn::Not, 1, 1, Type::Bool},
    {"iff", Fn::Iff, 3, 3, Type::Bool},
    {"iif", Fn::Iff, 3, 3, Type::Bool},
    {"strcat", Fn::StrCat, 1, 64, Type::String},
};

// Converts a value to a type as KQL's to*() functions do: null when it does not convert.
Value convert(const Value &v, Type t)
{
    if (v.isNull())
        return t == Type::String ? Value(QString()) : Value();
    switch (t) {
    case Type::String:
        return Value(v.toString());
    case Type::Real:
        if (kindRank(v) == 2)
            return Value(asDouble(v));
        break;
    case Type::Int:
    case Type::Long:
        if (const qint64 *n = v.get<qint64>())
            return Value(t == Type::Int ? qint64(qint32(*n)) : *n);
        if (const double *d = v.get<double>()) {
            if (std::isfinite(*d) && std::abs(*d) < 9.2e18)
                return Value(t == Type::Int ? qint64(qint32(qint64(*d))) : qint64(*d));
            return {};
        }
        if (const bool *b = v.get<bool>())
            return Value(qint64(*b));
        break;
    case Type::Bool:
        if (const bool *b = v.get<bool>())
            return Value(*b);
        if (const qint64 *n = v.get<qint64>())
            return Value(*n != 0);
        break;
    case Type::DateTime:
        if (v.get<Timestamp>())
            return v;
        break;
    case Type::TimeSpan:
        if (v.get<TimeSpan>())
            return v;
        break;
    case Type::Dynamic:
        return v;
    }
    if (const QString *s = v.get<QString>())
        return fromText(*s, t);
    return {};
}

class CallNode final : public Node
{
public:
    CallNode(Type t, Fn fn, std::vector<NodePtr> args, Timestamp now)
        : Node(t)
        , m_fn(fn)
        , m_args(std::move(args))
        , m_now(now)
    {
    }
    bool isConstant() const override
    {
        return std::all_of(
            m_args.begin(), m_args.end(), [](const NodePtr &a) { return a->isConstant(); });
    }
    Value eval(const Row &row) const override
    {
        switch (m_fn) {
        case Fn::Iff: { // only the chosen branch is evaluated
            const std::optional<bool> c = truth(m_args[0]->eval(row));
            return convert(m_args[c.value_or(false) ? 1 : 2]->eval(row), type);
        }
        case Fn::StrCat: {
            QString s;
            for (const NodePtr &a : m_args)
                s += a->eval(row).toString();
            return Value(std::move(s));
        }
        default:
            break;
        }
        const Value a = m_args.empty() ? Value() : m_args[0]->eval(row);
        switch (m_fn) {
        case Fn::Now:
        case Fn::Ago: {
            const TimeSpan *offset = a.get<TimeSpan>();
            if (m_fn == Fn::Ago && !offset)
                return {};
            const qint64 d = offset ? offset->ticks : 0;
            return Value(Timestamp::fromTicks(
                m_fn == Fn::Ago ? wrapSub(m_now.ticks(), d) : wrapAdd(m_now.ticks(), d)));
        }
        case Fn::IsEmpty:
        case Fn::IsNotEmpty: {
            const QString *s = a.get<QString>();
            const bool empty = a.isNull() || (s && s->isEmpty());
            return Value(empty == (m_fn == Fn::IsEmpty));
        }
        case Fn::IsNull:
            return Value(a.isNull());
        case Fn::IsNotNull:
            return Value(!a.isNull());
        case Fn::ToLower:
            return Value(a.toString().toLower());
        case Fn::ToUpper:
            return Value(a.toString().toUpper());
        case Fn::StrLen:
            return Value(qint64(a.toString().size()));
        case Fn::ToString:
        case Fn::ToInt:
        case Fn::ToLong:
        case Fn::ToReal:
        case Fn::ToDateTime:
        case Fn::ToBool:
        case Fn::ToTimeSpan:
            return convert(a, type);
        case Fn::Not: {
            const std::optional<bool> b = truth(a);
            return b ? Value(!*b) : Value();
        }
        case Fn::Bin:
            return bin(a, m_args[1]->eval(row));
        default:
            return {};
        }
    }

private:
    static qint64 floorTo(qint64 x, qint64 size)
    {
        qint64 q = x / size;
        if ((x % size != 0) && ((x < 0) != (size < 0)))
            --q;
        return wrapMul(q, size);
    }

    Value bin(const Value &a, const Value &size) const
    {
        if (const Timestamp *t = a.get<Timestamp>()) {
            const TimeSpan *s = size.get<TimeSpan>();
            if (!s || s->ticks <= 0)
                return {};
            return Value(Timestamp::fromTicks(floorTo(t->ticks(), s->ticks)));
        }
        if (const TimeSpan *t = a.get<TimeSpan>()) {
            const TimeSpan *s = size.get<TimeSpan>();
            if (!s || s->ticks <= 0)
                return {};
            return Value(TimeSpan {floorTo(t->ticks, s->ticks)});
        }
        if (kindRank(a) != 2 || kindRank(size) != 2)
            return {};
        if (type == Type::Real) {
            const double s = asDouble(size);
            if (!(s > 0))
                return {};
            return Value(std::floor(asDouble(a) / s) * s);
        }
        const qint64 *x = a.get<qint64>();
        const qint64 *s = size.get<qint64>();
        if (!x || !s || *s <= 0)
            return {};
        return Value(floorTo(*x, *s));
    }

    Fn m_fn;
    std::vector<NodePtr> m_args;
    Timestamp m_now;
};

// ---------------------------------------------------------------------------------------
// Aggregations

enum class Agg : quint8 { Count, CountIf, DCount, Sum, Avg, Min, Max, MakeSet };

struct AggDef
{
    const char *name;
    Agg agg;
    int args;
    const char *prefix; // default column name: prefix + "_" (+ the argument's column name)
    bool namedAfterColumn;
};

constexpr AggDef aggregations[] = {
    {"count", Agg::Count, 0, "count", false},
    {"countif", Agg::CountIf, 1, "countif", false},
    {"dcount", Agg::DCount, 1, "dcount", true},
    {"sum", Agg::Sum, 1, "sum", true},
    {"avg", Agg::Avg, 1, "avg", true},
    {"min", Agg::Min, 1, "min", true},
    {"max", Agg::Max, 1, "max", true},
    {"make_set", Agg::MakeSet, 1, "set", true},
};

struct AggSpec
{
    Agg agg;
    NodePtr arg;
    Type type; // of the result
};

struct AggState
{
    qint64 count = 0;
    qint64 isum = 0;
    double dsum = 0;
    Value best;
    QSet<Value> seen;
    QJsonArray set;
};

void accumulate(const AggSpec &spec, AggState *s, const Row &row)
{
    if (spec.agg == Agg::Count) {
        ++s->count;
        return;
    }
    const Value v = spec.arg->eval(row);
    switch (spec.agg) {
    case Agg::CountIf:
        if (truth(v).value_or(false))
            ++s->count;
        return;
    case Agg::DCount:
        if (!v.isNull())
            s->seen.insert(v);
        return;
    case Agg::MakeSet:
        if (!v.isNull() && !s->seen.contains(v)) {
            s->seen.insert(v);
            s->set.append(toJson(v));
        }
        return;
    case Agg::Sum:
    case Agg::Avg:
        if (const qint64 *n = v.get<qint64>()) {
            s->isum = wrapAdd(s->isum, *n);
            s->dsum += double(*n);
        } else if (const double *d = v.get<double>()) {
            s->dsum += *d;
        } else if (const TimeSpan *t = v.get<TimeSpan>()) {
            s->isum = wrapAdd(s->isum, t->ticks);
            s->dsum += double(t->ticks);
        } else {
            return;
        }
        ++s->count;
        return;
    case Agg::Min:
    case Agg::Max:
        if (v.isNull())
            return;
        if (s->best.isNull()) {
            s->best = v;
        } else {
            const int c = orderValues(v, s->best);
            if (spec.agg == Agg::Min ? c < 0 : c > 0)
                s->best = v;
        }
        return;
    case Agg::Count:
        return;
    }
}

Value aggResult(const AggSpec &spec, const AggState &s)
{
    switch (spec.agg) {
    case Agg::Count:
    case Agg::CountIf:
        return Value(s.count);
    case Agg::DCount:
        return Value(qint64(s.seen.size()));
    case Agg::MakeSet:
        return Value::dynamic(s.set);
    case Agg::Sum:
        if (spec.type == Type::TimeSpan)
            return Value(TimeSpan {s.isum});
        if (spec.type == Type::Long)
            return Value(s.isum);
        return Value(s.dsum);
    case Agg::Avg:
        if (!s.count)
            return {};
        if (spec.type == Type::TimeSpan)
            return Value(TimeSpan {qint64(std::llround(s.dsum / double(s.count)))});
        return Value(s.dsum / double(s.count));
    case Agg::Min:
    case Agg::Max:
        return s.best;
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// Stages: each pushes rows to the next; push() returns false when no more rows are wanted.

class Stage
{
public:
    virtual ~Stage() = default;
    virtual bool push(const Row &row) = 0;
    virtual void finish()
    {
        if (next)
            next->finish();
    }
    Stage *next = nullptr;
};

Row evalAll(const std::vector<NodePtr> &nodes, const Row &row)
{
    Row out;
    out.reserve(qsizetype(nodes.size()));
    for (const NodePtr &n : nodes)
        out.append(n->eval(row));
    return out;
}

class SinkStage final : public Stage
{
public:
    SinkStage(Result *out, qint64 maxRows)
        : m_out(out)
        , m_max(maxRows)
    {
    }
    bool push(const Row &row) override
    {
        if (m_max > 0 && m_out->rows.size() >= m_max) {
            m_out->truncated = true;
            return false;
        }
        m_out->rows.append(row);
        return true;
    }

private:
    Result *m_out;
    qint64 m_max;
};

class FilterStage final : public Stage
{
public:
    explicit FilterStage(NodePtr predicate)
        : m_predicate(std::move(predicate))
    {
    }
    bool push(const Row &row) override
    {
        if (truth(m_predicate->eval(row)).value_or(false))
            return next->push(row);
        return true;
    }

private:
    NodePtr m_predicate;
};

class ProjectStage final : public Stage
{
public:
    explicit ProjectStage(std::vector<NodePtr> items)
        : m_items(std::move(items))
    {
    }
    bool push(const Row &row) override { return next->push(evalAll(m_items, row)); }

private:
    std::vector<NodePtr> m_items;
};

// extend: each item writes one column (an existing one or a new one at the end) and later
// items see the earlier ones.
class ExtendStage final : public Stage
{
public:
    ExtendStage(std::vector<std::pair<int, NodePtr>> items, int width)
        : m_items(std::move(items))
        , m_width(width)
    {
    }
    bool push(const Row &row) override
    {
        Row out = row;
        out.resize(m_width);
        for (const auto &[index, node] : m_items)
            out[index] = node->eval(out);
        return next->push(out);
    }

private:
    std::vector<std::pair<int, NodePtr>> m_items;
    int m_width;
};

class TakeStage final : public Stage
{
public:
    explicit TakeStage(qint64 n)
        : m_left(n)
    {
    }
    bool push(const Row &row) override
    {
        if (m_left <= 0)
            return false;
        --m_left;
        return next->push(row) && m_left > 0;
    }

private:
    qint64 m_left;
};

struct SortSpec
{
    NodePtr key;
    bool descending = true;
    bool nullsFirst = false;
};

class SortStage final : public Stage
{
public:
    explicit SortStage(std::vector<SortSpec> keys)
        : m_keys(std::move(keys))
    {
    }
    bool push(const Row &row) override
    {
        Row keys;
        keys.reserve(qsizetype(m_keys.size()));
        for (const SortSpec &k : m_keys)
            keys.append(k.key->eval(row));
        m_rows.append({std::move(keys), row});
        return true;
    }
    void finish() override
    {
        std::stable_sort(m_rows.begin(), m_rows.end(), [this](const auto &a, const auto &b) {
            for (size_t i = 0; i < m_keys.size(); ++i) {
                const Value &x = a.first.at(qsizetype(i));
                const Value &y = b.first.at(qsizetype(i));
                if (x.isNull() != y.isNull())
                    return x.isNull() == m_keys[i].nullsFirst;
                const int c = orderValues(x, y);
                if (c != 0)
                    return m_keys[i].descending ? c > 0 : c < 0;
            }
            return false;
        });
        for (const auto &r : std::as_const(m_rows)) {
            if (!next->push(r.second))
                break;
        }
        m_rows.clear();
        Stage::finish();
    }

private:
    std::vector<SortSpec> m_keys;
    QList<std::pair<Row, Row>> m_rows;
};

class SummarizeStage final : public Stage
{
public:
    SummarizeStage(std::vector<NodePtr> by, std::vector<AggSpec> aggs)
        : m_by(std::move(by))
        , m_aggs(std::move(aggs))
    {
        if (m_by.empty()) // one row even over no input: summarize count() gives 0
            group({});
    }
    bool push(const Row &row) override
    {
        QList<AggState> &states = m_states[group(evalAll(m_by, row))];
        for (size_t i = 0; i < m_aggs.size(); ++i)
            accumulate(m_aggs[i], &states[qsizetype(i)], row);
        return true;
    }
    void finish() override
    {
        for (qsizetype g = 0; g < m_keys.size(); ++g) {
            Row out = m_keys.at(g);
            for (size_t i = 0; i < m_aggs.size(); ++i)
                out.append(aggResult(m_aggs[i], m_states.at(g).at(qsizetype(i))));
            if (!next->push(out))
                break;
        }
        Stage::finish();
    }

private:
    qsizetype group(const Row &key)
    {
        auto it = m_index.constFind(key);
        if (it != m_index.constEnd())
            return it.value();
        const qsizetype g = m_keys.size();
        m_index.insert(key, g);
        m_keys.append(key);
        m_states.append(QList<AggState>(qsizetype(m_aggs.size())));
        return g;
    }

    std::vector<NodePtr> m_by;
    std::vector<AggSpec> m_aggs;
    QHash<Row, qsizetype> m_index;
    QList<Row> m_keys; // groups in the order first seen
    QList<QList<AggState>> m_states;
};

class DistinctStage final : public Stage
{
public:
    explicit DistinctStage(std::vector<NodePtr> items)
        : m_items(std::move(items))
    {
    }
    bool push(const Row &row) override
    {
        Row key = evalAll(m_items, row);
        if (m_seen.contains(key))
            return true;
        m_seen.insert(key);
        return next->push(key);
    }

private:
    std::vector<NodePtr> m_items;
    QSet<Row> m_seen;
};

class CountStage final : public Stage
{
public:
    bool push(const Row &) override
    {
        ++m_count;
        return true;
    }
    void finish() override
    {
        next->push(Row {Value(m_count)});
        Stage::finish();
    }

private:
    qint64 m_count = 0;
};

// ---------------------------------------------------------------------------------------
// The binder: resolves names and types operator by operator and builds the stages.

class Binder
{
public:
    Binder(QStringView query, const Catalog &catalog, const Options &options, KqlError *error)
        : m_query(query)
        , m_catalog(catalog)
        , m_options(options)
        , m_error(error)
    {
    }

    bool bind(const ast::Query &q)
    {
        m_table = m_catalog.find(q.table);
        if (!m_table) {
            QString what = QStringLiteral("unknown table '%1'").arg(q.table);
            const QStringList names = m_catalog.names();
            for (const QString &n : names) {
                if (n.compare(q.table, Qt::CaseInsensitive) == 0)
                    what += QStringLiteral(", did you mean '%1'?").arg(n);
            }
            if (!what.endsWith(u'?'))
                what += QStringLiteral(" (tables: %1)").arg(names.join(u", "));
            return fail(q.tablePos, q.table, what);
        }
        m_schema = m_table->columns;
        if (m_options.timeRange) {
            const int tg = m_table->columnIndex(u"TimeGenerated");
            if (tg >= 0 && m_schema[tg].type == Type::DateTime) {
                auto col = std::make_unique<ColumnNode>(Type::DateTime, tg);
                auto from
                    = std::make_unique<ConstNode>(Type::DateTime, Value(m_options.timeRange->from));
                auto col2 = std::make_unique<ColumnNode>(Type::DateTime, tg);
                auto to
                    = std::make_unique<ConstNode>(Type::DateTime, Value(m_options.timeRange->to));
                addStage(std::make_unique<FilterStage>(std::make_unique<LogicNode>(true,
                    std::make_unique<CompareNode>(BinOp::Ge, std::move(col), std::move(from)),
                    std::make_unique<CompareNode>(BinOp::Le, std::move(col2), std::move(to)))));
            }
        }
        for (const ast::Operator &op : q.ops) {
            m_op = &op;
            if (!bindOperator(op))
                return false;
        }
        return true;
    }

    Result execute()
    {
        Result result;
        result.columns = m_schema;
        SinkStage sink(&result, m_options.maxRows);
        Stage *head = &sink;
        if (!m_stages.empty()) {
            m_stages.back()->next = &sink;
            head = m_stages.front().get();
        }
        bool more = true;
        if (m_table->scan) {
            m_table->scan([&](const Row &row) {
                if (more)
                    more = head->push(row);
                return more;
            });
        }
        head->finish();
        return result;
    }

private:
    void addStage(std::unique_ptr<Stage> s)
    {
        if (!m_stages.empty())
            m_stages.back()->next = s.get();
        m_stages.push_back(std::move(s));
    }

    bool fail(int pos, const QString &token, const QString &what)
    {
        if (!m_failed)
            *m_error = ast::makeError(KqlError::Semantic, pos, token, what);
        m_failed = true;
        return false;
    }

    bool failAt(const Expr &e, const QString &what) { return fail(e.pos, QString(), what); }

    QString exprText(const Expr &e) const
    {
        return m_query.mid(e.start, e.end - e.start).toString();
    }

    int findColumn(QStringView name) const
    {
        for (int i = 0; i < m_schema.size(); ++i) {
            if (m_schema[i].name == name)
                return i;
        }
        return -1;
    }

    bool unknownColumn(int pos, const QString &name)
    {
        QString what;
        if (m_schemaIsTable) {
            what = QStringLiteral("'%1' is not a column of %2").arg(name, m_table->name);
        } else {
            QStringList names;
            for (const Column &c : std::as_const(m_schema))
                names << c.name;
            what = QStringLiteral("'%1' is not a column of the input of '%2' (columns: %3)")
                       .arg(name, m_op->text, names.join(u", "));
        }
        for (const Column &c : std::as_const(m_schema)) {
            if (c.name.compare(name, Qt::CaseInsensitive) == 0) {
                what += QStringLiteral("; did you mean '%1'? Column names are case-sensitive")
                            .arg(c.name);
                break;
            }
        }
        return fail(pos, name, what);
    }

    NodePtr fold(NodePtr n)
    {
        if (!n || !n->isConstant() || dynamic_cast<ConstNode *>(n.get()))
            return n;
        const Type t = n->type;
        Value v = n->eval({});
        return std::make_unique<ConstNode>(t, std::move(v));
    }

    NodePtr bindExpr(const Expr &e)
    {
        NodePtr n = bindExprInner(e);
        return m_failed ? nullptr : fold(std::move(n));
    }

    NodePtr bindExprInner(const Expr &e)
    {
        switch (e.kind) {
        case Expr::Literal:
            return std::make_unique<ConstNode>(e.literalType, e.literal);
        case Expr::ColumnRef: {
            const int i = findColumn(e.name);
            if (i < 0)
                return unknownColumn(e.pos, e.name), nullptr;
            return std::make_unique<ColumnNode>(m_schema[i].type, i);
        }
        case Expr::Unary: {
            NodePtr operand = bindExpr(*e.args[0]);
            if (!operand)
                return nullptr;
            if (!isNumeric(operand->type) && operand->type != Type::TimeSpan)
                return failAt(e,
                           QStringLiteral("unary '-' needs a number or a timespan, found %1")
                               .arg(typeName(operand->type))),
                       nullptr;
            return std::make_unique<NegateNode>(std::move(operand));
        }
        case Expr::Binary:
            return bindBinary(e);
        case Expr::List:
            return bindList(e);
        case Expr::Call:
            return bindCall(e);
        }
        return nullptr;
    }

    NodePtr bindBinary(const Expr &e)
    {
        NodePtr l = bindExpr(*e.args[0]);
        if (!l)
            return nullptr;
        NodePtr r = bindExpr(*e.args[1]);
        if (!r)
            return nullptr;
        const Type lt = l->type, rt = r->type;
        const QString opText = ast::binOpText(e.op);
        const auto mismatch = [&](const QString &why) {
            failAt(e,
                QStringLiteral("'%1' cannot be applied to %2 and %3%4")
                    .arg(opText, typeName(lt), typeName(rt), why));
            return nullptr;
        };
        switch (e.op) {
        case BinOp::Or:
        case BinOp::And:
            if ((lt != Type::Bool && lt != Type::Dynamic)
                || (rt != Type::Bool && rt != Type::Dynamic))
                return mismatch(QStringLiteral(" (it combines true/false conditions)"));
            return std::make_unique<LogicNode>(e.op == BinOp::And, std::move(l), std::move(r));
        case BinOp::Eq:
        case BinOp::Ne:
        case BinOp::Lt:
        case BinOp::Le:
        case BinOp::Gt:
        case BinOp::Ge: {
            const bool ok = lt == rt || (isNumeric(lt) && isNumeric(rt)) || lt == Type::Dynamic
                || rt == Type::Dynamic;
            if (!ok) {
                QString hint;
                if ((lt == Type::DateTime && rt == Type::String)
                    || (lt == Type::String && rt == Type::DateTime))
                    hint = QStringLiteral("; write datetime(2026-01-01) or todatetime(\"...\")");
                return mismatch(hint);
            }
            return std::make_unique<CompareNode>(e.op, std::move(l), std::move(r));
        }
        case BinOp::EqCi:
        case BinOp::NeCi:
            if ((lt != Type::String && lt != Type::Dynamic)
                || (rt != Type::String && rt != Type::Dynamic))
                return mismatch(QStringLiteral(" (it compares strings)"));
            return std::make_unique<CompareNode>(e.op, std::move(l), std::move(r));
        case BinOp::Add:
        case BinOp::Sub:
        case BinOp::Mul:
        case BinOp::Div:
        case BinOp::Mod: {
            const std::optional<Type> t = arithmeticType(e.op, lt, rt);
            if (!t)
                return mismatch(lt == Type::String || rt == Type::String
                        ? QStringLiteral(" (use strcat() to join strings)")
                        : QString());
            return std::make_unique<ArithNode>(*t, e.op, std::move(l), std::move(r));
        }
        default:
            return std::make_unique<StringOpNode>(e.op, std::move(l), std::move(r));
        }
    }

    static std::optional<Type> arithmeticType(BinOp op, Type l, Type r)
    {
        if (isNumeric(l) && isNumeric(r)) {
            if (l == Type::Real || r == Type::Real)
                return Type::Real;
            return l == Type::Int && r == Type::Int ? Type::Int : Type::Long;
        }
        switch (op) {
        case BinOp::Add:
            if ((l == Type::DateTime && r == Type::TimeSpan)
                || (l == Type::TimeSpan && r == Type::DateTime))
                return Type::DateTime;
            if (l == Type::TimeSpan && r == Type::TimeSpan)
                return Type::TimeSpan;
            break;
        case BinOp::Sub:
            if (l == Type::DateTime && r == Type::TimeSpan)
                return Type::DateTime;
            if ((l == Type::DateTime && r == Type::DateTime)
                || (l == Type::TimeSpan && r == Type::TimeSpan))
                return Type::TimeSpan;
            break;
        case BinOp::Mul:
            if ((l == Type::TimeSpan && isNumeric(r)) || (isNumeric(l) && r == Type::TimeSpan))
                return Type::TimeSpan;
            break;
        case BinOp::Div:
            if (l == Type::TimeSpan && isNumeric(r))
                return Type::TimeSpan;
            if (l == Type::TimeSpan && r == Type::TimeSpan)
                return Type::Real;
            break;
        default:
            break;
        }
        return std::nullopt;
    }

    NodePtr bindList(const Expr &e)
    {
        NodePtr l = bindExpr(*e.args[0]);
        if (!l)
            return nullptr;
        std::vector<NodePtr> items;
        const bool stringList = e.op != BinOp::In && e.op != BinOp::NotIn;
        for (size_t i = 1; i < e.args.size(); ++i) {
            const Expr &item = *e.args[i];
            NodePtr n = bindExpr(item);
            if (!n)
                return nullptr;
            const bool ok = stringList
                ? true
                : (n->type == l->type || (isNumeric(n->type) && isNumeric(l->type))
                    || n->type == Type::Dynamic || l->type == Type::Dynamic);
            if (!ok)
                return fail(item.start, exprText(item),
                           QStringLiteral("'%1' compares %2 values, but '%3' is %4")
                               .arg(ast::binOpText(e.op), typeName(l->type), exprText(item),
                                   typeName(n->type))),
                       nullptr;
            items.push_back(std::move(n));
        }
        return std::make_unique<ListNode>(e.op, std::move(l), std::move(items));
    }

    static QString functionNames()
    {
        QStringList names;
        for (const FnDef &f : functions)
            names << QString::fromLatin1(f.name) + u"()";
        return names.join(u", ");
    }

    NodePtr bindCall(const Expr &e)
    {
        for (const AggDef &a : aggregations) {
            if (e.name == QLatin1StringView(a.name))
                return failAt(e,
                           QStringLiteral("%1() is an aggregation; it can be used only in "
                                          "'summarize'")
                               .arg(e.name)),
                       nullptr;
        }
        const FnDef *def = nullptr;
        for (const FnDef &f : functions) {
            if (e.name == QLatin1StringView(f.name))
                def = &f;
        }
        if (!def)
            return failAt(e,
                       QStringLiteral("unknown function '%1' (supported: %2)")
                           .arg(e.name, functionNames())),
                   nullptr;
        const int n = int(e.args.size());
        if (n < def->minArgs || n > def->maxArgs) {
            const QString count = def->minArgs == def->maxArgs
                ? QString::number(def->minArgs)
                : QStringLiteral("%1 to %2").arg(def->minArgs).arg(def->maxArgs);
            return failAt(e,
                       QStringLiteral("%1() takes %2 argument%3, found %4")
                           .arg(e.name, count, def->maxArgs == 1 ? QString() : u"s"_s)
                           .arg(n)),
                   nullptr;
        }
        std::vector<NodePtr> args;
        for (const ast::ExprPtr &a : e.args) {
            NodePtr b = bindExpr(*a);
            if (!b)
                return nullptr;
            args.push_back(std::move(b));
        }
        const auto argType = [&](int i) { return args[size_t(i)]->type; };
        const auto badArg = [&](int i, const QString &expected) {
            const Expr &a = *e.args[size_t(i)];
            fail(a.start, exprText(a),
                QStringLiteral("%1() expects %2, found %3 '%4'")
                    .arg(e.name, expected, typeName(argType(i)), exprText(a)));
            return nullptr;
        };
        Type t = def->result;
        switch (def->fn) {
        case Fn::Now:
            if (n == 1 && argType(0) != Type::TimeSpan)
                return badArg(0, QStringLiteral("a timespan offset such as -1d"));
            break;
        case Fn::Ago:
            if (argType(0) != Type::TimeSpan)
                return badArg(0, QStringLiteral("a timespan such as 1d, 2h, 30m, 10s or 1ms"));
            break;
        case Fn::Not:
            if (argType(0) != Type::Bool && argType(0) != Type::Dynamic)
                return badArg(0, QStringLiteral("a true/false condition"));
            break;
        case Fn::Bin: {
            const Type x = argType(0), s = argType(1);
            if (x == Type::DateTime || x == Type::TimeSpan) {
                if (s != Type::TimeSpan)
                    return badArg(1, QStringLiteral("a timespan bin size such as 1h"));
                t = x;
            } else if (isNumeric(x)) {
                if (!isNumeric(s))
                    return badArg(1, QStringLiteral("a numeric bin size"));
                t = (x == Type::Real || s == Type::Real) ? Type::Real : Type::Long;
            } else {
                return badArg(0, QStringLiteral("a number, datetime or timespan"));
            }
            break;
        }
        case Fn::Iff: {
            if (argType(0) != Type::Bool && argType(0) != Type::Dynamic)
                return badArg(0, QStringLiteral("a true/false condition"));
            const Type a = argType(1), b = argType(2);
            if (a == b)
                t = a;
            else if (isNumeric(a) && isNumeric(b))
                t = (a == Type::Real || b == Type::Real) ? Type::Real : Type::Long;
            else
                return badArg(2,
                    QStringLiteral("the same type as its second argument (%1)").arg(typeName(a)));
            break;
        }
        default:
            break;
        }
        return std::make_unique<CallNode>(t, def->fn, std::move(args), m_options.now);
    }

    QString uniqueName(const QString &base, const QList<Column> &taken) const
    {
        const auto used = [&](const QString &n) {
            return std::any_of(
                taken.begin(), taken.end(), [&](const Column &c) { return c.name == n; });
        };
        if (!base.isEmpty() && !used(base))
            return base;
        for (int i = base.isEmpty() ? 1 : 1;; ++i) {
            const QString n = (base.isEmpty() ? u"Column"_s : base) + QString::number(i);
            if (!used(n))
                return n;
        }
    }

    // The name KQL gives an unnamed expression: a column keeps its name, bin(Col, ...)
    // is named after Col, anything else is Column1, Column2, ...
    static QString defaultName(const Expr &e)
    {
        if (e.kind == Expr::ColumnRef)
            return e.name;
        if (e.kind == Expr::Call && (e.name == u"bin" || e.name == u"floor") && !e.args.empty()
            && e.args[0]->kind == Expr::ColumnRef)
            return e.args[0]->name;
        return {};
    }

    bool checkDuplicate(const ast::NamedExpr &item, const QString &name, const QList<Column> &out)
    {
        for (const Column &c : out) {
            if (c.name == name)
                return fail(item.namePos >= 0 ? item.namePos : item.expr->start, name,
                    QStringLiteral("column '%1' appears twice in '%2'").arg(name, m_op->text));
        }
        return true;
    }

    bool bindOperator(const ast::Operator &op)
    {
        switch (op.kind) {
        case ast::Operator::Where: {
            NodePtr p = bindExpr(*op.predicate);
            if (!p)
                return false;
            if (p->type != Type::Bool && p->type != Type::Dynamic)
                return fail(op.predicate->start, exprText(*op.predicate),
                    QStringLiteral("the predicate of '%1' must be a true/false condition, "
                                   "found %2 '%3'")
                        .arg(op.text, typeName(p->type), exprText(*op.predicate)));
            addStage(std::make_unique<FilterStage>(std::move(p)));
            return true;
        }
        case ast::Operator::Project:
        case ast::Operator::Distinct: {
            QList<Column> out;
            std::vector<NodePtr> nodes;
            if (op.star) {
                for (int i = 0; i < m_schema.size(); ++i)
                    nodes.push_back(std::make_unique<ColumnNode>(m_schema[i].type, i));
                out = m_schema;
            }
            for (const ast::NamedExpr &item : op.items) {
                NodePtr n = bindExpr(*item.expr);
                if (!n)
                    return false;
                QString name = item.name.isEmpty() ? defaultName(*item.expr) : item.name;
                if (name.isEmpty())
                    name = uniqueName({}, out);
                if (!checkDuplicate(item, name, out))
                    return false;
                out.append(Column {name, n->type});
                nodes.push_back(std::move(n));
            }
            if (op.kind == ast::Operator::Project)
                addStage(std::make_unique<ProjectStage>(std::move(nodes)));
            else
                addStage(std::make_unique<DistinctStage>(std::move(nodes)));
            m_schema = out;
            m_schemaIsTable = false;
            return true;
        }
        case ast::Operator::ProjectAway: {
            QList<bool> drop(m_schema.size(), false);
            for (const ast::NamedExpr &item : op.items) {
                const int i = findColumn(item.name);
                if (i < 0)
                    return unknownColumn(item.namePos, item.name);
                drop[i] = true;
            }
            QList<Column> out;
            std::vector<NodePtr> nodes;
            for (int i = 0; i < m_schema.size(); ++i) {
                if (drop[i])
                    continue;
                out.append(m_schema[i]);
                nodes.push_back(std::make_unique<ColumnNode>(m_schema[i].type, i));
            }
            addStage(std::make_unique<ProjectStage>(std::move(nodes)));
            m_schema = out;
            m_schemaIsTable = false;
            return true;
        }
        case ast::Operator::Extend: {
            std::vector<std::pair<int, NodePtr>> items;
            QList<Column> schema = m_schema;
            for (const ast::NamedExpr &item : op.items) {
                // Later items see the earlier ones.
                std::swap(schema, m_schema);
                NodePtr n = bindExpr(*item.expr);
                std::swap(schema, m_schema);
                if (!n)
                    return false;
                QString name = item.name.isEmpty() ? defaultName(*item.expr) : item.name;
                if (name.isEmpty())
                    name = uniqueName({}, schema);
                int index = -1;
                for (int i = 0; i < schema.size(); ++i) {
                    if (schema[i].name == name)
                        index = i;
                }
                if (index < 0) {
                    index = int(schema.size());
                    schema.append(Column {name, n->type});
                } else {
                    schema[index].type = n->type;
                }
                items.emplace_back(index, std::move(n));
            }
            addStage(std::make_unique<ExtendStage>(std::move(items), int(schema.size())));
            m_schema = schema;
            return true;
        }
        case ast::Operator::Take:
            addStage(std::make_unique<TakeStage>(op.count));
            return true;
        case ast::Operator::Sort:
        case ast::Operator::Top: {
            std::vector<SortSpec> keys;
            for (const ast::SortKey &k : op.keys) {
                NodePtr n = bindExpr(*k.expr);
                if (!n)
                    return false;
                if (n->type == Type::Dynamic)
                    return fail(k.expr->start, exprText(*k.expr),
                        QStringLiteral("cannot sort by dynamic '%1'; convert it with "
                                       "tostring(), tolong() or todatetime()")
                            .arg(exprText(*k.expr)));
                SortSpec spec;
                spec.key = std::move(n);
                spec.descending = k.descending;
                spec.nullsFirst = k.nulls == ast::SortKey::Default ? !k.descending
                                                                   : k.nulls == ast::SortKey::First;
                keys.push_back(std::move(spec));
            }
            addStage(std::make_unique<SortStage>(std::move(keys)));
            if (op.kind == ast::Operator::Top)
                addStage(std::make_unique<TakeStage>(op.count));
            return true;
        }
        case ast::Operator::Summarize:
            return bindSummarize(op);
        case ast::Operator::Count:
            addStage(std::make_unique<CountStage>());
            m_schema = {Column {u"Count"_s, Type::Long}};
            m_schemaIsTable = false;
            return true;
        }
        return false;
    }

    bool bindSummarize(const ast::Operator &op)
    {
        QList<Column> out;
        std::vector<NodePtr> by;
        for (const ast::NamedExpr &item : op.by) {
            NodePtr n = bindExpr(*item.expr);
            if (!n)
                return false;
            QString name = item.name.isEmpty() ? defaultName(*item.expr) : item.name;
            if (name.isEmpty())
                name = uniqueName({}, out);
            if (!checkDuplicate(item, name, out))
                return false;
            out.append(Column {name, n->type});
            by.push_back(std::move(n));
        }
        std::vector<AggSpec> aggs;
        for (const ast::NamedExpr &item : op.items) {
            const Expr &e = *item.expr;
            const AggDef *def = nullptr;
            if (e.kind == Expr::Call) {
                for (const AggDef &a : aggregations) {
                    if (e.name == QLatin1StringView(a.name))
                        def = &a;
                }
            }
            if (!def)
                return fail(e.start, exprText(e),
                    QStringLiteral("expected an aggregation (count(), countif(), dcount(), "
                                   "sum(), avg(), min(), max(), make_set()) in 'summarize', "
                                   "found '%1'")
                        .arg(exprText(e)));
            if (int(e.args.size()) != def->args)
                return failAt(e,
                    QStringLiteral("%1() takes %2 argument%3, found %4")
                        .arg(e.name)
                        .arg(def->args)
                        .arg(def->args == 1 ? QString() : u"s"_s)
                        .arg(e.args.size()));
            AggSpec spec {def->agg, nullptr, Type::Long};
            if (def->args) {
                spec.arg = bindExpr(*e.args[0]);
                if (!spec.arg)
                    return false;
            }
            const Type at = spec.arg ? spec.arg->type : Type::Long;
            const Expr *argExpr = def->args ? e.args[0].get() : nullptr;
            const auto badArg = [&](const QString &expected) {
                return fail(argExpr->start, exprText(*argExpr),
                    QStringLiteral("%1() expects %2, found %3 '%4'")
                        .arg(e.name, expected, typeName(at), exprText(*argExpr)));
            };
            switch (def->agg) {
            case Agg::Count:
            case Agg::DCount:
                spec.type = Type::Long;
                break;
            case Agg::CountIf:
                if (at != Type::Bool && at != Type::Dynamic)
                    return badArg(QStringLiteral("a true/false condition"));
                spec.type = Type::Long;
                break;
            case Agg::Sum:
                if (!isNumeric(at) && at != Type::TimeSpan)
                    return badArg(QStringLiteral("a number or a timespan"));
                spec.type = isIntegral(at) ? Type::Long : at;
                break;
            case Agg::Avg:
                if (!isNumeric(at) && at != Type::TimeSpan)
                    return badArg(QStringLiteral("a number or a timespan"));
                spec.type = at == Type::TimeSpan ? Type::TimeSpan : Type::Real;
                break;
            case Agg::Min:
            case Agg::Max:
                if (at == Type::Dynamic)
                    return badArg(QStringLiteral("a scalar (convert dynamic values first)"));
                spec.type = at;
                break;
            case Agg::MakeSet:
                spec.type = Type::Dynamic;
                break;
            }
            QString name = item.name;
            if (name.isEmpty()) {
                name = QLatin1StringView(def->prefix) + u'_';
                if (def->namedAfterColumn && argExpr->kind == Expr::ColumnRef)
                    name += argExpr->name;
                name = uniqueName(name, out);
            }
            if (!checkDuplicate(item, name, out))
                return false;
            out.append(Column {name, spec.type});
            aggs.push_back(std::move(spec));
        }
        addStage(std::make_unique<SummarizeStage>(std::move(by), std::move(aggs)));
        m_schema = out;
        m_schemaIsTable = false;
        return true;
    }

    QStringView m_query;
    const Catalog &m_catalog;
    const Options &m_options;
    KqlError *m_error;
    const Table *m_table = nullptr;
    const ast::Operator *m_op = nullptr;
    QList<Column> m_schema;
    bool m_schemaIsTable = true; // the table's columns, perhaps extended
    std::vector<std::unique_ptr<Stage>> m_stages;
    bool m_failed = false;
};

// ISO 8601 duration (PnW, PnDTnHnMnS; years and months are refused, their length varies).
std::optional<qint64> isoDurationTicks(QStringView s)
{
    if (s.isEmpty() || (s[0] != u'P' && s[0] != u'p'))
        return std::nullopt;
    qsizetype i = 1;
    bool inTime = false;
    bool any = false;
    double total = 0;
    while (i < s.size()) {
        if (s[i] == u'T' || s[i] == u't') {
            if (inTime)
                return std::nullopt;
            inTime = true;
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < s.size() && (s[i].isDigit() || s[i] == u'.'))
            ++i;
        bool ok = false;
        const double n = s.mid(start, i - start).toDouble(&ok);
        if (!ok || i >= s.size())
            return std::nullopt;
        const char16_t unit = s[i++].toUpper().unicode();
        double ticks = 0;
        if (!inTime && unit == u'D')
            ticks = 864e9;
        else if (!inTime && unit == u'W')
            ticks = 7 * 864e9;
        else if (inTime && unit == u'H')
            ticks = 36e9;
        else if (inTime && unit == u'M')
            ticks = 6e8;
        else if (inTime && unit == u'S')
            ticks = 1e7;
        else
            return std::nullopt;
        total += n * ticks;
        any = true;
    }
    if (!any || !(total < 9e18))
        return std::nullopt;
    return qint64(std::llround(total));
}

} // namespace

std::optional<TimeRange> parseTimespanParameter(QStringView text, Timestamp now)
{
    const QList<QStringView> parts = text.trimmed().split(u'/');
    if (parts.size() > 2)
        return std::nullopt;
    const auto instant = [](QStringView p) { return timestampFromText(p.trimmed().toString()); };
    std::optional<TimeRange> r;
    if (parts.size() == 1) {
        if (const auto d = isoDurationTicks(parts[0].trimmed()))
            r = TimeRange {Timestamp::fromTicks(now.ticks() - *d), now};
        else if (const auto t = instant(parts[0]))
            r = TimeRange {*t, now};
    } else {
        const auto t0 = instant(parts[0]);
        const auto t1 = instant(parts[1]);
        if (t0 && t1)
            r = TimeRange {*t0, *t1};
        else if (const auto d = isoDurationTicks(parts[1].trimmed()); t0 && d)
            r = TimeRange {*t0, Timestamp::fromTicks(t0->ticks() + *d)};
        else if (const auto d0 = isoDurationTicks(parts[0].trimmed()); d0 && t1)
            r = TimeRange {Timestamp::fromTicks(t1->ticks() - *d0), *t1};
    }
    if (r && r->to < r->from)
        return std::nullopt;
    return r;
}

std::optional<Result> run(
    QStringView query, const Catalog &catalog, KqlError *error, const Options &options)
{
    KqlError scratch;
    if (!error)
        error = &scratch;
    const std::optional<ast::Query> q = ast::parse(query, error);
    if (!q)
        return std::nullopt;
    Binder binder(query, catalog, options, error);
    if (!binder.bind(*q))
        return std::nullopt;
    return binder.execute();
}

} // namespace wf::server::kql
