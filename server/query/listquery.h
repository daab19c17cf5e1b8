// A Graph list request ($filter, $orderby, $top, $skip, $count, $skiptoken) compiled to
// SQL over the property columns, paged by keyset so a deep page costs what the first does.
#pragma once

#include "store/tenantdb.h"
#include "wire/odata.h"

#include <QVariantList>

namespace wf::server {

struct ListQuery
{
    Collection collection = Collection::Incidents;
    odata::Filter filter;
    odata::OrderBy order;      // property -1: createdDateTime desc
    qint64 top = 0;
    qint64 skip = 0;
    bool count = false;
    bool expandAlerts = false;
    bool hasCursor = false;    // from $skiptoken: continue after (key, pk)
    qint64 cursorKey = 0;
    qint64 cursorPk = 0;
    QString extraWhere;        // access restrictions added by the caller (SQL, no binds)

    int sortProperty() const;  // the effective sort property index
    bool descending() const { return order.property < 0 ? true : order.descending; }

    // Where clause (with leading "WHERE" if any) and its binds, cursor excluded/included.
    QString where(QVariantList *binds, bool withCursor) const;
    QString skipToken(qint64 key, qint64 pk) const;
    bool parseSkipToken(const QString &token, QString *error);
};

} // namespace wf::server
