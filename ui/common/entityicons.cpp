// Entity and provider marks, and their names.
#include "entityicons.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QSvgRenderer>

namespace wf::ui {

namespace {

constexpr QLatin1StringView NeutralInk("#5B6B7F");

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QIcon iconFromSvg(const QByteArray &svg)
{
    QSvgRenderer renderer(svg);
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        renderer.render(&p);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QString providerIconPath(CloudProvider provider)
{
    if (provider == CloudProvider::None)
        return {};
    return QStringLiteral(":/icons/provider-") + cloudProviderName(provider) + QStringLiteral(".svg");
}

QString alertIconPath()
{
    return QStringLiteral(":/icons/alert.svg");
}

} // namespace

QString entityIconPath(EntityType type)
{
    return QStringLiteral(":/icons/entity-") + entityTypeName(type) + QStringLiteral(".svg");
}

QByteArray entitySvg(EntityType type, const QColor &ink)
{
    QByteArray svg = readResource(entityIconPath(type));
    if (ink.isValid())
        svg.replace(QByteArray(NeutralInk.data(), NeutralInk.size()), ink.name().toLatin1());
    return svg;
}

QIcon entityIcon(EntityType type, const QPalette &palette)
{
    return iconFromSvg(entitySvg(type, palette.color(QPalette::WindowText)));
}

QIcon providerIcon(CloudProvider provider)
{
    if (provider == CloudProvider::None)
        return {};
    return iconFromSvg(readResource(providerIconPath(provider)));
}

QSvgRenderer *entityRenderer(EntityType type, const QColor &ink)
{
    // GUI thread only, like every renderer a scene paints with.
    static QHash<QString, QSvgRenderer *> cache;
    const QString key = entityTypeName(type) + u'|' + ink.name();
    QSvgRenderer *&r = cache[key];
    if (!r)
        r = new QSvgRenderer(entitySvg(type, ink), qApp);
    return r;
}

QSvgRenderer *providerRenderer(CloudProvider provider)
{
    static QHash<int, QSvgRenderer *> cache;
    if (provider == CloudProvider::None)
        return nullptr;
    QSvgRenderer *&r = cache[int(provider)];
    if (!r)
        r = new QSvgRenderer(providerIconPath(provider), qApp);
    return r;
}

QSvgRenderer *alertRenderer()
{
    static QSvgRenderer *r = new QSvgRenderer(alertIconPath(), qApp);
    return r;
}

QString EntityText::typeName(EntityType type)
{
    switch (type) {
    case EntityType::CloudResource: return tr("Cloud resource");
    case EntityType::Device: return tr("Device");
    case EntityType::Account: return tr("Account");
    case EntityType::Ip: return tr("IP address");
    case EntityType::Process: return tr("Process");
    case EntityType::File: return tr("File");
    case EntityType::Url: return tr("URL");
    case EntityType::CloudApp: return tr("Cloud app");
    case EntityType::Mailbox: return tr("Mailbox");
    case EntityType::Registry: return tr("Registry");
    case EntityType::OauthApp: return tr("OAuth app");
    case EntityType::SecurityGroup: return tr("Security group");
    case EntityType::Other: break;
    }
    return tr("Other entity");
}

QString EntityText::typeCount(EntityType type, int n)
{
    // English needs the singular spelled out; translations give their own plural forms.
    const bool one = n == 1;
    switch (type) {
    case EntityType::CloudResource: return one ? tr("1 cloud resource") : tr("%n cloud resources", nullptr, n);
    case EntityType::Device: return one ? tr("1 device") : tr("%n devices", nullptr, n);
    case EntityType::Account: return one ? tr("1 account") : tr("%n accounts", nullptr, n);
    case EntityType::Ip: return one ? tr("1 IP") : tr("%n IPs", nullptr, n);
    case EntityType::Process: return one ? tr("1 process") : tr("%n processes", nullptr, n);
    case EntityType::File: return one ? tr("1 file") : tr("%n files", nullptr, n);
    case EntityType::Url: return one ? tr("1 URL") : tr("%n URLs", nullptr, n);
    case EntityType::CloudApp: return one ? tr("1 cloud app") : tr("%n cloud apps", nullptr, n);
    case EntityType::Mailbox: return one ? tr("1 mailbox") : tr("%n mailboxes", nullptr, n);
    case EntityType::Registry: return one ? tr("1 registry item") : tr("%n registry items", nullptr, n);
    case EntityType::OauthApp: return one ? tr("1 OAuth app") : tr("%n OAuth apps", nullptr, n);
    case EntityType::SecurityGroup: return one ? tr("1 security group") : tr("%n security groups", nullptr, n);
    case EntityType::Other: break;
    }
    return one ? tr("1 other entity") : tr("%n other entities", nullptr, n);
}

QString EntityText::typePlural(EntityType type)
{
    switch (type) {
    case EntityType::CloudResource: return tr("Cloud resources");
    case EntityType::Device: return tr("Devices");
    case EntityType::Account: return tr("Accounts");
    case EntityType::Ip: return tr("IP addresses");
    case EntityType::Process: return tr("Processes");
    case EntityType::File: return tr("Files");
    case EntityType::Url: return tr("URLs");
    case EntityType::CloudApp: return tr("Cloud apps");
    case EntityType::Mailbox: return tr("Mailboxes");
    case EntityType::Registry: return tr("Registry");
    case EntityType::OauthApp: return tr("OAuth apps");
    case EntityType::SecurityGroup: return tr("Security groups");
    case EntityType::Other: break;
    }
    return tr("Other entities");
}

QString EntityText::providerName(CloudProvider provider)
{
    switch (provider) {
    case CloudProvider::Azure: return tr("Azure");
    case CloudProvider::Aws: return tr("Amazon Web Services");
    case CloudProvider::Gcp: return tr("Google Cloud");
    case CloudProvider::None: break;
    }
    return {};
}

QString EntityText::providerShort(CloudProvider provider)
{
    switch (provider) {
    case CloudProvider::Azure: return tr("Azure");
    case CloudProvider::Aws: return tr("AWS");
    case CloudProvider::Gcp: return tr("GCP");
    case CloudProvider::None: break;
    }
    return {};
}

QString EntityText::roleName(const Enum<EvidenceRole> &role)
{
    if (!role.isKnown())
        return role.name();
    switch (role.value()) {
    case EvidenceRole::unknown: return tr("Related");
    case EvidenceRole::contextual: return tr("Contextual");
    case EvidenceRole::scanned: return tr("Scanned");
    case EvidenceRole::source: return tr("Source");
    case EvidenceRole::destination: return tr("Destination");
    case EvidenceRole::created: return tr("Created");
    case EvidenceRole::added: return tr("Added");
    case EvidenceRole::compromised: return tr("Compromised");
    case EvidenceRole::edited: return tr("Edited");
    case EvidenceRole::attacked: return tr("Attacked");
    case EvidenceRole::attacker: return tr("Attacker");
    case EvidenceRole::commandAndControl: return tr("Command and control");
    case EvidenceRole::loaded: return tr("Loaded");
    case EvidenceRole::suspicious: return tr("Suspicious");
    case EvidenceRole::policyViolator: return tr("Policy violator");
    case EvidenceRole::unknownFutureValue: break;
    }
    return role.name();
}

} // namespace wf::ui
