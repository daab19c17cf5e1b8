// The member tables of every Graph type we decode: wire name -> C++ member.
#pragma once

#include "codec.h"

namespace wf::wire {

#define WF_M(Type, name) member(#name, &Type::name)

template<>
struct Schema<UserAccount>
{
    static auto members()
    {
        using T = UserAccount;
        return std::tuple(WF_M(T, accountName), WF_M(T, activeDirectoryObjectGuid),
                          WF_M(T, azureAdUserId), WF_M(T, displayName), WF_M(T, domainName),
                          WF_M(T, resourceAccessEvents), WF_M(T, tenantId),
                          WF_M(T, userPrincipalName), WF_M(T, userSid));
    }
};
template<>
struct Schema<FileDetails>
{
    static auto members()
    {
        using T = FileDetails;
        return std::tuple(WF_M(T, fileName), WF_M(T, filePath), WF_M(T, filePublisher),
                          WF_M(T, fileSize), WF_M(T, issuer), WF_M(T, md5), WF_M(T, sha1),
                          WF_M(T, sha256), WF_M(T, sha256Ac), WF_M(T, signer));
    }
};
template<>
struct Schema<GeoLocation>
{
    static auto members()
    {
        using T = GeoLocation;
        return std::tuple(WF_M(T, city), WF_M(T, countryName), WF_M(T, latitude),
                          WF_M(T, longitude), WF_M(T, state));
    }
};
template<>
struct Schema<Stream>
{
    static auto members() { return std::tuple(WF_M(Stream, name)); }
};
template<>
struct Schema<VmMetadata>
{
    static auto members()
    {
        using T = VmMetadata;
        return std::tuple(WF_M(T, cloudProvider), WF_M(T, resourceId), WF_M(T, subscriptionId),
                          WF_M(T, vmId));
    }
};
template<>
struct Schema<LoggedOnUser>
{
    static auto members()
    {
        return std::tuple(WF_M(LoggedOnUser, accountName), WF_M(LoggedOnUser, domainName));
    }
};
template<>
struct Schema<AlertComment>
{
    static auto members()
    {
        using T = AlertComment;
        return std::tuple(WF_M(T, comment), WF_M(T, createdByDisplayName),
                          WF_M(T, createdDateTime));
    }
};

// Evidence: the base members, then one table per subtype (no `extra` of their own;
// the Evidence holds it).
struct EvidenceBaseSchema
{
    static auto members()
    {
        using T = Evidence;
        return std::tuple(WF_M(T, createdDateTime), WF_M(T, detailedRoles),
                          WF_M(T, remediationStatus), WF_M(T, remediationStatusDetails),
                          WF_M(T, roles), WF_M(T, tags), WF_M(T, verdict));
    }
};
template<>
struct Schema<AzureResourceEvidence>
{
    static auto members()
    {
        using T = AzureResourceEvidence;
        return std::tuple(WF_M(T, resourceId), WF_M(T, resourceName), WF_M(T, resourceType));
    }
};
template<>
struct Schema<AmazonResourceEvidence>
{
    static auto members()
    {
        using T = AmazonResourceEvidence;
        return std::tuple(WF_M(T, amazonAccountId), WF_M(T, amazonResourceId),
                          WF_M(T, resourceName), WF_M(T, resourceType));
    }
};
template<>
struct Schema<GoogleCloudResourceEvidence>
{
    static auto members()
    {
        using T = GoogleCloudResourceEvidence;
        return std::tuple(WF_M(T, fullResourceName), WF_M(T, location), WF_M(T, locationType),
                          WF_M(T, projectId), WF_M(T, projectNumber), WF_M(T, resourceName),
                          WF_M(T, resourceType));
    }
};
template<>
struct Schema<DeviceEvidence>
{
    static auto members()
    {
        using T = DeviceEvidence;
        return std::tuple(WF_M(T, azureAdDeviceId), WF_M(T, defenderAvStatus),
                          WF_M(T, deviceDnsName), WF_M(T, dnsDomain), WF_M(T, firstSeenDateTime),
                          WF_M(T, healthStatus), WF_M(T, hostName), WF_M(T, ipInterfaces),
                          WF_M(T, lastExternalIpAddress), WF_M(T, lastIpAddress),
                          WF_M(T, loggedOnUsers), WF_M(T, mdeDeviceId), WF_M(T, ntDomain),
                          WF_M(T, onboardingStatus), WF_M(T, osBuild), WF_M(T, osPlatform),
                          WF_M(T, rbacGroupId), WF_M(T, rbacGroupName),
                          WF_M(T, resourceAccessEvents), WF_M(T, riskScore), WF_M(T, version),
                          WF_M(T, vmMetadata));
    }
};
template<>
struct Schema<IpEvidence>
{
    static auto members()
    {
        using T = IpEvidence;
        return std::tuple(WF_M(T, countryLetterCode), WF_M(T, ipAddress), WF_M(T, location),
                          WF_M(T, stream));
    }
};
template<>
struct Schema<UserEvidence>
{
    static auto members()
    {
        return std::tuple(WF_M(UserEvidence, stream), WF_M(UserEvidence, userAccount));
    }
};
template<>
struct Schema<ProcessEvidence>
{
    static auto members()
    {
        using T = ProcessEvidence;
        return std::tuple(WF_M(T, detectionStatus), WF_M(T, imageFile), WF_M(T, mdeDeviceId),
                          WF_M(T, parentProcessCreationDateTime), WF_M(T, parentProcessId),
                          WF_M(T, parentProcessImageFile), WF_M(T, processCommandLine),
                          WF_M(T, processCreationDateTime), WF_M(T, processId),
                          WF_M(T, userAccount));
    }
};
template<>
struct Schema<FileEvidence>
{
    static auto members()
    {
        using T = FileEvidence;
        return std::tuple(WF_M(T, detectionStatus), WF_M(T, fileDetails), WF_M(T, mdeDeviceId));
    }
};
template<>
struct Schema<UrlEvidence>
{
    static auto members() { return std::tuple(WF_M(UrlEvidence, url)); }
};
template<>
struct Schema<CloudApplicationEvidence>
{
    static auto members()
    {
        using T = CloudApplicationEvidence;
        return std::tuple(WF_M(T, appId), WF_M(T, displayName), WF_M(T, instanceId),
                          WF_M(T, instanceName), WF_M(T, saasAppId), WF_M(T, stream));
    }
};
template<>
struct Schema<MailboxEvidence>
{
    static auto members()
    {
        using T = MailboxEvidence;
        return std::tuple(WF_M(T, displayName), WF_M(T, primaryAddress), WF_M(T, upn),
                          WF_M(T, userAccount));
    }
};
template<>
struct Schema<RegistryKeyEvidence>
{
    static auto members()
    {
        return std::tuple(WF_M(RegistryKeyEvidence, registryHive),
                          WF_M(RegistryKeyEvidence, registryKey));
    }
};
template<>
struct Schema<RegistryValueEvidence>
{
    static auto members()
    {
        using T = RegistryValueEvidence;
        return std::tuple(WF_M(T, mdeDeviceId), WF_M(T, registryHive), WF_M(T, registryKey),
                          WF_M(T, registryValue), WF_M(T, registryValueName),
                          WF_M(T, registryValueType));
    }
};
template<>
struct Schema<OauthApplicationEvidence>
{
    static auto members()
    {
        using T = OauthApplicationEvidence;
        return std::tuple(WF_M(T, appId), WF_M(T, displayName), WF_M(T, objectId),
                          WF_M(T, publisher));
    }
};
template<>
struct Schema<SecurityGroupEvidence>
{
    static auto members()
    {
        using T = SecurityGroupEvidence;
        return std::tuple(WF_M(T, activeDirectoryObjectGuid), WF_M(T, displayName),
                          WF_M(T, distinguishedName), WF_M(T, friendlyName),
                          WF_M(T, securityGroupId), WF_M(T, sid));
    }
};

template<>
struct Schema<Alert>
{
    static auto members()
    {
        using T = Alert;
        return std::tuple(
            WF_M(T, id), WF_M(T, providerAlertId), WF_M(T, incidentId), WF_M(T, status),
            WF_M(T, severity), WF_M(T, classification), WF_M(T, determination),
            WF_M(T, serviceSource), WF_M(T, detectionSource), WF_M(T, detectorId),
            WF_M(T, alertPolicyId), WF_M(T, productName), WF_M(T, tenantId), WF_M(T, title),
            WF_M(T, description), WF_M(T, recommendedActions), WF_M(T, category),
            WF_M(T, categories), WF_M(T, assignedTo), WF_M(T, alertWebUrl), WF_M(T, incidentWebUrl),
            WF_M(T, actorDisplayName), WF_M(T, threatDisplayName), WF_M(T, threatFamilyName),
            WF_M(T, mitreTechniques), WF_M(T, createdDateTime), WF_M(T, lastUpdateDateTime),
            WF_M(T, resolvedDateTime), WF_M(T, firstActivityDateTime),
            WF_M(T, lastActivityDateTime), WF_M(T, investigationState), WF_M(T, comments),
            WF_M(T, evidence), WF_M(T, systemTags), WF_M(T, additionalData),
            WF_M(T, customDetails));
    }
};

template<>
struct Schema<Incident>
{
    static auto members()
    {
        using T = Incident;
        return std::tuple(WF_M(T, id), WF_M(T, tenantId), WF_M(T, displayName),
                          WF_M(T, description), WF_M(T, summary), WF_M(T, status),
                          WF_M(T, severity), WF_M(T, classification), WF_M(T, determination),
                          WF_M(T, assignedTo), WF_M(T, customTags), WF_M(T, systemTags),
                          WF_M(T, comments), WF_M(T, createdDateTime), WF_M(T, lastUpdateDateTime),
                          WF_M(T, incidentWebUrl), WF_M(T, redirectIncidentId),
                          WF_M(T, resolvingComment), WF_M(T, lastModifiedBy),
                          WF_M(T, priorityScore), WF_M(T, alerts));
    }
};

#undef WF_M

} // namespace wf::wire
