// Reading and changing the Defender for Cloud / Sentinel set-up over ARM.
#include "setup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVersionNumber>

namespace wf::integration {

namespace {

const QString kTenantSettingsPath = QStringLiteral("providers/Watchfloor.Simulator/tenantSettings/default");
constexpr const char *kPermissionsApi = "2022-04-01";

QJsonObject props(const QJsonObject &o)
{
    return o.value(QLatin1StringView("properties")).toObject();
}

QJsonObject parse(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QString dataState(const QJsonObject &connector, const char *type)
{
    return props(connector)
        .value(QLatin1StringView("dataTypes"))
        .toObject()
        .value(QLatin1StringView(type))
        .toObject()
        .value(QLatin1StringView("state"))
        .toString();
}

QUrlQuery permissionsQuery()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("api-version"), QString::fromLatin1(kPermissionsApi));
    return q;
}

IncidentRule ruleFrom(const QJsonObject &o)
{
    IncidentRule r;
    const QJsonObject p = props(o);
    r.name = o.value(QLatin1StringView("name")).toString();
    r.displayName = p.value(QLatin1StringView("displayName")).toString();
    r.enabled = p.value(QLatin1StringView("enabled")).toBool();
    r.productFilter = p.value(QLatin1StringView("productFilter")).toString();
    for (const QJsonValue &v : p.value(QLatin1StringView("severitiesFilter")).toArray())
        r.severities << v.toString();
    r.json = o;
    return r;
}

} // namespace

SubscriptionSetup::Coverage SubscriptionSetup::coverage() const
{
    int on = 0;
    for (bool b : plans)
        on += b ? 1 : 0;
    if (on == 0)
        return Coverage::None;
    return on == plans.size() ? Coverage::All : Coverage::Some;
}

bool TenantSettings::solutionHasTenantConnector() const
{
    return !unifiedPlatform && QVersionNumber::fromString(solutionVersion) >= QVersionNumber(3, 0, 0);
}

bool IncidentRule::isDefenderForCloud() const
{
    return productFilter == QLatin1StringView(SetupService::kDfcProduct);
}

SetupService::SetupService(net::GraphClient *arm, net::GraphClient *graph, const QString &workspaceResourceId,
                           QObject *parent)
    : QObject(parent)
    , m_arm(arm)
    , m_graph(graph)
    , m_profileWorkspace(workspaceResourceId)
    , m_workspace(workspaceResourceId)
{
}

SetupService::~SetupService()
{
    ++m_generation;
    for (const QPointer<net::RestCall> &c : m_calls + m_loadCalls) {
        if (c)
            c->cancel();
    }
    for (const QPointer<net::Pager> &p : std::as_const(m_pagers)) {
        if (p)
            p->cancel();
    }
}

QString SetupService::cloudName(Cloud c)
{
    switch (c) {
    case Cloud::Azure:
        return tr("Azure");
    case Cloud::Aws:
        return tr("Amazon Web Services");
    case Cloud::Gcp:
        return tr("Google Cloud");
    }
    return {};
}

Cloud SetupService::cloudFromTag(const QString &tag)
{
    if (tag.compare(QLatin1StringView("AWS"), Qt::CaseInsensitive) == 0)
        return Cloud::Aws;
    if (tag.compare(QLatin1StringView("GCP"), Qt::CaseInsensitive) == 0)
        return Cloud::Gcp;
    return Cloud::Azure;
}

const SubscriptionSetup *SetupService::subscription(const QString &id) const
{
    for (const SubscriptionSetup &s : m_subs) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QList<IncidentRule> SetupService::defenderForCloudRules(bool enabledOnly) const
{
    QList<IncidentRule> out;
    for (const IncidentRule &r : m_rules) {
        if (r.isDefenderForCloud() && (r.enabled || !enabledOnly))
            out << r;
    }
    return out;
}

QString SetupService::workspacePath() const
{
    return m_workspace + QStringLiteral("/providers/Microsoft.SecurityInsights");
}

// ---- loading

void SetupService::startLoad(net::RestCall *call, std::function<void(const net::RestResult &)> done)
{
    ++m_outstanding;
    m_loadCalls << call;
    call->setQuiet(true);
    connect(call, &net::RestCall::finished, this,
            [this, generation = m_generation, done = std::move(done)](const net::RestResult &r) {
                // A cancelled read (a newer refresh, or the session closing) is no answer.
                if (generation != m_generation || r.error.kind == net::ApiError::Kind::Cancelled)
                    return;
                done(r);
                finishOne();
            });
}

void SetupService::listAll(const QString &path,
                           std::function<void(const QList<QJsonObject> &, const net::ApiError &)> done)
{
    ++m_outstanding;
    net::Pager *pager = m_arm->list(path, {}, -1, true);
    pager->setQuiet(true);
    m_pagers << pager;
    auto items = std::make_shared<QList<QJsonObject>>();
    connect(pager, &net::Pager::page, this, [items](const QByteArray &, const QJsonArray &page, qint64) {
        for (const QJsonValue &v : page)
            items->append(v.toObject());
    });
    connect(pager, &net::Pager::finished, this,
            [this, items, generation = m_generation, done = std::move(done)](const net::ApiError &e, qint64) {
                if (generation != m_generation || e.kind == net::ApiError::Kind::Cancelled)
                    return;
                done(*items, e);
                finishOne();
            });
}

void SetupService::finishOne()
{
    if (--m_outstanding > 0)
        return;
    m_loadedOnce = true;
    m_calls.removeIf([](const QPointer<net::RestCall> &c) { return c.isNull(); });
    m_loadCalls.removeIf([](const QPointer<net::RestCall> &c) { return c.isNull(); });
    m_pagers.removeIf([](const QPointer<net::Pager> &p) { return p.isNull(); });
    Q_EMIT loaded();
    Q_EMIT changed();
}

void SetupService::refresh()
{
    ++m_generation;
    // One read of each resource at a time: the last round's reads are superseded.
    for (const QPointer<net::RestCall> &c : std::exchange(m_loadCalls, {})) {
        if (c)
            c->cancel();
    }
    for (const QPointer<net::Pager> &p : std::exchange(m_pagers, {})) {
        if (p)
            p->cancel();
    }
    m_touched.clear();
    m_outstanding = 0;
    m_loadError.clear();
    auto noteError = [this](const net::ApiError &e) {
        if (m_loadError.isEmpty() && !e.ok())
            m_loadError = e.sentence();
    };

    // Who the user is, in Entra terms (delegated sign-ins only).
    if (m_graph) {
        ++m_outstanding;
        net::Pager *pager = m_graph->list(QStringLiteral("me/memberOf"), {}, -1, true);
        pager->setQuiet(true); // an app sign-in has no "me": not an error to show
        m_pagers << pager;
        auto roles = std::make_shared<QSet<QString>>();
        connect(pager, &net::Pager::page, this, [roles](const QByteArray &, const QJsonArray &page, qint64) {
            for (const QJsonValue &v : page) {
                const QJsonObject o = v.toObject();
                if (o.value(QLatin1StringView("@odata.type")).toString() == QLatin1StringView("#microsoft.graph.directoryRole"))
                    roles->insert(o.value(QLatin1StringView("displayName")).toString());
            }
        });
        connect(pager, &net::Pager::finished, this,
                [this, roles, generation = m_generation](const net::ApiError &e, qint64) {
                    if (generation != m_generation || e.kind == net::ApiError::Kind::Cancelled)
                        return;
                    m_rolesKnown = e.ok();
                    m_roles = e.ok() ? *roles : QSet<QString>();
                    finishOne();
                });
    }

    // The tenant's settings (our resource; a real tenant has none) name the workspace.
    startLoad(m_arm->get(kTenantSettingsPath), [this](const net::RestResult &r) {
        if (r.error.ok()) {
            const TenantSettings before = m_settings;
            readSettings(parse(r.body));
            if (isTouched(QStringLiteral("dfcAlerts")))
                m_settings.dfcAlerts = before.dfcAlerts;
            if (isTouched(QStringLiteral("dfcIncidents")))
                m_settings.dfcIncidents = before.dfcIncidents;
        } else {
            m_settings = TenantSettings();
            m_settings.unknownWhy = r.error.kind == net::ApiError::Kind::NotFound
                ? tr("This tenant does not publish its Defender XDR settings; change them in the Defender portal.")
                : r.error.sentence();
        }
        if (m_profileWorkspace.isEmpty())
            m_workspace = m_settings.workspaceResourceId;
        loadWorkspace();
    });

    listAll(QStringLiteral("subscriptions"), [this, noteError](const QList<QJsonObject> &items, const net::ApiError &e) {
        noteError(e);
        // Keep what was known about each subscription until its answers come in again.
        QList<SubscriptionSetup> subs;
        for (const QJsonObject &o : items) {
            SubscriptionSetup s;
            s.id = o.value(QLatin1StringView("subscriptionId")).toString();
            if (const SubscriptionSetup *old = subscription(s.id))
                s = *old;
            s.name = o.value(QLatin1StringView("displayName")).toString();
            s.tenantId = o.value(QLatin1StringView("tenantId")).toString();
            s.otherTenant = !o.value(QLatin1StringView("managedByTenants")).toArray().isEmpty();
            const QJsonObject tags = o.value(QLatin1StringView("tags")).toObject();
            s.cloud = cloudFromTag(tags.value(QLatin1StringView("cloud")).toString());
            const QJsonValue reg = tags.value(QLatin1StringView("securityInsightsRegistered"));
            if (reg.isString())
                s.insightsRegistered = reg.toString() == QLatin1StringView("true");
            subs << s;
        }
        std::sort(subs.begin(), subs.end(), [](const SubscriptionSetup &a, const SubscriptionSetup &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        m_subs = subs;
        for (int i = 0; i < m_subs.size(); ++i)
            loadSubscription(i);
    });
}

void SetupService::readSettings(const QJsonObject &o)
{
    const QJsonObject p = props(o);
    TenantSettings t;
    t.known = true;
    t.dfcAlerts = p.value(QLatin1StringView("defenderForCloudAlerts")).toString() != QLatin1StringView("None");
    t.dfcIncidents = p.value(QLatin1StringView("defenderForCloudIncidents")).toString() != QLatin1StringView("OptedOut");
    t.solutionVersion = p.value(QLatin1StringView("sentinelSolutionVersion")).toString();
    t.unifiedPlatform = p.value(QLatin1StringView("unifiedSecurityOperations")).toBool();
    t.workspaceResourceId = p.value(QLatin1StringView("workspaceResourceId")).toString();
    t.workspaceId = p.value(QLatin1StringView("workspaceId")).toString();
    m_settings = t;
}

void SetupService::loadSubscription(int index)
{
    const QString id = m_subs[index].id;
    const QString base = QStringLiteral("subscriptions/") + id;
    auto find = [this, id]() -> SubscriptionSetup * {
        for (SubscriptionSetup &s : m_subs) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    };
    listAll(base + QStringLiteral("/providers/Microsoft.Security/pricings"),
            [this, find](const QList<QJsonObject> &items, const net::ApiError &e) {
                SubscriptionSetup *s = find();
                if (!s || !e.ok())
                    return;
                for (const QJsonObject &p : items) {
                    const QString plan = p.value(QLatin1StringView("name")).toString();
                    if (!isTouched(QStringLiteral("plans:%1:%2").arg(s->id, plan)))
                        s->plans.insert(plan, props(p).value(QLatin1StringView("pricingTier")).toString()
                                                  == QLatin1StringView("Standard"));
                }
                s->plansKnown = true;
            });
    startLoad(m_arm->get(base + QStringLiteral("/providers/Microsoft.Security/settings/Sentinel")),
              [this, find](const net::RestResult &r) {
                  SubscriptionSetup *s = find();
                  if (!s || isTouched(QStringLiteral("sync:") + s->id))
                      return;
                  // No setting yet reads as sync off, as in the portal.
                  s->syncKnown = r.error.ok() || r.error.kind == net::ApiError::Kind::NotFound;
                  s->sync = r.error.ok() && props(parse(r.body)).value(QLatin1StringView("enabled")).toBool();
              });
    startLoad(m_arm->get(base + QStringLiteral("/providers/Microsoft.Authorization/permissions"), permissionsQuery()),
              [find](const net::RestResult &r) {
                  SubscriptionSetup *s = find();
                  if (!s)
                      return;
                  s->permissionsKnown = r.error.ok();
                  s->permissions = r.error.ok() ? wire::ArmPermissions::fromJson(parse(r.body)) : wire::ArmPermissions();
              });
}

void SetupService::loadWorkspace()
{
    if (m_workspace.isEmpty()) {
        if (m_loadError.isEmpty())
            m_loadError = tr("No Microsoft Sentinel workspace is configured for this connection.");
        return;
    }
    if (m_settings.workspaceId.isEmpty()) {
        // A real tenant: the Log Analytics workspace names its customer id itself.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("api-version"), QStringLiteral("2022-10-01"));
        startLoad(m_arm->get(m_workspace, q), [this](const net::RestResult &r) {
            if (r.error.ok())
                m_settings.workspaceId = props(parse(r.body)).value(QLatin1StringView("customerId")).toString();
        });
    }
    listAll(workspacePath() + QStringLiteral("/dataConnectors"), [this](const QList<QJsonObject> &items, const net::ApiError &e) {
        if (e.ok())
            readConnectors(items);
        else if (m_loadError.isEmpty())
            m_loadError = e.sentence();
    });
    listAll(workspacePath() + QStringLiteral("/alertRules"), [this](const QList<QJsonObject> &items, const net::ApiError &e) {
        m_rulesKnown = e.ok();
        if (!e.ok())
            return;
        QList<IncidentRule> rules;
        for (const QJsonObject &o : items) {
            if (o.value(QLatin1StringView("kind")).toString() != QLatin1StringView("MicrosoftSecurityIncidentCreation"))
                continue;
            IncidentRule r = ruleFrom(o);
            // A rule changed since this read began keeps the changed copy.
            for (const IncidentRule &old : std::as_const(m_rules)) {
                if (old.name == r.name && isTouched(QStringLiteral("rule:") + r.name))
                    r = old;
            }
            rules << r;
        }
        m_rules = rules;
    });
    startLoad(m_arm->get(m_workspace + QStringLiteral("/providers/Microsoft.Authorization/permissions"), permissionsQuery()),
              [this](const net::RestResult &r) {
                  m_workspacePermsKnown = r.error.ok();
                  m_workspacePerms = r.error.ok() ? wire::ArmPermissions::fromJson(parse(r.body)) : wire::ArmPermissions();
              });
}

void SetupService::readConnectors(const QList<QJsonObject> &items)
{
    QSet<QString> connected;
    m_tenantListed = false;
    bool tenantConnector = false, xdrIncidents = false;
    for (const QJsonObject &c : items) {
        const QString kind = c.value(QLatin1StringView("kind")).toString();
        if (kind == QLatin1StringView(kLegacyKind)) {
            if (dataState(c, "alerts") == QLatin1StringView("Enabled"))
                connected.insert(props(c).value(QLatin1StringView("subscriptionId")).toString());
        } else if (kind == QLatin1StringView(kTenantConnector)) {
            m_tenantListed = true;
            tenantConnector = dataState(c, "alerts") == QLatin1StringView("Enabled");
        } else if (kind == QLatin1StringView(kXdrConnector)) {
            xdrIncidents = dataState(c, "incidents") == QLatin1StringView("Enabled");
        }
    }
    if (!isTouched(QStringLiteral("tenantConnector")))
        m_tenantConnector = tenantConnector;
    if (!isTouched(QStringLiteral("xdrIncidents")))
        m_xdrIncidents = xdrIncidents;
    for (SubscriptionSetup &s : m_subs) {
        if (!isTouched(QStringLiteral("legacy:") + s.id))
            s.legacyConnected = connected.contains(s.id);
    }
}

SetupService::LegacyCount SetupService::legacyCount() const
{
    LegacyCount c;
    for (const SubscriptionSetup &s : m_subs) {
        if (s.otherTenant)
            continue; // never connectable
        ++c.eligible;
        c.connected += s.legacyConnected ? 1 : 0;
    }
    return c;
}

bool SetupService::isTouched(const QString &key) const
{
    return m_pending.contains(key) || m_touched.contains(key);
}

// ---- permissions

std::optional<bool> SetupService::workspaceAllows(QStringView action) const
{
    if (!m_workspacePermsKnown)
        return std::nullopt;
    return m_workspacePerms.allows(action);
}

Gate SetupService::subscriptionGate(const QString &sub, QStringView action, const QString &roles) const
{
    const SubscriptionSetup *s = subscription(sub);
    if (!s)
        return Gate::no(tr("The subscription is not known."));
    if (s->permissionsKnown && !s->permissions.allows(action))
        return Gate::no(tr("Needs %1 on the subscription %2.").arg(roles, s->name));
    return Gate::yes();
}

Gate SetupService::mayConnect(const QString &sub) const
{
    const SubscriptionSetup *s = subscription(sub);
    if (!s)
        return Gate::no(tr("The subscription is not known."));
    // What makes it impossible comes before who may do it, as on the server.
    if (s->otherTenant)
        return Gate::no(tr("%1 belongs to another tenant (delegated through Azure Lighthouse) and cannot be connected.").arg(s->name));
    if (s->plansKnown && s->coverage() == SubscriptionSetup::Coverage::None)
        return Gate::no(tr("Turn on at least one Microsoft Defender plan on %1 first.").arg(s->name));
    if (s->insightsRegistered == false)
        return Gate::no(tr("The Microsoft.SecurityInsights resource provider is not registered on %1.").arg(s->name));
    return connectorGate(sub, wire::armaction::DataConnectorsWrite);
}

Gate SetupService::mayDisconnect(const QString &sub) const
{
    return connectorGate(sub, wire::armaction::DataConnectorsDelete);
}

Gate SetupService::connectorGate(const QString &sub, QStringView action) const
{
    Gate g = subscriptionGate(sub, action, tr("Contributor or Owner"));
    if (!g.allowed)
        return g;
    if (m_workspacePermsKnown && !m_workspacePerms.allows(action))
        return Gate::no(tr("Needs read and write access (Microsoft Sentinel Contributor) on the workspace."));
    return Gate::yes();
}

Gate SetupService::maySetSync(const QString &sub) const
{
    return subscriptionGate(sub, wire::armaction::SettingsWrite, tr("Contributor or Security Admin"));
}

Gate SetupService::maySetPlans(const QString &sub) const
{
    return subscriptionGate(sub, wire::armaction::PricingsWrite, tr("Security Admin"));
}

Gate SetupService::mayConnectTenant() const
{
    if (m_rolesKnown && !m_roles.contains(QStringLiteral("Global Administrator")))
        return Gate::no(tr("Needs the Global Administrator role."));
    if (m_workspacePermsKnown && !m_workspacePerms.allows(wire::armaction::DataConnectorsWrite))
        return Gate::no(tr("Needs read and write access (Microsoft Sentinel Contributor) on the workspace."));
    return Gate::yes();
}

Gate SetupService::mayUpgradeSolution() const
{
    if (m_workspacePermsKnown && !m_workspacePerms.allows(wire::armaction::ContentPackagesWrite))
        return Gate::no(tr("Needs read and write access (Microsoft Sentinel Contributor) on the workspace."));
    return Gate::yes();
}

Gate SetupService::mayChangeTenantSettings() const
{
    if (m_rolesKnown && !m_roles.contains(QStringLiteral("Global Administrator"))
        && !m_roles.contains(QStringLiteral("Security Administrator")))
        return Gate::no(tr("Needs the Global Administrator or Security Administrator role."));
    return Gate::yes();
}

Gate SetupService::mayWriteTuningRules() const
{
    // Defender XDR's security settings: the same roles as the tenant's settings.
    return mayChangeTenantSettings();
}

Gate SetupService::mayWriteRules() const
{
    if (m_workspacePermsKnown && !m_workspacePerms.allows(wire::armaction::AlertRulesWrite))
        return Gate::no(tr("Needs read and write access (Microsoft Sentinel Contributor) on the workspace."));
    return Gate::yes();
}

// ---- changes

void SetupService::change(const QString &key, bool wanted, net::RestCall *call,
                          std::function<void(const QJsonObject &)> apply)
{
    m_pending.insert(key, wanted);
    m_touched.insert(key);
    m_calls << call;
    Q_EMIT changed();
    connect(call, &net::RestCall::finished, this, [this, key, apply = std::move(apply)](const net::RestResult &r) {
        m_pending.remove(key);
        m_touched.insert(key); // a read begun before this answer must not undo it
        if (r.error.ok()) {
            apply(parse(r.body));
            Q_EMIT confirmed(key);
        } else {
            Q_EMIT failed(key, r.error.sentence());
        }
        Q_EMIT changed();
    });
}

void SetupService::setLegacyConnected(const QStringList &subs, bool on)
{
    for (const QString &sub : subs) {
        if (isPending(QStringLiteral("legacy:") + sub))
            continue; // one request per switch at a time
        const QString path = workspacePath() + QStringLiteral("/dataConnectors/asc-") + sub;
        net::RestCall *call = nullptr;
        if (on) {
            call = m_arm->put(path,
                              {{QStringLiteral("kind"), QString::fromLatin1(kLegacyKind)},
                               {QStringLiteral("properties"),
                                QJsonObject{{QStringLiteral("subscriptionId"), sub},
                                            {QStringLiteral("dataTypes"),
                                             QJsonObject{{QStringLiteral("alerts"),
                                                          QJsonObject{{QStringLiteral("state"), QStringLiteral("Enabled")}}}}}}}});
        } else {
            // Disconnecting removes the subscription's connector, as the portal does.
            call = m_arm->del(path);
        }
        change(QStringLiteral("legacy:") + sub, on, call, [this, sub, on](const QJsonObject &) {
            for (SubscriptionSetup &s : m_subs) {
                if (s.id == sub)
                    s.legacyConnected = on;
            }
        });
    }
}

void SetupService::setSync(const QStringList &subs, bool on)
{
    for (const QString &sub : subs) {
        if (isPending(QStringLiteral("sync:") + sub))
            continue;
        net::RestCall *call = m_arm->put(
            QStringLiteral("subscriptions/%1/providers/Microsoft.Security/settings/Sentinel").arg(sub),
            {{QStringLiteral("kind"), QStringLiteral("AlertSyncSettings")},
             {QStringLiteral("properties"), QJsonObject{{QStringLiteral("enabled"), on}}}});
        change(QStringLiteral("sync:") + sub, on, call, [this, sub](const QJsonObject &answer) {
            for (SubscriptionSetup &s : m_subs) {
                if (s.id == sub) {
                    s.sync = props(answer).value(QLatin1StringView("enabled")).toBool();
                    s.syncKnown = true;
                }
            }
        });
    }
}

void SetupService::enableAllPlans(const QStringList &subs)
{
    for (const QString &sub : subs) {
        const SubscriptionSetup *s = subscription(sub);
        if (!s)
            continue;
        const QMap<QString, bool> plans = s->plans;
        for (auto it = plans.cbegin(); it != plans.cend(); ++it) {
            if (!it.value())
                setPlan(sub, it.key(), true);
        }
    }
}

void SetupService::setPlan(const QString &sub, const QString &plan, bool on)
{
    if (isPending(QStringLiteral("plans:%1:%2").arg(sub, plan)))
        return;
    net::RestCall *call = m_arm->put(
        QStringLiteral("subscriptions/%1/providers/Microsoft.Security/pricings/%2").arg(sub, plan),
        {{QStringLiteral("properties"),
          QJsonObject{{QStringLiteral("pricingTier"), on ? QStringLiteral("Standard") : QStringLiteral("Free")}}}});
    change(QStringLiteral("plans:%1:%2").arg(sub, plan), on, call, [this, sub, plan](const QJsonObject &answer) {
        for (SubscriptionSetup &x : m_subs) {
            if (x.id == sub)
                x.plans.insert(plan, props(answer).value(QLatin1StringView("pricingTier")).toString()
                                         == QLatin1StringView("Standard"));
        }
    });
}

void SetupService::setTenantConnector(bool on)
{
    if (isPending(QStringLiteral("tenantConnector")))
        return;
    net::RestCall *call = m_arm->put(
        workspacePath() + QStringLiteral("/dataConnectors/") + QString::fromLatin1(kTenantConnector),
        {{QStringLiteral("kind"), QString::fromLatin1(kTenantConnector)},
         {QStringLiteral("properties"),
          QJsonObject{{QStringLiteral("dataTypes"),
                       QJsonObject{{QStringLiteral("alerts"),
                                    QJsonObject{{QStringLiteral("state"),
                                                 on ? QStringLiteral("Enabled") : QStringLiteral("Disabled")}}}}}}}});
    change(QStringLiteral("tenantConnector"), on, call, [this](const QJsonObject &answer) {
        m_tenantConnector = dataState(answer, "alerts") == QLatin1StringView("Enabled");
    });
}

void SetupService::setXdrIncidents(bool on)
{
    if (isPending(QStringLiteral("xdrIncidents")))
        return;
    net::RestCall *call = m_arm->put(
        workspacePath() + QStringLiteral("/dataConnectors/") + QString::fromLatin1(kXdrConnector),
        {{QStringLiteral("kind"), QString::fromLatin1(kXdrConnector)},
         {QStringLiteral("properties"),
          QJsonObject{{QStringLiteral("dataTypes"),
                       QJsonObject{{QStringLiteral("incidents"),
                                    QJsonObject{{QStringLiteral("state"),
                                                 on ? QStringLiteral("Enabled") : QStringLiteral("Disabled")}}}}}}}});
    change(QStringLiteral("xdrIncidents"), on, call, [this](const QJsonObject &answer) {
        m_xdrIncidents = dataState(answer, "incidents") == QLatin1StringView("Enabled");
    });
}

void SetupService::setDfcAlerts(bool all)
{
    if (isPending(QStringLiteral("dfcAlerts")))
        return;
    net::RestCall *call = m_arm->put(kTenantSettingsPath,
        {{QStringLiteral("properties"),
          QJsonObject{{QStringLiteral("defenderForCloudAlerts"), all ? QStringLiteral("All") : QStringLiteral("None")}}}});
    change(QStringLiteral("dfcAlerts"), all, call, [this](const QJsonObject &answer) { readSettings(answer); });
}

void SetupService::setDfcIncidents(bool enabled)
{
    if (isPending(QStringLiteral("dfcIncidents")))
        return;
    net::RestCall *call = m_arm->put(kTenantSettingsPath,
        {{QStringLiteral("properties"),
          QJsonObject{{QStringLiteral("defenderForCloudIncidents"),
                       enabled ? QStringLiteral("Enabled") : QStringLiteral("OptedOut")}}}});
    change(QStringLiteral("dfcIncidents"), enabled, call, [this](const QJsonObject &answer) { readSettings(answer); });
}

void SetupService::upgradeSolution()
{
    if (isPending(QStringLiteral("solution")))
        return;
    net::RestCall *call = m_arm->post(kTenantSettingsPath + QStringLiteral("/upgradeSolution"), {});
    change(QStringLiteral("solution"), true, call, [this](const QJsonObject &answer) {
        readSettings(answer);
        // The new solution lists the tenant-based connector: read the connectors again.
        refresh();
    });
}

void SetupService::setRuleEnabled(const QString &ruleName, bool enabled)
{
    QJsonObject body;
    for (const IncidentRule &r : std::as_const(m_rules)) {
        if (r.name == ruleName)
            body = r.json;
    }
    if (body.isEmpty()) {
        Q_EMIT failed(QStringLiteral("rule:") + ruleName, tr("The rule %1 is not known here; refresh and try again.").arg(ruleName));
        Q_EMIT changed();
        return;
    }
    if (isPending(QStringLiteral("rule:") + ruleName))
        return;
    QJsonObject p = props(body);
    p.insert(QStringLiteral("enabled"), enabled);
    body.insert(QStringLiteral("properties"), p);
    body.remove(QStringLiteral("id"));
    net::RestCall *call = m_arm->put(workspacePath() + QStringLiteral("/alertRules/") + ruleName, body);
    change(QStringLiteral("rule:") + ruleName, enabled, call, [this, ruleName](const QJsonObject &answer) {
        for (IncidentRule &r : m_rules) {
            if (r.name == ruleName)
                r = ruleFrom(answer);
        }
    });
}

void SetupService::createDefenderForCloudRule()
{
    const QString name = QStringLiteral("defender-for-cloud-incidents");
    net::RestCall *call = m_arm->put(
        workspacePath() + QStringLiteral("/alertRules/") + name,
        encodeRule(IncidentCreationRule::fromDefenderForCloudTemplate(
            tr("Create incidents based on Microsoft Defender for Cloud alerts"))));
    change(QStringLiteral("rule:") + name, true, call, [this, name](const QJsonObject &answer) {
        m_rules.removeIf([&](const IncidentRule &r) { return r.name == name; });
        m_rules << ruleFrom(answer);
    });
}

} // namespace wf::integration
