// The first place where two JSON values differ, for round-trip tests of the codecs.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace wf::unittest {

inline QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(
        QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact)); // "[value]"
}

// The path of the first place where two JSON values differ, with both sides; empty if equal.
inline QString firstDifference(const QJsonValue &a, const QJsonValue &b, const QString &path = {})
{
    const QString here = path.isEmpty() ? QStringLiteral("$") : path;
    if (a.type() != b.type())
        return here + u": " + compact(a) + u" vs " + compact(b);
    if (a.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        QStringList keys = oa.keys();
        for (const QString &k : ob.keys()) {
            if (!keys.contains(k))
                keys << k;
        }
        for (const QString &k : std::as_const(keys)) {
            if (!oa.contains(k) || !ob.contains(k))
                return here + u'.' + k
                    + (oa.contains(k) ? QStringLiteral(" only on the left")
                                      : QStringLiteral(" only on the right"));
            const QString d = firstDifference(oa.value(k), ob.value(k), here + u'.' + k);
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (a.isArray()) {
        const QJsonArray aa = a.toArray(), ab = b.toArray();
        if (aa.size() != ab.size())
            return here + u": array sizes " + QString::number(aa.size()) + u" vs "
                + QString::number(ab.size());
        for (qsizetype i = 0; i < aa.size(); ++i) {
            const QString d
                = firstDifference(aa.at(i), ab.at(i), here + u'[' + QString::number(i) + u']');
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    return a == b ? QString() : here + u": " + compact(a) + u" vs " + compact(b);
}

} // namespace wf::unittest
