// Azure RBAC's effective permissions at a scope (GET {scope}/providers/
// Microsoft.Authorization/permissions): lists of actions and notActions per role, with
// '*' wildcards. An action is allowed when some entry's actions match it and none of that
// entry's notActions do. Case-insensitive, as Azure compares operation names.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace wf::wire {

struct ArmPermissions
{
    struct Entry
    {
        QStringList actions;
        QStringList notActions;
    };
    QList<Entry> entries;

    static ArmPermissions fromJson(const QJsonObject &o); // {"value":[{actions, notActions}]}
    QJsonObject toJson() const;
    bool allows(QStringView action) const;
    // One pattern against one action: '*' matches any run of characters.
    static bool matches(QStringView pattern, QStringView action);
};

} // namespace wf::wire
