// Recursive-descent parser for the OData $filter subset Graph documents for security
// collections: eq ne gt ge lt le, in (...), and, or, not, parentheses, null.
#include "odata.h"

#include <QCoreApplication>

namespace wf::odata {

namespace {

struct Token
{
    enum Kind { End, Ident, String, Bare, LParen, RParen, Comma } kind = End;
    QString text;
    int pos = 0;
};

class Lexer
{
public:
    explicit Lexer(const QString &s)
        : m_s(s)
    {}

    bool next(Token *t, QString *error)
    {
        while (m_i < m_s.size() && m_s[m_i].isSpace())
            ++m_i;
        t->pos = int(m_i);
        t->text.clear();
        if (m_i >= m_s.size()) {
            t->kind = Token::End;
            return true;
        }
        const QChar c = m_s[m_i];
        if (c == u'(' || c == u')' || c == u',') {
            t->kind = c == u'(' ? Token::LParen : c == u')' ? Token::RParen : Token::Comma;
            t->text = c;
            ++m_i;
            return true;
        }
        if (c == u'\'') {
            ++m_i;
            QString value;
            for (;;) {
                if (m_i >= m_s.size()) {
                    *error = QCoreApplication::translate(
                                 "OData", "Unterminated string literal starting at position %1.")
                                 .arg(t->pos + 1);
                    return false;
                }
                if (m_s[m_i] == u'\'') {
                    if (m_i + 1 < m_s.size() && m_s[m_i + 1] == u'\'') {
                        value += u'\'';
                        m_i += 2;
                        continue;
                    }
                    ++m_i;
                    break;
                }
                value += m_s[m_i++];
            }
            t->kind = Token::String;
            t->text = value;
            return true;
        }
        const qsizetype start = m_i;
        if (c.isLetter() || c == u'_') {
            while (m_i < m_s.size()
                   && (m_s[m_i].isLetterOrNumber() || m_s[m_i] == u'_' || m_s[m_i] == u'.'
                       || m_s[m_i] == u'/'))
                ++m_i;
            t->kind = Token::Ident;
        } else {
            while (m_i < m_s.size() && !m_s[m_i].isSpace() && m_s[m_i] != u'(' && m_s[m_i] != u')'
                   && m_s[m_i] != u',' && m_s[m_i] != u'\'')
                ++m_i;
            t->kind = Token::Bare;
        }
        t->text = m_s.mid(start, m_i - start);
        return true;
    }

private:
    const QString &m_s;
    qsizetype m_i = 0;
};

} // namespace

class Parser
{
public:
    Parser(const QString &text, const QList<PropertyDef> &props, Filter *out)
        : m_lexer(text)
        , m_props(props)
        , m_out(out)
    {}

    bool run(QString *error)
    {
        m_error = error;
        m_out->m_nodes.clear();
        m_out->m_root = -1; // a failed parse must not leave the old root over the cleared nodes
        m_out->m_props = &m_props;
        if (!advance())
            return false;
        if (m_tok.kind == Token::End) {
            m_out->m_root = -1;
            return true;
        }
        const int root = parseOr();
        if (root < 0)
            return false;
        if (m_tok.kind != Token::End)
            return fail(QCoreApplication::translate("OData", "expected 'and', 'or' or the end of "
                                                             "the filter, found '%1'")
                            .arg(m_tok.text));
        m_out->m_root = root;
        return true;
    }

private:
    bool advance() { return m_lexer.next(&m_tok, m_error); }

    bool fail(const QString &what)
    {
        if (m_error->isEmpty())
            *m_error = QCoreApplication::translate("OData", "Invalid $filter at position %1: %2.")
                           .arg(m_tok.pos + 1)
                           .arg(what);
        return false;
    }
    int failNode(const QString &what)
    {
        fail(what);
        return -1;
    }

    bool isKeyword(const char *kw) const
    {
        return m_tok.kind == Token::Ident
            && m_tok.text.compare(QLatin1StringView(kw), Qt::CaseInsensitive) == 0;
    }

    int add(Node n)
    {
        m_out->m_nodes.append(std::move(n));
        return int(m_out->m_nodes.size() - 1);
    }

    int parseOr()
    {
        int left = parseAnd();
        while (left >= 0 && isKeyword("or")) {
            if (!advance())
                return -1;
            const int right = parseAnd();
            if (right < 0)
                return -1;
            left = add(Node{Node::Or, CompareOp::Eq, -1, {}, left, right});
        }
        return left;
    }

    int parseAnd()
    {
        int left = parseNot();
        while (left >= 0 && isKeyword("and")) {
            if (!advance())
                return -1;
            const int right = parseNot();
            if (right < 0)
                return -1;
            left = add(Node{Node::And, CompareOp::Eq, -1, {}, left, right});
        }
        return left;
    }

    int parseNot()
    {
        if (isKeyword("not")) {
            if (!advance())
                return -1;
            const int inner = parseNot();
            if (inner < 0)
                return -1;
            return add(Node{Node::Not, CompareOp::Eq, -1, {}, inner, -1});
        }
        return parsePrimary();
    }

    int parsePrimary()
    {
        if (m_tok.kind == Token::LParen) {
            if (!advance())
                return -1;
            const int inner = parseOr();
            if (inner < 0)
                return -1;
            if (m_tok.kind != Token::RParen)
                return failNode(QCoreApplication::translate("OData", "expected ')'"));
            if (!advance())
                return -1;
            return inner;
        }
        if (m_tok.kind != Token::Ident)
            return failNode(
                m_tok.kind == Token::End
                    ? QCoreApplication::translate("OData", "expected a property name, found the "
                                                           "end of the filter")
                    : QCoreApplication::translate("OData", "expected a property name, found '%1'")
                          .arg(m_tok.text));
        const int prop = propertyIndex(m_tok.text);
        if (prop < 0) {
            QStringList names;
            for (const PropertyDef &p : m_props)
                names << QString(p.name);
            return failNode(QCoreApplication::translate("OData", "'%1' is not a filterable "
                                                                 "property; use one of %2")
                                .arg(m_tok.text, names.join(QStringLiteral(", "))));
        }
        if (!advance())
            return -1;
        if (isKeyword("in")) {
            if (!advance())
                return -1;
            if (m_tok.kind != Token::LParen)
                return failNode(QCoreApplication::translate("OData", "expected '(' after 'in'"));
            Node n{Node::In, CompareOp::Eq, prop, {}, -1, -1};
            do {
                if (!advance())
                    return -1;
                Value v;
                if (!parseLiteral(prop, &v))
                    return -1;
                n.values.append(v);
            } while (m_tok.kind == Token::Comma);
            if (m_tok.kind != Token::RParen)
                return failNode(QCoreApplication::translate("OData", "expected ',' or ')' in the "
                                                                     "'in' list"));
            if (!advance())
                return -1;
            return add(std::move(n));
        }
        static const char *ops[] = {"eq", "ne", "gt", "ge", "lt", "le"};
        int op = -1;
        for (int i = 0; i < 6; ++i) {
            if (isKeyword(ops[i]))
                op = i;
        }
        if (op < 0)
            return failNode(QCoreApplication::translate("OData", "expected an operator (eq, ne, "
                                                                 "gt, ge, lt, le, in) after '%1'")
                                .arg(QString(m_props.at(prop).name)));
        if (!advance())
            return -1;
        // Checked before the literal is consumed, so the position is that of the null.
        if (op >= int(CompareOp::Gt) && m_tok.kind == Token::Ident
            && m_tok.text == QLatin1StringView("null"))
            return failNode(QCoreApplication::translate("OData", "null can only be compared "
                                                                 "with eq or ne"));
        Value v;
        if (!parseLiteral(prop, &v))
            return -1;
        return add(Node{Node::Compare, CompareOp(op), prop, {v}, -1, -1});
    }

    int propertyIndex(const QString &name) const
    {
        for (int i = 0; i < m_props.size(); ++i) {
            if (name.compare(m_props.at(i).name, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    }

    // Reads the literal at the current token, typed for property `prop`, and advances.
    bool parseLiteral(int prop, Value *out)
    {
        const PropertyDef &p = m_props.at(prop);
        if (m_tok.kind == Token::Ident && m_tok.text == QLatin1StringView("null")) {
            *out = Null{};
            return advance();
        }
        switch (p.type) {
        case PropertyType::String:
            if (m_tok.kind != Token::String)
                return fail(QCoreApplication::translate("OData", "'%1' takes a quoted string, "
                                                                 "found '%2'")
                                .arg(QString(p.name), m_tok.text));
            *out = m_tok.text;
            return advance();
        case PropertyType::Enum: {
            if (m_tok.kind != Token::String)
                return fail(QCoreApplication::translate("OData", "'%1' takes a quoted value such "
                                                                 "as '%2', found '%3'")
                                .arg(QString(p.name), p.enumNames->name(0), m_tok.text));
            const int ordinal = p.enumNames->ordinalOf(m_tok.text);
            if (ordinal < 0)
                return fail(QCoreApplication::translate("OData", "'%1' is not a value of '%2'; "
                                                                 "use one of %3")
                                .arg(m_tok.text, QString(p.name),
                                     p.enumNames->all().join(QStringLiteral(", "))));
            *out = ordinal;
            return advance();
        }
        case PropertyType::DateTime: {
            Timestamp t;
            if ((m_tok.kind != Token::Bare && m_tok.kind != Token::String)
                || !Timestamp::parse(m_tok.text, &t))
                return fail(QCoreApplication::translate("OData", "'%1' takes a date and time "
                                                                 "such as 2025-02-07T19:01:26Z, "
                                                                 "found '%2'")
                                .arg(QString(p.name), m_tok.text));
            *out = t;
            return advance();
        }
        }
        return false;
    }

    Lexer m_lexer;
    const QList<PropertyDef> &m_props;
    Filter *m_out;
    Token m_tok;
    QString *m_error = nullptr;
};

bool parseFilter(const QString &text, const QList<PropertyDef> &props, Filter *out,
                 QString *error)
{
    QString message;
    Parser p(text, props, out);
    if (p.run(&message))
        return true;
    if (error)
        *error = message;
    return false;
}

int compareValues(const Value &a, const Value &b)
{
    const bool an = std::holds_alternative<Null>(a), bn = std::holds_alternative<Null>(b);
    if (an || bn)
        return an == bn ? 0 : (an ? -1 : 1);
    if (a.index() != b.index())
        return a.index() < b.index() ? -1 : 1;
    if (const auto *s = std::get_if<QString>(&a)) {
        const int c = s->compare(std::get<QString>(b));
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    if (const auto *i = std::get_if<int>(&a))
        return *i < std::get<int>(b) ? -1 : *i > std::get<int>(b) ? 1 : 0;
    const auto ta = std::get<Timestamp>(a), tb = std::get<Timestamp>(b);
    return ta < tb ? -1 : ta > tb ? 1 : 0;
}

bool Filter::matches(const std::function<Value(int)> &get) const
{
    return m_root < 0 || eval(m_root, get);
}

bool Filter::eval(int i, const std::function<Value(int)> &get) const
{
    const Node &n = m_nodes.at(i);
    switch (n.kind) {
    case Node::And:
        return eval(n.left, get) && eval(n.right, get);
    case Node::Or:
        return eval(n.left, get) || eval(n.right, get);
    case Node::Not:
        return !eval(n.left, get);
    case Node::In: {
        const Value v = get(n.property);
        for (const Value &candidate : n.values) {
            if (compareValues(v, candidate) == 0)
                return true;
        }
        return false;
    }
    case Node::Compare: {
        const Value v = get(n.property);
        const Value &lit = n.values.first();
        const bool vNull = std::holds_alternative<Null>(v);
        const bool litNull = std::holds_alternative<Null>(lit);
        // Like SQL: an ordering comparison with a null operand is false.
        if ((vNull || litNull) && n.op != CompareOp::Eq && n.op != CompareOp::Ne)
            return false;
        const int c = compareValues(v, lit);
        switch (n.op) {
        case CompareOp::Eq:
            return c == 0;
        case CompareOp::Ne:
            return c != 0;
        case CompareOp::Gt:
            return c > 0;
        case CompareOp::Ge:
            return c >= 0;
        case CompareOp::Lt:
            return c < 0;
        case CompareOp::Le:
            return c <= 0;
        }
    }
    }
    return false;
}

bool parseOrderBy(const QString &text, const QList<PropertyDef> &props, OrderBy *out,
                  QString *error)
{
    QString ignored;
    if (!error) // like parseFilter, the error sink is optional
        error = &ignored;
    *out = OrderBy{};
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;
    if (trimmed.contains(u',')) {
        *error = QCoreApplication::translate("OData", "Invalid $orderby: sorting by more than "
                                                      "one property is not supported.");
        return false;
    }
    const QStringList parts = trimmed.split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < props.size(); ++i) {
        if (parts.first().compare(props.at(i).name, Qt::CaseInsensitive) == 0)
            out->property = i;
    }
    if (out->property < 0) {
        QStringList names;
        for (const PropertyDef &p : props)
            names << QString(p.name);
        *error = QCoreApplication::translate("OData", "Invalid $orderby: '%1' is not a sortable "
                                                      "property; use one of %2.")
                     .arg(parts.first(), names.join(QStringLiteral(", ")));
        return false;
    }
    out->descending = false;
    if (parts.size() == 2 && parts[1].compare(QLatin1StringView("desc"), Qt::CaseInsensitive) == 0)
        out->descending = true;
    else if (parts.size() > 2
             || (parts.size() == 2
                 && parts[1].compare(QLatin1StringView("asc"), Qt::CaseInsensitive) != 0)) {
        *error = QCoreApplication::translate("OData", "Invalid $orderby: expected 'asc' or 'desc' "
                                                      "after '%1'.")
                     .arg(parts.first());
        return false;
    }
    return true;
}

QString literal(const Value &v, const PropertyDef &prop)
{
    if (std::holds_alternative<Null>(v))
        return QStringLiteral("null");
    if (const auto *s = std::get_if<QString>(&v))
        return u'\'' + QString(*s).replace(u'\'', QStringLiteral("''")) + u'\'';
    if (const auto *i = std::get_if<int>(&v))
        return u'\'' + prop.enumNames->name(*i) + u'\'';
    return std::get<Timestamp>(v).toString();
}

} // namespace wf::odata
