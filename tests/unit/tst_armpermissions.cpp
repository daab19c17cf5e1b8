// Unit tests for the Azure RBAC permission evaluator the console and the simulator share.
#include "wire/armpermissions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace wf::wire;
using namespace Qt::StringLiterals;

class ArmPermissionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wildcards_data();
    void wildcards();
    void notActionsSubtractWithinTheirRoleOnly();
    void roundTripsTheAzureShape();
};

void ArmPermissionsTest::wildcards_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("matches");
    QTest::newRow("star") << u"*"_s << u"Microsoft.Security/pricings/write"_s << true;
    QTest::newRow("exact, other case")
        << u"microsoft.security/PRICINGS/write"_s << u"Microsoft.Security/pricings/write"_s << true;
    QTest::newRow("*/read") << u"*/read"_s << u"Microsoft.SecurityInsights/incidents/read"_s
                            << true;
    QTest::newRow("*/read vs write")
        << u"*/read"_s << u"Microsoft.SecurityInsights/incidents/write"_s << false;
    QTest::newRow("star spans slashes")
        << u"Microsoft.Security/*"_s << u"Microsoft.Security/locations/alerts/dismiss/action"_s
        << true;
    QTest::newRow("middle star") << u"Microsoft.Authorization/*/Write"_s
                                 << u"Microsoft.Authorization/roleAssignments/write"_s << true;
    QTest::newRow("middle star needs both ends")
        << u"Microsoft.Authorization/*/Write"_s << u"Microsoft.Authorization/roleAssignments/read"_s
        << false;
    QTest::newRow("prefix only") << u"Microsoft.Security/*"_s
                                 << u"Microsoft.SecurityInsights/alertRules/write"_s << false;
    QTest::newRow("two stars")
        << u"Microsoft.OperationalInsights/workspaces/query/*/read"_s
        << u"Microsoft.OperationalInsights/workspaces/query/SecurityAlert/read"_s << true;
    QTest::newRow("backtracking") << u"*a*b"_s << u"xaxxaxb"_s << true;
    QTest::newRow("no partial") << u"Microsoft.Security/pricings/write"_s
                                << u"Microsoft.Security/pricings/writeX"_s << false;
    QTest::newRow("empty pattern") << QString() << u"x"_s << false;
}

void ArmPermissionsTest::wildcards()
{
    QFETCH(QString, pattern);
    QFETCH(QString, action);
    QFETCH(bool, matches);
    QCOMPARE(ArmPermissions::matches(pattern, action), matches);
}

void ArmPermissionsTest::notActionsSubtractWithinTheirRoleOnly()
{
    ArmPermissions::Entry contributor;
    contributor.actions = {u"*"_s};
    contributor.notActions
        = {u"Microsoft.Authorization/*/Write"_s, u"Microsoft.Security/pricings/write"_s};
    ArmPermissions only {{contributor}};
    QVERIFY(only.allows(u"Microsoft.SecurityInsights/dataConnectors/write"));
    QVERIFY(!only.allows(u"Microsoft.Security/pricings/write"));
    QVERIFY(!only.allows(u"Microsoft.Authorization/roleAssignments/write"));
    // A second role that grants what the first one's NotActions exclude wins.
    ArmPermissions::Entry securityAdmin;
    securityAdmin.actions = {u"*/read"_s, u"Microsoft.Security/*"_s};
    ArmPermissions both {{contributor, securityAdmin}};
    QVERIFY(both.allows(u"Microsoft.Security/pricings/write"));
    QVERIFY(!both.allows(u"Microsoft.Authorization/roleAssignments/write"));
    QVERIFY(!ArmPermissions {}.allows(u"Microsoft.Resources/subscriptions/read"));
}

void ArmPermissionsTest::roundTripsTheAzureShape()
{
    const QByteArray body
        = R"({"value":[{"actions":["*/read"],"notActions":[],"dataActions":[],"notDataActions":[]},
        {"actions":["Microsoft.SecurityInsights/*"],"notActions":["Microsoft.SecurityInsights/incidents/write"],
         "dataActions":["Microsoft.Foo/bar/read"],"notDataActions":[]}]})";
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const ArmPermissions p = ArmPermissions::fromJson(json);
    QCOMPARE(p.entries.size(), 2);
    QCOMPARE(p.entries[1].dataActions, QStringList {u"Microsoft.Foo/bar/read"_s});
    QVERIFY(p.allows(u"Microsoft.SecurityInsights/alertRules/write"));
    QVERIFY(p.allows(u"Microsoft.SecurityInsights/incidents/read")); // through the first entry
    QVERIFY(!p.allows(u"Microsoft.SecurityInsights/incidents/write"));
    QCOMPARE(p.toJson(), json);
    QVERIFY(ArmPermissions::fromJson(QJsonObject {{u"value"_s, QJsonArray()}}).entries.isEmpty());
}

QTEST_GUILESS_MAIN(ArmPermissionsTest)
#include "tst_armpermissions.moc"
