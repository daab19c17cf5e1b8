// security.alert, security.incident and alertComment (Graph v1.0).
#pragma once

#include "enums.h"
#include "evidence.h"
#include "field.h"

#include <QJsonObject>
#include <QList>

namespace wf {

struct AlertComment
{
    Field<QString> comment, createdByDisplayName;
    Field<Timestamp> createdDateTime;
    QJsonObject extra; // unknown members, "@odata.type" included
    bool operator==(const AlertComment &) const = default;
};

struct Alert
{
    Field<QString> id, providerAlertId, incidentId;
    Field<Enum<AlertStatus>> status;
    Field<Enum<AlertSeverity>> severity;
    Field<Enum<AlertClassification>> classification;
    Field<Enum<AlertDetermination>> determination;
    Field<Enum<ServiceSource>> serviceSource;
    Field<Enum<DetectionSource>> detectionSource;
    Field<QString> detectorId, alertPolicyId, productName, tenantId, title, description,
        recommendedActions, category;
    Field<QStringList> categories;
    Field<QString> assignedTo, alertWebUrl, incidentWebUrl, actorDisplayName, threatDisplayName,
        threatFamilyName;
    Field<QStringList> mitreTechniques;
    Field<Timestamp> createdDateTime, lastUpdateDateTime, resolvedDateTime, firstActivityDateTime,
        lastActivityDateTime;
    Field<Enum<InvestigationState>> investigationState;
    Field<QList<AlertComment>> comments;
    Field<QList<Evidence>> evidence;
    Field<QStringList> systemTags;
    Field<QJsonObject> additionalData, customDetails;

    // Unknown members, and the OData annotations ("@odata.type", "@odata.etag").
    QJsonObject extra;
    bool operator==(const Alert &) const = default;
};

struct Incident
{
    Field<QString> id, tenantId, displayName, description, summary;
    Field<Enum<IncidentStatus>> status;
    Field<Enum<AlertSeverity>> severity;
    Field<Enum<AlertClassification>> classification;
    Field<Enum<AlertDetermination>> determination;
    Field<QString> assignedTo;
    Field<QStringList> customTags, systemTags;
    Field<QList<AlertComment>> comments;
    Field<Timestamp> createdDateTime, lastUpdateDateTime;
    Field<QString> incidentWebUrl, redirectIncidentId, resolvingComment, lastModifiedBy;
    Field<qint64> priorityScore;
    Field<QList<Alert>> alerts; // navigation property, present with $expand=alerts

    QJsonObject extra;
    bool operator==(const Incident &) const = default;
};

// OData annotations live in `extra`; these read and write the ones we use.
QString odataEtag(const QJsonObject &extra);
void setOdataEtag(QJsonObject &extra, const QString &etag);

} // namespace wf
