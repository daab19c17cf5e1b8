// Internal to the KQL engine: the syntax tree the parser builds and the binder types.
// Every node keeps the query position it came from so that later errors can point at it.
#pragma once

#include "kql.h"

#include <memory>
#include <vector>

namespace wf::server::kql::ast {

enum class BinOp : quint8 {
    Or,
    And,
    Eq,
    Ne,
    EqCi,
    NeCi,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    // String operators: the plain names are case-insensitive, the _cs ones sensitive. They
    // come in fours (op, !op, op_cs, !op_cs) in this order; StringOpNode relies on it.
    Contains,
    NotContains,
    ContainsCs,
    NotContainsCs,
    Has,
    NotHas,
    HasCs,
    NotHasCs,
    StartsWith,
    NotStartsWith,
    StartsWithCs,
    NotStartsWithCs,
    EndsWith,
    NotEndsWith,
    EndsWithCs,
    NotEndsWithCs,
    // List operators: the right side is Expr::args.
    In,
    NotIn,
    InCi,
    NotInCi,
    HasAny,
    HasAll,
};

QLatin1StringView binOpText(BinOp op);

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Expr
{
    enum Kind : quint8 { Literal, ColumnRef, Call, Unary, Binary, List } kind = Literal;
    int pos = 0; // where errors about this node point (an operator: its token)
    int start = 0; // the node's source text is [start, end)
    int end = 0;
    int depth = 1; // nesting depth, bounded by the parser
    QString name; // ColumnRef, Call: the identifier
    Value literal; // Literal
    Type literalType = Type::String;
    BinOp op = BinOp::Eq; // Binary, List
    std::vector<ExprPtr>
        args; // Call: arguments; Unary: operand; Binary: two; List: left then items
};

struct NamedExpr
{
    QString name; // empty: the binder picks KQL's default name
    int namePos = -1;
    ExprPtr expr;
};

struct SortKey
{
    ExprPtr expr;
    bool descending = true;
    enum Nulls : quint8 { Default, First, Last } nulls = Default;
};

struct Operator
{
    enum Kind : quint8 {
        Where,
        Project,
        ProjectAway,
        Extend,
        Take,
        Sort,
        Summarize,
        Distinct,
        Top,
        Count
    } kind = Where;
    int pos = 0;
    QString text; // the operator's name as written ("order", "limit", ...)
    ExprPtr predicate; // Where
    std::vector<NamedExpr>
        items; // Project, Extend, Summarize aggregates, Distinct; ProjectAway names
    std::vector<NamedExpr> by; // Summarize
    std::vector<SortKey> keys; // Sort, Top
    qint64 count = 0; // Take, Top
    bool star = false; // Distinct *
};

struct Query
{
    QString table;
    int tablePos = 0;
    std::vector<Operator> ops;
};

// The text inside datetime(...): yyyy-MM-dd[( |T)hh:mm[:ss[.fffffff]]][zone], UTC if none.
std::optional<Timestamp> parseDateTimeText(QStringView text);
// The text inside timespan(...): a literal such as 1.5h, or [-][d.]hh:mm[:ss[.fffffff]].
std::optional<TimeSpan> parseTimeSpanText(QStringView text);

// Tokenizes and parses; on failure returns nothing and fills `error`.
std::optional<Query> parse(QStringView text, KqlError *error);

// "Syntax error at position N: ..." / "Semantic error at position N: ...".
KqlError makeError(KqlError::Kind kind, int pos, const QString &token, const QString &what);

} // namespace wf::server::kql::ast
