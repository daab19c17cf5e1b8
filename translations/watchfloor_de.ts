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
    <message>
        <source>watchfloor: %1</source>
        <translation>watchfloor: %1</translation>
    </message>
    <message>
        <source>Watchfloor</source>
        <translation>Watchfloor</translation>
    </message>
    <message>
        <source>Generating the demo tenant (first start)…</source>
        <translation>Demo-Mandant wird erzeugt (erster Start)…</translation>
    </message>
    <message>
        <source>Starting the demo tenant…</source>
        <translation>Demo-Mandant wird gestartet…</translation>
    </message>
    <message>
        <source>Generating the demo tenant (first start): %1 of %2 alerts…</source>
        <translation>Demo-Mandant wird erzeugt (erster Start): %1 von %2 Warnungen…</translation>
    </message>
    <message>
        <source>the sync failed: %1</source>
        <translation>die Synchronisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>timed out waiting for the first sync</source>
        <translation>Zeitüberschreitung beim Warten auf die erste Synchronisierung</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>A console for SOC analysts triaging Microsoft Defender for Cloud alerts and incidents. Without options it runs a demo tenant inside the program.</source>
        <translation>Eine Konsole für SOC-Analysten zur Sichtung von Warnungen und Vorfällen aus Microsoft Defender for Cloud. Ohne Optionen läuft ein Demo-Mandant innerhalb des Programms.</translation>
    </message>
    <message>
        <source>Render the main window offscreen into FILE (PNG) after the first sync, then quit.</source>
        <translation>Rendert das Hauptfenster nach der ersten Synchronisierung offscreen in DATEI (PNG) und beendet sich dann.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1400x900).</source>
        <translation>Fenstergröße für --screenshot (Standard: 1400x900).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Open the connection profile with this id.</source>
        <translation>Öffnet das Verbindungsprofil mit dieser ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Keep the demo tenant, caches and settings in DIR instead of the user&apos;s data folder.</source>
        <translation>Speichert Demo-Mandant, Caches und Einstellungen in VERZ statt im Datenordner des Benutzers.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>--size must look like 1400x900.</source>
        <translation>--size muss das Format 1400x900 haben.</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>der Datenordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>no profile &apos;%1&apos;; known profiles: %2</source>
        <translation>kein Profil &apos;%1&apos;; bekannte Profile: %2</translation>
    </message>
    <message>
        <source>The embedded demo tenant could not start: %1</source>
        <translation>Der eingebettete Demo-Mandant konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>no stored secret for profile &apos;%1&apos;</source>
        <translation>kein gespeichertes Geheimnis für das Profil &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Device code sign-in page: %1/devicelogin</source>
        <translation>Anmeldeseite für Gerätecodes: %1/devicelogin</translation>
    </message>
    <message>
        <source>Log Analytics query: %1/v1/workspaces/%2/query</source>
        <translation>Log-Analytics-Abfrage: %1/v1/workspaces/%2/query</translation>
    </message>
    <message>
        <source>Seconds before a status change shows on the other side of the Defender for Cloud / Sentinel sync (default 3; minutes are realistic).</source>
        <translation>Sekunden, bis eine Statusänderung auf der anderen Seite der Synchronisierung zwischen Defender for Cloud und Sentinel sichtbar wird (Standard: 3; Minuten sind realistisch).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Embedded demo: sign in as this demo user (admin, secadmin, analyst, reader, cloudops, tier1).</source>
        <translation>Eingebettete Demo: Meldet sich als dieser Demo-Benutzer an (admin, secadmin, analyst, reader, cloudops, tier1).</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ANMELDENAME</translation>
    </message>
    <message>
        <source>Open KQL in the hunting view and run it on the Sentinel workspace.</source>
        <translation>Öffnet KQL in der Ansicht Bedrohungssuche und führt die Abfrage im Sentinel-Arbeitsbereich aus.</translation>
    </message>
    <message>
        <source>KQL</source>
        <translation>KQL</translation>
    </message>
    <message>
        <source>--page must be one of %1, not &apos;%2&apos;.</source>
        <translation>--page muss einer der Werte %1 sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>the demo tenant has no user &apos;%1&apos;</source>
        <translation>der Demo-Mandant hat keinen Benutzer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Page to show: %1, or incident/ID[/story|alerts|assets].</source>
        <translation>Anzuzeigende Seite: %1 oder incident/ID[/story|alerts|assets].</translation>
    </message>
</context>
<context>
    <name>AlertQueue</name>
    <message>
        <source>Alert name</source>
        <translation>Warnungsname</translation>
    </message>
    <message>
        <source>Alert Id</source>
        <translation>Warnungs-ID</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Impacted assets</source>
        <translation>Betroffene Ressourcen</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Service source</source>
        <translation>Dienstquelle</translation>
    </message>
    <message>
        <source>Detection source</source>
        <translation>Erkennungsquelle</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>First activity</source>
        <translation>Erste Aktivität</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Determination</source>
        <translation>Bestimmung</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>gave up after one attempt</source>
        <translation>nach einem Versuch aufgegeben</translation>
    </message>
    <message>
        <source>gave up after %1 attempts</source>
        <translation>nach %1 Versuchen aufgegeben</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort innerhalb der Frist</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>server name not found</source>
        <translation>Servername nicht gefunden</translation>
    </message>
    <message>
        <source>the network is unavailable</source>
        <translation>das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <source>unknown network error</source>
        <translation>unbekannter Netzwerkfehler</translation>
    </message>
    <message>
        <source>Cannot reach the server.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Cannot reach the server (%1).</source>
        <translation>Der Server ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts.</source>
        <translation>Nach %1 Versuchen aufgegeben.</translation>
    </message>
    <message>
        <source>Secure connection failed: %1</source>
        <translation>Sichere Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Secure connection failed.</source>
        <translation>Sichere Verbindung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The sign-in was refused: %1</source>
        <translation>Die Anmeldung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The sign-in was refused.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>You are not allowed to do this: %1</source>
        <translation>Dazu sind Sie nicht berechtigt: %1</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Dazu sind Sie nicht berechtigt.</translation>
    </message>
    <message>
        <source>Not found on the server: %1</source>
        <translation>Auf dem Server nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Not found on the server.</source>
        <translation>Auf dem Server nicht gefunden.</translation>
    </message>
    <message>
        <source>Changed on the server since you read it.</source>
        <translation>Seit dem Lesen auf dem Server geändert.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anforderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anforderung abgelehnt.</translation>
    </message>
    <message>
        <source>The server is busy (throttled); %1.</source>
        <translation>Der Server ist ausgelastet (gedrosselt); %1.</translation>
    </message>
    <message>
        <source>The server is busy (throttled).</source>
        <translation>Der Server ist ausgelastet (gedrosselt).</translation>
    </message>
    <message>
        <source>The server failed: %1</source>
        <translation>Serverfehler: %1</translation>
    </message>
    <message>
        <source>The server failed.</source>
        <translation>Serverfehler.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood: %1</source>
        <translation>Die Antwort des Servers wurde nicht verstanden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>Die Antwort des Servers wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>The sign-in code expired before anyone signed in with it. Start the sign-in again.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor sich jemand damit angemeldet hat. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>Der Server hat die Änderung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Someone else changed it on the server since you read it; your change was not sent. Review and apply it again.</source>
        <translation>Jemand anderes hat dies seit dem Lesen auf dem Server geändert; Ihre Änderung wurde nicht gesendet. Prüfen Sie sie und wenden Sie sie erneut an.</translation>
    </message>
    <message>
        <source>Someone else changed it on the server since you read it; your change was not applied. Review and apply it again.</source>
        <translation>Jemand anderes hat dies seit dem Lesen auf dem Server geändert; Ihre Änderung wurde nicht übernommen. Prüfen Sie sie und wenden Sie sie erneut an.</translation>
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
    <name>EntityText</name>
    <message>
        <source>Cloud resource</source>
        <translation>Cloudressource</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Cloud app</source>
        <translation>Cloud-App</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>OAuth app</source>
        <translation>OAuth-App</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>Sicherheitsgruppe</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>Sonstige Entität</translation>
    </message>
    <message>
        <source>1 cloud resource</source>
        <translation>1 Cloudressource</translation>
    </message>
    <message numerus="yes">
        <source>%n cloud resources</source>
        <translation>
            <numerusform>%n Cloudressource</numerusform>
            <numerusform>%n Cloudressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 Gerät</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 Konto</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 IP</source>
        <translation>1 IP</translation>
    </message>
    <message numerus="yes">
        <source>%n IPs</source>
        <translation>
            <numerusform>%n IP</numerusform>
            <numerusform>%n IPs</numerusform>
        </translation>
    </message>
    <message>
        <source>1 process</source>
        <translation>1 Prozess</translation>
    </message>
    <message numerus="yes">
        <source>%n processes</source>
        <translation>
            <numerusform>%n Prozess</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>1 URL</source>
        <translation>1 URL</translation>
    </message>
    <message numerus="yes">
        <source>%n URLs</source>
        <translation>
            <numerusform>%n URL</numerusform>
            <numerusform>%n URLs</numerusform>
        </translation>
    </message>
    <message>
        <source>1 cloud app</source>
        <translation>1 Cloud-App</translation>
    </message>
    <message numerus="yes">
        <source>%n cloud apps</source>
        <translation>
            <numerusform>%n Cloud-App</numerusform>
            <numerusform>%n Cloud-Apps</numerusform>
        </translation>
    </message>
    <message>
        <source>1 mailbox</source>
        <translation>1 Postfach</translation>
    </message>
    <message numerus="yes">
        <source>%n mailboxes</source>
        <translation>
            <numerusform>%n Postfach</numerusform>
            <numerusform>%n Postfächer</numerusform>
        </translation>
    </message>
    <message>
        <source>1 registry item</source>
        <translation>1 Registrierungseintrag</translation>
    </message>
    <message numerus="yes">
        <source>%n registry items</source>
        <translation>
            <numerusform>%n Registrierungseintrag</numerusform>
            <numerusform>%n Registrierungseinträge</numerusform>
        </translation>
    </message>
    <message>
        <source>1 OAuth app</source>
        <translation>1 OAuth-App</translation>
    </message>
    <message numerus="yes">
        <source>%n OAuth apps</source>
        <translation>
            <numerusform>%n OAuth-App</numerusform>
            <numerusform>%n OAuth-Apps</numerusform>
        </translation>
    </message>
    <message>
        <source>1 security group</source>
        <translation>1 Sicherheitsgruppe</translation>
    </message>
    <message numerus="yes">
        <source>%n security groups</source>
        <translation>
            <numerusform>%n Sicherheitsgruppe</numerusform>
            <numerusform>%n Sicherheitsgruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 other entity</source>
        <translation>1 sonstige Entität</translation>
    </message>
    <message numerus="yes">
        <source>%n other entities</source>
        <translation>
            <numerusform>%n sonstige Entität</numerusform>
            <numerusform>%n sonstige Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cloud resources</source>
        <translation>Cloudressourcen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <source>Cloud apps</source>
        <translation>Cloud-Apps</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>OAuth apps</source>
        <translation>OAuth-Apps</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>Sicherheitsgruppen</translation>
    </message>
    <message>
        <source>Other entities</source>
        <translation>Sonstige Entitäten</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>Amazon Web Services</source>
        <translation>Amazon Web Services</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>GCP</source>
        <translation>GCP</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Contextual</source>
        <translation>Kontextbezogen</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Compromised</source>
        <translation>Kompromittiert</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Attacked</source>
        <translation>Angegriffen</translation>
    </message>
    <message>
        <source>Attacker</source>
        <translation>Angreifer</translation>
    </message>
    <message>
        <source>Command and control</source>
        <translation>Command-and-Control</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Verdächtig</translation>
    </message>
    <message>
        <source>Policy violator</source>
        <translation>Richtlinienverletzer</translation>
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
    <name>IncidentQueue</name>
    <message>
        <source>Incident name</source>
        <translation>Vorfallname</translation>
    </message>
    <message>
        <source>Incident Id</source>
        <translation>Vorfall-ID</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Impacted assets</source>
        <translation>Betroffene Ressourcen</translation>
    </message>
    <message>
        <source>Service sources</source>
        <translation>Dienstquellen</translation>
    </message>
    <message>
        <source>Detection sources</source>
        <translation>Erkennungsquellen</translation>
    </message>
    <message>
        <source>First activity</source>
        <translation>Erste Aktivität</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Determination</source>
        <translation>Bestimmung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>LogApi</name>
    <message>
        <source>The request body is not valid: %1. Send {&quot;%2&quot;: &quot;&lt;KQL&gt;&quot;, &quot;%3&quot;: &quot;P1D&quot;} as application/json.</source>
        <translation>Der Anfragetext ist ungültig: %1. Senden Sie {&quot;%2&quot;: &quot;&lt;KQL&gt;&quot;, &quot;%3&quot;: &quot;P1D&quot;} als application/json.</translation>
    </message>
    <message>
        <source>The request has no &apos;%1&apos;: it needs the KQL query to run.</source>
        <translation>Der Anfrage fehlt &apos;%1&apos;: Sie braucht die auszuführende KQL-Abfrage.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-empty string holding the KQL query to run.</source>
        <translation>&apos;%1&apos; muss eine nicht leere Zeichenkette mit der auszuführenden KQL-Abfrage sein.</translation>
    </message>
    <message>
        <source>Invalid %1 %2: expected an ISO 8601 duration back from now (P1D, PT12H) or an interval (start/end, start/P7D, P7D/end); durations in years or months are not accepted.</source>
        <translation>Ungültiger Wert für %1: %2. Erwartet wird eine ISO-8601-Dauer ab jetzt zurück (P1D, PT12H) oder ein Intervall (Beginn/Ende, Beginn/P7D, P7D/Ende); Dauern in Jahren oder Monaten werden nicht angenommen.</translation>
    </message>
    <message>
        <source>(not a string)</source>
        <translation>(keine Zeichenkette)</translation>
    </message>
    <message>
        <source>The access token was issued for &apos;%1&apos;; the Log Analytics query API needs a token for %2 (scope %2/.default).</source>
        <translation>Das Zugriffstoken wurde für &apos;%1&apos; ausgestellt; die Log-Analytics-Abfrage-API braucht ein Token für %2 (Scope %2/.default).</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; was not found. This tenant&apos;s workspace is %2 (%3).</source>
        <translation>Arbeitsbereich &apos;%1&apos; wurde nicht gefunden. Der Arbeitsbereich dieses Mandanten ist %2 (%3).</translation>
    </message>
    <message>
        <source>The provided credentials have insufficient access to perform the requested operation: %1 needs read access to the workspace %2 (Log Analytics Reader or Microsoft Sentinel Reader).</source>
        <translation>Die angegebenen Anmeldeinformationen haben keinen ausreichenden Zugriff für diesen Vorgang: %1 braucht Lesezugriff auf den Arbeitsbereich %2 (Log Analytics Reader oder Microsoft Sentinel Reader).</translation>
    </message>
    <message>
        <source>%1 may not run hunting queries: that needs the Security Reader, Security Operator, Security Administrator or Global Administrator role.</source>
        <translation>%1 darf keine Hunting-Abfragen ausführen: Dazu ist eine der Rollen Security Reader, Security Operator, Security Administrator oder Global Administrator erforderlich.</translation>
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
    <name>Queue</name>
    <message>
        <source>Informational</source>
        <translation>Informativ</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Umgeleitet</translation>
    </message>
    <message>
        <source>Awaiting action</source>
        <translation>Aktion ausstehend</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>True positive</source>
        <translation>Richtig positiv</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falsch positiv</translation>
    </message>
    <message>
        <source>Informational, expected activity</source>
        <translation>Informativ, erwartete Aktivität</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>APT</source>
        <translation>APT</translation>
    </message>
    <message>
        <source>Malware</source>
        <translation>Schadsoftware</translation>
    </message>
    <message>
        <source>Security personnel</source>
        <translation>Sicherheitspersonal</translation>
    </message>
    <message>
        <source>Security testing</source>
        <translation>Sicherheitstests</translation>
    </message>
    <message>
        <source>Unwanted software</source>
        <translation>Unerwünschte Software</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Multi-staged attack</source>
        <translation>Mehrstufiger Angriff</translation>
    </message>
    <message>
        <source>Compromised account</source>
        <translation>Kompromittiertes Konto</translation>
    </message>
    <message>
        <source>Phishing</source>
        <translation>Phishing</translation>
    </message>
    <message>
        <source>Malicious user activity</source>
        <translation>Böswillige Benutzeraktivität</translation>
    </message>
    <message>
        <source>Not malicious</source>
        <translation>Nicht böswillig</translation>
    </message>
    <message>
        <source>Not enough data to validate</source>
        <translation>Nicht genügend Daten zur Überprüfung</translation>
    </message>
    <message>
        <source>Confirmed activity</source>
        <translation>Bestätigte Aktivität</translation>
    </message>
    <message>
        <source>Line-of-business application</source>
        <translation>Branchenanwendung</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>QueueDetail</name>
    <message>
        <source>Azure resource</source>
        <translation>Azure-Ressource</translation>
    </message>
    <message>
        <source>Amazon resource</source>
        <translation>Amazon-Ressource</translation>
    </message>
    <message>
        <source>Google Cloud resource</source>
        <translation>Google Cloud-Ressource</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>E-Mail-Nachricht</translation>
    </message>
    <message>
        <source>Cloud application</source>
        <translation>Cloudanwendung</translation>
    </message>
    <message>
        <source>Registry key</source>
        <translation>Registrierungsschlüssel</translation>
    </message>
    <message>
        <source>Registry value</source>
        <translation>Registrierungswert</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>Sicherheitsgruppe</translation>
    </message>
    <message>
        <source>Kubernetes cluster</source>
        <translation>Kubernetes-Cluster</translation>
    </message>
    <message>
        <source>Kubernetes pod</source>
        <translation>Kubernetes-Pod</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Blob</source>
        <translation>Blob</translation>
    </message>
    <message>
        <source>Blob container</source>
        <translation>Blobcontainer</translation>
    </message>
    <message>
        <source>verdict %1</source>
        <translation>Urteil %1</translation>
    </message>
    <message>
        <source>roles %1</source>
        <translation>Rollen %1</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Kommentare (%1)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Determination</source>
        <translation>Bestimmung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Service source</source>
        <translation>Dienstquelle</translation>
    </message>
    <message>
        <source>Detection source</source>
        <translation>Erkennungsquelle</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>First activity</source>
        <translation>Erste Aktivität</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Empfohlene Aktionen</translation>
    </message>
    <message>
        <source>MITRE ATT&amp;CK techniques</source>
        <translation>MITRE ATT&amp;CK-Techniken</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Beweise (%1)</translation>
    </message>
    <message>
        <source>No evidence.</source>
        <translation>Keine Beweise.</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Vorfall %1</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Zusammengeführt mit</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>Vorfall %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Impacted assets (%1)</source>
        <translation>Betroffene Ressourcen (%1)</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>No alerts in the local cache for this incident.</source>
        <translation>Keine Warnungen zu diesem Vorfall im lokalen Cache.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service sources</source>
        <translation>Dienstquellen</translation>
    </message>
    <message>
        <source>Detection sources</source>
        <translation>Erkennungsquellen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Redirected to</source>
        <translation>Umgeleitet zu</translation>
    </message>
</context>
<context>
    <name>QueueExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SampleQueries</name>
    <message>
        <source>Defender for Cloud alerts in Sentinel</source>
        <translation>Defender for Cloud-Warnungen in Sentinel</translation>
    </message>
    <message>
        <source>Every Defender for Cloud alert the workspace received, through either connector</source>
        <translation>Alle Defender for Cloud-Warnungen, die der Arbeitsbereich erhalten hat, gleich über welchen Connector</translation>
    </message>
    <message>
        <source>Alerts by severity, last 14 days</source>
        <translation>Warnungen nach Schweregrad, letzte 14 Tage</translation>
    </message>
    <message>
        <source>How many Defender for Cloud alerts of each severity arrived in the last two weeks</source>
        <translation>Wie viele Defender for Cloud-Warnungen je Schweregrad in den letzten zwei Wochen eingegangen sind</translation>
    </message>
    <message>
        <source>Alerts per connector per day</source>
        <translation>Warnungen pro Connector und Tag</translation>
    </message>
    <message>
        <source>Daily alert rows by ProviderName: Azure Security Center is the subscription-based connector, Microsoft XDR the tenant-based one</source>
        <translation>Warnungszeilen pro Tag nach ProviderName: Azure Security Center ist der abonnementbasierte Connector, Microsoft XDR der mandantenbasierte</translation>
    </message>
    <message>
        <source>Duplicate alerts (two connectors)</source>
        <translation>Doppelte Warnungen (zwei Connectors)</translation>
    </message>
    <message>
        <source>One Defender for Cloud alert stored twice because both connectors cover its subscription</source>
        <translation>Defender for Cloud-Warnungen, die doppelt gespeichert sind, weil beide Connectors ihr Abonnement abdecken</translation>
    </message>
    <message>
        <source>Sentinel incidents by provider</source>
        <translation>Sentinel-Vorfälle nach Anbieter</translation>
    </message>
    <message>
        <source>Incidents in the workspace per source, and how many are still open</source>
        <translation>Vorfälle im Arbeitsbereich je Quelle und wie viele davon noch offen sind</translation>
    </message>
    <message>
        <source>High-severity alerts, last 24 hours</source>
        <translation>Warnungen mit hohem Schweregrad, letzte 24 Stunden</translation>
    </message>
    <message>
        <source>The newest high-severity alerts with the resource they concern</source>
        <translation>Die neuesten Warnungen mit hohem Schweregrad samt der betroffenen Ressource</translation>
    </message>
    <message>
        <source>Most-alerted cloud resources (Defender XDR)</source>
        <translation>Cloudressourcen mit den meisten Warnungen (Defender XDR)</translation>
    </message>
    <message>
        <source>Advanced hunting: the resources with the most distinct Defender for Cloud alerts</source>
        <translation>Erweiterte Suche: die Ressourcen mit den meisten unterschiedlichen Defender for Cloud-Warnungen</translation>
    </message>
</context>
<context>
    <name>Sqlite</name>
    <message>
        <source>%1 is not an SQLite database (%2)</source>
        <translation>%1 ist keine SQLite-Datenbank (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Watchfloor (schema %2; this one knows %3)</source>
        <translation>%1 wurde von einer neueren Version von Watchfloor geschrieben (Schema %2; diese Version kennt %3)</translation>
    </message>
</context>
<context>
    <name>wf::integration::DuplicateDoctor</name>
    <message>
        <source>1 subscription is connected through both Defender for Cloud connectors</source>
        <translation>1 Abonnement ist über beide Defender for Cloud-Connectors verbunden</translation>
    </message>
    <message>
        <source>%1 subscriptions are connected through both Defender for Cloud connectors</source>
        <translation>%1 Abonnements sind über beide Defender for Cloud-Connectors verbunden</translation>
    </message>
    <message>
        <source>An incident-creation rule for Defender for Cloud runs beside the Defender XDR incident integration</source>
        <translation>Eine Regel zur Vorfallerstellung für Defender for Cloud läuft parallel zur Vorfallintegration von Defender XDR</translation>
    </message>
    <message>
        <source>The tenant-based connector already sends every alert of the tenant&apos;s subscriptions to SecurityAlert; the subscription-based (legacy) connector sends the same alerts a second time.</source>
        <translation>Der mandantenbasierte Connector sendet bereits alle Warnungen aus den Abonnements des Mandanten an SecurityAlert; der abonnementbasierte (Legacy-)Connector sendet dieselben Warnungen ein zweites Mal.</translation>
    </message>
    <message>
        <source>Defender XDR already creates and synchronises incidents for these alerts; the rule makes a second Sentinel incident for each of them.</source>
        <translation>Defender XDR erstellt und synchronisiert für diese Warnungen bereits Vorfälle; die Regel erstellt für jede von ihnen einen zweiten Sentinel-Vorfall.</translation>
    </message>
    <message>
        <source>Disconnect these subscriptions from the subscription-based connector. The tenant-based connector keeps bringing their alerts.</source>
        <translation>Trennen Sie diese Abonnements vom abonnementbasierten Connector. Der mandantenbasierte Connector liefert ihre Warnungen weiterhin.</translation>
    </message>
    <message>
        <source>Turn the incident-creation rule off. Defender XDR&apos;s incidents keep arriving through its connector.</source>
        <translation>Deaktivieren Sie die Regel zur Vorfallerstellung. Die Vorfälle von Defender XDR kommen weiterhin über dessen Connector an.</translation>
    </message>
</context>
<context>
    <name>wf::integration::QueryRunner</name>
    <message>
        <source>The Microsoft Sentinel workspace is not known yet. Wait until the connection has read its set-up, then run the query again.</source>
        <translation>Der Microsoft Sentinel-Arbeitsbereich ist noch nicht bekannt. Warten Sie, bis die Verbindung ihre Einrichtung gelesen hat, und führen Sie die Abfrage dann erneut aus.</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the answer has no tables</source>
        <translation>die Antwort enthält keine Tabellen</translation>
    </message>
    <message>
        <source>the answer has no schema</source>
        <translation>die Antwort enthält kein Schema</translation>
    </message>
</context>
<context>
    <name>wf::integration::RuleService</name>
    <message>
        <source>the tenant settings name no Sentinel workspace</source>
        <translation>die Mandanteneinstellungen nennen keinen Sentinel-Arbeitsbereich</translation>
    </message>
    <message>
        <source>The Sentinel workspace is not known yet.</source>
        <translation>Der Sentinel-Arbeitsbereich ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not the rule it was sent</source>
        <translation>die Antwort des Servers ist nicht die Regel, die an ihn gesendet wurde</translation>
    </message>
    <message>
        <source>the preview answer has no matchingAlerts</source>
        <translation>die Antwort der Vorschau enthält kein matchingAlerts</translation>
    </message>
</context>
<context>
    <name>wf::integration::SetupService</name>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>Amazon Web Services</source>
        <translation>Amazon Web Services</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>This tenant does not publish its Defender XDR settings; change them in the Defender portal.</source>
        <translation>Dieser Mandant stellt seine Defender XDR-Einstellungen nicht bereit; ändern Sie sie im Defender-Portal.</translation>
    </message>
    <message>
        <source>No Microsoft Sentinel workspace is configured for this connection.</source>
        <translation>Für diese Verbindung ist kein Microsoft Sentinel-Arbeitsbereich konfiguriert.</translation>
    </message>
    <message>
        <source>The subscription is not known.</source>
        <translation>Das Abonnement ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Needs %1 on the subscription %2.</source>
        <translation>Erfordert die Rolle %1 für das Abonnement %2.</translation>
    </message>
    <message>
        <source>%1 belongs to another tenant (delegated through Azure Lighthouse) and cannot be connected.</source>
        <translation>%1 gehört zu einem anderen Mandanten (über Azure Lighthouse delegiert) und kann nicht verbunden werden.</translation>
    </message>
    <message>
        <source>Turn on at least one Microsoft Defender plan on %1 first.</source>
        <translation>Aktivieren Sie zuerst mindestens einen Microsoft Defender-Plan für %1.</translation>
    </message>
    <message>
        <source>The Microsoft.SecurityInsights resource provider is not registered on %1.</source>
        <translation>Der Ressourcenanbieter Microsoft.SecurityInsights ist für %1 nicht registriert.</translation>
    </message>
    <message>
        <source>Contributor or Owner</source>
        <translation>Mitwirkender oder Besitzer</translation>
    </message>
    <message>
        <source>Needs read and write access (Microsoft Sentinel Contributor) on the workspace.</source>
        <translation>Erfordert Lese- und Schreibzugriff (Microsoft Sentinel-Mitwirkender) auf den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Contributor or Security Admin</source>
        <translation>Mitwirkender oder Sicherheitsadministrator</translation>
    </message>
    <message>
        <source>Security Admin</source>
        <translation>Sicherheitsadministrator</translation>
    </message>
    <message>
        <source>Needs the Global Administrator role.</source>
        <translation>Erfordert die Rolle Globaler Administrator.</translation>
    </message>
    <message>
        <source>Needs the Global Administrator or Security Administrator role.</source>
        <translation>Erfordert die Rolle Globaler Administrator oder Sicherheitsadministrator.</translation>
    </message>
    <message>
        <source>Create incidents based on Microsoft Defender for Cloud alerts</source>
        <translation>Vorfälle basierend auf Microsoft Defender for Cloud-Warnungen erstellen</translation>
    </message>
    <message>
        <source>The rule %1 is not known here; refresh and try again.</source>
        <translation>Die Regel %1 ist hier nicht bekannt; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>wf::net::Pager</name>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>a collection page without a &quot;value&quot; array</source>
        <translation>eine Sammlungsseite ohne &quot;value&quot;-Array</translation>
    </message>
    <message>
        <source>not JSON (at byte %1)</source>
        <translation>kein JSON (bei Byte %1)</translation>
    </message>
    <message>
        <source>the next page link points elsewhere: %1</source>
        <translation>der Link zur nächsten Seite verweist woandershin: %1</translation>
    </message>
</context>
<context>
    <name>wf::net::TokenProvider</name>
    <message>
        <source>No account is set up to sign in with.</source>
        <translation>Es ist kein Konto für die Anmeldung eingerichtet.</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>Der Token-Endpunkt hat ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>Nobody is signed in. Connect again and sign in with a code.</source>
        <translation>Es ist niemand angemeldet. Stellen Sie die Verbindung erneut her und melden Sie sich mit einem Code an.</translation>
    </message>
    <message>
        <source>The sign-in service answered without a device code.</source>
        <translation>Der Anmeldedienst hat ohne Gerätecode geantwortet.</translation>
    </message>
</context>
<context>
    <name>wf::server::DeviceLogin</name>
    <message>
        <source>Enter the code that the application on your device shows, then sign in as the %1 user who should use it.</source>
        <translation>Geben Sie den Code ein, den die Anwendung auf Ihrem Gerät anzeigt, und melden Sie sich dann als der Benutzer von %1 an, der sie verwenden soll.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Sign in on another device</source>
        <translation>Auf einem anderen Gerät anmelden</translation>
    </message>
    <message>
        <source>That code didn&apos;t work. Check the code and try again.</source>
        <translation>Dieser Code hat nicht funktioniert. Überprüfen Sie den Code und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That code has expired. Start the sign-in again on your device to get a new code.</source>
        <translation>Dieser Code ist abgelaufen. Starten Sie die Anmeldung auf Ihrem Gerät erneut, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>Sign-in declined</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>You declined to sign in to %1 on your device. You can close this window.</source>
        <translation>Sie haben die Anmeldung bei %1 auf Ihrem Gerät abgelehnt. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Your account or password is incorrect.</source>
        <translation>Ihr Konto oder Kennwort ist falsch.</translation>
    </message>
    <message>
        <source>You&apos;re signed in</source>
        <translation>Sie sind angemeldet</translation>
    </message>
    <message>
        <source>You have signed in to %1 on your device as %2. You may now close this window.</source>
        <translation>Sie haben sich auf Ihrem Gerät als %2 bei %1 angemeldet. Sie können dieses Fenster jetzt schließen.</translation>
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
<context>
    <name>wf::ui::AssetsModel</name>
    <message>
        <source>Only in this incident</source>
        <translation>Nur in diesem Vorfall</translation>
    </message>
    <message>
        <source>Seen in 1 other incident</source>
        <translation>In 1 anderen Vorfall gesehen</translation>
    </message>
    <message>
        <source>Seen in %1 other incidents</source>
        <translation>In %1 anderen Vorfällen gesehen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>Subscription / account / project</source>
        <translation>Abonnement / Konto / Projekt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Resource id</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Alerts here</source>
        <translation>Warnungen hier</translation>
    </message>
    <message>
        <source>Other incidents</source>
        <translation>Andere Vorfälle</translation>
    </message>
</context>
<context>
    <name>wf::ui::AssetsTab</name>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Open entity page</source>
        <translation>Entitätsseite öffnen</translation>
    </message>
    <message>
        <source>Copy resource id</source>
        <translation>Ressourcen-ID kopieren</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>Namen kopieren</translation>
    </message>
    <message>
        <source>The alerts of this incident name no entities.</source>
        <translation>Die Warnungen dieses Vorfalls nennen keine Entitäten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show or hide this section</source>
        <translation>Diesen Abschnitt ein- oder ausblenden</translation>
    </message>
    <message>
        <source>None in this incident.</source>
        <translation>Keine in diesem Vorfall.</translation>
    </message>
    <message>
        <source>One entity across this incident&apos;s alerts. Double-click a row to open its page.</source>
        <translation>Eine Entität in den Warnungen dieses Vorfalls. Doppelklicken Sie auf eine Zeile, um ihre Seite zu öffnen.</translation>
    </message>
    <message>
        <source>%1 entities across this incident&apos;s alerts. Double-click a row to open its page.</source>
        <translation>%1 Entitäten in den Warnungen dieses Vorfalls. Doppelklicken Sie auf eine Zeile, um ihre Seite zu öffnen.</translation>
    </message>
</context>
<context>
    <name>wf::ui::AttackStoryView</name>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export attack story</source>
        <translation>Angriffsverlauf exportieren</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>Draw leaf entities of one type on one alert as one counted node</source>
        <translation>Blatt-Entitäten eines Typs an einer Warnung als einen Knoten mit Anzahl darstellen</translation>
    </message>
    <message>
        <source>Collapse from this many entities on</source>
        <translation>Ab dieser Anzahl von Entitäten zusammenfassen</translation>
    </message>
    <message>
        <source>from </source>
        <translation>ab </translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>Entity types to show</source>
        <translation>Anzuzeigende Entitätstypen</translation>
    </message>
    <message>
        <source>Shared only</source>
        <translation>Nur gemeinsame</translation>
    </message>
    <message>
        <source>Hide entities linked to a single alert</source>
        <translation>Entitäten ausblenden, die nur mit einer Warnung verknüpft sind</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Step through the alerts in the order they happened</source>
        <translation>Die Warnungen in der Reihenfolge ihres Auftretens durchgehen</translation>
    </message>
    <message>
        <source>Show the story up to this alert</source>
        <translation>Verlauf bis zu dieser Warnung anzeigen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>SVG exportieren</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Layout wird berechnet…</translation>
    </message>
    <message>
        <source>This incident has no alerts to draw.</source>
        <translation>Dieser Vorfall hat keine Warnungen, die dargestellt werden können.</translation>
    </message>
    <message>
        <source>Alerts in time order</source>
        <translation>Warnungen in zeitlicher Reihenfolge</translation>
    </message>
    <message>
        <source>Attack story graph</source>
        <translation>Graph des Angriffsverlaufs</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Open entity page</source>
        <translation>Entitätsseite öffnen</translation>
    </message>
    <message>
        <source>Open alert</source>
        <translation>Warnung öffnen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>Resource id</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select an alert or an entity to see it here with its neighbours.</source>
        <translation>Wählen Sie eine Warnung oder eine Entität aus, um sie hier mit ihren Nachbarn zu sehen.</translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <translation>• %1 — %2</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1 severity, first activity %2</source>
        <translation>Schweregrad %1, erste Aktivität %2</translation>
    </message>
    <message>
        <source>Linked only to this alert: %1</source>
        <translation>Nur mit dieser Warnung verknüpft: %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 severity</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <source>%1 of %2 alerts, to %3</source>
        <translation>%1 von %2 Warnungen, bis %3</translation>
    </message>
    <message>
        <source>Attack story</source>
        <translation>Angriffsverlauf</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>only in this alert</source>
        <translation>nur in dieser Warnung</translation>
    </message>
    <message>
        <source>%1 · host %2</source>
        <translation>%1 · Host %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>wf::ui::ConnectDialog</name>
    <message>
        <source>Sign &amp;in as:</source>
        <translation>Anmelden &amp;als:</translation>
    </message>
    <message>
        <source>%1
Roles: %2</source>
        <translation>%1
Rollen: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>Sign-in &amp;type:</source>
        <translation>Anmelde&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Tenant id:</source>
        <translation>&amp;Mandanten-ID:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Clientge&amp;heimnis:</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Autorität:</translation>
    </message>
    <message>
        <source>&amp;Graph base URL:</source>
        <translation>&amp;Graph-Basis-URL:</translation>
    </message>
    <message>
        <source>A&amp;RM base URL:</source>
        <translation>A&amp;RM-Basis-URL:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Add a connection profile</source>
        <translation>Verbindungsprofil hinzufügen</translation>
    </message>
    <message>
        <source>Remote Watchfloor server…</source>
        <translation>Remote-Watchfloor-Server…</translation>
    </message>
    <message>
        <source>Microsoft tenant…</source>
        <translation>Microsoft-Mandant…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this profile and its stored secret</source>
        <translation>Dieses Profil und sein gespeichertes Geheimnis entfernen</translation>
    </message>
    <message>
        <source>Demo user (login and password)</source>
        <translation>Demo-Benutzer (Anmeldename und Kennwort)</translation>
    </message>
    <message>
        <source>App (client id and secret)</source>
        <translation>App (Client-ID und Geheimnis)</translation>
    </message>
    <message>
        <source>Restore Microsoft defaults</source>
        <translation>Microsoft-Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>The demo tenant %1 (%2) runs inside Watchfloor at %3. Its sign-ins are generated with it; nothing needs to be stored.</source>
        <translation>Der Demo-Mandant %1 (%2) läuft in Watchfloor unter %3. Seine Anmeldungen werden mit ihm erzeugt; es muss nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>The embedded demo tenant is not running in this session. Start Watchfloor without --profile to use it.</source>
        <translation>Der eingebettete Demo-Mandant läuft in dieser Sitzung nicht. Starten Sie Watchfloor ohne --profile, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>Embedded demo tenant</source>
        <translation>Eingebetteter Demo-Mandant</translation>
    </message>
    <message>
        <source>Remote Watchfloor server</source>
        <translation>Remote-Watchfloor-Server</translation>
    </message>
    <message>
        <source>Microsoft tenant</source>
        <translation>Microsoft-Mandant</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>analyst@contoso.example</source>
        <translation>analyst@contoso.example</translation>
    </message>
    <message>
        <source>The secret is stored in the system keyring.</source>
        <translation>Das Geheimnis wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The secret comes from the system keyring.</source>
        <translation>Das Geheimnis stammt aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The secret is kept in memory until Watchfloor quits; the system keyring could not store it, so you will be asked again next time.</source>
        <translation>Das Geheimnis bleibt bis zum Beenden von Watchfloor im Speicher; der Schlüsselbund des Systems konnte es nicht speichern, daher werden Sie beim nächsten Mal erneut danach gefragt.</translation>
    </message>
    <message>
        <source>The system keyring could not be used (%1). The secret is kept in memory until Watchfloor quits and is never written to disk: you will be asked for it again next time.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden (%1). Das Geheimnis bleibt bis zum Beenden von Watchfloor im Speicher und wird nie auf den Datenträger geschrieben: Sie werden beim nächsten Mal erneut danach gefragt.</translation>
    </message>
    <message>
        <source>The embedded demo tenant is not running in this session.</source>
        <translation>Der eingebettete Demo-Mandant läuft in dieser Sitzung nicht.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://trainer-pc:8080.</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. http://trainer-pc:8080.</translation>
    </message>
    <message>
        <source>Enter the app&apos;s client id.</source>
        <translation>Geben Sie die Client-ID der App ein.</translation>
    </message>
    <message>
        <source>Enter who signs in.</source>
        <translation>Geben Sie an, wer sich anmeldet.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Geben Sie den geheimen Clientschlüssel ein.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Kennwort ein.</translation>
    </message>
    <message>
        <source>Enter the tenant id (a GUID or the tenant&apos;s domain).</source>
        <translation>Geben Sie die Mandanten-ID ein (eine GUID oder die Domäne des Mandanten).</translation>
    </message>
    <message>
        <source>Enter the client id of the app registration.</source>
        <translation>Geben Sie die Client-ID der App-Registrierung ein.</translation>
    </message>
    <message>
        <source>The authority, Graph and ARM base URLs must be http or https addresses.</source>
        <translation>Die Basis-URLs für Autorität, Graph und ARM müssen http- oder https-Adressen sein.</translation>
    </message>
    <message>
        <source>Saving the secret to the system keyring…</source>
        <translation>Das Geheimnis wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Anmeldeme&amp;thode:</translation>
    </message>
    <message>
        <source>User (sign in with a code in the browser)</source>
        <translation>Benutzer (Anmeldung mit einem Code im Browser)</translation>
    </message>
</context>
<context>
    <name>wf::ui::ConnectorsArea</name>
    <message>
        <source>No data received yet</source>
        <translation>Noch keine Daten empfangen</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>Last data received %1 (%2)</source>
        <translation>Letzter Datenempfang: %1 (%2)</translation>
    </message>
    <message>
        <source>Data connectors</source>
        <translation>Datenconnectors</translation>
    </message>
    <message>
        <source>How Microsoft Defender for Cloud alerts and incidents reach Microsoft Sentinel. The recommended set-up: the tenant-based connector for alerts, the Defender XDR connector for incidents, and no duplicates.</source>
        <translation>Wie Warnungen und Vorfälle aus Microsoft Defender for Cloud zu Microsoft Sentinel gelangen. Empfohlene Einrichtung: der mandantenbasierte Connector für Warnungen, der Defender XDR-Connector für Vorfälle und keine Duplikate.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Open connector page</source>
        <translation>Connectorseite öffnen</translation>
    </message>
    <message>
        <source>Subscription-based Microsoft Defender for Cloud (Legacy)</source>
        <translation>Subscription-based Microsoft Defender for Cloud (Legacy)</translation>
    </message>
    <message>
        <source>Alerts of each connected subscription, switched per subscription.</source>
        <translation>Warnungen jedes verbundenen Abonnements, für jedes Abonnement einzeln schaltbar.</translation>
    </message>
    <message>
        <source>Tenant-based Microsoft Defender for Cloud</source>
        <translation>Tenant-based Microsoft Defender for Cloud</translation>
    </message>
    <message>
        <source>Alerts of every subscription of the tenant, with one switch.</source>
        <translation>Warnungen aller Abonnements des Mandanten, mit einem einzigen Schalter.</translation>
    </message>
    <message>
        <source>Microsoft Defender XDR</source>
        <translation>Microsoft Defender XDR</translation>
    </message>
    <message>
        <source>Defender XDR incidents with their alerts, synchronised both ways.</source>
        <translation>Defender XDR-Vorfälle mit ihren Warnungen, in beide Richtungen synchronisiert.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Connected · %1 of %2 subscriptions</source>
        <translation>Verbunden · %1 von %2 Abonnements</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Not needed (unified platform)</source>
        <translation>Nicht erforderlich (einheitliche Plattform)</translation>
    </message>
    <message>
        <source>Needs solution 3.0.0</source>
        <translation>Erfordert Lösung 3.0.0</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reading the workspace…</source>
        <translation>Arbeitsbereich wird gelesen…</translation>
    </message>
    <message>
        <source>%1 incidents in 14 days</source>
        <translation>%1 Vorfälle in 14 Tagen</translation>
    </message>
    <message>
        <source>%1 alerts in 14 days</source>
        <translation>%1 Warnungen in 14 Tagen</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <source>1 incident in 14 days</source>
        <translation>1 Vorfall in 14 Tagen</translation>
    </message>
    <message>
        <source>1 alert in 14 days</source>
        <translation>1 Warnung in 14 Tagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Nicht aufgeführt</translation>
    </message>
</context>
<context>
    <name>wf::ui::DeviceCodePanel</name>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>Code in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>To sign in, open %1 in a browser and enter this code:</source>
        <translation>Öffnen Sie zum Anmelden %1 in einem Browser und geben Sie diesen Code ein:</translation>
    </message>
    <message>
        <source>Asking for a sign-in code…</source>
        <translation>Anmeldecode wird angefordert…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser. The code expires in %1.</source>
        <translation>Warten auf die Anmeldung im Browser. Der Code läuft in %1 ab.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>wf::ui::DoctorPanel</name>
    <message>
        <source>Counting the duplicates…</source>
        <translation>Duplikate werden gezählt…</translation>
    </message>
    <message>
        <source>The duplicate alerts could not be counted: %1</source>
        <translation>Die doppelten Warnungen konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>1 alert is in SecurityAlert twice now.</source>
        <translation>1 Warnung ist derzeit doppelt in SecurityAlert.</translation>
    </message>
    <message>
        <source>%1 alerts are in SecurityAlert twice now.</source>
        <translation>%1 Warnungen sind derzeit doppelt in SecurityAlert.</translation>
    </message>
    <message>
        <source>The duplicate incidents could not be counted: %1</source>
        <translation>Die doppelten Vorfälle konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>1 Sentinel incident duplicates a Defender XDR incident now.</source>
        <translation>1 Sentinel-Vorfall ist derzeit ein Duplikat eines Defender XDR-Vorfalls.</translation>
    </message>
    <message>
        <source>%1 Sentinel incidents duplicate Defender XDR incidents now.</source>
        <translation>%1 Sentinel-Vorfälle sind derzeit Duplikate von Defender XDR-Vorfällen.</translation>
    </message>
    <message>
        <source>%1: %2 duplicate alerts</source>
        <translation>%1: %2 doppelte Warnungen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Find the duplicate situations and count the duplicates again</source>
        <translation>Ursachen für Duplikate erneut ermitteln und die Duplikate neu zählen</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Beheben…</translation>
    </message>
    <message>
        <source>Fixing…</source>
        <translation>Wird behoben…</translation>
    </message>
    <message>
        <source>No duplicates: every alert and incident arrives once.</source>
        <translation>Keine Duplikate: Jede Warnung und jeder Vorfall kommt genau einmal an.</translation>
    </message>
    <message>
        <source>Reading the set-up…</source>
        <translation>Einrichtung wird gelesen…</translation>
    </message>
    <message>
        <source>Duplicate doctor</source>
        <translation>Duplikatdiagnose</translation>
    </message>
    <message>
        <source>Duplicate doctor: %1 to fix</source>
        <translation>Duplikatdiagnose: %1 zu beheben</translation>
    </message>
    <message>
        <source>Disconnect 1 subscription from the subscription-based Defender for Cloud connector?</source>
        <translation>1 Abonnement vom abonnementbasierten Defender for Cloud-Connector trennen?</translation>
    </message>
    <message>
        <source>Disconnect %1 subscriptions from the subscription-based Defender for Cloud connector?</source>
        <translation>%1 Abonnements vom abonnementbasierten Defender for Cloud-Connector trennen?</translation>
    </message>
    <message>
        <source>Turn off the incident-creation rule for Defender for Cloud alerts?</source>
        <translation>Regel zur Vorfallerstellung für Defender for Cloud-Warnungen deaktivieren?</translation>
    </message>
    <message>
        <source>Turn off %1 incident-creation rules for Defender for Cloud alerts?</source>
        <translation>%1 Regeln zur Vorfallerstellung für Defender for Cloud-Warnungen deaktivieren?</translation>
    </message>
    <message>
        <source>Fix duplicates</source>
        <translation>Duplikate beheben</translation>
    </message>
    <message>
        <source>%1: 1 duplicate alert</source>
        <translation>%1: 1 doppelte Warnung</translation>
    </message>
</context>
<context>
    <name>wf::ui::EntityPage</name>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation>AWS-Konto</translation>
    </message>
    <message>
        <source>GCP project</source>
        <translation>GCP-Projekt</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not in any alert held here</source>
        <translation>In keiner hier gespeicherten Warnung</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>1 alert</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 alerts</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>1 incident</source>
        <translation>1 Vorfall</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation>%1 Vorfälle</translation>
    </message>
    <message>
        <source>Alerts (1)</source>
        <translation>Warnungen (1)</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation>Vorfälle (%1)</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Resource id</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the full resource id</source>
        <translation>Vollständige Ressourcen-ID kopieren</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>First and last seen</source>
        <translation>Zuerst und zuletzt gesehen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>No alerts name this entity.</source>
        <translation>Keine Warnung nennt diese Entität.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>entity type in cloud</comment>
        <extracomment>An entity type in a cloud: &quot;Cloud resource in Azure&quot;</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>alerts in incidents</comment>
        <extracomment>&quot;3 alerts in 2 incidents&quot;</extracomment>
        <translation>%1, verteilt auf %2</translation>
    </message>
</context>
<context>
    <name>wf::ui::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Try to reach the server again now</source>
        <translation>Jetzt erneut versuchen, den Server zu erreichen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>wf::ui::HuntingPage</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Letzte 14 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Set in query</source>
        <translation>In Abfrage festgelegt</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+Enter)</source>
        <translation>Abfrage ausführen (Strg+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the running query</source>
        <translation>Nicht mehr auf die laufende Abfrage warten</translation>
    </message>
    <message>
        <source>Query running</source>
        <translation>Abfrage wird ausgeführt</translation>
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation>Daten&amp;quelle:</translation>
    </message>
    <message>
        <source>Sentinel workspace</source>
        <translation>Sentinel-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Defender XDR advanced hunting</source>
        <translation>Erweiterte Suche in Defender XDR</translation>
    </message>
    <message>
        <source>The Log Analytics workspace of Microsoft Sentinel (SecurityAlert, SecurityIncident)</source>
        <translation>Der Log Analytics-Arbeitsbereich von Microsoft Sentinel (SecurityAlert, SecurityIncident)</translation>
    </message>
    <message>
        <source>Advanced hunting in Microsoft Defender XDR, through Microsoft Graph; it looks back 30 days unless told otherwise</source>
        <translation>Erweiterte Suche in Microsoft Defender XDR über Microsoft Graph; sofern nicht anders angegeben, werden die letzten 30 Tage durchsucht</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Sample queries</source>
        <translation>Beispielabfragen</translation>
    </message>
    <message>
        <source>Queries to start from; picking one runs it</source>
        <translation>Abfragen als Ausgangspunkt; die Auswahl einer Abfrage führt sie aus</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Queries you ran here; picking one puts it in the editor</source>
        <translation>Hier ausgeführte Abfragen; die Auswahl einer Abfrage übernimmt sie in den Editor</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Save the rows as shown (sort order, visible columns) as CSV</source>
        <translation>Zeilen wie angezeigt (Sortierung, sichtbare Spalten) als CSV speichern</translation>
    </message>
    <message>
        <source>Write a KQL query, for example: SecurityAlert | take 10
Ctrl+Enter runs it.</source>
        <translation>Geben Sie eine KQL-Abfrage ein, zum Beispiel: SecurityAlert | take 10
Strg+Enter führt sie aus.</translation>
    </message>
    <message>
        <source>KQL query</source>
        <translation>KQL-Abfrage</translation>
    </message>
    <message>
        <source>Query results</source>
        <translation>Abfrageergebnisse</translation>
    </message>
    <message>
        <source>Query error</source>
        <translation>Abfragefehler</translation>
    </message>
    <message>
        <source>The query filters TimeGenerated itself, so it sets its own time range</source>
        <translation>Die Abfrage filtert TimeGenerated selbst und legt damit ihren eigenen Zeitraum fest</translation>
    </message>
    <message>
        <source>Limits TimeGenerated to this period; &quot;Set in query&quot; leaves it to the query</source>
        <translation>Beschränkt TimeGenerated auf diesen Zeitraum; bei &quot;In Abfrage festgelegt&quot; bestimmt die Abfrage den Zeitraum</translation>
    </message>
    <message>
        <source>Running on %1…</source>
        <translation>Wird ausgeführt: %1…</translation>
    </message>
    <message>
        <source>Set in query (else the last 30 days)</source>
        <translation>In Abfrage festgelegt (sonst die letzten 30 Tage)</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%L1 rows</source>
        <translation>%L1 Zeilen</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>The query did not run.</source>
        <translation>Die Abfrage wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Cancelled. The rows shown are from the previous run.</source>
        <translation>Abgebrochen. Die angezeigten Zeilen stammen aus der vorherigen Ausführung.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Partial result: only part of the rows came back. %1</source>
        <translation>Teilergebnis: Nur ein Teil der Zeilen wurde zurückgegeben. %1</translation>
    </message>
    <message>
        <source>Advanced hunting returns at most %L1 rows; there may be more. Narrow the query to see them all.</source>
        <translation>Die erweiterte Suche liefert höchstens %L1 Zeilen; möglicherweise gibt es mehr. Schränken Sie die Abfrage ein, um alle zu sehen.</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>Keine Zeilen</translation>
    </message>
    <message>
        <source>Run a query to see results

Write KQL above and press Ctrl+Enter, or pick one of the sample queries.</source>
        <translation>Führen Sie eine Abfrage aus, um Ergebnisse zu sehen

Geben Sie oben KQL ein und drücken Sie Strg+Enter, oder wählen Sie eine der Beispielabfragen.</translation>
    </message>
    <message>
        <source>No results: the query did not run (see the message above).</source>
        <translation>Keine Ergebnisse: Die Abfrage wurde nicht ausgeführt (siehe Meldung oben).</translation>
    </message>
    <message>
        <source>No rows

Nothing matched in the chosen time range; a wider one may find some.</source>
        <translation>Keine Zeilen

Im gewählten Zeitraum wurde nichts gefunden; ein größerer Zeitraum liefert möglicherweise Treffer.</translation>
    </message>
    <message>
        <source>The Sentinel workspace of this connection is not known yet, so its logs cannot be queried. Try again in a moment, or choose Defender XDR advanced hunting.</source>
        <translation>Der Sentinel-Arbeitsbereich dieser Verbindung ist noch nicht bekannt, daher können seine Protokolle nicht abgefragt werden. Versuchen Sie es gleich noch einmal, oder wählen Sie die erweiterte Suche in Defender XDR.</translation>
    </message>
    <message>
        <source>There is no connection to run queries on. Sign in first.</source>
        <translation>Es gibt keine Verbindung, über die Abfragen ausgeführt werden können. Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Line %1, column %2: marked in the editor.</source>
        <translation>Zeile %1, Spalte %2: im Editor markiert.</translation>
    </message>
    <message>
        <source>No queries run yet</source>
        <translation>Noch keine Abfragen ausgeführt</translation>
    </message>
    <message>
        <source>[Hunting] %1</source>
        <translation>[Erweiterte Suche] %1</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <source>Export the query results</source>
        <translation>Abfrageergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported 1 row to %1.</source>
        <translation>1 Zeile nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %L1 rows to %2.</source>
        <translation>%L1 Zeilen nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>wf::ui::IncidentPage</name>
    <message>
        <source>Incident %1</source>
        <translation>Vorfall %1</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Manage incident</source>
        <translation>Vorfall verwalten</translation>
    </message>
    <message>
        <source>Saved here; it is sent when the server answers again (%1).</source>
        <translation>Lokal gespeichert; wird gesendet, sobald der Server wieder antwortet (%1).</translation>
    </message>
    <message>
        <source>Applying: %1</source>
        <translation>Wird angewendet: %1</translation>
    </message>
    <message>
        <source>Attack story</source>
        <translation>Angriffsverlauf</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Assets (%1)</source>
        <translation>Ressourcen (%1)</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>Assign this incident to you (A)</source>
        <translation>Diesen Vorfall mir zuweisen (A)</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Set the status to In progress (P)</source>
        <translation>Status auf In Bearbeitung setzen (P)</translation>
    </message>
    <message>
        <source>Resolve...</source>
        <translation>Lösen...</translation>
    </message>
    <message>
        <source>Resolve with a classification and a comment (R)</source>
        <translation>Mit Klassifizierung und Kommentar lösen (R)</translation>
    </message>
    <message>
        <source>Classify...</source>
        <translation>Klassifizieren...</translation>
    </message>
    <message>
        <source>Set classification and determination (C)</source>
        <translation>Klassifizierung und Bestimmung festlegen (C)</translation>
    </message>
    <message>
        <source>Tags...</source>
        <translation>Tags...</translation>
    </message>
    <message>
        <source>Add tags (T)</source>
        <translation>Tags hinzufügen (T)</translation>
    </message>
    <message>
        <source>Comment...</source>
        <translation>Kommentieren...</translation>
    </message>
    <message>
        <source>Add a comment (N)</source>
        <translation>Kommentar hinzufügen (N)</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (?)</source>
        <translation>Tastenkürzel (?)</translation>
    </message>
    <message>
        <source>This incident is not in the local cache (yet). It shows as soon as it is synced.</source>
        <translation>Dieser Vorfall ist (noch) nicht im lokalen Cache. Er wird angezeigt, sobald er synchronisiert ist.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>1 alert</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 alerts</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>Incident %1 is not in the local cache.</source>
        <translation>Vorfall %1 ist nicht im lokalen Cache.</translation>
    </message>
    <message>
        <source>The change was not applied: %1</source>
        <translation>Die Änderung wurde nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1 changes.</source>
        <translation>%1 Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Assign the incident to me</source>
        <translation>Vorfall mir zuweisen</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Set the incident In progress</source>
        <translation>Vorfall auf In Bearbeitung setzen</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Resolve: classification, determination and comment</source>
        <translation>Lösen: Klassifizierung, Bestimmung und Kommentar</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Klassifizieren</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Tags hinzufügen</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Alt+1, Alt+2, Alt+3</source>
        <translation>Alt+1, Alt+2, Alt+3</translation>
    </message>
    <message>
        <source>Attack story, Alerts, Assets</source>
        <translation>Angriffsverlauf, Warnungen, Ressourcen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Strg+W</translation>
    </message>
    <message>
        <source>Close this page</source>
        <translation>Diese Seite schließen</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>In the Alerts tab the letters act on the alerts, as in the alert queue.</source>
        <translation>Auf der Registerkarte Warnungen wirken die Buchstaben auf die Warnungen, wie in der Warnungswarteschlange.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Show or hide the summary and manage panel (S)</source>
        <translation>Zusammenfassung und Verwaltungsbereich ein- oder ausblenden (S)</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Show or hide the summary and manage panel</source>
        <translation>Zusammenfassung und Verwaltungsbereich ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Attack story: let go of the selected node</source>
        <translation>Angriffsverlauf: Auswahl des Knotens aufheben</translation>
    </message>
</context>
<context>
    <name>wf::ui::InvestigationArea</name>
    <message>
        <source>Nothing is open. Press Enter on an incident in the incident queue, or &quot;Open incident&quot; on an alert, to investigate it here.</source>
        <translation>Nichts geöffnet. Drücken Sie in der Vorfallwarteschlange bei einem Vorfall Enter oder wählen Sie bei einer Warnung &quot;Vorfall öffnen&quot;, um ihn hier zu untersuchen.</translation>
    </message>
</context>
<context>
    <name>wf::ui::LegacyConnectorPage</name>
    <message>
        <source>All Defender for Cloud alerts</source>
        <translation>Alle Defender for Cloud-Warnungen</translation>
    </message>
    <message>
        <source>Defender for Cloud alerts by severity, last 14 days</source>
        <translation>Defender for Cloud-Warnungen nach Schweregrad, letzte 14 Tage</translation>
    </message>
    <message>
        <source>Alerts that arrived twice (both connectors)</source>
        <translation>Doppelt eingegangene Warnungen (beide Connectors)</translation>
    </message>
    <message>
        <source>‹ Connectors</source>
        <translation>‹ Connectors</translation>
    </message>
    <message>
        <source>Back to the list of connectors</source>
        <translation>Zurück zur Liste der Connectors</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Brings the security alerts of each connected subscription into the SecurityAlert table. Connect a subscription with its Status switch, or mark several and use Connect.</source>
        <translation>Überträgt die Sicherheitswarnungen jedes verbundenen Abonnements in die Tabelle SecurityAlert. Verbinden Sie ein Abonnement mit seinem Statusschalter, oder markieren Sie mehrere und verwenden Sie &quot;Verbinden&quot;.</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Enable Microsoft Defender for all subscriptions…</source>
        <translation>Microsoft Defender für alle Abonnements aktivieren…</translation>
    </message>
    <message>
        <source>Turn Defender plans on per subscription</source>
        <translation>Defender-Pläne pro Abonnement aktivieren</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect the marked subscriptions</source>
        <translation>Markierte Abonnements verbinden</translation>
    </message>
    <message>
        <source>Enable bi-directional sync</source>
        <translation>Bidirektionale Synchronisierung aktivieren</translation>
    </message>
    <message>
        <source>Turn on bi-directional sync for the marked subscriptions</source>
        <translation>Bidirektionale Synchronisierung für die markierten Abonnements aktivieren</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bi-directional sync</source>
        <translation>Bidirektionaler Sync</translation>
    </message>
    <message>
        <source>Microsoft Defender plans</source>
        <translation>Microsoft Defender-Pläne</translation>
    </message>
    <message>
        <source>Create incidents (recommended)</source>
        <translation>Vorfälle erstellen (empfohlen)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Sample queries</source>
        <translation>Beispielabfragen</translation>
    </message>
    <message>
        <source>Rule templates</source>
        <translation>Regelvorlagen</translation>
    </message>
    <message>
        <source>Create incidents based on Microsoft Defender for Cloud alerts (Microsoft security incident creation).</source>
        <translation>Vorfälle basierend auf Microsoft Defender for Cloud-Warnungen erstellen (Erstellung von Microsoft-Sicherheitsvorfällen).</translation>
    </message>
    <message>
        <source>Open analytics rules</source>
        <translation>Analyseregeln öffnen</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Arbeitsmappen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Microsoft Defender for Cloud alerts&lt;/b&gt; and &lt;b&gt;Microsoft Defender for Cloud coverage&lt;/b&gt; come with the Microsoft Defender for Cloud solution; open them in the &lt;a href=&quot;https://portal.azure.com/#view/Microsoft_Azure_Security_Insights&quot;&gt;Microsoft Sentinel workbooks&lt;/a&gt;.</source>
        <translation>Die Arbeitsmappen &lt;b&gt;Microsoft Defender for Cloud alerts&lt;/b&gt; und &lt;b&gt;Microsoft Defender for Cloud coverage&lt;/b&gt; sind in der Microsoft Defender for Cloud-Lösung enthalten; öffnen Sie sie unter den &lt;a href=&quot;https://portal.azure.com/#view/Microsoft_Azure_Security_Insights&quot;&gt;Microsoft Sentinel-Arbeitsmappen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Run query</source>
        <translation>Abfrage ausführen</translation>
    </message>
    <message>
        <source>All enabled</source>
        <translation>Alle aktiviert</translation>
    </message>
    <message>
        <source>Some enabled</source>
        <translation>Einige aktiviert</translation>
    </message>
    <message>
        <source>Some enabled · &lt;a href=&quot;enable&quot;&gt;Enable all&lt;/a&gt;</source>
        <translation>Einige aktiviert · &lt;a href=&quot;enable&quot;&gt;Alle aktivieren&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>%1 markieren</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Status von %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Bi-directional sync of %1</source>
        <translation>Bidirektionale Synchronisierung von %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Enabling…</source>
        <translation>Wird aktiviert…</translation>
    </message>
    <message>
        <source>Subscription-based Microsoft Defender for Cloud (Legacy)</source>
        <translation>Subscription-based Microsoft Defender for Cloud (Legacy)</translation>
    </message>
    <message>
        <source>Microsoft Defender for Cloud</source>
        <translation>Microsoft Defender for Cloud</translation>
    </message>
    <message>
        <source>Reading the connector&apos;s state…</source>
        <translation>Connectorstatus wird gelesen…</translation>
    </message>
    <message>
        <source>Status: Connected · %1 of %2 subscriptions</source>
        <translation>Status: Verbunden · %1 von %2 Abonnements</translation>
    </message>
    <message>
        <source>Status: Not connected</source>
        <translation>Status: Nicht verbunden</translation>
    </message>
    <message>
        <source>Workspace: read and write permissions (Microsoft Sentinel Contributor).</source>
        <translation>Arbeitsbereich: Lese- und Schreibberechtigungen (Microsoft Sentinel-Mitwirkender).</translation>
    </message>
    <message>
        <source>Subscriptions: Contributor or Owner on each subscription to connect (%1 of %2 you may connect).</source>
        <translation>Abonnements: Mitwirkender oder Besitzer für jedes zu verbindende Abonnement (%1 von %2 dürfen Sie verbinden).</translation>
    </message>
    <message>
        <source>At least one Microsoft Defender plan on the subscription (%1 of %2 have one).</source>
        <translation>Mindestens ein Microsoft Defender-Plan für das Abonnement (%1 von %2 haben einen).</translation>
    </message>
    <message>
        <source>The Microsoft.SecurityInsights resource provider registered on the subscription (%1 of %2).</source>
        <translation>Ressourcenanbieter Microsoft.SecurityInsights für das Abonnement registriert (%1 von %2).</translation>
    </message>
    <message>
        <source>Mark subscriptions to act on several at once.</source>
        <translation>Markieren Sie Abonnements, um mehrere gleichzeitig zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1 marked</source>
        <translation>%1 markiert</translation>
    </message>
    <message>
        <source>Turns on the analytics rule that makes a Sentinel incident for every Defender for Cloud alert.</source>
        <translation>Aktiviert die Analyseregel, die für jede Defender for Cloud-Warnung einen Sentinel-Vorfall erstellt.</translation>
    </message>
    <message>
        <source>The Defender XDR connector already brings incidents for these alerts: with this rule on, each alert makes a second incident. The duplicate doctor above has the fix.</source>
        <translation>Der Defender XDR-Connector liefert bereits Vorfälle für diese Warnungen: Ist diese Regel aktiviert, erzeugt jede Warnung einen zweiten Vorfall. Die Duplikatdiagnose oben behebt das.</translation>
    </message>
</context>
<context>
    <name>wf::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Choose a connection profile and who signs in</source>
        <translation>Verbindungsprofil und angemeldeten Benutzer auswählen</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Fetch what changed on the server</source>
        <translation>Änderungen vom Server abrufen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Vorfälle</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Warnungen</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Not connected. Choose File › Connect… to sign in.</source>
        <translation>Nicht verbunden. Wählen Sie Datei › Verbinden…, um sich anzumelden.</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>Der Server hat eine Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cannot open the local cache in %1: %2</source>
        <translation>Der lokale Cache in %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Watchfloor</source>
        <translation>Watchfloor</translation>
    </message>
    <message>
        <source>Embedded demo tenant</source>
        <translation>Eingebetteter Demo-Mandant</translation>
    </message>
    <message>
        <source>Embedded demo tenant: %1</source>
        <translation>Eingebetteter Demo-Mandant: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Angemeldet als %1 · %2</translation>
    </message>
    <message>
        <source>%1 — Watchfloor</source>
        <translation>%1 — Watchfloor</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Synchronisierung… %1 von %2</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <translation>Synchronisierung… %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
    <message>
        <source>Showing cached data (stale) · %1</source>
        <translation>Zwischengespeicherte Daten (veraltet) · %1</translation>
    </message>
    <message>
        <source>Showing cached data (stale)</source>
        <translation>Zwischengespeicherte Daten (veraltet)</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Sync failed · last up to date %1</source>
        <translation>Synchronisierung fehlgeschlagen · zuletzt aktuell %1</translation>
    </message>
    <message>
        <source>Up to date · %1</source>
        <translation>Aktuell · %1</translation>
    </message>
    <message>
        <source>1 change waiting for the server</source>
        <translation>1 Änderung wartet auf den Server</translation>
    </message>
    <message>
        <source>%1 changes waiting for the server</source>
        <translation>%1 Änderungen warten auf den Server</translation>
    </message>
    <message>
        <source>&amp;Hunting</source>
        <translation>&amp;Bedrohungssuche</translation>
    </message>
    <message>
        <source>C&amp;onnectors</source>
        <translation>&amp;Connectors</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Hunting</source>
        <translation>Bedrohungssuche</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>In&amp;vestigations</source>
        <translation>&amp;Untersuchungen</translation>
    </message>
    <message>
        <source>Investigations (%1)</source>
        <translation>Untersuchungen (%1)</translation>
    </message>
    <message>
        <source>Investigations</source>
        <translation>Untersuchungen</translation>
    </message>
</context>
<context>
    <name>wf::ui::PlansDialog</name>
    <message>
        <source>Microsoft Defender plans</source>
        <translation>Microsoft Defender-Pläne</translation>
    </message>
    <message>
        <source>An alert is raised on a resource only if a Defender plan that covers its type is on for its subscription. Tick a plan to turn it on.</source>
        <translation>Für eine Ressource werden nur dann Warnungen ausgelöst, wenn für ihr Abonnement ein Defender-Plan aktiviert ist, der ihren Typ abdeckt. Setzen Sie bei einem Plan ein Häkchen, um ihn zu aktivieren.</translation>
    </message>
    <message>
        <source>Enable all plans on every subscription</source>
        <translation>Alle Pläne für alle Abonnements aktivieren</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Needs Security Admin on the subscriptions.</source>
        <translation>Erfordert die Rolle Sicherheitsadministrator für die Abonnements.</translation>
    </message>
</context>
<context>
    <name>wf::ui::RulesPage</name>
    <message>
        <source>Rule saved.</source>
        <translation>Regel gespeichert.</translation>
    </message>
    <message>
        <source>Rule deleted.</source>
        <translation>Regel gelöscht.</translation>
    </message>
    <message>
        <source>Create incidents based on Microsoft Defender for Cloud alerts</source>
        <translation>Vorfälle basierend auf Microsoft Defender for Cloud-Warnungen erstellen</translation>
    </message>
    <message>
        <source>There is no incident creation rule named “%1” in the workspace.</source>
        <translation>Im Arbeitsbereich gibt es keine Regel zur Vorfallerstellung namens „%1“.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <source>Delete the rule “%1”? This cannot be undone.</source>
        <translation>Die Regel „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Analytics rules</source>
        <translation>Analyseregeln</translation>
    </message>
    <message>
        <source>Automation rules</source>
        <translation>Automatisierungsregeln</translation>
    </message>
    <message>
        <source>Alert tuning</source>
        <translation>Optimierung von Warnungen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Anzeigen…</translation>
    </message>
    <message>
        <source>Create from Defender for Cloud template…</source>
        <translation>Aus Defender for Cloud-Vorlage erstellen…</translation>
    </message>
    <message>
        <source>A rule that makes a Sentinel incident from each Microsoft Defender for Cloud alert</source>
        <translation>Eine Regel, die aus jeder Microsoft Defender for Cloud-Warnung einen Sentinel-Vorfall erstellt</translation>
    </message>
    <message>
        <source>Open the selected rule</source>
        <translation>Ausgewählte Regel öffnen</translation>
    </message>
    <message>
        <source>Turn the selected rule on or off</source>
        <translation>Ausgewählte Regel aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected rule</source>
        <translation>Ausgewählte Regel löschen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the rules again</source>
        <translation>Regeln erneut lesen</translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation>Neue Regel…</translation>
    </message>
    <message>
        <source>Create an automation rule</source>
        <translation>Automatisierungsregel erstellen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Run the selected rule earlier</source>
        <translation>Ausgewählte Regel früher ausführen</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Run the selected rule later</source>
        <translation>Ausgewählte Regel später ausführen</translation>
    </message>
    <message>
        <source>Create an alert tuning rule</source>
        <translation>Regel zur Optimierung von Warnungen erstellen</translation>
    </message>
    <message>
        <source>Incident creation rules</source>
        <translation>Regeln zur Vorfallerstellung</translation>
    </message>
    <message>
        <source>Automation rules in run order</source>
        <translation>Automatisierungsregeln in Ausführungsreihenfolge</translation>
    </message>
    <message>
        <source>Alert tuning rules</source>
        <translation>Regeln zur Optimierung von Warnungen</translation>
    </message>
    <message>
        <source>Reading the analytics rules…</source>
        <translation>Analyseregeln werden gelesen…</translation>
    </message>
    <message>
        <source>No incident creation rules: Sentinel makes no incidents from Microsoft security alerts. “Create from Defender for Cloud template…” adds one.</source>
        <translation>Keine Regeln zur Vorfallerstellung: Sentinel erstellt keine Vorfälle aus Microsoft-Sicherheitswarnungen. „Aus Defender for Cloud-Vorlage erstellen…“ fügt eine hinzu.</translation>
    </message>
    <message>
        <source>The analytics rules could not be read; the message above says why.</source>
        <translation>Die Analyseregeln konnten nicht gelesen werden; die Meldung oben nennt den Grund.</translation>
    </message>
    <message>
        <source>Reading the automation rules…</source>
        <translation>Automatisierungsregeln werden gelesen…</translation>
    </message>
    <message>
        <source>No automation rules. “New rule…” adds one, for example to close the incidents of alert types you do not want.</source>
        <translation>Keine Automatisierungsregeln. „Neue Regel…“ fügt eine hinzu, zum Beispiel um die Vorfälle unerwünschter Warnungstypen zu schließen.</translation>
    </message>
    <message>
        <source>The automation rules could not be read; the message above says why.</source>
        <translation>Die Automatisierungsregeln konnten nicht gelesen werden; die Meldung oben nennt den Grund.</translation>
    </message>
    <message>
        <source>Reading the alert tuning rules…</source>
        <translation>Regeln zur Optimierung von Warnungen werden gelesen…</translation>
    </message>
    <message>
        <source>No alert tuning rules. “New rule…” adds one to hide or resolve alerts you expect.</source>
        <translation>Keine Regeln zur Optimierung von Warnungen. „Neue Regel…“ fügt eine hinzu, um erwartete Warnungen auszublenden oder zu lösen.</translation>
    </message>
    <message>
        <source>The alert tuning rules could not be read; the message above says why.</source>
        <translation>Die Regeln zur Optimierung von Warnungen konnten nicht gelesen werden; die Meldung oben nennt den Grund.</translation>
    </message>
</context>
<context>
    <name>wf::ui::SecretStore</name>
    <message>
        <source>it is switched off</source>
        <translation>er ist ausgeschaltet</translation>
    </message>
</context>
<context>
    <name>wf::ui::TenantConnectorPage</name>
    <message>
        <source>Tenant-based Microsoft Defender for Cloud</source>
        <translation>Tenant-based Microsoft Defender for Cloud</translation>
    </message>
    <message>
        <source>Brings the security alerts of every subscription of this tenant into the SecurityAlert table with one switch, including subscriptions added later. Subscriptions of other tenants (Azure Lighthouse) are never carried.</source>
        <translation>Überträgt die Sicherheitswarnungen aller Abonnements dieses Mandanten mit einem einzigen Schalter in die Tabelle SecurityAlert, auch die später hinzugefügter Abonnements. Abonnements anderer Mandanten (Azure Lighthouse) werden nie übertragen.</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Update the Microsoft Defender for Cloud solution</source>
        <translation>Microsoft Defender for Cloud-Lösung aktualisieren</translation>
    </message>
    <message>
        <source>Connect the tenant</source>
        <translation>Mandanten verbinden</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Tenant-based connector</source>
        <translation>Mandantenbasierter Connector</translation>
    </message>
    <message>
        <source>Microsoft Defender for Cloud solution 3.0.0 or later (installed: %1).</source>
        <translation>Microsoft Defender for Cloud-Lösung 3.0.0 oder höher (installiert: %1).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The Global Administrator role.</source>
        <translation>Die Rolle Globaler Administrator.</translation>
    </message>
    <message>
        <source>Read and write permissions on the workspace (Microsoft Sentinel Contributor).</source>
        <translation>Lese- und Schreibberechtigungen für den Arbeitsbereich (Microsoft Sentinel-Mitwirkender).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not needed: this workspace is onboarded to the unified security operations platform, where Defender for Cloud alerts already flow through Defender XDR.</source>
        <translation>Nicht erforderlich: Dieser Arbeitsbereich ist in die einheitliche Security Operations-Plattform integriert, in der Defender for Cloud-Warnungen bereits über Defender XDR eingehen.</translation>
    </message>
    <message>
        <source>Reading the connector&apos;s state…</source>
        <translation>Connectorstatus wird gelesen…</translation>
    </message>
    <message>
        <source>Not available yet: the tenant-based connector comes with version 3.0.0 of the Microsoft Defender for Cloud solution.</source>
        <translation>Noch nicht verfügbar: Der mandantenbasierte Connector ist ab Version 3.0.0 der Microsoft Defender for Cloud-Lösung enthalten.</translation>
    </message>
    <message>
        <source>This workspace does not list the tenant-based connector.</source>
        <translation>Dieser Arbeitsbereich führt den mandantenbasierten Connector nicht auf.</translation>
    </message>
    <message>
        <source>Status: Connected</source>
        <translation>Status: Verbunden</translation>
    </message>
    <message>
        <source>Status: Not connected</source>
        <translation>Status: Nicht verbunden</translation>
    </message>
    <message>
        <source>After connecting, disconnect the %1 subscriptions the subscription-based connector still carries, or their alerts arrive twice. The duplicate doctor offers it in one click.</source>
        <translation>Trennen Sie nach dem Verbinden die %1 Abonnements, die der abonnementbasierte Connector noch überträgt, sonst kommen ihre Warnungen doppelt an. Die Duplikatdiagnose erledigt das mit einem Klick.</translation>
    </message>
    <message>
        <source>After connecting, disconnect the subscription the subscription-based connector still carries, or its alerts arrive twice. The duplicate doctor offers it in one click.</source>
        <translation>Trennen Sie nach dem Verbinden das Abonnement, das der abonnementbasierte Connector noch überträgt, sonst kommen seine Warnungen doppelt an. Die Duplikatdiagnose erledigt das mit einem Klick.</translation>
    </message>
</context>
<context>
    <name>wf::ui::TenantSwitchPage</name>
    <message>
        <source>‹ Connectors</source>
        <translation>‹ Connectors</translation>
    </message>
    <message>
        <source>Back to the list of connectors</source>
        <translation>Zurück zur Liste der Connectors</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>wf::ui::XdrConnectorPage</name>
    <message>
        <source>Microsoft Defender XDR</source>
        <translation>Microsoft Defender XDR</translation>
    </message>
    <message>
        <source>Synchronises Defender XDR incidents, with their alerts, into Microsoft Sentinel both ways: status, owner and classification.</source>
        <translation>Synchronisiert Defender XDR-Vorfälle samt ihren Warnungen in beide Richtungen mit Microsoft Sentinel: Status, Besitzer und Klassifizierung.</translation>
    </message>
    <message>
        <source>Connect incidents and alerts</source>
        <translation>Vorfälle und Warnungen verbinden</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Defender XDR incident integration</source>
        <translation>Vorfallintegration von Defender XDR</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Reading the connector&apos;s state…</source>
        <translation>Connectorstatus wird gelesen…</translation>
    </message>
    <message>
        <source>Status: Connected</source>
        <translation>Status: Verbunden</translation>
    </message>
    <message>
        <source>Status: Not connected</source>
        <translation>Status: Nicht verbunden</translation>
    </message>
    <message>
        <source>Without the tenant-based Defender for Cloud connector, incidents from subscriptions the subscription-based connector does not carry (%1 of %2 carried) arrive without their alerts.</source>
        <translation>Ohne den mandantenbasierten Defender for Cloud-Connector kommen Vorfälle aus Abonnements, die der abonnementbasierte Connector nicht überträgt (%1 von %2 übertragen), ohne ihre Warnungen an.</translation>
    </message>
    <message>
        <source>The tenant has opted out of Defender for Cloud incidents through Defender XDR: their alerts still arrive, their incidents do not.</source>
        <translation>Der Mandant hat Defender for Cloud-Vorfälle über Defender XDR deaktiviert: Die Warnungen kommen weiterhin an, die Vorfälle nicht.</translation>
    </message>
</context>
<context>
    <name>wf::ui::XdrSettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Defender XDR: Microsoft Defender for Cloud alerts</source>
        <translation>Defender XDR: Microsoft Defender for Cloud-Warnungen</translation>
    </message>
    <message>
        <source>Whether Defender for Cloud alerts appear in the Defender XDR alert queue. Always tenant-wide. No alerts stops new alerts only: those already there stay on their alert and incident pages.</source>
        <translation>Legt fest, ob Defender for Cloud-Warnungen in der Warnungswarteschlange von Defender XDR erscheinen. Gilt immer für den gesamten Mandanten. &quot;Keine Warnungen&quot; stoppt nur neue Warnungen: Bereits vorhandene bleiben auf ihren Warnungs- und Vorfallseiten erhalten.</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>Alle Warnungen</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Keine Warnungen</translation>
    </message>
    <message>
        <source>Defender XDR: Microsoft Defender for Cloud incidents</source>
        <translation>Defender XDR: Microsoft Defender for Cloud-Vorfälle</translation>
    </message>
    <message>
        <source>Opting out keeps the alerts (for example through the tenant-based connector) but no longer makes Defender XDR incidents from them.</source>
        <translation>Bei Deaktivierung bleiben die Warnungen erhalten (z. B. über den mandantenbasierten Connector), aber Defender XDR erstellt daraus keine Vorfälle mehr.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Defender for Cloud incidents through Defender XDR</source>
        <translation>Defender for Cloud-Vorfälle über Defender XDR</translation>
    </message>
    <message>
        <source>Microsoft Sentinel workspace</source>
        <translation>Microsoft Sentinel-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Choose a connection profile and who signs in</source>
        <translation>Verbindungsprofil und angemeldeten Benutzer auswählen</translation>
    </message>
    <message>
        <source>Signed in as %1 · profile %2</source>
        <translation>Angemeldet als %1 · Profil %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s settings…</source>
        <translation>Mandanteneinstellungen werden gelesen…</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>%1
Microsoft Defender for Cloud solution %2%3</source>
        <translation>%1
Microsoft Defender for Cloud-Lösung %2%3</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source> · in the unified security operations platform</source>
        <translation> · in der einheitlichen Security Operations-Plattform</translation>
    </message>
</context>
<context>
    <name>wf::ui::queue::EditTracker</name>
    <message>
        <source>resolve</source>
        <translation>lösen</translation>
    </message>
    <message>
        <source>set in progress</source>
        <translation>auf In Bearbeitung setzen</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>erneut öffnen</translation>
    </message>
    <message>
        <source>unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>assign to %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>classify</source>
        <translation>klassifizieren</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1 hinzufügen</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>kommentieren</translation>
    </message>
</context>
<context>
    <name>wf::ui::queue::FilterPanel</name>
    <message>
        <source>Any time</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last 3 days</source>
        <translation>Letzte 3 Tage</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Service source</source>
        <translation>Dienstquelle</translation>
    </message>
    <message>
        <source>Detection source</source>
        <translation>Erkennungsquelle</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ich)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1: beliebig</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Letzte Aktualisierung:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Find a value</source>
        <translation>Wert suchen</translation>
    </message>
</context>
<context>
    <name>wf::ui::queue::ManagePane</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Apply to 1 incident</source>
        <translation>Auf 1 Vorfall anwenden</translation>
    </message>
    <message>
        <source>Apply to %1 incidents</source>
        <translation>Auf %1 Vorfälle anwenden</translation>
    </message>
    <message>
        <source>Apply to 1 alert</source>
        <translation>Auf 1 Warnung anwenden</translation>
    </message>
    <message>
        <source>Apply to %1 alerts</source>
        <translation>Auf %1 Warnungen anwenden</translation>
    </message>
    <message>
        <source>Current row</source>
        <translation>Aktuelle Zeile</translation>
    </message>
    <message>
        <source>Selected rows (%1)</source>
        <translation>Ausgewählte Zeilen (%1)</translation>
    </message>
    <message>
        <source>All %1 matching the filter</source>
        <translation>Alle %1 zum Filter passenden</translation>
    </message>
    <message>
        <source>Manage incidents</source>
        <translation>Vorfälle verwalten</translation>
    </message>
    <message>
        <source>Manage alerts</source>
        <translation>Warnungen verwalten</translation>
    </message>
    <message>
        <source>A&amp;pply to:</source>
        <translation>&amp;Anwenden auf:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>&amp;Zugewiesen an:</translation>
    </message>
    <message>
        <source>C&amp;lassification:</source>
        <translation>&amp;Klassifizierung:</translation>
    </message>
    <message>
        <source>&amp;Determination:</source>
        <translation>&amp;Bestimmung:</translation>
    </message>
    <message>
        <source>Add &amp;tags:</source>
        <translation>&amp;Tags hinzufügen:</translation>
    </message>
    <message>
        <source>Reason / co&amp;mment:</source>
        <translation>Grund / Ko&amp;mmentar:</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>Comma-separated; added to each incident</source>
        <translation>Kommagetrennt; wird jedem Vorfall hinzugefügt</translation>
    </message>
    <message>
        <source>Optional; Enter applies</source>
        <translation>Optional; Enter wendet an</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>wf::ui::queue::QueueDelegate</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
</context>
<context>
    <name>wf::ui::queue::QueuePageCore</name>
    <message>
        <source>1 incident</source>
        <translation>1 Vorfall</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation>%1 Vorfälle</translation>
    </message>
    <message>
        <source>1 alert</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 alerts</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>Waiting for the server (%1). The changes are kept and will be sent.</source>
        <translation>Warten auf den Server (%1). Die Änderungen bleiben erhalten und werden gesendet.</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>This view is now your default view.</source>
        <translation>Diese Ansicht ist jetzt Ihre Standardansicht.</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>Ansicht &quot;%1&quot; gespeichert.</translation>
    </message>
    <message>
        <source>My default view</source>
        <translation>Meine Standardansicht</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Save current view as...</source>
        <translation>Aktuelle Ansicht speichern unter...</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>Make current view my default</source>
        <translation>Aktuelle Ansicht als Standard festlegen</translation>
    </message>
    <message>
        <source>Reset my default view</source>
        <translation>Meine Standardansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Delete saved view</source>
        <translation>Gespeicherte Ansicht löschen</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Incident %1 is outside your filter, so the filter was cleared to show it.</source>
        <translation>Vorfall %1 liegt außerhalb Ihres Filters; der Filter wurde daher gelöscht, um ihn anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Click a count to show only those; click it again to go back.</source>
        <translation>Klicken Sie auf eine Anzahl, um nur diese anzuzeigen; ein erneuter Klick stellt die vorherige Ansicht wieder her.</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>Loading incidents from the server...</source>
        <translation>Vorfälle werden vom Server geladen...</translation>
    </message>
    <message>
        <source>Loading alerts from the server...</source>
        <translation>Warnungen werden vom Server geladen...</translation>
    </message>
    <message>
        <source>Nothing to show yet: %1</source>
        <translation>Noch nichts anzuzeigen: %1</translation>
    </message>
    <message>
        <source>There are no incidents.</source>
        <translation>Es gibt keine Vorfälle.</translation>
    </message>
    <message>
        <source>There are no alerts.</source>
        <translation>Es gibt keine Warnungen.</translation>
    </message>
    <message>
        <source>No incidents match the search and filters.</source>
        <translation>Keine Vorfälle entsprechen der Suche und den Filtern.</translation>
    </message>
    <message>
        <source>No alerts match the search and filters.</source>
        <translation>Keine Warnungen entsprechen der Suche und den Filtern.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter löschen</translation>
    </message>
    <message>
        <source>Show incident %1 in the incident queue (Enter)</source>
        <translation>Vorfall %1 in der Vorfallwarteschlange anzeigen (Enter)</translation>
    </message>
    <message>
        <source>Select an incident to see its details.</source>
        <translation>Wählen Sie einen Vorfall aus, um die Details anzuzeigen.</translation>
    </message>
    <message>
        <source>Select an alert to see its details.</source>
        <translation>Wählen Sie eine Warnung aus, um die Details anzuzeigen.</translation>
    </message>
    <message>
        <source>Incident %1 is not in the local cache yet.</source>
        <translation>Vorfall %1 ist noch nicht im lokalen Cache.</translation>
    </message>
    <message>
        <source>Alert %1 is not in the local cache yet.</source>
        <translation>Warnung %1 ist noch nicht im lokalen Cache.</translation>
    </message>
    <message>
        <source>several changes</source>
        <translation>mehrere Änderungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Applying (%1)</source>
        <translation>Wird angewendet (%1)</translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation>Fertig (%1)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Changes that failed: %1. Each line names the item and the server&apos;s reason:</source>
        <translation>Fehlgeschlagene Änderungen: %1. Jede Zeile nennt das Element und die Begründung des Servers:</translation>
    </message>
    <message>
        <source>%1 of %2 changes applied; %3 failed.</source>
        <translation>%1 von %2 Änderungen angewendet; %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Changes applied: %1.</source>
        <translation>Änderungen angewendet: %1.</translation>
    </message>
    <message>
        <source>Export the current view</source>
        <translation>Aktuelle Ansicht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>j / Down</source>
        <translation>j / Nach unten</translation>
    </message>
    <message>
        <source>Next row</source>
        <translation>Nächste Zeile</translation>
    </message>
    <message>
        <source>k / Up</source>
        <translation>k / Nach oben</translation>
    </message>
    <message>
        <source>Previous row</source>
        <translation>Vorherige Zeile</translation>
    </message>
    <message>
        <source>Shift+j / Shift+k</source>
        <translation>Umschalt+j / Umschalt+k</translation>
    </message>
    <message>
        <source>Extend the marked rows down / up</source>
        <translation>Markierte Zeilen nach unten / oben erweitern</translation>
    </message>
    <message>
        <source>Page Down / Page Up, Home / End</source>
        <translation>Bild ab / Bild auf, Pos1 / Ende</translation>
    </message>
    <message>
        <source>Move by a page, to the first / last row</source>
        <translation>Um eine Seite, zur ersten / letzten Zeile springen</translation>
    </message>
    <message>
        <source>x / Space</source>
        <translation>x / Leertaste</translation>
    </message>
    <message>
        <source>Mark or unmark the current row</source>
        <translation>Aktuelle Zeile markieren oder Markierung aufheben</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the marks (in a field: back to the table)</source>
        <translation>Markierungen aufheben (in einem Feld: zurück zur Tabelle)</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Strg+A</translation>
    </message>
    <message>
        <source>Mark every row in the view</source>
        <translation>Alle Zeilen der Ansicht markieren</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the incident (details on the right)</source>
        <translation>Vorfall öffnen (Details rechts)</translation>
    </message>
    <message>
        <source>Open the alert&apos;s incident</source>
        <translation>Vorfall der Warnung öffnen</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Assign the marked rows (or the current row) to me</source>
        <translation>Markierte Zeilen (oder die aktuelle Zeile) mir zuweisen</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Set the marked rows (or the current row) in progress</source>
        <translation>Markierte Zeilen (oder die aktuelle Zeile) auf In Bearbeitung setzen</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>Resolve: puts the focus in the reason field; Enter applies</source>
        <translation>Lösen: setzt den Fokus in das Feld für den Grund; Enter wendet an</translation>
    </message>
    <message>
        <source>c</source>
        <translation>c</translation>
    </message>
    <message>
        <source>Classify: puts the focus in the classification; Enter applies</source>
        <translation>Klassifizieren: setzt den Fokus auf die Klassifizierung; Enter wendet an</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Comment: puts the focus in the comment field; Enter applies</source>
        <translation>Kommentieren: setzt den Fokus in das Kommentarfeld; Enter wendet an</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Add tags: puts the focus in the tags field; Enter applies</source>
        <translation>Tags hinzufügen: setzt den Fokus in das Tag-Feld; Enter wendet an</translation>
    </message>
    <message>
        <source>o</source>
        <translation>o</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Search (Esc or Down goes back to the table)</source>
        <translation>Suchen (Esc oder Nach unten führt zurück zur Tabelle)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Refresh from the server now</source>
        <translation>Jetzt vom Server aktualisieren</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Incident queue shortcuts</source>
        <translation>Tastenkürzel der Vorfallwarteschlange</translation>
    </message>
    <message>
        <source>Alert queue shortcuts</source>
        <translation>Tastenkürzel der Warnungswarteschlange</translation>
    </message>
    <message>
        <source>Search incident names, ids, assets and resource ids  ( / )</source>
        <translation>Vorfallnamen, IDs, Ressourcen und Ressourcen-IDs durchsuchen  ( / )</translation>
    </message>
    <message>
        <source>Search alert names, ids, assets and resource ids  ( / )</source>
        <translation>Warnungsnamen, IDs, Ressourcen und Ressourcen-IDs durchsuchen  ( / )</translation>
    </message>
    <message>
        <source>Searches names, ids, impacted asset names and cloud resource ids, IPs and accounts</source>
        <translation>Durchsucht Namen, IDs, Namen betroffener Ressourcen sowie Cloud-Ressourcen-IDs, IPs und Konten</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Filter ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Your default view and saved filter sets</source>
        <translation>Ihre Standardansicht und gespeicherte Filtersätze</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch what changed on the server now (F5)</source>
        <translation>Änderungen jetzt vom Server abrufen (F5)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Export every row of this view, with the visible columns</source>
        <translation>Alle Zeilen dieser Ansicht mit den sichtbaren Spalten exportieren</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (?)</source>
        <translation>Tastenkürzel (?)</translation>
    </message>
    <message>
        <source>Restore my filter</source>
        <translation>Meinen Filter wiederherstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Vorfall öffnen</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>There are no incidents here.</source>
        <translation>Hier gibt es keine Vorfälle.</translation>
    </message>
    <message>
        <source>There are no alerts here.</source>
        <translation>Hier gibt es keine Warnungen.</translation>
    </message>
</context>
<context>
    <name>wf::ui::rules::AutomationEditor</name>
    <message>
        <source>No reason</source>
        <translation>Kein Grund</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund auswählen…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>Schweregrad ändern</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Besitzer zuweisen</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Tags hinzufügen</translation>
    </message>
    <message>
        <source>Choose a classification…</source>
        <translation>Klassifizierung auswählen…</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <source>user@contoso.com</source>
        <translation>user@contoso.com</translation>
    </message>
    <message>
        <source>tag; another tag</source>
        <translation>Tag; weiteres Tag</translation>
    </message>
    <message>
        <source>Action %1: kind</source>
        <translation>Aktion %1: Art</translation>
    </message>
    <message>
        <source>Action %1: status</source>
        <translation>Aktion %1: Status</translation>
    </message>
    <message>
        <source>Action %1: classification</source>
        <translation>Aktion %1: Klassifizierung</translation>
    </message>
    <message>
        <source>Action %1: classification reason</source>
        <translation>Aktion %1: Grund der Klassifizierung</translation>
    </message>
    <message>
        <source>Action %1: classification comment</source>
        <translation>Aktion %1: Kommentar zur Klassifizierung</translation>
    </message>
    <message>
        <source>Action %1: severity</source>
        <translation>Aktion %1: Schweregrad</translation>
    </message>
    <message>
        <source>Action %1: owner</source>
        <translation>Aktion %1: Besitzer</translation>
    </message>
    <message>
        <source>Action %1: tags</source>
        <translation>Aktion %1: Tags</translation>
    </message>
    <message>
        <source>Remove action %1</source>
        <translation>Aktion %1 entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Diese Aktion entfernen</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Geben Sie der Regel einen Namen.</translation>
    </message>
    <message>
        <source>Condition %1 needs a value.</source>
        <translation>Bedingung %1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>Condition %1: “%2” is not a severity (High, Medium, Low, Informational).</source>
        <translation>Bedingung %1: „%2“ ist kein Schweregrad (High, Medium, Low, Informational).</translation>
    </message>
    <message>
        <source>Add at least one action.</source>
        <translation>Fügen Sie mindestens eine Aktion hinzu.</translation>
    </message>
    <message>
        <source>Action %1: closing an incident needs a classification.</source>
        <translation>Aktion %1: Zum Schließen eines Vorfalls ist eine Klassifizierung erforderlich.</translation>
    </message>
    <message>
        <source>Action %1: choose the reason for the classification.</source>
        <translation>Aktion %1: Wählen Sie den Grund für die Klassifizierung aus.</translation>
    </message>
    <message>
        <source>Action %1: name the owner.</source>
        <translation>Aktion %1: Geben Sie den Besitzer an.</translation>
    </message>
    <message>
        <source>Action %1: name at least one tag.</source>
        <translation>Aktion %1: Geben Sie mindestens ein Tag an.</translation>
    </message>
    <message>
        <source>The expiry lies in the past: the rule would never run.</source>
        <translation>Der Ablauf liegt in der Vergangenheit: Die Regel würde nie ausgeführt.</translation>
    </message>
    <message>
        <source>Also kept as they are (edit them in Sentinel): %1</source>
        <translation>Außerdem unverändert beibehalten (in Sentinel bearbeiten): %1</translation>
    </message>
    <message>
        <source>Also runs, kept as they are: %1</source>
        <translation>Führt außerdem unverändert aus: %1</translation>
    </message>
    <message>
        <source>New automation rule</source>
        <translation>Neue Automatisierungsregel</translation>
    </message>
    <message>
        <source>Edit automation rule</source>
        <translation>Automatisierungsregel bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation>&amp;Trigger:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Bedingungen:</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Aktionen:</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <source>Run order</source>
        <translation>Ausführungsreihenfolge</translation>
    </message>
    <message>
        <source>Rules run in this order, lowest first (1 to 1000)</source>
        <translation>Regeln werden in dieser Reihenfolge ausgeführt, die niedrigste zuerst (1 bis 1000)</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>When an incident is created</source>
        <translation>Wenn ein Vorfall erstellt wird</translation>
    </message>
    <message>
        <source>When an incident is updated</source>
        <translation>Wenn ein Vorfall aktualisiert wird</translation>
    </message>
    <message>
        <source>When an alert is created</source>
        <translation>Wenn eine Warnung erstellt wird</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>High; Medium; Low; Informational</source>
        <translation>High; Medium; Low; Informational</translation>
    </message>
    <message>
        <source>value; another value</source>
        <translation>Wert; weiterer Wert</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>No conditions: the rule acts on every incident it is triggered by.</source>
        <translation>Keine Bedingungen: Die Regel wirkt auf jeden Vorfall, durch den sie ausgelöst wird.</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Noch keine Aktionen.</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
</context>
<context>
    <name>wf::ui::rules::ConditionList</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation>Bedingung %1 entfernen</translation>
    </message>
    <message>
        <source>Condition %1: property</source>
        <translation>Bedingung %1: Eigenschaft</translation>
    </message>
    <message>
        <source>Condition %1: operator</source>
        <translation>Bedingung %1: Operator</translation>
    </message>
    <message>
        <source>Condition %1: values</source>
        <translation>Bedingung %1: Werte</translation>
    </message>
</context>
<context>
    <name>wf::ui::rules::ExpiryEdit</name>
    <message>
        <source>Expires (UTC)</source>
        <translation>Läuft ab (UTC)</translation>
    </message>
    <message>
        <source>The rule stops applying after this time</source>
        <translation>Nach diesem Zeitpunkt wird die Regel nicht mehr angewendet</translation>
    </message>
    <message>
        <source>Expiry date and time, UTC</source>
        <translation>Ablaufdatum und -uhrzeit, UTC</translation>
    </message>
</context>
<context>
    <name>wf::ui::rules::IncidentRuleEditor</name>
    <message>
        <source>Give the rule a name.</source>
        <translation>Geben Sie der Regel einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is both included and excluded.</source>
        <translation>„%1“ ist sowohl eingeschlossen als auch ausgeschlossen.</translation>
    </message>
    <message>
        <source>New incident creation rule</source>
        <translation>Neue Regel zur Vorfallerstellung</translation>
    </message>
    <message>
        <source>Edit incident creation rule</source>
        <translation>Regel zur Vorfallerstellung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Create incidents from alerts of:</source>
        <translation>Vorfälle aus Warnungen erstellen von:</translation>
    </message>
    <message>
        <source>With severity:</source>
        <translation>Mit Schweregrad:</translation>
    </message>
    <message>
        <source>Only alert names:</source>
        <translation>Nur Warnungsnamen:</translation>
    </message>
    <message>
        <source>Except alert names:</source>
        <translation>Außer Warnungsnamen:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>Microsoft security product</source>
        <translation>Microsoft-Sicherheitsprodukt</translation>
    </message>
    <message>
        <source>none ticked: every severity</source>
        <translation>keiner angehakt: jeder Schweregrad</translation>
    </message>
    <message>
        <source>any name; separate names with ;</source>
        <translation>beliebiger Name; Namen mit ; trennen</translation>
    </message>
    <message>
        <source>Alert names to include</source>
        <translation>Einzuschließende Warnungsnamen</translation>
    </message>
    <message>
        <source>none; separate names with ;</source>
        <translation>keine; Namen mit ; trennen</translation>
    </message>
    <message>
        <source>Alert names to exclude</source>
        <translation>Auszuschließende Warnungsnamen</translation>
    </message>
    <message>
        <source>Create incidents based on Microsoft Defender for Cloud (%1)</source>
        <translation>Vorfälle basierend auf Microsoft Defender for Cloud erstellen (%1)</translation>
    </message>
</context>
<context>
    <name>wf::ui::rules::RuleEditor</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>wf::ui::rules::RuleLabels</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>Informativ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>True positive</source>
        <translation>Richtig positiv</translation>
    </message>
    <message>
        <source>Benign positive</source>
        <translation>Unbedenklich positiv</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falsch positiv</translation>
    </message>
    <message>
        <source>Suspicious activity</source>
        <translation>Verdächtige Aktivität</translation>
    </message>
    <message>
        <source>Suspicious but expected</source>
        <translation>Verdächtig, aber erwartet</translation>
    </message>
    <message>
        <source>Incorrect alert logic</source>
        <translation>Falsche Warnungslogik</translation>
    </message>
    <message>
        <source>Inaccurate data</source>
        <translation>Ungenaue Daten</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>does not start with</source>
        <translation>beginnt nicht mit</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <source>does not end with</source>
        <translation>endet nicht mit</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation>Vorfalltitel</translation>
    </message>
    <message>
        <source>Incident severity</source>
        <translation>Schweregrad des Vorfalls</translation>
    </message>
    <message>
        <source>Incident status</source>
        <translation>Vorfallstatus</translation>
    </message>
    <message>
        <source>Incident description</source>
        <translation>Vorfallbeschreibung</translation>
    </message>
    <message>
        <source>Incident provider</source>
        <translation>Vorfallanbieter</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>Taktiken</translation>
    </message>
    <message>
        <source>Analytics rule IDs (incident)</source>
        <translation>Analyseregel-IDs (Vorfall)</translation>
    </message>
    <message>
        <source>Alert product names</source>
        <translation>Produktnamen der Warnung</translation>
    </message>
    <message>
        <source>Analytics rule IDs (alert)</source>
        <translation>Analyseregel-IDs (Warnung)</translation>
    </message>
    <message>
        <source>Azure resource ID</source>
        <translation>Azure-Ressourcen-ID</translation>
    </message>
    <message>
        <source>Azure subscription ID</source>
        <translation>Azure-Abonnement-ID</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Alert title</source>
        <translation>Warnungstitel</translation>
    </message>
    <message>
        <source>Detector ID</source>
        <translation>Detektor-ID</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Ressourcenname</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>Abonnement-ID</translation>
    </message>
    <message>
        <source>Hide alert</source>
        <translation>Warnung ausblenden</translation>
    </message>
    <message>
        <source>Resolve alert</source>
        <translation>Warnung lösen</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 condition</source>
        <translation>Bedingung vom Typ %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Alert updated</source>
        <translation>Warnung aktualisiert</translation>
    </message>
    <message>
        <source>Alert created</source>
        <translation>Warnung erstellt</translation>
    </message>
    <message>
        <source>Incident updated</source>
        <translation>Vorfall aktualisiert</translation>
    </message>
    <message>
        <source>Incident created</source>
        <translation>Vorfall erstellt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Run playbook</source>
        <translation>Playbook ausführen</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Status → %1</source>
        <translation>Status → %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Severity → %1</source>
        <translation>Schweregrad → %1</translation>
    </message>
    <message>
        <source>Owner → %1</source>
        <translation>Besitzer → %1</translation>
    </message>
    <message>
        <source>Add tags: %1</source>
        <translation>Tags hinzufügen: %1</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Source is %1</source>
        <translation>Quelle ist %1</translation>
    </message>
    <message>
        <source>Every alert</source>
        <translation>Jede Warnung</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>wf::ui::rules::RulesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Alerts from</source>
        <translation>Warnungen von</translation>
    </message>
    <message>
        <source>Severities</source>
        <translation>Schweregrade</translation>
    </message>
    <message>
        <source>Alert names</source>
        <translation>Warnungsnamen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>includes “%1”</source>
        <translation>schließt „%1“ ein</translation>
    </message>
    <message>
        <source>excludes “%1”</source>
        <translation>schließt „%1“ aus</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
</context>
<context>
    <name>wf::ui::rules::TuningEditor</name>
    <message>
        <source>Give the rule a name.</source>
        <translation>Geben Sie der Regel einen Namen.</translation>
    </message>
    <message>
        <source>The expiry lies in the past: the rule would never apply.</source>
        <translation>Der Ablauf liegt in der Vergangenheit: Die Regel würde nie angewendet.</translation>
    </message>
    <message>
        <source>Add at least one condition: a rule without one would tune every alert.</source>
        <translation>Fügen Sie mindestens eine Bedingung hinzu: Eine Regel ohne Bedingung würde jede Warnung optimieren.</translation>
    </message>
    <message>
        <source>Condition %1 needs a value.</source>
        <translation>Bedingung %1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>Condition %1: “%2” is not a severity (informational, low, medium, high).</source>
        <translation>Bedingung %1: „%2“ ist kein Schweregrad (informational, low, medium, high).</translation>
    </message>
    <message>
        <source>Impact: shown once the conditions are complete.</source>
        <translation>Auswirkung: wird angezeigt, sobald die Bedingungen vollständig sind.</translation>
    </message>
    <message>
        <source>Counting the alerts these conditions match…</source>
        <translation>Warnungen, auf die diese Bedingungen zutreffen, werden gezählt…</translation>
    </message>
    <message>
        <source>The impact could not be counted: %1</source>
        <translation>Die Auswirkung konnte nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>No alerts would match.</source>
        <translation>Keine Warnung würde zutreffen.</translation>
    </message>
    <message>
        <source>1 alert would match.</source>
        <translation>1 Warnung würde zutreffen.</translation>
    </message>
    <message>
        <source>%1 alerts would match.</source>
        <translation>%1 Warnungen würden zutreffen.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <source>New alert tuning rule</source>
        <translation>Neue Regel zur Optimierung von Warnungen</translation>
    </message>
    <message>
        <source>Edit alert tuning rule</source>
        <translation>Regel zur Optimierung von Warnungen bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Service sources:</source>
        <translation>Dienstquellen:</translation>
    </message>
    <message>
        <source>Alerts where:</source>
        <translation>Warnungen, bei denen:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>Service sources</source>
        <translation>Dienstquellen</translation>
    </message>
    <message>
        <source>None ticked: alerts from every source</source>
        <translation>Keine angehakt: Warnungen aus allen Quellen</translation>
    </message>
    <message>
        <source>high; medium; low; informational</source>
        <translation>high; medium; low; informational</translation>
    </message>
    <message>
        <source>10.0.0.4; 192.0.2.1</source>
        <translation>10.0.0.4; 192.0.2.1</translation>
    </message>
    <message>
        <source>value; another value</source>
        <translation>Wert; weiterer Wert</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>No conditions yet.</source>
        <translation>Noch keine Bedingungen.</translation>
    </message>
    <message>
        <source>&amp;Hide the alert</source>
        <translation>Warnung a&amp;usblenden</translation>
    </message>
    <message>
        <source>The alert is suppressed: it does not show in the queue</source>
        <translation>Die Warnung wird unterdrückt: Sie erscheint nicht in der Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Resolve the alert</source>
        <translation>Warnung &amp;lösen</translation>
    </message>
    <message>
        <source>The alert is raised and resolved at once</source>
        <translation>Die Warnung wird ausgelöst und sofort gelöst</translation>
    </message>
    <message>
        <source>Also apply to alerts already raised</source>
        <translation>Auch auf bereits ausgelöste Warnungen anwenden</translation>
    </message>
</context>
</TS>
