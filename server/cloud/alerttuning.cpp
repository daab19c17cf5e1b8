// Alert tuning rules: validation, matching, and the scan over stored alerts.
#include "alerttuning.h"

#include "store/tenantdb.h"
#include "wire/codec.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace wf::server {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

void add(QStringList &out, const QString &s)
{
    if (!s.isEmpty())
        out << s;
}

void add(QStringList &out, const Field<QString> &f)
{
    if (f.hasValue())
        add(out, *f);
}

// "/subscriptions/{id}/…" -> id.
QString subscriptionOf(const Field<QString> &resourceId)
{
    static const QString prefix = QStringLiteral("/subscriptions/");
    const QString id = resourceId.valueOr({});
    return id.startsWith(prefix, Qt::CaseInsensitive) ? id.mid(prefix.size()).section(u'/', 0, 0)
                                                      : QString();
}

// A cloud resource's id, name and subscription (account, project), whichever cloud.
void resourceValues(AlertTuning::Field field, const Field<QString> &id, const Field<QString> &name,
    const QString &subscription, QStringList &out)
{
    if (field == AlertTuning::Field::ResourceId)
        add(out, id);
    else if (field == AlertTuning::Field::ResourceName)
        add(out, name);
    else if (field == AlertTuning::Field::SubscriptionId)
        add(out, subscription);
}

void evidenceValues(AlertTuning::Field field, const Evidence &e, QStringList &out)
{
    using F = AlertTuning::Field;
    if (const auto *az = e.as<AzureResourceEvidence>()) {
        resourceValues(
            field, az->resourceId, az->resourceName, subscriptionOf(az->resourceId), out);
    } else if (const auto *aws = e.as<AmazonResourceEvidence>()) {
        resourceValues(
            field, aws->amazonResourceId, aws->resourceName, aws->amazonAccountId.valueOr({}), out);
    } else if (const auto *gcp = e.as<GoogleCloudResourceEvidence>()) {
        resourceValues(
            field, gcp->fullResourceName, gcp->resourceName, gcp->projectId.valueOr({}), out);
    } else if (const auto *d = e.as<DeviceEvidence>()) {
        if (field == F::HostName)
            add(out, d->hostName);
        else if (d->vmMetadata.hasValue() && field == F::ResourceId)
            add(out, d->vmMetadata->resourceId);
        else if (d->vmMetadata.hasValue() && field == F::SubscriptionId)
            add(out, d->vmMetadata->subscriptionId);
    } else if (const auto *ip = e.as<IpEvidence>()) {
        if (field == F::IpAddress)
            add(out, ip->ipAddress);
    } else if (const auto *u = e.as<UserEvidence>()) {
        if (field == F::AccountName && u->userAccount.hasValue()) {
            add(out, u->userAccount->accountName);
            add(out, u->userAccount->userPrincipalName);
        }
    } else if (const auto *f = e.as<FileEvidence>()) {
        if (field == F::FileName && f->fileDetails.hasValue())
            add(out, f->fileDetails->fileName);
    } else if (const auto *p = e.as<ProcessEvidence>()) {
        if (field == F::FileName && p->imageFile.hasValue())
            add(out, p->imageFile->fileName);
    } else if (const auto *url = e.as<UrlEvidence>()) {
        if (field == F::Url)
            add(out, url->url);
    }
}

bool plainAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == u'"' || c == u'\\')
            return false;
    }
    return true;
}

// What a stored row's JSON must contain, lower-cased, for the rule to have a chance:
// per condition whose values JSON writes unescaped, one of them. Most rows of a large
// tenant fail this byte search and are never decoded.
QList<QList<QByteArray>> needlesOf(const AlertTuning::Rule &rule)
{
    QList<QList<QByteArray>> out;
    for (const AlertTuning::Condition &c : rule.conditions) {
        QList<QByteArray> any;
        for (const QString &v : c.values) {
            if (!plainAscii(v)) {
                any.clear();
                break;
            }
            any << v.toLatin1().toLower();
        }
        if (!any.isEmpty())
            out << any;
    }
    return out;
}

bool mayMatch(const QByteArray &lowerJson, const QList<QList<QByteArray>> &needles)
{
    for (const QList<QByteArray> &any : needles) {
        bool found = false;
        for (const QByteArray &n : any)
            found = found || lowerJson.contains(n);
        if (!found)
            return false;
    }
    return true;
}

} // namespace

bool matchesOperator(QStringView op, const QString &value, const QStringList &wanted)
{
    const bool negate = op.startsWith(QLatin1StringView("Not"));
    const QStringView base = negate ? op.mid(3) : op;
    bool any = false;
    for (const QString &w : wanted) {
        if (base == QLatin1StringView("Equals"))
            any = any || value.compare(w, Qt::CaseInsensitive) == 0;
        else if (base == QLatin1StringView("Contains"))
            any = any || value.contains(w, Qt::CaseInsensitive);
        else if (base == QLatin1StringView("StartsWith"))
            any = any || value.startsWith(w, Qt::CaseInsensitive);
        else if (base == QLatin1StringView("EndsWith"))
            any = any || value.endsWith(w, Qt::CaseInsensitive);
    }
    return negate ? !any : any;
}

const QStringList &AlertTuning::fields()
{
    static const QStringList names = {QStringLiteral("alertTitle"), QStringLiteral("detectorId"),
        QStringLiteral("severity"), QStringLiteral("resourceId"), QStringLiteral("resourceName"),
        QStringLiteral("subscriptionId"), QStringLiteral("ipAddress"), QStringLiteral("hostName"),
        QStringLiteral("accountName"), QStringLiteral("fileName"), QStringLiteral("url")};
    return names;
}

const QStringList &AlertTuning::operators()
{
    static const QStringList names
        = {QStringLiteral("Equals"), QStringLiteral("Contains"), QStringLiteral("StartsWith")};
    return names;
}

QStringList AlertTuning::valuesOf(Field field, const Alert &alert)
{
    QStringList out;
    switch (field) {
    case Field::AlertTitle:
        add(out, alert.title);
        break;
    case Field::DetectorId:
        add(out, alert.detectorId);
        break;
    case Field::Severity:
        if (alert.severity.hasValue())
            out << alert.severity->name();
        break;
    default:
        for (const Evidence &e : alert.evidence.valueOr({}))
            evidenceValues(field, e, out);
    }
    return out;
}

bool AlertTuning::Condition::matches(const Alert &alert) const
{
    for (const QString &v : valuesOf(field, alert)) {
        if (matchesOperator(op, v, values))
            return true;
    }
    return false;
}

bool AlertTuning::Rule::matches(const Alert &alert) const
{
    if (!serviceSources.isEmpty()
        && !serviceSources.contains(alert.serviceSource.valueOr(ServiceSource::unknown).ordinal()))
        return false;
    for (const Condition &c : conditions) {
        if (!c.matches(alert))
            return false;
    }
    return true;
}

bool AlertTuning::parse(
    const QJsonObject &p, std::optional<Timestamp> notBefore, Rule *rule, QString *error)
{
    auto fail = [&](const QString &why) {
        *error = why;
        return false;
    };
    Rule r;
    const QString display = str(p, "displayName");
    if (display.trimmed().isEmpty() || display.size() > 256)
        return fail(QStringLiteral("properties.displayName is required (at most 256 characters)."));
    const QJsonValue enabled = p.value(QLatin1StringView("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        return fail(QStringLiteral("properties.enabled must be true or false."));
    r.enabled = enabled.toBool(true);
    const QString action = str(p, "action");
    if (action == QLatin1StringView("Hide"))
        r.action = Action::Hide;
    else if (action == QLatin1StringView("Resolve"))
        r.action = Action::Resolve;
    else
        return fail(
            QStringLiteral("properties.action '%1' is not an action; expected Hide or Resolve.")
                .arg(action));
    const QJsonValue expiry = p.value(QLatin1StringView("expirationTimeUtc"));
    if (!expiry.isUndefined() && !expiry.isNull()) {
        Timestamp at;
        if (!expiry.isString() || !Timestamp::parse(expiry.toString(), &at))
            return fail(QStringLiteral(
                "properties.expirationTimeUtc '%1' is not a date and time (ISO 8601, UTC).")
                            .arg(expiry.toVariant().toString()));
        if (notBefore && at <= *notBefore)
            return fail(QStringLiteral("properties.expirationTimeUtc %1 is in the past.")
                            .arg(expiry.toString()));
        r.expires = at;
    }
    const QJsonValue existing = p.value(QLatin1StringView("applyToExistingAlerts"));
    if (!existing.isUndefined() && !existing.isBool())
        return fail(QStringLiteral("properties.applyToExistingAlerts must be true or false."));
    r.applyToExisting = existing.toBool(false);
    const QJsonValue sources = p.value(QLatin1StringView("serviceSources"));
    if (!sources.isUndefined() && !sources.isNull() && !sources.isArray())
        return fail(
            QStringLiteral("properties.serviceSources must be an array of service sources."));
    const QJsonArray sourceList = sources.toArray();
    for (qsizetype i = 0; i < sourceList.size(); ++i) {
        const QString name = sourceList.at(i).toString();
        if (!Enum<ServiceSource>::isKnownName(name))
            return fail(QStringLiteral(
                "properties.serviceSources[%1] '%2' is not a service source; expected one of %3.")
                            .arg(i)
                            .arg(name, Enum<ServiceSource>::allNames().join(QStringLiteral(", "))));
        r.serviceSources << Enum<ServiceSource>::fromName(name).ordinal();
    }
    const QJsonArray conditions = p.value(QLatin1StringView("conditions")).toArray();
    if (conditions.isEmpty() || conditions.size() > 20)
        return fail(QStringLiteral("properties.conditions needs 1 to 20 conditions."));
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const QJsonObject c = conditions.at(i).toObject();
        const QString where = QStringLiteral("properties.conditions[%1]").arg(i);
        Condition cond;
        const qsizetype field = fields().indexOf(str(c, "field"));
        if (field < 0)
            return fail(QStringLiteral("%1.field '%2' is not a field; expected one of %3.")
                            .arg(where, str(c, "field"), fields().join(QStringLiteral(", "))));
        cond.field = Field(field);
        cond.op = str(c, "operator");
        if (!operators().contains(cond.op))
            return fail(QStringLiteral("%1.operator '%2' is not an operator; expected one of %3.")
                            .arg(where, cond.op, operators().join(QStringLiteral(", "))));
        const QJsonArray values = c.value(QLatin1StringView("values")).toArray();
        if (values.isEmpty() || values.size() > 100)
            return fail(QStringLiteral("%1.values needs 1 to 100 values.").arg(where));
        for (qsizetype j = 0; j < values.size(); ++j) {
            const QString v = values.at(j).toString();
            if (v.isEmpty())
                return fail(
                    QStringLiteral("%1.values[%2] must be a non-empty string.").arg(where).arg(j));
            if (cond.field == Field::Severity
                && (!Enum<AlertSeverity>::isKnownName(v)
                    || v.compare(QLatin1StringView("unknownFutureValue"), Qt::CaseInsensitive)
                        == 0))
                return fail(QStringLiteral("%1.values[%2] '%3' is not a severity; expected "
                                           "informational, low, medium or high.")
                                .arg(where)
                                .arg(j)
                                .arg(v));
            cond.values << v;
        }
        r.conditions << cond;
    }
    *rule = r;
    return true;
}

void AlertTuning::setRules(const QJsonArray &stored)
{
    m_rules.clear();
    for (const QJsonValue &v : stored) {
        Rule r;
        QString error;
        // Stored rules were checked when they were written; expired ones stay listed.
        if (parse(v.toObject().value(QLatin1StringView("properties")).toObject(), std::nullopt, &r,
                &error)) {
            r.name = str(v.toObject(), "name");
            m_rules << r;
        }
    }
}

AlertTuning::Action AlertTuning::actionFor(const Alert &alert, Timestamp now) const
{
    Action out = Action::None;
    for (const Rule &r : m_rules) {
        if (out == Action::Hide)
            break;
        if (r.inForceAt(now) && r.matches(alert))
            out = r.action;
    }
    return out;
}

void AlertTuning::forEachMatch(TenantDb &db, const Rule &rule, bool openOnly,
    bool withDefenderForCloud, const std::function<void(const Alert &)> &matched)
{
    QStringList where;
    if (openOnly)
        where << QStringLiteral("status != %1").arg(int(AlertStatus::resolved));
    if (!withDefenderForCloud)
        where << QStringLiteral("serviceSource != %1")
                     .arg(int(ServiceSource::microsoftDefenderForCloud));
    if (!rule.serviceSources.isEmpty()) {
        QStringList in;
        for (int s : rule.serviceSources)
            in << QString::number(s);
        where << QStringLiteral("serviceSource IN (%1)").arg(in.join(u','));
    }
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT json FROM alerts%1 ORDER BY createdDateTime DESC, seq DESC")
               .arg(where.isEmpty()
                       ? QString()
                       : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    const QList<QList<QByteArray>> needles = needlesOf(rule);
    while (q.next()) {
        const QByteArray json = q.value(0).toByteArray();
        if (!mayMatch(json.toLower(), needles))
            continue;
        const auto alert = wire::decode<Alert>(QJsonDocument::fromJson(json).object());
        if (alert && rule.matches(*alert))
            matched(*alert);
    }
}

} // namespace wf::server
