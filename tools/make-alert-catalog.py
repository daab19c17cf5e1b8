#!/usr/bin/env python3
"""Generate resources/alert-catalog.json from the Defender for Cloud alert reference TSV.

Usage:
    tools/make-alert-catalog.py PATH/TO/dfc-alert-catalog.tsv [-o resources/alert-catalog.json]

The TSV (columns: plan, alertType, displayName, severity, tactics, resourceKind,
clouds, shortDescription, source) is a hand-collected sample of real Defender for
Cloud alert types; see dfc-alert-catalog.md next to it for its caveats. This script
normalises it into the shape server/sim/catalog.h loads. The generated JSON is
checked in, so building the server never needs Python; rerun this only when the
TSV or the tables below change.

Rows that do not map cleanly are skipped with a note on stderr:
  * rows without a documented alert type id (the agentless-malware row);
  * Azure DDoS Protection rows: not a Defender plan, no Microsoft.Security/pricings
    name, and raised on a public IP address, which the simulator does not model;
  * a second row whose first alert type id repeats an earlier one (the docs reuse
    SQL.PostgreSQL_BruteForce for several display names); the first row wins so
    that alertType stays a unique key.

MITRE ATT&CK techniques are not in the TSV. They come from TECHNIQUES below, a
hand-written table keyed by alertType patterns, with per-tactic fallbacks for
alert types the table does not know (reported on stderr).
"""

import argparse
import csv
import json
import re
import sys
from pathlib import Path

# --- Plans -------------------------------------------------------------------------------

# TSV plan column (parentheticals removed) -> per-plan facts.
#   pricing: Microsoft.Security/pricings name; kind: ResourceKind name (catalog.h);
#   source: Graph detectionSource; clouds: the clouds the plan can raise on at all.
PLANS = {
    "Defender for Servers": dict(
        pricing="VirtualMachines", kind="virtualMachine",
        source="microsoftDefenderForServers",
        actions="Investigate the machine and the processes involved, isolate it if the "
                "activity is not expected, and review its security recommendations."),
    "Defender for DNS": dict(
        pricing="Dns", kind="subscription", source="microsoftDefenderForDNS",
        actions="Find the resource that made the DNS queries, check it for compromise and "
                "block the domain if the traffic is not expected."),
    "Defender for Storage": dict(
        pricing="StorageAccounts", kind="storageAccount", source="microsoftDefenderForStorage",
        actions="Review the storage account's access logs, rotate keys and SAS tokens if "
                "access is not expected, and restrict network access to the account."),
    "Defender for Azure SQL Databases": dict(
        pricing="SqlServers", kind="sqlServer", source="microsoftDefenderForDatabases",
        actions="Review the database's audit log for the session, block the client if it is "
                "not expected and reset the credentials that were used."),
    "Defender for SQL servers on machines": dict(
        pricing="SqlServerVirtualMachines", kind="virtualMachine",
        source="microsoftDefenderForDatabases",
        actions="Review the SQL Server's audit log and the host for the activity, block the "
                "client if it is not expected and reset the credentials that were used."),
    "Defender for open-source relational databases": dict(
        pricing="OpenSourceRelationalDatabases", kind="openSourceDatabase",
        source="microsoftDefenderForDatabases",
        actions="Review the server's connection logs, block the client if it is not expected "
                "and reset the credentials that were used."),
    "Defender for Azure Cosmos DB": dict(
        pricing="CosmosDbs", kind="cosmosDb", source="microsoftDefenderForDatabases",
        actions="Review the account's diagnostic logs, regenerate its keys if access is not "
                "expected and restrict network access to the account."),
    "Defender for Containers": dict(
        pricing="Containers", kind="kubernetesCluster", source="microsoftDefenderForContainers",
        actions="Investigate the workload and the identity involved, and remove the pod or "
                "revoke the binding if the activity is not expected."),
    "Defender for Key Vault": dict(
        pricing="KeyVaults", kind="keyVault", source="microsoftDefenderForKeyVault",
        actions="Review the key vault's access log, rotate the secrets that were read and "
                "restrict the vault's access policies and network access."),
    "Defender for App Service": dict(
        pricing="AppServices", kind="appService", source="microsoftDefenderForAppService",
        actions="Investigate the web app's logs and deployed files, remove anything not "
                "expected and redeploy from a trusted source."),
    "Defender for Resource Manager": dict(
        pricing="Arm", kind="subscription", source="microsoftDefenderForResourceManager",
        actions="Review the activity log for the caller's operations, revoke its access if "
                "they are not expected and reset its credentials."),
    "Defender for APIs": dict(
        pricing="Api", kind="apiManagement", source="microsoftDefenderForApiManagement",
        actions="Review the API's traffic from the source IP address and block it in "
                "API Management if it is not expected."),
    "Defender for AI services": dict(
        pricing="AI", kind="aiService", source="microsoftDefenderForAIServices",
        actions="Review the prompts and the calling application or user, and revoke the "
                "caller's access if the activity is not expected."),
}

SKIPPED_PLANS = {
    "Azure DDoS Protection": "Azure DDoS Protection is not a Defender plan",
}

# --- Column normalisation ----------------------------------------------------------------

SEVERITIES = ("informational", "low", "medium", "high")
CLOUDS = {"azure": "Azure", "aws": "AWS", "gcp": "GCP"}
# Clouds the TSV names that the simulator has no Cloud value for; dropped with a note.
IGNORED_CLOUDS = ("non-Azure via Azure Arc",)

# Graph alert `category` values Defender for Cloud uses: the ATT&CK tactics plus the
# older Defender for Cloud kill-chain intents (PreAttack, Probing, Exploitation).
TACTICS = {
    "PreAttack", "Reconnaissance", "ResourceDevelopment", "InitialAccess", "Execution",
    "Persistence", "PrivilegeEscalation", "DefenseEvasion", "CredentialAccess", "Discovery",
    "LateralMovement", "Collection", "Exfiltration", "CommandAndControl", "Impact", "Probing",
    "Exploitation",
}

EVIDENCE_KINDS = {"ip", "user", "process", "file", "url", "device", "cloudApplication", "mailbox"}


def strip_parentheticals(text):
    while True:
        stripped = re.sub(r"\([^()]*\)", "", text)
        if stripped == text:
            return " ".join(text.split())
        text = stripped


def parse_severity(cell):
    # "Medium/High", "High (Low if EICAR)", "Low (PIM) / High": the first level wins.
    m = re.match(r"\s*(informational|low|medium|high)\b", cell, re.IGNORECASE)
    return m.group(1).lower() if m else None


def parse_tactics(cell):
    """'Defense Evasion; Execution' -> ['DefenseEvasion', 'Execution']; '-' -> []."""
    cell = strip_parentheticals(cell)
    if cell in ("", "-"):
        return []
    tactics = []
    for part in cell.split(";"):
        part = part.strip()
        # Notes such as "Windows/Linux/App Service pages: Initial Access, ..." describe
        # other pages' copies of the alert; the row's own value comes first.
        if not part or ":" in part:
            continue
        words = re.split(r"[\s\-]+", part)
        name = "".join(w[:1].upper() + w[1:] for w in words if w)
        name = {"CommandandControl": "CommandAndControl"}.get(name, name)
        if name not in TACTICS:
            raise ValueError(f"unknown tactic {part!r}")
        if name not in tactics:
            tactics.append(name)
    return tactics


def parse_clouds(cell, notes):
    clouds = []
    for part in strip_parentheticals(cell).split(";"):
        part = part.strip()
        if not part:
            continue
        if part in IGNORED_CLOUDS:
            notes.append(f"cloud {part!r} dropped")
            continue
        name = CLOUDS.get(part.lower())
        if name is None:
            raise ValueError(f"unknown cloud {part!r}")
        if name not in clouds:
            clouds.append(name)
    return sorted(clouds, key=["Azure", "AWS", "GCP"].index)


def clean_display_name(text):
    # "[seen multiple times]" is a docs annotation, not part of the alert's name.
    return " ".join(re.sub(r"\s*\[[^\]]*\]", "", text).split())


# --- MITRE ATT&CK techniques ---------------------------------------------------------------

# (alertType regex, techniques). The first match wins, so specific patterns come
# before general ones. An empty list means "deliberately none": ATT&CK has no
# technique for LLM jailbreaks or sensitive-data leaks in model output (those are
# MITRE ATLAS techniques, which this field does not carry).
TECHNIQUES = [
    # Test alerts: a harmless test file the user ran or uploaded.
    (r"EICAR", ["T1204"]),
    # Defender for Servers
    (r"^VM_AdaptiveApplicationControl", ["T1204"]),
    (r"^VM_AmDisablementAndCodeExecution$", ["T1562.001", "T1059"]),
    (r"^VM_AmDisablement$", ["T1562.001"]),
    (r"^VM_FilelessAttack", ["T1055", "T1620"]),
    (r"^VM_SvcHostRunInRareServiceGroup$", ["T1036"]),
    (r"^VM_SystemProcessInAbnormalContext$", ["T1036.005"]),
    (r"^VM_SshKeyAddition$", ["T1098.004"]),
    (r"^VM_MinerInContainerImage$", ["T1496", "T1610"]),
    (r"^VM_KubernetesDashboard$", ["T1133"]),
    (r"^VM_VMAccessUnusualPasswordReset$", ["T1098"]),
    (r"^VM_VMAccessUnusualSSHReset$", ["T1098.004"]),
    (r"^VM_GPUDriverExtensionUnusualExecution$", ["T1496"]),
    (r"^VM_(RunCommandSuspiciousScript|CustomScriptExtensionSuspiciousCmd)$",
     ["T1651", "T1059"]),
    (r"^VM_DiskEncryptionSuspiciousUsage$", ["T1486"]),
    (r"^Network_CommunicationWithC2$", ["T1071"]),
    (r"^RDP_Outgoing_BF", ["T1110", "T1021.001"]),
    # Defender for DNS
    (r"^AzureDNS_ThreatIntelSuspectDomain$", ["T1071.004"]),
    (r"^AzureDNS_DataExfiltration$", ["T1071.004", "T1048"]),
    (r"^AzureDNS_DomainGenerationAlgorithm$", ["T1568.002"]),
    # Defender for Storage
    (r"^Storage\.\w+_(MalwareHashReputation|AM\.MalwareFound)$", ["T1080", "T1204"]),
    (r"^Storage\.\w+_WidespreadeAm$", ["T1080"]),
    (r"^Storage\.\w+_MalwareDownload$", ["T1105", "T1204"]),
    (r"^Storage\.\w+_AnonymousAccessAnomaly", ["T1530"]),
    (r"^Storage\.\w+_OpenContainersScanning", ["T1619", "T1530"]),
    (r"^Storage\.\w+_DataExfiltration", ["T1530", "T1537"]),
    (r"^Storage\.\w+_AccountSas", ["T1550.001", "T1530"]),
    # Databases
    (r"^SQL\.VM_PotentialSqlInjection$", ["T1190", "T1027"]),  # "unusual obfuscated payload"
    (r"^SQL\.VM_ShellExternalSourceAnomaly$", ["T1059.003", "T1105"]),
    (r"SqlInjection\.DataExfiltration$", ["T1190", "T1530"]),
    (r"SqlInjection", ["T1190"]),
    (r"_HarmfulApplication$", ["T1595"]),
    (r"_(GeoAnomaly|SuspiciousIpAnomaly|PrincipalAnomaly|CloudProviderAnomaly)$", ["T1078"]),
    (r"^CosmosDB_DataExfiltrationAnomaly$", ["T1530"]),
    (r"^CosmosDB_SuspiciousListKeys\.MaliciousScript$", ["T1552", "T1059"]),
    (r"SuspiciousListKeys\.SuspiciousPrincipal$", ["T1552", "T1078"]),
    # Defender for Containers
    (r"^K8S_PrivilegedContainer$", ["T1610", "T1611"]),
    (r"^K8S_SensitiveMount$", ["T1611"]),
    (r"^K8S_(ClusterAdminBinding|HighPrivilegesRole)$", ["T1098.006"]),
    (r"^K8S_ExposedDashboard$", ["T1133"]),
    (r"^K8S_MaliciousContainerImage$", ["T1496", "T1610"]),
    (r"^K8S_CoreDnsModification$", ["T1557"]),
    (r"^K8S_DeleteEvents$", ["T1070"]),
    (r"^K8S_ServiceAccountRareOperation$", ["T1078"]),
    (r"^K8S_AbnormalMiActivity$", ["T1078.004"]),
    (r"^K8S_ExposedPostgresTrustAuth$", ["T1190"]),
    (r"^K8S\.NODE_ImdsCall$", ["T1552.005"]),
    (r"^K8S\.NODE_(NamespaceCreation)$", ["T1611"]),
    (r"^K8S\.NODE_PrivilegedContainerArtifacts$", ["T1610", "T1611"]),
    (r"^K8S\.NODE_SuspectDownload$", ["T1105"]),
    (r"^K8S\.NODE_CommonBot$", ["T1059.004", "T1071"]),
    # Defender for Key Vault
    (r"^KV_TORAccess$", ["T1555.006", "T1090.003"]),
    (r"^KV_(SuspiciousIPAccess|UnusualAccessSuspiciousIP)$", ["T1555.006", "T1078"]),
    (r"^KV_ListGetAnomaly$", ["T1555.006"]),
    (r"^KV_PutGetAnomaly$", ["T1555.006", "T1098"]),
    (r"^KV_AccountVolumeAccessDeniedAnomaly$", ["T1526"]),
    # Defender for App Service
    (r"^AppServices_DanglingDomain$", ["T1584.001"]),
    (r"^AppServices_PhishingContent$", ["T1566"]),
    (r"^AppServices_(PhpInUploadFolder|WpThemeInjection)$", ["T1505.003"]),
    # Defender for Resource Manager
    (r"^ARM_OperationFromSuspiciousProxyIP$", ["T1090", "T1078.004"]),
    (r"^ARM_OperationFromSuspiciousIP$", ["T1078.004"]),
    (r"^ARM_MicroBurst\.AzKeyVaultSecretsREST$", ["T1555.006"]),
    (r"^ARM_MicroBurst\.AzVMBulkCMD$", ["T1651"]),
    (r"^ARM_SuspiciousComputeCreation$", ["T1578.002", "T1496"]),
    (r"^ARM_(AnomalousRBACRoleAssignment|AnomalousElevateAccess|PrivilegedRoleDefinitionCreation)$",
     ["T1098.003"]),
    # Defender for APIs
    (r"^API_AccessFromSuspiciousIP$", ["T1595"]),
    (r"^API_AccessFromTorExitNode$", ["T1090.003"]),  # APIs may take anonymous calls
    (r"^API_(SprayInRequests|ParameterEnumeration)$", ["T1595.003"]),
    (r"^API_SpikeInAPITraffic$", ["T1499"]),
    # Defender for AI services
    (r"^AI\.Azure_CredentialTheftAttempt$", ["T1552"]),
    (r"^AI\.Azure_Jailbreak", []),
    (r"^AI\.Azure_DataLeakInModelResponse", []),
    (r"^AI\.Azure_MaliciousUrl", ["T1566.002"]),
    (r"^AI\.Azure_ASCIISmuggling$", ["T1027"]),
    (r"^AI\.Azure_DOWVolumeAnomaly$", ["T1496"]),
    # Patterns shared across plans.
    (r"BruteForce|_BF_", ["T1110"]),
    (r"Tor(Anomaly|ExitNode)|AnonymizedIP", ["T1090.003", "T1078"]),
    (r"SuspiciousIp$", ["T1078"]),
    (r"DigitalCurrencyMining|CurrencyMining|Miner", ["T1496"]),
    (r"ReverseShell", ["T1059.004"]),
    (r"Webshell|WebShell", ["T1505.003"]),
]

# Used, with a note on stderr, when no pattern above matches: one representative
# technique for the alert's first tactic.
TACTIC_FALLBACK = {
    "PreAttack": "T1595", "Reconnaissance": "T1595", "Probing": "T1595",
    "ResourceDevelopment": "T1583", "InitialAccess": "T1078", "Exploitation": "T1190",
    "Execution": "T1059", "Persistence": "T1098", "PrivilegeEscalation": "T1068",
    "DefenseEvasion": "T1562", "CredentialAccess": "T1552", "Discovery": "T1526",
    "LateralMovement": "T1021", "Collection": "T1530", "Exfiltration": "T1567",
    "CommandAndControl": "T1071", "Impact": "T1496",
}


def techniques_for(alert_type, tactics, notes):
    for pattern, techniques in TECHNIQUES:
        if re.search(pattern, alert_type):
            return list(techniques)
    notes.append("no technique pattern; used the tactic fallback")
    return [TACTIC_FALLBACK[tactics[0]]] if tactics else []


# --- Evidence ----------------------------------------------------------------------------

def has(alert_type, *words):
    return any(w.lower() in alert_type.lower() for w in words)


def evidence_for(pricing, alert_type):
    """Evidence kinds besides the resource itself, chosen by what the detection sees."""
    if pricing == "VirtualMachines":
        if re.match(r"^(Network_|SSH_|RDP_)", alert_type):
            return ["device", "ip"]  # network-layer: flows, no process view
        if re.match(r"^VM_(Am|VMAccess|GPUDriver|RunCommand|CustomScript|DiskEncryption)",
                    alert_type):
            # Seen in Resource Manager operations: who did it, from where.
            ev = ["device", "user", "ip"]
            if has(alert_type, "CodeExecution", "RunCommand", "CustomScript"):
                ev.insert(1, "process")
            return ev
        ev = ["device", "process"]
        if has(alert_type, "EICAR", "Miner", "AdaptiveApplicationControl"):
            ev.append("file")
        if has(alert_type, "BruteForce", "SshKey", "AdaptiveApplicationControl"):
            ev.append("user")
        if has(alert_type, "BruteForce", "KubernetesDashboard"):
            ev.append("ip")
        return ev
    if pricing == "SqlServerVirtualMachines":
        ev = ["ip", "user"]
        if has(alert_type, "Shell"):
            ev += ["process", "url"]
        return ev
    if pricing in ("SqlServers", "OpenSourceRelationalDatabases", "CosmosDbs"):
        return ["ip", "user"]
    if pricing == "StorageAccounts":
        ev = ["ip"]
        if has(alert_type, "Malware", "WidespreadeAm"):
            ev += ["url", "file"]
        return ev
    if pricing == "Containers":
        if alert_type.startswith("K8S.NODE_"):  # runtime, from the node sensor
            ev = ["process", "ip"]
            if has(alert_type, "EICAR", "SuspectDownload", "Webshell"):
                ev.append("file")
            if has(alert_type, "SuspectDownload", "ImdsCall"):
                ev.append("url")
            return ev
        return ["user", "ip"]  # control plane: the Kubernetes audit log names the caller
    if pricing in ("KeyVaults", "Arm"):
        return ["user", "ip"]
    if pricing == "Dns":
        return ["device", "url"]
    if pricing == "AppServices":
        if has(alert_type, "DanglingDomain", "PhishingContent"):
            return ["url"]
        ev = ["ip", "url"]
        if has(alert_type, "ReverseShell", "Mining"):
            ev.insert(0, "process")
        if has(alert_type, "EICAR", "Php", "WpTheme"):
            ev.append("file")
        return ev
    if pricing == "Api":
        return ["ip", "url"]
    if pricing == "AI":
        return ["user", "ip", "cloudApplication"]
    raise ValueError(f"no evidence rule for plan {pricing}")


# --- Main --------------------------------------------------------------------------------

def convert(rows, warn):
    alerts = []
    seen = {}
    for line, row in rows:
        where = f"line {line}"
        plan_name = strip_parentheticals(row["plan"])
        skip = next((why for p, why in SKIPPED_PLANS.items() if plan_name.startswith(p)), None)
        if skip:
            warn(f"{where}: skipped {row['alertType']}: {skip}")
            continue
        plan = PLANS.get(plan_name)
        if plan is None:
            raise ValueError(f"{where}: unknown plan {row['plan']!r}")
        ids = [i.strip() for i in row["alertType"].split("|") if i.strip()]
        if not ids or not re.fullmatch(r"[A-Za-z0-9_.]+", ids[0]):
            warn(f"{where}: skipped {row['displayName']!r}: no alert type id")
            continue
        alert_type = ids[0]
        if alert_type in seen:
            warn(f"{where}: skipped {row['displayName']!r}: alert type {alert_type} "
                 f"already used by line {seen[alert_type]}")
            continue
        severity = parse_severity(row["severity"])
        if severity is None:
            warn(f"{where}: skipped {alert_type}: severity {row['severity']!r}")
            continue
        notes = []
        tactics = parse_tactics(row["tactics"])
        clouds = parse_clouds(row["clouds"], notes)
        if not clouds:
            raise ValueError(f"{where}: no clouds in {row['clouds']!r}")
        entry = {
            "alertType": alert_type,
            "displayName": clean_display_name(row["displayName"]),
            "description": " ".join(row["shortDescription"].split()),
            "plan": plan["pricing"],
            "planDisplayName": plan_name,
            "severity": severity,
            "tactics": tactics,
            "techniques": techniques_for(alert_type, tactics, notes),
            "resourceKind": plan["kind"],
            "clouds": clouds,
            "evidence": evidence_for(plan["pricing"], alert_type),
            "detectionSource": plan["source"],
            "recommendedActions": plan["actions"],
        }
        assert set(entry["evidence"]) <= EVIDENCE_KINDS
        for note in notes:
            warn(f"{where}: {alert_type}: {note}")
        seen[alert_type] = line
        alerts.append(entry)
    return alerts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tsv", type=Path, help="dfc-alert-catalog.tsv")
    parser.add_argument("-o", "--output", type=Path,
                        default=Path(__file__).resolve().parent.parent
                        / "resources" / "alert-catalog.json",
                        help="output file (default: resources/alert-catalog.json)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no notes on stderr")
    args = parser.parse_args()

    with args.tsv.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        # Line numbers as an editor shows them: the header is line 1.
        rows = [(n, row) for n, row in enumerate(reader, start=2)]

    def warn(message):
        if not args.quiet:
            print(f"{args.tsv.name}: {message}", file=sys.stderr)

    try:
        alerts = convert(rows, warn)
    except ValueError as e:
        sys.exit(f"{args.tsv}: {e}")

    text = json.dumps({"version": 1, "alerts": alerts}, indent=2, ensure_ascii=False)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {len(alerts)} alerts to {args.output} ({len(rows)} rows read)", file=sys.stderr)


if __name__ == "__main__":
    main()
