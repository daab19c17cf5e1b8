// alertEvidence and its subtypes (Graph v1.0 microsoft.graph.security.*Evidence).
#pragma once

#include "enums.h"
#include "field.h"

#include <QJsonArray>
#include <QJsonObject>

#include <variant>

namespace wf {

struct UserAccount
{
    Field<QString> accountName, activeDirectoryObjectGuid, azureAdUserId, displayName, domainName;
    Field<QJsonArray> resourceAccessEvents;
    Field<QString> tenantId, userPrincipalName, userSid;
    QJsonObject extra;
    bool operator==(const UserAccount &) const = default;
};

struct FileDetails
{
    Field<QString> fileName, filePath, filePublisher;
    Field<qint64> fileSize;
    Field<QString> issuer, md5, sha1, sha256, sha256Ac, signer;
    QJsonObject extra;
    bool operator==(const FileDetails &) const = default;
};

struct GeoLocation
{
    Field<QString> city, countryName;
    Field<double> latitude, longitude;
    Field<QString> state;
    QJsonObject extra;
    bool operator==(const GeoLocation &) const = default;
};

struct Stream
{
    Field<QString> name;
    QJsonObject extra;
    bool operator==(const Stream &) const = default;
};

struct VmMetadata
{
    Field<Enum<VmCloudProvider>> cloudProvider;
    Field<QString> resourceId, subscriptionId, vmId;
    QJsonObject extra;
    bool operator==(const VmMetadata &) const = default;
};

struct LoggedOnUser
{
    Field<QString> accountName, domainName;
    QJsonObject extra;
    bool operator==(const LoggedOnUser &) const = default;
};

struct AzureResourceEvidence
{
    Field<QString> resourceId, resourceName, resourceType;
    bool operator==(const AzureResourceEvidence &) const = default;
};
struct AmazonResourceEvidence
{
    Field<QString> amazonAccountId, amazonResourceId, resourceName, resourceType;
    bool operator==(const AmazonResourceEvidence &) const = default;
};
struct GoogleCloudResourceEvidence
{
    Field<QString> fullResourceName, location;
    Field<Enum<GoogleCloudLocationType>> locationType;
    Field<QString> projectId;
    Field<qint64> projectNumber;
    Field<QString> resourceName, resourceType;
    bool operator==(const GoogleCloudResourceEvidence &) const = default;
};
struct DeviceEvidence
{
    Field<QString> azureAdDeviceId;
    Field<Enum<DefenderAvStatus>> defenderAvStatus;
    Field<QString> deviceDnsName, dnsDomain;
    Field<Timestamp> firstSeenDateTime;
    Field<Enum<DeviceHealthStatus>> healthStatus;
    Field<QString> hostName;
    Field<QStringList> ipInterfaces;
    Field<QString> lastExternalIpAddress, lastIpAddress;
    Field<QList<LoggedOnUser>> loggedOnUsers;
    Field<QString> mdeDeviceId, ntDomain;
    Field<Enum<OnboardingStatus>> onboardingStatus;
    Field<qint64> osBuild;
    Field<QString> osPlatform;
    Field<qint64> rbacGroupId;
    Field<QString> rbacGroupName;
    Field<QJsonArray> resourceAccessEvents;
    Field<Enum<DeviceRiskScore>> riskScore;
    Field<QString> version;
    Field<VmMetadata> vmMetadata;
    bool operator==(const DeviceEvidence &) const = default;
};
struct IpEvidence
{
    Field<QString> countryLetterCode, ipAddress;
    Field<GeoLocation> location;
    Field<Stream> stream;
    bool operator==(const IpEvidence &) const = default;
};
struct UserEvidence
{
    Field<Stream> stream;
    Field<UserAccount> userAccount;
    bool operator==(const UserEvidence &) const = default;
};
struct ProcessEvidence
{
    Field<Enum<DetectionStatus>> detectionStatus;
    Field<FileDetails> imageFile;
    Field<QString> mdeDeviceId;
    Field<Timestamp> parentProcessCreationDateTime;
    Field<qint64> parentProcessId;
    Field<FileDetails> parentProcessImageFile;
    Field<QString> processCommandLine;
    Field<Timestamp> processCreationDateTime;
    Field<qint64> processId;
    Field<UserAccount> userAccount;
    bool operator==(const ProcessEvidence &) const = default;
};
struct FileEvidence
{
    Field<Enum<DetectionStatus>> detectionStatus;
    Field<FileDetails> fileDetails;
    Field<QString> mdeDeviceId;
    bool operator==(const FileEvidence &) const = default;
};
struct UrlEvidence
{
    Field<QString> url;
    bool operator==(const UrlEvidence &) const = default;
};
struct CloudApplicationEvidence
{
    Field<qint64> appId;
    Field<QString> displayName;
    Field<qint64> instanceId;
    Field<QString> instanceName;
    Field<qint64> saasAppId;
    Field<Stream> stream;
    bool operator==(const CloudApplicationEvidence &) const = default;
};
struct MailboxEvidence
{
    Field<QString> displayName, primaryAddress, upn;
    Field<UserAccount> userAccount;
    bool operator==(const MailboxEvidence &) const = default;
};
struct RegistryKeyEvidence
{
    Field<QString> registryHive, registryKey;
    bool operator==(const RegistryKeyEvidence &) const = default;
};
struct RegistryValueEvidence
{
    Field<QString> mdeDeviceId, registryHive, registryKey, registryValue, registryValueName,
        registryValueType;
    bool operator==(const RegistryValueEvidence &) const = default;
};
struct OauthApplicationEvidence
{
    Field<QString> appId, displayName, objectId, publisher;
    bool operator==(const OauthApplicationEvidence &) const = default;
};
struct SecurityGroupEvidence
{
    Field<QString> activeDirectoryObjectGuid, displayName, distinguishedName, friendlyName,
        securityGroupId, sid;
    bool operator==(const SecurityGroupEvidence &) const = default;
};

// The kinds this code knows by name; anything else stays as raw JSON in `extra`.
enum class EvidenceKind : quint8 {
    Other,
    AzureResource,
    AmazonResource,
    GoogleCloudResource,
    Device,
    Ip,
    User,
    Process,
    File,
    Url,
    CloudApplication,
    Mailbox,
    RegistryKey,
    RegistryValue,
    OauthApplication,
    SecurityGroup,
};

using EvidenceDetail
    = std::variant<std::monostate, AzureResourceEvidence, AmazonResourceEvidence,
                   GoogleCloudResourceEvidence, DeviceEvidence, IpEvidence, UserEvidence,
                   ProcessEvidence, FileEvidence, UrlEvidence, CloudApplicationEvidence,
                   MailboxEvidence, RegistryKeyEvidence, RegistryValueEvidence,
                   OauthApplicationEvidence, SecurityGroupEvidence>;

template<class T, class... Ts>
constexpr std::size_t variantIndexIn(const std::variant<Ts...> *)
{
    std::size_t i = 0;
    ((std::is_same_v<T, Ts> ? true : (++i, false)) || ...);
    return i;
}
template<class T>
constexpr std::size_t variantIndex()
{
    return variantIndexIn<T>(static_cast<const EvidenceDetail *>(nullptr));
}

struct Evidence
{
    // The variant index equals the EvidenceKind.
    EvidenceKind kind() const { return EvidenceKind(detail.index()); }
    // The `@odata.type` as it came (or as we write it), e.g. "#microsoft.graph.security.ipEvidence".
    QString odataType;

    Field<Timestamp> createdDateTime;
    Field<QStringList> detailedRoles;
    Field<Enum<EvidenceRemediationStatus>> remediationStatus;
    Field<QString> remediationStatusDetails;
    Field<QList<Enum<EvidenceRole>>> roles;
    Field<QStringList> tags;
    Field<Enum<EvidenceVerdict>> verdict;

    EvidenceDetail detail;
    QJsonObject extra;

    template<class T>
    const T *as() const
    {
        return std::get_if<T>(&detail);
    }
    template<class T>
    T &make()
    {
        odataType = odataTypeFor(EvidenceKind(variantIndex<T>()));
        return detail.emplace<T>();
    }
    static QString odataTypeFor(EvidenceKind kind);
    static EvidenceKind kindForOdataType(QStringView odataType);

    bool operator==(const Evidence &) const = default;
};

} // namespace wf
