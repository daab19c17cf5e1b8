// A streaming JSON writer: the hot path of the server writes Graph objects straight to
// bytes instead of building a QJsonObject and serialising it (several times faster).
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace wf::wire {

class JsonWriter
{
public:
    explicit JsonWriter(QByteArray *out)
        : m_out(out)
    {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(QLatin1StringView name);
    void key(const QString &name);

    void value(const QString &s);
    void value(QLatin1StringView s);
    void value(bool b);
    void value(qint64 n);
    void value(double d);
    void null();
    void value(const QJsonValue &v);
    void value(const QJsonObject &o);
    void value(const QJsonArray &a);

    // Writes the members of `o` whose names `skip` does not want (the caller already
    // wrote them).
    template<class Skip>
    void members(const QJsonObject &o, Skip skip)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (skip(it.key()))
                continue;
            key(it.key());
            value(it.value());
        }
    }

private:
    void separator();
    void open(char c);
    void close(char c);
    void string(QStringView s);
    void string(QLatin1StringView s);

    QByteArray *m_out;
    bool m_first = true;
    bool m_afterKey = false;
};

} // namespace wf::wire
