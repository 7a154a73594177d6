<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>⚠ Configuration warnings: %1</source>
        <translation>⚠ Konfigurationswarnungen: %1</translation>
    </message>
    <message>
        <source>Configuration warnings</source>
        <translation>Konfigurationswarnungen</translation>
    </message>
    <message>
        <source>Watchfloor: operator console for AI dependency health.</source>
        <translation>Watchfloor: Operator-Konsole für den Zustand von KI-Abhängigkeiten.</translation>
    </message>
    <message>
        <source>Print versions of Watchfloor, Qt, libcurl and SQLite.</source>
        <translation>Versionen von Watchfloor, Qt, libcurl und SQLite ausgeben.</translation>
    </message>
    <message>
        <source>Configuration file (YAML). Default: the built-in configuration.</source>
        <translation>Konfigurationsdatei (YAML). Standard: die integrierte Konfiguration.</translation>
    </message>
    <message>
        <source>Directory for the database. Default: the user data directory.</source>
        <translation>Verzeichnis für die Datenbank. Standard: das Benutzerdatenverzeichnis.</translation>
    </message>
    <message>
        <source>viewer (read-only), operator or admin. Overrides the configuration.</source>
        <translation>viewer (nur lesen), operator oder admin. Überschreibt die Konfiguration.</translation>
    </message>
    <message>
        <source>User interface language (en, de, ja). Default: system locale.</source>
        <translation>Sprache der Benutzeroberfläche (en, de, ja). Standard: Systemgebietsschema.</translation>
    </message>
    <message>
        <source>Quit after the given number of milliseconds (smoke tests).</source>
        <translation>Nach der angegebenen Anzahl Millisekunden beenden (Smoke-Tests).</translation>
    </message>
    <message>
        <source>With --exit-after: save a PNG of the main window before quitting.</source>
        <translation>Mit --exit-after: vor dem Beenden ein PNG des Hauptfensters speichern.</translation>
    </message>
    <message>
        <source>Drill: replay a scenario (built-in name such as 2026-03-02, or a directory) on a local simulator and watch it live.</source>
        <translation>Übung: ein Szenario (integrierter Name wie 2026-03-02 oder ein Verzeichnis) auf einem lokalen Simulator abspielen und live verfolgen.</translation>
    </message>
    <message>
        <source>With --replay: scenario seconds per real second (60 plays an hour in a minute). Default: 60.</source>
        <translation>Mit --replay: Szenariosekunden pro realer Sekunde (60 spielt eine Stunde in einer Minute ab). Standard: 60.</translation>
    </message>
    <message>
        <source>Start as the ops-room wall display: fullscreen, read-only (viewer role unless --role is given).</source>
        <translation>Als Wandanzeige für den Leitstand starten: Vollbild, nur lesen (Rolle viewer, sofern --role nicht angegeben ist).</translation>
    </message>
    <message>
        <source>With --wall: the screen to use, counted from 0. Default: the primary screen.</source>
        <translation>Mit --wall: der zu verwendende Bildschirm, gezählt ab 0. Standard: der primäre Bildschirm.</translation>
    </message>
    <message>
        <source>--role must be viewer, operator or admin (got &quot;%1&quot;)</source>
        <translation>--role muss viewer, operator oder admin sein (angegeben: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--replay builds its own configuration; leave out --config</source>
        <translation>--replay erstellt eine eigene Konfiguration; lassen Sie --config weg</translation>
    </message>
    <message>
        <source>--speed expects a number above 0 and at most 3600</source>
        <translation>--speed erwartet eine Zahl größer als 0 und höchstens 3600</translation>
    </message>
    <message>
        <source>--speed only applies to --replay</source>
        <translation>--speed gilt nur mit --replay</translation>
    </message>
    <message>
        <source>--screen expects a screen number (0, 1, ...)</source>
        <translation>--screen erwartet eine Bildschirmnummer (0, 1, ...)</translation>
    </message>
    <message>
        <source>--screen only applies to --wall</source>
        <translation>--screen gilt nur mit --wall</translation>
    </message>
    <message>
        <source>--exit-after expects milliseconds</source>
        <translation>--exit-after erwartet Millisekunden</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Probes</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Own probes</source>
        <translation>Eigene Probes</translation>
    </message>
    <message>
        <source>%1 (probe)</source>
        <translation>%1 (Probe)</translation>
    </message>
    <message>
        <source>Dependency map</source>
        <translation>Abhängigkeitskarte</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>The view shown first: map, providers, incidents, probes, timeline, charts or impact. Default: the last one used.</source>
        <translation>Die zuerst angezeigte Ansicht: map, providers, incidents, probes, timeline, charts oder impact. Standard: die zuletzt verwendete.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Check the audit log's hash chain in the data directory, print the result and exit (1 when a row was edited or deleted).</source>
        <translation>Hash-Kette des Audit-Logs im Datenverzeichnis prüfen, Ergebnis ausgeben und beenden (1, wenn eine Zeile geändert oder gelöscht wurde).</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>keine Datenbank unter %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read the audit log in %1: %2</source>
        <translation>Audit-Log in %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>audit log BROKEN: row %1 was edited, deleted or inserted (%2)</source>
        <translation>Audit-Log BESCHÄDIGT: Zeile %1 wurde geändert, gelöscht oder eingefügt (%2)</translation>
    </message>
    <message numerus="yes">
        <source>audit log intact: %n row(s) (%1)</source>
        <translation>
            <numerusform>Audit-Log intakt: %n Zeile (%1)</numerusform>
            <numerusform>Audit-Log intakt: %n Zeilen (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sim</name>
    <message>
        <source>Serves a drill scenario on 127.0.0.1: status-page snapshots on their schedule and fake provider APIs that fail as the scenario scripts. Control: GET /_sim/state, GET|POST /_sim/clock, POST /_sim/reset.</source>
        <translation>Stellt ein Übungsszenario auf 127.0.0.1 bereit: Statusseiten-Snapshots nach ihrem Zeitplan und simulierte Anbieter-APIs, die so ausfallen, wie das Szenario es vorgibt. Steuerung: GET /_sim/state, GET|POST /_sim/clock, POST /_sim/reset.</translation>
    </message>
    <message>
        <source>Built-in scenario name, a directory with scenario.yaml, or a scenario file. Default: 2026-03-02.</source>
        <translation>Name eines integrierten Szenarios, ein Verzeichnis mit scenario.yaml oder eine Szenariodatei. Standard: 2026-03-02.</translation>
    </message>
    <message>
        <source>Scenario seconds per real second (60: an hour per minute; 0: frozen, step it with POST /_sim/clock). Default: 1.</source>
        <translation>Szenariosekunden pro realer Sekunde (60: eine Stunde pro Minute; 0: angehalten, mit POST /_sim/clock weiterschalten). Standard: 1.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0: any free port). Default: 0.</source>
        <translation>Port auf 127.0.0.1 (0: beliebiger freier Port). Standard: 0.</translation>
    </message>
    <message>
        <source>Start the scenario clock here instead of at the scenario start (13:30 or an ISO time).</source>
        <translation>Die Szenariouhr hier statt am Szenariobeginn starten (13:30 oder eine ISO-Zeit).</translation>
    </message>
    <message>
        <source>List the built-in scenarios and exit.</source>
        <translation>Integrierte Szenarien auflisten und beenden.</translation>
    </message>
    <message>
        <source>Do not print the scenario clock every few seconds.</source>
        <translation>Die Szenariouhr nicht alle paar Sekunden ausgeben.</translation>
    </message>
    <message>
        <source>--speed expects a number &gt;= 0</source>
        <translation>--speed erwartet eine Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>--port expects 0..65535</source>
        <translation>--port erwartet 0..65535</translation>
    </message>
    <message>
        <source>--at expects 13:30, 13:30:15 or 2026-03-02T13:30:00Z</source>
        <translation>--at erwartet 13:30, 13:30:15 oder 2026-03-02T13:30:00Z</translation>
    </message>
</context>
<context>
    <name>wf::HealthState</name>
    <message>
        <source>Operational</source>
        <translation>Betriebsbereit</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Teilausfall</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Schwerer Ausfall</translation>
    </message>
</context>
<context>
    <name>wf::alerts</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>wf::alerts::AlertEngine</name>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1: %2% of the last %3 checks failed (limit %4%)</source>
        <translation>%1: %2% der letzten %3 Prüfungen fehlgeschlagen (Grenzwert %4%)</translation>
    </message>
    <message>
        <source>%1: p95 latency %2 ms (limit %3 ms)</source>
        <translation>%1: p95-Latenz %2 ms (Grenzwert %3 ms)</translation>
    </message>
    <message>
        <source>%1 fails in our probes while its status page reports no problem</source>
        <translation>%1 schlägt in unseren Probes fehl, während die Statusseite kein Problem meldet</translation>
    </message>
    <message>
        <source>%1: the TLS certificate has expired</source>
        <translation>%1: Das TLS-Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>%1: the TLS certificate expires in %2 days</source>
        <translation>%1: Das TLS-Zertifikat läuft in %2 Tagen ab</translation>
    </message>
    <message>
        <source>There is no alert %1 (any more).</source>
        <translation>Es gibt keinen Alarm %1 (mehr).</translation>
    </message>
    <message>
        <source>The acknowledgement must last into the future.</source>
        <translation>Die Bestätigung muss bis in die Zukunft reichen.</translation>
    </message>
    <message>
        <source>Say who acknowledges the alert.</source>
        <translation>Geben Sie an, wer den Alarm bestätigt.</translation>
    </message>
</context>
<context>
    <name>wf::alerts::DesktopNotifier</name>
    <message>
        <source>%1 alert raised again: %2</source>
        <translation>%1-Alarm erneut ausgelöst: %2</translation>
    </message>
    <message>
        <source>%1 alert: %2</source>
        <translation>%1-Alarm: %2</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Bestätigt: %1</translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Still firing, not acknowledged: %1</source>
        <translation>Weiterhin aktiv, nicht bestätigt: %1</translation>
    </message>
</context>
<context>
    <name>wf::alerts::Rule</name>
    <message>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Failing before the status page says so</source>
        <translation>Fehler, bevor die Statusseite sie meldet</translation>
    </message>
    <message>
        <source>Certificate expires soon</source>
        <translation>Zertifikat läuft bald ab</translation>
    </message>
</context>
<context>
    <name>wf::alerts::WebhookNotifier</name>
    <message>
        <source>[%1] raised again</source>
        <translation>[%1] erneut ausgelöst</translation>
    </message>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>[Acknowledged by %1]</source>
        <translation>[Bestätigt von %1]</translation>
    </message>
    <message>
        <source>[Recovered]</source>
        <translation>[Wiederhergestellt]</translation>
    </message>
    <message>
        <source>(dependent alerts suppressed: %1)</source>
        <translation>(abhängige Alarme unterdrückt: %1)</translation>
    </message>
    <message>
        <source>Watchfloor test notification: %1</source>
        <translation>Watchfloor-Testbenachrichtigung: %1</translation>
    </message>
    <message>
        <source>Watchfloor · rule %1 · node %2 · since %3</source>
        <translation>Watchfloor · Regel %1 · Knoten %2 · seit %3</translation>
    </message>
    <message>
        <source>This is a test from the Watchfloor alerts panel; nothing is wrong.</source>
        <translation>Dies ist ein Test aus dem Watchfloor-Alarmbereich; es liegt kein Problem vor.</translation>
    </message>
    <message>
        <source>routing key %1: %2</source>
        <translation>Routing-Key %1: %2</translation>
    </message>
    <message>
        <source>URL %1: %2</source>
        <translation>URL %1: %2</translation>
    </message>
    <message>
        <source>token %1: %2</source>
        <translation>Token %1: %2</translation>
    </message>
    <message>
        <source>delivered (HTTP %1)</source>
        <translation>zugestellt (HTTP %1)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>fehlgeschlagen nach %n Versuch: %1</numerusform>
            <numerusform>fehlgeschlagen nach %n Versuchen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] still firing, not acknowledged (reminder %2)</source>
        <translation>[%1] weiterhin aktiv, nicht bestätigt (Erinnerung %2)</translation>
    </message>
</context>
<context>
    <name>wf::config</name>
    <message>
        <source>expected a secret reference like ${env:NAME} or ${keyring:service/account}; literal secrets are not accepted in configuration</source>
        <translation>Secret-Referenz wie ${env:NAME} oder ${keyring:service/account} erwartet; Secrets im Klartext werden in der Konfiguration nicht akzeptiert</translation>
    </message>
    <message>
        <source>no secret configured</source>
        <translation>kein Secret konfiguriert</translation>
    </message>
    <message>
        <source>environment variable %1 is not set</source>
        <translation>Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>keyring reference %1 needs the desktop keyring</source>
        <translation>Keyring-Referenz %1 benötigt den Desktop-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>wf::config::ConfigLoader</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>no provider with id &quot;%1&quot;</source>
        <translation>kein Anbieter mit ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no gateway with id &quot;%1&quot;</source>
        <translation>kein Gateway mit ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only Caddy gateways take an upstream list; &quot;%1&quot; is %2</source>
        <translation>nur Caddy-Gateways akzeptieren eine Upstream-Liste; &quot;%1&quot; ist %2</translation>
    </message>
    <message>
        <source>only LiteLLM gateways take fallbacks; &quot;%1&quot; is %2</source>
        <translation>nur LiteLLM-Gateways akzeptieren Fallbacks; &quot;%1&quot; ist %2</translation>
    </message>
    <message>
        <source>only HAProxy gateways take a server state; &quot;%1&quot; is %2</source>
        <translation>nur HAProxy-Gateways akzeptieren einen Serverzustand; &quot;%1&quot; ist %2</translation>
    </message>
    <message>
        <source>Caddy gateways take an upstream list, not weights</source>
        <translation>Caddy-Gateways akzeptieren eine Upstream-Liste, keine Gewichtungen</translation>
    </message>
    <message>
        <source>is required for %1 gateways</source>
        <translation>ist für %1-Gateways erforderlich</translation>
    </message>
    <message>
        <source>no policy with id &quot;%1&quot;</source>
        <translation>keine Richtlinie mit ID &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>wf::config::Reader</name>
    <message>
        <source>expected a mapping of keys to values</source>
        <translation>Zuordnung von Schlüsseln zu Werten erwartet</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>unbekannter Schlüssel (erwartet wird einer von: %1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>expected a text value</source>
        <translation>Textwert erwartet</translation>
    </message>
    <message>
        <source>expected a duration like 30s</source>
        <translation>Dauer wie 30s erwartet</translation>
    </message>
    <message>
        <source>expected a size like 512MB or 2GB, got &quot;%1&quot;</source>
        <translation>Größe wie 512MB oder 2GB erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be at least %1 bytes, got &quot;%2&quot;</source>
        <translation>muss mindestens %1 Byte sein, erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected a duration like 30s, got &quot;%1&quot;</source>
        <translation>Dauer wie 30s erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be at least %1 ms, got %2 ms</source>
        <translation>muss mindestens %1 ms betragen, erhalten: %2 ms</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>muss zwischen %1 und %2 liegen, erhalten: %3</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>einer von %1 erwartet, erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected an http:// or https:// URL, got &quot;%1&quot;</source>
        <translation>http://- oder https://-URL erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the built-in catalog; give its feeds: or a feed_note:</source>
        <translation>&quot;%1&quot; ist nicht im integrierten Katalog; erforderlich sind dafür feeds: oder feed_note:</translation>
    </message>
    <message>
        <source>is required for tcp probes</source>
        <translation>ist für tcp-Probes erforderlich</translation>
    </message>
    <message>
        <source>is required for llm probes (e.g. ${env:ANTHROPIC_API_KEY})</source>
        <translation>ist für llm-Probes erforderlich (z. B. ${env:ANTHROPIC_API_KEY})</translation>
    </message>
    <message>
        <source>expected unix:/path/to/socket or host:port, got &quot;%1&quot;</source>
        <translation>unix:/pfad/zum/socket oder host:port erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is required with state: or weight:</source>
        <translation>erforderlich bei state: oder weight:</translation>
    </message>
    <message>
        <source>is required with fallbacks:</source>
        <translation>erforderlich bei fallbacks:</translation>
    </message>
    <message>
        <source>must name at least one upstream</source>
        <translation>muss mindestens einen Upstream nennen</translation>
    </message>
    <message>
        <source>changes nothing (give state:, weight:, upstreams: or fallbacks:)</source>
        <translation>ändert nichts (geben Sie state:, weight:, upstreams: oder fallbacks: an)</translation>
    </message>
    <message>
        <source>expected a non-empty list of gateway changes</source>
        <translation>nicht leere Liste von Gateway-Änderungen erwartet</translation>
    </message>
    <message>
        <source>is required for destructive policies (the operator types it to confirm)</source>
        <translation>ist für destruktive Richtlinien erforderlich (der Operator gibt ihn zur Bestätigung ein)</translation>
    </message>
    <message>
        <source>expected a non-empty list of policy ids</source>
        <translation>nicht leere Liste von Richtlinien-IDs erwartet</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>doppelte ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a date and time like 2026-03-02T10:00:00Z, got &quot;%1&quot;</source>
        <translation>Datum und Uhrzeit wie 2026-03-02T10:00:00Z erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be after from</source>
        <translation>muss nach from liegen</translation>
    </message>
    <message>
        <source>expected an IP address like 127.0.0.1, got &quot;%1&quot;</source>
        <translation>IP-Adresse wie 127.0.0.1 erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is required for latency_p95 rules (e.g. 2s)</source>
        <translation>ist für latency_p95-Regeln erforderlich (z. B. 2s)</translation>
    </message>
    <message>
        <source>expected a rate between 0 and 1 or a percentage like 20%, got &quot;%1&quot;</source>
        <translation>Rate zwischen 0 und 1 oder Prozentwert wie 20% erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only error_rate and latency_p95 rules take a threshold</source>
        <translation>nur error_rate- und latency_p95-Regeln akzeptieren einen Schwellenwert</translation>
    </message>
    <message>
        <source>is required for pagerduty notifiers (e.g. ${env:PD_ROUTING_KEY})</source>
        <translation>ist für pagerduty-Notifier erforderlich (z. B. ${env:PD_ROUTING_KEY})</translation>
    </message>
    <message>
        <source>give exactly one of url: or url_secret:</source>
        <translation>erlaubt ist genau eines von url: oder url_secret:</translation>
    </message>
    <message>
        <source>only desktop notifiers play sounds</source>
        <translation>nur desktop-Notifier spielen Töne ab</translation>
    </message>
    <message>
        <source>%1:%2: YAML syntax error: %3</source>
        <translation>%1:%2: YAML-Syntaxfehler: %3</translation>
    </message>
    <message>
        <source>must not be shorter than reminder_first</source>
        <translation>darf nicht kürzer als reminder_first sein</translation>
    </message>
    <message>
        <source>is the old name of state_history; give only state_history</source>
        <translation>ist der alte Name von state_history; nur state_history angeben</translation>
    </message>
    <message>
        <source>is deprecated; read as state_history (how long node state changes are kept). Rename the key to state_history.</source>
        <translation>ist veraltet; wird als state_history gelesen (wie lange Zustandswechsel der Knoten aufbewahrt werden). Den Schlüssel in state_history umbenennen.</translation>
    </message>
</context>
<context>
    <name>wf::feeds</name>
    <message>
        <source>Feed history: %1 failed: %2</source>
        <translation>Feed-Verlauf: %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>wf::feeds::AtomRssParser</name>
    <message>
        <source>%1: entry without id or link skipped</source>
        <translation>%1: Eintrag ohne ID oder Link übersprungen</translation>
    </message>
    <message>
        <source>%1: duplicate entry id %2 skipped</source>
        <translation>%1: doppelte Eintrags-ID %2 übersprungen</translation>
    </message>
    <message>
        <source>%1: no status found in the entry; kept as closed history</source>
        <translation>%1: kein Status im Eintrag gefunden; als abgeschlossener Verlauf behalten</translation>
    </message>
</context>
<context>
    <name>wf::feeds::AwsCurrentEventsParser</name>
    <message>
        <source>Expected the AWS current-events array, got %1</source>
        <translation>AWS-Current-Events-Array erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>ein Skalar</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2; skipped</source>
        <translation>%1: Objekt erwartet, erhalten: %2; übersprungen</translation>
    </message>
    <message>
        <source>%1: event without arn or service skipped</source>
        <translation>%1: Ereignis ohne arn oder service übersprungen</translation>
    </message>
    <message>
        <source>%1: unknown status &quot;%2&quot; read as unknown</source>
        <translation>%1: unbekannter Status &quot;%2&quot; als unbekannt gewertet</translation>
    </message>
</context>
<context>
    <name>wf::feeds::AwsRssParser</name>
    <message>
        <source>Expected the AWS status RSS, got an Atom feed</source>
        <translation>AWS-Status-RSS erwartet, erhalten: ein Atom-Feed</translation>
    </message>
    <message>
        <source>item %1: unrecognised title prefix, read as unknown</source>
        <translation>Element %1: unbekanntes Titelpräfix, als unbekannt gewertet</translation>
    </message>
    <message>
        <source>item %1: unreadable pubDate %2</source>
        <translation>Element %1: unlesbares pubDate %2</translation>
    </message>
</context>
<context>
    <name>wf::feeds::AzureRssParser</name>
    <message>
        <source>Expected the Azure Status RSS channel, got &quot;%1&quot;</source>
        <translation>Azure-Status-RSS-Kanal erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>item without guid or title skipped</source>
        <translation>Element ohne guid oder title übersprungen</translation>
    </message>
</context>
<context>
    <name>wf::feeds::FeedPoller</name>
    <message>
        <source>Timed out after %1 ms (%2)</source>
        <translation>Zeitüberschreitung nach %1 ms (%2)</translation>
    </message>
    <message>
        <source>Body larger than %1 bytes, not parsed (%2)</source>
        <translation>Body größer als %1 Bytes, nicht geparst (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>HTTP 304 Not Modified to a request without validators; cached document kept (%1)</source>
        <translation>HTTP 304 Not Modified auf eine Anfrage ohne Validatoren; zwischengespeichertes Dokument beibehalten (%1)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>(Retry-After %1 s)</source>
        <translation>(Retry-After %1 s)</translation>
    </message>
    <message>
        <source>HTTP 404 from %1: incident.io pages do not serve this Statuspage endpoint; poll /api/v2/summary.json, whose incidents are the unresolved ones</source>
        <translation>HTTP 404 von %1: incident.io-Seiten bieten diesen Statuspage-Endpunkt nicht an; /api/v2/summary.json abfragen, dessen Vorfälle die ungelösten sind</translation>
    </message>
    <message>
        <source>Parse error (%1): %2 (%3)</source>
        <translation>Parse-Fehler (%1): %2 (%3)</translation>
    </message>
</context>
<context>
    <name>wf::feeds::GcpParser</name>
    <message>
        <source>Expected the Google Cloud incidents array, got %1</source>
        <translation>Google-Cloud-Störungs-Array erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>ein Skalar</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2; skipped</source>
        <translation>%1: Objekt erwartet, erhalten: %2; übersprungen</translation>
    </message>
    <message>
        <source>%1: incident without id skipped</source>
        <translation>%1: Störung ohne ID übersprungen</translation>
    </message>
    <message>
        <source>%1: unknown status_impact &quot;%2&quot; read as unknown</source>
        <translation>%1: unbekannter status_impact &quot;%2&quot; als unbekannt gewertet</translation>
    </message>
    <message>
        <source>%1: unreadable end time; treated as closed</source>
        <translation>%1: unlesbare Endzeit; als abgeschlossen behandelt</translation>
    </message>
</context>
<context>
    <name>wf::feeds::IncidentIoParser</name>
    <message>
        <source>Expected an incident.io JSON object</source>
        <translation>incident.io-JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: unreadable timestamp %2 ignored</source>
        <translation>%1: unlesbarer Zeitstempel %2 ignoriert</translation>
    </message>
    <message>
        <source>(untitled incident)</source>
        <translation>(Störung ohne Titel)</translation>
    </message>
    <message>
        <source>summary.components: expected an array, got %1</source>
        <translation>summary.components: Array erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>summary.components: entry without id skipped</source>
        <translation>summary.components: Eintrag ohne ID übersprungen</translation>
    </message>
    <message>
        <source>summary.components: duplicate id %1 skipped</source>
        <translation>summary.components: doppelte ID %1 übersprungen</translation>
    </message>
    <message>
        <source>ongoing_incidents: expected an array, got %1</source>
        <translation>ongoing_incidents: Array erwartet, erhalten: %1</translation>
    </message>
</context>
<context>
    <name>wf::feeds::StatuspageParser</name>
    <message>
        <source>Expected a Statuspage JSON object, got %1</source>
        <translation>Statuspage-JSON-Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>ein Skalar</translation>
    </message>
    <message>
        <source>%1.%2: unreadable timestamp %3 ignored</source>
        <translation>%1.%2: unlesbarer Zeitstempel %3 ignoriert</translation>
    </message>
    <message>
        <source>%1: incident %2 has no name</source>
        <translation>%1: Störung %2 hat keinen Namen</translation>
    </message>
    <message>
        <source>(untitled incident)</source>
        <translation>(Störung ohne Titel)</translation>
    </message>
    <message>
        <source>%1: unknown impact &quot;%2&quot; read as unknown</source>
        <translation>%1: unbekannte Auswirkung &quot;%2&quot; als unbekannt gewertet</translation>
    </message>
    <message>
        <source>%1.incident_updates: expected an array, got %2</source>
        <translation>%1.incident_updates: Array erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2; skipped</source>
        <translation>%1: Objekt erwartet, erhalten: %2; übersprungen</translation>
    </message>
    <message>
        <source>%1: update without id skipped</source>
        <translation>%1: Update ohne ID übersprungen</translation>
    </message>
    <message>
        <source>%1: expected an array, got %2; ignored</source>
        <translation>%1: Array erwartet, erhalten: %2; ignoriert</translation>
    </message>
    <message>
        <source>%1: expected an array, got %2</source>
        <translation>%1: Array erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1: incident without id skipped</source>
        <translation>%1: Störung ohne ID übersprungen</translation>
    </message>
    <message>
        <source>%1: duplicate incident id %2 skipped</source>
        <translation>%1: doppelte Störungs-ID %2 übersprungen</translation>
    </message>
    <message>
        <source>Not a Statuspage document: none of status, components, incidents or scheduled_maintenances is present</source>
        <translation>Kein Statuspage-Dokument: keines von status, components, incidents oder scheduled_maintenances ist vorhanden</translation>
    </message>
    <message>
        <source>status.indicator: unknown value &quot;%1&quot; read as unknown</source>
        <translation>status.indicator: unbekannter Wert &quot;%1&quot; als unbekannt gewertet</translation>
    </message>
    <message>
        <source>status.indicator: expected a string, got %1; read as unknown</source>
        <translation>status.indicator: String erwartet, erhalten: %1; als unbekannt gewertet</translation>
    </message>
    <message>
        <source>components: expected an array, got %1</source>
        <translation>components: Array erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>%1: component without a string id skipped</source>
        <translation>%1: Komponente ohne String-ID übersprungen</translation>
    </message>
    <message>
        <source>%1: component %2 has no name</source>
        <translation>%1: Komponente %2 hat keinen Namen</translation>
    </message>
    <message>
        <source>%1: status %2 of %3 read as unknown</source>
        <translation>%1: Status %2 von %3 als unbekannt gewertet</translation>
    </message>
    <message>
        <source>%1: duplicate component id %2; kept the first entry with the worse status</source>
        <translation>%1: doppelte Komponenten-ID %2; der erste Eintrag wurde mit dem schlechteren Status behalten</translation>
    </message>
    <message>
        <source>incident: no id</source>
        <translation>incident: keine ID</translation>
    </message>
</context>
<context>
    <name>wf::feeds::XmlFeed</name>
    <message>
        <source>XML with a document type declaration is not accepted for feeds</source>
        <translation>XML mit einer Dokumenttyp-Deklaration wird für Feeds nicht akzeptiert</translation>
    </message>
    <message>
        <source>Expected an RSS or Atom document, got root element &lt;%1&gt;</source>
        <translation>RSS- oder Atom-Dokument erwartet, erhalten: Wurzelelement &lt;%1&gt;</translation>
    </message>
    <message>
        <source>The feed has more than %1 entries</source>
        <translation>Der Feed hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>Invalid XML at line %1, column %2: %3</source>
        <translation>Ungültiges XML in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The XML document has no root element</source>
        <translation>Das XML-Dokument hat kein Wurzelelement</translation>
    </message>
</context>
<context>
    <name>wf::feeds::parse</name>
    <message>
        <source>The body is declared UTF-16 but has an odd number of bytes (%1)</source>
        <translation>Der Body ist als UTF-16 deklariert, hat aber eine ungerade Anzahl von Bytes (%1)</translation>
    </message>
    <message>
        <source>The body is not valid UTF-16</source>
        <translation>Der Body ist kein gültiges UTF-16</translation>
    </message>
    <message>
        <source>The server sent an empty body</source>
        <translation>Der Server hat einen leeren Body gesendet</translation>
    </message>
    <message>
        <source>The server sent an HTML page (Content-Type %1), not a feed: a login, challenge or error page</source>
        <translation>Der Server hat eine HTML-Seite gesendet (Content-Type %1), keinen Feed: eine Anmelde-, Challenge- oder Fehlerseite</translation>
    </message>
    <message>
        <source>The body holds only whitespace (%1 bytes)</source>
        <translation>Der Body enthält nur Leerraum (%1 Bytes)</translation>
    </message>
    <message>
        <source>The server sent an HTML page labelled %1, not a feed</source>
        <translation>Der Server hat eine als %1 gekennzeichnete HTML-Seite gesendet, keinen Feed</translation>
    </message>
    <message>
        <source>(no Content-Type)</source>
        <translation>(kein Content-Type)</translation>
    </message>
    <message>
        <source>The server sent markup (starting with &apos;&lt;&apos;), not JSON</source>
        <translation>Der Server hat Markup gesendet (beginnt mit &apos;&lt;&apos;), kein JSON</translation>
    </message>
    <message>
        <source>Invalid JSON at byte %1 (line %2, column %3): %4</source>
        <translation>Ungültiges JSON bei Byte %1 (Zeile %2, Spalte %3): %4</translation>
    </message>
    <message>
        <source>The server sent something that is not XML (first byte &apos;%1&apos;)</source>
        <translation>Der Server hat etwas gesendet, das kein XML ist (erstes Byte &apos;%1&apos;)</translation>
    </message>
</context>
<context>
    <name>wf::gateways::CaddyAdapter</name>
    <message>
        <source>Caddy admin API: ordered reverse_proxy upstreams at %1, guarded by ETag/If-Match</source>
        <translation>Caddy-Admin-API: geordnete reverse_proxy-Upstreams unter %1, abgesichert durch ETag/If-Match</translation>
    </message>
    <message>
        <source>%1: Caddy admin API at %2: %3</source>
        <translation>%1: Caddy-Admin-API unter %2: %3</translation>
    </message>
    <message>
        <source>%1: Caddy answered %2 for %3: %4</source>
        <translation>%1: Caddy antwortete %2 für %3: %4</translation>
    </message>
    <message>
        <source>%1: Caddy returned invalid JSON for %2: %3</source>
        <translation>%1: Caddy lieferte ungültiges JSON für %2: %3</translation>
    </message>
    <message>
        <source>%1: no reverse_proxy upstreams at %2 (Caddy returned %3)</source>
        <translation>%1: keine reverse_proxy-Upstreams unter %2 (Caddy lieferte %3)</translation>
    </message>
    <message>
        <source>%1 manages upstreams at %2 only, not %3</source>
        <translation>%1 verwaltet Upstreams nur unter %2, nicht unter %3</translation>
    </message>
    <message>
        <source>%1: refusing to remove every upstream from %2</source>
        <translation>%1: Entfernen aller Upstreams aus %2 wird verweigert</translation>
    </message>
    <message>
        <source>%1: the Caddy configuration at %2 was changed by someone else since it was read; nothing was changed. Read the current state, preview again and re-apply.</source>
        <translation>%1: Die Caddy-Konfiguration unter %2 wurde seit dem Lesen von jemand anderem geändert; es wurde nichts geändert. Lesen Sie den aktuellen Zustand, erstellen Sie erneut eine Vorschau und wenden Sie die Änderung erneut an.</translation>
    </message>
    <message>
        <source>%1: Caddy refused the admin request (403): %2</source>
        <translation>%1: Caddy hat die Admin-Anfrage abgelehnt (403): %2</translation>
    </message>
    <message>
        <source>%1: Caddy rejected the change (%2): %3</source>
        <translation>%1: Caddy hat die Änderung abgelehnt (%2): %3</translation>
    </message>
</context>
<context>
    <name>wf::gateways::GatewayAdapter</name>
    <message>
        <source>%1: read-back does not match the change; still different: %2</source>
        <translation>%1: Rücklesen stimmt nicht mit der Änderung überein; weiterhin abweichend: %2</translation>
    </message>
    <message>
        <source>server state (%1/%2)</source>
        <translation>Serverzustand (%1/%2)</translation>
    </message>
    <message>
        <source>weights (%1/%2)</source>
        <translation>Gewichtungen (%1/%2)</translation>
    </message>
    <message>
        <source>upstream lists</source>
        <translation>Upstream-Listen</translation>
    </message>
    <message>
        <source>fallbacks</source>
        <translation>Fallbacks</translation>
    </message>
    <message>
        <source>%1 (%2) cannot change: %3</source>
        <translation>%1 (%2) kann nicht ändern: %3</translation>
    </message>
    <message>
        <source>%1: unknown gateway kind &quot;%2&quot;</source>
        <translation>%1: unbekannter Gateway-Typ &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>wf::gateways::GatewayChange</name>
    <message>
        <source>set %1/%2 state %3</source>
        <translation>%1/%2 auf Zustand %3 setzen</translation>
    </message>
    <message>
        <source>set %1/%2 weight %3</source>
        <translation>%1/%2 auf Gewichtung %3 setzen</translation>
    </message>
    <message>
        <source>set %1 upstreams to %2</source>
        <translation>Upstreams von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>delete fallbacks of %1</source>
        <translation>Fallbacks von %1 löschen</translation>
    </message>
    <message>
        <source>set fallbacks of %1 to %2</source>
        <translation>Fallbacks von %1 auf %2 setzen</translation>
    </message>
</context>
<context>
    <name>wf::gateways::GatewayState</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2 removed</source>
        <translation>%1: %2 entfernt</translation>
    </message>
    <message>
        <source>%1: %2 added</source>
        <translation>%1: %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1/%2: state %3 → %4</source>
        <translation>%1/%2: Zustand %3 → %4</translation>
    </message>
    <message>
        <source>%1/%2: weight %3 → %4</source>
        <translation>%1/%2: Gewichtung %3 → %4</translation>
    </message>
    <message>
        <source>%1: order %2 → %3</source>
        <translation>%1: Reihenfolge %2 → %3</translation>
    </message>
    <message>
        <source>%1: fallbacks %2 → %3</source>
        <translation>%1: Fallbacks %2 → %3</translation>
    </message>
</context>
<context>
    <name>wf::gateways::HaproxyAdapter</name>
    <message>
        <source>HAProxy runtime API: server state (ready/drain/maint) and weight 0-256; changes are lost on restart unless a server-state-file is used</source>
        <translation>HAProxy-Runtime-API: Serverzustand (ready/drain/maint) und Gewichtung 0-256; Änderungen gehen beim Neustart verloren, sofern keine server-state-file verwendet wird</translation>
    </message>
    <message>
        <source>unexpected reply to &quot;show servers state&quot;: %1</source>
        <translation>unerwartete Antwort auf &quot;show servers state&quot;: %1</translation>
    </message>
    <message>
        <source>malformed server line in &quot;show servers state&quot;: %1</source>
        <translation>fehlerhafte Serverzeile in &quot;show servers state&quot;: %1</translation>
    </message>
    <message>
        <source>malformed numbers in &quot;show servers state&quot;: %1</source>
        <translation>fehlerhafte Zahlen in &quot;show servers state&quot;: %1</translation>
    </message>
    <message>
        <source>empty reply to &quot;show servers state&quot;</source>
        <translation>leere Antwort auf &quot;show servers state&quot;</translation>
    </message>
    <message>
        <source>server state must be ready, drain or maint, got &quot;%1&quot;</source>
        <translation>Serverzustand muss ready, drain oder maint sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>HAProxy weights are 0 to 256, got %1</source>
        <translation>HAProxy-Gewichtungen liegen zwischen 0 und 256, erhalten: %1</translation>
    </message>
    <message>
        <source>%1 (after %2 of %3 commands had been applied)</source>
        <translation>%1 (nachdem %2 von %3 Befehlen angewendet worden waren)</translation>
    </message>
    <message>
        <source>%1: HAProxy refused &quot;%2&quot;: %3</source>
        <translation>%1: HAProxy hat &quot;%2&quot; abgelehnt: %3</translation>
    </message>
    <message>
        <source>(after %1 of %2 commands had been applied)</source>
        <translation>(nachdem %1 von %2 Befehlen angewendet worden waren)</translation>
    </message>
</context>
<context>
    <name>wf::gateways::HaproxyRuntime</name>
    <message>
        <source>HAProxy runtime API at %1: %2</source>
        <translation>HAProxy-Runtime-API unter %1: %2</translation>
    </message>
    <message>
        <source>bad HAProxy runtime address &quot;%1&quot;</source>
        <translation>ungültige HAProxy-Runtime-Adresse &quot;%1&quot;</translation>
    </message>
    <message>
        <source>HAProxy runtime API at %1 did not answer within %2 ms</source>
        <translation>HAProxy-Runtime-API unter %1 hat nicht innerhalb von %2 ms geantwortet</translation>
    </message>
</context>
<context>
    <name>wf::gateways::LiteLlmAdapter</name>
    <message>
        <source>LiteLLM admin API: deployment weights and model-group fallbacks (general)</source>
        <translation>LiteLLM-Admin-API: Deployment-Gewichtungen und Modellgruppen-Fallbacks (allgemein)</translation>
    </message>
    <message>
        <source>%1: master key %2: %3</source>
        <translation>%1: Master-Key %2: %3</translation>
    </message>
    <message>
        <source>%1: LiteLLM at %2 (%3): %4</source>
        <translation>%1: LiteLLM unter %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1: LiteLLM refused the master key (%2) for %3: %4</source>
        <translation>%1: LiteLLM hat den Master-Key (%2) für %3 abgelehnt: %4</translation>
    </message>
    <message>
        <source>%1: LiteLLM answered %2 for %3: %4</source>
        <translation>%1: LiteLLM antwortete %2 für %3: %4</translation>
    </message>
    <message>
        <source>%1: GET /model/info did not return {&quot;data&quot;: [...]}</source>
        <translation>%1: GET /model/info lieferte kein {&quot;data&quot;: [...]}</translation>
    </message>
    <message>
        <source>weight of %1 (%2) to %3</source>
        <translation>Gewichtung von %1 (%2) auf %3</translation>
    </message>
    <message>
        <source>delete fallbacks of %1</source>
        <translation>Fallbacks von %1 löschen</translation>
    </message>
    <message>
        <source>fallbacks of %1 to %2</source>
        <translation>Fallbacks von %1 auf %2</translation>
    </message>
    <message>
        <source>(after %1 of %2 changes had been applied)</source>
        <translation>(nachdem %1 von %2 Änderungen angewendet worden waren)</translation>
    </message>
</context>
<context>
    <name>wf::health::HealthEngine</name>
    <message>
        <source>no store: availability needs the state history</source>
        <translation>kein Speicher: Verfügbarkeit erfordert den Zustandsverlauf</translation>
    </message>
</context>
<context>
    <name>wf::metrics::MetricsServer</name>
    <message>
        <source>cannot listen on %1:%2 for /metrics</source>
        <translation>kann auf %1:%2 nicht für /metrics lauschen</translation>
    </message>
</context>
<context>
    <name>wf::metrics::PrometheusSource</name>
    <message>
        <source>not a Prometheus API answer: %1</source>
        <translation>keine Antwort der Prometheus-API: %1</translation>
    </message>
    <message>
        <source>query failed: %1 %2</source>
        <translation>Abfrage fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>malformed scalar result</source>
        <translation>fehlerhaftes Skalar-Ergebnis</translation>
    </message>
    <message>
        <source>expected an instant vector, got &quot;%1&quot;</source>
        <translation>Instant-Vektor erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>malformed sample</source>
        <translation>fehlerhafter Messwert</translation>
    </message>
</context>
<context>
    <name>wf::net::HttpClient</name>
    <message>
        <source>Only http and https URLs are allowed (got &quot;%1&quot;)</source>
        <translation>Nur http- und https-URLs sind erlaubt (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Response body exceeds the limit of %1 bytes</source>
        <translation>Antwort-Body überschreitet das Limit von %1 Bytes</translation>
    </message>
</context>
<context>
    <name>wf::probes::AuthProbe</name>
    <message>
        <source>front door: </source>
        <translation>Front Door: </translation>
    </message>
</context>
<context>
    <name>wf::probes::CertificateReader</name>
    <message>
        <source>no TLS handshake within the timeout</source>
        <translation>kein TLS-Handshake innerhalb des Timeouts</translation>
    </message>
</context>
<context>
    <name>wf::probes::Condition</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>condition &quot;%1&quot;: %2</source>
        <translation>Bedingung &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>a JSON path starts with $</source>
        <translation>ein JSON-Pfad beginnt mit $</translation>
    </message>
    <message>
        <source>json needs a path like $.data[0].id</source>
        <translation>json benötigt einen Pfad wie $.data[0].id</translation>
    </message>
    <message>
        <source>header needs a header name</source>
        <translation>header benötigt einen Header-Namen</translation>
    </message>
    <message>
        <source>expected &lt;status|latency|json PATH|header NAME|body|cert_expiry&gt; &lt;operator&gt; &lt;value&gt;</source>
        <translation>erwartet: &lt;status|latency|json PATH|header NAME|body|cert_expiry&gt; &lt;operator&gt; &lt;value&gt;</translation>
    </message>
    <message>
        <source>exists takes no value</source>
        <translation>exists akzeptiert keinen Wert</translation>
    </message>
    <message>
        <source>exists applies to json and header only</source>
        <translation>exists gilt nur für json und header</translation>
    </message>
    <message>
        <source>a value is missing after &quot;%1&quot;</source>
        <translation>nach &quot;%1&quot; fehlt ein Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a list like [200, 204]</source>
        <translation>&quot;%1&quot; benötigt eine Liste wie [200, 204]</translation>
    </message>
    <message>
        <source>cannot read list item &quot;%1&quot;</source>
        <translation>Listenelement &quot;%1&quot; nicht lesbar</translation>
    </message>
    <message>
        <source>the list is empty</source>
        <translation>die Liste ist leer</translation>
    </message>
    <message>
        <source>bad regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>expected a duration like 800ms or 14d, got &quot;%1&quot;</source>
        <translation>Dauer wie 800ms oder 14d erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read value &quot;%1&quot;</source>
        <translation>Wert &quot;%1&quot; nicht lesbar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; compares numbers; got &quot;%2&quot;</source>
        <translation>&quot;%1&quot; vergleicht Zahlen; erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected a number, got &quot;%1&quot;</source>
        <translation>Zahl erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>(no response)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>(no certificate)</source>
        <translation>(kein Zertifikat)</translation>
    </message>
    <message>
        <source>(not JSON: %1)</source>
        <translation>(kein JSON: %1)</translation>
    </message>
</context>
<context>
    <name>wf::probes::DnsProbe</name>
    <message>
        <source>no answer for %1 within the timeout</source>
        <translation>keine Antwort für %1 innerhalb des Timeouts</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
</context>
<context>
    <name>wf::probes::HttpProbe</name>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>wf::probes::LlmProbe</name>
    <message>
        <source>an LLM probe needs a model</source>
        <translation>eine LLM-Probe benötigt ein Modell</translation>
    </message>
    <message>
        <source>an LLM probe needs an api_key reference</source>
        <translation>eine LLM-Probe benötigt eine api_key-Referenz</translation>
    </message>
    <message>
        <source>HTTP %1 but the body is not JSON (%2)</source>
        <translation>HTTP %1, aber der Body ist kein JSON (%2)</translation>
    </message>
    <message>
        <source>HTTP %1 but not a %2 response</source>
        <translation>HTTP %1, aber keine %2-Antwort</translation>
    </message>
    <message>
        <source>API key %1: %2</source>
        <translation>API-Key %1: %2</translation>
    </message>
</context>
<context>
    <name>wf::probes::Outcome</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Condition failed</source>
        <translation>Bedingung nicht erfüllt</translation>
    </message>
    <message>
        <source>Rate limited (429)</source>
        <translation>Ratenbegrenzt (429)</translation>
    </message>
    <message>
        <source>Overloaded (529)</source>
        <translation>Überlastet (529)</translation>
    </message>
    <message>
        <source>Server error (5xx)</source>
        <translation>Serverfehler (5xx)</translation>
    </message>
    <message>
        <source>Authentication error (401/403)</source>
        <translation>Authentifizierungsfehler (401/403)</translation>
    </message>
    <message>
        <source>Request rejected (4xx)</source>
        <translation>Anfrage abgelehnt (4xx)</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Verbindungsfehler</translation>
    </message>
    <message>
        <source>DNS error</source>
        <translation>DNS-Fehler</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>Bad response</source>
        <translation>Ungültige Antwort</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
</context>
<context>
    <name>wf::probes::ProbeScheduler</name>
    <message>
        <source>unknown probe kind &quot;%1&quot;</source>
        <translation>unbekannter Probe-Typ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>own network looks down (all canary probes fail): %1</source>
        <translation>eigenes Netzwerk scheint ausgefallen (alle Canary-Probes schlagen fehl): %1</translation>
    </message>
</context>
<context>
    <name>wf::probes::TcpProbe</name>
    <message>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <source>no connection to %1 within the timeout</source>
        <translation>keine Verbindung zu %1 innerhalb des Timeouts</translation>
    </message>
</context>
<context>
    <name>wf::probes::TlsProbe</name>
    <message>
        <source>certificate of %1 expired at %2</source>
        <translation>Zertifikat von %1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>certificate not trusted: %1 (expires %2)</source>
        <translation>Zertifikat nicht vertrauenswürdig: %1 (läuft ab %2)</translation>
    </message>
    <message>
        <source>certificate expires %1; failed: %2</source>
        <translation>Zertifikat läuft ab %1; fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>certificate expires %1</source>
        <translation>Zertifikat läuft ab %1</translation>
    </message>
</context>
<context>
    <name>wf::reports::CustomerUpdate</name>
    <message>
        <source>running on a backup AI provider; you may notice slower or slightly different responses</source>
        <translation>läuft über einen Ersatz-KI-Anbieter; Antworten können langsamer sein oder leicht abweichen</translation>
    </message>
    <message>
        <source>unavailable or failing for most requests</source>
        <translation>nicht verfügbar oder bei den meisten Anfragen fehlerhaft</translation>
    </message>
    <message>
        <source>failing for some requests</source>
        <translation>bei einigen Anfragen fehlerhaft</translation>
    </message>
    <message>
        <source>experiencing elevated errors or slower responses</source>
        <translation>erhöhte Fehlerraten oder langsamere Antworten</translation>
    </message>
    <message>
        <source>Service status update - %1</source>
        <translation>Aktualisierung zum Servicestatus - %1</translation>
    </message>
    <message>
        <source>All services are operating normally. We continue to monitor our AI providers.</source>
        <translation>Alle Dienste arbeiten normal. Wir überwachen unsere KI-Anbieter weiterhin.</translation>
    </message>
    <message>
        <source>We are seeing problems at an upstream AI provider that affect the following services:</source>
        <translation>Wir beobachten Probleme bei einem vorgelagerten KI-Anbieter, die folgende Dienste betreffen:</translation>
    </message>
    <message>
        <source>, since %1 (%2)</source>
        <translation>, seit %1 (%2)</translation>
    </message>
    <message>
        <source>  Cause: an incident at %1.</source>
        <translation>  Ursache: eine Störung bei %1.</translation>
    </message>
    <message>
        <source>  A fallback (%1) is carrying the traffic in the meantime.</source>
        <translation>  Ein Fallback (%1) übernimmt in der Zwischenzeit den Datenverkehr.</translation>
    </message>
    <message>
        <source>  No fallback is carrying this service at the moment; we are working on restoring it.</source>
        <translation>  Derzeit übernimmt kein Fallback diesen Dienst; wir arbeiten an der Wiederherstellung.</translation>
    </message>
    <message>
        <source>Our team is monitoring the situation and will switch traffic as needed.</source>
        <translation>Unser Team beobachtet die Lage und leitet den Datenverkehr bei Bedarf um.</translation>
    </message>
    <message>
        <source>Next update: by %1, or sooner if the situation changes.</source>
        <translation>Nächste Aktualisierung: bis %1 oder früher, falls sich die Lage ändert.</translation>
    </message>
    <message>
        <source>Exercise only: this update describes a replayed scenario, not the current state of our services.</source>
        <translation>Nur eine Übung: Diese Meldung beschreibt ein wiedergegebenes Szenario, nicht den aktuellen Zustand unserer Dienste.</translation>
    </message>
</context>
<context>
    <name>wf::reports::IncidentReport</name>
    <message>
        <source>all providers</source>
        <translation>alle Anbieter</translation>
    </message>
    <message>
        <source>Incident report: %1, %2 to %3 UTC</source>
        <translation>Störungsbericht: %1, %2 bis %3 UTC</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Watchfloor</source>
        <translation>Watchfloor</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Detected %1 on %2</source>
        <translation>Erkannt: %1 bei %2</translation>
    </message>
    <message>
        <source> (%1 ahead of the status page)</source>
        <translation> (%1 vor der Statusseite)</translation>
    </message>
    <message>
        <source> (status page still showed no problem)</source>
        <translation> (Statusseite zeigte noch kein Problem)</translation>
    </message>
    <message>
        <source>Status page caught up on %1 (lag %2)</source>
        <translation>Statusseite zog nach bei %1 (Verzögerung %2)</translation>
    </message>
    <message>
        <source>%1 recovered after %2</source>
        <translation>%1 wiederhergestellt nach %2</translation>
    </message>
    <message>
        <source> - reason: %1</source>
        <translation> - Grund: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>wf::reports::ReportBuilder</name>
    <message>
        <source>%1 fallback route to %2</source>
        <translation>%1 Fallback-Route zu %2</translation>
    </message>
    <message>
        <source>%1 route to %2</source>
        <translation>%1 Route zu %2</translation>
    </message>
    <message>
        <source>probe %1</source>
        <translation>Probe %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>Gateway %1</translation>
    </message>
    <message>
        <source>Status page: %1 is now %2</source>
        <translation>Statusseite: %1 ist jetzt %2</translation>
    </message>
    <message>
        <source>Status page: %1 first seen as %2</source>
        <translation>Statusseite: %1 erstmals als %2 gesehen</translation>
    </message>
    <message>
        <source>status page</source>
        <translation>Statusseite</translation>
    </message>
    <message>
        <source>Watchfloor</source>
        <translation>Watchfloor</translation>
    </message>
</context>
<context>
    <name>wf::reports::ReportRenderer</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Window: %1 to %2. Generated %3.</source>
        <translation>Zeitraum: %1 bis %2. Erstellt %3.</translation>
    </message>
    <message>
        <source>Provider incidents in the window: %1 (%2 status page updates)</source>
        <translation>Anbieter-Störungen im Zeitraum: %1 (%2 Statusseiten-Updates)</translation>
    </message>
    <message>
        <source>Watchfloor detections: %1, of which %2 before the provider&apos;s status page</source>
        <translation>Watchfloor-Erkennungen: %1, davon %2 vor der Statusseite des Anbieters</translation>
    </message>
    <message>
        <source>First detection: %1</source>
        <translation>Erste Erkennung: %1</translation>
    </message>
    <message>
        <source>Largest lead over the status page: %1</source>
        <translation>Größter Vorsprung vor der Statusseite: %1</translation>
    </message>
    <message>
        <source>Operator actions: %1</source>
        <translation>Operator-Aktionen: %1</translation>
    </message>
    <message>
        <source>Longest outage: %1 (%2 in outage)</source>
        <translation>Längster Ausfall: %1 (%2 im Ausfall)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Outage = partial or major outage; degraded counts as up; unknown time and maintenance are left out. &quot;Status page&quot; rows use the provider&apos;s own component states, &quot;Watchfloor&quot; rows our own health states.</source>
        <translation>Ausfall = Teilausfall oder schwerer Ausfall; beeinträchtigt zählt als verfügbar; unbekannte Zeit und Wartung werden nicht berücksichtigt. Zeilen &quot;Statusseite&quot; verwenden die eigenen Komponentenzustände des Anbieters, Zeilen &quot;Watchfloor&quot; unsere eigenen Zustände.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Component / node</source>
        <translation>Komponente / Knoten</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Uptime</translation>
    </message>
    <message>
        <source>Outage minutes</source>
        <translation>Ausfallminuten</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Time (UTC, %1)</source>
        <translation>Zeit (UTC, %1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Watchfloor detections</source>
        <translation>Watchfloor-Erkennungen</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Ahead of status page</source>
        <translation>Vor der Statusseite</translation>
    </message>
    <message>
        <source>Status page showed it</source>
        <translation>Von Statusseite gemeldet</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Vorsprung</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Schlimmster Zustand</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Operator actions</source>
        <translation>Operator-Aktionen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>None in this window.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Cannot set the PDF page size</source>
        <translation>PDF-Seitengröße kann nicht festgelegt werden</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1</source>
        <translation>PDF-Datei %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Unknown report format &quot;%1&quot;: use .md, .html or .pdf</source>
        <translation>Unbekanntes Berichtsformat &quot;%1&quot;: verwenden Sie .md, .html oder .pdf</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1. This report comes from a drill: the data is replayed from a scenario, not a live incident.</source>
        <translation>%1. Dieser Bericht stammt aus einer Übung: Die Daten werden aus einem Szenario wiedergegeben, es ist keine echte Störung.</translation>
    </message>
</context>
<context>
    <name>wf::routing::RoutingController</name>
    <message>
        <source>no policy or runbook with id &quot;%1&quot;</source>
        <translation>keine Richtlinie und kein Runbook mit ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; needs gateway &quot;%2&quot;, which is not available: %3</source>
        <translation>Richtlinie &quot;%1&quot; benötigt Gateway &quot;%2&quot;, das nicht verfügbar ist: %3</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot;: %2</source>
        <translation>Richtlinie &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: no server %2/%3 in the gateway&apos;s current state</source>
        <translation>%1: kein Server %2/%3 im aktuellen Zustand des Gateways</translation>
    </message>
    <message>
        <source>%1: %2/%3 has no weight today; a rollback cannot restore &quot;no weight&quot;</source>
        <translation>%1: %2/%3 hat derzeit keine Gewichtung; ein Rollback kann &quot;keine Gewichtung&quot; nicht wiederherstellen</translation>
    </message>
    <message>
        <source>%1: %2/%3 will take traffic but the gateway&apos;s health checks mark it DOWN</source>
        <translation>%1: %2/%3 wird Datenverkehr erhalten, aber die Health-Checks des Gateways markieren ihn als DOWN</translation>
    </message>
    <message>
        <source>%1: backend %2 keeps no ready server with weight &gt; 0; only backup servers (if any) will serve</source>
        <translation>%1: Backend %2 behält keinen bereiten Server mit Gewichtung &gt; 0; nur Backup-Server (falls vorhanden) werden bedienen</translation>
    </message>
    <message>
        <source>fallback %1 is unhealthy right now (%2)</source>
        <translation>Fallback %1 ist derzeit nicht gesund (%2)</translation>
    </message>
    <message>
        <source>health of fallback %1 is unknown</source>
        <translation>Zustand von Fallback %1 ist unbekannt</translation>
    </message>
    <message>
        <source>no adapter for gateway &quot;%1&quot;</source>
        <translation>kein Adapter für Gateway &quot;%1&quot;</translation>
    </message>
    <message>
        <source>model behaviour differs: traffic moves from %1 to %2 (output style, tool calling, context limits and refusals may change)</source>
        <translation>Modellverhalten unterscheidet sich: Datenverkehr wechselt von %1 zu %2 (Ausgabestil, Tool-Aufrufe, Kontextgrenzen und Ablehnungen können sich ändern)</translation>
    </message>
    <message>
        <source>no capacity information for %1: check its rate limits and quota before moving traffic</source>
        <translation>keine Kapazitätsinformationen für %1: prüfen Sie Rate-Limits und Kontingent, bevor Sie Datenverkehr verschieben</translation>
    </message>
    <message>
        <source>the %1 role cannot change routing; start the console with --role operator</source>
        <translation>die Rolle %1 kann das Routing nicht ändern; starten Sie die Konsole mit --role operator</translation>
    </message>
    <message>
        <source>a reason is required for every routing change</source>
        <translation>für jede Routing-Änderung ist ein Grund erforderlich</translation>
    </message>
    <message>
        <source>another routing action is still running</source>
        <translation>eine andere Routing-Aktion läuft noch</translation>
    </message>
    <message>
        <source>not every gateway could be read; nothing was changed</source>
        <translation>nicht alle Gateways konnten gelesen werden; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1 changed since the preview (%2); nothing was changed. Preview again.</source>
        <translation>%1 hat sich seit der Vorschau geändert (%2); es wurde nichts geändert. Erstellen Sie erneut eine Vorschau.</translation>
    </message>
    <message>
        <source>read-back of %1 failed: %2</source>
        <translation>Rücklesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 still differs: %2</source>
        <translation>%1 weicht weiterhin ab: %2</translation>
    </message>
    <message>
        <source>read-back does not match: %1</source>
        <translation>Rücklesen stimmt nicht überein: %1</translation>
    </message>
    <message>
        <source>%1 applied and verified</source>
        <translation>%1 angewendet und verifiziert</translation>
    </message>
    <message>
        <source>%1 was already in place; nothing changed</source>
        <translation>%1 war bereits umgesetzt; nichts geändert</translation>
    </message>
    <message>
        <source>verification through %1 failed: %2</source>
        <translation>Verifizierung über %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Rolled back to the previous state.</source>
        <translation>Auf den vorherigen Zustand zurückgesetzt.</translation>
    </message>
    <message>
        <source>Automatic rollback failed: %1</source>
        <translation>Automatisches Rollback fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the %1 role cannot change routing</source>
        <translation>die Rolle %1 kann das Routing nicht ändern</translation>
    </message>
    <message>
        <source>%1 rolled back to the previous state</source>
        <translation>%1 auf den vorherigen Zustand zurückgesetzt</translation>
    </message>
    <message>
        <source>rollback of %1 failed: %2</source>
        <translation>Rollback von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: every server of %2 is taken out of service; its requests will fail</source>
        <translation>%1: alle Server von %2 werden außer Betrieb genommen; dessen Anfragen schlagen fehl</translation>
    </message>
    <message>
        <source>%1 takes all traffic off %2: type &quot;%2&quot; to confirm</source>
        <translation>%1 nimmt allen Verkehr von %2: zur Bestätigung „%2“ eingeben</translation>
    </message>
    <message>
        <source>This action could not be written to the audit log (see the log).</source>
        <translation>Diese Aktion konnte nicht ins Audit-Log geschrieben werden (siehe Protokoll).</translation>
    </message>
</context>
<context>
    <name>wf::sim::DrillConfig</name>
    <message>
        <source>the scenario has no status feed for this provider</source>
        <translation>das Szenario hat keinen Statusfeed für diesen Anbieter</translation>
    </message>
    <message>
        <source>HAProxy (drill)</source>
        <translation>HAProxy (Übung)</translation>
    </message>
    <message>
        <source>Chat through HAProxy</source>
        <translation>Chat über HAProxy</translation>
    </message>
    <message>
        <source>Chat assistant</source>
        <translation>Chat-Assistent</translation>
    </message>
    <message>
        <source>Chat via %1</source>
        <translation>Chat über %1</translation>
    </message>
    <message>
        <source>%1 failing: move chat to %2</source>
        <translation>%1 fällt aus: Chat auf %2 umleiten</translation>
    </message>
</context>
<context>
    <name>wf::sim::DrillGateway</name>
    <message>
        <source>haproxy is not installed</source>
        <translation>haproxy ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>temporäres Verzeichnis kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>haproxy did not start: %1</source>
        <translation>haproxy ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>haproxy exited: %1</source>
        <translation>haproxy wurde beendet: %1</translation>
    </message>
    <message>
        <source>haproxy did not open its admin socket within 5 s</source>
        <translation>haproxy hat seinen Admin-Socket nicht innerhalb von 5 s geöffnet</translation>
    </message>
</context>
<context>
    <name>wf::sim::DrillSession</name>
    <message>
        <source>scenario time %1 UTC, ×%2</source>
        <translation>Szenariozeit %1 UTC, ×%2</translation>
    </message>
    <message>
        <source>Routing is read-only in this drill: the scenario has no fallback provider.</source>
        <translation>Routing ist in dieser Übung schreibgeschützt: Das Szenario hat keinen Fallback-Anbieter.</translation>
    </message>
    <message>
        <source>Routing is read-only in this drill: haproxy is not installed, so there is no gateway to steer.</source>
        <translation>Routing ist in dieser Übung schreibgeschützt: haproxy ist nicht installiert, daher gibt es kein Gateway zum Steuern.</translation>
    </message>
    <message>
        <source>Routing is read-only in this drill: %1</source>
        <translation>Routing ist in dieser Übung schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>DRILL — reconstruction of %1 from %2</source>
        <translation>ÜBUNG — Rekonstruktion von %1 aus %2</translation>
    </message>
    <message>
        <source>DRILL — %1</source>
        <translation>ÜBUNG — %1</translation>
    </message>
    <message>
        <source>DRILL — %1 (%2)</source>
        <translation>ÜBUNG — %1 (%2)</translation>
    </message>
</context>
<context>
    <name>wf::sim::Reader</name>
    <message>
        <source>expected a mapping of keys to values</source>
        <translation>Zuordnung von Schlüsseln zu Werten erwartet</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>unbekannter Schlüssel (erwartet wird einer von: %1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>expected a text value</source>
        <translation>Textwert erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>expected a time like 13:40, 13:40:05 or 2026-03-02T13:40:00Z, got &quot;%1&quot;</source>
        <translation>Zeit wie 13:40, 13:40:05 oder 2026-03-02T13:40:00Z erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a duration like 800ms, 2s or 5m, got &quot;%1&quot;</source>
        <translation>Dauer wie 800ms, 2s oder 5m erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a number, got &quot;%1&quot;</source>
        <translation>Zahl erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>muss zwischen %1 und %2 liegen, erhalten: %3</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>must start with /</source>
        <translation>muss mit / beginnen</translation>
    </message>
    <message>
        <source>must be after &quot;at&quot;</source>
        <translation>muss nach &quot;at&quot; liegen</translation>
    </message>
    <message>
        <source>snapshots must be in time order</source>
        <translation>Snapshots müssen zeitlich geordnet sein</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, - and _ (it becomes a URL prefix), got &quot;%1&quot;</source>
        <translation>verwenden Sie Kleinbuchstaben, Ziffern, - und _ (wird zu einem URL-Präfix), erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected anthropic or openai, got &quot;%1&quot;</source>
        <translation>anthropic oder openai erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>list at least one model</source>
        <translation>mindestens ein Modell angeben</translation>
    </message>
    <message>
        <source>must be after &quot;from&quot;</source>
        <translation>muss nach &quot;from&quot; liegen</translation>
    </message>
    <message>
        <source>no provider with id &quot;%1&quot; in this scenario</source>
        <translation>kein Anbieter mit ID &quot;%1&quot; in diesem Szenario</translation>
    </message>
    <message>
        <source>paths must start with /, got &quot;%1&quot;</source>
        <translation>Pfade müssen mit / beginnen, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected HTTP error codes 400..599, got &quot;%1&quot;</source>
        <translation>HTTP-Fehlercodes 400..599 erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at most 120s</source>
        <translation>höchstens 120s</translation>
    </message>
    <message>
        <source>give a status, a latency or both</source>
        <translation>geben Sie einen Status, eine Latenz oder beides an</translation>
    </message>
</context>
<context>
    <name>wf::sim::ScenarioLoader</name>
    <message>
        <source>%1:%2: YAML syntax error: %3</source>
        <translation>%1:%2: YAML-Syntaxfehler: %3</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be after start</source>
        <translation>muss nach start liegen</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>doppelte ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>list at least one provider</source>
        <translation>mindestens einen Anbieter angeben</translation>
    </message>
    <message>
        <source>no scenario &quot;%1&quot;: not a directory, not a file, and not a built-in scenario (built in: %2)</source>
        <translation>kein Szenario &quot;%1&quot;: weder ein Verzeichnis noch eine Datei noch ein integriertes Szenario (integriert: %2)</translation>
    </message>
</context>
<context>
    <name>wf::sim::SimServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 for %2: %3</source>
        <translation>kann nicht auf 127.0.0.1:%1 für %2 lauschen: %3</translation>
    </message>
    <message>
        <source>expected a JSON object like {&quot;set&quot;:&quot;13:40&quot;} or {&quot;advance&quot;:&quot;10m&quot;}</source>
        <translation>JSON-Objekt wie {&quot;set&quot;:&quot;13:40&quot;} oder {&quot;advance&quot;:&quot;10m&quot;} erwartet</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected set, advance, speed, paused)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; (erwartet: set, advance, speed, paused)</translation>
    </message>
    <message>
        <source>speed must be a number &gt;= 0</source>
        <translation>speed muss eine Zahl &gt;= 0 sein</translation>
    </message>
    <message>
        <source>set: expected 2026-03-02T13:40:00Z or 13:40[:SS]</source>
        <translation>set: 2026-03-02T13:40:00Z oder 13:40[:SS] erwartet</translation>
    </message>
    <message>
        <source>advance: expected a duration like 30s, 10m or 1h</source>
        <translation>advance: Dauer wie 30s, 10m oder 1h erwartet</translation>
    </message>
    <message>
        <source>control endpoints: GET /_sim/state, GET|POST /_sim/clock, POST /_sim/reset</source>
        <translation>Steuerungs-Endpunkte: GET /_sim/state, GET|POST /_sim/clock, POST /_sim/reset</translation>
    </message>
</context>
<context>
    <name>wf::store</name>
    <message>
        <source>The check of %1 was stopped before it finished.</source>
        <translation>Die Prüfung von %1 wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this Watchfloor understands (%3). Use a newer Watchfloor or another data directory.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, die neuer ist, als diese Watchfloor-Version versteht (%3). Verwenden Sie eine neuere Watchfloor-Version oder ein anderes Datenverzeichnis.</translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>Migration auf Schemaversion %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>could not rename %1 to %2</source>
        <translation>%1 konnte nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>Datenverzeichnis %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and %3. Move it away by hand and restart.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2) und %3. Verschieben Sie sie manuell und starten Sie neu.</translation>
    </message>
    <message>
        <source>The database %1 was damaged (%2). It was kept as %3 and a new, empty database was created.</source>
        <translation>Die Datenbank %1 war beschädigt (%2). Sie wurde als %3 aufbewahrt und eine neue, leere Datenbank wurde angelegt.</translation>
    </message>
    <message>
        <source>SQLite refused write-ahead logging for %1 (journal mode is &quot;%2&quot;); is the data directory on a network file system?</source>
        <translation>SQLite hat Write-Ahead-Logging für %1 abgelehnt (Journalmodus ist &quot;%2&quot;); liegt das Datenverzeichnis auf einem Netzwerkdateisystem?</translation>
    </message>
    <message>
        <source>No longer listed as open by the status page.</source>
        <translation>Von der Statusseite nicht mehr als offen gelistet.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Watchfloor keeps running on it; restart it to keep the damaged file aside and start a new one.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). Watchfloor arbeitet vorerst damit weiter; starten Sie Watchfloor neu, um die beschädigte Datei beiseitezulegen und eine neue anzulegen.</translation>
    </message>
</context>
<context>
    <name>wf::ui::AckDialog</name>
    <message>
        <source>Acknowledge alert</source>
        <translation>Alarm bestätigen</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Bestätigt von</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>What you are doing about it</source>
        <translation>Was Sie dagegen unternehmen</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Acknowledge for</source>
        <translation>Bestätigen für</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>wf::ui::AlertTray</name>
    <message>
        <source>Watchfloor: no firing alerts</source>
        <translation>Watchfloor: keine aktiven Alarme</translation>
    </message>
    <message>
        <source>Watchfloor: %1</source>
        <translation>Watchfloor: %1</translation>
    </message>
</context>
<context>
    <name>wf::ui::AlertsModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (+%2 suppressed)</source>
        <translation>%1 (+%2 unterdrückt)</translation>
    </message>
    <message>
        <source>%1 UTC (%2)</source>
        <translation>%1 UTC (%2)</translation>
    </message>
    <message>
        <source>Firing (silenced)</source>
        <translation>Aktiv (stummgeschaltet)</translation>
    </message>
    <message>
        <source>Recovered (silenced)</source>
        <translation>Wiederhergestellt (stummgeschaltet)</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>Not acknowledged (raised %n times)</source>
        <translation>
            <numerusform>Nicht bestätigt (%n-mal ausgelöst)</numerusform>
            <numerusform>Nicht bestätigt (%n-mal ausgelöst)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>%1 until %2 UTC</source>
        <translation>%1 bis %2 UTC</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
</context>
<context>
    <name>wf::ui::AlertsPanel</name>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Bestätigen…</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert (Ctrl+K)</source>
        <translation>Ausgewählten Alarm bestätigen (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation>&amp;Stummschalten…</translation>
    </message>
    <message>
        <source>&amp;Test webhook</source>
        <translation>Webhook &amp;testen</translation>
    </message>
    <message>
        <source>No webhook notifier is configured</source>
        <translation>Kein Webhook-Notifier konfiguriert</translation>
    </message>
    <message>
        <source>Send a test notification to every webhook</source>
        <translation>Eine Testbenachrichtigung an jeden Webhook senden</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Test to %1: %2</source>
        <translation>Test an %1: %2</translation>
    </message>
    <message>
        <source>Test to %1 failed: %2</source>
        <translation>Test an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <source>Silenced %1.</source>
        <translation>%1 stummgeschaltet.</translation>
    </message>
    <message>
        <source>Sending a test notification…</source>
        <translation>Testbenachrichtigung wird gesendet…</translation>
    </message>
</context>
<context>
    <name>wf::ui::ChartsPanel</name>
    <message>
        <source>Probe or node</source>
        <translation>Probe oder Knoten</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>error rate %</source>
        <translation>Fehlerrate %</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>error rate (%)</source>
        <translation>Fehlerrate (%)</translation>
    </message>
    <message>
        <source>Latency and error rate chart</source>
        <translation>Diagramm für Latenz und Fehlerrate</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>Latency of:</source>
        <translation>Latenz von:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Availability&lt;/b&gt; (degraded counts as up; maintenance and unknown time excluded)</source>
        <translation>&lt;b&gt;Verfügbarkeit&lt;/b&gt; (beeinträchtigt zählt als verfügbar; Wartung und unbekannte Zeit ausgenommen)</translation>
    </message>
    <message>
        <source>%1 (probe, %2)</source>
        <translation>%1 (Probe, %2)</translation>
    </message>
    <message>
        <source>No probes configured: add probes to the configuration to chart latency.</source>
        <translation>Keine Probes konfiguriert: Fügen Sie der Konfiguration Probes hinzu, um die Latenz darzustellen.</translation>
    </message>
    <message>
        <source>Chart unavailable: %1</source>
        <translation>Diagramm nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>No samples for this probe in the range yet.</source>
        <translation>Noch keine Messwerte für diese Probe im Zeitraum.</translation>
    </message>
    <message>
        <source>%1 samples; where raw results are no longer kept the chart shows the mean and max per hour (per day beyond the hour retention).</source>
        <translation>%1 Messwerte; wo keine Rohdaten mehr vorliegen, zeigt das Diagramm Mittelwert und Maximum pro Stunde (pro Tag jenseits der Stunden-Aufbewahrung).</translation>
    </message>
    <message>
        <source>%1 samples in %2 buckets.</source>
        <translation>%1 Messwerte in %2 Intervallen.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>down %1 min of %2 min observed · %3 incident(s)</source>
        <translation>ausgefallen %1 min von %2 min beobachtet · %3 Störung(en)</translation>
    </message>
    <message>
        <source> · MTTR %1 min</source>
        <translation> · MTTR %1 min</translation>
    </message>
</context>
<context>
    <name>wf::ui::ComponentsModel</name>
    <message>
        <source>Unknown (&quot;%1&quot;)</source>
        <translation>Unbekannt (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Component id %1</source>
        <translation>Komponenten-ID %1</translation>
    </message>
    <message>
        <source>Component (watched)</source>
        <translation>Komponente (beobachtet)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>wf::ui::ConfirmDialog</name>
    <message>
        <source>Confirm routing change</source>
        <translation>Routing-Änderung bestätigen</translation>
    </message>
    <message>
        <source>Apply &lt;b&gt;%1&lt;/b&gt;? The reason is stored in the audit log with your user name and host.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; anwenden? Der Grund wird mit Ihrem Benutzernamen und Host im Audit-Log gespeichert.</translation>
    </message>
    <message>
        <source>e.g. Anthropic 529s since 10:02, INC-4711</source>
        <translation>z. B. Anthropic 529er seit 10:02, INC-4711</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>This moves &lt;b&gt;all traffic off %1&lt;/b&gt;. Type &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>Damit wird &lt;b&gt;sämtlicher Datenverkehr von %1 abgezogen&lt;/b&gt;. Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>&amp;Target name:</source>
        <translation>&amp;Zielname:</translation>
    </message>
    <message>
        <source>Apply change</source>
        <translation>Änderung anwenden</translation>
    </message>
</context>
<context>
    <name>wf::ui::FeedsPanel</name>
    <message>
        <source>Open incidents</source>
        <translation>Offene Störungen</translation>
    </message>
    <message>
        <source>Open and recent</source>
        <translation>Offene und kürzliche</translation>
    </message>
    <message>
        <source>Which incidents</source>
        <translation>Welche Störungen</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>Components of provider</source>
        <translation>Komponenten des Anbieters</translation>
    </message>
    <message>
        <source>Incidents of provider</source>
        <translation>Störungen des Anbieters</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Tick the components you depend on: the providers table counts only those.</source>
        <translation>Markieren Sie die Komponenten, von denen Sie abhängen: Die Anbietertabelle berücksichtigt nur diese.</translation>
    </message>
</context>
<context>
    <name>wf::ui::GatewayStateModel</name>
    <message>
        <source>Changed outside Watchfloor: %1</source>
        <translation>Außerhalb von Watchfloor geändert: %1</translation>
    </message>
    <message>
        <source>⚠ %1 (changed outside Watchfloor)</source>
        <translation>⚠ %1 (außerhalb von Watchfloor geändert)</translation>
    </message>
    <message>
        <source>Last read failed: %1 (showing the last known state)</source>
        <translation>Letztes Lesen fehlgeschlagen: %1 (letzter bekannter Zustand wird angezeigt)</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Backend / route</source>
        <translation>Backend / Route</translation>
    </message>
    <message>
        <source>Server / upstream</source>
        <translation>Server / Upstream</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Gateway health</source>
        <translation>Gateway-Zustand</translation>
    </message>
</context>
<context>
    <name>wf::ui::HealthWallSource</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>wf::ui::ImpactModel</name>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Not affected</source>
        <translation>Nicht betroffen</translation>
    </message>
    <message>
        <source>Affected: %1</source>
        <translation>Betroffen: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>Since (UTC)</source>
        <translation>Seit (UTC)</translation>
    </message>
    <message>
        <source>Through provider / model</source>
        <translation>Über Anbieter / Modell</translation>
    </message>
    <message>
        <source>Fallback carrying traffic</source>
        <translation>Fallback übernimmt Datenverkehr</translation>
    </message>
</context>
<context>
    <name>wf::ui::ImpactView</name>
    <message>
        <source>Customer and app impact</source>
        <translation>Auswirkungen auf Kunden und Apps</translation>
    </message>
    <message>
        <source>Customer update text</source>
        <translation>Text der Kundeninformation</translation>
    </message>
    <message>
        <source>Report window:</source>
        <translation>Berichtszeitraum:</translation>
    </message>
    <message>
        <source>Report window</source>
        <translation>Berichtszeitraum</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
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
        <source>&amp;Export report...</source>
        <translation>Bericht &amp;exportieren...</translation>
    </message>
    <message>
        <source>Incident report as Markdown, HTML or PDF: provider updates, Watchfloor detections, operator actions and availability for the window</source>
        <translation>Störungsbericht als Markdown, HTML oder PDF: Anbieter-Updates, Watchfloor-Erkennungen, Operator-Aktionen und Verfügbarkeit für den Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Copy customer update</source>
        <translation>Kundeninformation &amp;kopieren</translation>
    </message>
    <message>
        <source>Plain text for customers, without internal hosts, links or secrets</source>
        <translation>Klartext für Kunden, ohne interne Hosts, Links oder Secrets</translation>
    </message>
    <message>
        <source>No customer or app is affected right now.</source>
        <translation>Derzeit ist kein Kunde und keine App betroffen.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) affected, %1 on a fallback. Customers: %2</source>
        <translation>
            <numerusform>%n App betroffen, %1 auf einem Fallback. Kunden: %2</numerusform>
            <numerusform>%n Apps betroffen, %1 auf einem Fallback. Kunden: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Export incident report</source>
        <translation>Störungsbericht exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;HTML (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No data store is open</source>
        <translation>Kein Datenspeicher geöffnet</translation>
    </message>
    <message>
        <source>Building report...</source>
        <translation>Bericht wird erstellt...</translation>
    </message>
    <message>
        <source>Could not build the report: %1</source>
        <translation>Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <source>Customer update copied to the clipboard</source>
        <translation>Kundeninformation in die Zwischenablage kopiert</translation>
    </message>
</context>
<context>
    <name>wf::ui::IncidentsModel</name>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (abgeschlossen)</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>Incident / update</source>
        <translation>Störung / Update</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>Started / time</source>
        <translation>Beginn / Zeit</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letztes Update</translation>
    </message>
</context>
<context>
    <name>wf::ui::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>wf::ui::MainWindow</name>
    <message>
        <source>Watchfloor — AI dependency health</source>
        <translation>Watchfloor — Zustand der KI-Abhängigkeiten</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Go to panel</source>
        <translation>&amp;Gehe zu Bereich</translation>
    </message>
    <message>
        <source>&amp;Wall mode</source>
        <translation>&amp;Wandmodus</translation>
    </message>
    <message>
        <source>Full-screen, read-only display for the ops room (F11 or Escape to leave)</source>
        <translation>Vollbild-Anzeige (nur lesen) für den Leitstand (F11 oder Escape zum Verlassen)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Watchfloor</source>
        <translation>Ü&amp;ber Watchfloor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Role: viewer (read-only)</source>
        <translation>Rolle: viewer (nur lesen)</translation>
    </message>
    <message>
        <source>Role: operator</source>
        <translation>Rolle: operator</translation>
    </message>
    <message>
        <source>Role: admin</source>
        <translation>Rolle: admin</translation>
    </message>
    <message>
        <source>Opening database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>SQLite schema version %1, journal mode %2</source>
        <translation>SQLite-Schemaversion %1, Journalmodus %2</translation>
    </message>
    <message>
        <source>Database unavailable: %1</source>
        <translation>Datenbank nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>About Watchfloor</source>
        <translation>Über Watchfloor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Watchfloor %1&lt;/h3&gt;&lt;p&gt;Operator console for AI dependency health: provider status feeds, own probes, dependency map, outage timeline and routing control.&lt;/p&gt;&lt;p&gt;Qt %2 · libcurl %3 · SQLite %4&lt;/p&gt;&lt;p&gt;Configuration: %5&lt;br&gt;Data: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Watchfloor %1&lt;/h3&gt;&lt;p&gt;Operator-Konsole für den Zustand von KI-Abhängigkeiten: Statusfeeds der Anbieter, eigene Probes, Abhängigkeitskarte, Ausfall-Zeitleiste und Routing-Steuerung.&lt;/p&gt;&lt;p&gt;Qt %2 · libcurl %3 · SQLite %4&lt;/p&gt;&lt;p&gt;Konfiguration: %5&lt;br&gt;Daten: %6&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wf::ui::MapPanel</name>
    <message>
        <source>Find a node (Ctrl+F)</source>
        <translation>Knoten suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation>Knoten suchen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>Neu anordnen</translation>
    </message>
    <message>
        <source>Compute a fresh layout and forget dragged positions</source>
        <translation>Neues Layout berechnen und verschobene Positionen verwerfen</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Select a node to see its blast radius.</source>
        <translation>Wählen Sie einen Knoten, um seinen Auswirkungsradius zu sehen.</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Auswirkungsradius</translation>
    </message>
    <message>
        <source>No node matches &quot;%1&quot;.</source>
        <translation>Kein Knoten passt zu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Computing layout for %1 nodes…</source>
        <translation>Layout für %1 Knoten wird berechnet…</translation>
    </message>
    <message>
        <source>%1 nodes, %2 edges · layout %3 in %4 ms</source>
        <translation>%1 Knoten, %2 Kanten · Layout %3 in %4 ms</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n dependent node(s) · %2 app(s) · %3 customer(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n abhängiger Knoten · %2 App(s) · %3 Kunde(n)</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n abhängige Knoten · %2 App(s) · %3 Kunde(n)</numerusform>
        </translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>App: %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
</context>
<context>
    <name>wf::ui::MapView</name>
    <message>
        <source>Dependency map</source>
        <translation>Abhängigkeitskarte</translation>
    </message>
</context>
<context>
    <name>wf::ui::NodeDetailPanel</name>
    <message>
        <source>Actions available</source>
        <translation>Verfügbare Aktionen</translation>
    </message>
    <message>
        <source>Acknowledged from the node details</source>
        <translation>In den Knotendetails bestätigt</translation>
    </message>
    <message>
        <source>Own result</source>
        <translation>Eigenes Ergebnis</translation>
    </message>
    <message>
        <source>last result %1: %2</source>
        <translation>letztes Ergebnis %1: %2</translation>
    </message>
    <message>
        <source>condition &lt;b&gt;%1&lt;/b&gt; failed (was %2)</source>
        <translation>Bedingung &lt;b&gt;%1&lt;/b&gt; nicht erfüllt (war %2)</translation>
    </message>
    <message>
        <source>Status page: &lt;b&gt;%1&lt;/b&gt; (%2), since %3</source>
        <translation>Statusseite: &lt;b&gt;%1&lt;/b&gt; (%2), seit %3</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 → %2: %3 % of the traffic (%4)</source>
        <translation>%1 → %2: %3 % des Verkehrs (%4)</translation>
    </message>
    <message>
        <source>read back from the gateway</source>
        <translation>vom Gateway zurückgelesen</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>konfiguriert</translation>
    </message>
    <message>
        <source>%1 → %2: configured weight %3</source>
        <translation>%1 → %2: konfiguriertes Gewicht %3</translation>
    </message>
    <message>
        <source>%1 %2/%3: %4, weight %5</source>
        <translation>%1 %2/%3: %4, Gewicht %5</translation>
    </message>
    <message>
        <source>%1 not read yet</source>
        <translation>%1 noch nicht gelesen</translation>
    </message>
    <message>
        <source>Routing now</source>
        <translation>Aktuelles Routing</translation>
    </message>
    <message>
        <source>Preview policy: %1</source>
        <translation>Richtlinie voranzeigen: %1</translation>
    </message>
    <message>
        <source>Preview runbook: %1</source>
        <translation>Runbook voranzeigen: %1</translation>
    </message>
    <message>
        <source>Acknowledge alert: %1</source>
        <translation>Alarm bestätigen: %1</translation>
    </message>
    <message>
        <source>No node selected</source>
        <translation>Kein Knoten ausgewählt</translation>
    </message>
    <message>
        <source>Node details</source>
        <translation>Knotendetails</translation>
    </message>
    <message>
        <source>Latency, last 2 hours</source>
        <translation>Latenz, letzte 2 Stunden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a node on the map to see its state, why it is in that state, and who depends on it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Knoten auf der Karte, um seinen Zustand, den Grund dafür und die von ihm abhängigen Elemente zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;stale&lt;/b&gt;: no fresh data</source>
        <translation>&lt;b&gt;veraltet&lt;/b&gt;: keine aktuellen Daten</translation>
    </message>
    <message>
        <source>&lt;b&gt;flapping&lt;/b&gt;</source>
        <translation>&lt;b&gt;flatternd&lt;/b&gt;</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>front-door probe</source>
        <translation>Front-Door-Probe</translation>
    </message>
    <message>
        <source>status page component</source>
        <translation>Statusseiten-Komponente</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>fallback route</source>
        <translation>Fallback-Route</translation>
    </message>
    <message>
        <source>route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>&lt;p&gt;Measured directly; nothing below it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Direkt gemessen; nichts darunter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 results · error rate %2 % · latency p50 %3 ms · p95 %4 ms · p99 %5 ms&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 Ergebnisse · Fehlerrate %2 % · Latenz p50 %3 ms · p95 %4 ms · p99 %5 ms&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Detected %1 on %2</source>
        <translation>Erkannt: %1 bei %2</translation>
    </message>
    <message>
        <source> — &lt;b&gt;ahead of the status page&lt;/b&gt;</source>
        <translation> — &lt;b&gt;vor der Statusseite&lt;/b&gt;</translation>
    </message>
    <message>
        <source>; status page acknowledged %1 (lag %2 min)</source>
        <translation>; Statusseite bestätigte %1 (Verzögerung %2 min)</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Offene Störungen</translation>
    </message>
    <message>
        <source>&lt;p&gt;None.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (weight %2%3)</source>
        <translation>%1 (Gewichtung %2%3)</translation>
    </message>
    <message>
        <source>, fallback</source>
        <translation>, Fallback</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Auswirkungsradius</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n app(s): %1&lt;br&gt;Customers: %2&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n App: %1&lt;br&gt;Kunden: %2&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Apps: %1&lt;br&gt;Kunden: %2&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>wf::ui::NodeItem</name>
    <message>
        <source>DRIFT</source>
        <translation>ABWEICHUNG</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>ROUTE</source>
        <translation>ROUTE</translation>
    </message>
    <message>
        <source>GATEWAY</source>
        <translation>GATEWAY</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>STATUS PAGE</source>
        <translation>STATUSSEITE</translation>
    </message>
    <message>
        <source>PROBE</source>
        <translation>PROBE</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Störung</numerusform>
            <numerusform>%n Störungen</numerusform>
        </translation>
    </message>
    <message>
        <source>AHEAD</source>
        <translation>VORAUS</translation>
    </message>
    <message>
        <source>ROUTED</source>
        <translation>UMGELEITET</translation>
    </message>
    <message>
        <source>MAINT</source>
        <translation>WARTUNG</translation>
    </message>
    <message>
        <source>FLAP</source>
        <translation>FLATTERN</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>VERALTET</translation>
    </message>
</context>
<context>
    <name>wf::ui::PreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Changes per gateway (current → new):</source>
        <translation>Änderungen pro Gateway (aktuell → neu):</translation>
    </message>
    <message>
        <source>%1: could not be read: %2</source>
        <translation>%1: konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: already in place, nothing to change</source>
        <translation>%1: bereits umgesetzt, nichts zu ändern</translation>
    </message>
    <message>
        <source>Blast radius: no configured app is moved.</source>
        <translation>Auswirkungsradius: Keine konfigurierte App wird verschoben.</translation>
    </message>
    <message>
        <source>Blast radius: apps %1; customers %2.</source>
        <translation>Auswirkungsradius: Apps %1; Kunden %2.</translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>(keine angegeben)</translation>
    </message>
    <message>
        <source>Fallback %1 health now: %2.</source>
        <translation>Zustand von Fallback %1 derzeit: %2.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Weiter…</translation>
    </message>
    <message>
        <source>Everything is already in place; applying would change nothing.</source>
        <translation>Alles ist bereits umgesetzt; Anwenden würde nichts ändern.</translation>
    </message>
</context>
<context>
    <name>wf::ui::ProbesModel</name>
    <message>
        <source>Probe</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>LLM budget / h</source>
        <translation>LLM-Budget / h</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1 (%2)</translation>
    </message>
    <message>
        <source>✗ %1 (%2)</source>
        <translation>✗ %1 (%2)</translation>
    </message>
    <message>
        <source>%1 requests in the last hour for %2; at most %3</source>
        <translation>%1 Anfragen in der letzten Stunde für %2; höchstens %3</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>%1 (flapping)</source>
        <translation>%1 (flatternd)</translation>
    </message>
    <message>
        <source>%1 (own network down)</source>
        <translation>%1 (eigenes Netzwerk ausgefallen)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1/%2 (paused)</source>
        <translation>%1/%2 (pausiert)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
</context>
<context>
    <name>wf::ui::ProbesPanel</name>
    <message>
        <source>Probes</source>
        <translation>Probes</translation>
    </message>
    <message>
        <source>No canary probe configured: failures cannot be told apart from an outage of our own network (set canary: true on a probe of a stable target).</source>
        <translation>Keine Canary-Probe konfiguriert: Fehler lassen sich nicht von einem Ausfall unseres eigenen Netzwerks unterscheiden (setzen Sie canary: true bei einer Probe mit stabilem Ziel).</translation>
    </message>
    <message>
        <source>Own connectivity: OK (canary probes answer).</source>
        <translation>Eigene Konnektivität: OK (Canary-Probes antworten).</translation>
    </message>
    <message>
        <source>Own connectivity: DOWN — every canary probe fails. Probe failures are shown as Unknown, not blamed on providers.</source>
        <translation>Eigene Konnektivität: AUSGEFALLEN — alle Canary-Probes schlagen fehl. Probe-Fehler werden als Unbekannt angezeigt und nicht den Anbietern zugeschrieben.</translation>
    </message>
</context>
<context>
    <name>wf::ui::ProvidersModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>No feed</source>
        <translation>Kein Feed</translation>
    </message>
    <message>
        <source>Awaiting first poll</source>
        <translation>Warte auf erste Abfrage</translation>
    </message>
    <message>
        <source>(stale)</source>
        <translation>(veraltet)</translation>
    </message>
    <message>
        <source>%1 of %2 affected</source>
        <translation>%1 von %2 betroffen</translation>
    </message>
    <message>
        <source>%1 all operational</source>
        <translation>%1 alle betriebsbereit</translation>
    </message>
    <message>
        <source>Watching: %1</source>
        <translation>Beobachtet: %1</translation>
    </message>
    <message>
        <source>No good poll for more than three intervals; showing the last known state</source>
        <translation>Seit mehr als drei Intervallen keine erfolgreiche Abfrage; letzter bekannter Zustand wird angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n tolerated defect(s) in the last document (see the log)</source>
        <translation>
            <numerusform>%n tolerierter Fehler im letzten Dokument (siehe Protokoll)</numerusform>
            <numerusform>%n tolerierte Fehler im letzten Dokument (siehe Protokoll)</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Offene Störungen</translation>
    </message>
    <message>
        <source>Last good poll</source>
        <translation>Letzte erfolgreiche Abfrage</translation>
    </message>
    <message>
        <source>Source / last error</source>
        <translation>Quelle / letzter Fehler</translation>
    </message>
</context>
<context>
    <name>wf::ui::RoutingPanel</name>
    <message>
        <source>Gateway routing state</source>
        <translation>Routing-Zustand der Gateways</translation>
    </message>
    <message>
        <source>Policies and runbooks:</source>
        <translation>Richtlinien und Runbooks:</translation>
    </message>
    <message>
        <source>Routing policies and runbooks</source>
        <translation>Routing-Richtlinien und Runbooks</translation>
    </message>
    <message>
        <source>▶ Runbook: %1</source>
        <translation>▶ Runbook: %1</translation>
    </message>
    <message>
        <source>Policy: %1 (destructive)</source>
        <translation>Richtlinie: %1 (destruktiv)</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>Roll &amp;back last change</source>
        <translation>Letzte Änderung &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>External change on %1 (not made by Watchfloor): %2</source>
        <translation>Externe Änderung an %1 (nicht durch Watchfloor): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading gateways for %1…</source>
        <translation>Gateways für %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Preview of %1 ready.</source>
        <translation>Vorschau von %1 bereit.</translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>%1 wird angewendet…</translation>
    </message>
    <message>
        <source>Use &quot;Roll back last change&quot; to restore the previous state.</source>
        <translation>Verwenden Sie &quot;Letzte Änderung zurücknehmen&quot;, um den vorherigen Zustand wiederherzustellen.</translation>
    </message>
    <message>
        <source>roll back %1</source>
        <translation>%1 zurücknehmen</translation>
    </message>
</context>
<context>
    <name>wf::ui::SilenceDialog</name>
    <message>
        <source>Silence alerts</source>
        <translation>Alarme stummschalten</translation>
    </message>
    <message>
        <source>Nodes to silence</source>
        <translation>Stummzuschaltende Knoten</translation>
    </message>
    <message>
        <source>Node ids or patterns, separated by commas, e.g. provider:openai, model:openai/*</source>
        <translation>Knoten-IDs oder Muster, durch Kommas getrennt, z. B. provider:openai, model:openai/*</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>Silence for</source>
        <translation>Stummschalten für</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. planned maintenance</source>
        <translation>z. B. geplante Wartung</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Stummschalten</translation>
    </message>
</context>
<context>
    <name>wf::ui::Sparkline</name>
    <message>
        <source>Recent latency</source>
        <translation>Aktuelle Latenz</translation>
    </message>
    <message>
        <source>No latency samples yet</source>
        <translation>Noch keine Latenzmesswerte</translation>
    </message>
    <message>
        <source>last %1 ms · p95 %2 ms · max %3 ms</source>
        <translation>zuletzt %1 ms · p95 %2 ms · max. %3 ms</translation>
    </message>
</context>
<context>
    <name>wf::ui::Theme</name>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>wf::ui::TimelineCanvas</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Outage timeline</source>
        <translation>Ausfall-Zeitleiste</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>time axis: QDateTime format of a day</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>No observations in this range yet.</source>
        <translation>Noch keine Beobachtungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — operator action&lt;/b&gt;&lt;br&gt;%2 on %3 by %4: %5 (%6)</source>
        <translation>&lt;b&gt;%1 — Operator-Aktion&lt;/b&gt;&lt;br&gt;%2 auf %3 durch %4: %5 (%6)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 on %3 by %4&lt;br&gt;Reason: %5&lt;br&gt;Result: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 auf %3 durch %4&lt;br&gt;Grund: %5&lt;br&gt;Ergebnis: %6</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;%4 → %5 (%6)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;%4 → %5 (%6)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1: no data at %2</source>
        <translation>%1: keine Daten um %2</translation>
    </message>
</context>
<context>
    <name>wf::ui::TimelinePanel</name>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Follow the clock; panning into the past turns this off</source>
        <translation>Der Uhrzeit folgen; Verschieben in die Vergangenheit schaltet dies aus</translation>
    </message>
    <message>
        <source>Jump to incident</source>
        <translation>Zu Störung springen</translation>
    </message>
    <message>
        <source>Filter lanes</source>
        <translation>Spuren filtern</translation>
    </message>
    <message>
        <source>Filter lanes (provider, component, probe)</source>
        <translation>Spuren filtern (Anbieter, Komponente, Probe)</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the timeline as an image</source>
        <translation>Zeitleiste als Bild exportieren</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the visible range as CSV</source>
        <translation>Sichtbaren Zeitraum als CSV exportieren</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>Störung:</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 lanes · %2 incident updates · %3 operator actions · loaded in %4 ms</source>
        <translation>%1 Spuren · %2 Störungs-Updates · %3 Operator-Aktionen · geladen in %4 ms</translation>
    </message>
    <message>
        <source>Timeline unavailable: %1</source>
        <translation>Zeitleiste nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No incidents in 90 days</source>
        <translation>Keine Störungen in 90 Tagen</translation>
    </message>
    <message>
        <source>Jump to…</source>
        <translation>Springen zu…</translation>
    </message>
</context>
<context>
    <name>wf::ui::WallMapPage</name>
    <message>
        <source>Dependency map</source>
        <translation>Abhängigkeitskarte</translation>
    </message>
</context>
<context>
    <name>wf::ui::WallTile</name>
    <message>
        <source>%1 · NO FRESH DATA</source>
        <translation>%1 · KEINE AKTUELLEN DATEN</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>wf::ui::WallView</name>
    <message>
        <source>Wall display</source>
        <translation>Wandanzeige</translation>
    </message>
    <message>
        <source>WATCHFLOOR</source>
        <translation>WATCHFLOOR</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>for ≥ %1</source>
        <translation>seit ≥ %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status %1/%2</source>
        <translation>Status %1/%2</translation>
    </message>
    <message>
        <source>Open incident: %1 — %2 %3 for %4</source>
        <translation>Offene Störung: %1 — %2 %3 seit %4</translation>
    </message>
    <message>
        <source> (seen before the status page)</source>
        <translation> (vor der Statusseite erkannt)</translation>
    </message>
    <message>
        <source>No open incident</source>
        <translation>Keine offene Störung</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>⚠ STALE DATA — no fresh updates from %1. States shown may be out of date.</source>
        <translation>⚠ VERALTETE DATEN — keine aktuellen Updates von %1. Angezeigte Zustände sind möglicherweise nicht aktuell.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>next in %1 s</source>
        <translation>nächste in %1 s</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <source>%1 — replayed data, not a live incident</source>
        <translation>%1 — wiedergegebene Daten, keine echte Störung</translation>
    </message>
</context>
<context>
    <name>wf::ui::WallWindow</name>
    <message>
        <source>Watchfloor wall</source>
        <translation>Watchfloor-Wandanzeige</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>wf::GatewayVerifier</name>
    <message>
        <source>the console is shutting down</source>
        <translation>die Konsole wird beendet</translation>
    </message>
    <message>
        <source>%1 cannot run: %2</source>
        <translation>%1 kann nicht laufen: %2</translation>
    </message>
    <message>
        <source>%1 gave no result in time</source>
        <translation>%1 lieferte nicht rechtzeitig ein Ergebnis</translation>
    </message>
    <message>
        <source>probe %1: %2</source>
        <translation>Probe %1: %2</translation>
    </message>
</context>
<context>
    <name>wf::ui::FilterBar</name>
    <message>
        <source>Provider filter</source>
        <translation>Anbieterfilter</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Zustandsfilter</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Tag-Filter</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
</context>
</TS>
