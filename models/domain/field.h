// Building blocks of the domain types: tri-state fields, exact timestamps and wire enums.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <compare>
#include <utility>

namespace wf {

// A JSON property can be absent, explicitly null, or carry a value. Keeping the
// three apart is what lets a decode/encode round trip give back what came in.
enum class Presence : quint8 { Missing, Null, Value };

template<class T>
class Field
{
public:
    using ValueType = T;

    Field() = default;
    Field(T value) // NOLINT(google-explicit-constructor): fields read like plain members
        : m_value(std::move(value))
        , m_presence(Presence::Value)
    {}

    Field &operator=(T value)
    {
        m_value = std::move(value);
        m_presence = Presence::Value;
        return *this;
    }

    Presence presence() const { return m_presence; }
    bool hasValue() const { return m_presence == Presence::Value; }
    bool isNull() const { return m_presence == Presence::Null; }
    bool isMissing() const { return m_presence == Presence::Missing; }

    const T &value() const { return m_value; }
    T &mutableValue()
    {
        m_presence = Presence::Value;
        return m_value;
    }
    T valueOr(T fallback) const { return hasValue() ? m_value : std::move(fallback); }
    const T &operator*() const { return m_value; }
    const T *operator->() const { return &m_value; }

    void setNull()
    {
        m_value = T{};
        m_presence = Presence::Null;
    }
    void clear()
    {
        m_value = T{};
        m_presence = Presence::Missing;
    }

    friend bool operator==(const Field &a, const Field &b)
    {
        return a.m_presence == b.m_presence
            && (a.m_presence != Presence::Value || a.m_value == b.m_value);
    }

private:
    T m_value{};
    Presence m_presence = Presence::Missing;
};

// A point in time in 100 ns ticks since the Unix epoch, UTC. Graph writes seven
// fractional digits ("2021-08-13T08:43:35.5533333Z"); milliseconds would lose them.
class Timestamp
{
public:
    static constexpr qint64 TicksPerSecond = 10'000'000;
    static constexpr qint64 TicksPerMs = 10'000;

    constexpr Timestamp() = default;
    static constexpr Timestamp fromTicks(qint64 ticks) { return Timestamp(ticks); }
    static constexpr Timestamp fromMSecs(qint64 ms) { return Timestamp(ms * TicksPerMs); }
    static Timestamp now();

    // Parses ISO 8601 with optional fraction (any number of digits, 7 kept) and
    // a Z or +hh:mm offset. Returns false on anything else.
    static bool parse(QStringView text, Timestamp *out);
    static bool parse(QByteArrayView text, Timestamp *out); // ASCII, as in JSON bytes
    // Canonical form: UTC, 'Z', seven fractional digits unless the fraction is zero.
    QString toString() const;

    constexpr qint64 ticks() const { return m_ticks; }
    constexpr qint64 toMSecs() const { return m_ticks / TicksPerMs; }
    constexpr Timestamp addSecs(qint64 s) const { return Timestamp(m_ticks + s * TicksPerSecond); }
    constexpr Timestamp addMSecs(qint64 ms) const { return Timestamp(m_ticks + ms * TicksPerMs); }

    friend constexpr auto operator<=>(Timestamp, Timestamp) = default;

private:
    constexpr explicit Timestamp(qint64 ticks)
        : m_ticks(ticks)
    {}
    qint64 m_ticks = 0;
};

// The names of an enum's members in declaration order, parsed once from the
// stringised enumerator list that WF_WIRE_ENUM hands over.
class EnumNames
{
public:
    explicit EnumNames(const char *commaSeparated);
    int size() const { return int(m_names.size()); }
    const QString &name(int ordinal) const { return m_names.at(ordinal); }
    // Case-insensitive, so PascalCase from doc samples decodes too; -1 if unknown.
    int ordinalOf(QStringView name) const;
    const QStringList &all() const { return m_names; }

private:
    QStringList m_names;
};

template<class E>
struct EnumInfo; // specialised by WF_WIRE_ENUM

// A wire enum value. A name the enum does not know decodes to the member named
// unknownFutureValue (or the first member) and keeps its original text, so it is
// written back unchanged.
template<class E>
class Enum
{
public:
    Enum() = default;
    Enum(E value) // NOLINT(google-explicit-constructor)
        : m_value(value)
    {}

    static Enum fromName(QStringView name)
    {
        const int ordinal = EnumInfo<E>::names().ordinalOf(name);
        if (ordinal >= 0)
            return Enum(E(ordinal));
        Enum result(E(EnumInfo<E>::fallbackOrdinal()));
        result.m_raw = name.toString();
        result.m_unknown = true;
        return result;
    }
    static bool isKnownName(QStringView name) { return EnumInfo<E>::names().ordinalOf(name) >= 0; }
    static QStringList allNames() { return EnumInfo<E>::names().all(); }

    E value() const { return m_value; }
    int ordinal() const { return int(m_value); }
    bool isKnown() const { return !m_unknown; }
    QString name() const { return m_unknown ? m_raw : EnumInfo<E>::names().name(int(m_value)); }

    friend bool operator==(const Enum &a, const Enum &b)
    {
        return a.m_value == b.m_value && a.m_unknown == b.m_unknown && a.m_raw == b.m_raw;
    }
    friend bool operator==(const Enum &a, E b) { return !a.m_unknown && a.m_value == b; }

private:
    E m_value{};
    QString m_raw;
    bool m_unknown = false; // m_raw holds the wire text, which may even be empty
};

template<class E>
QString enumName(E value)
{
    return EnumInfo<E>::names().name(int(value));
}

namespace detail {
int fallbackOrdinal(const EnumNames &names);
}

} // namespace wf

// Declares `enum class Name` with camelCase members named exactly as on the wire.
#define WF_WIRE_ENUM(Name, ...)                                                                    \
    enum class Name : int { __VA_ARGS__ };                                                         \
    template<>                                                                                     \
    struct EnumInfo<Name>                                                                          \
    {                                                                                              \
        static const EnumNames &names()                                                            \
        {                                                                                          \
            static const EnumNames n(#__VA_ARGS__);                                                \
            return n;                                                                              \
        }                                                                                          \
        static int fallbackOrdinal()                                                               \
        {                                                                                          \
            static const int f = detail::fallbackOrdinal(names());                                 \
            return f;                                                                              \
        }                                                                                          \
    };
