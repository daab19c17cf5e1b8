// --import: Graph-shaped incidents and alerts loaded into a tenant come back over the API
// as they went in (ids, unknown members), and a bad file stops the start with a reason.
#include "apiclient.h"
#include "serverhost.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace wf;
using namespace wf::apitest;

// Declared before the raw string literals below, which moc does not read past.
class ImportTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importedDataIsServed();
    void malformedFileStopsStart();
    void invalidItemNamesItsPlace();
};


namespace {

const char *kListResponse = R"({
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#security/incidents",
  "value": [
    {
      "@odata.type": "#microsoft.graph.security.incident",
      "id": "424242",
      "displayName": "Imported multi-stage incident",
      "status": "Active",
      "severity": "high",
      "createdDateTime": "2026-11-01T08:00:00.1234567Z",
      "lastUpdateDateTime": "2026-11-01T09:00:00Z",
      "customTags": ["imported"],
      "futureIncidentField": {"nested": [1, 2, 3]},
      "alerts": [
        {
          "@odata.type": "#microsoft.graph.security.alert",
          "id": "imp-1",
          "title": "Suspicious login",
          "status": "new",
          "severity": "medium",
          "serviceSource": "microsoftDefenderForCloud",
          "createdDateTime": "2026-11-01T08:00:00Z",
          "evidence": [
            {"@odata.type": "#microsoft.graph.security.kubernetesPodEvidence",
             "createdDateTime": "2026-11-01T08:00:00Z", "verdict": "suspicious",
             "remediationStatus": "none", "name": "web-7f9", "labels": {"app": "web"}}
          ]
        },
        {
          "id": "imp-2",
          "title": "Data exfiltration",
          "status": "inProgress",
          "severity": "high",
          "serviceSource": "microsoftDefenderForCloud",
          "createdDateTime": "2026-11-01T08:30:00Z"
        }
      ]
    }
  ]
})";

const char *kAlertArray = R"([
  {"id": "loose-1", "title": "No incident yet", "status": "new", "severity": "low",
   "serviceSource": "microsoftDefenderForCloud", "createdDateTime": "2026-11-02T10:00:00Z",
   "evidence": [{"@odata.type": "#microsoft.graph.security.ipEvidence", "ipAddress": "203.0.113.9",
                 "createdDateTime": "2026-11-02T10:00:00Z", "verdict": "malicious", "remediationStatus": "none"}]},
  {"id": "dangling-1", "incidentId": "777", "title": "Names an incident we do not have",
   "status": "new", "severity": "medium", "serviceSource": "microsoftDefenderForCloud",
   "createdDateTime": "2026-11-03T10:00:00Z"}
])";

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QLatin1StringView(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

void ImportTest::importedDataIsServed()
{
    QTemporaryDir dir;
    server::ServerConfig config;
    config.dbPath = dir.filePath(QStringLiteral("t.sqlite"));
    config.importFiles = {write(dir, "list.json", kListResponse), write(dir, "array.json", kAlertArray)};
    server::ServerHost host;
    QString error;
    QVERIFY2(host.start(config, &error), qPrintable(error));
    const server::ServerInfo &info = host.info();
    QCOMPARE(info.alerts, 4);
    QCOMPARE(info.incidents, 3); // the imported one, one made by correlation, one for 777

    Client client;
    client.setBaseUrl(info.baseUrl);
    QString secret;
    for (const auto &c : info.credentials) {
        if (c.login.startsWith(QLatin1StringView("admin@")))
            secret = c.secret;
    }
    const Reply token = client.send("POST", u'/' + info.tenantId + QStringLiteral("/oauth2/v2.0/token"),
                                    encodeQuery({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                                 {QStringLiteral("username"), QStringLiteral("admin@") + info.domain},
                                                 {QStringLiteral("password"), secret}})
                                        .mid(1)
                                        .toLatin1(),
                                    {{"Content-Type", "application/x-www-form-urlencoded"}});
    QVERIFY2(token.status == 200, token.describe().constData());
    const Headers auth = bearer(token.json().value(QStringLiteral("access_token")).toString());

    const Reply incident = client.send("GET", QStringLiteral("/v1.0/security/incidents/424242?$expand=alerts"), {}, auth);
    QVERIFY2(incident.status == 200, incident.describe().constData());
    const QJsonObject o = incident.json();
    QCOMPARE(o.value(QStringLiteral("displayName")).toString(), QStringLiteral("Imported multi-stage incident"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("active")); // PascalCase normalised
    QCOMPARE(o.value(QStringLiteral("createdDateTime")).toString(), QStringLiteral("2026-11-01T08:00:00.1234567Z"));
    QCOMPARE(o.value(QStringLiteral("futureIncidentField")).toObject(),
             QJsonObject({{QStringLiteral("nested"), QJsonArray{1, 2, 3}}}));
    const QJsonArray alerts = o.value(QStringLiteral("alerts")).toArray();
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts.at(0).toObject().value(QStringLiteral("incidentId")).toString(), QStringLiteral("424242"));
    const QJsonObject pod = alerts.at(0).toObject().value(QStringLiteral("evidence")).toArray().at(0).toObject();
    QCOMPARE(pod.value(QStringLiteral("@odata.type")).toString(), QStringLiteral("#microsoft.graph.security.kubernetesPodEvidence"));
    QCOMPARE(pod.value(QStringLiteral("labels")).toObject().value(QStringLiteral("app")).toString(), QStringLiteral("web"));

    const Reply loose = client.send("GET", QStringLiteral("/v1.0/security/alerts_v2/loose-1"), {}, auth);
    QVERIFY2(loose.status == 200, loose.describe().constData());
    const QString looseIncident = loose.json().value(QStringLiteral("incidentId")).toString();
    QVERIFY(!looseIncident.isEmpty());
    QVERIFY(looseIncident != QStringLiteral("424242"));
    const Reply made = client.send("GET", QStringLiteral("/v1.0/security/incidents/") + looseIncident, {}, auth);
    QVERIFY2(made.status == 200, made.describe().constData());
    QCOMPARE(made.json().value(QStringLiteral("severity")).toString(), QStringLiteral("low"));

    const Reply dangling = client.send("GET", QStringLiteral("/v1.0/security/incidents/777"), {}, auth);
    QVERIFY2(dangling.status == 200, dangling.describe().constData());
    QCOMPARE(dangling.json().value(QStringLiteral("displayName")).toString(), QStringLiteral("Names an incident we do not have"));

    // Importing again on restart does not duplicate what is there.
    host.stop();
    QVERIFY2(host.start(config, &error), qPrintable(error));
    QCOMPARE(host.info().alerts, 4);
}

void ImportTest::malformedFileStopsStart()
{
    QTemporaryDir dir;
    server::ServerConfig config;
    config.dbPath = dir.filePath(QStringLiteral("t.sqlite"));
    config.importFiles = {write(dir, "broken.json", R"({"value": [ {"id": "1", )")};
    server::ServerHost host;
    QString error;
    QVERIFY(!host.start(config, &error));
    QVERIFY2(error.contains(QStringLiteral("broken.json")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("offset")), qPrintable(error));
    QVERIFY(!host.isRunning());
}

void ImportTest::invalidItemNamesItsPlace()
{
    QTemporaryDir dir;
    server::ServerConfig config;
    config.dbPath = dir.filePath(QStringLiteral("t.sqlite"));
    config.importFiles = {write(dir, "bad.json", R"([{"id":"a","title":"ok","createdDateTime":"2026-11-01T00:00:00Z"},
                                                     {"id":"b","title":"bad","severity":5}])")};
    server::ServerHost host;
    QString error;
    QVERIFY(!host.start(config, &error));
    QVERIFY2(error.contains(QStringLiteral("item 1")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("severity")), qPrintable(error));
}

QTEST_GUILESS_MAIN(ImportTest)
#include "tst_import.moc"
