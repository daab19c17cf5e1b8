// Property tables per Graph's list-incidents and list-alerts_v2 documentation.
#include "graphproperties.h"

namespace wf::odata {

namespace {
template<class E>
const EnumNames *names()
{
    return &EnumInfo<E>::names();
}

template<class T>
Value fieldValue(const Field<T> &f)
{
    if (!f.hasValue())
        return Null{};
    if constexpr (std::is_same_v<T, QString> || std::is_same_v<T, Timestamp>)
        return f.value();
    else
        return f.value().ordinal();
}
} // namespace

const QList<PropertyDef> &incidentProperties()
{
    static const QList<PropertyDef> props = {
        {QLatin1StringView("assignedTo"), PropertyType::String},
        {QLatin1StringView("classification"), PropertyType::Enum, names<AlertClassification>()},
        {QLatin1StringView("createdDateTime"), PropertyType::DateTime},
        {QLatin1StringView("determination"), PropertyType::Enum, names<AlertDetermination>()},
        {QLatin1StringView("lastUpdateDateTime"), PropertyType::DateTime},
        {QLatin1StringView("severity"), PropertyType::Enum, names<AlertSeverity>()},
        {QLatin1StringView("status"), PropertyType::Enum, names<IncidentStatus>()},
    };
    return props;
}

const QList<PropertyDef> &alertProperties()
{
    static const QList<PropertyDef> props = [] {
        QList<PropertyDef> p = incidentProperties();
        p[int(AlertProperty::Status)] = {QLatin1StringView("status"), PropertyType::Enum,
                                         names<AlertStatus>()};
        p.append({QLatin1StringView("serviceSource"), PropertyType::Enum, names<ServiceSource>()});
        return p;
    }();
    return props;
}

Value incidentValue(const Incident &i, int property)
{
    switch (IncidentProperty(property)) {
    case IncidentProperty::AssignedTo:
        return fieldValue(i.assignedTo);
    case IncidentProperty::Classification:
        return fieldValue(i.classification);
    case IncidentProperty::CreatedDateTime:
        return fieldValue(i.createdDateTime);
    case IncidentProperty::Determination:
        return fieldValue(i.determination);
    case IncidentProperty::LastUpdateDateTime:
        return fieldValue(i.lastUpdateDateTime);
    case IncidentProperty::Severity:
        return fieldValue(i.severity);
    case IncidentProperty::Status:
        return fieldValue(i.status);
    }
    return Null{};
}

Value alertValue(const Alert &a, int property)
{
    switch (AlertProperty(property)) {
    case AlertProperty::AssignedTo:
        return fieldValue(a.assignedTo);
    case AlertProperty::Classification:
        return fieldValue(a.classification);
    case AlertProperty::CreatedDateTime:
        return fieldValue(a.createdDateTime);
    case AlertProperty::Determination:
        return fieldValue(a.determination);
    case AlertProperty::LastUpdateDateTime:
        return fieldValue(a.lastUpdateDateTime);
    case AlertProperty::Severity:
        return fieldValue(a.severity);
    case AlertProperty::Status:
        return fieldValue(a.status);
    case AlertProperty::ServiceSource:
        return fieldValue(a.serviceSource);
    }
    return Null{};
}

} // namespace wf::odata
