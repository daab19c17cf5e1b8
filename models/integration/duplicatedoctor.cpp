// Duplicate situations, their counts and their fixes.
#include "duplicatedoctor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace wf::integration {

namespace {

QString kqlString(const QString &s)
{
    QString out = s;
    out.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + out + u'"';
}

// A dynamic cell (an array of ids) as strings; Log Analytics sends dynamic values as
// their JSON text.
QStringList idsOf(const QJsonValue &cell)
{
    QJsonArray array = cell.toArray();
    if (cell.isString())
        array = QJsonDocument::fromJson(cell.toString().toUtf8()).array();
    QStringList out;
    for (const QJsonValue &v : std::as_const(array))
        out << v.toString();
    return out;
}

} // namespace

QString DuplicateFinding::title() const
{
    switch (kind) {
    case Kind::LegacyBesideTenant:
        return subscriptions.size() == 1
            ? QCoreApplication::translate("wf::integration::DuplicateDoctor", "1 subscription is connected through both Defender for Cloud connectors")
            : QCoreApplication::translate("wf::integration::DuplicateDoctor", "%1 subscriptions are connected through both Defender for Cloud connectors").arg(subscriptions.size());
    case Kind::RuleWithXdrIncidents:
        return QCoreApplication::translate("wf::integration::DuplicateDoctor", "An incident-creation rule for Defender for Cloud runs beside the Defender XDR incident integration");
    }
    return {};
}

QString DuplicateFinding::explanation() const
{
    switch (kind) {
    case Kind::LegacyBesideTenant:
        return QCoreApplication::translate("wf::integration::DuplicateDoctor", "The tenant-based connector already sends every alert of the tenant's subscriptions to "
                  "SecurityAlert; the subscription-based (legacy) connector sends the same alerts a second "
                  "time.");
    case Kind::RuleWithXdrIncidents:
        return QCoreApplication::translate("wf::integration::DuplicateDoctor", "Defender XDR already creates and synchronises incidents for these alerts; the rule makes a "
                  "second Sentinel incident for each of them.");
    }
    return {};
}

QString DuplicateFinding::fixText() const
{
    switch (kind) {
    case Kind::LegacyBesideTenant:
        return QCoreApplication::translate("wf::integration::DuplicateDoctor", "Disconnect these subscriptions from the subscription-based connector. The tenant-based "
                  "connector keeps bringing their alerts.");
    case Kind::RuleWithXdrIncidents:
        return QCoreApplication::translate("wf::integration::DuplicateDoctor", "Turn the incident-creation rule off. Defender XDR's incidents keep arriving through its "
                  "connector.");
    }
    return {};
}

DuplicateDoctor::DuplicateDoctor(SetupService *setup, QueryRunner *queries, QObject *parent)
    : QObject(parent)
    , m_setup(setup)
    , m_queries(queries)
{
}

QList<DuplicateFinding> DuplicateDoctor::situations(const SetupService &setup)
{
    QList<DuplicateFinding> out;
    if (setup.tenantConnector()) {
        DuplicateFinding f;
        f.kind = DuplicateFinding::Kind::LegacyBesideTenant;
        for (const SubscriptionSetup &s : setup.subscriptions()) {
            // Another tenant's subscription is never carried by the tenant-based connector.
            if (s.legacyConnected && !s.otherTenant)
                f.subscriptions << s.id;
        }
        if (!f.subscriptions.isEmpty())
            out << f;
    }
    const bool xdrIncidents = setup.xdrIncidents()
        && (!setup.tenantSettings().known || setup.tenantSettings().dfcIncidents);
    const QList<IncidentRule> rules = setup.defenderForCloudRules();
    if (xdrIncidents && !rules.isEmpty()) {
        DuplicateFinding f;
        f.kind = DuplicateFinding::Kind::RuleWithXdrIncidents;
        for (const IncidentRule &r : rules)
            f.rules << r.name;
        out << f;
    }
    return out;
}

QString DuplicateDoctor::duplicateAlertsQuery()
{
    // %1: the subscription id; both copies share the Defender for Cloud alert's name
    // (VendorOriginalId) and its link, which names the subscription.
    return QStringLiteral("SecurityAlert\n| where ProductName == \"Azure Security Center\" and AlertLink has %1\n"
                          "| summarize Copies = count() by VendorOriginalId\n| where Copies > 1\n| count");
}

QString DuplicateDoctor::ruleIncidentsQuery()
{
    return QStringLiteral("SecurityIncident\n| where ProviderName == \"Azure Sentinel\"\n"
                          "| project IncidentNumber, TimeGenerated, AlertIds, RelatedAnalyticRuleIds");
}

QString DuplicateDoctor::xdrIncidentAlertsQuery()
{
    return QStringLiteral("SecurityIncident\n| where ProviderName == \"Microsoft 365 Defender\"\n| project AlertIds");
}

QString DuplicateDoctor::alertIdsQuery()
{
    return QStringLiteral("SecurityAlert\n| where ProductName == \"Azure Security Center\"\n"
                          "| distinct SystemAlertId, VendorOriginalId");
}

namespace {
QString signatureOf(const QList<DuplicateFinding> &findings)
{
    QStringList parts;
    for (const DuplicateFinding &f : findings)
        parts << QString::number(int(f.kind)) + u':' + f.subscriptions.join(u',') + u':' + f.rules.join(u',');
    return parts.join(u'|');
}
} // namespace

void DuplicateDoctor::examineIfChanged()
{
    if (signatureOf(situations(*m_setup)) != m_signature)
        examine();
}

void DuplicateDoctor::examine()
{
    ++m_generation;
    m_findings = situations(*m_setup);
    m_signature = signatureOf(m_findings);
    m_countError.clear();
    m_running = 0;
    for (int i = 0; i < m_findings.size(); ++i) {
        if (m_findings[i].kind == DuplicateFinding::Kind::LegacyBesideTenant)
            countAlerts(i);
        else
            countIncidents(i);
    }
    if (m_running == 0)
        Q_EMIT examined();
}

void DuplicateDoctor::done()
{
    if (--m_running == 0)
        Q_EMIT examined();
}

void DuplicateDoctor::countAlerts(int index)
{
    DuplicateFinding &f = m_findings[index];
    f.duplicateAlerts = 0;
    for (const QString &sub : std::as_const(f.subscriptions)) {
        ++m_running;
        m_queries->run(QueryApi::Workspace, duplicateAlertsQuery().arg(kqlString(sub)), QString(), this,
                       [this, index, sub, generation = m_generation](const QueryResult &r) {
                           if (generation != m_generation)
                               return;
                           DuplicateFinding &counted = m_findings[index];
                           if (r.ok()) {
                               const qint64 n = r.scalar(u"Count").toInteger();
                               counted.alertsBySubscription.insert(sub, n);
                               if (counted.duplicateAlerts >= 0)
                                   counted.duplicateAlerts += n;
                           } else {
                               counted.duplicateAlerts = -1;
                               if (m_countError.isEmpty())
                                   m_countError = r.error.sentence();
                           }
                           done();
                       });
    }
}

void DuplicateDoctor::countIncidents(int index)
{
    // Three small queries joined here (the query subset has no join): a rule's incident is
    // a duplicate when one of its alerts is also in an incident Defender XDR synchronised.
    struct Join
    {
        QHash<QString, QString> original; // SystemAlertId -> VendorOriginalId
        QSet<QString> inXdr;              // SystemAlertIds in XDR incidents
        QList<QStringList> ruleIncidents; // alert ids of each incident the rules made
        int left = 3;
        bool failed = false;
    };
    auto join = std::make_shared<Join>();
    const QStringList rules = m_findings[index].rules;
    auto finish = [this, index, join, rules, generation = m_generation](const QueryResult &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            join->failed = true;
            if (m_countError.isEmpty())
                m_countError = r.error.sentence();
        }
        if (--join->left > 0)
            return;
        DuplicateFinding &f = m_findings[index];
        if (join->failed) {
            f.duplicateIncidents = -1;
        } else {
            QSet<QString> xdrOriginals;
            for (const QString &id : std::as_const(join->inXdr))
                xdrOriginals.insert(join->original.value(id, id));
            qint64 n = 0;
            for (const QStringList &alerts : std::as_const(join->ruleIncidents)) {
                if (std::any_of(alerts.cbegin(), alerts.cend(),
                                [&](const QString &id) { return xdrOriginals.contains(join->original.value(id, id)); }))
                    ++n;
            }
            f.duplicateIncidents = n;
        }
        done();
    };
    m_running += 1;
    m_queries->run(QueryApi::Workspace, alertIdsQuery(), QString(), this, [join, finish](const QueryResult &r) {
        const int a = r.column(u"SystemAlertId"), b = r.column(u"VendorOriginalId");
        for (const QJsonArray &row : r.rows)
            join->original.insert(row.at(a).toString(), row.at(b).toString());
        finish(r);
    });
    m_queries->run(QueryApi::Workspace, xdrIncidentAlertsQuery(), QString(), this, [join, finish](const QueryResult &r) {
        const int c = r.column(u"AlertIds");
        for (const QJsonArray &row : r.rows) {
            for (const QString &id : idsOf(row.at(c)))
                join->inXdr.insert(id);
        }
        finish(r);
    });
    m_queries->run(QueryApi::Workspace, ruleIncidentsQuery(), QString(), this, [join, finish, rules](const QueryResult &r) {
        const int c = r.column(u"AlertIds"), ruleCol = r.column(u"RelatedAnalyticRuleIds"),
                  number = r.column(u"IncidentNumber"), time = r.column(u"TimeGenerated");
        // Sentinel writes a row per incident update: the latest row of each incident counts.
        QHash<qint64, QJsonArray> latest;
        for (const QJsonArray &row : r.rows) {
            const qint64 n = row.at(number).toInteger();
            const auto it = latest.constFind(n);
            if (it == latest.cend() || it->at(time).toString() < row.at(time).toString())
                latest.insert(n, row);
        }
        for (const QJsonArray &row : std::as_const(latest)) {
            // Only the incidents these rules made (their ids end in /alertRules/{name}).
            const QStringList ruleIds = idsOf(row.at(ruleCol));
            const bool ours = std::any_of(ruleIds.cbegin(), ruleIds.cend(), [&](const QString &id) {
                return std::any_of(rules.cbegin(), rules.cend(), [&](const QString &name) {
                    return id.endsWith(QString(u'/' + name), Qt::CaseInsensitive);
                });
            });
            if (ours)
                join->ruleIncidents << idsOf(row.at(c));
        }
        finish(r);
    });
}

void DuplicateDoctor::fix(const DuplicateFinding &finding)
{
    switch (finding.kind) {
    case DuplicateFinding::Kind::LegacyBesideTenant:
        m_setup->setLegacyConnected(finding.subscriptions, false);
        break;
    case DuplicateFinding::Kind::RuleWithXdrIncidents:
        for (const QString &rule : finding.rules)
            m_setup->setRuleEnabled(rule, false);
        break;
    }
}

void DuplicateDoctor::fixSubscription(const QString &subscriptionId)
{
    m_setup->setLegacyConnected({subscriptionId}, false);
}

} // namespace wf::integration
