// Unit tests for the domain types (Field, Timestamp, Enum) and the generic Graph JSON codec.
#include "jsondiff.h"
#include "domain/alert.h"
#include "domain/enums.h"
#include "domain/evidence.h"
#include "domain/field.h"
#include "wire/codec.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace wf;
using namespace wf::unittest;

namespace {

QByteArray readFixture(const QString &name)
{
    QFile f(QStringLiteral(WF_FIXTURES_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QJsonObject fixtureObject(const QString &name)
{
    return QJsonDocument::fromJson(readFixture(name)).object();
}

// What a canonical encoder must turn the fixtures' non-canonical spellings into. Written by
// hand (not computed with the code under test).
const QHash<QString, QString> &pascalToCamel()
{
    static const QHash<QString, QString> m = {
        {QStringLiteral("TruePositive"), QStringLiteral("truePositive")},
        {QStringLiteral("Active"), QStringLiteral("active")},
        {QStringLiteral("High"), QStringLiteral("high")},
        {QStringLiteral("Low"), QStringLiteral("low")},
        {QStringLiteral("Suspicious"), QStringLiteral("suspicious")},
        {QStringLiteral("Malicious"), QStringLiteral("malicious")},
        {QStringLiteral("NoThreatsFound"), QStringLiteral("noThreatsFound")},
        {QStringLiteral("Remediated"), QStringLiteral("remediated")},
        {QStringLiteral("Attacked"), QStringLiteral("attacked")},
        {QStringLiteral("Attacker"), QStringLiteral("attacker")},
        {QStringLiteral("Blocked"), QStringLiteral("blocked")},
        {QStringLiteral("Running"), QStringLiteral("running")},
        {QStringLiteral("Resolved"), QStringLiteral("resolved")},
        {QStringLiteral("MultiStagedAttack"), QStringLiteral("multiStagedAttack")},
        {QStringLiteral("MicrosoftDefenderForEndpoint"),
            QStringLiteral("microsoftDefenderForEndpoint")},
    };
    return m;
}

const QHash<QString, QString> &canonicalTimestamps()
{
    static const QHash<QString, QString> m = {
        {QStringLiteral("2021-09-30T14:07:37.2756993+02:00"),
            QStringLiteral("2021-09-30T12:07:37.2756993Z")},
        {QStringLiteral("2021-04-26T07:45:50.116Z"),
            QStringLiteral("2021-04-26T07:45:50.1160000Z")},
        {QStringLiteral("2021-05-02T07:56:58.222Z"),
            QStringLiteral("2021-05-02T07:56:58.2220000Z")},
        {QStringLiteral("2021-08-13T10:43:36+02:00"), QStringLiteral("2021-08-13T08:43:36Z")},
        {QStringLiteral("2021-08-15T00:00:00.1Z"), QStringLiteral("2021-08-15T00:00:00.1000000Z")},
        {QStringLiteral("2023-05-02T12:10:00.0000001+02:00"),
            QStringLiteral("2023-05-02T10:10:00.0000001Z")},
        {QStringLiteral("2025-02-08T10:00:00.5Z"), QStringLiteral("2025-02-08T10:00:00.5000000Z")},
        {QStringLiteral("2025-01-31T23:59:59.9999999-01:00"),
            QStringLiteral("2025-02-01T00:59:59.9999999Z")},
        {QStringLiteral("2025-03-01T10:00:00+01:00"), QStringLiteral("2025-03-01T09:00:00Z")},
    };
    return m;
}

bool isEnumMember(const QString &key)
{
    static const QSet<QString> keys = {
        QStringLiteral("status"),
        QStringLiteral("severity"),
        QStringLiteral("classification"),
        QStringLiteral("determination"),
        QStringLiteral("serviceSource"),
        QStringLiteral("detectionSource"),
        QStringLiteral("investigationState"),
        QStringLiteral("verdict"),
        QStringLiteral("remediationStatus"),
        QStringLiteral("roles"),
        QStringLiteral("detectionStatus"),
        QStringLiteral("defenderAvStatus"),
        QStringLiteral("healthStatus"),
        QStringLiteral("onboardingStatus"),
        QStringLiteral("riskScore"),
        QStringLiteral("cloudProvider"),
        QStringLiteral("locationType"),
    };
    return keys.contains(key);
}

// Rewrites the fixture the way the encoder is expected to: known PascalCase enum names to
// camelCase, timestamps to the canonical form. Evidence of a type we do not model is left
// alone below its base members' level: it must come back verbatim.
QJsonValue normalise(const QJsonValue &v, const QString &key = {})
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        const bool opaque = o.value(QLatin1StringView("@odata.type"))
                                .toString()
                                .endsWith(QLatin1StringView("kubernetesPodEvidence"));
        if (opaque)
            return o;
        for (auto it = o.begin(); it != o.end(); ++it)
            *it = normalise(*it, it.key());
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = normalise(*it, key);
        return a;
    }
    if (v.isString()) {
        const QString s = v.toString();
        if (isEnumMember(key) && pascalToCamel().contains(s))
            return pascalToCamel().value(s);
        if (canonicalTimestamps().contains(s))
            return canonicalTimestamps().value(s);
    }
    return v;
}

qint64 ticksFor(int y, int mo, int d, int h, int mi, int s, qint64 frac)
{
    const QDateTime dt(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
    return dt.toMSecsSinceEpoch() / 1000 * Timestamp::TicksPerSecond + frac;
}

Timestamp ts(const char *text)
{
    Timestamp t;
    if (!Timestamp::parse(QString::fromLatin1(text), &t))
        qFatal("bad timestamp in test: %s", text);
    return t;
}

} // namespace

class TestCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixturesPresent();
    void roundTrip_data();
    void roundTrip();
    void incidentFields();
    void incidentEncodesCanonically();
    void evidenceSubtypes();
    void unknownEvidenceVerbatim();
    void evidenceOdataType();
    void enumTablesMatchSchema();
    void enumBehaviour();
    void nullAndMissing();
    void fieldApi();
    void etagHelpers();
    void int64Wire();
    void timestampParse_data();
    void timestampParse();
    void timestampRejects_data();
    void timestampRejects();
    void timestampToString_data();
    void timestampToString();
    void timestampRandomRoundTrip();
    void malformedJson_data();
    void malformedJson();
    void emptyBody();
    void topLevelKinds();
    void wrongTypes_data();
    void wrongTypes();
    void wrongTopLevel();
    void deepNesting();
    void hugeInput();
};

void TestCodec::fixturesPresent()
{
    for (const char *name : {"incident_expanded.json", "alert_all_evidence.json",
             "incidents_list.json", "alerts_list.json"}) {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(readFixture(QLatin1StringView(name)), &e);
        QVERIFY2(e.error == QJsonParseError::NoError, name);
        QVERIFY2(doc.isObject() && !doc.object().isEmpty(), name);
    }
}

// ---- round trips

void TestCodec::roundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("input");

    QTest::newRow("incident $expand=alerts")
        << QStringLiteral("incident") << fixtureObject(QStringLiteral("incident_expanded.json"));
    QTest::newRow("alert with every evidence kind")
        << QStringLiteral("alert") << fixtureObject(QStringLiteral("alert_all_evidence.json"));
    const QJsonArray incidents
        = fixtureObject(QStringLiteral("incidents_list.json")).value(u"value").toArray();
    QCOMPARE(incidents.size(), 5);
    for (const QJsonValue &v : incidents) {
        const QByteArray tag = "incidents_list " + v[u"id"].toString().toUtf8();
        QTest::newRow(tag.constData()) << QStringLiteral("incident") << v.toObject();
    }
    const QJsonArray alerts
        = fixtureObject(QStringLiteral("alerts_list.json")).value(u"value").toArray();
    QCOMPARE(alerts.size(), 5);
    for (const QJsonValue &v : alerts) {
        const QByteArray tag = "alerts_list " + v[u"id"].toString().toUtf8();
        QTest::newRow(tag.constData()) << QStringLiteral("alert") << v.toObject();
    }
    const QJsonArray nested
        = fixtureObject(QStringLiteral("incident_expanded.json")).value(u"alerts").toArray();
    for (const QJsonValue &v : nested) {
        const QByteArray tag = "expanded alert " + v[u"id"].toString().toUtf8();
        QTest::newRow(tag.constData()) << QStringLiteral("alert") << v.toObject();
    }
}

namespace {
template<class T>
void checkRoundTrip(const QJsonObject &input)
{
    QString error;
    const std::optional<T> first = wire::decode<T>(input, &error);
    QVERIFY2(first.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());

    // encode(decode(x)) == x, modulo PascalCase enum names and timestamp spelling.
    const QJsonObject encoded = wire::encode(*first);
    const QJsonObject expected = normalise(input).toObject();
    const QString diff = firstDifference(encoded, expected);
    QVERIFY2(diff.isEmpty(), qPrintable(u"encoded vs normalised input differ at " + diff));
    QCOMPARE(encoded, expected);

    // decode(encode(decode(x))) == decode(x), and the encoding is a fixed point.
    const std::optional<T> second = wire::decode<T>(encoded, &error);
    QVERIFY2(second.has_value(), qPrintable(error));
    QVERIFY(*second == *first);
    QCOMPARE(wire::encode(*second), encoded);

    // Decoding the canonical form of the input straight away gives the same object.
    const std::optional<T> fromExpected = wire::decode<T>(expected, &error);
    QVERIFY(fromExpected.has_value());
    QVERIFY(*fromExpected == *first);

    // The streaming writer (the server's hot path) writes the same JSON as encode().
    const QByteArray bytes = wire::toJsonBytes(*first);
    const auto streamed = wire::parseObject(bytes, &error);
    QVERIFY2(streamed.has_value(), qPrintable(error + u" in " + QString::fromUtf8(bytes)));
    const QString streamDiff = firstDifference(*streamed, encoded);
    QVERIFY2(streamDiff.isEmpty(), qPrintable(u"toJsonBytes vs encode differ at " + streamDiff));
    QCOMPARE(*streamed, encoded);
}
} // namespace

void TestCodec::roundTrip()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, input);
    QVERIFY(!input.isEmpty());
    if (kind == u"incident")
        checkRoundTrip<Incident>(input);
    else
        checkRoundTrip<Alert>(input);
}

// ---- field-level checks

void TestCodec::incidentFields()
{
    QString error;
    const auto inc
        = wire::decode<Incident>(fixtureObject(QStringLiteral("incident_expanded.json")), &error);
    QVERIFY2(inc, qPrintable(error));

    QCOMPARE(inc->id.value(), QStringLiteral("2972395"));
    QVERIFY(inc->status.hasValue());
    QVERIFY(inc->status.value() == IncidentStatus::active);
    QVERIFY(inc->status->isKnown());
    QCOMPARE(inc->status->ordinal(), 0);
    QCOMPARE(inc->status->name(), QStringLiteral("active"));
    QCOMPARE(inc->severity->ordinal(), int(AlertSeverity::high));
    QCOMPARE(inc->severity->ordinal(), 4);
    QCOMPARE(inc->classification->ordinal(), 2);
    QCOMPARE(inc->classification->name(), QStringLiteral("truePositive"));
    QCOMPARE(inc->determination->ordinal(), 7);
    QVERIFY(inc->determination.value() == AlertDetermination::multiStagedAttack);

    QVERIFY(inc->description.isNull());
    QVERIFY(inc->redirectIncidentId.isNull());
    QVERIFY(inc->resolvingComment.isMissing());
    QVERIFY(inc->summary.hasValue());
    QCOMPARE(inc->priorityScore.value(), qint64(87));
    QCOMPARE(
        inc->customTags.value(), (QStringList {QStringLiteral("Demo"), QStringLiteral("Tier 2")}));
    QCOMPARE(inc->systemTags.value(), QStringList {QStringLiteral("Defender Experts")});

    QCOMPARE(inc->createdDateTime->ticks(), Q_INT64_C(16288442155533333));
    QCOMPARE(inc->createdDateTime->ticks(), ticksFor(2021, 8, 13, 8, 43, 35, 5533333));
    QCOMPARE(inc->lastUpdateDateTime->ticks(), ticksFor(2021, 9, 30, 9, 35, 45, 1133333));

    QCOMPARE(inc->comments->size(), 2);
    const AlertComment &c0 = inc->comments->at(0), &c1 = inc->comments->at(1);
    QCOMPARE(c0.comment.value(), QStringLiteral("Demo incident"));
    QCOMPARE(c0.extra.value(u"@odata.type").toString(),
        QStringLiteral("microsoft.graph.security.alertComment"));
    QCOMPARE(c0.extra.size(), 1);
    // +02:00 was folded into UTC
    QCOMPARE(c1.createdDateTime->ticks(), c0.createdDateTime->ticks() + 0);
    QCOMPARE(c1.createdDateTime->ticks(), ticksFor(2021, 9, 30, 12, 7, 37, 2756993));
    QCOMPARE(c1.extra.keys(), QStringList {QStringLiteral("reactions")});
    QCOMPARE(c1.extra.value(u"reactions")[u"thumbsUp"].toInt(), 2);

    QCOMPARE(inc->extra.keys(),
        (QStringList {QStringLiteral("@odata.context"), QStringLiteral("@odata.type"),
            QStringLiteral("x-watchfloorFutureField")}));
    QCOMPARE(inc->extra.value(u"x-watchfloorFutureField")[u"nested"].toArray().size(), 3);

    QCOMPARE(inc->alerts->size(), 3);
    const Alert &a0 = inc->alerts->at(0), &a1 = inc->alerts->at(1), &a2 = inc->alerts->at(2);
    QVERIFY(a0.status.value() == AlertStatus::new_);
    QCOMPARE(a0.status->name(), QStringLiteral("new"));
    QCOMPARE(a0.serviceSource->ordinal(), 1);
    QCOMPARE(a0.detectionSource->ordinal(), int(DetectionSource::antivirus));
    QVERIFY(a0.assignedTo.isNull());
    QVERIFY(a0.resolvedDateTime.isNull());
    QVERIFY(a0.customDetails.isMissing());
    QVERIFY(a0.comments.hasValue());
    QVERIFY(a0.comments->isEmpty());
    QCOMPARE(a0.firstActivityDateTime->ticks(), ticksFor(2021, 4, 26, 7, 45, 50, 1160000));
    QCOMPARE(a0.evidence->size(), 2);
    const auto *dev = a0.evidence->at(0).as<DeviceEvidence>();
    QVERIFY(dev);
    QCOMPARE(dev->osBuild.value(), qint64(22424));
    QVERIFY(dev->vmMetadata.isNull());
    QVERIFY(dev->loggedOnUsers.hasValue() && dev->loggedOnUsers->isEmpty());
    QVERIFY(dev->azureAdDeviceId.isNull());
    QVERIFY(dev->hostName.isMissing());
    QVERIFY(a0.evidence->at(0).remediationStatusDetails.isNull());
    const auto *file = a0.evidence->at(1).as<FileEvidence>();
    QVERIFY(file);
    QCOMPARE(file->fileDetails->fileSize.value(), qint64(6136392));
    QCOMPARE(file->fileDetails->filePath.value(), QStringLiteral("C:\\Program Files\\temp"));
    QVERIFY(file->fileDetails->md5.isMissing());
    QVERIFY(file->fileDetails->signer.isNull());
    QVERIFY(a0.evidence->at(1).verdict.value() == EvidenceVerdict::suspicious);

    // Unknown enum value: the evolvable-enum fallback, with the text kept.
    QVERIFY(!a1.status->isKnown());
    QVERIFY(a1.status->value() == AlertStatus::unknownFutureValue);
    QCOMPARE(a1.status->ordinal(), 4);
    QCOMPARE(a1.status->name(), QStringLiteral("awaitingTriage"));
    QVERIFY(!(a1.status.value() == AlertStatus::unknownFutureValue));
    QVERIFY(a1.severity.value() == AlertSeverity::high);
    QVERIFY(a1.classification.isNull());
    QVERIFY(a1.determination.isMissing());
    QCOMPARE(a1.serviceSource->ordinal(), 10);
    QCOMPARE(a1.detectionSource->ordinal(), 20);
    QVERIFY(a1.investigationState.value() == InvestigationState::running);
    QCOMPARE(a1.lastUpdateDateTime->ticks(), ticksFor(2021, 8, 13, 8, 43, 36, 0));
    QCOMPARE(a1.categories->size(), 2);
    QCOMPARE(a1.additionalData->value(u"OriginalAlertProductName").toString(),
        QStringLiteral("Azure Security Center"));
    QVERIFY(a1.customDetails.hasValue() && a1.customDetails->isEmpty());
    QVERIFY(a1.extra.contains(u"x-wf-unknownAlertMember"));
    QVERIFY(a1.extra.contains(u"@odata.type"));
    QCOMPARE(a1.extra.size(), 2);

    QVERIFY(a2.evidence.hasValue() && a2.evidence->isEmpty());
    QVERIFY(a2.comments.isMissing());
    QCOMPARE(a2.resolvedDateTime->ticks(), ticksFor(2021, 8, 15, 0, 0, 0, 1000000));
}

void TestCodec::incidentEncodesCanonically()
{
    const auto inc
        = wire::decode<Incident>(fixtureObject(QStringLiteral("incident_expanded.json")));
    QVERIFY(inc);
    const QJsonObject o = wire::encode(*inc);
    QCOMPARE(o.value(u"status").toString(), QStringLiteral("active"));
    QCOMPARE(o.value(u"severity").toString(), QStringLiteral("high"));
    QCOMPARE(o.value(u"classification").toString(), QStringLiteral("truePositive"));
    QVERIFY(o.value(u"description").isNull());
    QVERIFY(o.contains(u"description"));
    QVERIFY(!o.contains(u"resolvingComment"));
    QCOMPARE(o.value(u"priorityScore").toInteger(), qint64(87));
    QCOMPARE(o.value(u"comments")[1][u"createdDateTime"].toString(),
        QStringLiteral("2021-09-30T12:07:37.2756993Z"));
    const QJsonArray alerts = o.value(u"alerts").toArray();
    QCOMPARE(alerts.size(), 3);
    QCOMPARE(alerts[1][u"status"].toString(), QStringLiteral("awaitingTriage"));
    QCOMPARE(alerts[1][u"severity"].toString(), QStringLiteral("high"));
    QCOMPARE(alerts[1][u"investigationState"].toString(), QStringLiteral("running"));
    QVERIFY(alerts[1][u"classification"].isNull());
    QVERIFY(!alerts[1].toObject().contains(u"determination"));
    QCOMPARE(alerts[0][u"status"].toString(), QStringLiteral("new"));
    QCOMPARE(alerts[0][u"evidence"][1][u"verdict"].toString(), QStringLiteral("suspicious"));
    QCOMPARE(alerts[0][u"firstActivityDateTime"].toString(),
        QStringLiteral("2021-04-26T07:45:50.1160000Z"));
}

void TestCodec::evidenceSubtypes()
{
    QString error;
    const auto alert
        = wire::decode<Alert>(fixtureObject(QStringLiteral("alert_all_evidence.json")), &error);
    QVERIFY2(alert, qPrintable(error));
    QCOMPARE(odataEtag(alert->extra),
        QStringLiteral("W/\"datetime'2023-05-02T10%3A15%3A00.1234567Z'\""));
    QCOMPARE(alert->extra.value(u"x-wf-riskBand").toString(), QStringLiteral("amber"));
    QVERIFY(alert->classification.value() == AlertClassification::truePositive);
    QCOMPARE(alert->status->name(), QStringLiteral("awaitingTriage"));
    QVERIFY(alert->investigationState.value() == InvestigationState::pendingApproval);
    QVERIFY(alert->alertPolicyId.isNull());
    QCOMPARE(alert->comments->at(0).createdDateTime->ticks() % Timestamp::TicksPerSecond, 1);

    const QList<Evidence> &ev = alert->evidence.value();
    QCOMPARE(ev.size(), 18);
    const QList<EvidenceKind> kinds = {
        EvidenceKind::AzureResource,
        EvidenceKind::AmazonResource,
        EvidenceKind::GoogleCloudResource,
        EvidenceKind::Device,
        EvidenceKind::Ip,
        EvidenceKind::User,
        EvidenceKind::Process,
        EvidenceKind::File,
        EvidenceKind::Url,
        EvidenceKind::CloudApplication,
        EvidenceKind::Mailbox,
        EvidenceKind::RegistryKey,
        EvidenceKind::RegistryValue,
        EvidenceKind::OauthApplication,
        EvidenceKind::SecurityGroup,
        EvidenceKind::Other,
        EvidenceKind::AzureResource,
        EvidenceKind::Other,
    };
    for (int i = 0; i < ev.size(); ++i)
        QVERIFY2(ev[i].kind() == kinds[i], qPrintable(QString::number(i)));
    // Known subtypes leave nothing behind in `extra`: every member found its field.
    for (int i = 0; i < 15; ++i)
        QVERIFY2(
            ev[i].extra.isEmpty(), qPrintable(QString::number(i) + u": " + compact(ev[i].extra)));

    // 0: azureResourceEvidence, base members
    const auto *azure = ev[0].as<AzureResourceEvidence>();
    QVERIFY(azure);
    QCOMPARE(azure->resourceName.value(), QStringLiteral("vm-web-01"));
    QCOMPARE(azure->resourceType.value(), QStringLiteral("Virtual Machine"));
    QVERIFY(ev[0].verdict.value() == EvidenceVerdict::malicious);
    QVERIFY(ev[0].remediationStatus.value() == EvidenceRemediationStatus::none);
    QVERIFY(ev[0].remediationStatusDetails.isNull());
    QVERIFY(ev[0].tags.hasValue() && ev[0].tags->isEmpty());
    QCOMPARE(ev[0].detailedRoles.value(), QStringList {QStringLiteral("Target virtual machine")});
    QCOMPARE(ev[0].roles->size(), 1);
    QVERIFY(ev[0].roles->at(0) == EvidenceRole::attacked);
    QCOMPARE(ev[0].createdDateTime->ticks(), ticksFor(2023, 5, 2, 10, 11, 12, 1234567));
    QCOMPARE(ev[0].odataType, QStringLiteral("#microsoft.graph.security.azureResourceEvidence"));

    // 1: amazonResourceEvidence
    const auto *aws = ev[1].as<AmazonResourceEvidence>();
    QVERIFY(aws);
    QCOMPARE(aws->amazonAccountId.value(), QStringLiteral("123456789012"));
    QCOMPARE(aws->amazonResourceId.value(), QStringLiteral("arn:aws:s3:::wf-audit-logs"));
    QCOMPARE(aws->resourceType.value(), QStringLiteral("S3 Bucket"));

    // 2: googleCloudResourceEvidence
    const auto *gcp = ev[2].as<GoogleCloudResourceEvidence>();
    QVERIFY(gcp);
    QCOMPARE(gcp->projectNumber.value(), Q_INT64_C(482910371234));
    QVERIFY(gcp->locationType.value() == GoogleCloudLocationType::zonal);
    QCOMPARE(gcp->location.value(), QStringLiteral("europe-west1-b"));

    // 3: deviceEvidence with vmMetadata and loggedOnUsers
    const auto *dev = ev[3].as<DeviceEvidence>();
    QVERIFY(dev);
    QVERIFY(ev[3].remediationStatus.value() == EvidenceRemediationStatus::remediated);
    QCOMPARE(ev[3].roles->size(), 2);
    QVERIFY(ev[3].roles->at(1) == EvidenceRole::attacked);
    QCOMPARE(ev[3].roles->at(1).name(), QStringLiteral("attacked"));
    QCOMPARE(dev->osBuild.value(), qint64(22631));
    QCOMPARE(dev->rbacGroupId.value(), qint64(42));
    QVERIFY(dev->riskScore.value() == DeviceRiskScore::high);
    QVERIFY(dev->healthStatus.value() == DeviceHealthStatus::active);
    QVERIFY(dev->onboardingStatus.value() == OnboardingStatus::onboarded);
    QVERIFY(dev->defenderAvStatus.value() == DefenderAvStatus::updated);
    QCOMPARE(dev->ipInterfaces->size(), 2);
    QCOMPARE(dev->ipInterfaces->at(1), QStringLiteral("fe80::20d:3aff:fe1b:2c3d"));
    QCOMPARE(dev->firstSeenDateTime->ticks(), ticksFor(2023, 1, 15, 7, 0, 0, 0));
    QVERIFY(dev->resourceAccessEvents.hasValue() && dev->resourceAccessEvents->isEmpty());
    QVERIFY(dev->vmMetadata.hasValue());
    QVERIFY(dev->vmMetadata->cloudProvider.value() == VmCloudProvider::azure);
    QCOMPARE(dev->vmMetadata->vmId.value(), QStringLiteral("5c2b1a09-8f7e-4d6c-b5a4-938271605f4e"));
    QCOMPARE(dev->vmMetadata->extra.keys(), QStringList {QStringLiteral("x-unknownVmMember")});
    QCOMPARE(dev->loggedOnUsers->size(), 2);
    QCOMPARE(dev->loggedOnUsers->at(0).domainName.value(), QStringLiteral("VM-WEB-01"));
    QVERIFY(dev->loggedOnUsers->at(1).domainName.isNull());
    QCOMPARE(dev->loggedOnUsers->at(1).extra.value(u"sessionId").toInt(), 7);

    // 4: ipEvidence with location; an unknown role keeps its text
    const auto *ip = ev[4].as<IpEvidence>();
    QVERIFY(ip);
    QCOMPARE(ip->ipAddress.value(), QStringLiteral("203.0.113.7"));
    QCOMPARE(ip->countryLetterCode.value(), QStringLiteral("NL"));
    QCOMPARE(ip->location->latitude.value(), 52.3676);
    QCOMPARE(ip->location->longitude.value(), 4.9041);
    QCOMPARE(ip->location->city.value(), QStringLiteral("Amsterdam"));
    QCOMPARE(ip->location->extra.value(u"postalCode").toString(), QStringLiteral("1012"));
    QCOMPARE(ip->stream->name.value(), QStringLiteral("Firewall"));
    QVERIFY(ev[4].roles->at(0) == EvidenceRole::attacker);
    QVERIFY(!ev[4].roles->at(1).isKnown());
    QVERIFY(ev[4].roles->at(1).value() == EvidenceRole::unknownFutureValue);
    QCOMPARE(ev[4].roles->at(1).name(), QStringLiteral("impersonated"));

    // 5: userEvidence
    const auto *user = ev[5].as<UserEvidence>();
    QVERIFY(user);
    QVERIFY(user->stream.isNull());
    QCOMPARE(user->userAccount->userPrincipalName.value(), QStringLiteral("kai@contoso.com"));
    QCOMPARE(user->userAccount->userSid.value(),
        QStringLiteral("S-1-5-21-1234567890-1234567890-1234567890-1001"));
    QCOMPARE(user->userAccount->resourceAccessEvents->size(), 1);
    QVERIFY(user->userAccount->extra.value(u"x-unknownAccountMember").toBool());

    // 6: processEvidence with imageFile and userAccount
    const auto *proc = ev[6].as<ProcessEvidence>();
    QVERIFY(proc);
    QCOMPARE(proc->processId.value(), Q_INT64_C(9876543210));
    QCOMPARE(proc->parentProcessId.value(), qint64(4312));
    QVERIFY(proc->detectionStatus.value() == DetectionStatus::detected);
    QCOMPARE(proc->imageFile->fileName.value(), QStringLiteral("powershell.exe"));
    QCOMPARE(proc->imageFile->fileSize.value(), qint64(450560));
    QVERIFY(proc->imageFile->sha256Ac.isNull());
    QCOMPARE(proc->parentProcessImageFile->fileName.value(), QStringLiteral("cmd.exe"));
    QVERIFY(proc->parentProcessImageFile->md5.isMissing());
    QCOMPARE(proc->processCreationDateTime->ticks(), Q_INT64_C(16830222000000001));
    QCOMPARE(
        proc->parentProcessCreationDateTime->ticks(), ticksFor(2023, 5, 2, 10, 9, 59, 9999999));
    QVERIFY(*proc->parentProcessCreationDateTime < *proc->processCreationDateTime);
    QCOMPARE(proc->userAccount->accountName.value(), QStringLiteral("azureuser"));
    QVERIFY(proc->userAccount->displayName.isMissing());

    // 7: fileEvidence
    const auto *fileEv = ev[7].as<FileEvidence>();
    QVERIFY(fileEv);
    QVERIFY(fileEv->detectionStatus.value() == DetectionStatus::blocked);
    QCOMPARE(fileEv->fileDetails->sha256.value(),
        QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QVERIFY(fileEv->fileDetails->filePublisher.isNull());
    QCOMPARE(fileEv->fileDetails->extra.value(u"x-unknownFileMember").toArray().size(), 2);

    // 8..14
    QCOMPARE(ev[8].as<UrlEvidence>()->url.value(),
        QStringLiteral("https://evil.example/stage2?id=42&x=%20y"));
    QVERIFY(ev[8].roles->at(0) == EvidenceRole::commandAndControl);
    const auto *app = ev[9].as<CloudApplicationEvidence>();
    QCOMPARE(app->appId.value(), qint64(11161));
    QCOMPARE(app->instanceId.value(), qint64(0));
    QCOMPARE(app->stream->name.value(), QStringLiteral("Admin activity"));
    const auto *mailbox = ev[10].as<MailboxEvidence>();
    QCOMPARE(mailbox->upn.value(), QStringLiteral("kai@contoso.com"));
    QCOMPARE(mailbox->userAccount->azureAdUserId.value(),
        QStringLiteral("8e1f2a3b-4c5d-6e7f-8091-a2b3c4d5e6f7"));
    QCOMPARE(ev[11].as<RegistryKeyEvidence>()->registryKey.value(),
        QStringLiteral("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run"));
    const auto *regValue = ev[12].as<RegistryValueEvidence>();
    QCOMPARE(regValue->registryValueName.value(), QStringLiteral("Updater"));
    QCOMPARE(regValue->registryValue.value(), QStringLiteral("C:\\Users\\Public\\updater.exe"));
    QCOMPARE(
        ev[13].as<OauthApplicationEvidence>()->publisher.value(), QStringLiteral("Unverified"));
    QCOMPARE(ev[14].as<SecurityGroupEvidence>()->sid.value(),
        QStringLiteral("S-1-5-21-1234567890-1234567890-1234567890-512"));
    QVERIFY(ev[14].verdict.value() == EvidenceVerdict::unknown);

    // 16: PascalCase type name (docs sample): recognised, spelling kept
    QCOMPARE(ev[16].odataType, QStringLiteral("#microsoft.graph.security.AzureResourceEvidence"));
    QCOMPARE(ev[16].as<AzureResourceEvidence>()->resourceName.value(), QStringLiteral("stweb01"));
    QVERIFY(ev[16].verdict.value() == EvidenceVerdict::noThreatsFound);
    QCOMPARE(ev[16].createdDateTime->ticks() % Timestamp::TicksPerSecond, 0);

    // 17: no @odata.type at all
    QVERIFY(ev[17].odataType.isEmpty());
    QCOMPARE(ev[17].remediationStatus->name(), QStringLiteral("quarantinedSomewhere"));
    QVERIFY(ev[17].remediationStatus->value() == EvidenceRemediationStatus::unknownFutureValue);
    QCOMPARE(ev[17].extra.keys(), QStringList {QStringLiteral("whatIsThis")});

    // And what goes back out.
    const QJsonObject out = wire::encode(*alert);
    const QJsonArray outEv = out.value(u"evidence").toArray();
    QCOMPARE(outEv[0][u"verdict"].toString(), QStringLiteral("malicious"));
    QCOMPARE(outEv[3][u"riskScore"].toString(), QStringLiteral("high"));
    QCOMPARE(outEv[3][u"roles"].toArray(),
        (QJsonArray {QStringLiteral("compromised"), QStringLiteral("attacked")}));
    QCOMPARE(outEv[4][u"roles"].toArray(),
        (QJsonArray {QStringLiteral("attacker"), QStringLiteral("impersonated")}));
    QCOMPARE(outEv[6][u"processCreationDateTime"].toString(),
        QStringLiteral("2023-05-02T10:10:00.0000001Z"));
    QCOMPARE(outEv[6][u"processId"].toInteger(), Q_INT64_C(9876543210));
    QCOMPARE(outEv[7][u"detectionStatus"].toString(), QStringLiteral("blocked"));
    QCOMPARE(outEv[16][u"@odata.type"].toString(),
        QStringLiteral("#microsoft.graph.security.AzureResourceEvidence"));
    QCOMPARE(outEv[16][u"createdDateTime"].toString(), QStringLiteral("2023-05-02T10:11:12Z"));
    QVERIFY(!outEv[17].toObject().contains(u"@odata.type"));
    QCOMPARE(outEv[17][u"remediationStatus"].toString(), QStringLiteral("quarantinedSomewhere"));
    QCOMPARE(out.value(u"status").toString(), QStringLiteral("awaitingTriage"));
    QCOMPARE(out.value(u"classification").toString(), QStringLiteral("truePositive"));
    QCOMPARE(out.value(u"@odata.etag"), alert->extra.value(u"@odata.etag"));
}

void TestCodec::unknownEvidenceVerbatim()
{
    const QJsonObject input = fixtureObject(QStringLiteral("alert_all_evidence.json"));
    const QJsonObject pod = input.value(u"evidence")[15].toObject();
    QCOMPARE(pod.value(u"@odata.type").toString(),
        QStringLiteral("#microsoft.graph.security.kubernetesPodEvidence"));

    const auto alert = wire::decode<Alert>(input);
    QVERIFY(alert);
    const Evidence &e = alert->evidence->at(15);
    QVERIFY(e.kind() == EvidenceKind::Other);
    QVERIFY(std::holds_alternative<std::monostate>(e.detail));
    QCOMPARE(e.odataType, QStringLiteral("#microsoft.graph.security.kubernetesPodEvidence"));
    // The base members are typed; everything else sits in `extra` untouched.
    QVERIFY(e.verdict.value() == EvidenceVerdict::suspicious);
    QCOMPARE(e.tags.value(), QStringList {QStringLiteral("k8s")});
    QVERIFY(!e.extra.contains(u"verdict"));
    QVERIFY(!e.extra.contains(u"@odata.type"));
    QCOMPARE(e.extra.value(u"namespace"), pod.value(u"namespace"));
    QCOMPARE(e.extra.value(u"startedDateTime").toString(),
        QStringLiteral("2023-05-02T08:00:00.5+00:00"));
    QCOMPARE(e.extra.value(u"podIp")[u"roles"][0].toString(), QStringLiteral("Source"));
    QVERIFY(e.extra.value(u"controller").isNull());
    QVERIFY(e.extra.contains(u"controller"));
    QCOMPARE(e.extra.value(u"ratio").toDouble(), 0.25);

    // Byte for byte the same object on the way out (its base members were already canonical).
    const QJsonObject back = wire::encode(*alert).value(u"evidence")[15].toObject();
    const QString diff = firstDifference(back, pod);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(QJsonDocument(back).toJson(QJsonDocument::Compact),
        QJsonDocument(pod).toJson(QJsonDocument::Compact));
}

void TestCodec::evidenceOdataType()
{
    QVERIFY(
        Evidence::kindForOdataType(u"#microsoft.graph.security.ipEvidence") == EvidenceKind::Ip);
    QVERIFY(Evidence::kindForOdataType(u"microsoft.graph.security.ipEvidence") == EvidenceKind::Ip);
    QVERIFY(
        Evidence::kindForOdataType(u"#Microsoft.Graph.Security.IPEVIDENCE") == EvidenceKind::Ip);
    QVERIFY(Evidence::kindForOdataType(u"#microsoft.graph.security.registryValueEvidence")
        == EvidenceKind::RegistryValue);
    QVERIFY(Evidence::kindForOdataType(u"#microsoft.graph.security.") == EvidenceKind::Other);
    QVERIFY(Evidence::kindForOdataType(u"") == EvidenceKind::Other);
    QVERIFY(Evidence::kindForOdataType(u"#microsoft.graph.security.ipEvidenceX")
        == EvidenceKind::Other);
    QVERIFY(Evidence::kindForOdataType(u"#microsoft.graph.security.kubernetesPodEvidence")
        == EvidenceKind::Other);
    QVERIFY(Evidence::odataTypeFor(EvidenceKind::Other).isEmpty());
    QCOMPARE(Evidence::odataTypeFor(EvidenceKind::SecurityGroup),
        QStringLiteral("#microsoft.graph.security.securityGroupEvidence"));
    // Every known kind maps back to itself.
    for (int k = 1; k < int(std::variant_size_v<EvidenceDetail>); ++k)
        QVERIFY(
            Evidence::kindForOdataType(Evidence::odataTypeFor(EvidenceKind(k))) == EvidenceKind(k));

    // Built in code: make<T>() sets the type; encode writes it.
    Evidence e;
    auto &url = e.make<UrlEvidence>();
    url.url = QStringLiteral("https://example.org/");
    e.verdict = Enum<EvidenceVerdict>(EvidenceVerdict::malicious);
    QVERIFY(e.kind() == EvidenceKind::Url);
    const QJsonObject o = wire::encodeValue(e).toObject();
    QCOMPARE(o,
        (QJsonObject {{QStringLiteral("@odata.type"),
                          QStringLiteral("#microsoft.graph.security.urlEvidence")},
            {QStringLiteral("url"), QStringLiteral("https://example.org/")},
            {QStringLiteral("verdict"), QStringLiteral("malicious")}}));

    // An empty @odata.type is a member like any other: it comes back.
    const QJsonObject odd {{QStringLiteral("@odata.type"), QString()},
        {QStringLiteral("verdict"), QStringLiteral("unknown")}};
    const QJsonObject alertJson {{QStringLiteral("evidence"), QJsonArray {odd}}};
    const auto decoded = wire::decode<Alert>(alertJson);
    QVERIFY(decoded);
    QVERIFY(decoded->evidence->at(0).kind() == EvidenceKind::Other);
    QCOMPARE(wire::encode(*decoded), alertJson);
}

// ---- enums

void TestCodec::enumTablesMatchSchema()
{
    // Member lists copied from the v1.0 schema (reference facts §3-§5), in schema order.
    const auto split
        = [](const char *s) { return QString::fromLatin1(s).split(QStringLiteral(", ")); };
    QCOMPARE(EnumInfo<IncidentStatus>::names().all(),
        split("active, resolved, inProgress, redirected, unknownFutureValue, awaitingAction"));
    QCOMPARE(EnumInfo<AlertSeverity>::names().all(),
        split("unknown, informational, low, medium, high, unknownFutureValue"));
    QCOMPARE(EnumInfo<AlertClassification>::names().all(),
        split("unknown, falsePositive, truePositive, informationalExpectedActivity, "
              "unknownFutureValue"));
    QCOMPARE(EnumInfo<AlertDetermination>::names().all(),
        split("unknown, apt, malware, securityPersonnel, securityTesting, unwantedSoftware, "
              "other, multiStagedAttack, compromisedAccount, phishing, "
              "maliciousUserActivity, notMalicious, notEnoughDataToValidate, "
              "confirmedActivity, lineOfBusinessApplication, unknownFutureValue"));
    QCOMPARE(EnumInfo<AlertStatus>::names().all(),
        split("unknown, new, inProgress, resolved, unknownFutureValue"));
    QCOMPARE(EnumInfo<ServiceSource>::names().all(),
        split("unknown, microsoftDefenderForEndpoint, microsoftDefenderForIdentity, "
              "microsoftDefenderForCloudApps, microsoftDefenderForOffice365, "
              "microsoft365Defender, azureAdIdentityProtection, microsoftAppGovernance, "
              "dataLossPrevention, unknownFutureValue, microsoftDefenderForCloud, "
              "microsoftSentinel, microsoftInsiderRiskManagement, "
              "microsoftThreatIntelligence, microsoftSecurityForAI"));
    QCOMPARE(EnumInfo<DetectionSource>::names().all(),
        split("unknown, microsoftDefenderForEndpoint, antivirus, smartScreen, customTi, "
              "microsoftDefenderForOffice365, automatedInvestigation, "
              "microsoftThreatExperts, customDetection, microsoftDefenderForIdentity, "
              "cloudAppSecurity, microsoft365Defender, azureAdIdentityProtection, manual, "
              "microsoftDataLossPrevention, appGovernancePolicy, appGovernanceDetection, "
              "unknownFutureValue, microsoftDefenderForCloud, microsoftDefenderForIoT, "
              "microsoftDefenderForServers, microsoftDefenderForStorage, "
              "microsoftDefenderForDNS, microsoftDefenderForDatabases, "
              "microsoftDefenderForContainers, microsoftDefenderForNetwork, "
              "microsoftDefenderForAppService, microsoftDefenderForKeyVault, "
              "microsoftDefenderForResourceManager, microsoftDefenderForApiManagement, "
              "nrtAlerts, scheduledAlerts, microsoftDefenderThreatIntelligenceAnalytics, "
              "builtInMl, microsoftInsiderRiskManagement, microsoftThreatIntelligence, "
              "microsoftDefenderForAIServices, securityCopilot, microsoftSentinel"));
    QCOMPARE(EnumInfo<InvestigationState>::names().all(),
        split("unknown, terminated, successfullyRemediated, benign, failed, "
              "partiallyRemediated, running, pendingApproval, pendingResource, queued, "
              "innerFailure, preexistingAlert, unsupportedOs, unsupportedAlertType, "
              "suppressedAlert, partiallyInvestigated, terminatedByUser, terminatedBySystem, "
              "unknownFutureValue"));
    QCOMPARE(EnumInfo<EvidenceRole>::names().all(),
        split("unknown, contextual, scanned, source, destination, created, added, "
              "compromised, edited, attacked, attacker, commandAndControl, loaded, "
              "suspicious, policyViolator, unknownFutureValue"));
    QCOMPARE(EnumInfo<EvidenceVerdict>::names().all(),
        split("unknown, suspicious, malicious, noThreatsFound, unknownFutureValue"));
    QCOMPARE(EnumInfo<EvidenceRemediationStatus>::names().all(),
        split("none, remediated, prevented, blocked, notFound, unknownFutureValue, active, "
              "pendingApproval, declined, unremediated, running, partiallyRemediated"));
    QCOMPARE(EnumInfo<DetectionStatus>::names().all(),
        split("detected, blocked, prevented, unknownFutureValue"));
    QCOMPARE(EnumInfo<DefenderAvStatus>::names().all(),
        split("notReporting, disabled, notUpdated, updated, unknown, notSupported, "
              "unknownFutureValue"));
    QCOMPARE(EnumInfo<DeviceHealthStatus>::names().all(),
        split("active, inactive, impairedCommunication, noSensorData, "
              "noSensorDataImpairedCommunication, unknown, unknownFutureValue"));
    QCOMPARE(EnumInfo<DeviceRiskScore>::names().all(),
        split("none, informational, low, medium, high, unknownFutureValue"));
    QCOMPARE(EnumInfo<OnboardingStatus>::names().all(),
        split("insufficientInfo, onboarded, canBeOnboarded, unsupported, unknownFutureValue"));
    QCOMPARE(EnumInfo<VmCloudProvider>::names().all(), split("unknown, azure, unknownFutureValue"));

    QCOMPARE(EnumInfo<IncidentStatus>::fallbackOrdinal(), 4);
    QCOMPARE(EnumInfo<ServiceSource>::fallbackOrdinal(), 9);
    QCOMPARE(EnumInfo<DetectionSource>::fallbackOrdinal(), 17);
    QCOMPARE(EnumInfo<EvidenceRemediationStatus>::fallbackOrdinal(), 5);
    QCOMPARE(EnumInfo<DetectionStatus>::fallbackOrdinal(), 3);
}

void TestCodec::enumBehaviour()
{
    using S = Enum<AlertStatus>;
    QVERIFY(S::fromName(u"new") == AlertStatus::new_);
    QVERIFY(S::fromName(u"NEW") == AlertStatus::new_);
    QVERIFY(S::fromName(u"InProgress") == AlertStatus::inProgress);
    QCOMPARE(S::fromName(u"InProgress").name(), QStringLiteral("inProgress"));
    QVERIFY(S::fromName(u"InProgress").isKnown());
    QCOMPARE(enumName(AlertStatus::new_), QStringLiteral("new"));
    QVERIFY(S::isKnownName(u"RESOLVED"));
    QVERIFY(!S::isKnownName(u"new_"));
    QVERIFY(!S::isKnownName(u"closed"));

    const S closed = S::fromName(u"closed");
    QVERIFY(!closed.isKnown());
    QCOMPARE(closed.ordinal(), 4);
    QCOMPARE(closed.name(), QStringLiteral("closed"));
    QVERIFY(!(closed == AlertStatus::unknownFutureValue));
    QVERIFY(!(closed == S(AlertStatus::unknownFutureValue)));
    QVERIFY(!(closed == S::fromName(u"Closed"))); // unknown text is kept exactly
    QVERIFY(closed == S::fromName(u"closed"));
    QVERIFY(S(AlertStatus::unknownFutureValue) == AlertStatus::unknownFutureValue);

    // Not even an empty unknown name gets replaced by "unknownFutureValue" on the way out.
    const S empty = S::fromName(u"");
    QVERIFY(!empty.isKnown());
    QCOMPARE(empty.name(), QString());
    QVERIFY(!(empty == S(AlertStatus::unknownFutureValue)));
    const QJsonObject withEmpty {{QStringLiteral("status"), QStringLiteral("")}};
    const auto a = wire::decode<Alert>(withEmpty);
    QVERIFY(a);
    QCOMPARE(wire::encode(*a), withEmpty);

    // Default: the first member.
    QVERIFY(Enum<VmCloudProvider>() == VmCloudProvider::unknown);
    const auto gcp = Enum<VmCloudProvider>::fromName(u"gcp");
    QVERIFY(gcp.value() == VmCloudProvider::unknownFutureValue);
    QCOMPARE(gcp.name(), QStringLiteral("gcp"));
}

// ---- null vs missing

void TestCodec::nullAndMissing()
{
    Alert a;
    a.title = QStringLiteral("Only a title");
    a.description.setNull();
    a.evidence = QList<Evidence> {};
    a.severity = Enum<AlertSeverity>(AlertSeverity::low);
    const QJsonObject o = wire::encode(a);
    QCOMPARE(o,
        (QJsonObject {{QStringLiteral("title"), QStringLiteral("Only a title")},
            {QStringLiteral("description"), QJsonValue::Null},
            {QStringLiteral("evidence"), QJsonArray {}},
            {QStringLiteral("severity"), QStringLiteral("low")}}));
    const auto back = wire::decode<Alert>(o);
    QVERIFY(back);
    QVERIFY(*back == a);
    QVERIFY(back->description.isNull());
    QVERIFY(back->status.isMissing());
    QVERIFY(back->evidence.hasValue());

    // Null and missing are different values, and different from an empty string.
    Alert nullTitle, emptyTitle;
    nullTitle.title.setNull();
    emptyTitle.title = QString();
    QVERIFY(!(nullTitle == Alert {}));
    QVERIFY(!(nullTitle == emptyTitle));
    QVERIFY(!(emptyTitle == Alert {}));
    QCOMPARE(wire::encode(emptyTitle).value(u"title"), QJsonValue(QString()));
    QVERIFY(wire::encode(nullTitle).value(u"title").isNull());
    QVERIFY(wire::encode(Alert {}).isEmpty());

    // Nested: a null object member and a missing one.
    const QJsonObject ev {
        {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.security.ipEvidence")},
        {QStringLiteral("location"), QJsonValue::Null}};
    const QJsonObject withEv {{QStringLiteral("evidence"), QJsonArray {ev}}};
    const auto decoded = wire::decode<Alert>(withEv);
    QVERIFY(decoded);
    const auto *ip = decoded->evidence->at(0).as<IpEvidence>();
    QVERIFY(ip);
    QVERIFY(ip->location.isNull());
    QVERIFY(ip->stream.isMissing());
    QCOMPARE(wire::encode(*decoded), withEv);
}

void TestCodec::fieldApi()
{
    Field<QString> f;
    QVERIFY(f.isMissing());
    QVERIFY(f.presence() == Presence::Missing);
    QCOMPARE(f.valueOr(QStringLiteral("fb")), QStringLiteral("fb"));
    f.setNull();
    QVERIFY(f.isNull());
    QCOMPARE(f.valueOr(QStringLiteral("fb")), QStringLiteral("fb"));
    f = QStringLiteral("x");
    QVERIFY(f.hasValue());
    QCOMPARE(f.valueOr(QStringLiteral("fb")), QStringLiteral("x"));
    f.clear();
    QVERIFY(f.isMissing());
    QVERIFY(f.value().isEmpty());
    f.mutableValue() += u'y';
    QVERIFY(f.hasValue());
    QCOMPARE(*f, QStringLiteral("y"));

    // Values do not matter unless present.
    Field<qint64> a, b;
    a = 5;
    a.setNull();
    b.setNull();
    QVERIFY(a == b);
    a = 5;
    b = 6;
    QVERIFY(!(a == b));
    b = 5;
    QVERIFY(a == b);
}

void TestCodec::etagHelpers()
{
    QJsonObject extra;
    QVERIFY(odataEtag(extra).isEmpty());
    setOdataEtag(extra, QStringLiteral("W/\"1\""));
    QCOMPARE(odataEtag(extra), QStringLiteral("W/\"1\""));
    QCOMPARE(extra.value(u"@odata.etag").toString(), QStringLiteral("W/\"1\""));
    Incident inc;
    setOdataEtag(inc.extra, QStringLiteral("W/\"2\""));
    QCOMPARE(wire::encode(inc).value(u"@odata.etag").toString(), QStringLiteral("W/\"2\""));
}

void TestCodec::int64Wire()
{
    // IEEE754Compatible=true writes Int64 as strings; both spellings decode.
    const auto asString = wire::decode<Incident>(
        QJsonObject {{QStringLiteral("priorityScore"), QStringLiteral("9007199254740993")}});
    QVERIFY(asString);
    QCOMPARE(asString->priorityScore.value(), Q_INT64_C(9007199254740993));
    const auto asNumber
        = wire::decode<Incident>(QJsonObject {{QStringLiteral("priorityScore"), 42}});
    QVERIFY(asNumber);
    QCOMPARE(asNumber->priorityScore.value(), qint64(42));
    const auto negative
        = wire::decode<Incident>(QJsonObject {{QStringLiteral("priorityScore"), -7.0}});
    QVERIFY(negative);
    QCOMPARE(negative->priorityScore.value(), qint64(-7));
}

// ---- timestamps

void TestCodec::timestampParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ticks");

    const qint64 graph = Q_INT64_C(16288442155533333); // 2021-08-13T08:43:35.5533333Z
    QTest::newRow("graph sample") << QStringLiteral("2021-08-13T08:43:35.5533333Z") << graph;
    QTest::newRow("+02:00") << QStringLiteral("2021-08-13T10:43:35.5533333+02:00") << graph;
    QTest::newRow("-05:00") << QStringLiteral("2021-08-13T03:43:35.5533333-05:00") << graph;
    QTest::newRow("+05:30") << QStringLiteral("2021-08-13T14:13:35.5533333+05:30") << graph;
    QTest::newRow("+00:00") << QStringLiteral("2021-08-13T08:43:35.5533333+00:00") << graph;
    QTest::newRow("offset crosses midnight")
        << QStringLiteral("2021-08-12T23:43:35.5533333-09:00") << graph;
    QTest::newRow("no zone means UTC") << QStringLiteral("2021-08-13T08:43:35.5533333") << graph;
    QTest::newRow("lower case t and z") << QStringLiteral("2021-08-13t08:43:35.5533333z") << graph;
    QTest::newRow("more than 7 digits truncate")
        << QStringLiteral("2021-08-13T08:43:35.553333399Z") << graph;
    QTest::newRow("3 digits") << QStringLiteral("2021-08-13T08:43:35.553Z") << graph - 3333;
    QTest::newRow("1 digit") << QStringLiteral("2021-08-13T08:43:35.5Z") << graph - 533333;
    QTest::newRow("no fraction") << QStringLiteral("2021-08-13T08:43:35Z") << graph - 5533333;
    QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z") << qint64(0);
    QTest::newRow("epoch + 1 tick") << QStringLiteral("1970-01-01T00:00:00.0000001Z") << qint64(1);
    QTest::newRow("epoch - 1 tick") << QStringLiteral("1969-12-31T23:59:59.9999999Z") << qint64(-1);
    QTest::newRow("epoch via offset") << QStringLiteral("1970-01-01T01:00:00+01:00") << qint64(0);
    QTest::newRow("year 1") << QStringLiteral("0001-01-01T00:00:00Z")
                            << Q_INT64_C(-621355968000000000);
    QTest::newRow("1600 leap day")
        << QStringLiteral("1600-02-29T12:00:00Z") << Q_INT64_C(-116709552000000000);
    QTest::newRow("2000 leap day")
        << QStringLiteral("2000-02-29T00:00:00Z") << ticksFor(2000, 2, 29, 0, 0, 0, 0);
    QTest::newRow("2024 leap day") << QStringLiteral("2024-02-29T23:59:59.9999999Z")
                                   << ticksFor(2024, 2, 29, 23, 59, 59, 9999999);
    QTest::newRow("1900-03-01") << QStringLiteral("1900-03-01T00:00:00Z")
                                << ticksFor(1900, 3, 1, 0, 0, 0, 0);
    QTest::newRow("9999 end") << QStringLiteral("9999-12-31T23:59:59.9999999Z")
                              << ticksFor(9999, 12, 31, 23, 59, 59, 9999999);
}

void TestCodec::timestampParse()
{
    QFETCH(QString, text);
    QFETCH(qint64, ticks);
    Timestamp t = Timestamp::fromTicks(12345);
    QVERIFY(Timestamp::parse(text, &t));
    QCOMPARE(t.ticks(), ticks);
    // And via the codec.
    const auto c
        = wire::decode<AlertComment>(QJsonObject {{QStringLiteral("createdDateTime"), text}});
    QVERIFY(c);
    QCOMPARE(c->createdDateTime->ticks(), ticks);
}

void TestCodec::timestampRejects_data()
{
    QTest::addColumn<QString>("text");
    const char *bad[] = {
        "",
        "2021",
        "2021-08-13",
        "2021-08-13T08:43",
        "2021-08-13T08:43:35.Z",
        "2021-08-13T08:43:35.",
        "2021-13-01T00:00:00Z",
        "2021-00-10T00:00:00Z",
        "2021-08-00T00:00:00Z",
        "2021-08-32T00:00:00Z",
        "2021-02-30T00:00:00Z",
        "2023-02-29T00:00:00Z",
        "1900-02-29T00:00:00Z",
        "2021-04-31T00:00:00Z",
        "2021-06-31T00:00:00Z",
        "2021-08-13T24:00:00Z",
        "2021-08-13T08:60:00Z",
        "2021-08-13T08:43:61Z",
        "2021-08-13T08:43:35+0200",
        "2021-08-13T08:43:35+02",
        "2021-08-13T08:43:35+2:00",
        "2021-08-13T08:43:35+24:00",
        "2021-08-13T08:43:35+02:60",
        "2021-08-13T08:43:35Zjunk",
        "2021-08-13T08:43:35.5533333ZZ",
        "2021-08-13T08:43:35 Z",
        "2021-08-13 08:43:35Z",
        "20210813T084335Z",
        "2021-8-13T08:43:35Z",
        "abcd-08-13T08:43:35Z",
        "2021-08-13T08:43:35.55a33Z",
        " 2021-08-13T08:43:35Z",
        "-2021-08-13T08:43:35Z",
        "yesterday",
    };
    for (const char *b : bad)
        QTest::newRow(*b ? b : "(empty)") << QString::fromLatin1(b);
}

void TestCodec::timestampRejects()
{
    QFETCH(QString, text);
    Timestamp t = Timestamp::fromTicks(777);
    QVERIFY(!Timestamp::parse(text, &t));
    QCOMPARE(t.ticks(), qint64(777)); // untouched on failure

    QString error;
    const auto c = wire::decode<AlertComment>(
        QJsonObject {{QStringLiteral("createdDateTime"), text}}, &error);
    QVERIFY(!c);
    QCOMPARE(error, u"createdDateTime: \"" + text + u"\" is not an ISO 8601 date and time");
}

void TestCodec::timestampToString_data()
{
    QTest::addColumn<QString>("canonical");
    const char *samples[] = {
        "0001-01-01T00:00:00Z",
        "0400-02-29T00:00:00Z",
        "1600-02-29T12:00:00.0000001Z",
        "1899-12-31T23:59:59.9999999Z",
        "1900-02-28T23:59:59Z",
        "1900-03-01T00:00:00Z",
        "1969-01-01T00:00:00.5000000Z",
        "1969-12-31T23:59:59Z",
        "1969-12-31T23:59:59.9999999Z",
        "1970-01-01T00:00:00Z",
        "1970-01-01T00:00:00.0000001Z",
        "1972-02-29T12:34:56.7890123Z",
        "2000-02-29T23:59:59.5000000Z",
        "2021-08-13T08:43:35.5533333Z",
        "2024-02-29T00:00:00Z",
        "2024-12-31T23:59:59.9999999Z",
        "2100-02-28T00:00:00Z",
        "2100-03-01T00:00:00.0000001Z",
        "9999-12-31T23:59:59.9999999Z",
    };
    for (const char *s : samples)
        QTest::newRow(s) << QString::fromLatin1(s);
}

void TestCodec::timestampToString()
{
    QFETCH(QString, canonical);
    Timestamp t;
    QVERIFY(Timestamp::parse(canonical, &t));
    QCOMPARE(t.toString(), canonical);

    // Cross-check the ticks against QDateTime (proleptic Gregorian, ms precision).
    const QDateTime dt = QDateTime::fromString(canonical.left(19), Qt::ISODate);
    QVERIFY(dt.isValid());
    const QDateTime utc(dt.date(), dt.time(), QTimeZone::utc());
    const qint64 frac = canonical.size() > 20 ? canonical.mid(20, 7).toLongLong() : 0;
    QCOMPARE(t.ticks(), utc.toMSecsSinceEpoch() * Timestamp::TicksPerMs + frac);
}

void TestCodec::timestampRandomRoundTrip()
{
    QCOMPARE(Timestamp::fromTicks(-1).toString(), QStringLiteral("1969-12-31T23:59:59.9999999Z"));
    QCOMPARE(Timestamp::fromTicks(-Timestamp::TicksPerSecond).toString(),
        QStringLiteral("1969-12-31T23:59:59Z"));
    QCOMPARE(Timestamp::fromMSecs(-1).toString(), QStringLiteral("1969-12-31T23:59:59.9990000Z"));
    QCOMPARE(Timestamp::fromMSecs(1).toMSecs(), qint64(1));
    QCOMPARE(Timestamp().addSecs(86400).toString(), QStringLiteral("1970-01-02T00:00:00Z"));
    QCOMPARE(Timestamp().addMSecs(-86400000).toString(), QStringLiteral("1969-12-31T00:00:00Z"));
    QVERIFY(Timestamp::fromTicks(1) > Timestamp::fromTicks(0));
    QVERIFY(Timestamp::now() > ts("2024-01-01T00:00:00Z"));
    // A leap second is accepted and folds into the next second (ticks have no room for it).
    QCOMPARE(ts("2016-12-31T23:59:60Z").ticks(), ts("2017-01-01T00:00:00Z").ticks());

    // Between 0001-01-01 and 9999-12-31 every tick survives toString/parse.
    const qint64 lo = Q_INT64_C(-621355968000000000);
    const qint64 hi = ts("9999-12-31T23:59:59.9999999Z").ticks();
    QRandomGenerator rng(20250207);
    for (int i = 0; i < 20000; ++i) {
        const qint64 ticks = lo + qint64(rng.bounded(quint64(hi - lo)));
        const Timestamp t = Timestamp::fromTicks(ticks);
        Timestamp back;
        const QString s = t.toString();
        QVERIFY2(Timestamp::parse(s, &back), qPrintable(s));
        QVERIFY2(back.ticks() == ticks, qPrintable(s + u" " + QString::number(ticks)));
        if (i % 97 == 0) { // and agrees with QDateTime on the calendar
            const QDateTime dt = QDateTime::fromMSecsSinceEpoch(
                (ticks
                    - ((ticks % Timestamp::TicksPerMs) + Timestamp::TicksPerMs)
                        % Timestamp::TicksPerMs)
                    / Timestamp::TicksPerMs,
                QTimeZone::utc());
            QCOMPARE(s.left(19), dt.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")));
        }
    }
}

// ---- garbage in

void TestCodec::malformedJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("trailing comma") << QByteArray(R"({"id": "1",})");
    QTest::newRow("missing colon") << QByteArray(R"({"id" "1"})");
    QTest::newRow("unterminated array") << QByteArray("[1,2");
    QTest::newRow("unterminated string") << QByteArray(R"({"id": "1)");
    QTest::newRow("bad literal") << QByteArray(R"({"a": tru})");
    QTest::newRow("single quotes") << QByteArray("{'a': 1}");
    QTest::newRow("binary") << QByteArray("\xff\xfe\x00{", 4);
    QTest::newRow("two objects") << QByteArray(R"({"a":1}{"b":2})");
    QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("truncated incident")
        << readFixture(QStringLiteral("incident_expanded.json")).left(777);
}

void TestCodec::malformedJson()
{
    QFETCH(QByteArray, bytes);
    QString error;
    QVERIFY(!wire::parseJson(bytes, &error));
    QVERIFY2(error.startsWith(u"malformed JSON at offset "), qPrintable(error));
    static const QRegularExpression re(
        QStringLiteral("^malformed JSON at offset (\\d+): .+ \\(near \".*\"\\)$"));
    const auto m = re.match(error);
    QVERIFY2(m.hasMatch(), qPrintable(error));
    QVERIFY(m.captured(1).toInt() <= bytes.size() + 1); // Qt may point one past the end
    QString error2;
    QVERIFY(!wire::parseObject(bytes, &error2));
    QCOMPARE(error2, error);
    QVERIFY(!wire::parseJson(bytes, nullptr)); // no error sink: still no crash
}

void TestCodec::emptyBody()
{
    for (const QByteArray &b : {QByteArray(), QByteArray(""), QByteArray("   \r\n\t ")}) {
        QString error;
        QVERIFY(!wire::parseObject(b, &error));
        QCOMPARE(error, QStringLiteral("the body is empty; expected JSON"));
    }
}

void TestCodec::topLevelKinds()
{
    QString error;
    const auto arr = wire::parseJson("[1, {\"a\": null}]", &error);
    QVERIFY2(arr, qPrintable(error));
    QVERIFY(arr->isArray());
    QCOMPARE(arr->toArray().size(), 2);

    QVERIFY(!wire::parseObject("[1, 2]", &error));
    QCOMPARE(error, QStringLiteral("expected a JSON object, got an array"));

    const auto obj = wire::parseObject(R"({"id":"7","status":"active"})", &error);
    QVERIFY(obj);
    QCOMPARE(obj->value(u"id").toString(), QStringLiteral("7"));
    const auto emptyObj = wire::parseObject("{}", &error);
    QVERIFY(emptyObj && emptyObj->isEmpty());

    // A bare scalar is never silently turned into an empty object.
    for (const char *scalar : {"42", "\"incident\"", "null", "true"}) {
        error.clear();
        const auto v = wire::parseJson(scalar, &error);
        if (v) {
            QVERIFY2(!v->isObject() || !v->toObject().isEmpty(), scalar);
        } else {
            QVERIFY2(!error.isEmpty(), scalar);
        }
        error.clear();
        QVERIFY2(!wire::parseObject(scalar, &error), scalar);
        QVERIFY2(!error.isEmpty(), scalar);
    }
}

void TestCodec::wrongTypes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("role is a number")
        << "alert"
        << QByteArray(R"({"evidence":[{},{"@odata.type":"#microsoft.graph.security.urlEvidence"},
            {"@odata.type":"#microsoft.graph.security.ipEvidence","roles":[5]}]})")
        << "evidence[2].roles[0]: expected a string, got a number";
    QTest::newRow("second role wrong")
        << "alert" << QByteArray(R"({"evidence":[{"roles":["compromised",{"x":1}]}]})")
        << "evidence[0].roles[1]: expected a string, got an object";
    QTest::newRow("status is a number")
        << "alert" << QByteArray(R"({"status":3})") << "status: expected a string, got a number";
    QTest::newRow("title is a number")
        << "alert" << QByteArray(R"({"title":42})") << "title: expected a string, got a number";
    QTest::newRow("first error wins (schema order)")
        << "alert" << QByteArray(R"({"title":1,"status":2})")
        << "status: expected a string, got a number";
    QTest::newRow("time is not a time")
        << "alert" << QByteArray(R"({"createdDateTime":"yesterday"})")
        << "createdDateTime: \"yesterday\" is not an ISO 8601 date and time";
    QTest::newRow("time is a number")
        << "alert" << QByteArray(R"({"createdDateTime":1620000000})")
        << "createdDateTime: expected an ISO 8601 date and time, got a number";
    QTest::newRow("deep in an expanded incident")
        << "incident" << QByteArray(R"({"alerts":[{"id":"a"},{"evidence":[{"@odata.type":
            "#microsoft.graph.security.deviceEvidence","loggedOnUsers":[{"accountName":"ok"},
            {"accountName":["x"]}]}]}]})")
        << "alerts[1].evidence[0].loggedOnUsers[1].accountName: expected a string, got an array";
    QTest::newRow("size with a unit")
        << "alert"
        << QByteArray(R"({"evidence":[{"@odata.type":"#microsoft.graph.security.processEvidence",
            "imageFile":{"fileSize":"12kb"}}]})")
        << "evidence[0].imageFile.fileSize: expected an integer, got \"12kb\"";
    QTest::newRow("fractional pid")
        << "alert"
        << QByteArray(R"({"evidence":[{"@odata.type":"#microsoft.graph.security.processEvidence",
            "processId":1.5}]})")
        << "evidence[0].processId: expected an integer, got 1.5";
    QTest::newRow("pid is a boolean")
        << "alert"
        << QByteArray(R"({"evidence":[{"@odata.type":"#microsoft.graph.security.processEvidence",
            "processId":true}]})")
        << "evidence[0].processId: expected an integer, got a boolean";
    QTest::newRow("evidence is an object") << "alert" << QByteArray(R"({"evidence":{}})")
                                           << "evidence: expected an array, got an object";
    QTest::newRow("evidence item is an array")
        << "alert" << QByteArray(R"({"evidence":[[]]})")
        << "evidence[0]: expected an evidence object, got an array";
    QTest::newRow("evidence item is null") << "alert" << QByteArray(R"({"evidence":[null]})")
                                           << "evidence[0]: expected an evidence object, got null";
    QTest::newRow("odata.type is a number")
        << "alert" << QByteArray(R"({"evidence":[{"@odata.type":7}]})")
        << "evidence[0].@odata.type: expected a string, got a number";
    QTest::newRow("null inside string array")
        << "alert" << QByteArray(R"({"mitreTechniques":["T1059",null]})")
        << "mitreTechniques[1]: expected a string, got null";
    QTest::newRow("comment is a boolean")
        << "alert" << QByteArray(R"({"comments":[{"comment":true}]})")
        << "comments[0].comment: expected a string, got a boolean";
    QTest::newRow("comments is a string") << "incident" << QByteArray(R"({"comments":"none"})")
                                          << "comments: expected an array, got a string";
    QTest::newRow("additionalData is an array")
        << "alert" << QByteArray(R"({"additionalData":[]})")
        << "additionalData: expected an object, got an array";
    QTest::newRow("latitude is a string")
        << "alert"
        << QByteArray(R"({"evidence":[{"@odata.type":"#microsoft.graph.security.ipEvidence",
            "location":{"latitude":"52.1"}}]})")
        << "evidence[0].location.latitude: expected a number, got a string";
    QTest::newRow("location is an array")
        << "alert"
        << QByteArray(R"({"evidence":[{"@odata.type":"#microsoft.graph.security.ipEvidence",
            "location":[]}]})")
        << "evidence[0].location: expected an object, got an array";
    QTest::newRow("enum in vmMetadata is a number")
        << "alert"
        << QByteArray(R"({"evidence":[{"@odata.type":"#microsoft.graph.security.deviceEvidence",
            "vmMetadata":{"cloudProvider":1}}]})")
        << "evidence[0].vmMetadata.cloudProvider: expected a string, got a number";
    QTest::newRow("ipInterfaces is a string")
        << "alert"
        << QByteArray(R"({"evidence":[{"@odata.type":"#microsoft.graph.security.deviceEvidence",
            "ipInterfaces":"10.0.0.4"}]})")
        << "evidence[0].ipInterfaces: expected an array of strings, got a string";
    QTest::newRow("priorityScore is a word")
        << "incident" << QByteArray(R"({"priorityScore":"high"})")
        << "priorityScore: expected an integer, got \"high\"";
    QTest::newRow("priorityScore too big for a double")
        << "incident" << QByteArray(R"({"priorityScore":1e300})")
        << "priorityScore: expected an integer, got 1e+300";
    QTest::newRow("incident id is a number")
        << "incident" << QByteArray(R"({"id":2972395})") << "id: expected a string, got a number";
    QTest::newRow("alerts is an object") << "incident" << QByteArray(R"({"alerts":{"value":[]}})")
                                         << "alerts: expected an array, got an object";
    QTest::newRow("alert in alerts is a string")
        << "incident" << QByteArray(R"({"alerts":["da63"]})")
        << "alerts[0]: expected an object, got a string";
    QTest::newRow("unknown subtype, bad base member")
        << "alert"
        << QByteArray(R"({"evidence":[{"@odata.type":"#microsoft.graph.security.dnsEvidence",
            "verdict":false,"domainName":"x"}]})")
        << "evidence[0].verdict: expected a string, got a boolean";
}

void TestCodec::wrongTypes()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, json);
    QFETCH(QString, error);

    QString parseError;
    const auto obj = wire::parseObject(json, &parseError);
    QVERIFY2(obj, qPrintable(parseError));
    QString message = QStringLiteral("untouched");
    bool decoded;
    if (kind == u"incident")
        decoded = wire::decode<Incident>(*obj, &message).has_value();
    else
        decoded = wire::decode<Alert>(*obj, &message).has_value();
    QVERIFY(!decoded);
    QCOMPARE(message, error);
    // No error sink: same answer, no crash.
    if (kind == u"incident")
        QVERIFY(!wire::decode<Incident>(*obj));
    else
        QVERIFY(!wire::decode<Alert>(*obj));
}

void TestCodec::wrongTopLevel()
{
    QString error;
    QVERIFY(!wire::decode<Alert>(QJsonArray {1, 2}, &error));
    QCOMPARE(error, QStringLiteral("expected an object, got an array"));
    QVERIFY(!wire::decode<Incident>(QJsonValue(QStringLiteral("2972395")), &error));
    QCOMPARE(error, QStringLiteral("expected an object, got a string"));
    QVERIFY(!wire::decode<Incident>(QJsonValue(QJsonValue::Null), &error));
    QCOMPARE(error, QStringLiteral("expected an object, got null"));
    QVERIFY(!wire::decode<Alert>(QJsonValue(QJsonValue::Undefined), &error));
    QCOMPARE(error, QStringLiteral("expected an object, got nothing"));
    QVERIFY(!wire::decode<Evidence>(QJsonValue(3.5), &error));
    QCOMPARE(error, QStringLiteral("expected an evidence object, got a number"));

    // A whole collection page passed where one incident is expected decodes to an
    // incident with only unknown members, not an error: check that is what happens.
    const auto page = wire::decode<Incident>(fixtureObject(QStringLiteral("incidents_list.json")));
    QVERIFY(page);
    QVERIFY(page->id.isMissing());
    QCOMPARE(page->extra.size(), 3);
}

void TestCodec::deepNesting()
{
    // Past the parser's nesting limit: an error, not a stack overflow.
    for (const int depth : {2000, 100000}) {
        const QByteArray deepArray = QByteArray(depth, '[') + QByteArray(depth, ']');
        QString error;
        QVERIFY(!wire::parseJson(deepArray, &error));
        QVERIFY2(error.startsWith(u"malformed JSON at offset"), qPrintable(error));

        QByteArray deepObject;
        for (int i = 0; i < depth; ++i)
            deepObject += "{\"a\":";
        deepObject += "1" + QByteArray(depth, '}');
        error.clear();
        QVERIFY(!wire::parseObject(deepObject, &error));
        QVERIFY2(error.startsWith(u"malformed JSON at offset"), qPrintable(error));
    }

    // Deep but legal, inside open members: kept whole through a round trip.
    QByteArray nested = "{\"level\":0}";
    for (int i = 1; i < 500; ++i)
        nested = "{\"level\":" + QByteArray::number(i) + ",\"inner\":[" + nested + "]}";
    const QByteArray body = R"({"id":"deep","additionalData":)" + nested + R"(,"x-unknown":)"
        + nested + R"(,"evidence":[{"@odata.type":
        "#microsoft.graph.security.kubernetesPodEvidence","spec":)"
        + nested + "}]}";
    QString error;
    const auto obj = wire::parseObject(body, &error);
    QVERIFY2(obj, qPrintable(error));
    const auto alert = wire::decode<Alert>(*obj, &error);
    QVERIFY2(alert, qPrintable(error));
    QCOMPARE(alert->additionalData->value(u"level").toInt(), 499);
    QCOMPARE(wire::encode(*alert), *obj);
}

void TestCodec::hugeInput()
{
    // 20000 evidence items and a 4 MB title.
    QJsonArray evidence;
    for (int i = 0; i < 20000; ++i) {
        evidence.append(QJsonObject {{QStringLiteral("@odata.type"),
                                         QStringLiteral("#microsoft.graph.security.urlEvidence")},
            {QStringLiteral("url"), QString(u"https://example.org/" + QString::number(i))},
            {QStringLiteral("roles"), QJsonArray {QStringLiteral("contextual")}}});
    }
    const QString title(4 * 1024 * 1024, u'x');
    const QJsonObject big {
        {QStringLiteral("title"), title}, {QStringLiteral("evidence"), evidence}};
    const QByteArray bytes = QJsonDocument(big).toJson(QJsonDocument::Compact);
    QString error;
    const auto obj = wire::parseObject(bytes, &error);
    QVERIFY2(obj, qPrintable(error));
    const auto alert = wire::decode<Alert>(*obj, &error);
    QVERIFY2(alert, qPrintable(error));
    QCOMPARE(alert->evidence->size(), 20000);
    QCOMPARE(alert->evidence->at(19999).as<UrlEvidence>()->url.value(),
        QStringLiteral("https://example.org/19999"));
    QCOMPARE(alert->title->size(), title.size());

    // One bad item at the end of a long list is still found and named.
    QJsonArray withBad = evidence;
    withBad.append(QJsonObject {
        {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.security.urlEvidence")},
        {QStringLiteral("url"), 404}});
    QVERIFY(!wire::decode<Alert>(QJsonObject {{QStringLiteral("evidence"), withBad}}, &error));
    QCOMPARE(error, QStringLiteral("evidence[20000].url: expected a string, got a number"));
}

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
