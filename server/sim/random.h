// A small deterministic PRNG (SplitMix64): the same seed gives the same tenant on every
// platform, which std::uniform_*_distribution does not promise.
#pragma once

#include <QList>
#include <QtGlobal>

namespace wf::sim {

class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n).
    qint64 below(qint64 n) { return n <= 0 ? 0 : qint64(next() % quint64(n)); }
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template<class T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(list.size()));
    }
    QString hex(int digits);
    QString guid();

private:
    quint64 m_state;
};

inline QString Random::hex(int digits)
{
    static const char *h = "0123456789abcdef";
    QString s;
    s.reserve(digits);
    for (int i = 0; i < digits; ++i)
        s += QLatin1Char(h[next() & 15]);
    return s;
}

inline QString Random::guid()
{
    return hex(8) + u'-' + hex(4) + u'-' + hex(4) + u'-' + hex(4) + u'-' + hex(12);
}

} // namespace wf::sim
