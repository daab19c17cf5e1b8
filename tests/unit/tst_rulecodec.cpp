// Unit tests for the rule codecs (integration/rules.h): every unknown member comes back at
// every level, the enums are spelled as the APIs spell them, null stays null.
#include "integration/rules.h"
#include "jsondiff.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wf;
using namespace wf::unittest;
using namespace Qt::StringLiterals;

namespace {

// A rule as the API returns it, with members a newer API version might add, at every level:
// rule_incident_creation.json (Sentinel), rule_automation.json (every condition and action
// type), rule_tuning.json (the simulator's alert tuning contract).
QJsonObject fixture(const char *name)
{
    QFile f(QStringLiteral(WF_FIXTURES_DIR "/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", name);
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad fixture %s: %s", name, qPrintable(e.errorString()));
    return d.object();
}

} // namespace

class TestRuleCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void incidentCreationFields();
    void automationFields();
    void tuningFields();
    void enumSpellings();
    void unknownEnumValuesKept();
    void editKeepsUnknownMembers();
    void defenderForCloudTemplate();
    void listSkipsBadRules();
    void expiry();
};

void TestRuleCodec::roundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("file");
    QTest::newRow("incident creation") << u"ic"_s << QByteArray("rule_incident_creation.json");
    QTest::newRow("automation") << u"auto"_s << QByteArray("rule_automation.json");
    QTest::newRow("tuning") << u"tuning"_s << QByteArray("rule_tuning.json");
}

void TestRuleCodec::roundTrip()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, file);
    const QJsonObject in = fixture(file.constData());
    QJsonObject out;
    QString error;
    if (kind == u"ic") {
        auto r = decodeRule<IncidentCreationRule>(in, &error);
        QVERIFY2(r, qPrintable(error));
        out = encodeRule(*r);
    } else if (kind == u"auto") {
        auto r = decodeRule<AutomationRule>(in, &error);
        QVERIFY2(r, qPrintable(error));
        out = encodeRule(*r);
    } else {
        auto r = decodeRule<AlertTuningRule>(in, &error);
        QVERIFY2(r, qPrintable(error));
        out = encodeRule(*r);
    }
    const QString diff = firstDifference(in, out);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestRuleCodec::incidentCreationFields()
{
    const auto r = decodeRule<IncidentCreationRule>(fixture("rule_incident_creation.json"));
    QVERIFY(r);
    QCOMPARE(r->name.value(), u"r1"_s);
    QCOMPARE(r->etag.value(), u"\"0300bf09-0000-0000-0000-5c37296e0000\""_s);
    QCOMPARE(r->kind.value(), QString::fromLatin1(IncidentCreationRule::kKind));
    const IncidentCreationRuleProperties &p = r->props();
    QVERIFY(p.enabled.value());
    QCOMPARE(p.productFilter.value(), u"Azure Security Center"_s);
    QCOMPARE(p.severitiesFilter->size(), 2);
    QVERIFY(p.severitiesFilter->at(0) == SentinelSeverity::High);
    QVERIFY(p.severitiesFilter->at(1) == SentinelSeverity::Medium);
    QVERIFY(p.displayNamesFilter.isNull());
    QCOMPARE(p.displayNamesExcludeFilter.value(), QStringList {u"Test alert"_s});
    QVERIFY(p.description.isNull());
    QCOMPARE(p.alertRuleTemplateName.value(), u"90586451-7ba8-4c1e-9904-7d1b7c3cc4d6"_s);
    QVERIFY(p.extra.contains(u"futureSetting"));
    QVERIFY(r->extra.contains(u"systemData"));
}

void TestRuleCodec::automationFields()
{
    const auto r = decodeRule<AutomationRule>(fixture("rule_automation.json"));
    QVERIFY(r);
    QCOMPARE(r->order(), 3);
    QVERIFY(r->isEnabled());
    const AutomationTriggeringLogic &logic = r->props().triggeringLogic.value();
    QVERIFY(logic.expirationTimeUtc.isNull());
    QVERIFY(logic.triggersOn.value() == AutomationTriggersOn::Incidents);
    QVERIFY(logic.triggersWhen.value() == AutomationTriggersWhen::Created);
    QCOMPARE(logic.conditions->size(), 3);
    const AutomationCondition &c0 = logic.conditions->at(0);
    QVERIFY(c0.isProperty());
    QCOMPARE(c0.conditionProperties->propertyName.value(), u"AlertProductNames"_s);
    QVERIFY(c0.conditionProperties->op.value() == AutomationOperator::Equals);
    QCOMPARE(
        c0.conditionProperties->propertyValues.value(), QStringList {u"Azure Security Center"_s});
    // A Boolean condition's "Or" is not a Property operator: kept as written.
    const AutomationCondition &c1 = logic.conditions->at(1);
    QVERIFY(!c1.isProperty());
    QVERIFY(!c1.conditionProperties->op->isKnown());
    QCOMPARE(c1.conditionProperties->op->name(), u"Or"_s);
    QVERIFY(c1.conditionProperties->extra.contains(u"innerConditions"));
    QCOMPARE(r->props().actions->size(), 3);
    const AutomationAction &a0 = r->props().actions->at(0);
    QVERIFY(a0.isModifyProperties());
    const AutomationActionConfiguration &cfg = a0.actionConfiguration.value();
    QVERIFY(cfg.status.value() == SentinelIncidentStatus::Closed);
    QVERIFY(cfg.classification.value() == SentinelClassification::BenignPositive);
    QVERIFY(
        cfg.classificationReason.value() == SentinelClassificationReason::SuspiciousButExpected);
    QVERIFY(cfg.severity.value() == SentinelSeverity::Low);
    QCOMPARE(cfg.owner->display(), u"alex@contoso.com"_s);
    QCOMPARE(cfg.labels->at(0).labelName.value(), u"noise"_s);
    // A playbook's configuration is not ModifyProperties': all of it stays in extra.
    const AutomationAction &a1 = r->props().actions->at(1);
    QVERIFY(!a1.isModifyProperties());
    QVERIFY(a1.actionConfiguration->status.isMissing());
    QVERIFY(a1.actionConfiguration->extra.contains(u"logicAppResourceId"));
}

void TestRuleCodec::tuningFields()
{
    const auto r = decodeRule<AlertTuningRule>(fixture("rule_tuning.json"));
    QVERIFY(r);
    const AlertTuningRuleProperties &p = r->props();
    QVERIFY(p.action.value() == TuningAction::Hide);
    QVERIFY(!p.applyToExistingAlerts.value());
    QVERIFY(p.expirationTimeUtc.isNull());
    QCOMPARE(p.serviceSources->size(), 2);
    QVERIFY(p.serviceSources->at(0) == ServiceSource::microsoftDefenderForCloud);
    QVERIFY(!p.serviceSources->at(1).isKnown());
    QCOMPARE(p.conditions->size(), 2);
    QVERIFY(p.conditions->at(0).field.value() == TuningField::alertTitle);
    QVERIFY(p.conditions->at(0).op.value() == TuningOperator::Contains);
    QCOMPARE(p.conditions->at(1).values->size(), 2);
    QCOMPARE(p.createdBy.value(), u"admin@contoso.com"_s);
}

void TestRuleCodec::enumSpellings()
{
    // Written by hand from the Sentinel API and the tuning contract, not computed.
    QCOMPARE(Enum<SentinelSeverity>::allNames(),
        (QStringList {u"High"_s, u"Medium"_s, u"Low"_s, u"Informational"_s}));
    QCOMPARE(Enum<SentinelIncidentStatus>::allNames(),
        (QStringList {u"New"_s, u"Active"_s, u"Closed"_s}));
    QCOMPARE(Enum<SentinelClassification>::allNames(),
        (QStringList {
            u"Undetermined"_s, u"TruePositive"_s, u"BenignPositive"_s, u"FalsePositive"_s}));
    QCOMPARE(Enum<SentinelClassificationReason>::allNames(),
        (QStringList {u"SuspiciousActivity"_s, u"SuspiciousButExpected"_s, u"IncorrectAlertLogic"_s,
            u"InaccurateData"_s}));
    QCOMPARE(Enum<AutomationOperator>::allNames(),
        (QStringList {u"Equals"_s, u"NotEquals"_s, u"Contains"_s, u"NotContains"_s, u"StartsWith"_s,
            u"NotStartsWith"_s, u"EndsWith"_s, u"NotEndsWith"_s}));
    QCOMPARE(Enum<AutomationTriggersOn>::allNames(), (QStringList {u"Incidents"_s, u"Alerts"_s}));
    QCOMPARE(Enum<AutomationTriggersWhen>::allNames(), (QStringList {u"Created"_s, u"Updated"_s}));
    QCOMPARE(Enum<TuningAction>::allNames(), (QStringList {u"Hide"_s, u"Resolve"_s}));
    QCOMPARE(Enum<TuningOperator>::allNames(),
        (QStringList {u"Equals"_s, u"Contains"_s, u"StartsWith"_s}));
    QCOMPARE(Enum<TuningField>::allNames(),
        (QStringList {u"alertTitle"_s, u"detectorId"_s, u"severity"_s, u"resourceId"_s,
            u"resourceName"_s, u"subscriptionId"_s, u"ipAddress"_s, u"hostName"_s, u"accountName"_s,
            u"fileName"_s, u"url"_s}));
    QVERIFY(AutomationRule::propertyNames().contains(u"IncidentSeverity"_s));
    QVERIFY(AutomationRule::propertyNames().contains(u"AzureResourceResourceId"_s));
    QCOMPARE(AutomationRule::propertyNames().removeDuplicates(), 0);
    QCOMPARE(IncidentCreationRule::productNames().first(), u"Azure Security Center"_s);

    // Doc samples sometimes differ in case: read either, write the API's spelling.
    AutomationActionConfiguration cfg;
    cfg.status = Enum<SentinelIncidentStatus>::fromName(u"closed");
    cfg.classification = Enum<SentinelClassification>::fromName(u"benignpositive");
    AutomationAction a;
    a.order = 1;
    a.actionType = u"ModifyProperties"_s;
    a.actionConfiguration = cfg;
    AutomationRule rule;
    rule.props().actions = QList<AutomationAction> {a};
    const QJsonObject out = encodeRule(rule);
    const QJsonObject written = out.value(u"properties")
                                    .toObject()
                                    .value(u"actions")
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(u"actionConfiguration")
                                    .toObject();
    QCOMPARE(written.value(u"status").toString(), u"Closed"_s);
    QCOMPARE(written.value(u"classification").toString(), u"BenignPositive"_s);
}

void TestRuleCodec::unknownEnumValuesKept()
{
    QJsonObject in = fixture("rule_tuning.json");
    QJsonObject p = in.value(u"properties").toObject();
    p.insert(u"action"_s, u"Quarantine"_s);
    QJsonArray conditions = p.value(u"conditions").toArray();
    QJsonObject c = conditions.at(0).toObject();
    c.insert(u"field"_s, u"processCommandLine"_s);
    c.insert(u"operator"_s, u"Regex"_s);
    conditions.replace(0, c);
    p.insert(u"conditions"_s, conditions);
    in.insert(u"properties"_s, p);
    const auto r = decodeRule<AlertTuningRule>(in);
    QVERIFY(r);
    QVERIFY(!r->props().action->isKnown());
    QVERIFY(!r->props().conditions->at(0).field->isKnown());
    const QString diff = firstDifference(in, encodeRule(*r));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestRuleCodec::editKeepsUnknownMembers()
{
    // What the editors do: change typed members, PUT the rest back as it came.
    auto r = decodeRule<AutomationRule>(fixture("rule_automation.json"));
    QVERIFY(r);
    r->props().order = 7;
    r->props().triggeringLogic.mutableValue().isEnabled = false;
    r->props().triggeringLogic.mutableValue().expirationTimeUtc
        = Timestamp::fromMSecs(1'800'000'000'000);
    const QJsonObject out = encodeRule(*r);
    const QJsonObject p = out.value(u"properties").toObject();
    QCOMPARE(p.value(u"order").toInt(), 7);
    const QJsonObject logic = p.value(u"triggeringLogic").toObject();
    QCOMPARE(logic.value(u"isEnabled").toBool(true), false);
    QCOMPARE(logic.value(u"expirationTimeUtc").toString(), u"2027-01-15T08:00:00Z"_s);
    QCOMPARE(logic.value(u"newLogicMember").toString(), u"kept"_s);
    QCOMPARE(p.value(u"createdBy").toObject().value(u"name").toString(), u"n"_s);
    QCOMPARE(logic.value(u"conditions").toArray().at(2).toObject().value(u"hint").toInt(), 7);
    const QJsonObject owner = p.value(u"actions")
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"actionConfiguration")
                                  .toObject()
                                  .value(u"owner")
                                  .toObject();
    QVERIFY(owner.value(u"extraOwner").toBool());

    auto ic = decodeRule<IncidentCreationRule>(fixture("rule_incident_creation.json"));
    QVERIFY(ic);
    ic->props().enabled = false;
    const QJsonObject icOut = encodeRule(*ic);
    QCOMPARE(icOut.value(u"properties").toObject().value(u"enabled").toBool(true), false);
    QVERIFY(icOut.value(u"properties").toObject().value(u"futureSetting").isObject());
    QCOMPARE(icOut.value(u"etag").toString(), ic->etag.value());
}

void TestRuleCodec::defenderForCloudTemplate()
{
    const IncidentCreationRule r
        = IncidentCreationRule::fromDefenderForCloudTemplate(u"From the template"_s);
    const QJsonObject o = encodeRule(r);
    QCOMPARE(o.value(u"kind").toString(), u"MicrosoftSecurityIncidentCreation"_s);
    QVERIFY(!o.contains(u"name")); // the service names a new rule
    QVERIFY(!o.contains(u"etag"));
    const QJsonObject p = o.value(u"properties").toObject();
    QCOMPARE(p.value(u"productFilter").toString(), u"Azure Security Center"_s);
    QCOMPARE(
        p.value(u"alertRuleTemplateName").toString(), u"90586451-7ba8-4c1e-9904-7d1b7c3cc4d6"_s);
    QVERIFY(!p.contains(u"severitiesFilter")); // every severity
    QVERIFY(p.value(u"enabled").toBool());
    QCOMPARE(p.value(u"displayName").toString(), u"From the template"_s);
}

void TestRuleCodec::listSkipsBadRules()
{
    QJsonObject bad = fixture("rule_tuning.json");
    QJsonObject p = bad.value(u"properties").toObject();
    p.insert(u"expirationTimeUtc"_s, u"next Tuesday"_s);
    bad.insert(u"properties"_s, p);
    bad.insert(u"name"_s, u"bad-one"_s);
    QStringList errors;
    const QList<AlertTuningRule> rules
        = decodeRules<AlertTuningRule>(QJsonArray {fixture("rule_tuning.json"), bad}, &errors);
    QCOMPARE(rules.size(), 1);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(u"bad-one: "_s), qPrintable(errors.first()));
    QVERIFY2(errors.first().contains(u"expirationTimeUtc"_s), qPrintable(errors.first()));
}

void TestRuleCodec::expiry()
{
    auto r = decodeRule<AutomationRule>(fixture("rule_automation.json"));
    QVERIFY(r);
    const Timestamp now = Timestamp::fromMSecs(1'800'000'000'000);
    QVERIFY(!r->hasExpired(now));
    r->props().triggeringLogic.mutableValue().expirationTimeUtc = now.addSecs(-1);
    QVERIFY(r->hasExpired(now));
    r->props().triggeringLogic.mutableValue().expirationTimeUtc = now.addSecs(60);
    QVERIFY(!r->hasExpired(now));

    auto t = decodeRule<AlertTuningRule>(fixture("rule_tuning.json"));
    QVERIFY(t);
    QVERIFY(!t->hasExpired(now));
    t->props().expirationTimeUtc = now;
    QVERIFY(t->hasExpired(now));
}

QTEST_GUILESS_MAIN(TestRuleCodec)
#include "tst_rulecodec.moc"
