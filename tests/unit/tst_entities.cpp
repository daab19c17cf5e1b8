// describeEntity(): what the attack story, the assets tab and the entity pages show for
// each evidence type of the all-evidence fixture.
#include "domain/entities.h"
#include "item/entityindex.h"
#include "wire/codec.h"
#include "wire/schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wf;

class TestEntities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describesEveryKnownType();
    void keysAreIdentities();
    void impactedAssetsMergeTheVmDevice();
    void evidenceKeysFollowTheRule();
};

namespace {
QByteArray fixtureBytes()
{
    QFile f(QStringLiteral(WF_FIXTURES_DIR "/alert_all_evidence.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture missing");
    return f.readAll();
}

Alert fixtureAlert()
{
    QString error;
    const std::optional<Alert> a
        = wire::decode<Alert>(QJsonDocument::fromJson(fixtureBytes()).object(), &error);
    if (!a)
        qFatal("fixture does not decode: %s", qPrintable(error));
    return *a;
}
} // namespace

void TestEntities::describesEveryKnownType()
{
    const QList<Evidence> ev = fixtureAlert().evidence.value();
    QList<EntityInfo> d;
    for (const Evidence &e : ev)
        d << describeEntity(e);

    QCOMPARE(d[0].type, EntityType::CloudResource);
    QCOMPARE(d[0].provider, CloudProvider::Azure);
    QCOMPARE(d[0].name, QStringLiteral("vm-web-01"));
    QCOMPARE(d[0].subscription, QStringLiteral("3a2f5d1e-0000-4000-8000-000000000001"));
    QCOMPARE(d[0].resourceType, QStringLiteral("Virtual Machine"));
    QVERIFY(d[0].key.startsWith(QStringLiteral("res:/subscriptions/3a2f5d1e")));
    QCOMPARE(d[0].roles.value(0), EvidenceRole::attacked);

    QCOMPARE(d[1].provider, CloudProvider::Aws);
    QCOMPARE(d[1].subscription, QStringLiteral("123456789012"));
    QCOMPARE(d[1].resourceId, QStringLiteral("arn:aws:s3:::wf-audit-logs"));
    QCOMPARE(d[1].region, QString()); // an S3 ARN names no region

    QCOMPARE(d[2].provider, CloudProvider::Gcp);
    QCOMPARE(d[2].subscription, QStringLiteral("wf-prod"));
    QCOMPARE(d[2].region, QStringLiteral("europe-west1-b"));
    QCOMPARE(d[2].resourceType, QStringLiteral("compute.instances"));

    QCOMPARE(d[3].type, EntityType::Device);
    QCOMPARE(d[3].name, QStringLiteral("vm-web-01"));
    QCOMPARE(d[3].provider, CloudProvider::Azure);
    QCOMPARE(d[3].resourceId, d[0].resourceId);
    QCOMPARE(d[3].key, QStringLiteral("host:vm-web-01"));

    QCOMPARE(d[4].type, EntityType::Ip);
    QCOMPARE(d[4].name, QStringLiteral("203.0.113.7"));
    QCOMPARE(d[5].type, EntityType::Account);
    QCOMPARE(d[5].name, QStringLiteral("kai@contoso.com"));
    QCOMPARE(d[6].type, EntityType::Process);
    QCOMPARE(d[6].name, QStringLiteral("powershell.exe"));
    QVERIFY(d[6].key.startsWith(QStringLiteral("proc:73e7e2de")));
    QCOMPARE(d[7].type, EntityType::File);
    QVERIFY(d[7].key.startsWith(QStringLiteral("file:")));
    QCOMPARE(d[8].type, EntityType::Url);
    QCOMPARE(d[9].type, EntityType::CloudApp);
    QCOMPARE(d[10].type, EntityType::Mailbox);
    QCOMPARE(d[11].type, EntityType::Registry);
    QCOMPARE(d[12].type, EntityType::Registry);
    QCOMPARE(d[13].type, EntityType::OauthApp);
    QCOMPARE(d[14].type, EntityType::SecurityGroup);
    QCOMPARE(d[15].type, EntityType::Other); // kubernetesPodEvidence: not known by name
    QCOMPARE(d[15].name, QStringLiteral("kubernetesPodEvidence"));
    for (int i = 0; i < 15; ++i) {
        QVERIFY2(!d[i].name.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(!d[i].key.isEmpty(), qPrintable(QString::number(i)));
    }
}

void TestEntities::keysAreIdentities()
{
    // Same resource, other spelling of case: one entity. Other IP: another.
    Evidence a, b, c;
    a.make<AzureResourceEvidence>().resourceId = QStringLiteral("/subscriptions/S/resourceGroups/RG/providers/Microsoft.Compute/virtualMachines/VM1");
    b.make<AzureResourceEvidence>().resourceId = QStringLiteral("/subscriptions/s/resourcegroups/rg/providers/microsoft.compute/virtualmachines/vm1");
    QCOMPARE(describeEntity(a).key, describeEntity(b).key);
    QCOMPARE(describeEntity(a).resourceType, QStringLiteral("Microsoft.Compute/virtualMachines"));
    QCOMPARE(describeEntity(a).name, QStringLiteral("VM1"));
    c.make<IpEvidence>().ipAddress = QStringLiteral("10.0.0.1");
    QVERIFY(describeEntity(c).key != describeEntity(a).key);
    QCOMPARE(entityTypeName(EntityType::CloudResource), QLatin1StringView("cloudResource"));
    QCOMPARE(cloudProviderName(CloudProvider::Gcp), QLatin1StringView("gcp"));
}

void TestEntities::impactedAssetsMergeTheVmDevice()
{
    auto entity = [](EntityType type, const char *name, const char *id = "") {
        EntityInfo e;
        e.type = type;
        e.name = QString::fromLatin1(name);
        e.resourceId = QString::fromLatin1(id);
        e.key = e.name;
        return e;
    };
    const QList<EntityInfo> all = {
        entity(EntityType::Device, "web-03"),
        entity(EntityType::CloudResource, "vm1", "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1"),
        entity(EntityType::Device, "VM1"), // the resource's VM by name, any case
        entity(EntityType::Account, "ana@contoso.com"),
        entity(EntityType::Device, "web-02", "/SUBSCRIPTIONS/S/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/VM1"), // by id
        entity(EntityType::CloudResource, "bucket", "arn:aws:s3:::bucket"),
    };
    QStringList names;
    for (const EntityInfo &e : item::impactedAssets(all))
        names << e.name;
    // Resources first, in order; then the devices that are not one of them.
    QCOMPARE(names, (QStringList{QStringLiteral("vm1"), QStringLiteral("bucket"), QStringLiteral("web-03")}));
}

// The entity index reads each evidence item's identity from the alert's bytes, taking only
// the members describeEntity() makes a key of: for every evidence type of the fixture, and
// for the same alert written with its members reversed and its strings escaped, the keys
// are the ones the whole decoded alert gives.
void TestEntities::evidenceKeysFollowTheRule()
{
    QStringList expected;
    const Alert alert = fixtureAlert();
    for (const Evidence &e : alert.evidence.value())
        expected << describeEntity(e).key;
    QVERIFY(expected.size() >= 13);
    QCOMPARE(item::evidenceKeys(fixtureBytes()), expected);

    // Members written in reverse order (QJsonDocument would sort them) and a \u-escaped
    // letter, as any server may send them.
    std::function<QByteArray(const QJsonValue &)> reversed
        = [&](const QJsonValue &v) -> QByteArray {
        QByteArrayList parts;
        if (v.isArray()) {
            for (const QJsonValue &e : v.toArray())
                parts << reversed(e);
            return '[' + parts.join(',') + ']';
        }
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.end(); it != o.begin();) {
                --it;
                parts << reversed(it.key()) + ':' + reversed(it.value());
            }
            return '{' + parts.join(',') + '}';
        }
        const QByteArray one = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
        return one.mid(1, one.size() - 2);
    };
    QByteArray bytes = reversed(QJsonDocument::fromJson(fixtureBytes()).object());
    QVERIFY(bytes.indexOf("\"@odata.type\"") > bytes.indexOf("\"resourceId\""));
    bytes.replace("vm-web-01", "vm-\\u0077eb-01");
    bytes.replace("\"evidence\":[", "\"evidence\":[7,\"text\",");
    QVERIFY(bytes.contains("\\u0077"));
    QCOMPARE(item::evidenceKeys(bytes), expected);
    QCOMPARE(item::evidenceKeys("not json"), QStringList());
}

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
