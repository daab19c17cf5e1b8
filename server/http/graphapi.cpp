// Graph security incidents/alerts_v2 handlers.
#include "graphapi.h"

#include "auth.h"
#include "engine/engine.h"
#include "query/listquery.h"
#include "sim/tenant.h"
#include "store/tenantdb.h"
#include "wire/codec.h"
#include "wire/graphproperties.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace wf::server {

namespace {
constexpr int kMaxCommentLength = 30000;

QString collectionPath(bool incidents)
{
    return incidents ? QStringLiteral("security/incidents") : QStringLiteral("security/alerts_v2");
}

QByteArray jsonString(const QString &s)
{
    // A JSON string literal, escaped the way QJsonDocument escapes.
    const QByteArray doc = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return doc.mid(1, doc.size() - 2);
}
} // namespace

Response graphError(const Request &request, int status, const QString &code, const QString &message)
{
    QJsonObject inner{{QStringLiteral("date"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                      {QStringLiteral("request-id"), request.requestId},
                      {QStringLiteral("client-request-id"),
                       QString::fromLatin1(request.header("client-request-id"))}};
    return Response::json(status, QJsonObject{{QStringLiteral("error"),
                                               QJsonObject{{QStringLiteral("code"), code},
                                                           {QStringLiteral("message"), message},
                                                           {QStringLiteral("innerError"), inner}}}});
}

GraphApi::GraphApi(TenantDb &db, Engine &engine, const sim::Tenant &tenant)
    : m_db(db)
    , m_engine(engine)
    , m_tenant(tenant)
{}

void GraphApi::addRoutes(Router &router)
{
    for (bool incidents : {true, false}) {
        const QString base = QStringLiteral("/v1.0/") + collectionPath(incidents);
        router.add("GET", base, [this, incidents](Request &r) { return list(r, incidents); });
        router.add("GET", base + QStringLiteral("/{id}"), [this, incidents](Request &r) { return get(r, incidents); });
        router.add("PATCH", base + QStringLiteral("/{id}"), [this, incidents](Request &r) { return patch(r, incidents); });
        router.add("POST", base + QStringLiteral("/{id}/comments"),
                   [this, incidents](Request &r) { return comment(r, incidents); });
    }
    router.add("GET", QStringLiteral("/v1.0/me/memberOf"), [this](Request &r) { return memberOf(r, false); });
    router.add("GET", QStringLiteral("/v1.0/me/memberOf/microsoft.graph.directoryRole"),
               [this](Request &r) { return memberOf(r, true); });
}

Response GraphApi::memberOf(Request &r, bool directoryRolesOnly)
{
    // The Entra roles that are directory roles, with their built-in template ids; the
    // unified RBAC roles of the simulator are Defender XDR permissions, not directory
    // roles, and are left out as Graph leaves them out.
    struct DirectoryRole
    {
        QLatin1StringView name;
        const char *templateId, *description;
    };
    using namespace sim::role;
    static const DirectoryRole roles[] = {
        {GlobalAdministrator, "62e90394-69f5-4237-9190-012177145e10",
         "Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities."},
        {SecurityAdministrator, "194ae4cb-b126-40b2-bd5b-6091b380977d",
         "Can read security information and reports, and manage configuration in Microsoft Entra ID and Office 365."},
        {SecurityOperator, "5f2222b1-57c3-48ba-8ad5-d4759f1fde6f", "Creates and manages security events."},
        {SecurityReader, "5d6b6bb7-de71-4623-b4af-96380a352509",
         "Can read security information and reports in Microsoft Entra ID and Office 365."},
    };
    if (auto wrong = wrongAudience(r))
        return *wrong;
    if (r.identity.isApp)
        return graphError(r, 400, QStringLiteral("BadRequest"),
                          QStringLiteral("/me request is only valid with delegated authentication flow."));
    const sim::Principal *p = m_tenant.principalById(r.identity.objectId);
    QJsonArray value;
    for (const DirectoryRole &role : roles) {
        if (!p || !p->hasRole(role.name))
            continue;
        // An activated directory role has an object id of its own in each tenant.
        const QString templateId = QLatin1StringView(role.templateId);
        QJsonObject o{{QStringLiteral("id"), QUuid::createUuidV5(QUuid(m_tenant.id), templateId).toString(QUuid::WithoutBraces)},
                      {QStringLiteral("deletedDateTime"), QJsonValue::Null},
                      {QStringLiteral("description"), QLatin1StringView(role.description)},
                      {QStringLiteral("displayName"), role.name},
                      {QStringLiteral("roleTemplateId"), templateId}};
        // Cast to the type, the items need no type annotation (Graph leaves it out too).
        if (!directoryRolesOnly)
            o.insert(QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.directoryRole"));
        value.append(o);
    }
    const QString context = r.baseUrl + QStringLiteral("/v1.0/$metadata#")
        + (directoryRolesOnly ? QStringLiteral("directoryRoles") : QStringLiteral("directoryObjects"));
    return Response::json(200, QJsonObject{{QStringLiteral("@odata.context"), context}, {QStringLiteral("value"), value}});
}

bool GraphApi::seesDefenderForCloud(const Identity &id)
{
    // SPEC: Global or Security Administrator, or a unified RBAC role for Defender for
    // Cloud data; apps with the collection's application permission.
    using namespace sim::role;
    return id.isApp || id.hasRole(GlobalAdministrator) || id.hasRole(SecurityAdministrator)
        || id.hasRole(DfcDataRead) || id.hasRole(DfcDataManage);
}

std::optional<Response> GraphApi::wrongAudience(const Request &r)
{
    if (r.identity.audience == TokenService::graphAudience())
        return std::nullopt;
    return graphError(r, 401, QStringLiteral("InvalidAuthenticationToken"),
                      tr("Access token validation failure. Invalid audience: this API needs a "
                         "token for https://graph.microsoft.com."));
}

Response GraphApi::missingAppRoles(const Request &r, const QString &needed)
{
    return graphError(r, 403, QStringLiteral("Forbidden"),
                      tr("Missing application roles. API required roles: %1, application roles: %2.")
                          .arg(needed, r.identity.roles.join(u',')));
}

std::optional<Response> GraphApi::forbidden(const Request &r, bool incidents, Access access) const
{
    using namespace sim::role;
    const Identity &id = r.identity;
    if (auto wrong = wrongAudience(r))
        return wrong;
    if (id.isApp) {
        const QLatin1StringView read = incidents ? IncidentRead : AlertRead;
        const QLatin1StringView write = incidents ? IncidentReadWrite : AlertReadWrite;
        const bool ok = access == Access::Read ? (id.hasRole(read) || id.hasRole(write)) : id.hasRole(write);
        if (ok)
            return std::nullopt;
        return missingAppRoles(r, access == Access::Read ? QString(read) + u',' + QString(write) : QString(write));
    }
    const bool anySecurityRole = id.hasRole(GlobalAdministrator) || id.hasRole(SecurityAdministrator)
        || id.hasRole(SecurityOperator) || id.hasRole(SecurityReader) || id.hasRole(DfcDataRead)
        || id.hasRole(DfcDataManage);
    if (!anySecurityRole)
        return graphError(r, 403, QStringLiteral("Forbidden"),
                          tr("%1 has no security role. Reading incidents and alerts needs Security "
                             "Reader, Security Operator, Security Administrator or Global "
                             "Administrator, or a unified RBAC role.")
                              .arg(id.name()));
    if (access == Access::Write) {
        const bool canWrite = id.hasRole(GlobalAdministrator) || id.hasRole(SecurityAdministrator)
            || id.hasRole(SecurityOperator) || id.hasRole(DfcDataManage);
        if (!canWrite)
            return graphError(r, 403, QStringLiteral("Forbidden"),
                              tr("%1 is read-only (Security Reader). Updating incidents and alerts "
                                 "needs the Security Operator role or above.")
                                  .arg(id.name()));
    }
    return std::nullopt;
}

bool GraphApi::hidden(const Identity &id, bool incidents, const QString &key) const
{
    // The same rule as the list's restriction, for one incident or alert.
    if (seesDefenderForCloud(id))
        return false;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(incidents
            ? QStringLiteral(
                "SELECT 1 FROM alerts WHERE incident_num = ? AND serviceSource != ? LIMIT 1")
            : QStringLiteral("SELECT 1 FROM alerts WHERE id = ? AND serviceSource != ?"));
    q.addBindValue(incidents ? QVariant(key.toLongLong()) : QVariant(key));
    q.addBindValue(int(ServiceSource::microsoftDefenderForCloud));
    return !(q.exec() && q.next());
}

Response GraphApi::list(Request &r, bool incidents)
{
    if (auto denied = forbidden(r, incidents, Access::Read))
        return *denied;
    ListQuery q;
    q.collection = incidents ? Collection::Incidents : Collection::Alerts;
    const auto &props = TenantDb::properties(q.collection);
    const int maxTop = incidents ? kMaxIncidentTop : kMaxAlertTop;
    auto bad = [&](const QString &message) {
        return graphError(r, 400, QStringLiteral("BadRequest"), message);
    };

    static const QStringList known = {QStringLiteral("$filter"), QStringLiteral("$orderby"),
                                      QStringLiteral("$top"), QStringLiteral("$skip"),
                                      QStringLiteral("$count"), QStringLiteral("$expand"),
                                      QStringLiteral("$skiptoken"), QStringLiteral("$select")};
    for (const auto &[key, value] : r.query) {
        if (key.startsWith(u'$') && !known.contains(key))
            return bad(tr("The query parameter '%1' is not supported.").arg(key));
    }
    bool present = false;
    const QString top = r.queryValue(QStringLiteral("$top"), &present);
    q.top = maxTop;
    if (present) {
        bool ok = false;
        q.top = top.toLongLong(&ok);
        if (!ok || q.top < 0)
            return bad(tr("Invalid $top '%1': expected a whole number from 0 to %2.").arg(top).arg(maxTop));
        if (q.top > maxTop)
            return bad(tr("The query specified in the URI is not valid. The limit of '%1' for Top "
                          "query has been exceeded. The value from the incoming request is '%2'.")
                           .arg(maxTop)
                           .arg(top));
    }
    const QString skip = r.queryValue(QStringLiteral("$skip"), &present);
    if (present) {
        bool ok = false;
        q.skip = skip.toLongLong(&ok);
        if (!ok || q.skip < 0)
            return bad(tr("Invalid $skip '%1': expected a whole number of 0 or more.").arg(skip));
    }
    const QString count = r.queryValue(QStringLiteral("$count"), &present);
    if (present) {
        if (count != QLatin1StringView("true") && count != QLatin1StringView("false"))
            return bad(tr("Invalid $count '%1': expected true or false.").arg(count));
        q.count = count == QLatin1StringView("true");
    }
    const QString expand = r.queryValue(QStringLiteral("$expand"), &present);
    if (present) {
        if (!incidents || expand.trimmed() != QLatin1StringView("alerts"))
            return bad(incidents ? tr("Invalid $expand '%1': only 'alerts' can be expanded.").arg(expand)
                                 : tr("$expand is not supported on alerts_v2."));
        q.expandAlerts = true;
    }
    QString error;
    if (!odata::parseFilter(r.queryValue(QStringLiteral("$filter")), props, &q.filter, &error))
        return bad(error);
    if (!odata::parseOrderBy(r.queryValue(QStringLiteral("$orderby")), props, &q.order, &error))
        return bad(error);
    if (q.order.property >= 0 && props.at(q.order.property).type == odata::PropertyType::String)
        return bad(tr("Invalid $orderby: '%1' cannot be sorted on; use createdDateTime, "
                      "lastUpdateDateTime, severity, status, classification or determination.")
                       .arg(QString(props.at(q.order.property).name)));
    const QString token = r.queryValue(QStringLiteral("$skiptoken"), &present);
    if (present && !q.parseSkipToken(token, &error))
        return bad(error);
    if (!seesDefenderForCloud(r.identity)) {
        const int dfc = int(ServiceSource::microsoftDefenderForCloud);
        // An incident is seen through its alerts: one without a visible alert (a
        // redirected incident has none) is not there for this identity.
        q.extraWhere = incidents
            ? QStringLiteral("EXISTS (SELECT 1 FROM alerts a WHERE a.incident_num = incidents.num "
                             "AND a.serviceSource != %1)")
                  .arg(dfc)
            : QStringLiteral("serviceSource != %1").arg(dfc);
    }

    const QString table = TenantDb::table(q.collection);
    const QString pk = TenantDb::keyColumn(q.collection);
    const QString sortCol = QString(props.at(q.sortProperty()).name);
    const QString dir = q.descending() ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT %1, %2, json FROM %3%4 ORDER BY %2 %5, %1 %5 LIMIT ? OFFSET ?")
                            .arg(pk, sortCol, table, q.where(&binds, true), dir);
    QSqlQuery query(m_db.db());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        query.addBindValue(b);
    query.addBindValue(q.top + 1);
    query.addBindValue(q.skip);
    if (!query.exec())
        return graphError(r, 500, QStringLiteral("InternalServerError"), query.lastError().text());

    qint64 rows = 0, lastKey = 0, lastPk = 0;
    bool more = false;
    QList<std::pair<qint64, QByteArray>> page;
    while (query.next()) {
        if (rows == q.top) {
            more = true;
            break;
        }
        lastPk = query.value(0).toLongLong();
        lastKey = query.value(1).toLongLong();
        page.append({lastPk, query.value(2).toByteArray()});
        ++rows;
    }
    query.finish();

    // Graph's order: the context, the count and the next link come before "value", so a
    // client knows the next page from the first bytes of this one.
    QByteArray body;
    body.reserve(int(qMin<qint64>(q.top, 2000) * 2048 + 512));
    body += "{\"@odata.context\":"
        + jsonString(r.baseUrl + QStringLiteral("/v1.0/$metadata#") + collectionPath(incidents));
    if (q.count) {
        QVariantList countBinds;
        QSqlQuery c(m_db.db());
        c.prepare(
            QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(table, q.where(&countBinds, false)));
        for (const QVariant &b : std::as_const(countBinds))
            c.addBindValue(b);
        c.exec();
        body += ",\"@odata.count\":" + QByteArray::number(c.next() ? c.value(0).toLongLong() : 0);
    }
    if (more) {
        QByteArray next;
        for (const auto &[key, value] : r.query) {
            if (key == QLatin1StringView("$skip") || key == QLatin1StringView("$skiptoken"))
                continue;
            next += QUrl::toPercentEncoding(key, "$") + '=' + QUrl::toPercentEncoding(value, "$ :,'()") + '&';
        }
        next += "$skiptoken=" + q.skipToken(lastKey, lastPk).toLatin1();
        next.replace(' ', "%20");
        const QString link = r.baseUrl + QStringLiteral("/v1.0/") + collectionPath(incidents) + u'?'
            + QString::fromLatin1(next);
        body += ",\"@odata.nextLink\":" + jsonString(link);
    }
    body += ",\"value\":[";
    for (qsizetype i = 0; i < page.size(); ++i) {
        if (i)
            body += ',';
        body += q.expandAlerts ? expandAlerts(page[i].second, page[i].first) : page[i].second;
    }
    body += ']';
    body += '}';
    return Response::json(200, body);
}

QByteArray GraphApi::expandAlerts(const QByteArray &incidentJson, qint64 num) const
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT json FROM alerts WHERE incident_num = ? ORDER BY createdDateTime, seq"));
    q.addBindValue(num);
    q.exec();
    QByteArray out = incidentJson.left(incidentJson.lastIndexOf('}'));
    out += ",\"alerts\":[";
    bool first = true;
    while (q.next()) {
        if (!first)
            out += ',';
        first = false;
        out += q.value(0).toByteArray();
    }
    out += "]}";
    return out;
}

QByteArray GraphApi::currentJson(bool incidents, const QString &id, bool expand) const
{
    if (!incidents)
        return m_db.alertJson(id);
    bool ok = false;
    const qint64 num = id.toLongLong(&ok);
    if (!ok)
        return {};
    const QByteArray json = m_db.incidentJson(num);
    return expand && !json.isEmpty() ? expandAlerts(json, num) : json;
}

Response GraphApi::get(Request &r, bool incidents)
{
    if (auto denied = forbidden(r, incidents, Access::Read))
        return *denied;
    bool expand = false;
    const QString e = r.queryValue(QStringLiteral("$expand"), &expand);
    if (expand && (!incidents || e.trimmed() != QLatin1StringView("alerts")))
        return graphError(r, 400, QStringLiteral("BadRequest"), tr("Invalid $expand '%1'.").arg(e));
    const QString id = r.params.value(QStringLiteral("id"));
    QByteArray json = currentJson(incidents, id, expand);
    if (json.isEmpty() || hidden(r.identity, incidents, id))
        return graphError(r, 404, QStringLiteral("NotFound"),
                          (incidents ? tr("Incident '%1' was not found.") : tr("Alert '%1' was not found.")).arg(id));
    return Response::json(200, json);
}

Response GraphApi::patch(Request &r, bool incidents)
{
    if (auto denied = forbidden(r, incidents, Access::Write))
        return *denied;
    auto bad = [&](const QString &message) {
        return graphError(r, 400, QStringLiteral("BadRequest"), message);
    };
    const QString id = r.params.value(QStringLiteral("id"));
    const QByteArray current = currentJson(incidents, id, false);
    if (current.isEmpty() || hidden(r.identity, incidents, id))
        return graphError(r, 404, QStringLiteral("NotFound"),
                          (incidents ? tr("Incident '%1' was not found.") : tr("Alert '%1' was not found.")).arg(id));
    QString error;
    const auto body = wire::parseObject(r.body, &error);
    if (!body)
        return bad(tr("The request body is not valid: %1.").arg(error));
    static const QStringList incidentWritable = {QStringLiteral("assignedTo"), QStringLiteral("classification"),
                                                 QStringLiteral("determination"), QStringLiteral("status"),
                                                 QStringLiteral("customTags")};
    static const QStringList alertWritable = {QStringLiteral("assignedTo"), QStringLiteral("classification"),
                                              QStringLiteral("determination"), QStringLiteral("status")};
    const QStringList &writable = incidents ? incidentWritable : alertWritable;
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key().startsWith(QLatin1StringView("@odata.")))
            continue;
        if (!writable.contains(it.key()))
            return bad(tr("Property '%1' cannot be updated. Updatable properties: %2.")
                           .arg(it.key(), writable.join(QStringLiteral(", "))));
    }
    // If-Match: our extension (Graph has no ETags on these resources).
    const QByteArray ifMatch = r.header("if-match");
    if (!ifMatch.isEmpty() && ifMatch != "*") {
        const auto obj = wire::parseObject(current, &error);
        const QString etag = obj ? odataEtag(*obj) : QString();
        if (QString::fromUtf8(ifMatch) != etag)
            return graphError(r, 412, QStringLiteral("PreconditionFailed"),
                              tr("The resource has changed since you read it (its ETag is now %1). Read "
                                 "it again and reapply your change.")
                                  .arg(etag));
    }
    auto checkEnum = [&](const auto &field, const char *name, const QStringList &allowed) -> QString {
        if (!field.hasValue())
            return {};
        const QString value = field->name();
        if (!field->isKnown() || (!allowed.isEmpty() && !allowed.contains(value)))
            return tr("'%1' is not a valid value for %2; use one of %3.")
                .arg(value, QLatin1StringView(name),
                     (allowed.isEmpty() ? std::decay_t<decltype(*field)>::allNames() : allowed).join(QStringLiteral(", ")));
        return {};
    };
    // The checks both kinds share: settable statuses, known classification/determination.
    auto validate = [&](const auto &change, const QStringList &statuses) -> QString {
        for (const QString &problem : {checkEnum(change.status, "status", statuses),
                                       checkEnum(change.classification, "classification", {}),
                                       checkEnum(change.determination, "determination", {})}) {
            if (!problem.isEmpty())
                return problem;
        }
        return change.status.isNull() ? tr("status cannot be null.") : QString();
    };
    const Timestamp now = Timestamp::now();
    const QString actor = r.identity.name();
    if (incidents) {
        const auto change = wire::decode<Incident>(*body, &error);
        const QString problem = change ? validate(*change, {QStringLiteral("active"), QStringLiteral("inProgress"), QStringLiteral("resolved")})
                                       : tr("The request body is not valid: %1.").arg(error);
        if (!problem.isEmpty())
            return bad(problem);
        IncidentChange c;
        c.status = change->status;
        c.classification = change->classification;
        c.determination = change->determination;
        c.assignedTo = change->assignedTo;
        c.customTags = change->customTags;
        if (!m_engine.changeIncident(id.toLongLong(), c, actor, now)) {
            const auto merged = wire::parseObject(current, &error);
            return graphError(r, 400, QStringLiteral("BadRequest"),
                              tr("Incident %1 was merged into incident %2 and cannot be changed; "
                                 "update that incident instead.")
                                  .arg(id, merged ? merged->value(QStringLiteral("redirectIncidentId")).toString() : QString()));
        }
    } else {
        const auto change = wire::decode<Alert>(*body, &error);
        const QString problem = change ? validate(*change, {QStringLiteral("new"), QStringLiteral("inProgress"), QStringLiteral("resolved")})
                                       : tr("The request body is not valid: %1.").arg(error);
        if (!problem.isEmpty())
            return bad(problem);
        AlertChange c;
        c.status = change->status;
        c.classification = change->classification;
        c.determination = change->determination;
        c.assignedTo = change->assignedTo;
        m_engine.beginBatch();
        m_engine.changeAlert(id, c, actor, now);
        m_engine.endBatch();
    }
    return Response::json(200, currentJson(incidents, id, false));
}

Response GraphApi::comment(Request &r, bool incidents)
{
    if (auto denied = forbidden(r, incidents, Access::Write))
        return *denied;
    const QString id = r.params.value(QStringLiteral("id"));
    const QByteArray current = currentJson(incidents, id, false);
    if (current.isEmpty() || hidden(r.identity, incidents, id))
        return graphError(r, 404, QStringLiteral("NotFound"),
                          (incidents ? tr("Incident '%1' was not found.") : tr("Alert '%1' was not found.")).arg(id));
    QString error;
    const auto body = wire::parseObject(r.body, &error);
    if (!body)
        return graphError(r, 400, QStringLiteral("BadRequest"), tr("The request body is not valid: %1.").arg(error));
    const QJsonValue text = body->value(QStringLiteral("comment"));
    if (!text.isString() || text.toString().trimmed().isEmpty())
        return graphError(r, 400, QStringLiteral("BadRequest"),
                          tr("The body needs a non-empty string property 'comment'."));
    if (text.toString().size() > kMaxCommentLength)
        return graphError(r, 400, QStringLiteral("BadRequest"),
                          tr("The comment has %1 characters; the limit is %2.").arg(text.toString().size()).arg(kMaxCommentLength));
    QList<AlertComment> comments;
    const Timestamp now = Timestamp::now();
    if (incidents) {
        if (auto i = m_engine.addIncidentComment(id.toLongLong(), text.toString(), r.identity.name(), now))
            comments = i->comments.valueOr({});
    } else {
        m_engine.beginBatch();
        if (auto a = m_engine.addAlertComment(id, text.toString(), r.identity.name(), now))
            comments = a->comments.valueOr({});
        m_engine.endBatch();
    }
    QJsonArray value;
    for (const AlertComment &c : std::as_const(comments))
        value.append(wire::encode(c));
    return Response::json(200, QJsonObject{{QStringLiteral("@odata.context"),
                                            QString(r.baseUrl + QStringLiteral("/v1.0/$metadata#Collection(microsoft.graph.security.alertComment)"))},
                                           {QStringLiteral("value"), value}});
}

} // namespace wf::server
