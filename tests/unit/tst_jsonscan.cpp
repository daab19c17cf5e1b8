// The byte scanner the sync and the cache read with: its strings, skips and item
// boundaries agree with QJsonDocument on generated documents; malformed and truncated
// input fails without a crash; queue records read from the evidence fixture.
#include "store/queuestore.h"
#include "wire/jsonscan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace wf;

class JsonScanTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsDecodeLikeQJsonDocument();
    void itemsOfGeneratedPages();
    void truncatedPagesFail();
    void malformedStructureFails();
    void alertRecordFromFixture();
    void recordsRejectWhatIsNotAnItem();
    void evidenceKindsInAnySpelling();

private:
    QJsonValue randomValue(QRandomGenerator &rng, int depth);
    QString randomString(QRandomGenerator &rng);
};

QString JsonScanTest::randomString(QRandomGenerator &rng)
{
    static const QStringList pieces = {QStringLiteral("a"), QStringLiteral("vm-web-01"), QStringLiteral("\""),
                                       QStringLiteral("\\"), QStringLiteral("/"), QStringLiteral("\n\t\r"),
                                       QStringLiteral("\u00fc\u00e9"), QStringLiteral("\U0001F512"),
                                       QStringLiteral("\u0001"), QStringLiteral("{[,:]}"), QStringLiteral(" ")};
    QString s;
    const int n = int(rng.bounded(6));
    for (int i = 0; i < n; ++i)
        s += pieces[int(rng.bounded(pieces.size()))];
    return s;
}

QJsonValue JsonScanTest::randomValue(QRandomGenerator &rng, int depth)
{
    switch (rng.bounded(depth > 3 ? 5 : 7)) {
    case 0: return randomString(rng);
    case 1: return double(rng.bounded(100000)) / 7.0;
    case 2: return bool(rng.bounded(2));
    case 3: return QJsonValue(QJsonValue::Null);
    case 4: return QString(randomString(rng) + QStringLiteral("x"));
    case 5: {
        QJsonObject o;
        for (int i = int(rng.bounded(5)); i > 0; --i)
            o.insert(QString(randomString(rng) + QString::number(i)), randomValue(rng, depth + 1));
        return o;
    }
    default: {
        QJsonArray a;
        for (int i = int(rng.bounded(5)); i > 0; --i)
            a.append(randomValue(rng, depth + 1));
        return a;
    }
    }
}

void JsonScanTest::stringsDecodeLikeQJsonDocument()
{
    QRandomGenerator rng(7);
    for (int i = 0; i < 2000; ++i) {
        const QString text = randomString(rng);
        const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        wire::JsonScanner s(json);
        QVERIFY(s.beginArray());
        QVERIFY(s.nextElement());
        const wire::JsonString js = s.string();
        QVERIFY(!js.null);
        QCOMPARE(js.toString(), text);
        QVERIFY(!s.nextElement());
        QVERIFY(s.ok() && s.atEnd());
    }
    // Escapes QJsonDocument never writes but JSON allows.
    const QByteArray json = R"(["\u00fc\/\ud83d\udd12\u0041", 1])";
    wire::JsonScanner s(json);
    s.beginArray();
    s.nextElement();
    QCOMPARE(s.text(), QStringLiteral("\u00fc/\U0001F512A"));
}

void JsonScanTest::itemsOfGeneratedPages()
{
    QRandomGenerator rng(11);
    for (int round = 0; round < 300; ++round) {
        QJsonArray items;
        for (int i = int(rng.bounded(8)); i > 0; --i)
            items.append(randomValue(rng, 0));
        const QJsonObject page{{QStringLiteral("@odata.context"), QStringLiteral("x")},
                               {QStringLiteral("value"), items},
                               {QStringLiteral("@odata.nextLink"), QStringLiteral("http://h/next")}};
        const QByteArray bytes = QJsonDocument(page).toJson(round % 2 ? QJsonDocument::Compact : QJsonDocument::Indented);
        QList<QByteArrayView> found;
        const bool ok = wire::forEachCollectionItem(bytes, [&](wire::JsonScanner &s, auto itemBytes) {
            s.skip();
            found.append(itemBytes());
        });
        QVERIFY(ok);
        QCOMPARE(found, wire::collectionItems(bytes));
        QCOMPARE(found.size(), items.size());
        for (qsizetype i = 0; i < found.size(); ++i) {
            // Each item's bytes are exactly one JSON value, the one generated.
            const QByteArray wrapped = '[' + found[i].toByteArray() + ']';
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(doc.array().at(0), items.at(i));
        }
        wire::JsonScanner whole(bytes);
        whole.skip();
        QVERIFY(whole.ok() && whole.atEnd());
    }
}

void JsonScanTest::truncatedPagesFail()
{
    QRandomGenerator rng(3);
    QJsonArray items;
    for (int i = 0; i < 6; ++i)
        items.append(randomValue(rng, 0));
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("value"), items}}).toJson(QJsonDocument::Compact);
    for (qsizetype cut = 0; cut < bytes.size(); ++cut) {
        const QByteArray part = bytes.first(cut);
        bool ok = true;
        wire::collectionItems(part, &ok);
        QVERIFY2(!ok, part.constData());
        wire::JsonScanner whole(part);
        whole.skip();
        QVERIFY(!whole.ok());
        QVERIFY(whole.errorAt() <= cut);
    }
}

void JsonScanTest::malformedStructureFails()
{
    // What the scanner walks is checked; it stops where the input went wrong.
    struct Case
    {
        QByteArray json;
        qsizetype errorAt;
    };
    const QList<Case> cases = {
        {"{\"a\":1 \"b\":2}", 7},   // missing comma
        {"{\"a\" 1}", 5},           // missing colon
        {"{\"a\":}", 5},            // missing value
        {"[1,]", 3},                // trailing comma
        {"{\"a\":\"x}", 5},          // unclosed string
        {"{\"a\":[1}", 8},           // a bracket that never closes
    };
    for (const Case &c : cases) {
        QByteArrayView key;
        wire::JsonScanner s(c.json);
        if (s.peek() == '{') {
            s.beginObject();
            while (s.nextKey(&key))
                s.skip();
        } else {
            s.beginArray();
            while (s.nextElement())
                s.skip();
        }
        QVERIFY2(!s.ok(), c.json.constData());
        QCOMPARE(s.errorAt(), c.errorAt);
    }
    // Nesting beyond 256 walked levels fails instead of overflowing anything.
    const QByteArray deep = QByteArray(300, '[') + QByteArray(300, ']');
    wire::JsonScanner s(deep);
    bool failed = false;
    for (int i = 0; i < 300 && !failed; ++i)
        failed = !s.beginArray();
    QVERIFY(failed && !s.ok());
}

namespace {
QString text(const store::RecordText &t)
{
    return QString::fromUtf8(t);
}

QStringList texts(const store::RecordTexts &list)
{
    QStringList out;
    for (const store::RecordText &t : list)
        out << text(t);
    return out;
}
} // namespace

void JsonScanTest::alertRecordFromFixture()
{
    QFile f(QStringLiteral(WF_FIXTURES_DIR "/alert_all_evidence.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    bool ok = false;
    const store::AlertRecord r = store::AlertRecord::fromJson(json, &ok);
    QVERIFY(ok);
    QCOMPARE(text(r.id), o.value(QStringLiteral("id")).toString());
    QCOMPARE(text(r.incidentId), o.value(QStringLiteral("incidentId")).toString());
    QCOMPARE(text(r.title), o.value(QStringLiteral("title")).toString());
    QCOMPARE(r.clouds, quint8(store::CloudAzure | store::CloudAws | store::CloudGcp));
    for (const char *asset : {"vm-web-01", "wf-audit-logs", "gke-node-1", "stweb01"})
        QVERIFY2(texts(r.assets).contains(QLatin1StringView(asset)), asset);
    QCOMPARE(texts(r.assets).count(QStringLiteral("vm-web-01")), 1); // resource and host: once
    for (const char *id : {"203.0.113.7", "https://evil.example/stage2?id=42&x=%20y",
             "kai@contoso.com", "arn:aws:s3:::wf-audit-logs"})
        QVERIFY2(texts(r.searchIds).contains(QLatin1StringView(id)), id);
    QStringList tags;
    for (const QJsonValue &t : o.value(QStringLiteral("systemTags")).toArray())
        tags << t.toString();
    tags.removeDuplicates();
    QCOMPARE(texts(r.tags), tags);
    QVERIFY(r.lastUpdate > 0);
    QCOMPARE(text(r.lastUpdateText), o.value(QStringLiteral("lastUpdateDateTime")).toString());
}

void JsonScanTest::recordsRejectWhatIsNotAnItem()
{
    bool ok = true;
    store::AlertRecord::fromJson("[1]", &ok);
    QVERIFY(!ok);
    store::AlertRecord::fromJson("{\"title\":\"no id\"}", &ok);
    QVERIFY(!ok);
    store::AlertRecord::fromJson("{\"id\":\"a\"} trailing", &ok);
    QVERIFY(!ok);
    store::IncidentRecord::fromJson("{\"id\":\"1\",\"displayName\":", &ok);
    QVERIFY(!ok);
    const store::IncidentRecord r = store::IncidentRecord::fromJson(
        R"({"id":"7","customTags":["b"],"systemTags":["a","b"],"displayName":"x \"y\""})", &ok);
    QVERIFY(ok);
    QCOMPARE(
        texts(r.tags), (QStringList {QStringLiteral("b"), QStringLiteral("a")})); // custom first
    QCOMPARE(text(r.displayName), QStringLiteral("x \"y\""));
}

void JsonScanTest::evidenceKindsInAnySpelling()
{
    // The type is matched on its last dotted part in any case, escaped or not; an unknown
    // type adds nothing, and the subscription comes from the first Azure resource id.
    const QByteArray json = R"({"id":"a1","evidence":[
        {"@odata.type":"#microsoft.graph.security.unknownFutureEvidence","resourceName":"ghost"},
        {"@odata.type":"#Microsoft.Graph.Security.AZURERESOURCEEVIDENCE","resourceName":"vm1",
         "resourceId":"/SUBSCRIPTIONS/1111-2222/resourceGroups/rg/providers/x/vm1"},
        {"@odata.type":"#microsoft.graph.security.ip\u0045vidence","ipAddress":"198.51.100.4"},
        {"@odata.type":"amazonResourceEvidence","resourceName":"bucket","amazonResourceId":"arn:aws:s3:::bucket",
         "amazonAccountId":"999"},
        {"@odata.type":"#microsoft.graph.security.ipEvidenceX","ipAddress":"203.0.113.99"},
        {"@odata.type":"#microsoft.graph.security.fileEvidence","fileDetails":{"fileName":"a.exe","sha256":"ab"}}
    ]})";
    bool ok = false;
    const store::AlertRecord r = store::AlertRecord::fromJson(json, &ok);
    QVERIFY(ok);
    QCOMPARE(r.clouds, quint8(store::CloudAzure | store::CloudAws));
    QCOMPARE(texts(r.assets), (QStringList {QStringLiteral("vm1"), QStringLiteral("bucket")}));
    QCOMPARE(texts(r.searchIds),
        (QStringList {QStringLiteral("/SUBSCRIPTIONS/1111-2222/resourceGroups/rg/providers/x/vm1"),
            QStringLiteral("198.51.100.4"), QStringLiteral("arn:aws:s3:::bucket"),
            QStringLiteral("a.exe"), QStringLiteral("ab")}));
    QCOMPARE(text(r.subscription), QStringLiteral("1111-2222"));

    // Not an Azure id: no subscription from it; an AWS account later still counts.
    const store::AlertRecord aws = store::AlertRecord::fromJson(R"({"id":"a2","evidence":[
        {"@odata.type":"#microsoft.graph.security.azureResourceEvidence","resourceId":"/providers/x"},
        {"@odata.type":"#microsoft.graph.security.amazonResourceEvidence","amazonAccountId":"999"}]})", &ok);
    QVERIFY(ok);
    QCOMPARE(text(aws.subscription), QStringLiteral("999"));
}

QTEST_GUILESS_MAIN(JsonScanTest)
#include "tst_jsonscan.moc"
