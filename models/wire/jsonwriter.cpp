// JSON text output with the escaping QJsonDocument uses (UTF-8, control characters as \u).
#include "jsonwriter.h"

#include <QLocale>

namespace wf::wire {

void JsonWriter::separator()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out->append(',');
    m_first = false;
}

void JsonWriter::open(char c)
{
    separator();
    m_out->append(c);
    m_first = true;
}

void JsonWriter::close(char c)
{
    m_out->append(c);
    m_first = false;
}

void JsonWriter::key(QLatin1StringView name)
{
    separator();
    string(name);
    m_out->append(':');
    m_afterKey = true;
}

void JsonWriter::key(const QString &name)
{
    separator();
    string(QStringView(name));
    m_out->append(':');
    m_afterKey = true;
}

void JsonWriter::string(QLatin1StringView s)
{
    bool plain = true;
    for (char c : s) {
        if (c == '"' || c == '\\' || uchar(c) < 0x20 || uchar(c) >= 0x80) {
            plain = false;
            break;
        }
    }
    if (!plain) {
        string(QStringView(QString(s)));
        return;
    }
    m_out->append('"');
    m_out->append(s.data(), s.size());
    m_out->append('"');
}

void JsonWriter::string(QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    m_out->append('"');
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            m_out->append(s.mid(runStart, end - runStart).toUtf8());
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        runStart = i + 1;
        switch (c) {
        case u'"':
            m_out->append("\\\"");
            break;
        case u'\\':
            m_out->append("\\\\");
            break;
        case u'\n':
            m_out->append("\\n");
            break;
        case u'\r':
            m_out->append("\\r");
            break;
        case u'\t':
            m_out->append("\\t");
            break;
        case u'\b':
            m_out->append("\\b");
            break;
        case u'\f':
            m_out->append("\\f");
            break;
        default: {
            const char esc[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 15], hex[c & 15]};
            m_out->append(esc, 6);
        }
        }
    }
    flush(s.size());
    m_out->append('"');
}

void JsonWriter::value(const QString &s)
{
    separator();
    string(QStringView(s));
}

void JsonWriter::value(QLatin1StringView s)
{
    separator();
    string(s);
}

void JsonWriter::value(bool b)
{
    separator();
    m_out->append(b ? "true" : "false");
}

void JsonWriter::value(qint64 n)
{
    separator();
    m_out->append(QByteArray::number(n));
}

void JsonWriter::value(double d)
{
    separator();
    if (qIsFinite(d))
        m_out->append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
    else
        m_out->append("null"); // JSON has no NaN/Inf; QJsonDocument writes null too
}

void JsonWriter::null()
{
    separator();
    m_out->append("null");
}

void JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        value(v.toBool());
        break;
    case QJsonValue::Double:
        if (v.isDouble() && double(v.toInteger()) == v.toDouble())
            value(v.toInteger());
        else
            value(v.toDouble());
        break;
    case QJsonValue::String:
        value(v.toString());
        break;
    case QJsonValue::Array:
        value(v.toArray());
        break;
    case QJsonValue::Object:
        value(v.toObject());
        break;
    }
}

void JsonWriter::value(const QJsonObject &o)
{
    beginObject();
    members(o, [](const QString &) { return false; });
    endObject();
}

void JsonWriter::value(const QJsonArray &a)
{
    beginArray();
    for (const QJsonValue &v : a)
        value(v);
    endArray();
}

} // namespace wf::wire
