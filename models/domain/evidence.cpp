// The @odata.type names of the evidence kinds we decode into typed fields.
#include "alert.h"
#include "evidence.h"

#include <array>

namespace wf {

namespace {
// In EvidenceKind order; index 0 (Other) has no name of its own.
constexpr std::array<const char *, 16> kTypeNames = {
    "",
    "azureResourceEvidence",
    "amazonResourceEvidence",
    "googleCloudResourceEvidence",
    "deviceEvidence",
    "ipEvidence",
    "userEvidence",
    "processEvidence",
    "fileEvidence",
    "urlEvidence",
    "cloudApplicationEvidence",
    "mailboxEvidence",
    "registryKeyEvidence",
    "registryValueEvidence",
    "oauthApplicationEvidence",
    "securityGroupEvidence",
};
static_assert(kTypeNames.size() == std::variant_size_v<EvidenceDetail>);
constexpr QLatin1StringView kPrefix("#microsoft.graph.security.");
} // namespace

QString Evidence::odataTypeFor(EvidenceKind kind)
{
    if (kind == EvidenceKind::Other)
        return {};
    return kPrefix + QLatin1StringView(kTypeNames[size_t(kind)]);
}

EvidenceKind Evidence::kindForOdataType(QStringView odataType)
{
    QStringView name = odataType;
    if (name.startsWith(u'#'))
        name = name.mid(1);
    if (name.startsWith(kPrefix.mid(1), Qt::CaseInsensitive))
        name = name.mid(kPrefix.size() - 1);
    for (size_t i = 1; i < kTypeNames.size(); ++i) {
        if (name.compare(QLatin1StringView(kTypeNames[i]), Qt::CaseInsensitive) == 0)
            return EvidenceKind(i);
    }
    return EvidenceKind::Other;
}

QString odataEtag(const QJsonObject &extra)
{
    return extra.value(QLatin1StringView("@odata.etag")).toString();
}

void setOdataEtag(QJsonObject &extra, const QString &etag)
{
    extra.insert(QLatin1StringView("@odata.etag"), etag);
}

} // namespace wf
