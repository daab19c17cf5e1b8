// The sample queries' texts. Titles and descriptions are translated; the KQL is not.
#include "samplequeries.h"

#include <QCoreApplication>

namespace wf::integration {

namespace {

struct Sample
{
    const char *id;
    const char *title;
    const char *description;
    const char *kql;
    QueryApi api;
};

// Both connectors write ProductName "Azure Security Center"; ProviderName tells them apart
// ("Azure Security Center": the subscription-based one, "Microsoft XDR": the tenant-based
// one), and VendorOriginalId is the Defender for Cloud alert both copies of a duplicate
// share (their SystemAlertId differs).
constexpr Sample kSamples[] = {
    {"dfc-alerts", QT_TRANSLATE_NOOP("SampleQueries", "Defender for Cloud alerts in Sentinel"),
        QT_TRANSLATE_NOOP("SampleQueries",
            "Every Defender for Cloud alert the workspace received, through either connector"),
        "SecurityAlert | where ProductName == \"Azure Security Center\"", QueryApi::Workspace},
    {"severity-14d", QT_TRANSLATE_NOOP("SampleQueries", "Alerts by severity, last 14 days"),
        QT_TRANSLATE_NOOP("SampleQueries",
            "How many Defender for Cloud alerts of each severity arrived in the last two weeks"),
        "SecurityAlert\n"
        "| where ProductName == \"Azure Security Center\" and TimeGenerated > ago(14d)\n"
        "| summarize Alerts = count() by AlertSeverity\n"
        "| sort by Alerts desc",
        QueryApi::Workspace},
    {"per-connector-daily", QT_TRANSLATE_NOOP("SampleQueries", "Alerts per connector per day"),
        QT_TRANSLATE_NOOP("SampleQueries",
            "Daily alert rows by ProviderName: Azure Security Center is the subscription-based "
            "connector, Microsoft XDR the tenant-based one"),
        "SecurityAlert\n"
        "| where ProductName == \"Azure Security Center\"\n"
        "| summarize Alerts = count() by ProviderName, Day = bin(TimeGenerated, 1d)\n"
        "| sort by Day desc, ProviderName asc",
        QueryApi::Workspace},
    {"duplicates", QT_TRANSLATE_NOOP("SampleQueries", "Duplicate alerts (two connectors)"),
        QT_TRANSLATE_NOOP("SampleQueries",
            "One Defender for Cloud alert stored twice because both connectors cover its "
            "subscription"),
        "SecurityAlert\n"
        "| where ProductName == \"Azure Security Center\"\n"
        "| summarize Copies = count(), Connectors = make_set(ProviderName), "
        "FirstSeen = min(TimeGenerated) by VendorOriginalId, AlertName\n"
        "| where Copies > 1\n"
        "| sort by FirstSeen desc",
        QueryApi::Workspace},
    {"incidents-by-provider", QT_TRANSLATE_NOOP("SampleQueries", "Sentinel incidents by provider"),
        QT_TRANSLATE_NOOP(
            "SampleQueries", "Incidents in the workspace per source, and how many are still open"),
        "SecurityIncident\n"
        "| summarize Incidents = count(), Open = countif(Status != \"Closed\") by ProviderName\n"
        "| sort by Incidents desc",
        QueryApi::Workspace},
    {"high-24h", QT_TRANSLATE_NOOP("SampleQueries", "High-severity alerts, last 24 hours"),
        QT_TRANSLATE_NOOP(
            "SampleQueries", "The newest high-severity alerts with the resource they concern"),
        "SecurityAlert\n"
        "| where AlertSeverity == \"High\" and TimeGenerated > ago(24h)\n"
        "| project TimeGenerated, AlertName, CompromisedEntity, ProviderName, Status, ResourceId\n"
        "| sort by TimeGenerated desc",
        QueryApi::Workspace},
    {"hunting-resources",
        QT_TRANSLATE_NOOP("SampleQueries", "Most-alerted cloud resources (Defender XDR)"),
        QT_TRANSLATE_NOOP("SampleQueries",
            "Advanced hunting: the resources with the most distinct Defender for Cloud alerts"),
        "SecurityAlert\n"
        "| where ProductName == \"Azure Security Center\"\n"
        "| summarize Alerts = dcount(VendorOriginalId), Severities = make_set(AlertSeverity), "
        "LastSeen = max(TimeGenerated) by CompromisedEntity, ResourceId\n"
        "| top 25 by Alerts desc",
        QueryApi::Hunting},
};

} // namespace

QList<SampleQuery> sampleQueries()
{
    QList<SampleQuery> out;
    out.reserve(std::size(kSamples));
    for (const Sample &s : kSamples)
        out.append({QLatin1StringView(s.id), QCoreApplication::translate("SampleQueries", s.title),
            QCoreApplication::translate("SampleQueries", s.description), QLatin1StringView(s.kql),
            s.api});
    return out;
}

std::optional<SampleQuery> sampleQuery(QStringView id)
{
    for (const SampleQuery &q : sampleQueries()) {
        if (q.id == id)
            return q;
    }
    return std::nullopt;
}

} // namespace wf::integration
