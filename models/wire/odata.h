// OData system query options for Graph collections: $filter and $orderby parsed into a
// small typed AST that both the server (as SQL) and the console (in memory) evaluate.
#pragma once

#include "domain/field.h"

#include <QList>
#include <QString>

#include <functional>
#include <variant>

namespace wf::odata {

enum class PropertyType : quint8 { String, Enum, DateTime };

struct PropertyDef
{
    QLatin1StringView name;
    PropertyType type;
    const EnumNames *enumNames = nullptr; // for PropertyType::Enum
};

// A literal or a property value: null, a string, an enum ordinal, or a time in ticks.
struct Null
{
    bool operator==(const Null &) const = default;
};
using Value = std::variant<Null, QString, int, Timestamp>;

enum class CompareOp : quint8 { Eq, Ne, Gt, Ge, Lt, Le };

struct Node
{
    enum Kind : quint8 { And, Or, Not, Compare, In } kind;
    CompareOp op = CompareOp::Eq;
    int property = -1;        // index into the property table
    QList<Value> values;      // Compare: one; In: one or more
    int left = -1, right = -1; // child node indices (Not uses left)
};

class Filter
{
public:
    bool isEmpty() const { return m_root < 0; }
    const Node &node(int i) const { return m_nodes.at(i); }
    int root() const { return m_root; }
    const QList<PropertyDef> &properties() const { return *m_props; }

    // Evaluates against one record; `get` returns the value of property i.
    bool matches(const std::function<Value(int)> &get) const;

private:
    friend class Parser;
    bool eval(int node, const std::function<Value(int)> &get) const;
    QList<Node> m_nodes;
    int m_root = -1;
    const QList<PropertyDef> *m_props = nullptr;
};

// Parses `text` against the filterable properties `props`. On failure returns
// false and sets `error` to a sentence with the position of the problem.
bool parseFilter(const QString &text, const QList<PropertyDef> &props, Filter *out,
                 QString *error);

struct OrderBy
{
    int property = -1; // -1: the collection's default order
    bool descending = true;
};
bool parseOrderBy(const QString &text, const QList<PropertyDef> &props, OrderBy *out,
                  QString *error);

// Three-way comparison used by both evaluators: nulls first, then by value.
int compareValues(const Value &a, const Value &b);

// Writes a literal as it would appear in a $filter (for clients building queries).
QString literal(const Value &v, const PropertyDef &prop);

} // namespace wf::odata
