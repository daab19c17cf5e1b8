// KQL subset: tokenizer and recursive-descent parser into the syntax tree of kqlsyntax.h.
#include "kqlsyntax.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace wf::server::kql::ast {

namespace {

constexpr int MaxDepth = 200; // expression nesting; keeps recursion (and destruction) shallow

struct Token
{
    enum Kind : quint8 { End, Ident, String, Long, Real, Span, Date, Punct } kind = End;
    int pos = 0;
    int end = 0;
    QString text; // Ident: the name; Punct: the symbol
    Value value; // literals
    bool quotedName = false; // ['name']: an identifier that is never a keyword
};

bool isIdentStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isIdentChar(QChar c)
{
    return isIdentStart(c) || (c >= u'0' && c <= u'9');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Ticks per unit of a timespan literal (1d, 2h, 30m, 10s, 1ms, ...), 0 if unknown.
qint64 unitTicks(QStringView u)
{
    static const struct
    {
        const char *names[5];
        qint64 ticks;
    } units[] = {
        {{"d", "day", "days"}, 864'000'000'000},
        {{"h", "hr", "hrs", "hour", "hours"}, 36'000'000'000},
        {{"m", "min", "minute", "minutes"}, 600'000'000},
        {{"s", "sec", "second", "seconds"}, 10'000'000},
        {{"ms", "milli", "millis", "millisecond", "milliseconds"}, 10'000},
        {{"microsecond", "microseconds"}, 10},
        {{"tick", "ticks"}, 1},
    };
    for (const auto &unit : units) {
        for (const char *n : unit.names) {
            if (n && u == QLatin1StringView(n))
                return unit.ticks;
        }
    }
    return 0;
}

class Lexer
{
public:
    Lexer(QStringView src, KqlError *error)
        : m_s(src)
        , m_error(error)
    {
    }

    bool run(QList<Token> *out)
    {
        for (;;) {
            skipSpace();
            Token t;
            t.pos = int(m_i);
            if (m_i >= m_s.size()) {
                t.end = t.pos;
                out->append(t);
                return true;
            }
            if (!lexOne(&t))
                return false;
            t.end = int(m_i);
            out->append(std::move(t));
        }
    }

private:
    QChar at(qsizetype i) const { return i < m_s.size() ? m_s[i] : QChar(); }

    void skipSpace()
    {
        while (m_i < m_s.size()) {
            if (m_s[m_i].isSpace()) {
                ++m_i;
            } else if (m_s[m_i] == u'/' && at(m_i + 1) == u'/') {
                while (m_i < m_s.size() && m_s[m_i] != u'\n')
                    ++m_i;
            } else {
                return;
            }
        }
    }

    bool fail(qsizetype pos, const QString &what)
    {
        *m_error = makeError(KqlError::Syntax, int(pos), m_s.mid(pos, 1).toString(), what);
        return false;
    }

    bool lexOne(Token *t)
    {
        const QChar c = m_s[m_i];
        if (c == u'"' || c == u'\'')
            return lexString(t, false);
        if (c == u'@' && (at(m_i + 1) == u'"' || at(m_i + 1) == u'\'')) {
            ++m_i;
            return lexString(t, true);
        }
        // h"..." hides a string from logs in KQL; the value is the same.
        if ((c == u'h' || c == u'H') && (at(m_i + 1) == u'"' || at(m_i + 1) == u'\'')) {
            ++m_i;
            return lexString(t, false);
        }
        if ((c == u'h' || c == u'H') && at(m_i + 1) == u'@'
            && (at(m_i + 2) == u'"' || at(m_i + 2) == u'\'')) {
            m_i += 2;
            return lexString(t, true);
        }
        if (c == u'[' && (at(m_i + 1) == u'"' || at(m_i + 1) == u'\''))
            return lexQuotedName(t);
        if (isDigit(c) || (c == u'.' && isDigit(at(m_i + 1))))
            return lexNumber(t);
        if (isIdentStart(c))
            return lexIdent(t);
        if (c == u'!' && isIdentStart(at(m_i + 1))) {
            ++m_i;
            if (!lexIdent(t))
                return false;
            t->text.prepend(u'!');
            return true;
        }
        static const char *const twoChar[] = {"==", "=~", "!=", "!~", "<=", ">=", "<>", ".."};
        for (const char *p : twoChar) {
            if (c == QLatin1Char(p[0]) && at(m_i + 1) == QLatin1Char(p[1])) {
                t->kind = Token::Punct;
                t->text = QString::fromLatin1(p, 2);
                m_i += 2;
                return true;
            }
        }
        if (QStringView(u"|,()=<>+-*/%;~[].:").contains(c)) {
            t->kind = Token::Punct;
            t->text = QString(c);
            ++m_i;
            return true;
        }
        return fail(m_i, QStringLiteral("unexpected character '%1'").arg(c));
    }

    bool lexString(Token *t, bool verbatim)
    {
        const qsizetype open = m_i;
        const QChar quote = m_s[m_i++];
        QString value;
        for (;;) {
            if (m_i >= m_s.size() || m_s[m_i] == u'\n')
                return fail(open,
                    QStringLiteral("unterminated string literal, expected a closing %1")
                        .arg(quote));
            const QChar c = m_s[m_i++];
            if (c == quote) {
                if (verbatim && at(m_i) == quote) {
                    value += quote;
                    ++m_i;
                    continue;
                }
                break;
            }
            if (c != u'\\' || verbatim) {
                value += c;
                continue;
            }
            const QChar e = at(m_i++);
            switch (e.unicode()) {
            case u'\\':
            case u'\'':
            case u'"':
                value += e;
                break;
            case u'n':
                value += u'\n';
                break;
            case u't':
                value += u'\t';
                break;
            case u'r':
                value += u'\r';
                break;
            case u'u': {
                bool ok = false;
                const uint code = m_s.mid(m_i, 4).toUInt(&ok, 16);
                if (!ok || m_i + 4 > m_s.size())
                    return fail(m_i - 2,
                        QStringLiteral(
                            "invalid escape sequence, expected \\u and four hex digits"));
                value += QChar(char16_t(code));
                m_i += 4;
                break;
            }
            default:
                return fail(m_i - 2,
                    QStringLiteral("invalid escape sequence '\\%1' in a string literal "
                                   "(\\\\, \\', \\\", \\n, \\t, \\r, \\uXXXX)")
                        .arg(e));
            }
        }
        t->kind = Token::String;
        t->value = Value(std::move(value));
        return true;
    }

    bool lexQuotedName(Token *t)
    {
        const qsizetype open = m_i;
        ++m_i;
        Token inner;
        if (!lexString(&inner, false))
            return false;
        if (at(m_i) != u']')
            return fail(open, QStringLiteral("expected ']' after a quoted column name"));
        ++m_i;
        t->kind = Token::Ident;
        t->text = inner.value.toString();
        t->quotedName = true;
        return true;
    }

    bool lexNumber(Token *t)
    {
        const qsizetype start = m_i;
        bool real = false;
        while (isDigit(at(m_i)))
            ++m_i;
        if (at(m_i) == u'.' && isDigit(at(m_i + 1))) {
            real = true;
            ++m_i;
            while (isDigit(at(m_i)))
                ++m_i;
        }
        if ((at(m_i) == u'e' || at(m_i) == u'E')
            && (isDigit(at(m_i + 1))
                || ((at(m_i + 1) == u'+' || at(m_i + 1) == u'-') && isDigit(at(m_i + 2))))) {
            real = true;
            m_i += 2;
            while (isDigit(at(m_i)))
                ++m_i;
        }
        const QStringView number = m_s.mid(start, m_i - start);
        if (isIdentStart(at(m_i))) {
            const qsizetype unitStart = m_i;
            while (isIdentChar(at(m_i)))
                ++m_i;
            const QStringView unit = m_s.mid(unitStart, m_i - unitStart);
            const qint64 ticks = unitTicks(unit);
            if (!ticks)
                return fail(unitStart,
                    QStringLiteral("unknown timespan unit '%1' (expected d, h, m, s, "
                                   "ms, microsecond or tick)")
                        .arg(unit));
            const double n = number.toDouble();
            if (!(n * double(ticks) <= 9e18))
                return fail(start, QStringLiteral("timespan literal out of range"));
            t->kind = Token::Span;
            t->value = Value(TimeSpan {qint64(std::llround(n * double(ticks)))});
            return true;
        }
        if (real) {
            t->kind = Token::Real;
            t->value = Value(number.toDouble());
            return true;
        }
        bool ok = false;
        const qint64 n = number.toLongLong(&ok);
        if (!ok)
            return fail(start, QStringLiteral("integer literal out of range"));
        t->kind = Token::Long;
        t->value = Value(n);
        return true;
    }

    bool lexIdent(Token *t)
    {
        const qsizetype start = m_i;
        while (isIdentChar(at(m_i)))
            ++m_i;
        t->kind = Token::Ident;
        t->text = m_s.mid(start, m_i - start).toString();
        if ((t->text == u"in") && at(m_i) == u'~') {
            t->text += u'~';
            ++m_i;
            return true;
        }
        // Hyphenated operator names, so that "found 'mv-expand'" names the whole thing.
        static const char *const hyphenated[]
            = {"project-away", "project-keep", "project-rename", "project-reorder", "mv-expand",
                "mv-apply", "make-series", "top-nested", "top-hitters", "parse-where", "parse-kv"};
        if (at(m_i) == u'-' && isIdentStart(at(m_i + 1))) {
            qsizetype e = m_i + 1;
            while (isIdentChar(at(e)))
                ++e;
            const QString joined = t->text + m_s.mid(m_i, e - m_i);
            for (const char *h : hyphenated) {
                if (joined == QLatin1StringView(h)) {
                    t->text = joined;
                    m_i = e;
                    return true;
                }
            }
        }
        if (t->text == u"datetime" || t->text == u"timespan" || t->text == u"time")
            return lexTypedLiteral(t);
        return true;
    }

    // datetime(...) and timespan(...) hold raw text, not an expression.
    bool lexTypedLiteral(Token *t)
    {
        qsizetype i = m_i;
        while (i < m_s.size() && m_s[i].isSpace())
            ++i;
        if (at(i) != u'(')
            return true; // a column that happens to be called so
        const qsizetype open = i;
        const qsizetype close = m_s.indexOf(u')', open);
        if (close < 0)
            return fail(
                open, QStringLiteral("unterminated %1(...) literal, expected ')'").arg(t->text));
        QStringView inner = m_s.mid(open + 1, close - open - 1).trimmed();
        if (inner.size() >= 2 && (inner.front() == u'"' || inner.front() == u'\'')
            && inner.back() == inner.front())
            inner = inner.mid(1, inner.size() - 2);
        m_i = close + 1;
        const bool isDate = t->text == u"datetime";
        t->kind = isDate ? Token::Date : Token::Span;
        if (inner == u"null") {
            t->value = Value();
            return true;
        }
        if (isDate) {
            if (const auto d = parseDateTimeText(inner)) {
                t->value = Value(*d);
                return true;
            }
            return fail(open + 1,
                QStringLiteral("invalid datetime literal '%1' (expected "
                               "datetime(yyyy-MM-dd[Thh:mm[:ss[.fffffff]]][Z]))")
                    .arg(inner));
        }
        if (const auto s = parseTimeSpanText(inner)) {
            t->value = Value(*s);
            return true;
        }
        return fail(open + 1,
            QStringLiteral("invalid timespan literal '%1' (expected a literal like "
                           "1d or 2h, or [d.]hh:mm[:ss])")
                .arg(inner));
    }

    QStringView m_s;
    KqlError *m_error;
    qsizetype m_i = 0;
};

struct StringOp
{
    const char *text;
    BinOp op;
};

constexpr StringOp stringOps[] = {
    {"contains", BinOp::Contains},
    {"!contains", BinOp::NotContains},
    {"contains_cs", BinOp::ContainsCs},
    {"!contains_cs", BinOp::NotContainsCs},
    {"has", BinOp::Has},
    {"!has", BinOp::NotHas},
    {"has_cs", BinOp::HasCs},
    {"!has_cs", BinOp::NotHasCs},
    {"startswith", BinOp::StartsWith},
    {"!startswith", BinOp::NotStartsWith},
    {"startswith_cs", BinOp::StartsWithCs},
    {"!startswith_cs", BinOp::NotStartsWithCs},
    {"endswith", BinOp::EndsWith},
    {"!endswith", BinOp::NotEndsWith},
    {"endswith_cs", BinOp::EndsWithCs},
    {"!endswith_cs", BinOp::NotEndsWithCs},
};

constexpr StringOp listOps[] = {
    {"in", BinOp::In},
    {"!in", BinOp::NotIn},
    {"in~", BinOp::InCi},
    {"!in~", BinOp::NotInCi},
    {"has_any", BinOp::HasAny},
    {"has_all", BinOp::HasAll},
};

constexpr StringOp compareOps[] = {
    {"==", BinOp::Eq},
    {"!=", BinOp::Ne},
    {"<>", BinOp::Ne},
    {"=~", BinOp::EqCi},
    {"!~", BinOp::NeCi},
    {"<", BinOp::Lt},
    {"<=", BinOp::Le},
    {">", BinOp::Gt},
    {">=", BinOp::Ge},
};

template<size_t N>
std::optional<BinOp> lookup(const StringOp (&table)[N], const QString &text)
{
    for (const StringOp &s : table) {
        if (text == QLatin1StringView(s.text))
            return s.op;
    }
    return std::nullopt;
}

const QString operatorList = QStringLiteral(
    "where, project, project-away, extend, take, limit, sort, order, summarize, distinct, top, "
    "count");

class Parser
{
public:
    Parser(QStringView src, QList<Token> tokens, KqlError *error)
        : m_src(src)
        , m_toks(std::move(tokens))
        , m_error(error)
    {
    }

    std::optional<Query> parseQuery()
    {
        Query q;
        const Token &first = peek();
        static const char *const notTables[] = {"let", "union", "print", "search", "datatable",
            "range", "find", "evaluate", "externaldata"};
        for (const char *n : notTables) {
            if (first.kind == Token::Ident && !first.quotedName
                && first.text == QLatin1StringView(n)) {
                fail(first,
                    QStringLiteral("expected a table name at the start of the query, found "
                                   "'%1' (this server runs a pipeline over one table)")
                        .arg(first.text));
                return std::nullopt;
            }
        }
        if (first.kind != Token::Ident || first.text.startsWith(u'!')) {
            expected(QStringLiteral("a table name at the start of the query"));
            return std::nullopt;
        }
        q.table = first.text;
        q.tablePos = first.pos;
        next();
        while (peek().kind == Token::Punct && peek().text == u"|") {
            next();
            Operator op;
            if (!parseOperator(&op))
                return std::nullopt;
            q.ops.push_back(std::move(op));
        }
        if (isPunct(u";"))
            next();
        if (peek().kind != Token::End) {
            expected(q.ops.empty() ? QStringLiteral("'|' after the table name")
                                   : QStringLiteral("'|' or the end of the query after '%1'")
                                         .arg(q.ops.back().text));
            return std::nullopt;
        }
        return q;
    }

private:
    const Token &peek(int k = 0) const { return m_toks.at(qMin(m_i + k, int(m_toks.size()) - 1)); }
    const Token &next()
    {
        const Token &t = peek();
        m_prev = t.pos;
        m_prevEnd = t.end;
        if (m_i < m_toks.size() - 1)
            ++m_i;
        return t;
    }
    bool isPunct(QStringView p, int k = 0) const
    {
        return peek(k).kind == Token::Punct && peek(k).text == p;
    }
    bool isWord(QLatin1StringView w, int k = 0) const
    {
        return peek(k).kind == Token::Ident && !peek(k).quotedName && peek(k).text == w;
    }

    QString sourceText(const Token &t) const
    {
        QString s = m_src.mid(t.pos, t.end - t.pos).toString();
        if (s.size() > 40)
            s = s.left(37) + u"...";
        return s;
    }
    QString describe(const Token &t) const
    {
        if (t.kind == Token::End)
            return QStringLiteral("the end of the query");
        return u'\'' + sourceText(t) + u'\'';
    }

    bool fail(const Token &at, const QString &what)
    {
        if (!m_failed)
            *m_error = makeError(
                KqlError::Syntax, at.pos, at.kind == Token::End ? QString() : sourceText(at), what);
        m_failed = true;
        return false;
    }
    bool expected(const QString &what)
    {
        return fail(peek(), QStringLiteral("expected %1, found %2").arg(what, describe(peek())));
    }

    bool parseOperator(Operator *op)
    {
        const Token &t = peek();
        op->pos = t.pos;
        op->text = t.text;
        if (t.kind != Token::Ident || t.quotedName)
            return expected(QStringLiteral("an operator after '|' (%1)").arg(operatorList));
        const QString name = t.text;
        if (name == u"where" || name == u"filter") {
            next();
            op->kind = Operator::Where;
            if (atPipeEnd())
                return expected(QStringLiteral("a predicate after '%1'").arg(name));
            op->predicate = parseExpr();
            return !m_failed && endOfOperator(op);
        }
        if (name == u"project" || name == u"extend") {
            next();
            op->kind = name == u"project" ? Operator::Project : Operator::Extend;
            if (!parseNamedList(&op->items, name))
                return false;
            return endOfOperator(op);
        }
        if (name == u"project-away") {
            next();
            op->kind = Operator::ProjectAway;
            do {
                if (peek().kind != Token::Ident)
                    return expected(QStringLiteral("a column name after '%1'")
                                        .arg(op->items.empty() ? name : QStringLiteral(",")));
                NamedExpr item;
                item.name = peek().text;
                item.namePos = peek().pos;
                next();
                op->items.push_back(std::move(item));
            } while (acceptPunct(u","));
            return endOfOperator(op);
        }
        if (name == u"take" || name == u"limit") {
            next();
            op->kind = Operator::Take;
            if (peek().kind != Token::Long)
                return expected(
                    QStringLiteral("a row count (a whole number) after '%1'").arg(name));
            op->count = *next().value.get<qint64>();
            return endOfOperator(op);
        }
        if (name == u"sort" || name == u"order") {
            next();
            op->kind = Operator::Sort;
            if (!isWord("by"_L1))
                return expected(QStringLiteral("'by' after '%1'").arg(name));
            next();
            do {
                SortKey key;
                if (!parseSortKey(&key))
                    return false;
                op->keys.push_back(std::move(key));
            } while (acceptPunct(u","));
            return endOfOperator(op);
        }
        if (name == u"top") {
            next();
            op->kind = Operator::Top;
            if (peek().kind != Token::Long)
                return expected(QStringLiteral("a row count (a whole number) after 'top'"));
            op->count = *next().value.get<qint64>();
            if (!isWord("by"_L1))
                return expected(QStringLiteral("'by' after 'top %1'").arg(op->count));
            next();
            SortKey key;
            if (!parseSortKey(&key))
                return false;
            op->keys.push_back(std::move(key));
            return endOfOperator(op);
        }
        if (name == u"summarize") {
            next();
            op->kind = Operator::Summarize;
            if (!isWord("by"_L1)) {
                if (atPipeEnd())
                    return expected(
                        QStringLiteral("an aggregation (count(), countif(), dcount(), sum(), "
                                       "avg(), min(), max(), make_set()) or 'by' after "
                                       "'summarize'"));
                if (!parseNamedList(&op->items, name))
                    return false;
            }
            if (isWord("by"_L1)) {
                next();
                if (!parseNamedList(&op->by, QStringLiteral("by")))
                    return false;
            }
            return endOfOperator(op);
        }
        if (name == u"distinct") {
            next();
            op->kind = Operator::Distinct;
            if (acceptPunct(u"*")) {
                op->star = true;
                return endOfOperator(op);
            }
            if (!parseNamedList(&op->items, name))
                return false;
            return endOfOperator(op);
        }
        if (name == u"count") {
            next();
            op->kind = Operator::Count;
            return endOfOperator(op);
        }
        return expected(QStringLiteral("an operator after '|' (%1)").arg(operatorList));
    }

    bool atPipeEnd() const { return peek().kind == Token::End || isPunct(u"|") || isPunct(u";"); }

    bool endOfOperator(const Operator *op)
    {
        if (m_failed)
            return false;
        if (atPipeEnd())
            return true;
        if (op->kind == Operator::Where)
            return expected(QStringLiteral("an operator (==, !=, =~, <, >, contains, has, in, "
                                           "startswith, and, or, ...) or '|'"));
        return expected(QStringLiteral("'|' or the end of the query after '%1'").arg(op->text));
    }

    bool acceptPunct(QStringView p)
    {
        if (!isPunct(p))
            return false;
        next();
        return true;
    }

    bool parseNamedList(std::vector<NamedExpr> *out, const QString &after)
    {
        do {
            NamedExpr item;
            if (peek().kind == Token::Ident && isPunct(u"=", 1)) {
                item.name = peek().text;
                item.namePos = peek().pos;
                next();
                next();
            }
            if (atPipeEnd() || isPunct(u",") || isWord("by"_L1))
                return expected(QStringLiteral("an expression after '%1'")
                                    .arg(item.namePos >= 0 ? QStringLiteral("=")
                                            : out->empty() ? after
                                                           : QStringLiteral(",")));
            item.expr = parseExpr();
            if (m_failed)
                return false;
            out->push_back(std::move(item));
        } while (acceptPunct(u","));
        return true;
    }

    bool parseSortKey(SortKey *key)
    {
        if (atPipeEnd() || isPunct(u","))
            return expected(QStringLiteral("an expression to sort by"));
        key->expr = parseExpr();
        if (m_failed)
            return false;
        if (isWord("asc"_L1)) {
            key->descending = false;
            next();
        } else if (isWord("desc"_L1)) {
            next();
        }
        if (isWord("nulls"_L1)) {
            next();
            if (isWord("first"_L1))
                key->nulls = SortKey::First;
            else if (isWord("last"_L1))
                key->nulls = SortKey::Last;
            else
                return expected(QStringLiteral("'first' or 'last' after 'nulls'"));
            next();
        }
        return true;
    }

    // Expressions, lowest precedence first: or, and, comparison, additive, multiplicative,
    // unary, primary.
    ExprPtr parseExpr() { return parseLevel(OrLevel); }

    ExprPtr binary(BinOp op, int opPos, ExprPtr l, ExprPtr r)
    {
        auto e = std::make_unique<Expr>();
        e->kind = Expr::Binary;
        e->op = op;
        e->pos = opPos;
        e->start = l->start;
        e->end = r->end;
        e->depth = 1 + qMax(l->depth, r->depth);
        e->args.push_back(std::move(l));
        e->args.push_back(std::move(r));
        if (e->depth > MaxDepth)
            fail(peek(),
                QStringLiteral("expression nested too deeply (more than %1 levels)").arg(MaxDepth));
        return e;
    }

    // The left-associative levels, loosest first: or, and, (comparison), + -, * / %.
    enum Level { OrLevel, AndLevel, AdditiveLevel, MultiplicativeLevel };

    std::optional<BinOp> levelOperator(Level level) const
    {
        switch (level) {
        case OrLevel:
            return isWord("or"_L1) ? std::optional(BinOp::Or) : std::nullopt;
        case AndLevel:
            return isWord("and"_L1) ? std::optional(BinOp::And) : std::nullopt;
        case AdditiveLevel:
            if (isPunct(u"+"))
                return BinOp::Add;
            return isPunct(u"-") ? std::optional(BinOp::Sub) : std::nullopt;
        case MultiplicativeLevel:
            if (isPunct(u"*"))
                return BinOp::Mul;
            if (isPunct(u"/"))
                return BinOp::Div;
            return isPunct(u"%") ? std::optional(BinOp::Mod) : std::nullopt;
        }
        return std::nullopt;
    }

    ExprPtr parseOperand(Level level)
    {
        switch (level) {
        case OrLevel:
            return parseLevel(AndLevel);
        case AndLevel:
            return parseComparison();
        case AdditiveLevel:
            return parseLevel(MultiplicativeLevel);
        case MultiplicativeLevel:
            return parseUnary();
        }
        return nullptr;
    }

    ExprPtr parseLevel(Level level)
    {
        ExprPtr l = parseOperand(level);
        while (!m_failed) {
            const std::optional<BinOp> op = levelOperator(level);
            if (!op)
                break;
            const int pos = next().pos;
            ExprPtr r = parseOperand(level);
            if (m_failed)
                return nullptr;
            l = binary(*op, pos, std::move(l), std::move(r));
        }
        return m_failed ? nullptr : std::move(l);
    }

    ExprPtr parseComparison()
    {
        ExprPtr l = parseLevel(AdditiveLevel);
        if (m_failed)
            return nullptr;
        const Token &t = peek();
        std::optional<BinOp> op;
        if (t.kind == Token::Punct)
            op = lookup(compareOps, t.text);
        else if (t.kind == Token::Ident && !t.quotedName)
            op = lookup(stringOps, t.text);
        if (op) {
            const int pos = next().pos;
            ExprPtr r = parseLevel(AdditiveLevel);
            if (m_failed)
                return nullptr;
            return binary(*op, pos, std::move(l), std::move(r));
        }
        if (t.kind == Token::Ident && !t.quotedName) {
            if (const auto listOp = lookup(listOps, t.text)) {
                const QString opText = t.text;
                const int pos = next().pos;
                if (!isPunct(u"("))
                    return expected(
                               QStringLiteral("'(' and a list of values after '%1'").arg(opText)),
                           nullptr;
                next();
                auto e = std::make_unique<Expr>();
                e->kind = Expr::List;
                e->op = *listOp;
                e->pos = pos;
                e->start = l->start;
                e->depth = l->depth + 1;
                e->args.push_back(std::move(l));
                if (isPunct(u")"))
                    return expected(QStringLiteral("at least one value in the list of '%1'")
                                        .arg(opText)),
                           nullptr;
                do {
                    ExprPtr item = parseLevel(AdditiveLevel);
                    if (m_failed)
                        return nullptr;
                    e->depth = qMax(e->depth, item->depth + 1);
                    e->args.push_back(std::move(item));
                } while (acceptPunct(u","));
                if (!isPunct(u")"))
                    return expected(QStringLiteral("',' or ')' in the list of '%1'").arg(opText)),
                           nullptr;
                e->end = next().end;
                if (e->depth > MaxDepth)
                    return fail(peek(), QStringLiteral("expression nested too deeply")), nullptr;
                return e;
            }
        }
        return l;
    }

    ExprPtr parseUnary()
    {
        if (isPunct(u"-") || isPunct(u"+")) {
            const Token &t = next();
            const bool minus = t.text == u"-";
            const int pos = t.pos;
            if (++m_depth > MaxDepth)
                return fail(t, QStringLiteral("expression nested too deeply")), nullptr;
            ExprPtr operand = parseUnary();
            --m_depth;
            if (m_failed)
                return nullptr;
            if (!minus)
                return operand;
            auto e = std::make_unique<Expr>();
            e->kind = Expr::Unary;
            e->op = BinOp::Sub;
            e->pos = pos;
            e->start = pos;
            e->end = operand->end;
            e->depth = operand->depth + 1;
            e->args.push_back(std::move(operand));
            return e;
        }
        return parsePrimary();
    }

    ExprPtr literal(const Token &t, Type type)
    {
        auto e = std::make_unique<Expr>();
        e->kind = Expr::Literal;
        e->pos = e->start = t.pos;
        e->end = t.end;
        e->literal = t.value;
        e->literalType = type;
        return e;
    }

    ExprPtr parsePrimary()
    {
        const Token &t = peek();
        switch (t.kind) {
        case Token::String:
            return literal(next(), Type::String);
        case Token::Long:
            return literal(next(), Type::Long);
        case Token::Real:
            return literal(next(), Type::Real);
        case Token::Span:
            return literal(next(), Type::TimeSpan);
        case Token::Date:
            return literal(next(), Type::DateTime);
        case Token::Punct:
            if (t.text == u"(") {
                const int start = next().pos;
                if (++m_depth > MaxDepth)
                    return fail(t, QStringLiteral("expression nested too deeply")), nullptr;
                ExprPtr inner = parseExpr();
                --m_depth;
                if (m_failed)
                    return nullptr;
                if (!isPunct(u")"))
                    return expected(
                               QStringLiteral("')' to close the '(' at position %1").arg(start)),
                           nullptr;
                inner->start = start;
                inner->end = next().end;
                return inner;
            }
            break;
        case Token::Ident: {
            if (t.text.startsWith(u'!'))
                break;
            if (!t.quotedName
                && (t.text == u"true" || t.text == u"True" || t.text == u"TRUE"
                    || t.text == u"false" || t.text == u"False" || t.text == u"FALSE")) {
                Token b = next();
                b.value = Value(b.text.front().toLower() == u't');
                return literal(b, Type::Bool);
            }
            static const char *const keywords[] = {"and", "or", "by", "asc", "desc"};
            for (const char *k : keywords) {
                if (!t.quotedName && t.text == QLatin1StringView(k))
                    return expected(QStringLiteral("an expression")), nullptr;
            }
            const Token name = next();
            auto e = std::make_unique<Expr>();
            e->pos = e->start = name.pos;
            e->end = name.end;
            e->name = name.text;
            if (!isPunct(u"(") || name.quotedName) {
                e->kind = Expr::ColumnRef;
                return e;
            }
            e->kind = Expr::Call;
            next();
            if (++m_depth > MaxDepth)
                return fail(t, QStringLiteral("expression nested too deeply")), nullptr;
            if (!isPunct(u")")) {
                do {
                    if (isPunct(u")") || isPunct(u","))
                        return expected(QStringLiteral("an argument of %1()").arg(name.text)),
                               nullptr;
                    ExprPtr arg = parseExpr();
                    if (m_failed)
                        return nullptr;
                    e->depth = qMax(e->depth, arg->depth + 1);
                    e->args.push_back(std::move(arg));
                } while (acceptPunct(u","));
            }
            --m_depth;
            if (!isPunct(u")"))
                return expected(
                           QStringLiteral("',' or ')' after the arguments of %1()").arg(name.text)),
                       nullptr;
            e->end = next().end;
            if (e->depth > MaxDepth)
                return fail(t, QStringLiteral("expression nested too deeply")), nullptr;
            return e;
        }
        case Token::End:
            break;
        }
        if (m_prev >= 0)
            return expected(QStringLiteral("an expression after '%1'")
                                .arg(m_src.mid(m_prev, m_prevEnd - m_prev))),
                   nullptr;
        return expected(QStringLiteral("an expression")), nullptr;
    }

    QStringView m_src;
    QList<Token> m_toks;
    KqlError *m_error;
    int m_i = 0;
    int m_prev = -1;
    int m_prevEnd = -1;
    int m_depth = 0;
    bool m_failed = false;
};

} // namespace

std::optional<Timestamp> parseDateTimeText(QStringView text)
{
    QString s = text.toString();
    if (s.size() == 10)
        s += u"T00:00:00Z";
    if (s.size() > 10 && s[10] == u' ')
        s[10] = u'T';
    if (s.size() == 16 || (s.size() == 17 && (s[16] == u'Z' || s[16] == u'z')))
        s.insert(16, u":00"_s);
    Timestamp t;
    if (!Timestamp::parse(s, &t))
        return std::nullopt;
    return t;
}

std::optional<TimeSpan> parseTimeSpanText(QStringView s)
{
    s = s.trimmed();
    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s = s.mid(1);
    }
    qsizetype i = 0;
    while (i < s.size() && (isDigit(s[i]) || s[i] == u'.'))
        ++i;
    if (i > 0 && i < s.size() && isIdentStart(s[i])) {
        const qint64 unit = unitTicks(s.mid(i));
        bool ok = false;
        const double n = s.left(i).toDouble(&ok);
        if (!unit || !ok || n * double(unit) > 9e18)
            return std::nullopt;
        const qint64 ticks = qint64(std::llround(n * double(unit)));
        return TimeSpan {negative ? -ticks : ticks};
    }
    // [d.]hh:mm[:ss[.fffffff]]
    const QList<QStringView> parts = s.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    qint64 days = 0;
    QStringView hours = parts[0];
    if (const qsizetype dot = hours.indexOf(u'.'); dot >= 0) {
        bool ok = false;
        days = hours.left(dot).toLongLong(&ok);
        if (!ok || days > 10'000'000)
            return std::nullopt;
        hours = hours.mid(dot + 1);
    }
    bool okH = false, okM = false;
    const int h = hours.toInt(&okH);
    const int m = parts[1].toInt(&okM);
    if (!okH || !okM || h < 0 || h > 23 || m < 0 || m > 59)
        return std::nullopt;
    qint64 ticks = ((days * 24 + h) * 60 + m) * 600'000'000;
    if (parts.size() == 3) {
        bool ok = false;
        const double sec = parts[2].toDouble(&ok);
        if (!ok || sec < 0 || sec >= 60)
            return std::nullopt;
        ticks += qint64(std::llround(sec * 1e7));
    }
    return TimeSpan {negative ? -ticks : ticks};
}

QLatin1StringView binOpText(BinOp op)
{
    for (const StringOp &s : compareOps) {
        if (s.op == op)
            return QLatin1StringView(s.text);
    }
    for (const StringOp &s : stringOps) {
        if (s.op == op)
            return QLatin1StringView(s.text);
    }
    for (const StringOp &s : listOps) {
        if (s.op == op)
            return QLatin1StringView(s.text);
    }
    switch (op) {
    case BinOp::Or:
        return "or"_L1;
    case BinOp::And:
        return "and"_L1;
    case BinOp::Add:
        return "+"_L1;
    case BinOp::Sub:
        return "-"_L1;
    case BinOp::Mul:
        return "*"_L1;
    case BinOp::Div:
        return "/"_L1;
    case BinOp::Mod:
        return "%"_L1;
    default:
        return "?"_L1;
    }
}

KqlError makeError(KqlError::Kind kind, int pos, const QString &token, const QString &what)
{
    KqlError e;
    e.kind = kind;
    e.position = pos;
    e.token = token;
    e.message = (kind == KqlError::Syntax ? QStringLiteral("Syntax error at position %1: ")
                                          : QStringLiteral("Semantic error at position %1: "))
                    .arg(pos)
        + what;
    return e;
}

std::optional<Query> parse(QStringView text, KqlError *error)
{
    QList<Token> tokens;
    if (!Lexer(text, error).run(&tokens))
        return std::nullopt;
    return Parser(text, std::move(tokens), error).parseQuery();
}

} // namespace wf::server::kql::ast
