// Unit tests for the OData $filter/$orderby parser, its evaluator and Graph's property tables.
#include "domain/alert.h"
#include "wire/codec.h"
#include "wire/graphproperties.h"
#include "wire/odata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wf;
using namespace wf::odata;

namespace {

QJsonObject fixtureObject(const char *name)
{
    QFile f(QStringLiteral(WF_FIXTURES_DIR "/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

template<class T>
QList<T> decodeList(const char *fixture)
{
    QList<T> out;
    const QJsonArray values = fixtureObject(fixture).value(u"value").toArray();
    for (const QJsonValue &v : values) {
        QString error;
        auto item = wire::decode<T>(v, &error);
        if (!item)
            qFatal("fixture %s does not decode: %s", fixture, qPrintable(error));
        out.append(*item);
    }
    return out;
}

const char *opName(CompareOp op)
{
    switch (op) {
    case CompareOp::Eq:
        return "eq";
    case CompareOp::Ne:
        return "ne";
    case CompareOp::Gt:
        return "gt";
    case CompareOp::Ge:
        return "ge";
    case CompareOp::Lt:
        return "lt";
    case CompareOp::Le:
        return "le";
    }
    return "?";
}

// The AST as an S-expression, literals written back with odata::literal().
QString dump(const Filter &f, int i)
{
    const Node &n = f.node(i);
    switch (n.kind) {
    case Node::And:
        return u"(and " + dump(f, n.left) + u' ' + dump(f, n.right) + u')';
    case Node::Or:
        return u"(or " + dump(f, n.left) + u' ' + dump(f, n.right) + u')';
    case Node::Not:
        return u"(not " + dump(f, n.left) + u')';
    case Node::Compare:
    case Node::In: {
        const PropertyDef &p = f.properties().at(n.property);
        QString s = u'(' + QString::fromLatin1(n.kind == Node::In ? "in" : opName(n.op)) + u' '
            + QString(p.name);
        for (const Value &v : n.values)
            s += u' ' + literal(v, p);
        return s + u')';
    }
    }
    return QStringLiteral("?");
}

QString dump(const Filter &f)
{
    return f.isEmpty() ? QStringLiteral("(all)") : dump(f, f.root());
}

template<class T>
QString matchingIds(const QString &filterText, const QList<PropertyDef> &props,
    const QList<T> &items, Value (*get)(const T &, int), QString *error)
{
    Filter filter;
    if (!parseFilter(filterText, props, &filter, error))
        return QStringLiteral("<parse error>");
    QStringList ids;
    for (const T &item : items) {
        if (filter.matches([&](int p) { return get(item, p); }))
            ids << item.id.value();
    }
    return ids.join(u',');
}

} // namespace

class TestOData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void propertyTables();
    void propertyValues();
    void parseAccepts_data();
    void parseAccepts();
    void parseErrors_data();
    void parseErrors();
    void parseErrorWithoutSink();
    void incidentMatches_data();
    void incidentMatches();
    void alertMatches_data();
    void alertMatches();
    void expandedIncidentMatches();
    void compareAndLiteral();
    void orderBy_data();
    void orderBy();
};

void TestOData::propertyTables()
{
    QStringList names;
    for (const PropertyDef &p : incidentProperties())
        names << QString(p.name);
    // Graph list-incidents documents exactly these as filterable.
    QCOMPARE(names,
        (QStringList {QStringLiteral("assignedTo"), QStringLiteral("classification"),
            QStringLiteral("createdDateTime"), QStringLiteral("determination"),
            QStringLiteral("lastUpdateDateTime"), QStringLiteral("severity"),
            QStringLiteral("status")}));
    const auto &inc = incidentProperties();
    QVERIFY(inc[int(IncidentProperty::AssignedTo)].type == PropertyType::String);
    QVERIFY(inc[int(IncidentProperty::CreatedDateTime)].type == PropertyType::DateTime);
    QVERIFY(inc[int(IncidentProperty::LastUpdateDateTime)].type == PropertyType::DateTime);
    QVERIFY(inc[int(IncidentProperty::Status)].type == PropertyType::Enum);
    QVERIFY(inc[int(IncidentProperty::Status)].enumNames == &EnumInfo<IncidentStatus>::names());
    QVERIFY(inc[int(IncidentProperty::Severity)].enumNames == &EnumInfo<AlertSeverity>::names());
    QVERIFY(inc[int(IncidentProperty::Classification)].enumNames
        == &EnumInfo<AlertClassification>::names());
    QVERIFY(inc[int(IncidentProperty::Determination)].enumNames
        == &EnumInfo<AlertDetermination>::names());
    for (const PropertyDef &p : inc)
        QVERIFY((p.type == PropertyType::Enum) == (p.enumNames != nullptr));

    const auto &al = alertProperties();
    QCOMPARE(al.size(), 8);
    QCOMPARE(QString(al[int(AlertProperty::Status)].name), QStringLiteral("status"));
    QVERIFY(al[int(AlertProperty::Status)].enumNames == &EnumInfo<AlertStatus>::names());
    QCOMPARE(QString(al[int(AlertProperty::ServiceSource)].name), QStringLiteral("serviceSource"));
    QVERIFY(al[int(AlertProperty::ServiceSource)].enumNames == &EnumInfo<ServiceSource>::names());
    for (int i = 0; i < 7; ++i) {
        if (i != int(AlertProperty::Status))
            QCOMPARE(QString(al[i].name), QString(inc[i].name));
    }
    // investigationState is documented as NOT filterable.
    for (const PropertyDef &p : al)
        QVERIFY(p.name != QLatin1StringView("investigationState"));
}

void TestOData::propertyValues()
{
    const auto incidents = decodeList<Incident>("incidents_list.json");
    QCOMPARE(incidents.size(), 5);
    const Incident &i1 = incidents[0], &i2 = incidents[1], &i3 = incidents[2];
    QVERIFY(incidentValue(i1, int(IncidentProperty::AssignedTo))
        == Value(QStringLiteral("kai@contoso.com")));
    QVERIFY(std::holds_alternative<Null>(incidentValue(i2, int(IncidentProperty::AssignedTo))));
    QVERIFY(incidentValue(i1, int(IncidentProperty::Status)) == Value(0));
    QVERIFY(incidentValue(i1, int(IncidentProperty::Severity)) == Value(4));
    QVERIFY(incidentValue(i1, int(IncidentProperty::Determination)) == Value(2));
    QVERIFY(std::holds_alternative<Null>(incidentValue(i3, int(IncidentProperty::Classification))));
    QVERIFY(std::holds_alternative<Null>(incidentValue(i3, int(IncidentProperty::Determination))));
    Timestamp t;
    QVERIFY(Timestamp::parse(u"2025-02-07T19:01:26.0000001Z", &t));
    QVERIFY(incidentValue(i3, int(IncidentProperty::CreatedDateTime)) == Value(t));
    QVERIFY(
        std::holds_alternative<Null>(incidentValue(Incident {}, int(IncidentProperty::Status))));
    QVERIFY(std::holds_alternative<Null>(incidentValue(i1, 99)));

    const auto alerts = decodeList<Alert>("alerts_list.json");
    QCOMPARE(alerts.size(), 5);
    QVERIFY(alertValue(alerts[0], int(AlertProperty::ServiceSource)) == Value(10));
    QVERIFY(alertValue(alerts[0], int(AlertProperty::Status)) == Value(1));
    QVERIFY(alertValue(alerts[2], int(AlertProperty::Status)) == Value(3)); // "Resolved"
    QVERIFY(alertValue(alerts[4], int(AlertProperty::Status)) == Value(4)); // unknown text
    QVERIFY(std::holds_alternative<Null>(alertValue(alerts[0], int(AlertProperty::AssignedTo))));
}

// ---- parsing

void TestOData::parseAccepts_data()
{
    QTest::addColumn<bool>("alerts");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("ast");

    const auto row = [](const char *tag, const char *filter, const char *ast, bool alerts = false) {
        QTest::newRow(tag) << alerts << QString::fromUtf8(filter) << QString::fromUtf8(ast);
    };
    row("empty", "", "(all)");
    row("blank", "  \t ", "(all)");
    row("eq", "status eq 'active'", "(eq status 'active')");
    row("ne", "status ne 'resolved'", "(ne status 'resolved')");
    row("gt", "createdDateTime gt 2025-02-07T19:01:26Z",
        "(gt createdDateTime 2025-02-07T19:01:26Z)");
    row("ge", "createdDateTime ge 2025-02-07T19:01:26Z",
        "(ge createdDateTime 2025-02-07T19:01:26Z)");
    row("lt", "lastUpdateDateTime lt 2025-02-07T19:01:26.5Z",
        "(lt lastUpdateDateTime 2025-02-07T19:01:26.5000000Z)");
    row("le", "lastUpdateDateTime le 2021-08-13T08:43:35.5533333Z",
        "(le lastUpdateDateTime 2021-08-13T08:43:35.5533333Z)");
    row("enum ordering", "severity ge 'medium'", "(ge severity 'medium')");
    row("datetime with offset", "lastUpdateDateTime lt 2025-02-07T19:01:26-05:00",
        "(lt lastUpdateDateTime 2025-02-08T00:01:26Z)");
    row("quoted datetime", "createdDateTime gt '2025-02-07T20:01:26+01:00'",
        "(gt createdDateTime 2025-02-07T19:01:26Z)");
    row("range (wazuh poller)",
        "lastUpdateDateTime ge 2025-02-07T19:01:26Z and lastUpdateDateTime lt "
        "2025-02-08T00:00:00Z",
        "(and (ge lastUpdateDateTime 2025-02-07T19:01:26Z) (lt lastUpdateDateTime "
        "2025-02-08T00:00:00Z))");
    row("enum case-insensitive", "status eq 'ACTIVE'", "(eq status 'active')");
    row("PascalCase enum", "classification eq 'TruePositive'",
        "(eq classification 'truePositive')");
    row("keywords and names case-insensitive", "STATUS EQ 'active' AND Severity Eq 'HIGH'",
        "(and (eq status 'active') (eq severity 'high'))");
    row("in", "severity in ('high', 'Medium')", "(in severity 'high' 'medium')");
    row("in one", "status in ('active')", "(in status 'active')");
    row("in without spaces", "status in('active','resolved')", "(in status 'active' 'resolved')");
    row("in with null", "assignedTo in ('a@contoso.com', null)",
        "(in assignedTo 'a@contoso.com' null)");
    row("eq null", "assignedTo eq null", "(eq assignedTo null)");
    row("ne null", "classification ne null", "(ne classification null)");
    row("null for datetime", "lastUpdateDateTime eq null", "(eq lastUpdateDateTime null)");
    row("escaped quote", "assignedTo eq 'O''Brien@contoso.com'",
        "(eq assignedTo 'O''Brien@contoso.com')");
    row("empty string", "assignedTo eq ''", "(eq assignedTo '')");
    row("spaces in string", "assignedTo eq '  a b  '", "(eq assignedTo '  a b  ')");
    row("and binds tighter than or (left)",
        "status eq 'active' or severity eq 'high' and classification eq 'truePositive'",
        "(or (eq status 'active') (and (eq severity 'high') (eq classification "
        "'truePositive')))");
    row("and binds tighter than or (right)",
        "severity eq 'high' and classification eq 'truePositive' or status eq 'active'",
        "(or (and (eq severity 'high') (eq classification 'truePositive')) (eq status "
        "'active'))");
    row("parentheses override",
        "(status eq 'active' or severity eq 'high') and classification eq 'truePositive'",
        "(and (or (eq status 'active') (eq severity 'high')) (eq classification "
        "'truePositive'))");
    row("and is left-associative",
        "status eq 'active' and severity eq 'high' and assignedTo eq 'x'",
        "(and (and (eq status 'active') (eq severity 'high')) (eq assignedTo 'x'))");
    row("or is left-associative",
        "status eq 'active' or status eq 'resolved' or status eq 'redirected'",
        "(or (or (eq status 'active') (eq status 'resolved')) (eq status 'redirected'))");
    row("not binds tighter than and", "not status eq 'resolved' and severity eq 'high'",
        "(and (not (eq status 'resolved')) (eq severity 'high'))");
    row("not over parentheses", "not (status eq 'resolved' or status eq 'redirected')",
        "(not (or (eq status 'resolved') (eq status 'redirected')))");
    row("double not", "not not status eq 'active'", "(not (not (eq status 'active')))");
    row("redundant parentheses", "((status eq 'active'))", "(eq status 'active')");
    row("extra whitespace", "  status   eq   'active'  ", "(eq status 'active')");
    row("no space after string", "status eq 'active'and severity eq 'high'",
        "(and (eq status 'active') (eq severity 'high'))");
    row("post-sentinel member", "status eq 'awaitingAction'", "(eq status 'awaitingAction')");
    row("alert status new", "status eq 'new'", "(eq status 'new')", true);
    row("alert serviceSource", "serviceSource eq 'microsoftDefenderForCloud'",
        "(eq serviceSource 'microsoftDefenderForCloud')", true);
    row("alert serviceSource in",
        "serviceSource in ('MicrosoftSentinel', 'microsoftDefenderForCloud')",
        "(in serviceSource 'microsoftSentinel' 'microsoftDefenderForCloud')", true);
}

void TestOData::parseAccepts()
{
    QFETCH(bool, alerts);
    QFETCH(QString, filter);
    QFETCH(QString, ast);
    Filter f;
    QString error;
    QVERIFY2(parseFilter(filter, alerts ? alertProperties() : incidentProperties(), &f, &error),
        qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(dump(f), ast);
    QCOMPARE(f.isEmpty(), ast == u"(all)");

    // What dump() prints is itself a filter with the same tree (minus the prefix notation):
    // re-parsing the literal text of each comparison gives identical values.
    if (!f.isEmpty()) {
        const Node &root = f.node(f.root());
        if (root.kind == Node::Compare) {
            const PropertyDef &p = f.properties().at(root.property);
            const QString again = QString(p.name) + u' ' + QLatin1StringView(opName(root.op)) + u' '
                + literal(root.values.first(), p);
            Filter g;
            QVERIFY2(parseFilter(again, f.properties(), &g, &error), qPrintable(error));
            QCOMPARE(dump(g), ast);
        }
    }
}

void TestOData::parseErrors_data()
{
    QTest::addColumn<bool>("alerts");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("error");

    const auto row
        = [](const char *tag, const char *filter, const char *error, bool alerts = false) {
              QTest::newRow(tag) << alerts << QString::fromUtf8(filter) << QString::fromUtf8(error);
          };
    const char *incidentProps = "assignedTo, classification, createdDateTime, determination, "
                                "lastUpdateDateTime, severity, status";
    const QByteArray unknownTitle = QByteArray("Invalid $filter at position 1: 'title' is not a "
                                               "filterable property; use one of ")
        + incidentProps + ".";
    row("unknown property", "title eq 'x'", unknownTitle.constData());
    row("unknown alert property later on", "status eq 'new' and investigationState eq 'running'",
        "Invalid $filter at position 21: 'investigationState' is not a filterable property; use "
        "one of assignedTo, classification, createdDateTime, determination, lastUpdateDateTime, "
        "severity, status, serviceSource.",
        true);
    const QByteArray unknownServiceSource
        = QByteArray("Invalid $filter at position 1: 'serviceSource' is not a filterable "
                     "property; use one of ")
        + incidentProps + ".";
    row("serviceSource is not an incident property", "serviceSource eq 'microsoftSentinel'",
        unknownServiceSource.constData());
    row("unknown enum value", "status eq 'closed'",
        "Invalid $filter at position 11: 'closed' is not a value of 'status'; use one of active, "
        "resolved, inProgress, redirected, unknownFutureValue, awaitingAction.");
    row("incident status on alerts", "status eq 'active'",
        "Invalid $filter at position 11: 'active' is not a value of 'status'; use one of unknown, "
        "new, inProgress, resolved, unknownFutureValue.",
        true);
    row("doc-only determination", "determination eq 'compromisedUser'",
        "Invalid $filter at position 18: 'compromisedUser' is not a value of 'determination'; use "
        "one of unknown, apt, malware, securityPersonnel, securityTesting, unwantedSoftware, "
        "other, multiStagedAttack, compromisedAccount, phishing, maliciousUserActivity, "
        "notMalicious, notEnoughDataToValidate, confirmedActivity, lineOfBusinessApplication, "
        "unknownFutureValue.");
    row("unknown value inside in", "severity in ('high', 'critical')",
        "Invalid $filter at position 22: 'critical' is not a value of 'severity'; use one of "
        "unknown, informational, low, medium, high, unknownFutureValue.");
    row("missing operator", "status 'active'",
        "Invalid $filter at position 8: expected an operator (eq, ne, gt, ge, lt, le, in) after "
        "'status'.");
    row("missing operator at the end", "status",
        "Invalid $filter at position 7: expected an operator (eq, ne, gt, ge, lt, le, in) after "
        "'status'.");
    row("unknown operator", "status equals 'active'",
        "Invalid $filter at position 8: expected an operator (eq, ne, gt, ge, lt, le, in) after "
        "'status'.");
    row("symbolic operator", "status = 'active'",
        "Invalid $filter at position 8: expected an operator (eq, ne, gt, ge, lt, le, in) after "
        "'status'.");
    row("unterminated string", "assignedTo eq 'kai@contoso.com",
        "Unterminated string literal starting at position 15.");
    row("unterminated after escaped quote", "assignedTo eq 'O''Brien",
        "Unterminated string literal starting at position 15.");
    row("unterminated in list", "status in ('active', 'resolved)",
        "Unterminated string literal starting at position 22.");
    row("trailing garbage", "status eq 'active' severity eq 'high'",
        "Invalid $filter at position 20: expected 'and', 'or' or the end of the filter, found "
        "'severity'.");
    row("trailing parenthesis", "status eq 'active')",
        "Invalid $filter at position 19: expected 'and', 'or' or the end of the filter, found "
        "')'.");
    row("trailing query option", "severity eq 'high' &$top=5",
        "Invalid $filter at position 20: expected 'and', 'or' or the end of the filter, found "
        "'&$top=5'.");
    row("trailing after datetime", "createdDateTime lt 2025-02-07T19:01:26Z)",
        "Invalid $filter at position 40: expected 'and', 'or' or the end of the filter, found "
        "')'.");
    row("gt null", "createdDateTime gt null",
        "Invalid $filter at position 20: null can only be compared with eq or ne.");
    row("le null then more", "severity le null and status eq 'active'",
        "Invalid $filter at position 13: null can only be compared with eq or ne.");
    row("lt null", "assignedTo lt null",
        "Invalid $filter at position 15: null can only be compared with eq or ne.");
    row("unclosed parenthesis", "(status eq 'active'",
        "Invalid $filter at position 20: expected ')'.");
    row("unclosed nested", "status eq 'active' and (severity eq 'high' or (severity eq 'low')",
        "Invalid $filter at position 66: expected ')'.");
    row("missing value", "status eq",
        "Invalid $filter at position 10: 'status' takes a quoted value such as 'active', found "
        "''.");
    row("unquoted enum", "status eq active",
        "Invalid $filter at position 11: 'status' takes a quoted value such as 'active', found "
        "'active'.");
    row("unquoted string", "assignedTo eq kai",
        "Invalid $filter at position 15: 'assignedTo' takes a quoted string, found 'kai'.");
    row("number for string", "assignedTo eq 42",
        "Invalid $filter at position 15: 'assignedTo' takes a quoted string, found '42'.");
    row("word for datetime", "createdDateTime gt 'yesterday'",
        "Invalid $filter at position 20: 'createdDateTime' takes a date and time such as "
        "2025-02-07T19:01:26Z, found 'yesterday'.");
    row("date only", "createdDateTime gt 2025-02-07",
        "Invalid $filter at position 20: 'createdDateTime' takes a date and time such as "
        "2025-02-07T19:01:26Z, found '2025-02-07'.");
    row("impossible date", "createdDateTime gt 2025-02-30T00:00:00Z",
        "Invalid $filter at position 20: 'createdDateTime' takes a date and time such as "
        "2025-02-07T19:01:26Z, found '2025-02-30T00:00:00Z'.");
    row("in without parenthesis", "status in 'active'",
        "Invalid $filter at position 11: expected '(' after 'in'.");
    row("in without comma", "status in ('active' 'resolved')",
        "Invalid $filter at position 21: expected ',' or ')' in the 'in' list.");
    row("empty in", "status in ()",
        "Invalid $filter at position 12: 'status' takes a quoted value such as 'active', found "
        "')'.");
    row("unclosed in", "status in ('active'",
        "Invalid $filter at position 20: expected ',' or ')' in the 'in' list.");
    row("dangling and", "status eq 'active' and",
        "Invalid $filter at position 23: expected a property name, found the end of the filter.");
    row("dangling not", "not",
        "Invalid $filter at position 4: expected a property name, found the end of the filter.");
    row("empty parentheses", "()",
        "Invalid $filter at position 2: expected a property name, found ')'.");
    row("literal first", "'active' eq status",
        "Invalid $filter at position 1: expected a property name, found 'active'.");
    const QByteArray doubleOr
        = QByteArray("Invalid $filter at position 23: 'or' is not a filterable property; use one "
                     "of ")
        + incidentProps + ".";
    row("double or", "status eq 'active' or or severity eq 'high'", doubleOr.constData());
}

void TestOData::parseErrors()
{
    QFETCH(bool, alerts);
    QFETCH(QString, filter);
    QFETCH(QString, error);
    Filter f;
    QString message;
    QVERIFY(!parseFilter(filter, alerts ? alertProperties() : incidentProperties(), &f, &message));
    QCOMPARE(message, error);
}

void TestOData::parseErrorWithoutSink()
{
    Filter f;
    QVERIFY(!parseFilter(QStringLiteral("status eq"), incidentProperties(), &f, nullptr));
    QVERIFY(!parseFilter(QStringLiteral("status eq 'x"), incidentProperties(), &f, nullptr));
    OrderBy o;
    QVERIFY(!parseOrderBy(QStringLiteral("title"), incidentProperties(), &o, nullptr));
    QVERIFY(!parseOrderBy(QStringLiteral("status sideways"), incidentProperties(), &o, nullptr));
    QVERIFY(!parseOrderBy(QStringLiteral("status, severity"), incidentProperties(), &o, nullptr));
    // A filter that held a good parse and then failed one is empty, not a dangling tree.
    QString error;
    QVERIFY(parseFilter(QStringLiteral("status eq 'active' and severity eq 'high'"),
        incidentProperties(), &f, &error));
    QVERIFY(!f.isEmpty());
    QVERIFY(!parseFilter(QStringLiteral("status eq 'closed'"), incidentProperties(), &f, &error));
    QVERIFY(f.isEmpty());
    QVERIFY(f.matches([](int) { return Value(0); }));
    QVERIFY(!parseFilter(QStringLiteral("status eq"), incidentProperties(), &f, nullptr));
    QVERIFY(f.isEmpty());
    // ... and it can be replaced by a good one.
    error.clear();
    QVERIFY(parseFilter(QStringLiteral("status eq 'active'"), incidentProperties(), &f, &error));
    QCOMPARE(dump(f), QStringLiteral("(eq status 'active')"));
}

// ---- evaluation against decoded fixtures

void TestOData::incidentMatches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("ids");

    // incidents_list.json:
    //  1 active/high/truePositive/malware, kai@, created 2025-02-07T19:01:26Z
    //  2 resolved/medium/falsePositive/notMalicious, assignedTo null, created 02-06
    //  3 inProgress/Low/classification null/determination missing, ana@, created 19:01:26 + 1 tick
    //  4 awaitingTriage (unknown)/informational/informationalExpectedActivity, no assignedTo,
    //    created 2025-01-31T23:59:59.9999999-01:00
    //  5 redirected/high/TruePositive/MultiStagedAttack, Kai@ (capital K), created 2024-02-29
    const auto row = [](const char *filter, const char *ids) {
        QTest::newRow(filter) << QString::fromUtf8(filter) << QString::fromUtf8(ids);
    };
    row("", "1,2,3,4,5");
    row("status eq 'active'", "1");
    row("status eq 'Active'", "1");
    row("status ne 'active'", "2,3,4,5");
    row("status eq 'unknownFutureValue'", "4");
    row("status eq 'awaitingAction'", "");
    row("status in ('active', 'inProgress')", "1,3");
    row("severity eq 'high'", "1,5");
    row("severity eq 'low'", "3");
    row("severity gt 'medium'", "1,5");
    row("severity ge 'low'", "1,2,3,5");
    row("severity lt 'low'", "4");
    row("severity le 'unknown'", "");
    row("severity in ('high', 'informational')", "1,4,5");
    row("assignedTo eq null", "2,4");
    row("assignedTo ne null", "1,3,5");
    row("assignedTo eq 'kai@contoso.com'", "1");
    row("assignedTo in ('kai@contoso.com', 'Kai@contoso.com')", "1,5");
    row("assignedTo in ('nobody@contoso.com', null)", "2,4");
    row("assignedTo ne 'kai@contoso.com'", "2,3,4,5");
    row("assignedTo gt 'b'", "1"); // case-sensitive: "Kai@..." < "b" < "kai@..."
    row("classification eq null", "3");
    row("classification ne 'falsePositive'", "1,3,4,5");
    row("classification gt 'unknown'", "1,2,4,5");
    row("determination eq null", "3");
    row("determination eq 'multiStagedAttack'", "5");
    row("classification eq 'truePositive' and determination ne 'malware'", "5");
    row("createdDateTime gt 2025-02-07T19:01:26Z", "3");
    row("createdDateTime ge 2025-02-07T19:01:26Z", "1,3");
    row("createdDateTime lt 2025-02-07T19:01:26Z", "2,4,5");
    row("createdDateTime le 2025-02-07T19:01:26Z", "1,2,4,5");
    row("createdDateTime eq 2025-02-07T20:01:26+01:00", "1");
    row("createdDateTime eq 2025-02-07T19:01:26.0000001Z", "3");
    row("createdDateTime ge 2025-02-01T00:59:59.9999999Z and createdDateTime lt "
        "2025-02-01T01:00:00Z",
        "4");
    row("createdDateTime lt 2025-01-01T00:00:00Z", "5");
    row("createdDateTime eq 2024-02-29T12:00:00Z", "5");
    row("lastUpdateDateTime ge 2025-02-07T19:01:26Z and lastUpdateDateTime lt "
        "2025-02-09T00:00:00Z",
        "1,2");
    row("lastUpdateDateTime lt 2025-02-07T19:01:26Z", "4,5");
    row("lastUpdateDateTime ne null", "1,2,3,4,5");
    row("status eq 'resolved' or severity eq 'high' and classification eq 'truePositive'", "1,2,5");
    row("(status eq 'resolved' or severity eq 'high') and classification eq 'truePositive'", "1,5");
    row("severity eq 'high' and classification eq 'truePositive' or status eq 'resolved'", "1,2,5");
    row("severity eq 'high' and (classification eq 'falsePositive' or status eq 'resolved')", "");
    row("not status eq 'active'", "2,3,4,5");
    row("not (severity eq 'high' or severity eq 'low')", "2,4");
    row("not severity eq 'high' and status ne 'resolved'", "3,4");
    row("not not status eq 'active'", "1");
    row("status in ('active', 'inProgress') and assignedTo ne null", "1,3");
}

void TestOData::incidentMatches()
{
    QFETCH(QString, filter);
    QFETCH(QString, ids);
    const auto incidents = decodeList<Incident>("incidents_list.json");
    QCOMPARE(incidents.size(), 5);
    QString error;
    QCOMPARE(matchingIds<Incident>(filter, incidentProperties(), incidents, &incidentValue, &error),
        ids);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // `not` is the complement.
    if (!filter.isEmpty()) {
        const QString complement = matchingIds<Incident>(
            u"not (" + filter + u')', incidentProperties(), incidents, &incidentValue, &error);
        QStringList expected;
        for (const Incident &i : incidents) {
            if (!ids.split(u',').contains(i.id.value()))
                expected << i.id.value();
        }
        QCOMPARE(complement, expected.join(u','));
    }
}

void TestOData::alertMatches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("ids");
    const auto row = [](const char *filter, const char *ids) {
        QTest::newRow(filter) << QString::fromUtf8(filter) << QString::fromUtf8(ids);
    };
    row("serviceSource eq 'microsoftDefenderForCloud'", "a1");
    row("serviceSource eq 'MICROSOFTDEFENDERFORENDPOINT'", "a3");
    row("serviceSource in ('microsoftSentinel', 'microsoftDefenderForCloud')", "a1,a4");
    row("serviceSource eq 'unknownFutureValue'", "a5");
    row("status eq 'new'", "a1,a4");
    row("status eq 'resolved'", "a3");
    row("status eq 'unknownFutureValue'", "a5");
    row("severity eq 'unknownFutureValue'", "a5");
    row("createdDateTime eq 2025-03-01T09:00:00Z", "a1,a4");
    row("createdDateTime lt 2025-03-01T00:00:00Z", "a3");
    row("status eq 'new' and createdDateTime ge 2025-03-01T09:00:00Z and serviceSource ne "
        "'microsoftSentinel'",
        "a1");
    row("classification eq null and determination eq null", "a1,a4,a5");
    row("assignedTo eq null", "a1,a4,a5");
    row("lastUpdateDateTime eq null", "a5");
    row("lastUpdateDateTime lt 2025-03-01T09:05:00Z", "a4");
    row("serviceSource eq 'microsoftDefenderForCloud' or serviceSource eq 'microsoftSentinel' and "
        "status eq 'resolved'",
        "a1");
    row("determination eq 'compromisedAccount' or classification eq 'falsePositive'", "a2,a3");
}

void TestOData::alertMatches()
{
    QFETCH(QString, filter);
    QFETCH(QString, ids);
    const auto alerts = decodeList<Alert>("alerts_list.json");
    QCOMPARE(alerts.size(), 5);
    QString error;
    QCOMPARE(matchingIds<Alert>(filter, alertProperties(), alerts, &alertValue, &error), ids);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestOData::expandedIncidentMatches()
{
    QString error;
    const QJsonObject json = fixtureObject("incident_expanded.json");
    const auto incident = wire::decode<Incident>(json, &error);
    QVERIFY2(incident, qPrintable(error));
    const auto check = [&](const char *text, bool expected) {
        Filter f;
        QString e;
        if (!parseFilter(QString::fromUtf8(text), incidentProperties(), &f, &e))
            return false;
        return f.matches([&](int p) { return incidentValue(*incident, p); }) == expected;
    };
    QVERIFY(check("status eq 'active' and severity eq 'high'", true));
    QVERIFY(check("classification eq 'truePositive'", true));
    QVERIFY(check("determination eq 'multiStagedAttack'", true));
    QVERIFY(check("assignedTo eq 'KaiC@contoso.onmicrosoft.com'", true));
    QVERIFY(check("createdDateTime eq 2021-08-13T08:43:35.5533333Z", true));
    QVERIFY(check("createdDateTime eq 2021-08-13T08:43:35.5533334Z", false));
    QVERIFY(check("createdDateTime gt 2021-08-13T08:43:35.553Z", true));
    QVERIFY(check("createdDateTime lt 2021-08-13T08:43:35.5533333Z", false));
    QVERIFY(check("lastUpdateDateTime ge 2021-09-30T11:35:45.1133333+02:00", true));
    QVERIFY(check("lastUpdateDateTime gt 2021-09-30T11:35:45.1133333+02:00", false));
    QVERIFY(check("status eq 'resolved'", false));

    // The expanded alerts filter like alerts_v2 items.
    const QList<Alert> &alerts = incident->alerts.value();
    QCOMPARE(alerts.size(), 3);
    QStringList ids;
    Filter f;
    QVERIFY(parseFilter(QStringLiteral("severity ge 'low' and classification ne null"),
        alertProperties(), &f, &error));
    for (const Alert &a : alerts) {
        if (f.matches([&](int p) { return alertValue(a, p); }))
            ids << a.id.value();
    }
    QCOMPARE(ids, (QStringList {QStringLiteral("da637551227677560813_-961444813")}));
}

void TestOData::compareAndLiteral()
{
    Timestamp t0 = Timestamp::fromTicks(0), t1 = Timestamp::fromTicks(1);
    QCOMPARE(compareValues(Null {}, Null {}), 0);
    QCOMPARE(compareValues(Null {}, QStringLiteral("")), -1);
    QCOMPARE(compareValues(QStringLiteral(""), Null {}), 1);
    QCOMPARE(compareValues(Null {}, 0), -1);
    QCOMPARE(compareValues(Null {}, t0), -1);
    QCOMPARE(compareValues(QStringLiteral("a"), QStringLiteral("b")), -1);
    QCOMPARE(compareValues(QStringLiteral("b"), QStringLiteral("a")), 1);
    QCOMPARE(compareValues(QStringLiteral("Kai"), QStringLiteral("kai")), -1); // case-sensitive
    QCOMPARE(compareValues(QStringLiteral("kai"), QStringLiteral("kai")), 0);
    QCOMPARE(compareValues(3, 2), 1);
    QCOMPARE(compareValues(2, 2), 0);
    QCOMPARE(compareValues(t0, t1), -1);
    QCOMPARE(compareValues(t1, t1), 0);

    // Ordering comparisons with a null operand are false; eq/ne treat null as a value.
    Filter gt, ne, eq;
    QString error;
    QVERIFY(
        parseFilter(QStringLiteral("severity gt 'unknown'"), incidentProperties(), &gt, &error));
    QVERIFY(parseFilter(QStringLiteral("severity ne 'high'"), incidentProperties(), &ne, &error));
    QVERIFY(parseFilter(QStringLiteral("severity eq null"), incidentProperties(), &eq, &error));
    const auto nullSeverity = [](int) { return Value(Null {}); };
    QVERIFY(!gt.matches(nullSeverity));
    QVERIFY(ne.matches(nullSeverity));
    QVERIFY(eq.matches(nullSeverity));
    const auto high = [](int) { return Value(int(AlertSeverity::high)); };
    QVERIFY(gt.matches(high));
    QVERIFY(!ne.matches(high));
    QVERIFY(!eq.matches(high));
    Filter empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.matches(nullSeverity));

    const PropertyDef &status = incidentProperties().at(int(IncidentProperty::Status));
    const PropertyDef &assigned = incidentProperties().at(int(IncidentProperty::AssignedTo));
    QCOMPARE(literal(Null {}, status), QStringLiteral("null"));
    QCOMPARE(
        literal(int(IncidentStatus::awaitingAction), status), QStringLiteral("'awaitingAction'"));
    QCOMPARE(literal(QStringLiteral("it's"), assigned), QStringLiteral("'it''s'"));
    QCOMPARE(literal(QStringLiteral("''"), assigned), QStringLiteral("''''''"));
    Timestamp t;
    QVERIFY(Timestamp::parse(u"2021-08-13T08:43:35.5533333Z", &t));
    QCOMPARE(literal(t, incidentProperties().at(int(IncidentProperty::CreatedDateTime))),
        QStringLiteral("2021-08-13T08:43:35.5533333Z"));

    // A literal written by literal() parses back to the same value.
    Filter f;
    const QString text = u"assignedTo eq " + literal(QStringLiteral("O'Brien ''x"), assigned);
    QVERIFY2(parseFilter(text, incidentProperties(), &f, &error), qPrintable(error));
    QVERIFY(f.node(f.root()).values.first() == Value(QStringLiteral("O'Brien ''x")));
}

// ---- $orderby

void TestOData::orderBy_data()
{
    QTest::addColumn<bool>("alerts");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("property");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("error");

    const auto good = [](const char *text, int property, bool descending, bool alerts = false) {
        QTest::newRow(text) << alerts << QString::fromUtf8(text) << true << property << descending
                            << QString();
    };
    const auto bad = [](const char *text, const char *error, bool alerts = false) {
        QTest::newRow(text) << alerts << QString::fromUtf8(text) << false << -1 << false
                            << QString::fromUtf8(error);
    };
    good("", -1, true);
    good("   ", -1, true);
    good("createdDateTime", 2, false);
    good("createdDateTime asc", 2, false);
    good("lastUpdateDateTime desc", 4, true);
    good("LASTUPDATEDATETIME DESC", 4, true);
    good("  severity   desc  ", 5, true);
    good("status Asc", 6, false);
    good("serviceSource desc", 7, true, true);
    bad("createdDateTime desc,lastUpdateDateTime",
        "Invalid $orderby: sorting by more than one property is not supported.");
    bad("title",
        "Invalid $orderby: 'title' is not a sortable property; use one of assignedTo, "
        "classification, createdDateTime, determination, lastUpdateDateTime, severity, status.");
    bad("serviceSource desc",
        "Invalid $orderby: 'serviceSource' is not a sortable property; use one of assignedTo, "
        "classification, createdDateTime, determination, lastUpdateDateTime, severity, status.");
    bad("createdDateTime up",
        "Invalid $orderby: expected 'asc' or 'desc' after 'createdDateTime'.");
    bad("createdDateTime asc desc",
        "Invalid $orderby: expected 'asc' or 'desc' after 'createdDateTime'.");
}

void TestOData::orderBy()
{
    QFETCH(bool, alerts);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, property);
    QFETCH(bool, descending);
    QFETCH(QString, error);
    OrderBy o;
    o.property = 42;
    QString message;
    QCOMPARE(
        parseOrderBy(text, alerts ? alertProperties() : incidentProperties(), &o, &message), ok);
    QCOMPARE(message, error);
    if (ok) {
        QCOMPARE(o.property, property);
        QCOMPARE(o.descending, descending);
    }
}

QTEST_GUILESS_MAIN(TestOData)
#include "tst_odata.moc"
