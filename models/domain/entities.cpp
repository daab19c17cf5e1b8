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

namespace {

QString lower(const Field<QString> &f)
{
    return f.valueOr({}).toLower();
}

// "arn:aws:ec2:eu-central-1:123456789012:instance/i-0abc" -> "eu-central-1"
QString arnRegion(const QString &arn)
{
    return arn.startsWith(QLatin1StringView("arn:")) ? arn.section(u':', 3, 3) : QString();
}

// "/subscriptions/<id>/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1"
// -> "Microsoft.Compute/virtualMachines" (nested types keep their path, names dropped).
QString azureResourceType(const QString &resourceId)
{
    const QStringList parts = resourceId.split(u'/', Qt::SkipEmptyParts);
    const qsizetype p = parts.lastIndexOf(QStringLiteral("providers"));
    if (p < 0 || p + 2 >= parts.size())
        return {};
    QString type = parts.at(p + 1);
    for (qsizetype i = p + 2; i < parts.size(); i += 2)
        type += u'/' + parts.at(i);
    return type;
}

QString fileName(const Field<FileDetails> &f)
{
    if (!f.hasValue())
        return {};
    if (f->fileName.hasValue() && !f->fileName->isEmpty())
        return *f->fileName;
    return f->filePath.valueOr({}).section(u'/', -1).section(u'\\', -1);
}

QString fileIdentity(const Field<FileDetails> &f)
{
    if (!f.hasValue())
        return {};
    if (f->sha256.hasValue() && !f->sha256->isEmpty())
        return f->sha256->toLower();
    if (f->sha1.hasValue() && !f->sha1->isEmpty())
        return f->sha1->toLower();
    const QString path = f->filePath.valueOr({});
    const QString name = f->fileName.valueOr({});
    if (path.isEmpty())
        return name.toLower();
    return (path.endsWith(name) ? path : path + u'/' + name).toLower();
}

} // namespace

EntityInfo describeEntity(const Evidence &e)
{
    EntityInfo info;
    info.roles = e.roles.valueOr({});
    const QStringList keys = entityKeys(e);
    info.key = keys.value(0);
    if (const auto *az = e.as<AzureResourceEvidence>()) {
        info.type = EntityType::CloudResource;
        info.provider = CloudProvider::Azure;
        info.resourceId = az->resourceId.valueOr({});
        info.name = az->resourceName.valueOr({});
        info.resourceType = az->resourceType.valueOr({});
        if (info.resourceType.isEmpty())
            info.resourceType = azureResourceType(info.resourceId);
        if (info.resourceId.startsWith(QLatin1StringView("/subscriptions/"), Qt::CaseInsensitive))
            info.subscription = info.resourceId.section(u'/', 2, 2);
        if (info.name.isEmpty())
            info.name = info.resourceId.section(u'/', -1);
    } else if (const auto *aws = e.as<AmazonResourceEvidence>()) {
        info.type = EntityType::CloudResource;
        info.provider = CloudProvider::Aws;
        info.resourceId = aws->amazonResourceId.valueOr({});
        info.name = aws->resourceName.valueOr({});
        info.resourceType = aws->resourceType.valueOr({});
        info.subscription = aws->amazonAccountId.valueOr({});
        if (info.subscription.isEmpty() && info.resourceId.startsWith(QLatin1StringView("arn:")))
            info.subscription = info.resourceId.section(u':', 4, 4);
        info.region = arnRegion(info.resourceId);
        if (info.name.isEmpty())
            info.name = info.resourceId.section(u'/', -1).section(u':', -1);
    } else if (const auto *gcp = e.as<GoogleCloudResourceEvidence>()) {
        info.type = EntityType::CloudResource;
        info.provider = CloudProvider::Gcp;
        info.resourceId = gcp->fullResourceName.valueOr({});
        info.name = gcp->resourceName.valueOr({});
        info.resourceType = gcp->resourceType.valueOr({});
        info.subscription = gcp->projectId.valueOr({});
        info.region = gcp->location.valueOr({});
        if (info.name.isEmpty())
            info.name = info.resourceId.section(u'/', -1);
    } else if (const auto *d = e.as<DeviceEvidence>()) {
        info.type = EntityType::Device;
        info.name = d->hostName.valueOr(d->deviceDnsName.valueOr({}));
        if (d->vmMetadata.hasValue()) {
            const VmMetadata &vm = *d->vmMetadata;
            info.resourceId = vm.resourceId.valueOr({});
            info.subscription = vm.subscriptionId.valueOr({});
            if (vm.cloudProvider.hasValue() && vm.cloudProvider->value() == VmCloudProvider::azure)
                info.provider = CloudProvider::Azure;
        }
        if (info.key.isEmpty() && d->mdeDeviceId.hasValue())
            info.key = QLatin1StringView("device:") + lower(d->mdeDeviceId);
    } else if (const auto *ip = e.as<IpEvidence>()) {
        info.type = EntityType::Ip;
        info.name = ip->ipAddress.valueOr({});
    } else if (const auto *u = e.as<UserEvidence>()) {
        info.type = EntityType::Account;
        if (u->userAccount.hasValue()) {
            const UserAccount &a = *u->userAccount;
            info.name = a.userPrincipalName.valueOr({});
            if (info.name.isEmpty())
                info.name = a.accountName.valueOr(a.displayName.valueOr({}));
        }
    } else if (const auto *p = e.as<ProcessEvidence>()) {
        info.type = EntityType::Process;
        info.name = fileName(p->imageFile);
        const QString cmd = p->processCommandLine.valueOr({});
        if (info.name.isEmpty())
            info.name = cmd.section(u' ', 0, 0).section(u'/', -1).section(u'\\', -1);
        if (info.name.isEmpty() && p->processId.hasValue())
            info.name = QString::number(*p->processId);
        // A process is one run: its device, its id and when it started.
        if (p->processId.hasValue() || !cmd.isEmpty())
            info.key = QLatin1StringView("proc:") + lower(p->mdeDeviceId) + u':'
                + QString::number(p->processId.valueOr(0)) + u':'
                + (p->processCreationDateTime.hasValue() ? p->processCreationDateTime->toString()
                                                          : cmd.toLower());
    } else if (const auto *f = e.as<FileEvidence>()) {
        info.type = EntityType::File;
        info.name = fileName(f->fileDetails);
        const QString id = fileIdentity(f->fileDetails);
        if (!id.isEmpty())
            info.key = QLatin1StringView("file:") + id;
    } else if (const auto *url = e.as<UrlEvidence>()) {
        info.type = EntityType::Url;
        info.name = url->url.valueOr({});
        if (!info.name.isEmpty())
            info.key = QLatin1StringView("url:") + info.name;
    } else if (const auto *app = e.as<CloudApplicationEvidence>()) {
        info.type = EntityType::CloudApp;
        info.name = app->displayName.valueOr(app->instanceName.valueOr({}));
        if (app->appId.hasValue())
            info.key = QLatin1StringView("app:") + QString::number(*app->appId);
        else if (!info.name.isEmpty())
            info.key = QLatin1StringView("app:") + info.name.toLower();
    } else if (const auto *m = e.as<MailboxEvidence>()) {
        info.type = EntityType::Mailbox;
        info.name = m->primaryAddress.valueOr(m->upn.valueOr(m->displayName.valueOr({})));
        if (info.key.isEmpty() && !info.name.isEmpty())
            info.key = QLatin1StringView("mbx:") + info.name.toLower();
    } else if (const auto *rk = e.as<RegistryKeyEvidence>()) {
        info.type = EntityType::Registry;
        info.name = rk->registryKey.valueOr({});
        if (!info.name.isEmpty())
            info.key = QLatin1StringView("reg:") + lower(rk->registryHive) + u'\\' + info.name.toLower();
    } else if (const auto *rv = e.as<RegistryValueEvidence>()) {
        info.type = EntityType::Registry;
        info.name = rv->registryValueName.valueOr(rv->registryKey.valueOr({}));
        info.key = QLatin1StringView("reg:") + lower(rv->registryHive) + u'\\' + lower(rv->registryKey)
            + u'\\' + lower(rv->registryValueName);
    } else if (const auto *oa = e.as<OauthApplicationEvidence>()) {
        info.type = EntityType::OauthApp;
        info.name = oa->displayName.valueOr(oa->appId.valueOr({}));
        if (oa->appId.hasValue() || oa->objectId.hasValue())
            info.key = QLatin1StringView("oauth:") + lower(oa->appId.hasValue() ? oa->appId : oa->objectId);
    } else if (const auto *g = e.as<SecurityGroupEvidence>()) {
        info.type = EntityType::SecurityGroup;
        info.name = g->displayName.valueOr(g->friendlyName.valueOr({}));
        const QString id = g->securityGroupId.valueOr(g->activeDirectoryObjectGuid.valueOr(g->sid.valueOr({})));
        if (!id.isEmpty() || !info.name.isEmpty())
            info.key = QLatin1StringView("group:") + (id.isEmpty() ? info.name : id).toLower();
    } else {
        info.type = EntityType::Other;
        info.name = e.odataType.section(u'.', -1);
    }
    return info;
}

bool isMachineOf(const EntityInfo &device, const EntityInfo &resource)
{
    if (device.type != EntityType::Device || resource.type != EntityType::CloudResource)
        return false;
    return (!device.name.isEmpty() && device.name.compare(resource.name, Qt::CaseInsensitive) == 0)
        || (!device.resourceId.isEmpty() && device.resourceId.compare(resource.resourceId, Qt::CaseInsensitive) == 0);
}

QLatin1StringView entityTypeName(EntityType type)
{
    static const char *const names[EntityTypeCount] = {
        "cloudResource", "device", "account", "ip", "process", "file", "url",
        "cloudApp", "mailbox", "registry", "oauthApp", "securityGroup", "other"};
    return QLatin1StringView(names[int(type)]);
}

QLatin1StringView cloudProviderName(CloudProvider provider)
{
    switch (provider) {
    case CloudProvider::Azure: return QLatin1StringView("azure");
    case CloudProvider::Aws: return QLatin1StringView("aws");
    case CloudProvider::Gcp: return QLatin1StringView("gcp");
    case CloudProvider::None: break;
    }
    return QLatin1StringView("none");
}

} // namespace wf
