<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Simulates a Microsoft Defender XDR / Defender for Cloud tenant over the Microsoft Graph security API.</source>
        <translation>Simuliert einen Mandanten von Microsoft Defender XDR / Defender for Cloud über die Security-API von Microsoft Graph.</translation>
    </message>
    <message>
        <source>Generate the demo tenant&apos;s history into an empty database.</source>
        <translation>Erzeugt den Verlauf des Demo-Mandanten in einer leeren Datenbank.</translation>
    </message>
    <message>
        <source>Seed of the demo tenant (default 1).</source>
        <translation>Startwert (Seed) des Demo-Mandanten (Standard: 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Alerts in the demo history (default 10000).</source>
        <translation>Anzahl der Warnungen im Demo-Verlauf (Standard: 10000).</translation>
    </message>
    <message>
        <source>Days of demo history (default 30).</source>
        <translation>Anzahl der Tage im Demo-Verlauf (Standard: 30).</translation>
    </message>
    <message>
        <source>End of the demo history, ISO 8601 (default: now).</source>
        <translation>Ende des Demo-Verlaufs, ISO 8601 (Standard: jetzt).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>SQLite database file (default: in the user&apos;s data folder).</source>
        <translation>SQLite-Datenbankdatei (Standard: im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Delete the database first.</source>
        <translation>Löscht zuerst die Datenbank.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, an der Verbindungen angenommen werden (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Port; 0 picks a free one (default 0).</source>
        <translation>Port; 0 wählt einen freien Port (Standard: 0).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Allow N requests per minute per client, then answer 429.</source>
        <translation>Erlaubt N Anforderungen pro Minute und Client, danach wird mit 429 geantwortet.</translation>
    </message>
    <message>
        <source>Correlation window in hours (default 6).</source>
        <translation>Korrelationsfenster in Stunden (Standard: 6).</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>STUNDEN</translation>
    </message>
    <message>
        <source>Load Graph-shaped incidents/alerts from FILE (repeatable).</source>
        <translation>Lädt Vorfälle/Warnungen im Graph-Format aus DATEI (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>--epoch must be an ISO 8601 date and time such as 2026-11-01T00:00:00Z.</source>
        <translation>--epoch muss ein Datum mit Uhrzeit nach ISO 8601 sein, z. B. 2026-11-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>--listen: &apos;%1&apos; is not an IP address.</source>
        <translation>--listen: &apos;%1&apos; ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Generating the demo tenant: %1 of %2 alerts (%3%)</source>
        <translation>Demo-Mandant wird erzeugt: %1 von %2 Warnungen (%3 %)</translation>
    </message>
    <message>
        <source>watchfloor-server: %1</source>
        <translation>watchfloor-server: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Watchfloor tenant simulator listening on %1</source>
        <translation>Watchfloor-Mandantensimulator nimmt Verbindungen auf %1 an</translation>
    </message>
    <message>
        <source>Tenant: %1 (%2), id %3</source>
        <translation>Mandant: %1 (%2), ID %3</translation>
    </message>
    <message>
        <source>Data: %1 incidents, %2 alerts in %3</source>
        <translation>Daten: %1 Vorfälle, %2 Warnungen in %3</translation>
    </message>
    <message>
        <source>Token endpoint: %1/%2/oauth2/v2.0/token</source>
        <translation>Token-Endpunkt: %1/%2/oauth2/v2.0/token</translation>
    </message>
    <message>
        <source>Graph: %1/v1.0/security/incidents</source>
        <translation>Graph: %1/v1.0/security/incidents</translation>
    </message>
    <message>
        <source>Demo sign-ins (password grant for users, client credentials for apps):</source>
        <translation>Demo-Anmeldungen (Password Grant für Benutzer, Client Credentials für Apps):</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Zum Beenden Strg+C drücken.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; on %2</source>
        <translation>&apos;%1&apos; auf %2</translation>
    </message>
    <message>
        <source>Multi-stage incident involving %1 on %2</source>
        <translation>Mehrstufiger Vorfall mit %1 auf %2</translation>
    </message>
</context>
<context>
    <name>Graph</name>
    <message>
        <source>The $skiptoken is not valid for this query. Follow @odata.nextLink exactly as returned.</source>
        <translation>Der Wert von $skiptoken ist für diese Abfrage ungültig. @odata.nextLink muss unverändert so verwendet werden, wie er zurückgegeben wurde.</translation>
    </message>
</context>
<context>
    <name>GraphApi</name>
    <message>
        <source>Access token validation failure. Invalid audience: this API needs a token for https://graph.microsoft.com.</source>
        <translation>Fehler bei der Überprüfung des Zugriffstokens. Ungültige Zielgruppe (Audience): Diese API benötigt ein Token für https://graph.microsoft.com.</translation>
    </message>
    <message>
        <source>Missing application roles. API required roles: %1, application roles: %2.</source>
        <translation>Fehlende Anwendungsrollen. Von der API benötigte Rollen: %1, Anwendungsrollen: %2.</translation>
    </message>
    <message>
        <source>%1 has no security role. Reading incidents and alerts needs Security Reader, Security Operator, Security Administrator or Global Administrator, or a unified RBAC role.</source>
        <translation>%1 hat keine Sicherheitsrolle. Zum Lesen von Vorfällen und Warnungen ist eine der Rollen Security Reader, Security Operator, Security Administrator oder Global Administrator oder eine einheitliche RBAC-Rolle erforderlich.</translation>
    </message>
    <message>
        <source>%1 is read-only (Security Reader). Updating incidents and alerts needs the Security Operator role or above.</source>
        <translation>%1 hat nur Lesezugriff (Security Reader). Zum Aktualisieren von Vorfällen und Warnungen ist die Rolle Security Operator oder höher erforderlich.</translation>
    </message>
    <message>
        <source>The query parameter &apos;%1&apos; is not supported.</source>
        <translation>Der Abfrageparameter &apos;%1&apos; wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Invalid $top &apos;%1&apos;: expected a whole number from 0 to %2.</source>
        <translation>Ungültiger $top-Wert &apos;%1&apos;: Erwartet wird eine ganze Zahl von 0 bis %2.</translation>
    </message>
    <message>
        <source>The query specified in the URI is not valid. The limit of &apos;%1&apos; for Top query has been exceeded. The value from the incoming request is &apos;%2&apos;.</source>
        <translation>Die im URI angegebene Abfrage ist ungültig. Das Limit von &apos;%1&apos; für die Top-Abfrage wurde überschritten. Der Wert aus der eingehenden Anforderung ist &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Invalid $skip &apos;%1&apos;: expected a whole number of 0 or more.</source>
        <translation>Ungültiger $skip-Wert &apos;%1&apos;: Erwartet wird eine ganze Zahl größer oder gleich 0.</translation>
    </message>
    <message>
        <source>Invalid $count &apos;%1&apos;: expected true or false.</source>
        <translation>Ungültiger $count-Wert &apos;%1&apos;: Erwartet wird true oder false.</translation>
    </message>
    <message>
        <source>Invalid $expand &apos;%1&apos;: only &apos;alerts&apos; can be expanded.</source>
        <translation>Ungültiger $expand-Wert &apos;%1&apos;: Nur &apos;alerts&apos; kann erweitert werden.</translation>
    </message>
    <message>
        <source>$expand is not supported on alerts_v2.</source>
        <translation>$expand wird für alerts_v2 nicht unterstützt.</translation>
    </message>
    <message>
        <source>Invalid $orderby: &apos;%1&apos; cannot be sorted on; use createdDateTime, lastUpdateDateTime, severity, status, classification or determination.</source>
        <translation>Ungültiger $orderby-Ausdruck: Nach &apos;%1&apos; kann nicht sortiert werden; zulässig sind createdDateTime, lastUpdateDateTime, severity, status, classification und determination.</translation>
    </message>
    <message>
        <source>Invalid $expand &apos;%1&apos;.</source>
        <translation>Ungültiger $expand-Wert &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Incident &apos;%1&apos; was not found.</source>
        <translation>Der Vorfall &apos;%1&apos; wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Alert &apos;%1&apos; was not found.</source>
        <translation>Die Warnung &apos;%1&apos; wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The request body is not valid: %1.</source>
        <translation>Der Anforderungstext ist ungültig: %1.</translation>
    </message>
    <message>
        <source>Property &apos;%1&apos; cannot be updated. Updatable properties: %2.</source>
        <translation>Die Eigenschaft &apos;%1&apos; kann nicht aktualisiert werden. Aktualisierbare Eigenschaften: %2.</translation>
    </message>
    <message>
        <source>The resource has changed since you read it (its ETag is now %1). Read it again and reapply your change.</source>
        <translation>Die Ressource wurde seit dem Lesen geändert (ihr ETag ist jetzt %1). Die Ressource muss erneut gelesen und die Änderung erneut angewendet werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value for %2; use one of %3.</source>
        <translation>&apos;%1&apos; ist kein gültiger Wert für %2; zulässige Werte: %3.</translation>
    </message>
    <message>
        <source>status cannot be null.</source>
        <translation>status darf nicht null sein.</translation>
    </message>
    <message>
        <source>The body needs a non-empty string property &apos;comment&apos;.</source>
        <translation>Der Anforderungstext muss eine nicht leere Zeichenfolgeneigenschaft &apos;comment&apos; enthalten.</translation>
    </message>
    <message>
        <source>The comment has %1 characters; the limit is %2.</source>
        <translation>Der Kommentar hat %1 Zeichen; zulässig sind höchstens %2.</translation>
    </message>
    <message>
        <source>Incident %1 was merged into incident %2 and cannot be changed; update that incident instead.</source>
        <translation>Der Vorfall %1 wurde mit dem Vorfall %2 zusammengeführt und kann nicht geändert werden; stattdessen ist der Zielvorfall zu aktualisieren.</translation>
    </message>
</context>
<context>
    <name>OData</name>
    <message>
        <source>Unterminated string literal starting at position %1.</source>
        <translation>Nicht abgeschlossenes Zeichenfolgenliteral ab Position %1.</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end of the filter, found &apos;%1&apos;</source>
        <translation>&apos;and&apos;, &apos;or&apos; oder das Ende des Filters erwartet, aber &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>Invalid $filter at position %1: %2.</source>
        <translation>Ungültiger $filter-Ausdruck an Position %1: %2.</translation>
    </message>
    <message>
        <source>expected &apos;)&apos;</source>
        <translation>&apos;)&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a property name, found the end of the filter</source>
        <translation>Eigenschaftsname erwartet, aber das Ende des Filters erreicht</translation>
    </message>
    <message>
        <source>expected a property name, found &apos;%1&apos;</source>
        <translation>Eigenschaftsname erwartet, aber &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a filterable property; use one of %2</source>
        <translation>&apos;%1&apos; ist keine filterbare Eigenschaft; zulässig sind: %2</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;in&apos;</source>
        <translation>&apos;(&apos; nach &apos;in&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the &apos;in&apos; list</source>
        <translation>&apos;,&apos; oder &apos;)&apos; in der &apos;in&apos;-Liste erwartet</translation>
    </message>
    <message>
        <source>expected an operator (eq, ne, gt, ge, lt, le, in) after &apos;%1&apos;</source>
        <translation>Operator (eq, ne, gt, ge, lt, le, in) nach &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>null can only be compared with eq or ne</source>
        <translation>null kann nur mit eq oder ne verglichen werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a quoted string, found &apos;%2&apos;</source>
        <translation>&apos;%1&apos; erfordert eine Zeichenfolge in Anführungszeichen, gefunden wurde &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a quoted value such as &apos;%2&apos;, found &apos;%3&apos;</source>
        <translation>&apos;%1&apos; erfordert einen Wert in Anführungszeichen wie &apos;%2&apos;, gefunden wurde &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of &apos;%2&apos;; use one of %3</source>
        <translation>&apos;%1&apos; ist kein Wert von &apos;%2&apos;; zulässig sind: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a date and time such as 2025-02-07T19:01:26Z, found &apos;%2&apos;</source>
        <translation>&apos;%1&apos; erfordert Datum und Uhrzeit wie 2025-02-07T19:01:26Z, gefunden wurde &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Invalid $orderby: sorting by more than one property is not supported.</source>
        <translation>Ungültiger $orderby-Ausdruck: Das Sortieren nach mehr als einer Eigenschaft wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Invalid $orderby: &apos;%1&apos; is not a sortable property; use one of %2.</source>
        <translation>Ungültiger $orderby-Ausdruck: &apos;%1&apos; ist keine sortierbare Eigenschaft; zulässig sind: %2.</translation>
    </message>
    <message>
        <source>Invalid $orderby: expected &apos;asc&apos; or &apos;desc&apos; after &apos;%1&apos;.</source>
        <translation>Ungültiger $orderby-Ausdruck: Nach &apos;%1&apos; wird &apos;asc&apos; oder &apos;desc&apos; erwartet.</translation>
    </message>
</context>
<context>
    <name>wf::server::ServerCore</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database already holds a demo tenant (%1); it was kept. Start with --reset to generate a new one with %2.</source>
        <translation>Die Datenbank enthält bereits einen Demo-Mandanten (%1); er wurde beibehalten. Ein Start mit --reset erzeugt einen neuen Mandanten mit %2.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: the address is in use or not available.</source>
        <translation>Auf %1, Port %2 können keine Verbindungen angenommen werden: Die Adresse wird bereits verwendet oder ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1: expected a Graph list response {&quot;value&quot;:[...]} or an array of incidents and alerts.</source>
        <translation>%1: Erwartet wird eine Graph-Listenantwort {&quot;value&quot;:[...]} oder ein Array aus Vorfällen und Warnungen.</translation>
    </message>
    <message>
        <source>Please retry again later.</source>
        <translation>Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Resource not found for the segment &apos;%1&apos;.</source>
        <translation>Für das Segment &apos;%1&apos; wurde keine Ressource gefunden.</translation>
    </message>
    <message>
        <source>The method %1 is not allowed on %2.</source>
        <translation>Die Methode %1 ist für %2 nicht zulässig.</translation>
    </message>
    <message>
        <source>%1: item %2 is not a valid incident: %3</source>
        <translation>%1: Eintrag %2 ist kein gültiger Vorfall: %3</translation>
    </message>
    <message>
        <source>%1: item %2 is not a valid alert: %3</source>
        <translation>%1: Eintrag %2 ist keine gültige Warnung: %3</translation>
    </message>
</context>
</TS>
