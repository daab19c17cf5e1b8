<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Simulates a Microsoft Defender XDR / Defender for Cloud tenant over the Microsoft Graph security API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the demo tenant&apos;s history into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the demo tenant (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts in the demo history (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of demo history (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the demo history, ISO 8601 (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file (default: in the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port; 0 picks a free one (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow N requests per minute per client, then answer 429.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation window in hours (default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Graph-shaped incidents/alerts from FILE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--epoch must be an ISO 8601 date and time such as 2026-11-01T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen: &apos;%1&apos; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo tenant: %1 of %2 alerts (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watchfloor-server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchfloor tenant simulator listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1 (%2), id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %1 incidents, %2 alerts in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint: %1/%2/oauth2/v2.0/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph: %1/v1.0/security/incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sign-ins (password grant for users, client credentials for apps):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message numerus="yes">
        <source>%n resources</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-stage incident involving %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Graph</name>
    <message>
        <source>The $skiptoken is not valid for this query. Follow @odata.nextLink exactly as returned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphApi</name>
    <message>
        <source>Access token validation failure. Invalid audience: this API needs a token for https://graph.microsoft.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing application roles. API required roles: %1, application roles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no security role. Reading incidents and alerts needs Security Reader, Security Operator, Security Administrator or Global Administrator, or a unified RBAC role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (Security Reader). Updating incidents and alerts needs the Security Operator role or above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query parameter &apos;%1&apos; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid $top &apos;%1&apos;: expected a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query specified in the URI is not valid. The limit of &apos;%1&apos; for Top query has been exceeded. The value from the incoming request is &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid $skip &apos;%1&apos;: expected a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid $count &apos;%1&apos;: expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid $expand &apos;%1&apos;: only &apos;alerts&apos; can be expanded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$expand is not supported on alerts_v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid $orderby: &apos;%1&apos; cannot be sorted on; use createdDateTime, lastUpdateDateTime, severity, status, classification or determination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid $expand &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident &apos;%1&apos; was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert &apos;%1&apos; was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property &apos;%1&apos; cannot be updated. Updatable properties: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource has changed since you read it (its ETag is now %1). Read it again and reapply your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value for %2; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status cannot be null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body needs a non-empty string property &apos;comment&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment has %1 characters; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OData</name>
    <message>
        <source>Unterminated string literal starting at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end of the filter, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid $filter at position %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a property name, found the end of the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a property name, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a filterable property; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;in&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the &apos;in&apos; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an operator (eq, ne, gt, ge, lt, le, in) after &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null can only be compared with eq or ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a quoted string, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a quoted value such as &apos;%2&apos;, found &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of &apos;%2&apos;; use one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a date and time such as 2025-02-07T19:01:26Z, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid $orderby: sorting by more than one property is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid $orderby: &apos;%1&apos; is not a sortable property; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid $orderby: expected &apos;asc&apos; or &apos;desc&apos; after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wf::server::ServerCore</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds a demo tenant (%1); it was kept. Start with --reset to generate a new one with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: the address is in use or not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a Graph list response {&quot;value&quot;:[...]} or an array of incidents and alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item %2 is not a valid %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please retry again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource not found for the segment &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method %1 is not allowed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
