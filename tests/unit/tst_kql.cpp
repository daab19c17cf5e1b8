// Unit tests for the KQL subset engine: every operator and function against a brute-force
// expectation over a generated SecurityAlert fixture, error positions and messages, the two
// wire shapes, the row sources, a no-crash fuzz and a 100k-row timing.
#include "query/kql.h"
#include "query/kqltables.h"
#include "query/kqlwire.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace wf;
using namespace wf::server::kql;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Hour = 36'000'000'000;
constexpr qint64 Minute = 600'000'000;
constexpr qint64 Day = 24 * Hour;

Timestamp fixedNow()
{
    Timestamp t;
    Timestamp::parse(u"2026-03-01T12:00:00Z", &t);
    return t;
}

// One fixture alert, as plain C++ the expectations are computed from.
struct Alert
{
    QString id;
    Timestamp time;
    QString name;
    QString severity;
    QString description;
    QString product;
    QString provider;
    QString entity; // may be empty
    QString status;
    QString tactics;
    std::optional<double> confidence;
    bool isIncident = false;
    Timestamp start;
    std::optional<Timestamp> end;
};

// A deterministic pseudo-random fixture (a fixed LCG, so every run sees the same rows).
QList<Alert> makeAlerts(int count, quint32 seed = 7)
{
    static const char *const names[]
        = {"Suspicious login from a new location", "PowerShell download cradle detected",
            "Mimikatz credential theft tool", "Access from a TOR exit node",
            "Suspicious process executed", "Anomalous login to SQL server",
            "Login brute force attempt", "Storage account accessed from unusual IP"};
    static const char *const descriptions[] = {"The process powershell.exe ran an encoded command",
        "A PowerShellX helper wrote to C:\\temp\\run.ps1",
        "Credential theft: mimikatz.exe was run by user admin",
        "Traffic to 10.0.0.5 from a known TOR exit node", "ran powershell with -enc flag",
        "No activity of note", "Logon-type 3 from host WEB01", "Blob read; the caller's IP is new"};
    static const char *const products[] = {"Azure Security Center",
        "Microsoft Defender Advanced Threat Protection", "Azure Sentinel", "azure security center"};
    static const char *const severities[] = {"High", "Medium", "Low", "Informational"};
    static const char *const entities[] = {"vm-web-01", "", "sql-prod", "vm-web-02", "st-logs"};
    static const char *const statuses[] = {"New", "InProgress", "Resolved"};
    static const char *const tactics[]
        = {"InitialAccess", "CredentialAccess, Execution", "Execution", ""};
    quint32 state = seed;
    const auto next = [&state](quint32 n) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % n;
    };
    QList<Alert> out;
    const Timestamp now = fixedNow();
    for (int i = 0; i < count; ++i) {
        Alert a;
        a.id = QStringLiteral("a%1-%2").arg(i).arg(next(100000));
        a.time = Timestamp::fromTicks(
            now.ticks() - qint64(next(72 * 60)) * Minute - qint64(next(60)) * 10'000'000);
        a.name = QString::fromLatin1(names[next(std::size(names))]);
        a.severity = QString::fromLatin1(severities[next(std::size(severities))]);
        a.description = QString::fromLatin1(descriptions[next(std::size(descriptions))]);
        a.product = QString::fromLatin1(products[next(std::size(products))]);
        a.provider = a.product.startsWith(u"Azure S", Qt::CaseInsensitive) ? u"ASC"_s : u"MDATP"_s;
        a.entity = QString::fromLatin1(entities[next(std::size(entities))]);
        a.status = QString::fromLatin1(statuses[next(std::size(statuses))]);
        a.tactics = QString::fromLatin1(tactics[next(std::size(tactics))]);
        if (next(6) != 0)
            a.confidence = double(next(1000)) / 1000.0;
        a.isIncident = next(3) == 0;
        a.start = Timestamp::fromTicks(a.time.ticks() - qint64(next(120)) * Minute);
        if (next(4) != 0)
            a.end = Timestamp::fromTicks(a.start.ticks() + qint64(next(90)) * Minute);
        out.append(a);
    }
    return out;
}

Row alertRow(const Alert &a)
{
    const QList<Column> &cols = securityAlertColumns();
    Row row(cols.size());
    const auto set = [&](const char *name, Value v) {
        for (int i = 0; i < cols.size(); ++i) {
            if (cols[i].name == QLatin1StringView(name)) {
                row[i] = std::move(v);
                return;
            }
        }
        qFatal("no column %s", name);
    };
    set("TenantId", u"tenant-1"_s);
    set("TimeGenerated", a.time);
    set("DisplayName", a.name);
    set("AlertName", a.name);
    set("AlertSeverity", a.severity);
    set("Description", a.description);
    set("ProviderName", a.provider);
    set("VendorName", u"Microsoft"_s);
    set("SystemAlertId", a.id);
    set("ProductName", a.product);
    set("CompromisedEntity", a.entity);
    set("Status", a.status);
    set("Tactics", a.tactics);
    set("ConfidenceScore", a.confidence ? Value(*a.confidence) : Value());
    set("IsIncident", a.isIncident);
    set("StartTime", a.start);
    set("EndTime", a.end ? Value(*a.end) : Value());
    set("Type", u"SecurityAlert"_s);
    return row;
}

// An independent statement of KQL's has: split into alphanumeric terms, compare whole terms.
bool hasTermReference(const QString &hay, const QString &term)
{
    static const QRegularExpression terms(u"[\\p{L}\\p{N}]+"_s);
    auto it = terms.globalMatch(hay);
    while (it.hasNext()) {
        if (it.next().captured().compare(term, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int columnOf(const Result &r, const QString &name)
{
    for (int i = 0; i < r.columns.size(); ++i) {
        if (r.columns[i].name == name)
            return i;
    }
    return -1;
}

QStringList idsOf(const Result &r)
{
    const int c = columnOf(r, u"SystemAlertId"_s);
    QStringList out;
    for (const Row &row : r.rows)
        out << row.value(c).toString();
    return out;
}

// The distinct values of a field in the order first seen (KQL's distinct and summarize order).
template<class Field>
QStringList firstSeen(const QList<Alert> &alerts, Field field)
{
    QStringList out;
    for (const Alert &a : alerts) {
        if (!out.contains(field(a)))
            out << field(a);
    }
    return out;
}

QStringList columnText(const Result &r, int column)
{
    QStringList out;
    for (const Row &row : r.rows)
        out << row.value(column).toString();
    return out;
}

// Each row's cells joined with '|'.
QStringList rowText(const Result &r)
{
    QStringList out;
    for (const Row &row : r.rows) {
        QStringList cells;
        for (const Value &v : row)
            cells << v.toString();
        out << cells.join(u'|');
    }
    return out;
}

QStringList idsOf(const QList<Alert> &alerts)
{
    QStringList out;
    for (const Alert &a : alerts)
        out << a.id;
    return out;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        qWarning("bad JSON: %s", qPrintable(err.errorString()));
    return doc.object();
}

} // namespace

// Runs `query` against the fixture; fails the test (with the engine's message) on error.
#define RUN(var, query)                                                                            \
    KqlError var##Error;                                                                           \
    const std::optional<Result> var##Opt = run(query, m_catalog, &var##Error, m_options);          \
    QVERIFY2(var##Opt, qPrintable(QString(query) + u" -> "_s + var##Error.message));               \
    const Result &var = *var##Opt

class TestKql : public QObject
{
    Q_OBJECT

private:
    QList<Alert> m_alerts;
    Catalog m_catalog;
    Options m_options;

    QList<Alert> where(const std::function<bool(const Alert &)> &pred) const
    {
        QList<Alert> out;
        for (const Alert &a : m_alerts) {
            if (pred(a))
                out.append(a);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_alerts = makeAlerts(50);
        QList<Row> rows;
        for (const Alert &a : std::as_const(m_alerts))
            rows.append(alertRow(a));
        m_catalog.add(Table::fromRows(u"SecurityAlert"_s, securityAlertColumns(), rows));
        QList<QJsonObject> incidents;
        for (int i = 0; i < 6; ++i) {
            incidents.append(QJsonObject {
                {u"TimeGenerated"_s, fixedNow().addSecs(-3600 * i).toString()},
                {u"IncidentNumber"_s, 100 + i}, {u"Title"_s, QStringLiteral("Incident %1").arg(i)},
                {u"Severity"_s, i % 2 ? u"High"_s : u"Low"_s},
                {u"Status"_s, i < 4 ? u"New"_s : u"Closed"_s},
                {u"AlertIds"_s, QJsonArray {QStringLiteral("alert-%1").arg(i), u"alert-x"_s}},
                {u"Owner"_s, QJsonObject {{u"assignedTo"_s, u"analyst@contoso.com"_s}}},
                {u"Labels"_s, u"[]"_s}, // dynamic given as JSON text
            });
        }
        m_catalog.add(Table::fromJson(u"SecurityIncident"_s, securityIncidentColumns(), incidents));
        m_options.now = fixedNow();
    }

    void tableSchemas()
    {
        const QStringList alertCols = QStringList {u"TimeGenerated"_s, u"DisplayName"_s,
            u"AlertName"_s, u"AlertSeverity"_s, u"Description"_s, u"ProviderName"_s,
            u"VendorName"_s, u"VendorOriginalId"_s, u"SystemAlertId"_s, u"ResourceId"_s,
            u"SourceComputerId"_s, u"AlertType"_s, u"ConfidenceLevel"_s, u"ConfidenceScore"_s,
            u"IsIncident"_s, u"StartTime"_s, u"EndTime"_s, u"ProcessingEndTime"_s,
            u"RemediationSteps"_s, u"ExtendedProperties"_s, u"Entities"_s, u"SourceSystem"_s,
            u"WorkspaceSubscriptionId"_s, u"WorkspaceResourceGroup"_s, u"ExtendedLinks"_s,
            u"ProductName"_s, u"ProductComponentName"_s, u"AlertLink"_s, u"Status"_s,
            u"CompromisedEntity"_s, u"Tactics"_s, u"Techniques"_s, u"SubTechniques"_s, u"Type"_s,
            u"TenantId"_s};
        QMap<QString, Type> alert;
        for (const Column &c : securityAlertColumns())
            alert.insert(c.name, c.type);
        QCOMPARE(alert.size(), securityAlertColumns().size()); // no duplicates
        for (const QString &c : alertCols)
            QVERIFY2(alert.contains(c), qPrintable(c));
        QCOMPARE(alert.size(), alertCols.size());
        QCOMPARE(alert.value(u"ConfidenceScore"_s), Type::Real);
        QCOMPARE(alert.value(u"IsIncident"_s), Type::Bool);
        for (const char *t : {"TimeGenerated", "StartTime", "EndTime", "ProcessingEndTime"})
            QCOMPARE(alert.value(QLatin1StringView(t)), Type::DateTime);
        QCOMPARE(alert.value(u"Entities"_s), Type::String); // documented as string

        const QStringList incidentCols = QStringList {u"TimeGenerated"_s, u"IncidentName"_s,
            u"Title"_s, u"Description"_s, u"Severity"_s, u"Status"_s, u"Classification"_s,
            u"ClassificationComment"_s, u"ClassificationReason"_s, u"Owner"_s, u"ProviderName"_s,
            u"ProviderIncidentId"_s, u"FirstActivityTime"_s, u"LastActivityTime"_s,
            u"FirstModifiedTime"_s, u"LastModifiedTime"_s, u"CreatedTime"_s, u"ClosedTime"_s,
            u"IncidentNumber"_s, u"RelatedAnalyticRuleIds"_s, u"AlertIds"_s, u"BookmarkIds"_s,
            u"Comments"_s, u"Tasks"_s, u"Labels"_s, u"IncidentUrl"_s, u"AdditionalData"_s,
            u"ModifiedBy"_s, u"SourceSystem"_s, u"Type"_s, u"TenantId"_s};
        QMap<QString, Type> incident;
        for (const Column &c : securityIncidentColumns())
            incident.insert(c.name, c.type);
        for (const QString &c : incidentCols)
            QVERIFY2(incident.contains(c), qPrintable(c));
        QCOMPARE(incident.size(), incidentCols.size());
        QCOMPARE(incident.value(u"IncidentNumber"_s), Type::Int);
        for (const char *t : {"Owner", "AlertIds", "BookmarkIds", "Comments", "Tasks", "Labels",
                 "AdditionalData", "RelatedAnalyticRuleIds"})
            QCOMPARE(incident.value(QLatin1StringView(t)), Type::Dynamic);
        for (const char *t : {"FirstActivityTime", "LastActivityTime", "FirstModifiedTime",
                 "LastModifiedTime", "CreatedTime", "ClosedTime"})
            QCOMPARE(incident.value(QLatin1StringView(t)), Type::DateTime);
    }

    void productNameQuery()
    {
        RUN(r, u"SecurityAlert | where ProductName == \"Azure Security Center\""_s);
        QCOMPARE(r.columns, securityAlertColumns());
        const QList<Alert> expected = where([](const Alert &a) {
            return a.product == u"Azure Security Center"; // == is case-sensitive
        });
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < where([](const Alert &a) {
            return a.product.compare(u"azure security center", Qt::CaseInsensitive) == 0;
        }).size());
        QCOMPARE(idsOf(r), idsOf(expected));
    }

    void predicates()
    {
        const Timestamp now = fixedNow();
        const auto ago = [&](qint64 ticks) { return Timestamp::fromTicks(now.ticks() - ticks); };
        Timestamp feb28;
        Timestamp::parse(u"2026-02-28T00:00:00Z", &feb28);
        Timestamp feb28noon;
        Timestamp::parse(u"2026-02-28T12:30:00Z", &feb28noon);
        const auto ci = [](const QString &a, const char *b) {
            return a.compare(QLatin1StringView(b), Qt::CaseInsensitive) == 0;
        };
        const struct
        {
            const char *predicate;
            std::function<bool(const Alert &)> expected;
        } cases[] = {
            {"AlertSeverity == \"High\"", [](const Alert &a) { return a.severity == u"High"; }},
            {"AlertSeverity != \"High\"", [](const Alert &a) { return a.severity != u"High"; }},
            {"AlertSeverity <> 'High'", [](const Alert &a) { return a.severity != u"High"; }},
            {"AlertSeverity == \"high\"", [](const Alert &) { return false; }},
            {"AlertSeverity =~ \"hIGh\"", [&](const Alert &a) { return ci(a.severity, "high"); }},
            {"AlertSeverity !~ \"HIGH\"", [&](const Alert &a) { return !ci(a.severity, "high"); }},
            {"AlertName contains \"LOGIN\"",
                [](const Alert &a) { return a.name.contains(u"login", Qt::CaseInsensitive); }},
            {"AlertName !contains \"login\"",
                [](const Alert &a) { return !a.name.contains(u"login", Qt::CaseInsensitive); }},
            {"AlertName contains_cs \"Login\"",
                [](const Alert &a) { return a.name.contains(u"Login"); }},
            {"AlertName !contains_cs \"Login\"",
                [](const Alert &a) { return !a.name.contains(u"Login"); }},
            {"Description has \"powershell\"",
                [](const Alert &a) { return hasTermReference(a.description, u"powershell"_s); }},
            {"Description has \"POWERSHELL\"",
                [](const Alert &a) { return hasTermReference(a.description, u"powershell"_s); }},
            {"Description !has \"powershell\"",
                [](const Alert &a) { return !hasTermReference(a.description, u"powershell"_s); }},
            {"Description has \"exe\"",
                [](const Alert &a) { return hasTermReference(a.description, u"exe"_s); }},
            {"Description has \"tor\"",
                [](const Alert &a) { return hasTermReference(a.description, u"tor"_s); }},
            {"Description has_cs \"TOR\"",
                [](const Alert &a) { return a.description.contains(u" TOR "); }},
            {"Description has \"powershell.exe\"",
                [](const Alert &a) {
                    return a.description.contains(u"powershell.exe", Qt::CaseInsensitive);
                }},
            {"Description has_any (\"mimikatz\", \"cradle\", \"WEB01\")",
                [](const Alert &a) {
                    return hasTermReference(a.description, u"mimikatz"_s)
                        || hasTermReference(a.description, u"cradle"_s)
                        || hasTermReference(a.description, u"web01"_s);
                }},
            {"AlertName startswith \"suspicious\"",
                [](const Alert &a) {
                    return a.name.startsWith(u"suspicious", Qt::CaseInsensitive);
                }},
            {"AlertName !startswith \"suspicious\"",
                [](const Alert &a) {
                    return !a.name.startsWith(u"suspicious", Qt::CaseInsensitive);
                }},
            {"AlertName startswith_cs \"suspicious\"", [](const Alert &) { return false; }},
            {"AlertName endswith \"DETECTED\"",
                [](const Alert &a) { return a.name.endsWith(u"detected", Qt::CaseInsensitive); }},
            {"AlertName !endswith \"node\"",
                [](const Alert &a) { return !a.name.endsWith(u"node", Qt::CaseInsensitive); }},
            {"AlertSeverity in (\"High\", \"Medium\")",
                [](const Alert &a) { return a.severity == u"High" || a.severity == u"Medium"; }},
            {"AlertSeverity in (\"high\")", [](const Alert &) { return false; }},
            {"AlertSeverity !in (\"High\", \"Medium\")",
                [](const Alert &a) { return a.severity != u"High" && a.severity != u"Medium"; }},
            {"AlertSeverity in~ (\"HIGH\", \"low\")",
                [&](const Alert &a) { return ci(a.severity, "high") || ci(a.severity, "low"); }},
            {"AlertSeverity !in~ (\"HIGH\")",
                [&](const Alert &a) { return !ci(a.severity, "high"); }},
            {"AlertSeverity == \"High\" and ProductName == \"Azure Security Center\"",
                [](const Alert &a) {
                    return a.severity == u"High" && a.product == u"Azure Security Center";
                }},
            {"AlertSeverity == \"High\" or AlertSeverity == \"Low\" and IsIncident",
                [](const Alert &a) {
                    return a.severity == u"High" || (a.severity == u"Low" && a.isIncident);
                }},
            {"(AlertSeverity == \"High\" or AlertSeverity == \"Low\") and IsIncident",
                [](const Alert &a) {
                    return (a.severity == u"High" || a.severity == u"Low") && a.isIncident;
                }},
            {"not(AlertSeverity == \"High\")",
                [](const Alert &a) { return a.severity != u"High"; }},
            {"IsIncident", [](const Alert &a) { return a.isIncident; }},
            {"IsIncident == false", [](const Alert &a) { return !a.isIncident; }},
            {"ConfidenceScore > 0.5",
                [](const Alert &a) { return a.confidence && *a.confidence > 0.5; }},
            {"ConfidenceScore <= 0.25",
                [](const Alert &a) { return a.confidence && *a.confidence <= 0.25; }},
            {"ConfidenceScore >= 0 or ConfidenceScore < 0",
                [](const Alert &a) { return a.confidence.has_value(); }},
            {"not(ConfidenceScore > 0.5)",
                [](const Alert &a) { return a.confidence && !(*a.confidence > 0.5); }},
            {"isnull(ConfidenceScore)", [](const Alert &a) { return !a.confidence; }},
            {"isnotnull(EndTime)", [](const Alert &a) { return a.end.has_value(); }},
            {"TimeGenerated > ago(1d)", [&](const Alert &a) { return a.time > ago(Day); }},
            {"TimeGenerated > ago(2h)", [&](const Alert &a) { return a.time > ago(2 * Hour); }},
            {"TimeGenerated <= ago(30m)",
                [&](const Alert &a) { return a.time <= ago(30 * Minute); }},
            {"TimeGenerated < ago(10s) and TimeGenerated > ago(1.5d)",
                [&](const Alert &a) {
                    return a.time < ago(100'000'000) && a.time > ago(Day * 3 / 2);
                }},
            {"TimeGenerated >= ago(1ms) - 5h",
                [&](const Alert &a) { return a.time >= ago(10'000 + 5 * Hour); }},
            {"TimeGenerated > now() - 3h", [&](const Alert &a) { return a.time > ago(3 * Hour); }},
            {"TimeGenerated > now(-3h)", [&](const Alert &a) { return a.time > ago(3 * Hour); }},
            {"TimeGenerated >= datetime(2026-02-28)",
                [&](const Alert &a) { return a.time >= feb28; }},
            {"TimeGenerated < datetime(2026-02-28 12:30)",
                [&](const Alert &a) { return a.time < feb28noon; }},
            {"TimeGenerated < datetime(2026-02-28T12:30:00Z)",
                [&](const Alert &a) { return a.time < feb28noon; }},
            {"StartTime < EndTime", [](const Alert &a) { return a.end && a.start < *a.end; }},
            {"EndTime - StartTime > 1h",
                [](const Alert &a) { return a.end && a.end->ticks() - a.start.ticks() > Hour; }},
            {"isempty(CompromisedEntity)", [](const Alert &a) { return a.entity.isEmpty(); }},
            {"isnotempty(CompromisedEntity)", [](const Alert &a) { return !a.entity.isEmpty(); }},
            {"isempty(EndTime)", [](const Alert &a) { return !a.end; }},
            {"tolower(AlertSeverity) == \"high\"",
                [&](const Alert &a) { return ci(a.severity, "high"); }},
            {"toupper(AlertSeverity) == 'HIGH'",
                [&](const Alert &a) { return ci(a.severity, "high"); }},
            {"strlen(AlertName) > 28", [](const Alert &a) { return a.name.size() > 28; }},
            {"tostring(IsIncident) == \"true\"", [](const Alert &a) { return a.isIncident; }},
            {"iff(IsIncident, AlertSeverity, \"none\") == \"High\"",
                [](const Alert &a) { return a.isIncident && a.severity == u"High"; }},
            {"strcat(AlertSeverity, \"/\", Status) == \"High/New\"",
                [](const Alert &a) { return a.severity == u"High" && a.status == u"New"; }},
            {"Tactics has \"Execution\"",
                [](const Alert &a) { return hasTermReference(a.tactics, u"execution"_s); }},
            {"CompromisedEntity has \"web\"",
                [](const Alert &a) { return a.entity.startsWith(u"vm-web"); }},
            {"CompromisedEntity has \"vm-web\"",
                [](const Alert &a) { return a.entity.startsWith(u"vm-web"); }},
            {"CompromisedEntity has \"vm-we\"", [](const Alert &) { return false; }},
        };
        for (const auto &c : cases) {
            const QString query = u"SecurityAlert | where "_s + QLatin1StringView(c.predicate);
            RUN(r, query);
            const QList<Alert> expected = where(c.expected);
            QVERIFY2(idsOf(r) == idsOf(expected),
                qPrintable(QStringLiteral("%1: %2 rows, expected %3")
                               .arg(query)
                               .arg(r.rows.size())
                               .arg(expected.size())));
        }
        // The fixture exercises both outcomes of the interesting predicates.
        QVERIFY(!where([](const Alert &a) {
            return a.description.contains(u"PowerShellX");
        }).isEmpty());
        QVERIFY(!where([](const Alert &a) {
            return hasTermReference(a.description, u"powershell"_s);
        }).isEmpty());
    }

    void projectExtend()
    {
        RUN(r,
            u"SecurityAlert | project AlertName, Sev = tolower(AlertSeverity), SystemAlertId | take 3"_s);
        QCOMPARE(r.columns,
            (QList<Column> {{u"AlertName"_s, Type::String}, {u"Sev"_s, Type::String},
                {u"SystemAlertId"_s, Type::String}}));
        QCOMPARE(r.rows.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(r.rows[i][0].toString(), m_alerts[i].name);
            QCOMPARE(r.rows[i][1].toString(), m_alerts[i].severity.toLower());
        }

        RUN(e,
            u"SecurityAlert | extend Age = now() - TimeGenerated, Hours = (now() - "
            "TimeGenerated) / 1h, One = 1, Two = One + 1 | project SystemAlertId, Age, Hours, "
            "Two"_s);
        QCOMPARE(e.columns[1], (Column {u"Age"_s, Type::TimeSpan}));
        QCOMPARE(e.columns[2], (Column {u"Hours"_s, Type::Real}));
        QCOMPARE(e.columns[3], (Column {u"Two"_s, Type::Long}));
        for (int i = 0; i < m_alerts.size(); ++i) {
            const qint64 age = fixedNow().ticks() - m_alerts[i].time.ticks();
            QCOMPARE(e.rows[i][1].get<TimeSpan>()->ticks, age);
            QCOMPARE(*e.rows[i][2].get<double>(), double(age) / double(Hour));
            QCOMPARE(*e.rows[i][3].get<qint64>(), 2);
        }

        // extend over an existing name replaces the column in place.
        RUN(x, u"SecurityAlert | extend AlertSeverity = toupper(AlertSeverity)"_s);
        QCOMPARE(x.columns.size(), securityAlertColumns().size());
        const int sev = columnOf(x, u"AlertSeverity"_s);
        QCOMPARE(sev, securityAlertColumns().indexOf(Column {u"AlertSeverity"_s, Type::String}));
        QCOMPARE(x.rows[0][sev].toString(), m_alerts[0].severity.toUpper());

        // Unnamed expressions get Column1, Column2; a column keeps its name.
        RUN(u, u"SecurityAlert | project strlen(AlertName), AlertName, 1 + 1 | take 1"_s);
        QCOMPARE(u.columns[0].name, u"Column1"_s);
        QCOMPARE(u.columns[1].name, u"AlertName"_s);
        QCOMPARE(u.columns[2].name, u"Column2"_s);
        QCOMPARE(*u.rows[0][0].get<qint64>(), m_alerts[0].name.size());

        RUN(away, u"SecurityAlert | project-away Description, Entities"_s);
        QCOMPARE(away.columns.size(), securityAlertColumns().size() - 2);
        QCOMPARE(columnOf(away, u"Description"_s), -1);
        QCOMPARE(idsOf(away), idsOf(m_alerts));

        // The subset also works on the table after project.
        RUN(p,
            u"SecurityAlert | project Sev = AlertSeverity, SystemAlertId | where Sev == \"Low\""_s);
        QCOMPARE(idsOf(p), idsOf(where([](const Alert &a) { return a.severity == u"Low"; })));
    }

    void takeAndLimit()
    {
        RUN(t, u"SecurityAlert | take 5"_s);
        QCOMPARE(idsOf(t), idsOf(m_alerts.mid(0, 5)));
        RUN(l, u"SecurityAlert | limit 0"_s);
        QCOMPARE(l.rows.size(), 0);
        RUN(all, u"SecurityAlert | take 1000"_s);
        QCOMPARE(all.rows.size(), m_alerts.size());
        RUN(w, u"SecurityAlert | where AlertSeverity == \"Low\" | take 2 | take 5"_s);
        QCOMPARE(
            idsOf(w), idsOf(where([](const Alert &a) { return a.severity == u"Low"; }).mid(0, 2)));
    }

    void sortAndTop()
    {
        const auto sorted = [&](auto less) {
            QList<Alert> v = m_alerts;
            std::stable_sort(v.begin(), v.end(), less);
            return v;
        };
        // Default is descending; nulls last when descending, first when ascending.
        const auto confDesc = [](const Alert &a, const Alert &b) {
            if (a.confidence.has_value() != b.confidence.has_value())
                return a.confidence.has_value();
            return a.confidence && *a.confidence > *b.confidence;
        };
        RUN(s1, u"SecurityAlert | sort by ConfidenceScore"_s);
        QCOMPARE(idsOf(s1), idsOf(sorted(confDesc)));
        RUN(s2, u"SecurityAlert | order by ConfidenceScore desc"_s);
        QCOMPARE(idsOf(s2), idsOf(sorted(confDesc)));
        const auto confAsc = [](const Alert &a, const Alert &b) {
            if (a.confidence.has_value() != b.confidence.has_value())
                return !a.confidence.has_value();
            return a.confidence && *a.confidence < *b.confidence;
        };
        RUN(s3, u"SecurityAlert | sort by ConfidenceScore asc"_s);
        QCOMPARE(idsOf(s3), idsOf(sorted(confAsc)));
        const auto confAscNullsLast = [](const Alert &a, const Alert &b) {
            if (a.confidence.has_value() != b.confidence.has_value())
                return a.confidence.has_value();
            return a.confidence && *a.confidence < *b.confidence;
        };
        RUN(s4, u"SecurityAlert | sort by ConfidenceScore asc nulls last"_s);
        QCOMPARE(idsOf(s4), idsOf(sorted(confAscNullsLast)));

        const auto nameThenTime = [](const Alert &a, const Alert &b) {
            if (a.name != b.name)
                return a.name < b.name;
            return a.time > b.time;
        };
        RUN(s5, u"SecurityAlert | order by AlertName asc, TimeGenerated desc"_s);
        QCOMPARE(idsOf(s5), idsOf(sorted(nameThenTime)));
        RUN(s6, u"SecurityAlert | sort by tolower(Status) asc, SystemAlertId"_s);
        QCOMPARE(idsOf(s6), idsOf(sorted([](const Alert &a, const Alert &b) {
            if (a.status.toLower() != b.status.toLower())
                return a.status.toLower() < b.status.toLower();
            return a.id > b.id;
        })));

        const auto timeDesc = [](const Alert &a, const Alert &b) { return a.time > b.time; };
        RUN(t1, u"SecurityAlert | top 3 by TimeGenerated desc"_s);
        QCOMPARE(idsOf(t1), idsOf(sorted(timeDesc).mid(0, 3)));
        RUN(t2, u"SecurityAlert | top 4 by TimeGenerated"_s);
        QCOMPARE(idsOf(t2), idsOf(sorted(timeDesc).mid(0, 4)));
        RUN(t3, u"SecurityAlert | top 5 by AlertName asc"_s);
        QCOMPARE(idsOf(t3), idsOf(sorted([](const Alert &a, const Alert &b) {
            return a.name < b.name;
        }).mid(0, 5)));
        RUN(t4, u"SecurityAlert | sort by TimeGenerated asc | take 2"_s);
        QCOMPARE(idsOf(t4), idsOf(sorted([](const Alert &a, const Alert &b) {
            return a.time < b.time;
        }).mid(0, 2)));
    }

    void summarize()
    {
        // count() by one key, against a brute-force count.
        RUN(r, u"SecurityAlert | summarize count() by AlertSeverity"_s);
        QCOMPARE(r.columns,
            (QList<Column> {{u"AlertSeverity"_s, Type::String}, {u"count_"_s, Type::Long}}));
        QMap<QString, qint64> expected;
        for (const Alert &a : std::as_const(m_alerts))
            ++expected[a.severity];
        QMap<QString, qint64> got;
        for (const Row &row : r.rows)
            got.insert(row[0].toString(), *row[1].get<qint64>());
        QCOMPARE(got, expected);
        QCOMPARE(r.rows.first()[0].toString(), m_alerts.first().severity); // first-seen order

        // Two keys.
        RUN(r2,
            u"SecurityAlert | where IsIncident | summarize Alerts = count() by AlertSeverity, ProductName"_s);
        QMap<QPair<QString, QString>, qint64> expected2;
        for (const Alert &a : std::as_const(m_alerts)) {
            if (a.isIncident)
                ++expected2[{a.severity, a.product}];
        }
        QMap<QPair<QString, QString>, qint64> got2;
        for (const Row &row : r2.rows)
            got2.insert({row[0].toString(), row[1].toString()}, *row[2].get<qint64>());
        QCOMPARE(got2, expected2);
        QCOMPARE(r2.columns[2].name, u"Alerts"_s);

        // bin() over time.
        RUN(b, u"SecurityAlert | summarize N = count() by bin(TimeGenerated, 1h)"_s);
        QCOMPARE(b.columns,
            (QList<Column> {{u"TimeGenerated"_s, Type::DateTime}, {u"N"_s, Type::Long}}));
        QMap<qint64, qint64> expectedBins;
        for (const Alert &a : std::as_const(m_alerts))
            ++expectedBins[a.time.ticks() / Hour * Hour];
        QMap<qint64, qint64> gotBins;
        for (const Row &row : b.rows)
            gotBins.insert(row[0].get<Timestamp>()->ticks(), *row[1].get<qint64>());
        QCOMPARE(gotBins, expectedBins);

        // Whole-table aggregates, and each aggregation function per group.
        RUN(c, u"SecurityAlert | summarize count()"_s);
        QCOMPARE(c.rows.size(), 1);
        QCOMPARE(*c.rows[0][0].get<qint64>(), m_alerts.size());
        RUN(e, u"SecurityAlert | where AlertName == \"nothing\" | summarize count()"_s);
        QCOMPARE(e.rows.size(), 1);
        QCOMPARE(*e.rows[0][0].get<qint64>(), 0);
        RUN(e2, u"SecurityAlert | where AlertName == \"nothing\" | summarize count() by Status"_s);
        QCOMPARE(e2.rows.size(), 0);

        RUN(g,
            u"SecurityAlert | summarize countif(IsIncident), dcount(CompromisedEntity), "
            "max(ConfidenceScore), min(TimeGenerated), avg(ConfidenceScore), Total = "
            "sum(ConfidenceScore), make_set(Status), Latest = max(TimeGenerated) by "
            "ProductName"_s);
        QCOMPARE(g.columns[1], (Column {u"countif_"_s, Type::Long}));
        QCOMPARE(g.columns[2], (Column {u"dcount_CompromisedEntity"_s, Type::Long}));
        QCOMPARE(g.columns[3], (Column {u"max_ConfidenceScore"_s, Type::Real}));
        QCOMPARE(g.columns[4], (Column {u"min_TimeGenerated"_s, Type::DateTime}));
        QCOMPARE(g.columns[5], (Column {u"avg_ConfidenceScore"_s, Type::Real}));
        QCOMPARE(g.columns[6], (Column {u"Total"_s, Type::Real}));
        QCOMPARE(g.columns[7], (Column {u"set_Status"_s, Type::Dynamic}));
        for (const Row &row : g.rows) {
            const QList<Alert> group
                = where([&](const Alert &a) { return a.product == row[0].toString(); });
            QVERIFY(!group.isEmpty());
            qint64 incidents = 0;
            QSet<QString> entities;
            std::optional<double> maxConf;
            Timestamp minTime = group.first().time, maxTime = group.first().time;
            double sum = 0;
            int n = 0;
            QStringList statuses;
            for (const Alert &a : group) {
                incidents += a.isIncident;
                entities.insert(a.entity);
                if (a.confidence) {
                    maxConf = maxConf ? std::max(*maxConf, *a.confidence) : *a.confidence;
                    sum += *a.confidence;
                    ++n;
                }
                minTime = std::min(minTime, a.time);
                maxTime = std::max(maxTime, a.time);
                if (!statuses.contains(a.status))
                    statuses << a.status;
            }
            QCOMPARE(*row[1].get<qint64>(), incidents);
            QCOMPARE(*row[2].get<qint64>(), entities.size()); // "" counts as a value
            QCOMPARE(*row[3].get<double>(), *maxConf);
            QCOMPARE(*row[4].get<Timestamp>(), minTime);
            QVERIFY(qAbs(*row[5].get<double>() - sum / n) < 1e-12);
            QVERIFY(qAbs(*row[6].get<double>() - sum) < 1e-12);
            QJsonArray set = row[7].get<QJsonValue>()->toArray();
            QStringList gotStatuses;
            for (const QJsonValue &s : set)
                gotStatuses << s.toString();
            QCOMPARE(gotStatuses, statuses);
            QCOMPARE(*row[8].get<Timestamp>(), maxTime);
        }

        // summarize by without aggregations is a distinct.
        RUN(d, u"SecurityAlert | summarize by Status"_s);
        QCOMPARE(columnText(d, 0), firstSeen(m_alerts, [](const Alert &a) { return a.status; }));
    }

    void distinctAndCount()
    {
        RUN(d, u"SecurityAlert | distinct AlertSeverity"_s);
        QCOMPARE(columnText(d, 0), firstSeen(m_alerts, [](const Alert &a) { return a.severity; }));

        RUN(d2, u"SecurityAlert | distinct AlertSeverity, ProductName"_s);
        QCOMPARE(d2.columns.size(), 2);
        QCOMPARE(rowText(d2), firstSeen(m_alerts, [](const Alert &a) -> QString {
            return a.severity + u'|' + a.product;
        }));

        RUN(d3, u"SecurityAlert | project AlertSeverity, Status | distinct *"_s);
        QCOMPARE(rowText(d3), firstSeen(m_alerts, [](const Alert &a) -> QString {
            return a.severity + u'|' + a.status;
        }));

        RUN(c, u"SecurityAlert | where AlertSeverity == \"Medium\" | count"_s);
        QCOMPARE(c.columns, (QList<Column> {{u"Count"_s, Type::Long}}));
        QCOMPARE(*c.rows[0][0].get<qint64>(),
            where([](const Alert &a) { return a.severity == u"Medium"; }).size());
    }

    void literalsAndArithmetic()
    {
        RUN(r,
            u"SecurityAlert | take 1 | project A = 'It\\'s', B = \"a\\\"b\\\\c\\n\", C = "
            "@\"C:\\temp\", D = @'x''y', E = datetime(2026-01-01), F = datetime(2026-01-02 "
            "03:04:05.5), G = 1d + 2h + 30m + 10s + 1ms, H = 1.5e1, I = 7 / 2, J = -7 % 3, K "
            "= 7.0 / 2, L = 1 / 0, M = timespan(01:30:00), N = h'hidden', O = toint(\"42\"), "
            "P = todatetime(\"2026-01-01T00:00:00Z\") + 1d, Q = bin(17, 5), R = -2h, S = "
            "[\"AlertName\"], T = tolong(2.9)"_s);
        const Row &v = r.rows.at(0);
        QCOMPARE(v[0].toString(), u"It's"_s);
        QCOMPARE(v[1].toString(), u"a\"b\\c\n"_s);
        QCOMPARE(v[2].toString(), u"C:\\temp"_s);
        QCOMPARE(v[3].toString(), u"x'y"_s);
        QCOMPARE(v[4].toString(), u"2026-01-01T00:00:00Z"_s);
        QCOMPARE(v[5].toString(), u"2026-01-02T03:04:05.5000000Z"_s);
        QCOMPARE(v[6].get<TimeSpan>()->ticks, Day + 2 * Hour + 30 * Minute + 100'000'000 + 10'000);
        QCOMPARE(v[6].toString(), u"1.02:30:10.0010000"_s);
        QCOMPARE(*v[7].get<double>(), 15.0);
        QCOMPARE(*v[8].get<qint64>(), 3);
        QCOMPARE(*v[9].get<qint64>(), -1);
        QCOMPARE(*v[10].get<double>(), 3.5);
        QVERIFY(v[11].isNull());
        QCOMPARE(v[12].get<TimeSpan>()->ticks, 90 * Minute);
        QCOMPARE(v[13].toString(), u"hidden"_s);
        QCOMPARE(r.columns[14].type, Type::Int);
        QCOMPARE(*v[14].get<qint64>(), 42);
        QCOMPARE(v[15].toString(), u"2026-01-02T00:00:00Z"_s);
        QCOMPARE(*v[16].get<qint64>(), 15);
        QCOMPARE(v[17].toString(), u"-02:00:00"_s);
        QCOMPARE(v[18].toString(), m_alerts[0].name);
        QCOMPARE(*v[19].get<qint64>(), 2);

        // Integer overflow wraps instead of being undefined behaviour.
        RUN(o,
            u"SecurityAlert | take 1 | extend A = 9223372036854775807 + 1, B = "
            "-9223372036854775807 - 1, C = B / -1 | project A, B, C"_s);
        QCOMPARE(*o.rows[0][0].get<qint64>(), std::numeric_limits<qint64>::min());
        QCOMPARE(*o.rows[0][2].get<qint64>(), std::numeric_limits<qint64>::min());

        // Comments and line breaks are whitespace; a trailing ';' is allowed.
        RUN(c,
            u"// hunting\nSecurityAlert\n| where AlertSeverity == 'High' // high only\n| count;"_s);
        QCOMPARE(*c.rows[0][0].get<qint64>(),
            where([](const Alert &a) { return a.severity == u"High"; }).size());
    }

    void securityIncidentFromJson()
    {
        RUN(r,
            u"SecurityIncident | where Severity == \"High\" | project IncidentNumber, AlertIds, Owner, Labels, TimeGenerated"_s);
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.columns[0].type, Type::Int);
        QCOMPARE(*r.rows[0][0].get<qint64>(), 101);
        QCOMPARE(r.rows[0][1].toString(), u"[\"alert-1\",\"alert-x\"]"_s);
        QCOMPARE(r.rows[0][2].get<QJsonValue>()->toObject().value(u"assignedTo").toString(),
            u"analyst@contoso.com"_s);
        QVERIFY(r.rows[0][3].get<QJsonValue>()->isArray()); // "[]" text became a dynamic
        QCOMPARE(*r.rows[0][4].get<Timestamp>(), fixedNow().addSecs(-3600));

        RUN(h, u"SecurityIncident | where AlertIds has \"alert-3\" | project IncidentNumber"_s);
        QCOMPARE(h.rows.size(), 1);
        QCOMPARE(*h.rows[0][0].get<qint64>(), 103);
        RUN(s, u"SecurityIncident | summarize count() by Status | sort by Status asc"_s);
        QCOMPARE(s.rows.size(), 2);
        QCOMPARE(s.rows[0][0].toString(), u"Closed"_s);
        QCOMPARE(*s.rows[1][1].get<qint64>(), 4);
        RUN(n,
            u"SecurityIncident | where IncidentNumber in (101, 104) | extend Next = IncidentNumber + 1 | project Next"_s);
        QCOMPARE(n.columns[0].type, Type::Long); // int + long is long
        QCOMPARE(n.rows.size(), 2);
        QCOMPARE(*n.rows[1][0].get<qint64>(), 105);
    }

    void rowSources()
    {
        // A scan stops as soon as take is satisfied: the lead's SQLite cursor is not drained.
        int pulled = 0;
        Catalog catalog;
        const QList<Column> cols {{u"N"_s, Type::Long}, {u"When"_s, Type::DateTime},
            {u"Flag"_s, Type::Bool}, {u"Tags"_s, Type::Dynamic}};
        catalog.add(Table {
            u"Numbers"_s, cols, [&pulled, cols](const RowSink &sink) {
                Row row(cols.size());
                for (int i = 0; i < 1000; ++i) {
                    ++pulled;
                    row[0] = Value::fromVariant(QVariant(i), Type::Long);
                    row[1] = Value::fromVariant(
                        QVariant(u"2026-01-01T00:00:0%1Z"_s.arg(i % 10)), Type::DateTime);
                    row[2] = Value::fromVariant(QVariant(i % 2), Type::Bool);
                    row[3] = Value::fromVariant(QVariant(u"[\"a\",%1]"_s.arg(i)), Type::Dynamic);
                    if (!sink(row))
                        return;
                }
            }});
        KqlError error;
        auto r = run(u"Numbers | where Flag | take 3"_s, catalog, &error);
        QVERIFY2(r, qPrintable(error.message));
        QCOMPARE(r->rows.size(), 3);
        QCOMPARE(*r->rows[2][0].get<qint64>(), 5);
        QCOMPARE(r->rows[2][1].toString(), u"2026-01-01T00:00:05Z"_s);
        QCOMPARE(r->rows[2][3].toString(), u"[\"a\",5]"_s);
        QCOMPARE(pulled, 6);

        // A streamed JSON source stops the same way, each object converted by column type.
        int streamed = 0;
        Catalog jsonCatalog;
        jsonCatalog.add(
            Table::fromJsonScan(u"Json"_s, cols, [&streamed](const Table::JsonSink &sink) {
                for (int i = 0; i < 1000; ++i) {
                    ++streamed;
                    if (!sink(QJsonObject {{u"N"_s, i}, {u"Flag"_s, i % 3 == 0}}))
                        return;
                }
            }));
        r = run(u"Json | where Flag | take 2"_s, jsonCatalog, &error);
        QVERIFY2(r, qPrintable(error.message));
        QCOMPARE(r->rows.size(), 2);
        QCOMPARE(*r->rows[1][0].get<qint64>(), 3);
        QVERIFY(r->rows[1][1].isNull());
        QCOMPARE(streamed, 4);

        // Short rows read null for the missing cells; maxRows truncates.
        Catalog shortRows;
        shortRows.add(Table::fromRows(u"T"_s, cols, {Row {Value(qint64(1))}, Row {}}));
        r = run(u"T | project N, When, Flag"_s, shortRows, &error);
        QVERIFY(r);
        QCOMPARE(r->rows.size(), 2);
        QVERIFY(r->rows[0][1].isNull());
        QVERIFY(r->rows[1][0].isNull());
        Options limited;
        limited.maxRows = 10;
        r = run(u"Numbers"_s, catalog, &error, limited);
        QVERIFY(r);
        QCOMPARE(r->rows.size(), 10);
        QVERIFY(r->truncated);
        r = run(u"Numbers | take 10"_s, catalog, &error, limited);
        QVERIFY(!r->truncated);

        // JSON values convert by column type.
        QCOMPARE(Value::fromJson(QJsonValue(u"2026-01-01T10:00:00.1234567Z"_s), Type::DateTime)
                     .toString(),
            u"2026-01-01T10:00:00.1234567Z"_s);
        QVERIFY(Value::fromJson(QJsonValue(u"not a date"_s), Type::DateTime).isNull());
        QCOMPARE(*Value::fromJson(QJsonValue(3.0), Type::Long).get<qint64>(), 3);
        QCOMPARE(*Value::fromJson(QJsonValue(true), Type::Bool).get<bool>(), true);
        QCOMPARE(
            Value::fromJson(QJsonValue(QJsonArray {1, 2}), Type::String).toString(), u"[1,2]"_s);
    }

    void timespanParameter()
    {
        const Timestamp now = fixedNow();
        const auto range
            = [&](const char *s) { return parseTimespanParameter(QString::fromLatin1(s), now); };
        auto r = range("P1D");
        QVERIFY(r);
        QCOMPARE(r->to, now);
        QCOMPARE(r->from.ticks(), now.ticks() - Day);
        r = range("PT2H30M");
        QVERIFY(r);
        QCOMPARE(r->from.ticks(), now.ticks() - 2 * Hour - 30 * Minute);
        r = range("2026-02-01T00:00:00Z/2026-02-15T00:00:00Z");
        QVERIFY(r);
        QCOMPARE(r->from.toString(), u"2026-02-01T00:00:00Z"_s);
        QCOMPARE(r->to.toString(), u"2026-02-15T00:00:00Z"_s);
        r = range("P7D/2026-02-15T00:00:00Z");
        QVERIFY(r);
        QCOMPARE(r->from.toString(), u"2026-02-08T00:00:00Z"_s);
        r = range("2026-02-01T00:00:00Z/P1W");
        QVERIFY(r);
        QCOMPARE(r->to.toString(), u"2026-02-08T00:00:00Z"_s);
        r = range("2026-02-01T00:00:00Z");
        QVERIFY(r);
        QCOMPARE(r->to, now);
        QVERIFY(!range("P1M")); // months have no fixed length
        QVERIFY(!range("garbage"));
        QVERIFY(!range("2026-02-15T00:00:00Z/2026-02-01T00:00:00Z"));
        QVERIFY(!range(""));

        Options o = m_options;
        o.timeRange = TimeRange {Timestamp::fromTicks(now.ticks() - 6 * Hour), now};
        KqlError error;
        auto result = run(u"SecurityAlert"_s, m_catalog, &error, o);
        QVERIFY(result);
        QCOMPARE(idsOf(*result), idsOf(where([&](const Alert &a) {
            return a.time.ticks() >= now.ticks() - 6 * Hour && a.time <= now;
        })));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("at"); // where the error points: the first occurrence of this
        QTest::addColumn<QString>("message"); // expected message, without the "... at position N: "
        QTest::addColumn<bool>("syntax");

        const auto row = [](const char *tag, const QString &q, const QString &at, const QString &m,
                             bool syntax) { QTest::newRow(tag) << q << at << m << syntax; };
        row("join", u"SecurityAlert | join (SecurityIncident) on SystemAlertId"_s, u"join"_s,
            u"expected an operator after '|' (where, project, project-away, extend, take, "
            "limit, sort, order, summarize, distinct, top, count), found 'join'"_s,
            true);
        row("union", u"union SecurityAlert, SecurityIncident"_s, u"union"_s,
            u"expected a table name at the start of the query, found 'union' (this server runs "
            "a pipeline over one table)"_s,
            true);
        row("mv-expand", u"SecurityAlert | mv-expand Entities"_s, u"mv-expand"_s,
            u"expected an operator after '|' (where, project, project-away, extend, take, "
            "limit, sort, order, summarize, distinct, top, count), found 'mv-expand'"_s,
            true);
        row("missing operand", u"SecurityAlert | where AlertSeverity =="_s, u"<end>"_s,
            u"expected an expression after '==', found the end of the query"_s, true);
        row("missing operand of and", u"SecurityAlert | where IsIncident and | take 1"_s,
            u"| take"_s, u"expected an expression after 'and', found '|'"_s, true);
        row("unclosed string", u"SecurityAlert | where AlertName == \"abc"_s, u"\"abc"_s,
            u"unterminated string literal, expected a closing \""_s, true);
        row("unknown column", u"SecurityAlert | where Foo == 1"_s, u"Foo"_s,
            u"'Foo' is not a column of SecurityAlert"_s, false);
        row("column case", u"SecurityAlert | where productname == \"x\""_s, u"productname"_s,
            u"'productname' is not a column of SecurityAlert; did you mean 'ProductName'? "
            "Column names are case-sensitive"_s,
            false);
        row("column after project",
            u"SecurityAlert | project AlertName | where AlertSeverity == \"High\""_s,
            u"AlertSeverity"_s,
            u"'AlertSeverity' is not a column of the input of 'where' (columns: AlertName)"_s,
            false);
        row("unknown table", u"SecurityAlerts | take 1"_s, u"SecurityAlerts"_s,
            u"unknown table 'SecurityAlerts' (tables: SecurityAlert, SecurityIncident)"_s, false);
        row("where without predicate", u"SecurityAlert | where"_s, u"<end>"_s,
            u"expected a predicate after 'where', found the end of the query"_s, true);
        row("where then pipe", u"SecurityAlert | where | take 5"_s, u"| take"_s,
            u"expected a predicate after 'where', found '|'"_s, true);
        row("predicate not boolean", u"SecurityAlert | where AlertName"_s, u"AlertName"_s,
            u"the predicate of 'where' must be a true/false condition, found string 'AlertName'"_s,
            false);
        row("take without count", u"SecurityAlert | take"_s, u"<end>"_s,
            u"expected a row count (a whole number) after 'take', found the end of the query"_s,
            true);
        row("sort without by", u"SecurityAlert | sort AlertName"_s, u"AlertName"_s,
            u"expected 'by' after 'sort', found 'AlertName'"_s, true);
        row("datetime vs string", u"SecurityAlert | where TimeGenerated > \"2026-01-01\""_s, u">"_s,
            u"'>' cannot be applied to datetime and string; write datetime(2026-01-01) or "
            "todatetime(\"...\")"_s,
            false);
        row("summarize by nothing", u"SecurityAlert | summarize count() by"_s, u"<end>"_s,
            u"expected an expression after 'by', found the end of the query"_s, true);
        row("summarize non-aggregate", u"SecurityAlert | summarize AlertName by Status"_s,
            u"AlertName"_s,
            u"expected an aggregation (count(), countif(), dcount(), sum(), avg(), min(), "
            "max(), make_set()) in 'summarize', found 'AlertName'"_s,
            false);
        row("aggregate outside summarize", u"SecurityAlert | extend n = count()"_s, u"count"_s,
            u"count() is an aggregation; it can be used only in 'summarize'"_s, false);
        row("ago of a number", u"SecurityAlert | where TimeGenerated > ago(1)"_s, u"1)"_s,
            u"ago() expects a timespan such as 1d, 2h, 30m, 10s or 1ms, found long '1'"_s, false);
        row("unknown function", u"SecurityAlert | where foo(AlertName)"_s, u"foo"_s,
            u"unknown function 'foo' (supported: now(), ago(), isempty(), isnotempty(), "
            "isnull(), isnotnull(), tolower(), toupper(), strlen(), tostring(), toint(), "
            "tolong(), toreal(), todouble(), todatetime(), tobool(), toboolean(), "
            "totimespan(), bin(), floor(), not(), iff(), iif(), strcat())"_s,
            false);
        row("unclosed paren", u"SecurityAlert | where (IsIncident or IsIncident | take 1"_s,
            u"| take"_s, u"expected ')' to close the '(' at position 22, found '|'"_s, true);
        row("trailing junk", u"SecurityAlert | take 5 rows"_s, u"rows"_s,
            u"expected '|' or the end of the query after 'take', found 'rows'"_s, true);
        row("junk after predicate", u"SecurityAlert | where AlertName matches regex \"x\""_s,
            u"matches"_s,
            u"expected an operator (==, !=, =~, <, >, contains, has, in, startswith, and, or, "
            "...) or '|', found 'matches'"_s,
            true);
        row("bad escape", u"SecurityAlert | where AlertName == \"a\\qb\""_s, u"\\q"_s,
            u"invalid escape sequence '\\q' in a string literal (\\\\, \\', \\\", \\n, \\t, \\r, \\uXXXX)"_s,
            true);
        row("bad timespan unit", u"SecurityAlert | where TimeGenerated > ago(3x)"_s, u"x)"_s,
            u"unknown timespan unit 'x' (expected d, h, m, s, ms, microsecond or tick)"_s, true);
        row("empty in list", u"SecurityAlert | where AlertSeverity in ()"_s, u")"_s,
            u"expected at least one value in the list of 'in', found ')'"_s, true);
        row("in list type", u"SecurityAlert | where AlertSeverity in (\"High\", 3)"_s, u"3)"_s,
            u"'in' compares string values, but '3' is long"_s, false);
        row("empty query", QString(), u"<end>"_s,
            u"expected a table name at the start of the query, found the end of the query"_s, true);
        row("bad datetime", u"SecurityAlert | where TimeGenerated > datetime(2026-13-01)"_s,
            u"2026-13"_s,
            u"invalid datetime literal '2026-13-01' (expected datetime(yyyy-MM-dd[Thh:mm[:ss[.fffffff]]][Z]))"_s,
            true);
        row("string plus", u"SecurityAlert | extend x = AlertName + \"!\""_s, u"+"_s,
            u"'+' cannot be applied to string and string (use strcat() to join strings)"_s, false);
        row("duplicate project", u"SecurityAlert | project AlertName, AlertName"_s,
            u"AlertName, AlertName"_s, u"column 'AlertName' appears twice in 'project'"_s, false);
        row("wrong arity", u"SecurityAlert | where isempty()"_s, u"isempty"_s,
            u"isempty() takes 1 argument, found 0"_s, false);
        row("unexpected character", u"SecurityAlert | where AlertName == #"_s, u"#"_s,
            u"unexpected character '#'"_s, true);
        row("keyword as operand", u"SecurityAlert | where and"_s, u"and"_s,
            u"expected an expression, found 'and'"_s, true);
    }

    void errors()
    {
        QFETCH(QString, query);
        QFETCH(QString, at);
        QFETCH(QString, message);
        QFETCH(bool, syntax);
        int position = int(query.size());
        if (at != u"<end>") {
            position = int(query.indexOf(at));
            // "duplicate project" points at the second occurrence.
            if (at == u"AlertName, AlertName")
                position = int(query.lastIndexOf(u"AlertName"));
        }
        QVERIFY(position >= 0);
        KqlError error;
        QVERIFY(!run(query, m_catalog, &error, m_options));
        const QString prefix
            = (syntax ? u"Syntax error at position "_s : u"Semantic error at position "_s)
            + QString::number(position) + u": "_s;
        QCOMPARE(error.message, prefix + message);
        QCOMPARE(error.position, position);
        QCOMPARE(error.kind, syntax ? KqlError::Syntax : KqlError::Semantic);
    }

    void serialisers()
    {
        RUN(r,
            u"SecurityAlert | take 2 | project TimeGenerated, AlertName, ConfidenceScore, "
            "IsIncident, N = 5, Age = now() - TimeGenerated, EndTime"_s);
        const QJsonObject la = parseObject(logAnalyticsJson(r));
        QCOMPARE(la.keys(), QStringList {u"tables"_s});
        const QJsonObject table = la.value(u"tables").toArray().at(0).toObject();
        QCOMPARE(table.value(u"name").toString(), u"PrimaryResult"_s);
        QStringList types;
        QStringList names;
        for (const QJsonValue &c : table.value(u"columns").toArray()) {
            names << c[u"name"].toString();
            types << c[u"type"].toString();
        }
        QCOMPARE(names,
            (QStringList {u"TimeGenerated"_s, u"AlertName"_s, u"ConfidenceScore"_s, u"IsIncident"_s,
                u"N"_s, u"Age"_s, u"EndTime"_s}));
        QCOMPARE(types,
            (QStringList {u"datetime"_s, u"string"_s, u"real"_s, u"bool"_s, u"long"_s,
                u"timespan"_s, u"datetime"_s}));
        const QJsonArray rows = table.value(u"rows").toArray();
        QCOMPARE(rows.size(), 2);
        const QJsonArray first = rows.at(0).toArray();
        QCOMPARE(first.size(), 7);
        QCOMPARE(first.at(0).toString(), m_alerts[0].time.toString());
        QVERIFY(first.at(0).toString().endsWith(u'Z'));
        QCOMPARE(first.at(1).toString(), m_alerts[0].name);
        if (m_alerts[0].confidence)
            QCOMPARE(first.at(2).toDouble(), *m_alerts[0].confidence);
        else
            QVERIFY(first.at(2).isNull());
        QCOMPARE(first.at(3).toBool(), m_alerts[0].isIncident);
        QCOMPARE(first.at(4).toInteger(), 5);
        QVERIFY(first.at(5).isString());
        QVERIFY(first.at(6).isNull() == !m_alerts[0].end.has_value());

        const QJsonObject graph = parseObject(huntingJson(r,
            u"https://graph.example/v1.0/$metadata#microsoft.graph.security.huntingQueryResults"_s));
        QCOMPARE(graph.value(u"@odata.context").toString(),
            u"https://graph.example/v1.0/$metadata#microsoft.graph.security.huntingQueryResults"_s);
        QStringList graphTypes;
        for (const QJsonValue &c : graph.value(u"schema").toArray()) {
            QCOMPARE(c.toObject().keys(), (QStringList {u"name"_s, u"type"_s}));
            graphTypes << c[u"type"].toString();
        }
        QCOMPARE(graphTypes,
            (QStringList {u"DateTime"_s, u"String"_s, u"Double"_s, u"Boolean"_s, u"Int64"_s,
                u"TimeSpan"_s, u"DateTime"_s}));
        const QJsonArray results = graph.value(u"results").toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject one = results.at(1).toObject();
        QCOMPARE(one.size(), 7);
        QCOMPARE(one.value(u"TimeGenerated").toString(), m_alerts[1].time.toString());
        QCOMPARE(one.value(u"AlertName").toString(), m_alerts[1].name);
        QCOMPARE(one.value(u"N").toInteger(), 5);
        QVERIFY(!parseObject(huntingJson(r)).contains(u"@odata.context"));

        // Dynamic and int columns of SecurityIncident.
        RUN(i, u"SecurityIncident | take 1 | project IncidentNumber, AlertIds, Owner"_s);
        const QJsonObject gi = parseObject(huntingJson(i));
        QCOMPARE(gi.value(u"schema").toArray().at(0)[u"type"].toString(), u"Int32"_s);
        QCOMPARE(gi.value(u"schema").toArray().at(1)[u"type"].toString(), u"Object"_s);
        QCOMPARE(gi.value(u"results").toArray().at(0)[u"AlertIds"].toString(),
            u"[\"alert-0\",\"alert-x\"]"_s);
        const QJsonObject li = parseObject(logAnalyticsJson(i));
        const QJsonObject lt = li.value(u"tables").toArray().at(0).toObject();
        QCOMPARE(lt.value(u"columns").toArray().at(0)[u"type"].toString(), u"int"_s);
        QCOMPARE(lt.value(u"columns").toArray().at(1)[u"type"].toString(), u"dynamic"_s);
        QCOMPARE(lt.value(u"rows").toArray().at(0).toArray().at(0).toInteger(), 100);

        // An empty result still has its schema.
        RUN(e, u"SecurityAlert | where AlertName == \"none\" | project AlertName"_s);
        const QJsonObject le = parseObject(logAnalyticsJson(e));
        QCOMPARE(le.value(u"tables").toArray().at(0)[u"rows"].toArray().size(), 0);
        QCOMPARE(le.value(u"tables").toArray().at(0)[u"columns"].toArray().size(), 1);

        // Log Analytics' error body.
        const QString bad = u"SecurityAlert\n| jion x"_s;
        KqlError error;
        QVERIFY(!run(bad, m_catalog, &error, m_options));
        const QJsonObject body = logAnalyticsError(error, bad);
        const QJsonObject err = body.value(u"error").toObject();
        QCOMPARE(err.value(u"code").toString(), u"BadArgumentError"_s);
        const QJsonObject inner = err.value(u"innererror").toObject();
        QCOMPARE(inner.value(u"code").toString(), u"SyntaxError"_s);
        const QJsonObject detail = inner.value(u"innererror").toObject();
        QCOMPARE(detail.value(u"line").toInt(), 2);
        QCOMPARE(detail.value(u"pos").toInt(), 2);
        QCOMPARE(detail.value(u"token").toString(), u"jion"_s);
        QCOMPARE(detail.value(u"message").toString(), error.message);
    }

    void fuzzNoCrash()
    {
        const QStringList corpus {
            u"SecurityAlert | where ProductName == \"Azure Security Center\""_s,
            u"SecurityAlert | where TimeGenerated > ago(1d) and AlertSeverity in~ ('high', 'medium') | summarize N = count() by bin(TimeGenerated, 1h), AlertSeverity | top 5 by N desc"_s,
            u"SecurityAlert | extend Age = now() - TimeGenerated | project AlertName, Age, S = strcat(AlertName, '/', Status) | sort by Age asc nulls last | take 3"_s,
            u"SecurityIncident | where AlertIds has_any ('a', 'b') | distinct Status, Severity | count"_s,
            u"SecurityAlert | where not(isempty(CompromisedEntity)) or ConfidenceScore >= 0.5 | project-away Entities | limit 10"_s,
            u"SecurityAlert | summarize dcount(CompromisedEntity), make_set(Status), avg(ConfidenceScore), min(TimeGenerated) by ProductName"_s,
            u"SecurityAlert | where Description !has @'x' and AlertName !startswith_cs \"S\" | project T = datetime(2026-01-01) + 1.5h, x = iff(IsIncident, 1, 2) * -3 % 2"_s,
        };
        const QStringList pieces {u"|"_s, u"where"_s, u"("_s, u")"_s, u"\""_s, u"'"_s, u"=="_s,
            u"in"_s, u"!in~"_s, u","_s, u"summarize"_s, u"by"_s, u"count()"_s, u"ago("_s, u"1d"_s,
            u"datetime("_s, u"-"_s, u"9223372036854775807"_s, u"1e308"_s, u"@\""_s, u"["_s, u"]"_s,
            u"\\"_s, u"not"_s, u"and"_s, u"or"_s, u"top"_s, u"take"_s, u"project"_s, u"="_s, u"."_s,
            u"\n"_s, u"//"_s, u"bin("_s, u"AlertName"_s, u"TimeGenerated"_s, u"0"_s, u"/"_s, u"%"_s,
            u"h'"_s, u"timespan("_s, u"\u00e9"_s, u"\U0001F600"_s};
        QRandomGenerator rng(4242);
        int results = 0, errors = 0;
        const auto check = [&](const QString &q) {
            KqlError error;
            error.position = -1;
            const std::optional<Result> r = run(q, m_catalog, &error, m_options);
            if (r) {
                ++results;
                for (const Row &row : r->rows)
                    QVERIFY(row.size() == r->columns.size());
                logAnalyticsJson(*r);
                huntingJson(*r);
            } else {
                ++errors;
                QVERIFY2(error.position >= 0 && error.position <= q.size(), qPrintable(q));
                QVERIFY2(!error.message.isEmpty(), qPrintable(q));
                logAnalyticsError(error, q);
            }
        };
        // Every prefix of every corpus query.
        for (const QString &q : corpus) {
            for (qsizetype n = 0; n <= q.size(); ++n)
                check(q.left(n));
        }
        // Random edits: delete, duplicate or insert a piece at random places.
        for (int i = 0; i < 4000; ++i) {
            QString q = corpus.at(rng.bounded(int(corpus.size())));
            const int edits = 1 + rng.bounded(4);
            for (int e = 0; e < edits; ++e) {
                const int at = rng.bounded(int(q.size()) + 1);
                switch (rng.bounded(4)) {
                case 0:
                    q.remove(at, rng.bounded(8));
                    break;
                case 1:
                    q.insert(at, pieces.at(rng.bounded(int(pieces.size()))));
                    break;
                case 2:
                    q.insert(at, q.mid(rng.bounded(int(q.size()) + 1), rng.bounded(12)));
                    break;
                default:
                    q.insert(at, QChar(char16_t(rng.bounded(0x20, 0x7f))));
                    break;
                }
            }
            check(q);
        }
        // Random sequences of pieces, and deep nesting.
        for (int i = 0; i < 2000; ++i) {
            QString q = u"SecurityAlert | "_s;
            const int n = rng.bounded(12);
            for (int k = 0; k < n; ++k)
                q += pieces.at(rng.bounded(int(pieces.size()))) + u' ';
            check(q);
        }
        // Random pipelines of valid operators: most bind, some refer to columns a previous
        // operator dropped; all of them must run or fail cleanly.
        const QStringList operators {u"where IsIncident"_s,
            u"where AlertSeverity in~ ('high', 'low')"_s,
            u"where TimeGenerated > ago(1d) or isnull(EndTime)"_s,
            u"where Description has_any ('powershell', 'tor')"_s,
            u"extend X = strlen(AlertName) * 2, Y = now() - TimeGenerated"_s,
            u"extend ConfidenceScore = iff(isnull(ConfidenceScore), 0.0, ConfidenceScore)"_s,
            u"project AlertName, TimeGenerated, ConfidenceScore, X = 1"_s,
            u"project-away Description"_s, u"summarize count() by AlertSeverity"_s,
            u"summarize n = count(), m = max(TimeGenerated), s = make_set(Status) by bin(TimeGenerated, 6h)"_s,
            u"summarize dcount(AlertName), avg(ConfidenceScore)"_s, u"take 3"_s, u"limit 0"_s,
            u"sort by TimeGenerated"_s,
            u"order by AlertName asc, ConfidenceScore desc nulls first"_s, u"distinct *"_s,
            u"distinct AlertName"_s, u"count"_s, u"top 2 by ConfidenceScore"_s,
            u"where count_ > 1"_s, u"where n > 1"_s, u"extend Z = X + 1"_s};
        int pipelines = 0;
        for (int i = 0; i < 3000; ++i) {
            QString q = rng.bounded(4) ? u"SecurityAlert"_s : u"SecurityIncident"_s;
            const int n = 1 + rng.bounded(5);
            for (int k = 0; k < n; ++k)
                q += u" | "_s + operators.at(rng.bounded(int(operators.size())));
            const int before = results;
            check(q);
            pipelines += results - before;
        }
        QVERIFY(pipelines > 500);
        check(u"SecurityAlert | where "_s + QString(5000, u'(') + u"IsIncident"_s
            + QString(5000, u')'));
        check(u"SecurityAlert | where "_s + QString(5000, u'-') + u"1 > 0"_s);
        QString chain = u"SecurityAlert | where 1"_s;
        for (int i = 0; i < 5000; ++i)
            chain += u" + 1"_s;
        check(chain + u" > 0"_s);
        QString calls = u"SecurityAlert | where "_s;
        for (int i = 0; i < 3000; ++i)
            calls += u"not("_s;
        check(calls + u"IsIncident"_s + QString(3000, u')'));
        check(QString(100000, u'|'));
        check(u"SecurityAlert | where AlertName has_any ("_s
            + QStringList(2000, u"'x'"_s).join(u',') + u")"_s);
        qInfo("fuzz: %d queries ran, %d refused", results, errors);
        QVERIFY(results > 100);
        QVERIFY(errors > 100);
    }

    void timing100k()
    {
        const QList<Alert> alerts = makeAlerts(100'000, 99);
        QList<Row> rows;
        rows.reserve(alerts.size());
        for (const Alert &a : alerts)
            rows.append(alertRow(a));
        Catalog catalog;
        catalog.add(Table::fromRows(u"SecurityAlert"_s, securityAlertColumns(), std::move(rows)));
        const QString query = u"SecurityAlert | where ProductName == \"Azure Security Center\" and "
                              "TimeGenerated > ago(2d) | summarize count() by AlertSeverity"_s;
        QMap<QString, qint64> expected;
        for (const Alert &a : alerts) {
            if (a.product == u"Azure Security Center"
                && a.time.ticks() > fixedNow().ticks() - 2 * Day)
                ++expected[a.severity];
        }
        QList<qint64> times;
        std::optional<Result> r;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            KqlError error;
            r = run(query, catalog, &error, m_options);
            times << t.nsecsElapsed();
            QVERIFY2(r, qPrintable(error.message));
        }
        QMap<QString, qint64> got;
        for (const Row &row : r->rows)
            got.insert(row[0].toString(), *row[1].get<qint64>());
        QCOMPARE(got, expected);
        std::sort(times.begin(), times.end());

        QElapsedTimer t;
        t.start();
        KqlError error;
        const auto sorted = run(
            u"SecurityAlert | where AlertName has \"login\" | top 100 by TimeGenerated desc"_s,
            catalog, &error, m_options);
        const qint64 topNs = t.nsecsElapsed();
        QVERIFY(sorted);
        qInfo("100k rows: where + summarize count() by AlertSeverity median %.1f ms (min %.1f); "
              "where has + top 100: %.1f ms",
            double(times[2]) / 1e6, double(times[0]) / 1e6, double(topNs) / 1e6);
    }
};

QTEST_GUILESS_MAIN(TestKql)
#include "tst_kql.moc"
