// The query result model under QAbstractItemModelTester: cell text per KQL type, sort keys
// that order times and numbers by value through a QSortFilterProxyModel, export text, the
// header; and the query error reader of both APIs' 400 bodies.
#include "integration/logquery.h"
#include "item/queryresultmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using wf::integration::QueryResult;
using wf::item::QueryResultModel;
using Type = QueryResultModel::ColumnType;

namespace {

enum Col { Time, Name, Count, Score, Flag, Span, Bag, Id };

QueryResult sample(bool graphNames)
{
    QueryResult r;
    const QStringList la {u"datetime"_s, u"string"_s, u"long"_s, u"real"_s, u"bool"_s,
        u"timespan"_s, u"dynamic"_s, u"int"_s};
    const QStringList graph {u"DateTime"_s, u"String"_s, u"Int64"_s, u"Double"_s, u"Boolean"_s,
        u"TimeSpan"_s, u"Object"_s, u"Int32"_s};
    const QStringList names {u"TimeGenerated"_s, u"Name"_s, u"Count"_s, u"Score"_s, u"Flag"_s,
        u"Span"_s, u"Bag"_s, u"Id"_s};
    for (int i = 0; i < names.size(); ++i)
        r.columns.append({names[i], graphNames ? graph[i] : la[i]});
    r.rows = {
        QJsonArray {u"2026-02-01T08:00:00Z"_s, u"beta"_s, 1234567, 2.5, true, u"1.02:00:00"_s,
            u"[\"a\", \"b\"]"_s, 3},
        QJsonArray {u"2026-11-20T10:30:15.1234567Z"_s, u"Alpha"_s, 9, -1.25, false, u"00:30:00"_s,
            QJsonObject {{u"k"_s, 1}}, 1},
        QJsonArray {u"2025-12-31T23:59:59Z"_s, u"gamma\nsecond line"_s, QJsonValue(), QJsonValue(),
            QJsonValue(), u"-00:00:01"_s, QJsonValue(), 2},
    };
    r.elapsedMs = 12;
    return r;
}

// The column's cells in the proxy's order, as `role`.
QStringList columnOf(const QAbstractItemModel *m, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, column).data(role).toString();
    return out;
}

} // namespace

class QueryResultModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void underTester();
    void typeNames();
    void displayText();
    void sortsByValue();
    void exportText();
    void header();
    void logAnalyticsErrorPosition();
    void huntingErrorPosition();
};

void QueryResultModelTest::underTester()
{
    QueryResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    model.setResult(sample(false));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 8);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(QueryResultModel::SortRole);
    QAbstractItemModelTester proxyTester(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int c = 0; c < model.columnCount(); ++c) {
        proxy.sort(c, Qt::AscendingOrder);
        proxy.sort(c, Qt::DescendingOrder);
    }
    model.setResult(sample(true));
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
}

void QueryResultModelTest::typeNames()
{
    const QList<std::pair<QString, Type>> names {
        {u"string"_s, Type::String},
        {u"String"_s, Type::String},
        {u"datetime"_s, Type::DateTime},
        {u"DateTime"_s, Type::DateTime},
        {u"int"_s, Type::Int},
        {u"Int32"_s, Type::Int},
        {u"long"_s, Type::Long},
        {u"Int64"_s, Type::Long},
        {u"real"_s, Type::Real},
        {u"Double"_s, Type::Real},
        {u"bool"_s, Type::Bool},
        {u"Boolean"_s, Type::Bool},
        {u"timespan"_s, Type::TimeSpan},
        {u"TimeSpan"_s, Type::TimeSpan},
        {u"dynamic"_s, Type::Dynamic},
        {u"Object"_s, Type::Dynamic},
        {u"guid"_s, Type::Guid},
        {u"decimal"_s, Type::Decimal},
        {u"something new"_s, Type::String},
    };
    for (const auto &[name, type] : names)
        QCOMPARE(QueryResultModel::typeOf(name), type);
}

void QueryResultModelTest::displayText()
{
    for (bool graph : {false, true}) {
        QueryResultModel model;
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        model.setLocale(us);
        model.setResult(sample(graph));
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        // Local short date and time, with the seconds the short format leaves out.
        const QDateTime t = QDateTime::fromString(u"2026-11-20T10:30:15Z"_s, Qt::ISODate);
        QString format = us.timeFormat(QLocale::ShortFormat);
        QVERIFY(!format.contains(u's'));
        format = us.dateFormat(QLocale::ShortFormat) + u' ' + format.replace(u"mm"_s, u"mm:ss"_s);
        QCOMPARE(text(1, Time), us.toString(t.toLocalTime(), format));
        QVERIFY(text(1, Time).contains(u":15"_s));
        QCOMPARE(text(0, Count), u"1,234,567"_s);
        QCOMPARE(text(1, Count), u"9"_s);
        QCOMPARE(text(2, Count), QString()); // null
        QCOMPARE(text(0, Score), u"2.5"_s);
        QCOMPARE(text(1, Score), u"-1.25"_s);
        QCOMPARE(text(0, Flag), u"true"_s);
        QCOMPARE(text(1, Flag), u"false"_s);
        QCOMPARE(text(2, Flag), QString());
        QCOMPARE(text(0, Span), u"1.02:00:00"_s);
        // Dynamic: compact JSON, from JSON text (Log Analytics) or JSON (Graph).
        QCOMPARE(text(0, Bag), u"[\"a\",\"b\"]"_s);
        QCOMPARE(text(1, Bag), u"{\"k\":1}"_s);
        // One line per cell; the tooltip keeps the text whole.
        QCOMPARE(text(2, Name), u"gamma second line"_s);
        QCOMPARE(model.index(2, Name).data(Qt::ToolTipRole).toString(), u"gamma\nsecond line"_s);
        QCOMPARE(model.index(0, Count).data(Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.index(0, Name).data(Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignLeft | Qt::AlignVCenter));

        model.setLocale(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(text(1, Time), t.toLocalTime().toString(u"dd.MM.yy HH:mm:ss"_s));
        QCOMPARE(text(0, Count), u"1.234.567"_s);
        QCOMPARE(text(0, Score), u"2,5"_s);
    }

    // A long cell is cut for display, whole in its tooltip.
    QueryResult r;
    r.columns = {{u"Text"_s, u"string"_s}};
    const QString longText(3000, u'x');
    r.rows = {QJsonArray {longText}};
    QueryResultModel model;
    model.setResult(r);
    const QString shown = model.index(0, 0).data().toString();
    QCOMPARE(shown.size(), QueryResultModel::kMaxDisplay + 1);
    QVERIFY(shown.endsWith(u'\u2026'));
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), longText);
}

void QueryResultModelTest::sortsByValue()
{
    QueryResultModel model;
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setResult(sample(false));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(QueryResultModel::SortRole);

    // Times: 2025-12-31 < 2026-02-01 < 2026-11-20, though their text sorts otherwise
    // ("11/20/26" < "12/31/25" < "2/1/26").
    proxy.sort(Time, Qt::AscendingOrder);
    QCOMPARE(columnOf(&proxy, Id), (QStringList {u"2"_s, u"3"_s, u"1"_s}));
    QStringList shown = columnOf(&proxy, Time);
    QStringList byText = shown;
    byText.sort();
    QVERIFY2(byText != shown, "the test needs times whose text order differs");
    proxy.sort(Time, Qt::DescendingOrder);
    QCOMPARE(columnOf(&proxy, Id), (QStringList {u"1"_s, u"3"_s, u"2"_s}));

    // Numbers by value ("1,234,567" < "9" as text), nulls first when ascending.
    proxy.sort(Count, Qt::AscendingOrder);
    QCOMPARE(columnOf(&proxy, Count), (QStringList {QString(), u"9"_s, u"1,234,567"_s}));
    proxy.sort(Score, Qt::AscendingOrder);
    QCOMPARE(columnOf(&proxy, Score), (QStringList {QString(), u"-1.25"_s, u"2.5"_s}));
    proxy.sort(Span, Qt::AscendingOrder);
    QCOMPARE(
        columnOf(&proxy, Span), (QStringList {u"-00:00:01"_s, u"00:30:00"_s, u"1.02:00:00"_s}));
    proxy.sort(Flag, Qt::AscendingOrder);
    QCOMPARE(columnOf(&proxy, Flag), (QStringList {QString(), u"false"_s, u"true"_s}));
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(Name, Qt::AscendingOrder);
    QCOMPARE(columnOf(&proxy, Id), (QStringList {u"1"_s, u"3"_s, u"2"_s}));
    // Back to the query's own order.
    proxy.sort(-1);
    QCOMPARE(columnOf(&proxy, Id), (QStringList {u"3"_s, u"1"_s, u"2"_s}));

    // A new result drops the cached keys of the old one.
    QueryResult other = sample(false);
    std::reverse(other.rows.begin(), other.rows.end());
    model.setResult(other);
    proxy.sort(Time, Qt::AscendingOrder);
    QCOMPARE(columnOf(&proxy, Id), (QStringList {u"2"_s, u"3"_s, u"1"_s}));
}

void QueryResultModelTest::exportText()
{
    QueryResultModel model;
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    model.setResult(sample(false));
    const int role = QueryResultModel::ExportRole;
    auto text = [&](int row, int column) { return model.index(row, column).data(role).toString(); };
    QCOMPARE(text(1, Time), u"2026-11-20T10:30:15.1234567Z"_s); // as the API wrote it
    QCOMPARE(text(0, Count), u"1234567"_s);
    QCOMPARE(text(0, Score), u"2.5"_s);
    QCOMPARE(text(0, Flag), u"true"_s);
    QCOMPARE(text(0, Bag), u"[\"a\",\"b\"]"_s);
    QCOMPARE(text(2, Name), u"gamma\nsecond line"_s);
    QCOMPARE(text(2, Count), QString());
}

void QueryResultModelTest::header()
{
    QueryResultModel model;
    model.setResult(sample(true));
    QCOMPARE(model.headerData(Time, Qt::Horizontal).toString(), u"TimeGenerated"_s);
    QCOMPARE(model.headerData(Time, Qt::Horizontal, Qt::ToolTipRole).toString(), u"DateTime"_s);
    QCOMPARE(model.headerData(Count, Qt::Horizontal, QueryResultModel::TypeRole).toInt(),
        int(Type::Long));
    QCOMPARE(model.columnType(Bag), Type::Dynamic);
    QCOMPARE(model.headerData(Count, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.headerData(Name, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignLeft | Qt::AlignVCenter));
}

void QueryResultModelTest::logAnalyticsErrorPosition()
{
    // The body the Log Analytics API gives for a syntax error on the second line.
    const QString kql = u"SecurityAlert\n| jon X"_s;
    const QJsonObject body {{u"error"_s,
        QJsonObject {{u"message"_s, u"The request had some invalid properties"_s},
            {u"code"_s, u"BadArgumentError"_s},
            {u"innererror"_s,
                QJsonObject {{u"code"_s, u"SyntaxError"_s},
                    {u"message"_s, u"A recognition error occurred in the query."_s},
                    {u"innererror"_s,
                        QJsonObject {{u"code"_s, u"SYN0002"_s},
                            {u"message"_s, u"Query could not be parsed at 'jon' on line [2,2]"_s},
                            {u"line"_s, 2}, {u"pos"_s, 2}, {u"token"_s, u"jon"_s}}}}}}}};
    QueryResult r;
    r.error.kind = wf::net::ApiError::Kind::BadRequest;
    r.error.message = u"The request had some invalid properties"_s;
    r.readQueryError(QJsonDocument(body).toJson(), kql);
    QCOMPARE(r.errorPosition, 16);
    QCOMPARE(kql.mid(r.errorPosition, 3), u"jon"_s);
    QCOMPARE(r.errorToken, u"jon"_s);
    QCOMPARE(r.error.message, u"Query could not be parsed at 'jon' on line [2,2]"_s);
}

void QueryResultModelTest::huntingErrorPosition()
{
    const QString kql = u"SecurityAlert | join X"_s;
    QueryResult r;
    r.error.kind = wf::net::ApiError::Kind::BadRequest;
    r.error.message
        = u"Syntax error at position 16: expected an operator after '|', found 'join'"_s;
    r.readQueryError(R"({"error":{"code":"BadRequest","message":"ignored here"}})", kql);
    QCOMPARE(r.errorPosition, 16);
    QVERIFY(r.errorToken.isEmpty());

    // A position past the text is kept inside it; no position, none guessed.
    r.errorPosition = -1;
    r.error.message = u"Syntax error at position 99: expected a table"_s;
    r.readQueryError({}, kql);
    QCOMPARE(r.errorPosition, int(kql.size()));
    r.errorPosition = -1;
    r.error.message = u"Something else went wrong"_s;
    r.readQueryError({}, kql);
    QCOMPARE(r.errorPosition, -1);
}

QTEST_GUILESS_MAIN(QueryResultModelTest)
#include "tst_queryresultmodel.moc"
