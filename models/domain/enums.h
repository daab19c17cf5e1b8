// The Graph security enums, member for member as in the v1.0 schema (see docs/wire-format.md).
#pragma once

#include "field.h"

namespace wf {

WF_WIRE_ENUM(IncidentStatus, active, resolved, inProgress, redirected, unknownFutureValue,
             awaitingAction)
WF_WIRE_ENUM(AlertStatus, unknown, new_, inProgress, resolved, unknownFutureValue)
WF_WIRE_ENUM(AlertSeverity, unknown, informational, low, medium, high, unknownFutureValue)
WF_WIRE_ENUM(AlertClassification, unknown, falsePositive, truePositive,
             informationalExpectedActivity, unknownFutureValue)
WF_WIRE_ENUM(AlertDetermination, unknown, apt, malware, securityPersonnel, securityTesting,
             unwantedSoftware, other, multiStagedAttack, compromisedAccount, phishing,
             maliciousUserActivity, notMalicious, notEnoughDataToValidate, confirmedActivity,
             lineOfBusinessApplication, unknownFutureValue)
WF_WIRE_ENUM(ServiceSource, unknown, microsoftDefenderForEndpoint, microsoftDefenderForIdentity,
             microsoftDefenderForCloudApps, microsoftDefenderForOffice365, microsoft365Defender,
             azureAdIdentityProtection, microsoftAppGovernance, dataLossPrevention,
             unknownFutureValue, microsoftDefenderForCloud, microsoftSentinel,
             microsoftInsiderRiskManagement, microsoftThreatIntelligence, microsoftSecurityForAI)
WF_WIRE_ENUM(DetectionSource, unknown, microsoftDefenderForEndpoint, antivirus, smartScreen,
             customTi, microsoftDefenderForOffice365, automatedInvestigation,
             microsoftThreatExperts, customDetection, microsoftDefenderForIdentity,
             cloudAppSecurity, microsoft365Defender, azureAdIdentityProtection, manual,
             microsoftDataLossPrevention, appGovernancePolicy, appGovernanceDetection,
             unknownFutureValue, microsoftDefenderForCloud, microsoftDefenderForIoT,
             microsoftDefenderForServers, microsoftDefenderForStorage, microsoftDefenderForDNS,
             microsoftDefenderForDatabases, microsoftDefenderForContainers,
             microsoftDefenderForNetwork, microsoftDefenderForAppService,
             microsoftDefenderForKeyVault, microsoftDefenderForResourceManager,
             microsoftDefenderForApiManagement, nrtAlerts, scheduledAlerts,
             microsoftDefenderThreatIntelligenceAnalytics, builtInMl,
             microsoftInsiderRiskManagement, microsoftThreatIntelligence,
             microsoftDefenderForAIServices, securityCopilot, microsoftSentinel)
WF_WIRE_ENUM(InvestigationState, unknown, terminated, successfullyRemediated, benign, failed,
             partiallyRemediated, running, pendingApproval, pendingResource, queued, innerFailure,
             preexistingAlert, unsupportedOs, unsupportedAlertType, suppressedAlert,
             partiallyInvestigated, terminatedByUser, terminatedBySystem, unknownFutureValue)
WF_WIRE_ENUM(EvidenceRole, unknown, contextual, scanned, source, destination, created, added,
             compromised, edited, attacked, attacker, commandAndControl, loaded, suspicious,
             policyViolator, unknownFutureValue)
WF_WIRE_ENUM(EvidenceVerdict, unknown, suspicious, malicious, noThreatsFound, unknownFutureValue)
WF_WIRE_ENUM(EvidenceRemediationStatus, none, remediated, prevented, blocked, notFound,
             unknownFutureValue, active, pendingApproval, declined, unremediated, running,
             partiallyRemediated)
WF_WIRE_ENUM(DetectionStatus, detected, blocked, prevented, unknownFutureValue)
WF_WIRE_ENUM(DefenderAvStatus, notReporting, disabled, notUpdated, updated, unknown, notSupported,
             unknownFutureValue)
WF_WIRE_ENUM(DeviceHealthStatus, active, inactive, impairedCommunication, noSensorData,
             noSensorDataImpairedCommunication, unknown, unknownFutureValue)
WF_WIRE_ENUM(OnboardingStatus, insufficientInfo, onboarded, canBeOnboarded, unsupported,
             unknownFutureValue)
WF_WIRE_ENUM(DeviceRiskScore, none, informational, low, medium, high, unknownFutureValue)
WF_WIRE_ENUM(VmCloudProvider, unknown, azure, unknownFutureValue)
WF_WIRE_ENUM(GoogleCloudLocationType, unknown, regional, zonal, global, unknownFutureValue)

} // namespace wf
