// Entity identity of evidence items.
#include "entities.h"

namespace wf {

namespace {
void add(QStringList &keys, const char *prefix, const Field<QString> &f, bool lower = true)
{
    if (f.hasValue() && !f.value().isEmpty())
        keys << QLatin1StringView(prefix) + (lower ? f.value().toLower() : f.value());
}
void addAccount(QStringList &keys, const Field<UserAccount> &ua)
{
    if (!ua.hasValue())
        return;
    if (ua->userPrincipalName.hasValue() && !ua->userPrincipalName->isEmpty())
        add(keys, "acct:", ua->userPrincipalName);
    else
        add(keys, "acct:", ua->accountName);
}
} // namespace

QStringList entityKeys(const Evidence &e)
{
    QStringList keys;
    if (const auto *az = e.as<AzureResourceEvidence>())
        add(keys, "res:", az->resourceId);
    else if (const auto *aws = e.as<AmazonResourceEvidence>())
        add(keys, "res:", aws->amazonResourceId);
    else if (const auto *gcp = e.as<GoogleCloudResourceEvidence>())
        add(keys, "res:", gcp->fullResourceName);
    else if (const auto *d = e.as<DeviceEvidence>()) {
        add(keys, "host:", d->hostName);
        if (d->vmMetadata.hasValue())
            add(keys, "res:", d->vmMetadata->resourceId);
    } else if (const auto *ip = e.as<IpEvidence>())
        add(keys, "ip:", ip->ipAddress, false);
    else if (const auto *u = e.as<UserEvidence>())
        addAccount(keys, u->userAccount);
    else if (const auto *m = e.as<MailboxEvidence>())
        add(keys, "acct:", m->upn);
    return keys;
}

QStringList entityKeys(const Alert &alert)
{
    QStringList keys;
    for (const Evidence &e : alert.evidence.value()) {
        for (const QString &k : entityKeys(e)) {
            if (!keys.contains(k))
                keys << k;
        }
    }
    return keys;
}

QString assetName(const Evidence &e)
{
    if (const auto *az = e.as<AzureResourceEvidence>())
        return az->resourceName.valueOr({});
    if (const auto *aws = e.as<AmazonResourceEvidence>())
        return aws->resourceName.valueOr({});
    if (const auto *gcp = e.as<GoogleCloudResourceEvidence>())
        return gcp->resourceName.valueOr({});
    if (const auto *d = e.as<DeviceEvidence>())
        return d->hostName.valueOr({});
    return {};
}

} // namespace wf
