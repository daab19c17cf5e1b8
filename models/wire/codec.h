// Generic JSON codec for the domain types: one table of members per type (schema.h)
// drives decode and encode, keeps unknown members, and reports bad input with its path.
#pragma once

#include "domain/alert.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <optional>
#include <tuple>

namespace wf::wire {

// Collects the first decode error together with the JSON path where it happened.
class DecodeContext
{
public:
    void push(QLatin1StringView key) { m_path.append(QString(key)); }
    void pushIndex(qsizetype i) { m_path.append(u'[' + QString::number(i) + u']'); }
    void pop() { m_path.removeLast(); }
    void fail(const QString &message);
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    QStringList m_path;
    QString m_error;
};

template<class T>
struct Schema; // specialised in schema.h: `static auto members()`

template<class C, class M>
struct Member
{
    QLatin1StringView name;
    M C::*ptr;
};
template<class C, class M>
constexpr Member<C, M> member(const char *name, M C::*ptr)
{
    return {QLatin1StringView(name), ptr};
}

template<class T>
concept HasSchema = requires { Schema<T>::members(); };

QString jsonTypeName(const QJsonValue &v);

// ---- scalars
inline QJsonValue encodeValue(const QString &v) { return v; }
inline QJsonValue encodeValue(bool v) { return v; }
inline QJsonValue encodeValue(qint64 v) { return v; }
inline QJsonValue encodeValue(double v) { return v; }
inline QJsonValue encodeValue(const Timestamp &v) { return v.toString(); }
inline QJsonValue encodeValue(const QStringList &v) { return QJsonArray::fromStringList(v); }
inline QJsonValue encodeValue(const QJsonObject &v) { return v; }
inline QJsonValue encodeValue(const QJsonArray &v) { return v; }
template<class E>
QJsonValue encodeValue(const Enum<E> &v)
{
    return v.name();
}
QJsonValue encodeValue(const Evidence &v);
template<HasSchema T>
QJsonValue encodeValue(const T &v);
template<class T>
QJsonValue encodeValue(const QList<T> &list)
{
    QJsonArray a;
    for (const T &item : list)
        a.append(encodeValue(item));
    return a;
}

bool decodeValue(const QJsonValue &j, QString *out, DecodeContext &ctx);
bool decodeValue(const QJsonValue &j, bool *out, DecodeContext &ctx);
bool decodeValue(const QJsonValue &j, qint64 *out, DecodeContext &ctx);
bool decodeValue(const QJsonValue &j, double *out, DecodeContext &ctx);
bool decodeValue(const QJsonValue &j, Timestamp *out, DecodeContext &ctx);
bool decodeValue(const QJsonValue &j, QStringList *out, DecodeContext &ctx);
bool decodeValue(const QJsonValue &j, QJsonObject *out, DecodeContext &ctx);
bool decodeValue(const QJsonValue &j, QJsonArray *out, DecodeContext &ctx);
bool decodeValue(const QJsonValue &j, Evidence *out, DecodeContext &ctx);
template<class E>
bool decodeValue(const QJsonValue &j, Enum<E> *out, DecodeContext &ctx)
{
    if (!j.isString()) {
        ctx.fail(QStringLiteral("expected a string, got %1").arg(jsonTypeName(j)));
        return false;
    }
    *out = Enum<E>::fromName(j.toString());
    return true;
}
template<HasSchema T>
bool decodeValue(const QJsonValue &j, T *out, DecodeContext &ctx);
template<class T>
bool decodeValue(const QJsonValue &j, QList<T> *out, DecodeContext &ctx)
{
    if (!j.isArray()) {
        ctx.fail(QStringLiteral("expected an array, got %1").arg(jsonTypeName(j)));
        return false;
    }
    const QJsonArray a = j.toArray();
    out->clear();
    out->reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        ctx.pushIndex(i);
        T item;
        const bool ok = decodeValue(a.at(i), &item, ctx);
        ctx.pop();
        if (!ok)
            return false;
        out->append(std::move(item));
    }
    return true;
}

// ---- fields: absent stays absent, null stays null
template<class T>
void encodeField(QJsonObject &o, QLatin1StringView name, const Field<T> &f)
{
    switch (f.presence()) {
    case Presence::Missing:
        break;
    case Presence::Null:
        o.insert(name, QJsonValue::Null);
        break;
    case Presence::Value:
        o.insert(name, encodeValue(f.value()));
        break;
    }
}

template<class T>
bool decodeField(const QJsonObject &o, QLatin1StringView name, Field<T> &f, DecodeContext &ctx)
{
    const auto it = o.constFind(name);
    if (it == o.constEnd()) {
        f.clear();
        return true;
    }
    if (it->isNull()) {
        f.setNull();
        return true;
    }
    ctx.push(name);
    T value;
    const bool ok = decodeValue(*it, &value, ctx);
    ctx.pop();
    if (ok)
        f = std::move(value);
    return ok;
}

// ---- objects
template<class T>
void encodeMembers(QJsonObject &o, const T &v)
{
    std::apply([&](auto... m) { (encodeField(o, m.name, v.*(m.ptr)), ...); },
               Schema<T>::members());
}

template<class T>
bool decodeMembers(const QJsonObject &o, T &v, DecodeContext &ctx)
{
    return std::apply([&](auto... m) { return (decodeField(o, m.name, v.*(m.ptr), ctx) && ...); },
                      Schema<T>::members());
}

template<class T>
void removeMembers(QJsonObject &o)
{
    std::apply([&](auto... m) { (o.remove(m.name), ...); }, Schema<T>::members());
}

template<HasSchema T>
QJsonValue encodeValue(const T &v)
{
    QJsonObject o = v.extra;
    encodeMembers(o, v);
    return o;
}

template<HasSchema T>
bool decodeValue(const QJsonValue &j, T *out, DecodeContext &ctx)
{
    if (!j.isObject()) {
        ctx.fail(QStringLiteral("expected an object, got %1").arg(jsonTypeName(j)));
        return false;
    }
    const QJsonObject o = j.toObject();
    if (!decodeMembers(o, *out, ctx))
        return false;
    out->extra = o;
    removeMembers<T>(out->extra);
    return true;
}

// ---- the public entry points
template<class T>
QJsonObject encode(const T &v)
{
    return encodeValue(v).toObject();
}

template<class T>
std::optional<T> decode(const QJsonValue &j, QString *error = nullptr)
{
    DecodeContext ctx;
    T v;
    if (decodeValue(j, &v, ctx))
        return v;
    if (error)
        *error = ctx.error();
    return std::nullopt;
}

// ---- straight to bytes: the same tables, written with JsonWriter (the server's hot path)
inline void writeValue(JsonWriter &w, const QString &v) { w.value(v); }
inline void writeValue(JsonWriter &w, bool v) { w.value(v); }
inline void writeValue(JsonWriter &w, qint64 v) { w.value(v); }
inline void writeValue(JsonWriter &w, double v) { w.value(v); }
inline void writeValue(JsonWriter &w, const Timestamp &v) { w.value(v.toString()); }
inline void writeValue(JsonWriter &w, const QJsonObject &v) { w.value(v); }
inline void writeValue(JsonWriter &w, const QJsonArray &v) { w.value(v); }
inline void writeValue(JsonWriter &w, const QStringList &v)
{
    w.beginArray();
    for (const QString &s : v)
        w.value(s);
    w.endArray();
}
template<class E>
void writeValue(JsonWriter &w, const Enum<E> &v)
{
    w.value(v.name());
}
void writeValue(JsonWriter &w, const Evidence &v);
template<HasSchema T>
void writeValue(JsonWriter &w, const T &v);
template<class T>
void writeValue(JsonWriter &w, const QList<T> &list)
{
    w.beginArray();
    for (const T &item : list)
        writeValue(w, item);
    w.endArray();
}

template<class T>
void writeField(JsonWriter &w, QLatin1StringView name, const Field<T> &f)
{
    switch (f.presence()) {
    case Presence::Missing:
        break;
    case Presence::Null:
        w.key(name);
        w.null();
        break;
    case Presence::Value:
        w.key(name);
        writeValue(w, f.value());
        break;
    }
}

template<class Tuple>
QSet<QString> memberNames(const Tuple &members)
{
    QSet<QString> names;
    std::apply([&](auto... m) { (names.insert(QString(m.name)), ...); }, members);
    return names;
}

template<HasSchema T>
void writeValue(JsonWriter &w, const T &v)
{
    static const QSet<QString> known = memberNames(Schema<T>::members());
    w.beginObject();
    std::apply([&](auto... m) { (writeField(w, m.name, v.*(m.ptr)), ...); }, Schema<T>::members());
    w.members(v.extra, [](const QString &k) { return known.contains(k); });
    w.endObject();
}

// The compact JSON text of a domain object; equal, as JSON, to encode(v).
template<class T>
QByteArray toJsonBytes(const T &v)
{
    QByteArray out;
    out.reserve(2048);
    JsonWriter w(&out);
    writeValue(w, v);
    return out;
}

// Parses bytes as one JSON object; on failure says where and why.
std::optional<QJsonObject> parseObject(const QByteArray &bytes, QString *error);
// Parses bytes as JSON of any kind; on failure says where and why.
std::optional<QJsonValue> parseJson(const QByteArray &bytes, QString *error);

} // namespace wf::wire

#include "schema.h"
