// Wildcard evaluation of Azure RBAC permissions.
#include "armpermissions.h"

#include <QJsonArray>

#include <algorithm>

namespace wf::wire {

namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}
QJsonArray array(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}
} // namespace

ArmPermissions ArmPermissions::fromJson(const QJsonObject &o)
{
    ArmPermissions p;
    for (const QJsonValue &v : o.value(QLatin1StringView("value")).toArray()) {
        const QJsonObject e = v.toObject();
        p.entries.append({strings(e.value(QLatin1StringView("actions"))),
                          strings(e.value(QLatin1StringView("notActions"))),
                          strings(e.value(QLatin1StringView("dataActions"))),
                          strings(e.value(QLatin1StringView("notDataActions")))});
    }
    return p;
}

QJsonObject ArmPermissions::toJson() const
{
    QJsonArray value;
    for (const Entry &e : entries)
        value.append(QJsonObject{{QStringLiteral("actions"), array(e.actions)},
                                 {QStringLiteral("notActions"), array(e.notActions)},
                                 {QStringLiteral("dataActions"), array(e.dataActions)},
                                 {QStringLiteral("notDataActions"), array(e.notDataActions)}});
    return {{QStringLiteral("value"), value}};
}

bool ArmPermissions::matches(QStringView pattern, QStringView action)
{
    // Iterative glob with backtracking to the last '*'.
    qsizetype p = 0, a = 0, star = -1, mark = 0;
    while (a < action.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            mark = a;
        } else if (p < pattern.size() && pattern[p].toCaseFolded() == action[a].toCaseFolded()) {
            ++p;
            ++a;
        } else if (star >= 0) {
            p = star + 1;
            a = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

bool ArmPermissions::Entry::allows(QStringView action) const
{
    const auto hit = [action](const QString &pattern) { return matches(pattern, action); };
    return std::any_of(actions.cbegin(), actions.cend(), hit)
        && std::none_of(notActions.cbegin(), notActions.cend(), hit);
}

bool ArmPermissions::allows(QStringView action) const
{
    return std::any_of(entries.cbegin(), entries.cend(), [action](const Entry &e) { return e.allows(action); });
}

QString armaction::dfcAlertAction(QStringView verb)
{
    return QStringLiteral("Microsoft.Security/locations/alerts/") + verb + QStringLiteral("/action");
}

} // namespace wf::wire
