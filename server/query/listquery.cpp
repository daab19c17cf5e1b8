// $filter AST -> SQL, and the opaque $skiptoken.
#include "listquery.h"

#include "wire/graphproperties.h"

#include <QCoreApplication>

namespace wf::server {

namespace {

// `plain`: a column whose terms must not steer SQLite's choice of index range (written
// `+column`); see ListQuery::where.
QString compileNode(const odata::Filter &f, int i, QVariantList *binds, const QString &plain)
{
    const odata::Node &n = f.node(i);
    switch (n.kind) {
    case odata::Node::And:
    case odata::Node::Or: {
        // One statement at a time: the binds must be appended in the order of the '?'s,
        // and the operands of '+' may be evaluated in any order.
        const QString left = compileNode(f, n.left, binds, plain);
        const QString right = compileNode(f, n.right, binds, plain);
        return u'(' + left
            + (n.kind == odata::Node::And ? QStringLiteral(" AND ") : QStringLiteral(" OR "))
            + right + u')';
    }
    case odata::Node::Not:
        return QStringLiteral("(NOT ") + compileNode(f, n.left, binds, plain) + u')';
    case odata::Node::In:
    case odata::Node::Compare:
        break;
    }
    const odata::PropertyDef &p = f.properties().at(n.property);
    const QString col = (plain == QLatin1StringView(p.name) ? QStringLiteral("+") : QString()) + QString(p.name);
    const bool sentinel = TenantDb::usesSentinel(p);
    if (n.kind == odata::Node::In) {
        QStringList parts;
        for (const odata::Value &v : n.values) {
            binds->append(TenantDb::sqlValue(p, v));
            parts << col + QStringLiteral(" IS ?");
        }
        return u'(' + parts.join(QStringLiteral(" OR ")) + u')';
    }
    const odata::Value &v = n.values.first();
    binds->append(TenantDb::sqlValue(p, v));
    switch (n.op) {
    case odata::CompareOp::Eq:
        return col + QStringLiteral(" IS ?");
    case odata::CompareOp::Ne:
        return col + QStringLiteral(" IS NOT ?");
    default:
        break;
    }
    static const char *ops[] = {"=", "!=", ">", ">=", "<", "<="};
    QString cmp = col + u' ' + QLatin1StringView(ops[int(n.op)]) + QStringLiteral(" ?");
    // Null never compares: a sentinel column must not let its null stand-in through, and
    // a real NULL must give false, not SQL's unknown (which `not` would keep unknown).
    if (sentinel)
        cmp = u'(' + cmp + QStringLiteral(" AND ") + col + QStringLiteral(" != ")
            + QString::number(TenantDb::nullSentinel(p)) + u')';
    else
        cmp = u'(' + cmp + QStringLiteral(" AND ") + col + QStringLiteral(" IS NOT NULL)");
    return cmp;
}

} // namespace

int ListQuery::sortProperty() const
{
    return order.property < 0 ? int(odata::IncidentProperty::CreatedDateTime) : order.property;
}

QString ListQuery::where(QVariantList *binds, bool withCursor) const
{
    QStringList clauses;
    const bool cursor = withCursor && hasCursor;
    const QString sortColumn = QString(TenantDb::properties(collection).at(sortProperty()).name);
    // Past the first page the cursor is the seek: a filter on the sort column (a window of
    // createdDateTime) would otherwise be SQLite's chosen range, and every page would scan
    // from the window's edge down to the cursor.
    if (!filter.isEmpty())
        clauses << compileNode(filter, filter.root(), binds, cursor ? sortColumn : QString());
    if (!extraWhere.isEmpty())
        clauses << extraWhere;
    if (cursor) {
        const QString &col = sortColumn;
        clauses << QStringLiteral("(%1, %2) %3 (?, ?)")
                       .arg(col, TenantDb::keyColumn(collection),
                            descending() ? QStringLiteral("<") : QStringLiteral(">"));
        binds->append(cursorKey);
        binds->append(cursorPk);
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

QString ListQuery::skipToken(qint64 key, qint64 pk) const
{
    const QByteArray raw = QByteArray::number(sortProperty()) + '.' + (descending() ? "d" : "a") + '.'
        + QByteArray::number(key) + '.' + QByteArray::number(pk);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool ListQuery::parseSkipToken(const QString &token, QString *error)
{
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    const QList<QByteArray> parts = raw.split('.');
    bool ok1 = false, ok2 = false, ok3 = false;
    if (parts.size() == 4) {
        const int prop = parts[0].toInt(&ok1);
        cursorKey = parts[2].toLongLong(&ok2);
        cursorPk = parts[3].toLongLong(&ok3);
        const bool desc = parts[1] == "d";
        if (ok1 && ok2 && ok3 && prop == sortProperty() && desc == descending()) {
            hasCursor = true;
            return true;
        }
    }
    *error = QCoreApplication::translate("Graph", "The $skiptoken is not valid for this query. Follow "
                                                  "@odata.nextLink exactly as returned.");
    return false;
}

} // namespace wf::server
