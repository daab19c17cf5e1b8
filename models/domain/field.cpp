// Timestamp parsing/printing and enum name tables.
#include "field.h"

#include <QDateTime>

namespace wf {

namespace {

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, int *y, unsigned *m, unsigned *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 yy = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = int(yy + (*m <= 2));
}

// A character of either spelling of the text, as a code.
inline int code(QChar c)
{
    return c.unicode();
}
inline int code(char c)
{
    return uchar(c);
}

template<class S>
bool digits(S s, qsizetype pos, int count, int *out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const int c = code(s[pos + i]);
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

} // namespace

Timestamp Timestamp::now()
{
    return fromMSecs(QDateTime::currentMSecsSinceEpoch());
}

namespace {

// ISO 8601 in UTF-16 or in the bytes of a JSON document alike.
template<class S>
bool parseIso(S s, Timestamp *out)
{
    auto at = [&s](qsizetype i) { return code(s[i]); };
    int year, month, day, hour, minute, second;
    if (!digits(s, 0, 4, &year) || s.size() < 19 || at(4) != '-' || !digits(s, 5, 2, &month)
        || at(7) != '-' || !digits(s, 8, 2, &day) || (at(10) != 'T' && at(10) != 't')
        || !digits(s, 11, 2, &hour) || at(13) != ':' || !digits(s, 14, 2, &minute) || at(16) != ':'
        || !digits(s, 17, 2, &second))
        return false;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23
        || minute > 59 || second > 60)
        return false;
    qsizetype pos = 19;
    qint64 fraction = 0;
    if (pos < s.size() && at(pos) == '.') {
        ++pos;
        int n = 0;
        while (pos < s.size() && at(pos) >= '0' && at(pos) <= '9') {
            if (n < 7) {
                fraction = fraction * 10 + (at(pos) - '0');
                ++n;
            }
            ++pos;
        }
        if (n == 0)
            return false;
        for (; n < 7; ++n)
            fraction *= 10;
    }
    qint64 offsetSecs = 0;
    if (pos < s.size() && (at(pos) == 'Z' || at(pos) == 'z')) {
        ++pos;
    } else if (pos < s.size() && (at(pos) == '+' || at(pos) == '-')) {
        const int sign = at(pos) == '-' ? -1 : 1;
        int oh, om;
        if (!digits(s, pos + 1, 2, &oh) || pos + 3 >= s.size() || at(pos + 3) != ':'
            || !digits(s, pos + 4, 2, &om) || oh > 23 || om > 59)
            return false;
        offsetSecs = sign * (oh * 3600 + om * 60);
        pos += 6;
    } else if (pos != s.size()) {
        return false;
    } // no zone: Graph means UTC
    if (pos != s.size())
        return false;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetSecs;
    *out = Timestamp::fromTicks(secs * Timestamp::TicksPerSecond + fraction);
    return true;
}

} // namespace

bool Timestamp::parse(QStringView s, Timestamp *out)
{
    return parseIso(s, out);
}

bool Timestamp::parse(QByteArrayView s, Timestamp *out)
{
    return parseIso(s, out);
}

QString Timestamp::toString() const
{
    qint64 secs = m_ticks / TicksPerSecond;
    qint64 frac = m_ticks % TicksPerSecond;
    if (frac < 0) {
        frac += TicksPerSecond;
        --secs;
    }
    qint64 days = secs / 86400;
    qint64 rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    int y;
    unsigned m, d;
    civilFromDays(days, &y, &m, &d);
    char buf[40];
    if (frac)
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%07lldZ", y, m, d,
                      int(rem / 3600), int(rem / 60 % 60), int(rem % 60), qlonglong(frac));
    else
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", y, m, d, int(rem / 3600),
                      int(rem / 60 % 60), int(rem % 60));
    return QString::fromLatin1(buf);
}

EnumNames::EnumNames(const char *commaSeparated)
{
    const QString all = QString::fromLatin1(commaSeparated);
    for (const QString &part : all.split(u',')) {
        QString name = part.trimmed();
        if (name.endsWith(u'_')) // a C++ keyword on the wire, e.g. alertStatus `new`
            name.chop(1);
        m_names.append(name);
    }
}

int EnumNames::ordinalOf(QStringView name) const
{
    for (int i = 0; i < m_names.size(); ++i) {
        if (name.compare(m_names.at(i), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int detail::fallbackOrdinal(const EnumNames &names)
{
    const int f = names.ordinalOf(u"unknownFutureValue");
    return f >= 0 ? f : 0;
}

} // namespace wf
