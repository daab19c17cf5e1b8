// Cells of a query result as text, sort keys and export text, by the column's KQL type.
#include "queryresultmodel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <optional>

namespace wf::item {

namespace {

using ColumnType = QueryResultModel::ColumnType;

constexpr qint64 kNullKey = std::numeric_limits<qint64>::min();

bool isNumeric(ColumnType t)
{
    return t == ColumnType::Int || t == ColumnType::Long || t == ColumnType::Real
        || t == ColumnType::Decimal;
}

QDateTime parseTime(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

// KQL's timespan text, [-][d.]hh:mm:ss[.fffffff], in 100 ns ticks; nullopt if not one.
std::optional<qint64> parseTimespan(QStringView s)
{
    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s = s.mid(1);
    }
    qint64 days = 0;
    const qsizetype colon = s.indexOf(u':');
    const qsizetype dot = s.indexOf(u'.');
    if (dot >= 0 && colon > dot) {
        bool ok = false;
        days = s.left(dot).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        s = s.mid(dot + 1);
    }
    const QList<QStringView> parts = s.split(u':');
    if (parts.size() != 3)
        return std::nullopt;
    bool okH = false, okM = false, okS = false;
    const qint64 hours = parts[0].toLongLong(&okH);
    const qint64 minutes = parts[1].toLongLong(&okM);
    const QList<QStringView> secs = parts[2].split(u'.');
    const qint64 seconds = secs[0].toLongLong(&okS);
    if (!okH || !okM || !okS)
        return std::nullopt;
    qint64 fraction = 0;
    if (secs.size() > 1) {
        const QString digits = secs[1].left(7).toString().leftJustified(7, u'0');
        bool ok = false;
        fraction = digits.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    }
    const qint64 ticks
        = (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 10000000 + fraction;
    return negative ? -ticks : ticks;
}

// Dynamic values: arrays and objects as compact JSON, whether the API sent them as JSON
// or (as Log Analytics does) as JSON text.
QString compactJson(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isString()) {
        const QString s = v.toString();
        const QStringView t = QStringView(s).trimmed();
        if (t.startsWith(u'[') || t.startsWith(u'{')) {
            const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8());
            if (!doc.isNull())
                return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
        }
        return s;
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return {};
}

qint64 integerOf(const QJsonValue &v, bool *ok)
{
    *ok = true;
    if (v.isDouble())
        return v.toInteger(qint64(v.toDouble()));
    if (v.isString())
        return v.toString().toLongLong(ok);
    *ok = false;
    return 0;
}

double realOf(const QJsonValue &v, bool *ok)
{
    *ok = true;
    if (v.isDouble())
        return v.toDouble();
    if (v.isString())
        return v.toString().toDouble(ok);
    *ok = false;
    return 0;
}

std::optional<bool> boolOf(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString()) {
        if (v.toString().compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (v.toString().compare(u"false", Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

} // namespace

QueryResultModel::QueryResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    updateTimeFormat();
}

QueryResultModel::ColumnType QueryResultModel::typeOf(QStringView name)
{
    struct Name
    {
        const char16_t *text;
        ColumnType type;
    };
    // Log Analytics' names, then Graph's (.NET) names.
    static constexpr Name names[] = {
        {u"string", ColumnType::String},
        {u"datetime", ColumnType::DateTime},
        {u"int", ColumnType::Int},
        {u"long", ColumnType::Long},
        {u"real", ColumnType::Real},
        {u"decimal", ColumnType::Decimal},
        {u"bool", ColumnType::Bool},
        {u"timespan", ColumnType::TimeSpan},
        {u"guid", ColumnType::Guid},
        {u"dynamic", ColumnType::Dynamic},
        {u"date", ColumnType::DateTime},
        {u"int32", ColumnType::Int},
        {u"int64", ColumnType::Long},
        {u"double", ColumnType::Real},
        {u"boolean", ColumnType::Bool},
        {u"object", ColumnType::Dynamic},
    };
    for (const Name &n : names) {
        if (name.compare(QStringView(n.text), Qt::CaseInsensitive) == 0)
            return n.type;
    }
    return ColumnType::String;
}

void QueryResultModel::setResult(integration::QueryResult result)
{
    beginResetModel();
    m_result = std::move(result);
    m_types.clear();
    m_types.reserve(m_result.columns.size());
    for (const integration::QueryColumn &c : std::as_const(m_result.columns))
        m_types.push_back(typeOf(c.type));
    m_sortKeys.assign(m_types.size(), {});
    endResetModel();
}

void QueryResultModel::clear()
{
    setResult({});
}

QueryResultModel::ColumnType QueryResultModel::columnType(int column) const
{
    return column >= 0 && column < int(m_types.size()) ? m_types[size_t(column)]
                                                       : ColumnType::String;
}

void QueryResultModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    updateTimeFormat();
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
            {Qt::DisplayRole, Qt::ToolTipRole});
}

void QueryResultModel::updateTimeFormat()
{
    // The locale's short forms drop the seconds (en_US "h:mm AP"); a log needs them.
    QString time = m_locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(u's'))
        time.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    m_timeFormat = m_locale.dateFormat(QLocale::ShortFormat) + u' ' + time;
}

int QueryResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int QueryResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.columns.size());
}

QJsonValue QueryResultModel::cell(int row, int column) const
{
    return m_result.rows.at(row).at(column);
}

QString QueryResultModel::fullText(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    const QJsonValue v = cell(row, column);
    const ColumnType type = columnType(column);
    switch (type) {
    case ColumnType::DateTime: {
        const QDateTime t = parseTime(v);
        return t.isValid() ? m_locale.toString(t.toLocalTime(), m_timeFormat) : v.toString();
    }
    case ColumnType::Int:
    case ColumnType::Long: {
        bool ok = false;
        const qint64 n = integerOf(v, &ok);
        return ok ? m_locale.toString(n) : QString();
    }
    case ColumnType::Real:
    case ColumnType::Decimal: {
        bool ok = false;
        const double d = realOf(v, &ok);
        return ok ? m_locale.toString(d, 'g', QLocale::FloatingPointShortest) : QString();
    }
    default:
        return exportText(v, type);
    }
}

QString QueryResultModel::exportText(const QJsonValue &v, ColumnType type) const
{
    switch (type) {
    case ColumnType::Bool: {
        const std::optional<bool> b = boolOf(v);
        return b ? (*b ? QStringLiteral("true") : QStringLiteral("false")) : QString();
    }
    case ColumnType::Int:
    case ColumnType::Long: {
        bool ok = false;
        const qint64 n = integerOf(v, &ok);
        return ok ? QString::number(n) : QString();
    }
    default:
        // Times stay as the API wrote them (ISO 8601 UTC); strings as they are.
        return v.isString() && type != ColumnType::Dynamic ? v.toString() : compactJson(v);
    }
}

QVariant QueryResultModel::sortKey(const QJsonValue &v, ColumnType type) const
{
    switch (type) {
    case ColumnType::DateTime: {
        const QDateTime t = parseTime(v);
        return t.isValid() ? t.toMSecsSinceEpoch() : kNullKey;
    }
    case ColumnType::Int:
    case ColumnType::Long: {
        bool ok = false;
        const qint64 n = integerOf(v, &ok);
        return ok ? n : kNullKey;
    }
    case ColumnType::Real:
    case ColumnType::Decimal: {
        bool ok = false;
        const double d = realOf(v, &ok);
        return ok && !std::isnan(d) ? d : std::numeric_limits<double>::lowest();
    }
    case ColumnType::Bool: {
        const std::optional<bool> b = boolOf(v);
        return qint64(b ? int(*b) : -1);
    }
    case ColumnType::TimeSpan:
        return parseTimespan(v.toString()).value_or(kNullKey);
    default:
        return exportText(v, type);
    }
}

QVariant QueryResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row(), column = index.column();
    const ColumnType type = columnType(column);
    switch (role) {
    case Qt::DisplayRole: {
        QString s = fullText(row, column);
        // One line per row, and no megabyte of JSON laid out for a cell.
        if (s.size() > kMaxDisplay) {
            s.truncate(kMaxDisplay);
            s += u'\u2026';
        }
        for (QChar &c : s) {
            if (c == u'\n' || c == u'\r' || c == u'\t')
                c = u' ';
        }
        return s;
    }
    case Qt::ToolTipRole:
        return fullText(row, column);
    case Qt::TextAlignmentRole:
        return isNumeric(type) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole: {
        std::vector<QVariant> &keys = m_sortKeys[size_t(column)];
        if (keys.empty()) {
            keys.reserve(size_t(rowCount()));
            for (int r = 0; r < rowCount(); ++r)
                keys.push_back(sortKey(cell(r, column), type));
        }
        return keys[size_t(row)];
    }
    case ExportRole:
        return exportText(cell(row, column), type);
    case TypeRole:
        return int(type);
    default:
        return {};
    }
}

QVariant QueryResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const integration::QueryColumn &c = m_result.columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return c.name;
    case Qt::ToolTipRole:
        return c.type;
    case Qt::TextAlignmentRole:
        // Over a column of right-aligned numbers, the name too.
        return isNumeric(columnType(section)) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case TypeRole:
        return int(columnType(section));
    default:
        return {};
    }
}

} // namespace wf::item
