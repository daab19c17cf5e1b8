// The deterministic demo tenant: subscriptions across Azure, AWS and GCP with varied
// Defender plans, their resources, the principals of SPEC.md's permission table, and a
// history of Defender for Cloud detections (multi-stage scenarios and background noise).
#pragma once

#include "catalog.h"
#include "random.h"
#include "tenant.h"
#include "domain/alert.h"

#include <functional>
#include <optional>

namespace wf::server {
class Engine;
}

namespace wf::sim {

struct DemoOptions
{
    quint64 seed = 1;
    qint64 alerts = 10'000;  // alerts that reach the tenant (after plan coverage and dedup)
    int days = 30;
    Timestamp end;           // the history ends here (default: now, to the minute)
};

struct DemoCredential
{
    QString login;           // UPN, or client id for apps
    QString secret;
    QString roles;
    QString description;
};

class DemoGenerator
{
public:
    explicit DemoGenerator(DemoOptions options);

    Tenant buildTenant();
    // Raises the history's detections in time order through the engine, then plays the
    // analysts' work on older incidents. `progress(done, total)` is called now and then.
    void run(server::Engine &engine, const Tenant &tenant,
             const std::function<void(qint64, qint64)> &progress = {});

    // Demo passwords and app secrets are derived from the seed, so they can be printed
    // at every start without being stored.
    static QList<DemoCredential> credentials(const Tenant &tenant, quint64 seed);
    static QString secretFor(quint64 seed, const QString &login);

    // A sample detection of `plan` on a resource of the subscription that the plan covers
    // (Defender for Cloud's "simulate alerts"); nullopt when there is no such resource.
    std::optional<Alert> sampleAlert(const Tenant &tenant, const QString &subscriptionId, const QString &plan,
                                     Timestamp at);

    // How long the last run() spent raising alerts, and on the analysts' history.
    qint64 ingestMs() const { return m_ingestMs; }
    qint64 historyMs() const { return m_historyMs; }

private:
    struct Context; // the entities an attack episode shares
    QString systemAlertIdAt(Timestamp at);
    Alert makeAlert(const CatalogEntry &entry, const Resource &resource, Timestamp at,
                    const Context &ctx, const Tenant &tenant, const QString &systemAlertId);

    DemoOptions m_options;
    Random m_rng;
    qint64 m_ingestMs = 0, m_historyMs = 0;
};

} // namespace wf::sim
