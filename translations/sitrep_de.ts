<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertEdits</name>
    <message numerus="yes">
        <source>Open incident from %n alert(s)</source>
        <translation>
            <numerusform>Vorfall aus %n Alarm eröffnen</numerusform>
            <numerusform>Vorfall aus %n Alarmen eröffnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mute “%1”</source>
        <translation>„%1“ stummschalten</translation>
    </message>
    <message>
        <source>Unmute “%1”</source>
        <translation>Stummschaltung von „%1“ aufheben</translation>
    </message>
    <message>
        <source>Change intake rules</source>
        <translation>Eingangsregeln ändern</translation>
    </message>
</context>
<context>
    <name>AlertStore</name>
    <message>
        <source>Select the alerts to open an incident from.</source>
        <translation>Wählen Sie die Alarme, aus denen ein Vorfall eröffnet werden soll.</translation>
    </message>
    <message>
        <source>Some of the selected alerts no longer exist.</source>
        <translation>Einige der gewählten Alarme gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A mute must end in the future.</source>
        <translation>Eine Stummschaltung muss in der Zukunft enden.</translation>
    </message>
    <message>
        <source>An alert of this incident has joined another incident since it was undone, so it stays there; nothing was changed.</source>
        <translation>Ein Alarm dieses Vorfalls gehört seit dem Rückgängigmachen zu einem anderen Vorfall und bleibt daher dort; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>An alert group of this incident now belongs to another incident, so it stays there; nothing was changed.</source>
        <translation>Eine Alarmgruppe dieses Vorfalls gehört jetzt zu einem anderen Vorfall und bleibt dort; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>AlertmanagerAdapter</name>
    <message>
        <source>This address reads Grafana&apos;s webhook: unified alerting (alerts, orgId) or legacy alerting (ruleName, state, evalMatches).</source>
        <translation>Diese Adresse liest den Webhook von Grafana: Unified Alerting (alerts, orgId) oder Legacy Alerting (ruleName, state, evalMatches).</translation>
    </message>
    <message>
        <source>This address reads Prometheus Alertmanager&apos;s webhook (payload version 4, or 3 from Alertmanager before 0.6).</source>
        <translation>Diese Adresse liest den Webhook von Prometheus Alertmanager (Payload-Version 4 oder 3 von Alertmanager vor 0.6).</translation>
    </message>
    <message>
        <source>payload version %1 is not one Sitrep reads (it reads 4, and 3 from Alertmanager before 0.6)</source>
        <translation>Payload-Version %1 liest Sitrep nicht (es liest 4 sowie 3 von Alertmanager vor 0.6)</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Zeit bis zur Bestätigung</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>## Incident metrics, %1 to %2 (%3)

</source>
        <translation>## Vorfallkennzahlen, %1 bis %2 (%3)

</translation>
    </message>
    <message>
        <source>%1 incidents, %2 still open. Drills %3.

</source>
        <translation>%1 Vorfälle, %2 noch offen. Übungen %3.

</translation>
    </message>
    <message>
        <source>included</source>
        <translation>einbezogen</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>| metric | count | mean [95 % CI] | median [95 % CI] | p90 | open | missing |
</source>
        <translation>| Kennzahl | Anzahl | Mittelwert [95-%-KI] | Median [95-%-KI] | p90 | offen | fehlend |
</translation>
    </message>
    <message>
        <source>
### Before and after %1

</source>
        <translation>
### Vor und nach dem %1

</translation>
    </message>
    <message>
        <source>| metric | median before → after | change [95 % CI] | verdict |
| --- | --- | --- | --- |
</source>
        <translation>| Kennzahl | Median vorher → nachher | Änderung [95-%-KI] | Bewertung |
| --- | --- | --- | --- |
</translation>
    </message>
</context>
<context>
    <name>BlamelessLint</name>
    <message>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation>%1: kein gültiges JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>%1: rules[%2] needs an id and a pattern</source>
        <translation>%1: rules[%2] braucht id und pattern</translation>
    </message>
    <message>
        <source>%1: rules[%2] (%3): the pattern is not a valid regular expression</source>
        <translation>%1: rules[%2] (%3): Das Muster ist kein gültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Nothing to commit: begin() was not called or failed.</source>
        <translation>Nichts zu übernehmen: begin() wurde nicht aufgerufen oder ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Writing the rows of %1 failed: %2</source>
        <translation>Das Schreiben der Zeilen von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <source>Cannot read the change log: %1</source>
        <translation>Das Änderungsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The change log has no change %1 (it may have been pruned): start from 0 or leave --from out.</source>
        <translation>Das Änderungsprotokoll enthält keine Änderung %1 (vielleicht wurde sie bereits entfernt): Beginnen Sie bei 0 oder lassen Sie --from weg.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is not a Sitrep database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 ist keine Sitrep-Datenbank (keine SQLite-Datei). Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not Sitrep&apos;s. It was left unchanged.</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung, nicht von Sitrep. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Sitrep (schema version %2; this version knows up to %3). Update Sitrep to open it. The file was left unchanged.</source>
        <translation>%1 wurde von einem neueren Sitrep geschrieben (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie Sitrep, um sie zu öffnen. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2 before upgrading it: %3. Nothing was changed.</source>
        <translation>%1 kann vor dem Upgrade nicht nach %2 gesichert werden: %3. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot use %1: “%2” failed: %3</source>
        <translation>%1 kann nicht verwendet werden: „%2“ ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Cannot use %1: reading back %2 failed: %3</source>
        <translation>%1 kann nicht verwendet werden: Zurücklesen von %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Cannot use %1: “%2” did not take effect (%3 is “%4”).</source>
        <translation>%1 kann nicht verwendet werden: „%2“ hat nicht gewirkt (%3 ist „%4“).</translation>
    </message>
    <message>
        <source>it runs PostgreSQL %1.%2; Sitrep needs PostgreSQL %3 or newer.</source>
        <translation>dort läuft PostgreSQL %1.%2; Sitrep benötigt PostgreSQL %3 oder neuer.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds tables of another application, not Sitrep&apos;s. It was left unchanged.</source>
        <translation>Die PostgreSQL-Datenbank %1 enthält Tabellen einer anderen Anwendung, nicht die von Sitrep. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Sitrep (schema version %2; this version knows up to %3). Update Sitrep to open it. The database was left unchanged.</source>
        <translation>%1 wurde von einem neueren Sitrep geschrieben (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie Sitrep, um sie zu öffnen. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed. On Debian it is in the package libqt6sql6-psql.</source>
        <translation>%1 kann nicht geöffnet werden: Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert. Unter Debian ist er im Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>the database&apos;s encoding is %1; Sitrep needs a UTF8 database (CREATE DATABASE … ENCODING &apos;UTF8&apos;).</source>
        <translation>die Kodierung der Datenbank ist %1; Sitrep benötigt eine UTF8-Datenbank (CREATE DATABASE … ENCODING &apos;UTF8&apos;).</translation>
    </message>
    <message>
        <source>Sitrep checks the certificate and the name of a server on another machine (sslmode=verify-full): give the server&apos;s certificate authority (sslrootcert=FILE), or choose another encryption in the address (sslmode=require encrypts without checking; sslmode=disable does not encrypt).</source>
        <translation>Sitrep prüft bei einem Server auf einem anderen Rechner das Zertifikat und den Namen (sslmode=verify-full): Geben Sie die Zertifizierungsstelle des Servers an (sslrootcert=DATEI) oder wählen Sie in der Adresse eine andere Verschlüsselung (sslmode=require verschlüsselt ohne Prüfung; sslmode=disable verschlüsselt nicht).</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this Sitrep knows (%2)</source>
        <translation>Schemaversion %1 ist neuer, als dieses Sitrep kennt (%2)</translation>
    </message>
    <message>
        <source>schema version %1 is older than %2: run `sitrepctl migrate`</source>
        <translation>Schemaversion %1 ist älter als %2: Führen Sie `sitrepctl migrate` aus</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>rows in %1 point to missing rows</source>
        <translation>Zeilen in %1 verweisen auf fehlende Zeilen</translation>
    </message>
    <message>
        <source>the incident number counter is missing</source>
        <translation>der Zähler für Vorfallnummern fehlt</translation>
    </message>
    <message>
        <source>the incident number counter (%1) is below the highest incident number (%2): the next incident would get a number that exists</source>
        <translation>der Zähler für Vorfallnummern (%1) liegt unter der höchsten Vorfallnummer (%2): der nächste Vorfall bekäme eine Nummer, die es schon gibt</translation>
    </message>
    <message>
        <source>the foreign key %1 of %2 is not validated: rows may point to missing rows</source>
        <translation>der Fremdschlüssel %1 von %2 ist nicht validiert: Zeilen können auf fehlende Zeilen verweisen</translation>
    </message>
    <message>
        <source>the foreign keys of %1 are switched off (its triggers are disabled): rows may point to missing rows</source>
        <translation>die Fremdschlüssel von %1 sind abgeschaltet (ihre Trigger sind deaktiviert): Zeilen können auf fehlende Zeilen verweisen</translation>
    </message>
    <message>
        <source>the index %1 is invalid (an interrupted build): rebuild it with REINDEX</source>
        <translation>der Index %1 ist ungültig (ein abgebrochener Aufbau): Bauen Sie ihn mit REINDEX neu auf</translation>
    </message>
    <message>
        <source>the ids of %1 come from a sequence at %2, below its highest id %3: the next row would get an id that exists</source>
        <translation>die IDs von %1 kommen aus einer Sequenz bei %2, unter ihrer höchsten ID %3: die nächste Zeile bekäme eine ID, die es schon gibt</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is no Sitrep database there yet.</source>
        <translation>%1 ist leer: Dort gibt es noch keine Sitrep-Datenbank.</translation>
    </message>
    <message>
        <source>%1 holds tables of another application, not Sitrep&apos;s.</source>
        <translation>%1 enthält Tabellen einer anderen Anwendung, nicht die von Sitrep.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The tables %1 refer to each other through foreign keys that cannot wait for the end of the copy.</source>
        <translation>Die Tabellen %1 verweisen über Fremdschlüssel aufeinander, die nicht bis zum Ende der Kopie warten können.</translation>
    </message>
    <message>
        <source>%1 has no table %2, which %3 has.</source>
        <translation>%1 hat keine Tabelle %2, die %3 hat.</translation>
    </message>
    <message>
        <source>The table %1 has the columns %2 in %3 but %4 in %5.</source>
        <translation>Die Tabelle %1 hat in %3 die Spalten %2, in %5 aber %4.</translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>Die Tabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the table %1: %2</source>
        <translation>Die Tabelle %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the table %1 (near row %2): %3</source>
        <translation>Die Tabelle %1 kann nicht geschrieben werden (bei Zeile %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not empty (the table %2 holds %n row(s)). Nothing was copied; add --replace to replace what it holds.</source>
        <translation>
            <numerusform>%1 ist nicht leer (die Tabelle %2 enthält %n Zeile). Es wurde nichts kopiert; mit --replace wird der Inhalt ersetzt.</numerusform>
            <numerusform>%1 ist nicht leer (die Tabelle %2 enthält %n Zeilen). Es wurde nichts kopiert; mit --replace wird der Inhalt ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is at schema version %2 but %3 at %4: both ends of a copy must be at one version.</source>
        <translation>%1 hat die Schemaversion %2, %3 aber %4: Beide Seiten einer Kopie müssen dieselbe Version haben.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Es kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot have %1 to itself for the copy: %2. Close the Sitrep windows and intake servers that use it, then try again. Nothing was copied.</source>
        <translation>%1 lässt sich für die Kopie nicht allein nutzen: %2. Schließen Sie die Sitrep-Fenster und Eingangsserver, die sie verwenden, und versuchen Sie es erneut. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>Copying %1 to %2 failed: %3. %2 was left as it was.</source>
        <translation>Das Kopieren von %1 nach %2 ist fehlgeschlagen: %3. %2 blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 is open in another program (its write-ahead log %2 is in use). Close it there and try again.</source>
        <translation>%1 ist in einem anderen Programm geöffnet (sein Write-Ahead-Log %2 wird benutzt). Schließen Sie es dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Sitrep (schema version %2; this version knows up to %3). It was left unchanged.</source>
        <translation>%1 wurde von einem neueren Sitrep geschrieben (Schemaversion %2; diese Version kennt bis %3). Sie blieb unverändert.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot finish writing %1. %2 was left as it was.</source>
        <translation>%1 kann nicht fertig geschrieben werden. %2 blieb unverändert.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3. %2 was left as it was.</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3. %2 blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same database: a copy needs two.</source>
        <translation>%1 und %2 sind dieselbe Datenbank: Eine Kopie braucht zwei.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The connection parameter “%1” cannot contain a semicolon.</source>
        <translation>Der Verbindungsparameter „%1“ darf kein Semikolon enthalten.</translation>
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation>„%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address (postgresql://user@host:port/database).</source>
        <translation>„%1“ ist keine gültige PostgreSQL-Adresse (postgresql://benutzer@host:port/datenbank).</translation>
    </message>
    <message>
        <source>“%1” in the connection parameters has no value (write %1=value).</source>
        <translation>„%1“ hat in den Verbindungsparametern keinen Wert (schreiben Sie %1=wert).</translation>
    </message>
    <message>
        <source>The value of “%1” in the connection parameters has no closing quote.</source>
        <translation>Dem Wert von „%1“ in den Verbindungsparametern fehlt das schließende Anführungszeichen.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL connection parameter.</source>
        <translation>„%1“ ist kein PostgreSQL-Verbindungsparameter.</translation>
    </message>
    <message>
        <source>No database was given: name a file or a PostgreSQL server.</source>
        <translation>Es wurde keine Datenbank angegeben: Nennen Sie eine Datei oder einen PostgreSQL-Server.</translation>
    </message>
</context>
<context>
    <name>DatadogAdapter</name>
    <message>
        <source>This address reads Datadog&apos;s webhook: its default payload, or a custom one with a title.</source>
        <translation>Diese Adresse liest den Webhook von Datadog: die Standard-Payload oder eine eigene mit Titel.</translation>
    </message>
    <message>
        <source>is missing (and so are alert_title and event_title)</source>
        <translation>fehlt (ebenso alert_title und event_title)</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>[Drill] </source>
        <translation>[Übung] </translation>
    </message>
    <message>
        <source>Incident opened as %1 on %2</source>
        <translation>Vorfall als %1 für %2 eröffnet</translation>
    </message>
    <message>
        <source>%1 is incident commander</source>
        <translation>%1 ist Incident Commander</translation>
    </message>
    <message>
        <source>Not needed: cause already clear</source>
        <translation>Nicht nötig: Ursache bereits klar</translation>
    </message>
    <message>
        <source>Postmortem: %1</source>
        <translation>Postmortem: %1</translation>
    </message>
    <message>
        <source># %1

## Summary

%2

## Impact

%3 was degraded for %4 minutes.

## Resolution

%5
</source>
        <translation># %1

## Zusammenfassung

%2

## Auswirkung

%3 war %4 Minuten lang beeinträchtigt.

## Behebung

%5
</translation>
    </message>
    <message>
        <source>The number of incidents cannot be negative.</source>
        <translation>Die Anzahl der Vorfälle kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Demo data goes only into an empty database, so that it never mixes with real incidents. Choose a new file.</source>
        <translation>Demodaten kommen nur in eine leere Datenbank, damit sie sich nie mit echten Vorfällen mischen. Wählen Sie eine neue Datei.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1d %2h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>GenericAdapter</name>
    <message>
        <source>This address reads Sitrep&apos;s own alert format (title, severity, service, labels, …).</source>
        <translation>Diese Adresse liest das eigene Alarmformat von Sitrep (title, severity, service, labels, …).</translation>
    </message>
</context>
<context>
    <name>GrafanaLegacyAdapter</name>
    <message>
        <source>is “%1”, which Grafana does not notify about; expected alerting, no_data or ok</source>
        <translation>ist „%1“, worüber Grafana nicht benachrichtigt; erwartet: alerting, no_data oder ok</translation>
    </message>
    <message>
        <source>is missing (and so is title)</source>
        <translation>fehlt (ebenso title)</translation>
    </message>
</context>
<context>
    <name>HeldWrite</name>
    <message>
        <source>A held change of an unknown kind (“%1”) cannot be replayed by this version of Sitrep.</source>
        <translation>Eine aufbewahrte Änderung unbekannter Art („%1“) kann diese Sitrep-Version nicht nachtragen.</translation>
    </message>
    <message>
        <source>A held change (%1) has no valid “%2”.</source>
        <translation>Eine aufbewahrte Änderung (%1) hat kein gültiges „%2“.</translation>
    </message>
    <message>
        <source>the incident with id %1</source>
        <translation>der Vorfall mit der ID %1</translation>
    </message>
    <message>
        <source>Note on %1 at %2: “%3”</source>
        <translation>Notiz zu %1 um %2: „%3“</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Tick “%1” on %2</source>
        <translation>„%1“ bei %2 abhaken</translation>
    </message>
    <message>
        <source>Skip “%1” on %2 (%3)</source>
        <translation>„%1“ bei %2 überspringen (%3)</translation>
    </message>
    <message>
        <source>Note on the step “%1” of %2: “%3”</source>
        <translation>Notiz zum Schritt „%1“ bei %2: „%3“</translation>
    </message>
    <message>
        <source>Untick “%1” on %2</source>
        <translation>Haken bei „%1“ (%2) entfernen</translation>
    </message>
    <message>
        <source>Text of the postmortem “%1”</source>
        <translation>Text des Postmortems „%1“</translation>
    </message>
    <message>
        <source>Changes made while %1 did not answer</source>
        <translation>Änderungen, während %1 nicht antwortete</translation>
    </message>
    <message>
        <source>These changes were kept on this computer because the team database could not be reached. Enter them by hand, or open this database in Sitrep again and replay them.</source>
        <translation>Diese Änderungen wurden auf diesem Computer aufbewahrt, weil die Teamdatenbank nicht erreichbar war. Tragen Sie sie von Hand ein, oder öffnen Sie diese Datenbank wieder in Sitrep und tragen Sie sie nach.</translation>
    </message>
    <message>
        <source>Made by %1 at %2</source>
        <translation>Von %1 um %2</translation>
    </message>
    <message>
        <source>Not replayed: %1</source>
        <translation>Nicht nachgetragen: %1</translation>
    </message>
</context>
<context>
    <name>IncidentChange</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation>Auswirkung begann</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <source>Communications lead</source>
        <translation>Kommunikationsleitung</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>%1 needs %2 first.</source>
        <translation>%1 setzt %2 voraus.</translation>
    </message>
    <message>
        <source>%1 cannot be earlier than %2: milestones keep the order impact started, detected, acknowledged, mitigated, resolved.</source>
        <translation>%1 kann nicht vor %2 liegen: Meilensteine folgen der Reihenfolge Auswirkung begann, erkannt, bestätigt, eingedämmt, behoben.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
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
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>IncidentEdits</name>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Declare incident</source>
        <translation>Vorfall melden</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Mark key event</source>
        <translation>Als Schlüsselereignis markieren</translation>
    </message>
    <message>
        <source>Unmark key event</source>
        <translation>Markierung als Schlüsselereignis entfernen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Only notes can be deleted; the other events record what happened.</source>
        <translation>Nur Notizen lassen sich löschen; die anderen Ereignisse halten fest, was geschah.</translation>
    </message>
    <message>
        <source>A note stays on the timeline once it is written. To take it back, select it and press Delete (that can be undone); to correct it, press F2.</source>
        <translation>Eine geschriebene Notiz bleibt im Verlauf. Um sie zurückzunehmen, wählen Sie sie und drücken Sie Entf (das lässt sich rückgängig machen); um sie zu korrigieren, drücken Sie F2.</translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>Diese Notiz gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>IncidentMarkdown</name>
    <message>
        <source>**%1** · %2</source>
        <translation>**%1** · %2</translation>
    </message>
    <message>
        <source>times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>service %1 vanished</source>
        <translation>Dienst %1 ist verschwunden</translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translation>Ein Vorfall braucht einen Titel.</translation>
    </message>
    <message>
        <source>Impact cannot start in the future.</source>
        <translation>Die Auswirkung kann nicht in der Zukunft beginnen.</translation>
    </message>
    <message>
        <source>The new incident vanished.</source>
        <translation>Der neue Vorfall ist verschwunden.</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>Den Vorfall gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile (now %2); nothing was changed.</source>
        <translation>%1 wurde inzwischen geändert (jetzt %2); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>Impact cannot start after it was detected.</source>
        <translation>Die Auswirkung kann nicht nach der Erkennung beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>%n Notiz hinzugefügt</numerusform>
            <numerusform>%n Notizen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert event(s) recorded</source>
        <translation>
            <numerusform>%n Alarmereignis erfasst</numerusform>
            <numerusform>%n Alarmereignisse erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist change(s) made</source>
        <translation>
            <numerusform>%n Checklistenänderung vorgenommen</numerusform>
            <numerusform>%n Checklistenänderungen vorgenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other timeline event(s) recorded</source>
        <translation>
            <numerusform>%n weiteres Verlaufsereignis erfasst</numerusform>
            <numerusform>%n weitere Verlaufsereignisse erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s) joined it</source>
        <translation>
            <numerusform>%n weiterer Alarm hinzugekommen</numerusform>
            <numerusform>%n weitere Alarme hinzugekommen</numerusform>
        </translation>
    </message>
    <message>
        <source>a runbook checklist attached</source>
        <translation>eine Runbook-Checkliste angehängt</translation>
    </message>
    <message>
        <source>a postmortem drafted</source>
        <translation>ein Postmortem entworfen</translation>
    </message>
    <message>
        <source>its details edited</source>
        <translation>Angaben bearbeitet</translation>
    </message>
    <message>
        <source>%1 no longer exists; there is nothing to undo.</source>
        <translation>%1 gibt es nicht mehr; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>%1 was kept: it has changed since it was created (%2). Undo never removes later work.</source>
        <translation>%1 bleibt erhalten: Seit dem Anlegen hat sich etwas geändert (%2). Rückgängig machen entfernt nie spätere Arbeit.</translation>
    </message>
    <message>
        <source>“%1” was marked as a key event since, so it stays; nothing was changed.</source>
        <translation>„%1“ wurde seitdem als Schlüsselereignis markiert und bleibt daher; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>IntakeRuleStore</name>
    <message>
        <source>Every rule needs a name.</source>
        <translation>Jede Regel braucht einen Namen.</translation>
    </message>
    <message>
        <source>Rule “%1”: %2</source>
        <translation>Regel „%1“: %2</translation>
    </message>
    <message>
        <source>Rule “%1”: group by at least one label (or group_key).</source>
        <translation>Regel „%1“: Gruppieren Sie nach mindestens einem Label (oder group_key).</translation>
    </message>
    <message>
        <source>Rule “%1”: “%2” is not a label name.</source>
        <translation>Regel „%1“: „%2“ ist kein Label-Name.</translation>
    </message>
    <message>
        <source>Rule “%1”: severities run from SEV1 to SEV5.</source>
        <translation>Regel „%1“: Schweregrade reichen von SEV1 bis SEV5.</translation>
    </message>
    <message>
        <source>Severity mapping “%1” → %2 is not valid (SEV1 to SEV5).</source>
        <translation>Schweregrad-Zuordnung „%1“ → %2 ist ungültig (SEV1 bis SEV5).</translation>
    </message>
    <message>
        <source>The intake rules were changed meanwhile (in another window or by someone else); nothing was changed. Open the rules again to see them.</source>
        <translation>Die Eingangsregeln wurden inzwischen geändert (in einem anderen Fenster oder von jemand anderem); nichts wurde geändert. Öffnen Sie die Regeln erneut, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>IntakeServer</name>
    <message>
        <source>“%1” is not HOST:PORT (for example 127.0.0.1:9797).</source>
        <translation>„%1“ ist nicht HOST:PORT (zum Beispiel 127.0.0.1:9797).</translation>
    </message>
    <message>
        <source>“%1” has no valid port (0–65535).</source>
        <translation>„%1“ hat keinen gültigen Port (0–65535).</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without a token: anyone on the network could open incidents. Pass --token-file, or listen on 127.0.0.1.</source>
        <translation>Lauschen auf %1 ohne Token verweigert: Jeder im Netz könnte Vorfälle eröffnen. Geben Sie --token-file an oder lauschen Sie auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>Use GET.</source>
        <translation>Verwenden Sie GET.</translation>
    </message>
    <message>
        <source>A bearer token is required.</source>
        <translation>Ein Bearer-Token ist erforderlich.</translation>
    </message>
    <message>
        <source>No intake route at %1. Routes: /api/v1/alertmanager, /api/v1/grafana, /v2/enqueue, /api/v1/datadog, /api/v1/alerts, /healthz, /metrics.</source>
        <translation>Unter %1 gibt es keine Eingangsroute. Routen: /api/v1/alertmanager, /api/v1/grafana, /v2/enqueue, /api/v1/datadog, /api/v1/alerts, /healthz, /metrics.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>Cannot serve HTTP on %1.</source>
        <translation>HTTP auf %1 kann nicht bereitgestellt werden.</translation>
    </message>
    <message>
        <source>A valid bearer token is required.</source>
        <translation>Ein gültiges Bearer-Token ist erforderlich.</translation>
    </message>
    <message>
        <source>Use POST.</source>
        <translation>Verwenden Sie POST.</translation>
    </message>
    <message>
        <source>The body is %1 bytes; the limit is %2.</source>
        <translation>Der Body hat %1 Bytes; die Grenze liegt bei %2.</translation>
    </message>
    <message>
        <source>Intake is shutting down.</source>
        <translation>Der Eingang wird heruntergefahren.</translation>
    </message>
    <message>
        <source>The alert could not be stored: %1</source>
        <translation>Der Alarm konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Intake is busy; retry shortly.</source>
        <translation>Der Eingang ist ausgelastet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The token in %1 is shorter than 16 characters; use a long random one (e.g. `openssl rand -hex 32`).</source>
        <translation>Das Token in %1 ist kürzer als 16 Zeichen; verwenden Sie ein langes zufälliges (z. B. `openssl rand -hex 32`).</translation>
    </message>
</context>
<context>
    <name>IntakeStore</name>
    <message>
        <source>Alert firing: %1</source>
        <translation>Alarm aktiv: %1</translation>
    </message>
    <message>
        <source>Intake cannot prepare its statements: %1</source>
        <translation>Der Eingang kann seine Anweisungen nicht vorbereiten: %1</translation>
    </message>
    <message>
        <source>Alert from %1</source>
        <translation>Alarm von %1</translation>
    </message>
    <message>
        <source>Incident opened as %1 by an alert from %2</source>
        <translation>Vorfall als %1 durch einen Alarm von %2 eröffnet</translation>
    </message>
    <message>
        <source>Alert resolved: %1</source>
        <translation>Alarm behoben: %1</translation>
    </message>
    <message>
        <source>Incident resolved: all of its alerts resolved (intake rule “%1”)</source>
        <translation>Vorfall behoben: Alle seine Alarme sind behoben (Eingangsregel „%1“)</translation>
    </message>
    <message>
        <source>Acknowledged through %1: %2</source>
        <translation>Bestätigt über %1: %2</translation>
    </message>
    <message>
        <source>Alert acknowledged: %1</source>
        <translation>Alarm bestätigt: %1</translation>
    </message>
    <message>
        <source>No intake transaction is open.</source>
        <translation>Keine Eingangstransaktion ist offen.</translation>
    </message>
    <message>
        <source>Intake cannot start: %1</source>
        <translation>Der Eingang kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Intake cannot start: %1 Intake writes through SQLite&apos;s C API on Qt&apos;s connection, so Qt&apos;s SQLite driver must run the SQLite Sitrep was built with (a Qt from your Linux distribution does).</source>
        <translation>Der Eingang kann nicht starten: %1 Der Eingang schreibt über die C-API von SQLite auf der Verbindung von Qt, daher muss der SQLite-Treiber von Qt das SQLite verwenden, mit dem Sitrep gebaut wurde (ein Qt aus Ihrer Linux-Distribution tut das).</translation>
    </message>
    <message>
        <source>it returned nothing</source>
        <translation>es lieferte nichts</translation>
    </message>
    <message>
        <source>Intake answers a sender only after a commit that survives a power loss, and that needs WAL mode with synchronous=FULL.</source>
        <translation>Der Eingang antwortet einem Absender erst nach einem Commit, der einen Stromausfall übersteht, und dafür braucht es den WAL-Modus mit synchronous=FULL.</translation>
    </message>
    <message>
        <source>Intake cannot start: “PRAGMA synchronous=FULL” failed: %1. %2</source>
        <translation>Der Eingang kann nicht starten: „PRAGMA synchronous=FULL“ ist fehlgeschlagen: %1. %2</translation>
    </message>
    <message>
        <source>Intake cannot start: reading back %1 failed: %2. %3</source>
        <translation>Der Eingang kann nicht starten: Zurücklesen von %1 ist fehlgeschlagen: %2. %3</translation>
    </message>
    <message>
        <source>Intake cannot start: %1 is “%2”, not “%3”. %4</source>
        <translation>Der Eingang kann nicht starten: %1 ist „%2“, nicht „%3“. %4</translation>
    </message>
    <message>
        <source>Intake answers a sender only after a commit that survives a crash, and on PostgreSQL that needs synchronous_commit on.</source>
        <translation>Der Eingang antwortet einem Absender erst nach einem Commit, der einen Absturz übersteht, und auf PostgreSQL braucht es dafür synchronous_commit on.</translation>
    </message>
    <message>
        <source>Intake cannot start: “SET synchronous_commit = on” failed: %1. %2</source>
        <translation>Der Eingang kann nicht starten: „SET synchronous_commit = on“ ist fehlgeschlagen: %1. %2</translation>
    </message>
    <message>
        <source>Intake cannot start: reading back synchronous_commit failed: %1. %2</source>
        <translation>Der Eingang kann nicht starten: synchronous_commit ließ sich nicht zurücklesen: %1. %2</translation>
    </message>
    <message>
        <source>Intake cannot start: synchronous_commit is “%1”, not “on”. %2</source>
        <translation>Der Eingang kann nicht starten: synchronous_commit ist „%1“, nicht „on“. %2</translation>
    </message>
    <message>
        <source>The PostgreSQL server runs with fsync off: intake answers after each commit, but a crash of the server&apos;s machine can lose alerts it has already acknowledged. Its administrator can turn fsync on in postgresql.conf.</source>
        <translation>Der PostgreSQL-Server läuft mit ausgeschaltetem fsync: Der Eingang antwortet nach jedem Commit, aber ein Absturz des Server-Rechners kann Alarme verlieren, die er schon bestätigt hat. Sein Administrator kann fsync in postgresql.conf einschalten.</translation>
    </message>
    <message>
        <source>The service “%1” could neither be stored nor found.</source>
        <translation>Der Dienst „%1“ ließ sich weder speichern noch finden.</translation>
    </message>
    <message>
        <source>Another writer keeps opening and resolving incidents for the alert group “%1”; try again.</source>
        <translation>Ein anderer Schreiber eröffnet und löst immer wieder Vorfälle für die Alarmgruppe „%1“; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Another writer stored one of these alerts at the same moment.</source>
        <translation>Ein anderer Schreiber hat einen dieser Alarme im selben Moment gespeichert.</translation>
    </message>
    <message>
        <source>PostgreSQL gave no new id for an alert.</source>
        <translation>PostgreSQL hat keine neue Kennung für einen Alarm geliefert.</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>The incident no longer exists.</source>
        <translation>Den Vorfall gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>expected an incident id such as &quot;INC-1042&quot;, got &quot;%1&quot;</source>
        <translation>Vorfall-ID wie &quot;INC-1042&quot; erwartet, &quot;%1&quot; erhalten</translation>
    </message>
    <message>
        <source>this is not a Sitrep exchange document (&quot;%1&quot;)</source>
        <translation>dies ist kein Sitrep-Austauschdokument (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>version %1 is newer than this Sitrep reads (%2)</source>
        <translation>Version %1 ist neuer, als dieses Sitrep lesen kann (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>no runbook &quot;%1&quot; in this document</source>
        <translation>kein Runbook &quot;%1&quot; in diesem Dokument</translation>
    </message>
    <message>
        <source>no incident %1 in this document</source>
        <translation>kein Vorfall %1 in diesem Dokument</translation>
    </message>
    <message>
        <source>%1 has a postmortem already</source>
        <translation>%1 hat bereits ein Postmortem</translation>
    </message>
    <message>
        <source>%1 already exists in this database</source>
        <translation>%1 ist in dieser Datenbank bereits vorhanden</translation>
    </message>
    <message>
        <source>$: not valid JSON at %1: %2</source>
        <translation>$: kein gültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <source>$: expected an object at the top level</source>
        <translation>$: auf oberster Ebene wird ein Objekt erwartet</translation>
    </message>
    <message>
        <source>a runbook &quot;%1&quot; already exists in this database</source>
        <translation>ein Runbook „%1“ gibt es in dieser Datenbank bereits</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a string or null, got %1</source>
        <translation>Zeichenkette oder null erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>ganze Zahl von %1 bis %2 erwartet</translation>
    </message>
    <message>
        <source>a time is required here</source>
        <translation>hier ist eine Zeit erforderlich</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time with a zone, such as &quot;2026-03-14T09:26:53.589Z&quot;</source>
        <translation>ISO-8601-Zeit mit Zone erwartet, etwa &quot;2026-03-14T09:26:53.589Z&quot;</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>einer der Werte %1 erwartet, &quot;%2&quot; erhalten</translation>
    </message>
    <message>
        <source>expected one of SEV1..SEV5, got &quot;%1&quot;</source>
        <translation>einer der Werte SEV1..SEV5 erwartet, &quot;%1&quot; erhalten</translation>
    </message>
    <message>
        <source>expected one of open, acknowledged, mitigated, resolved, got &quot;%1&quot;</source>
        <translation>einer der Werte open, acknowledged, mitigated, resolved erwartet, &quot;%1&quot; erhalten</translation>
    </message>
</context>
<context>
    <name>LabelMatcher</name>
    <message>
        <source>Empty matcher in “%1” (two commas in a row?).</source>
        <translation>Leere Bedingung in „%1“ (zwei Kommas hintereinander?).</translation>
    </message>
    <message>
        <source>“%1” does not start with a label name.</source>
        <translation>„%1“ beginnt nicht mit einem Label-Namen.</translation>
    </message>
    <message>
        <source>“%1” needs one of =, !=, =~ or !~ after the label name.</source>
        <translation>„%1“ braucht nach dem Label-Namen =, !=, =~ oder !~.</translation>
    </message>
    <message>
        <source>“%1” has an unclosed quote.</source>
        <translation>„%1“ hat ein nicht geschlossenes Anführungszeichen.</translation>
    </message>
    <message>
        <source>“%1”: the regular expression is invalid (%2).</source>
        <translation>„%1“: Der reguläre Ausdruck ist ungültig (%2).</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3. Nothing was changed.</source>
        <translation>Migration %1 (%2) ist fehlgeschlagen: %3. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The migrations left a broken reference in %1. Nothing was changed.</source>
        <translation>Die Migrationen haben einen kaputten Verweis in %1 hinterlassen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>“%1” did not take effect (is a transaction open?)</source>
        <translation>„%1“ hat nicht gewirkt (ist eine Transaktion offen?)</translation>
    </message>
    <message>
        <source>Cannot switch foreign keys off to migrate: %1. Nothing was changed.</source>
        <translation>Fremdschlüssel lassen sich für die Migration nicht ausschalten: %1. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot check the references after migrating: %1. Nothing was changed.</source>
        <translation>Die Verweise lassen sich nach der Migration nicht prüfen: %1. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The database was migrated, but foreign keys could not be switched back on: %1</source>
        <translation>Die Datenbank wurde migriert, aber die Fremdschlüssel ließen sich nicht wieder einschalten: %1</translation>
    </message>
    <message>
        <source>The database is at schema version %1, older than any team database Sitrep made. Nothing was changed.</source>
        <translation>Die Datenbank hat die Schemaversion %1, älter als jede Teamdatenbank, die Sitrep angelegt hat. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseFile</name>
    <message>
        <source>Choose a file name for the new database.</source>
        <translation>Wählen Sie einen Dateinamen für die neue Datenbank.</translation>
    </message>
    <message>
        <source>%1 already exists. A new database never replaces a file: choose another name.</source>
        <translation>%1 existiert bereits. Eine neue Datenbank ersetzt nie eine Datei: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is left over from an earlier database of that name, and SQLite would read it into the new one. Choose another name, or move that file away first.</source>
        <translation>%1 ist von einer früheren Datenbank dieses Namens übrig, und SQLite würde sie in die neue einlesen. Wählen Sie einen anderen Namen oder verschieben Sie diese Datei zuerst.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>it was written by a newer version of Sitrep</source>
        <translation>sie wurde von einer neueren Sitrep-Version geschrieben</translation>
    </message>
    <message>
        <source>The changes held on this computer for %1 could not be read (%2). The file was kept as %3.</source>
        <translation>Die auf diesem Computer aufbewahrten Änderungen für %1 konnten nicht gelesen werden (%2). Die Datei wurde als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>The changes held on this computer for %1 could not be read (%2), in %3.</source>
        <translation>Die auf diesem Computer aufbewahrten Änderungen für %1 konnten nicht gelesen werden (%2), in %3.</translation>
    </message>
    <message>
        <source>Could not update %1.</source>
        <translation>%1 konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not lock %1: another Sitrep is writing it.</source>
        <translation>%1 konnte nicht gesperrt werden: Ein anderes Sitrep schreibt gerade hinein.</translation>
    </message>
</context>
<context>
    <name>OutboxReplay</name>
    <message>
        <source>Someone else saved this postmortem meanwhile; save your text to a file and merge it by hand.</source>
        <translation>Jemand anderes hat dieses Postmortem inzwischen gespeichert; speichern Sie Ihren Text in eine Datei und führen Sie ihn von Hand zusammen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PagerDutyAdapter</name>
    <message>
        <source>is longer than 255 characters</source>
        <translation>ist länger als 255 Zeichen</translation>
    </message>
    <message>
        <source>is longer than 1024 characters</source>
        <translation>ist länger als 1024 Zeichen</translation>
    </message>
    <message>
        <source>This address reads PagerDuty Events API v2 alert events (routing_key, event_action, payload) and v1 events (service_key, event_type).</source>
        <translation>Diese Adresse liest Alarmereignisse der PagerDuty Events API v2 (routing_key, event_action, payload) und Ereignisse von v1 (service_key, event_type).</translation>
    </message>
</context>
<context>
    <name>PasswordKeeper</name>
    <message>
        <source>No keyring is available on this desktop, so the password is kept for this session only.</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbund verfügbar; das Passwort wird daher nur für diese Sitzung behalten.</translation>
    </message>
</context>
<context>
    <name>PayloadReader</name>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>is blank</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>expected a string or a number</source>
        <translation>Zeichenkette oder Zahl erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>expected one of %1, got “%2”</source>
        <translation>einer der Werte %1 erwartet, „%2“ erhalten</translation>
    </message>
</context>
<context>
    <name>Postmortem</name>
    <message>
        <source>In review</source>
        <translation>In Durchsicht</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
</context>
<context>
    <name>PostmortemEdits</name>
    <message>
        <source>Draft postmortem of %1</source>
        <translation>Postmortem zu %1 entwerfen</translation>
    </message>
    <message>
        <source>Publish postmortem</source>
        <translation>Postmortem veröffentlichen</translation>
    </message>
    <message>
        <source>Send postmortem for review</source>
        <translation>Postmortem zur Durchsicht senden</translation>
    </message>
    <message>
        <source>Reopen postmortem</source>
        <translation>Postmortem wieder öffnen</translation>
    </message>
    <message>
        <source>Add action item “%1”</source>
        <translation>Maßnahme „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>„%1“ als erledigt markieren</translation>
    </message>
    <message>
        <source>Change action item “%1”</source>
        <translation>Maßnahme „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>PostmortemExport</name>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>won&apos;t do</source>
        <translation>wird nicht umgesetzt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>Postmortem</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Durchsicht durch</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>Den Vorfall gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 has no postmortem yet.</source>
        <translation>%1 hat noch kein Postmortem.</translation>
    </message>
</context>
<context>
    <name>PostmortemStore</name>
    <message>
        <source>This incident already has a postmortem.</source>
        <translation>Dieser Vorfall hat bereits ein Postmortem.</translation>
    </message>
    <message>
        <source>Postmortem drafted (template: %1)</source>
        <translation>Postmortem entworfen (Vorlage: %1)</translation>
    </message>
    <message>
        <source>The postmortem is published (read-only) or gone; reopen it to edit.</source>
        <translation>Das Postmortem ist veröffentlicht (schreibgeschützt) oder gelöscht; öffnen Sie es zum Bearbeiten wieder.</translation>
    </message>
    <message>
        <source>Unknown postmortem status “%1”.</source>
        <translation>Unbekannter Postmortem-Status „%1“.</translation>
    </message>
    <message>
        <source>The postmortem no longer exists.</source>
        <translation>Das Postmortem gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Name at least one reviewer.</source>
        <translation>Nennen Sie mindestens eine Person für die Durchsicht.</translation>
    </message>
    <message>
        <source>Postmortem sent for review to %1</source>
        <translation>Postmortem an %1 zur Durchsicht gesendet</translation>
    </message>
    <message>
        <source>Postmortem published</source>
        <translation>Postmortem veröffentlicht</translation>
    </message>
    <message>
        <source>Postmortem reopened as a draft</source>
        <translation>Postmortem als Entwurf wieder geöffnet</translation>
    </message>
    <message>
        <source>An action item needs a title.</source>
        <translation>Eine Maßnahme braucht einen Titel.</translation>
    </message>
    <message>
        <source>same alert</source>
        <translation>gleicher Alarm</translation>
    </message>
    <message>
        <source>same service</source>
        <translation>gleicher Dienst</translation>
    </message>
    <message>
        <source>similar words</source>
        <translation>ähnliche Wörter</translation>
    </message>
    <message>
        <source>The new postmortem vanished.</source>
        <translation>Das neue Postmortem ist verschwunden.</translation>
    </message>
    <message>
        <source>The postmortem no longer exists; there is nothing to undo.</source>
        <translation>Das Postmortem gibt es nicht mehr; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>its text was written in</source>
        <translation>in seinen Text geschrieben</translation>
    </message>
    <message>
        <source>its title was changed</source>
        <translation>sein Titel geändert</translation>
    </message>
    <message>
        <source>it was sent for review or published</source>
        <translation>es zur Durchsicht gesendet oder veröffentlicht</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) were added</source>
        <translation>
            <numerusform>%n Maßnahme hinzugefügt</numerusform>
            <numerusform>%n Maßnahmen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>it was edited</source>
        <translation>es bearbeitet</translation>
    </message>
    <message>
        <source>The postmortem was kept: %1 since it was drafted. Undo never removes later work.</source>
        <translation>Das Postmortem bleibt erhalten: Seit dem Entwurf wurde %1. Rückgängig machen entfernt nie spätere Arbeit.</translation>
    </message>
    <message>
        <source>The postmortem&apos;s status was changed meanwhile (it is now %1); nothing was changed.</source>
        <translation>Der Status des Postmortems wurde inzwischen geändert (jetzt %1); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The action item “%1” no longer exists.</source>
        <translation>Die Maßnahme „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The action item “%1” was changed meanwhile; nothing was changed.</source>
        <translation>Die Maßnahme „%1“ wurde inzwischen geändert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The postmortem&apos;s reviewers were changed meanwhile (now %1); nothing was changed.</source>
        <translation>Die Durchsicht wurde inzwischen anderen übertragen (jetzt %1); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niemand</translation>
    </message>
</context>
<context>
    <name>PostmortemTemplates</name>
    <message>
        <source>The incident&apos;s id, e.g. INC-1042</source>
        <translation>Die ID des Vorfalls, z. B. INC-1042</translation>
    </message>
    <message>
        <source>Its title</source>
        <translation>Sein Titel</translation>
    </message>
    <message>
        <source>Severity with its meaning, e.g. “SEV2 (major: …)”</source>
        <translation>Schweregrad mit Bedeutung, z. B. „SEV2 (schwer: …)“</translation>
    </message>
    <message>
        <source>The affected service</source>
        <translation>Der betroffene Dienst</translation>
    </message>
    <message>
        <source>Open, acknowledged, mitigated or resolved</source>
        <translation>Offen, bestätigt, eingedämmt oder behoben</translation>
    </message>
    <message>
        <source>The incident&apos;s summary</source>
        <translation>Die Zusammenfassung des Vorfalls</translation>
    </message>
    <message>
        <source>When impact started, in the reader&apos;s time zone and UTC</source>
        <translation>Wann die Auswirkung begann, in der Zeitzone der Lesenden und in UTC</translation>
    </message>
    <message>
        <source>When it was detected</source>
        <translation>Wann er erkannt wurde</translation>
    </message>
    <message>
        <source>When it was acknowledged</source>
        <translation>Wann er bestätigt wurde</translation>
    </message>
    <message>
        <source>When it was mitigated</source>
        <translation>Wann er eingedämmt wurde</translation>
    </message>
    <message>
        <source>When it was resolved</source>
        <translation>Wann er behoben wurde</translation>
    </message>
    <message>
        <source>Detected − impact started</source>
        <translation>Erkannt − Auswirkung begann</translation>
    </message>
    <message>
        <source>Acknowledged − detected</source>
        <translation>Bestätigt − erkannt</translation>
    </message>
    <message>
        <source>Mitigated − impact started</source>
        <translation>Eingedämmt − Auswirkung begann</translation>
    </message>
    <message>
        <source>Resolved − impact started</source>
        <translation>Behoben − Auswirkung begann</translation>
    </message>
    <message>
        <source>Same as time to resolve, or “ongoing”</source>
        <translation>Wie die Zeit bis zur Behebung, oder „andauernd“</translation>
    </message>
    <message>
        <source>Table of the starred events and milestones, local time and UTC</source>
        <translation>Tabelle der markierten Ereignisse und Meilensteine, Ortszeit und UTC</translation>
    </message>
    <message>
        <source>Table of every timeline event</source>
        <translation>Tabelle aller Verlaufsereignisse</translation>
    </message>
    <message>
        <source>Table of the alerts involved</source>
        <translation>Tabelle der beteiligten Alarme</translation>
    </message>
    <message>
        <source>Runbook checklists with their outcome</source>
        <translation>Runbook-Checklisten mit ihrem Ergebnis</translation>
    </message>
    <message>
        <source>Everyone with a role or a timeline entry</source>
        <translation>Alle mit einer Rolle oder einem Eintrag im Verlauf</translation>
    </message>
    <message>
        <source>The incident commander</source>
        <translation>Der Incident Commander</translation>
    </message>
    <message>
        <source>The communications lead</source>
        <translation>Die Kommunikationsleitung</translation>
    </message>
    <message>
        <source>The scribe</source>
        <translation>Die Protokollführung</translation>
    </message>
    <message>
        <source>Who writes the postmortem</source>
        <translation>Wer das Postmortem schreibt</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Das heutige Datum</translation>
    </message>
    <message>
        <source>Google SRE (full)</source>
        <translation>Google SRE (ausführlich)</translation>
    </message>
    <message>
        <source>Atlassian</source>
        <translation>Atlassian</translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <source>Short (minor incidents)</source>
        <translation>Kurz (kleinere Vorfälle)</translation>
    </message>
</context>
<context>
    <name>Prefill</name>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>Den Vorfall gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>no service recorded</source>
        <translation>kein Dienst erfasst</translation>
    </message>
    <message>
        <source>Summarise what happened in two or three sentences.</source>
        <translation>Fassen Sie in zwei, drei Sätzen zusammen, was geschah.</translation>
    </message>
    <message>
        <source>impact start not recorded</source>
        <translation>Beginn der Auswirkung nicht erfasst</translation>
    </message>
    <message>
        <source>detection not recorded</source>
        <translation>Erkennung nicht erfasst</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>not mitigated</source>
        <translation>nicht eingedämmt</translation>
    </message>
    <message>
        <source>not resolved yet</source>
        <translation>noch nicht behoben</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <source>The timeline is empty.</source>
        <translation>Der Verlauf ist leer.</translation>
    </message>
    <message>
        <source>No key events yet: star them on the timeline (Ctrl+K).</source>
        <translation>Noch keine Schlüsselereignisse: Markieren Sie sie im Verlauf (Strg+K).</translation>
    </message>
    <message>
        <source>No alerts are linked to this incident. How was it noticed?</source>
        <translation>Mit diesem Vorfall sind keine Alarme verknüpft. Wie wurde er bemerkt?</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>still firing</source>
        <translation>noch aktiv</translation>
    </message>
    <message>
        <source>No runbook checklist was used.</source>
        <translation>Es wurde keine Runbook-Checkliste verwendet.</translation>
    </message>
    <message>
        <source>Runbook “%1” (version %2)</source>
        <translation>Runbook „%1“ (Version %2)</translation>
    </message>
    <message>
        <source>Steps added during the incident</source>
        <translation>Während des Vorfalls hinzugefügte Schritte</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 skipped</source>
        <translation>%1 von %2 erledigt, %3 übersprungen</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>Who responded?</source>
        <translation>Wer war beteiligt?</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
</context>
<context>
    <name>QChart</name>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2: %3
%n incident(s)</source>
        <translation>
            <numerusform>%1
%2: %3
%n Vorfall</numerusform>
            <numerusform>%1
%2: %3
%n Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>
95 %: %1 – %2</source>
        <translation>
95 %: %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>
%n still open</source>
        <translation>
            <numerusform>
%n noch offen</numerusform>
            <numerusform>
%n noch offen</numerusform>
        </translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>duration from (log-spaced bins)</source>
        <translation>Dauer ab (logarithmische Klassen)</translation>
    </message>
    <message>
        <source>%1: %2 incidents</source>
        <translation>%1: %2 Vorfälle</translation>
    </message>
</context>
<context>
    <name>RawSqlite</name>
    <message>
        <source>Qt&apos;s SQLite driver runs SQLite %1 (%2), but Sitrep was built with SQLite %3 (%4).</source>
        <translation>Der SQLite-Treiber von Qt verwendet SQLite %1 (%2), aber Sitrep wurde mit SQLite %3 (%4) gebaut.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver runs a copy of SQLite %1 built with other options than Sitrep&apos;s (%2).</source>
        <translation>Der SQLite-Treiber von Qt verwendet eine Kopie von SQLite %1, die mit anderen Optionen gebaut wurde als die von Sitrep (%2).</translation>
    </message>
    <message>
        <source>The SQLite C API is switched off for a test.</source>
        <translation>Die C-API von SQLite ist für einen Test abgeschaltet.</translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation>Die Datenbankverbindung ist nicht offen.</translation>
    </message>
    <message>
        <source>The database is not an SQLite database (Qt driver %1).</source>
        <translation>Die Datenbank ist keine SQLite-Datenbank (Qt-Treiber %1).</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver did not say which SQLite it runs.</source>
        <translation>Der SQLite-Treiber von Qt hat nicht angegeben, welches SQLite er verwendet.</translation>
    </message>
</context>
<context>
    <name>RunbookDocument</name>
    <message>
        <source>the front matter starting here is never closed with ---</source>
        <translation>der hier beginnende Front-Matter-Block wird nie mit --- geschlossen</translation>
    </message>
    <message>
        <source>expected “key: value”, got “%1”</source>
        <translation>„Schlüssel: Wert“ erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>min_severity must be SEV1..SEV5, got “%1”</source>
        <translation>min_severity muss SEV1..SEV5 sein, „%1“ erhalten</translation>
    </message>
    <message>
        <source>last_reviewed must be a date like 2026-09-01, got “%1”</source>
        <translation>last_reviewed muss ein Datum wie 2026-09-01 sein, „%1“ erhalten</translation>
    </message>
    <message>
        <source>a code block starting here is never closed with %1</source>
        <translation>ein hier beginnender Codeblock wird nie mit %1 geschlossen</translation>
    </message>
    <message>
        <source>“%1” is given twice (first on line %2)</source>
        <translation>„%1“ ist doppelt angegeben (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>alerts must be a list with one set of label matchers per entry (- alertname=DiskFull, severity=critical), not a mapping</source>
        <translation>alerts muss eine Liste mit einem Satz Label-Bedingungen je Eintrag sein (- alertname=DiskFull, severity=critical), kein Mapping</translation>
    </message>
    <message>
        <source>an alerts entry must be label matchers such as alertname=DiskFull; quote the whole entry when it contains “: ” or “ #”</source>
        <translation>ein Eintrag in alerts muss aus Label-Bedingungen wie alertname=DiskFull bestehen; setzen Sie den ganzen Eintrag in Anführungszeichen, wenn er „: “ oder „ #“ enthält</translation>
    </message>
</context>
<context>
    <name>RunbookEdits</name>
    <message>
        <source>Edit runbook “%1”</source>
        <translation>Runbook „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>A runbook needs a title.</source>
        <translation>Ein Runbook braucht einen Titel.</translation>
    </message>
    <message>
        <source>New runbook “%1”</source>
        <translation>Neues Runbook „%1“</translation>
    </message>
    <message>
        <source>Attach runbook “%1”</source>
        <translation>Runbook „%1“ anhängen</translation>
    </message>
    <message>
        <source>Add step “%1”</source>
        <translation>Schritt „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation>„%1“ abhaken</translation>
    </message>
    <message>
        <source>Skip “%1”</source>
        <translation>„%1“ überspringen</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Notiz zu „%1“</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>Haken bei „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>RunbookLibrary</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>Den Vorfall gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 was written for a save that did not go through and cannot be removed again.</source>
        <translation>%1 wurde für einen Speichervorgang geschrieben, der nicht zustande kam, und lässt sich nicht wieder entfernen.</translation>
    </message>
    <message>
        <source>%1 was written for a save that did not go through and cannot be put back as it was: %2.</source>
        <translation>%1 wurde für einen Speichervorgang geschrieben, der nicht zustande kam, und lässt sich nicht in den vorherigen Zustand zurückversetzen: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Nothing was changed.</source>
        <translation>%1 kann nicht gelesen werden: %2. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>“%1” was changed in its file %2 since version %3, and saving would overwrite that edit. The file cannot be imported yet (%4). Nothing was saved.</source>
        <translation>„%1“ wurde seit Version %3 in seiner Datei %2 geändert, und Speichern würde diese Änderung überschreiben. Die Datei lässt sich noch nicht importieren (%4). Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>“%1” was changed in its file %2 since version %3; that text is now version %4, and saving would overwrite it. Nothing was saved.</source>
        <translation>„%1“ wurde seit Version %3 in seiner Datei %2 geändert; dieser Text ist jetzt Version %4, und Speichern würde ihn überschreiben. Nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>RunbookMatcher</name>
    <message>
        <source>alert %1 matches %2</source>
        <translation>Alarm %1 passt zu %2</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>for %1 and worse</source>
        <translation>für %1 und schwerer</translation>
    </message>
</context>
<context>
    <name>RunbookStore</name>
    <message>
        <source>A runbook needs a name.</source>
        <translation>Ein Runbook braucht einen Namen.</translation>
    </message>
    <message>
        <source>The runbook no longer exists.</source>
        <translation>Das Runbook gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” has no steps (task list items such as “- [ ] Check the logs”).</source>
        <translation>„%1“ hat keine Schritte (Aufgabenpunkte wie „- [ ] Logs prüfen“).</translation>
    </message>
    <message>
        <source>Runbook attached: %1 (version %2; steps: %3)</source>
        <translation>Runbook angehängt: %1 (Version %2; Schritte: %3)</translation>
    </message>
    <message>
        <source>A step needs some text.</source>
        <translation>Ein Schritt braucht Text.</translation>
    </message>
    <message>
        <source>Step added: %1</source>
        <translation>Schritt hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Unknown step state “%1”.</source>
        <translation>Unbekannter Schrittstatus „%1“.</translation>
    </message>
    <message>
        <source>Say why the step is skipped.</source>
        <translation>Geben Sie an, warum der Schritt übersprungen wird.</translation>
    </message>
    <message>
        <source>The step no longer exists.</source>
        <translation>Den Schritt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Step done: %1%2</source>
        <translation>Schritt erledigt: %1%2</translation>
    </message>
    <message>
        <source>Step skipped: %1%2</source>
        <translation>Schritt übersprungen: %1%2</translation>
    </message>
    <message>
        <source>Step note: %1%2</source>
        <translation>Notiz zum Schritt: %1%2</translation>
    </message>
    <message>
        <source>Step reopened: %1</source>
        <translation>Schritt wieder offen: %1</translation>
    </message>
    <message>
        <source>A runbook named “%1” exists already.</source>
        <translation>Ein Runbook namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>“%1” is now at version %2, not %3: it was changed since, and this would overwrite that change.</source>
        <translation>„%1“ ist jetzt bei Version %2, nicht %3: Es wurde seitdem geändert, und dies würde diese Änderung überschreiben.</translation>
    </message>
    <message>
        <source>“%1” was changed again since; this would overwrite that change.</source>
        <translation>„%1“ wurde seitdem erneut geändert; dies würde diese Änderung überschreiben.</translation>
    </message>
    <message>
        <source>“%1” was changed again since (by %2); this would overwrite that change.</source>
        <translation>„%1“ wurde seitdem erneut geändert (von %2); dies würde diese Änderung überschreiben.</translation>
    </message>
    <message>
        <source>“%1” was edited after it was created (it is at version %2); removing it would lose those edits.</source>
        <translation>„%1“ wurde nach dem Anlegen bearbeitet (jetzt Version %2); beim Entfernen gingen diese Änderungen verloren.</translation>
    </message>
    <message>
        <source>“%1” is attached to an incident now; removing it would take the checklist&apos;s runbook away.</source>
        <translation>„%1“ hängt jetzt an einem Vorfall; beim Entfernen verlöre die Checkliste ihr Runbook.</translation>
    </message>
    <message>
        <source>“%1” was ticked, skipped or noted since; removing it would lose that.</source>
        <translation>„%1“ wurde seitdem abgehakt, übersprungen oder mit einer Notiz versehen; beim Entfernen ginge das verloren.</translation>
    </message>
    <message>
        <source>The timeline entry “%1” was starred as a key event since; undoing would remove it. Unstar it first if it should go.</source>
        <translation>Der Verlaufseintrag „%1“ wurde seitdem als Schlüsselereignis markiert; Rückgängigmachen würde ihn entfernen. Entfernen Sie zuerst die Markierung, wenn er wegfallen soll.</translation>
    </message>
    <message>
        <source>The timeline entry “%1” was edited since; undoing would remove it.</source>
        <translation>Der Verlaufseintrag „%1“ wurde seitdem bearbeitet; Rückgängigmachen würde ihn entfernen.</translation>
    </message>
    <message>
        <source>A runbook named “%1” was saved by someone else meanwhile; nothing was saved.</source>
        <translation>Ein Runbook namens „%1“ wurde inzwischen von jemand anderem gespeichert; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical: customer-facing outage</source>
        <translation>Kritisch: Ausfall für Kunden</translation>
    </message>
    <message>
        <source>Major: core feature degraded for many</source>
        <translation>Schwer: Kernfunktion für viele beeinträchtigt</translation>
    </message>
    <message>
        <source>Minor: partial degradation, workaround exists</source>
        <translation>Leicht: teilweise beeinträchtigt, Umgehung möglich</translation>
    </message>
    <message>
        <source>Low: little user impact</source>
        <translation>Gering: kaum Auswirkung</translation>
    </message>
    <message>
        <source>Cosmetic: no functional impact</source>
        <translation>Kosmetisch: keine funktionale Auswirkung</translation>
    </message>
</context>
<context>
    <name>SourceAdapter</name>
    <message>
        <source>The body is not valid UTF-8.</source>
        <translation>Der Body ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>byte %1: invalid UTF-8</source>
        <translation>Byte %1: ungültiges UTF-8</translation>
    </message>
    <message>
        <source>The body is not valid JSON.</source>
        <translation>Der Body ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>Byte %1: %2</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Der Body muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The payload is invalid: %1</source>
        <translation>Die Payload ist ungültig: %1</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>This is Prometheus Alertmanager&apos;s webhook; send it to /api/v1/alertmanager.</source>
        <translation>Das ist der Webhook von Prometheus Alertmanager; senden Sie ihn an /api/v1/alertmanager.</translation>
    </message>
    <message>
        <source>This is Grafana&apos;s unified alerting webhook; send it to /api/v1/grafana.</source>
        <translation>Das ist der Unified-Alerting-Webhook von Grafana; senden Sie ihn an /api/v1/grafana.</translation>
    </message>
    <message>
        <source>This is Grafana&apos;s legacy alerting webhook (ruleName, state, evalMatches); send it to /api/v1/grafana, which reads it.</source>
        <translation>Das ist der Legacy-Alerting-Webhook von Grafana (ruleName, state, evalMatches); senden Sie ihn an /api/v1/grafana, das ihn liest.</translation>
    </message>
    <message>
        <source>This is a PagerDuty Events API v2 event; send it to /v2/enqueue.</source>
        <translation>Das ist ein Ereignis der PagerDuty Events API v2; senden Sie es an /v2/enqueue.</translation>
    </message>
    <message>
        <source>This is a PagerDuty Events API v1 event (service_key, event_type); send it to /v2/enqueue, which reads it.</source>
        <translation>Das ist ein Ereignis der PagerDuty Events API v1 (service_key, event_type); senden Sie es an /v2/enqueue, das es liest.</translation>
    </message>
    <message>
        <source>This is a PagerDuty change event (routing_key and payload, no event_action): it records a change, not an alert, and Sitrep stores alerts only.</source>
        <translation>Das ist ein Change Event von PagerDuty (routing_key und payload, kein event_action): Es hält eine Änderung fest, keinen Alarm, und Sitrep speichert nur Alarme.</translation>
    </message>
    <message>
        <source>This is a Datadog webhook; send it to /api/v1/datadog.</source>
        <translation>Das ist ein Datadog-Webhook; senden Sie ihn an /api/v1/datadog.</translation>
    </message>
    <message>
        <source>Sitrep does not recognise this payload.</source>
        <translation>Sitrep erkennt diese Payload nicht.</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>responder</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>(The server said: %1)</source>
        <translation>(Der Server meldete: %1)</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version of Sitrep (schema version %2 to %3), which only the role that owns its tables (%4) may make. Ask an admin of this team database to run `sitrepctl team init --db %1` as the server&apos;s superuser. The database was left unchanged.</source>
        <translation>%1 muss auf diese Sitrep-Version aktualisiert werden (Schemaversion %2 auf %3), und das darf nur die Rolle, der ihre Tabellen gehören (%4). Bitten Sie einen Admin dieser Teamdatenbank, `sitrepctl team init --db %1` als Superuser des Servers auszuführen. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was upgraded, but its grants could not be made again: %2</source>
        <translation>%1 wurde aktualisiert, aber ihre Berechtigungen konnten nicht neu vergeben werden: %2</translation>
    </message>
    <message>
        <source>Team roles are PostgreSQL&apos;s: %1 is a file, which anyone who can read it can change. Give a PostgreSQL database to `team init`.</source>
        <translation>Team-Rollen gibt es nur in PostgreSQL: %1 ist eine Datei, die jeder ändern kann, der sie lesen kann. Geben Sie `team init` eine PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>`team init` makes roles and grants, which %1 may not: run it as the server&apos;s superuser (e.g. `sudo -u postgres sitrepctl team init --db …`), or as a role with CREATEROLE that owns the database.</source>
        <translation>`team init` legt Rollen an und vergibt Berechtigungen, was %1 nicht darf: Führen Sie es als Superuser des Servers aus (z. B. `sudo -u postgres sitrepctl team init --db …`) oder als Rolle mit CREATEROLE, der die Datenbank gehört.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds tables of another application, not Sitrep&apos;s. It was left unchanged.</source>
        <translation>Die PostgreSQL-Datenbank %1 enthält Tabellen einer anderen Anwendung, nicht die von Sitrep. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Sitrep (schema version %2; this version knows up to %3). Update Sitrep to open it. The database was left unchanged.</source>
        <translation>%1 wurde von einem neueren Sitrep geschrieben (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie Sitrep, um sie zu öffnen. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database&apos;s name “%1” is too long to name its team&apos;s roles after it (at most 53 bytes).</source>
        <translation>Der Name der Datenbank „%1“ ist zu lang, um die Rollen ihres Teams danach zu benennen (höchstens 53 Bytes).</translation>
    </message>
    <message>
        <source>Ask an admin of this team database to change your role.</source>
        <translation>Bitten Sie einen Admin dieser Teamdatenbank, Ihre Rolle zu ändern.</translation>
    </message>
    <message>
        <source>You are connected as %1, who has no role in this team database that allows this change.</source>
        <translation>Sie sind als %1 verbunden und haben in dieser Teamdatenbank keine Rolle, die diese Änderung erlaubt.</translation>
    </message>
    <message>
        <source>You are connected as %1 (viewer): viewers may read but not change anything.</source>
        <translation>Sie sind als %1 (Betrachter) verbunden: Betrachter dürfen alles lesen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>You are connected as %1 (responder): responders declare and work incidents, tick checklists and write postmortems; intake rules, the severity map, templates, the runbook library and users are for admins.</source>
        <translation>Sie sind als %1 (Responder) verbunden: Responder melden und bearbeiten Vorfälle, haken Checklisten ab und schreiben Postmortems; Eingangsregeln, die Schweregrad-Zuordnung, Vorlagen, die Runbook-Bibliothek und Benutzer sind Sache der Admins.</translation>
    </message>
    <message>
        <source>You are connected as %1 (intake): the intake role stores alerts and the incidents they open, nothing else.</source>
        <translation>Sie sind als %1 (Intake) verbunden: Die Intake-Rolle speichert Alarme und die Vorfälle, die sie eröffnen, sonst nichts.</translation>
    </message>
    <message>
        <source>You are connected as %1 (admin), and the database refused this change to you.</source>
        <translation>Sie sind als %1 (Admin) verbunden, und die Datenbank hat Ihnen diese Änderung verweigert.</translation>
    </message>
    <message>
        <source>A user name has 1 to 63 bytes; “%1” has %2.</source>
        <translation>Ein Benutzername hat 1 bis 63 Bytes; „%1“ hat %2.</translation>
    </message>
    <message>
        <source>Names starting with pg_ are PostgreSQL&apos;s own: choose another name than “%1”.</source>
        <translation>Namen, die mit pg_ beginnen, gehören PostgreSQL: Wählen Sie einen anderen Namen als „%1“.</translation>
    </message>
    <message>
        <source>“%1” is one of the team&apos;s own roles, not a person.</source>
        <translation>„%1“ ist eine der Rollen des Teams selbst, keine Person.</translation>
    </message>
    <message>
        <source>Cannot reach the server&apos;s connection to encrypt the password.</source>
        <translation>Die Verbindung zum Server ist nicht erreichbar, um das Passwort zu verschlüsseln.</translation>
    </message>
    <message>
        <source>Cannot encrypt the password: %1</source>
        <translation>Das Passwort kann nicht verschlüsselt werden: %1</translation>
    </message>
    <message>
        <source>%1 is already a user of this team database (%2). `sitrepctl team set-role` changes a user&apos;s role.</source>
        <translation>%1 ist schon Benutzer dieser Teamdatenbank (%2). `sitrepctl team set-role` ändert die Rolle eines Benutzers.</translation>
    </message>
    <message>
        <source>%1 is not a user of this team database: `sitrepctl team add-user` adds one.</source>
        <translation>%1 ist kein Benutzer dieser Teamdatenbank: `sitrepctl team add-user` fügt einen hinzu.</translation>
    </message>
    <message>
        <source>%1 is not a user of this team database.</source>
        <translation>%1 ist kein Benutzer dieser Teamdatenbank.</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1:%2: unknown placeholder {{%3}}</source>
        <translation>%1:%2: unbekannter Platzhalter {{%3}}</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>TimelineMessage</name>
    <message>
        <source>Incident declared as %1 by %2</source>
        <translation>Vorfall von %2 als %1 gemeldet</translation>
    </message>
    <message>
        <source>Incident declared as %1 on %2 by %3</source>
        <translation>Vorfall von %3 als %1 für %2 gemeldet</translation>
    </message>
    <message>
        <source>Alert attached: %1</source>
        <translation>Alarm zugeordnet: %1</translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>A note needs some text.</source>
        <translation>Eine Notiz braucht Text.</translation>
    </message>
    <message>
        <source>Only notes can be edited; the other events record what happened.</source>
        <translation>Nur Notizen lassen sich bearbeiten; die anderen Ereignisse halten fest, was geschah.</translation>
    </message>
    <message>
        <source>That event no longer exists.</source>
        <translation>Dieses Ereignis gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The note was changed meanwhile (it now reads “%1”); nothing was changed.</source>
        <translation>Die Notiz wurde inzwischen geändert (sie lautet jetzt „%1“); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Someone else unmarked that key event meanwhile; nothing was changed.</source>
        <translation>Jemand anderes hat die Markierung dieses Schlüsselereignisses inzwischen entfernt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Someone else marked that key event meanwhile; nothing was changed.</source>
        <translation>Jemand anderes hat dieses Ereignis inzwischen als Schlüsselereignis markiert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The note was changed after it was written (it now reads “%1”), so it stays.</source>
        <translation>Die Notiz wurde nach dem Schreiben geändert (sie lautet jetzt „%1“), daher bleibt sie.</translation>
    </message>
    <message>
        <source>That event was changed meanwhile, so it stays.</source>
        <translation>Dieses Ereignis wurde inzwischen geändert, daher bleibt es.</translation>
    </message>
    <message>
        <source>That event was removed and its place taken by another; nothing was changed.</source>
        <translation>Dieser Eintrag wurde entfernt und sein Platz von einem anderen eingenommen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Who</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a person&apos;s name, then their database role</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <source>the values nest too deeply or aliases expand too far</source>
        <translation>die Werte sind zu tief verschachtelt oder Aliase expandieren zu weit</translation>
    </message>
    <message>
        <source>a key must be plain text, not a list or mapping</source>
        <translation>ein Schlüssel muss einfacher Text sein, keine Liste und kein Mapping</translation>
    </message>
    <message>
        <source>expected “key: value”, got “%1”</source>
        <translation>„Schlüssel: Wert“ erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>“%1” is given twice (first on line %2)</source>
        <translation>„%1“ ist doppelt angegeben (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>%1 must be text, not a list</source>
        <translation>%1 muss Text sein, keine Liste</translation>
    </message>
    <message>
        <source>%1 must be text, not a mapping (quote it if it contains “: ”)</source>
        <translation>%1 muss Text sein, kein Mapping (setzen Sie es in Anführungszeichen, wenn es „: “ enthält)</translation>
    </message>
    <message>
        <source>%1 must be a list such as [a, b], not “%2”</source>
        <translation>%1 muss eine Liste wie [a, b] sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 must be a list such as [a, b], not a mapping</source>
        <translation>%1 muss eine Liste wie [a, b] sein, kein Mapping</translation>
    </message>
    <message>
        <source>each entry of %1 must be text (quote it if it contains “: ”)</source>
        <translation>jeder Eintrag von %1 muss Text sein (setzen Sie ihn in Anführungszeichen, wenn er „: “ enthält)</translation>
    </message>
    <message>
        <source>a second YAML document starts here; one is expected</source>
        <translation>hier beginnt ein zweites YAML-Dokument; erwartet wird nur eines</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Incident response and blameless postmortems.</source>
        <translation>Reaktion auf Vorfälle und schuldfreie Postmortems.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation>Farbschema: system, light oder dark.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG and quit.</source>
        <translation>Ein Bild des Fensters in diese PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Show this incident, e.g. INC-1042.</source>
        <translation>Diesen Vorfall zeigen, z. B. INC-1042.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No incident %1 in this database.</source>
        <translation>Kein Vorfall %1 in dieser Datenbank.</translation>
    </message>
    <message>
        <source>A database file to open (as from a file manager).</source>
        <translation>Eine zu öffnende Datenbankdatei (wie aus einem Dateimanager).</translation>
    </message>
    <message>
        <source>Not connected to %1: no password was given.</source>
        <translation>Nicht mit %1 verbunden: Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Open this database: a file, or a team database on a PostgreSQL server (postgresql://user@host/database or service=name).</source>
        <translation>Diese Datenbank öffnen: eine Datei oder eine Teamdatenbank auf einem PostgreSQL-Server (postgresql://benutzer@host/datenbank oder service=name).</translation>
    </message>
    <message>
        <source>The team database could not be reached, so the local database is open. File ▸ Open Recent reconnects.</source>
        <translation>Die Teamdatenbank war nicht erreichbar, daher ist die lokale Datenbank geöffnet. Datei ▸ Zuletzt geöffnet verbindet erneut.</translation>
    </message>
</context>
<context>
    <name>sitrep::AlertListModel</name>
    <message>
        <source>Muted until %1</source>
        <translation>Stummgeschaltet bis %1</translation>
    </message>
    <message>
        <source>Kept in the inbox: below the minimum severity of its intake rule</source>
        <translation>Im Eingang behalten: unter der Mindestschwere seiner Eingangsregel</translation>
    </message>
    <message>
        <source>Kept in the inbox: it was muted when it fired</source>
        <translation>Im Eingang behalten: beim Auslösen stummgeschaltet</translation>
    </message>
    <message>
        <source>Received %1, last seen %2</source>
        <translation>Empfangen %1, zuletzt gesehen %2</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Firing (held)</source>
        <translation>Aktiv (zurückgehalten)</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sev</source>
        <comment>short for severity, as a column header</comment>
        <translation>Sev</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Kept in the inbox: the sender marked it as a test notification, so it opens no incident</source>
        <translation>Im Eingang behalten: Der Absender hat ihn als Testbenachrichtigung gekennzeichnet, daher eröffnet er keinen Vorfall</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>sitrep::IncidentListModel</name>
    <message>
        <source>Drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation>Auswirkung begann</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Sev</source>
        <comment>short for severity, as a column header</comment>
        <translation>Sev</translation>
    </message>
</context>
<context>
    <name>sitrep::PostmortemListModel</name>
    <message>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Sev</source>
        <comment>short for severity, as a column header</comment>
        <translation>Sev</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>Postmortem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
</context>
<context>
    <name>sitrep::RunbookListModel</name>
    <message numerus="yes">
        <source>Not reviewed for %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag nicht geprüft</numerusform>
            <numerusform>Seit %n Tagen nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>Nie geprüft</translation>
    </message>
    <message>
        <source>Stored in the database only</source>
        <translation>Nur in der Datenbank gespeichert</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message numerus="yes">
        <source>v%1 · %n step(s)</source>
        <translation>
            <numerusform>v%1 · %n Schritt</numerusform>
            <numerusform>v%1 · %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>sitrep::ServiceMetricsModel</name>
    <message>
        <source>(no service)</source>
        <translation>(kein Dienst)</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with this metric</source>
        <translation>
            <numerusform>%n Vorfall mit dieser Kennzahl</numerusform>
            <numerusform>%n Vorfälle mit dieser Kennzahl</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>%1 median</source>
        <translation>%1 Median</translation>
    </message>
    <message>
        <source>%1 p90</source>
        <translation>%1 p90</translation>
    </message>
</context>
<context>
    <name>sitrep::TimelineModel</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>Postmortem</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (bearbeitet)</translation>
    </message>
    <message>
        <source>Written as database user %1</source>
        <translation>Geschrieben als Datenbankbenutzer %1</translation>
    </message>
    <message>
        <source>%1

Last edited by %2 at %3.</source>
        <translation>%1

Zuletzt bearbeitet von %2 am %3.</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::ActionItemsView</name>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Show done</source>
        <translation>Erledigte zeigen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>%1% done of %2 action items</source>
        <translation>%1 % von %2 Maßnahmen erledigt</translation>
    </message>
    <message>
        <source>showing the first %1; filter to narrow</source>
        <translation>die ersten %1 gezeigt; filtern grenzt ein</translation>
    </message>
    <message>
        <source>No action items yet</source>
        <translation>Noch keine Maßnahmen</translation>
    </message>
    <message>
        <source>Action item not changed</source>
        <translation>Maßnahme nicht geändert</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::AlertDetail</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Alert details</source>
        <translation>Alarmdetails</translation>
    </message>
    <message>
        <source>Select an alert to see its labels, annotations and links.</source>
        <translation>Wählen Sie einen Alarm, um Labels, Anmerkungen und Links zu sehen.</translation>
    </message>
    <message>
        <source>(untitled alert)</source>
        <translation>(Alarm ohne Titel)</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>Part of %1.</source>
        <translation>Teil von %1.</translation>
    </message>
    <message>
        <source>Kept in the inbox: less severe than its intake rule&apos;s minimum. Open an incident from it if it matters.</source>
        <translation>Im Eingang behalten: weniger schwer als das Minimum seiner Eingangsregel. Eröffnen Sie einen Vorfall daraus, wenn es wichtig ist.</translation>
    </message>
    <message>
        <source>Kept in the inbox: it was muted when it fired.</source>
        <translation>Im Eingang behalten: beim Auslösen stummgeschaltet.</translation>
    </message>
    <message>
        <source>Muted until %1.</source>
        <translation>Stummgeschaltet bis %1.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>Wie gesendet</translation>
    </message>
    <message>
        <source>Kept in the inbox: %1 sent it as a test notification, so it opens no incident.</source>
        <translation>Im Eingang behalten: %1 hat ihn als Testbenachrichtigung gesendet, daher eröffnet er keinen Vorfall.</translation>
    </message>
    <message>
        <source>The sender gave no %1; Sitrep used the time it received the alert instead.</source>
        <translation>Der Absender hat kein %1 angegeben; Sitrep hat stattdessen die Empfangszeit des Alarms verwendet.</translation>
    </message>
    <message>
        <source>Sitrep could not read the sender&apos;s %1 (“%2”) and used the time it received the alert instead.</source>
        <translation>Sitrep konnte %1 des Absenders („%2“) nicht lesen und hat stattdessen die Empfangszeit des Alarms verwendet.</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::AlertsPage</name>
    <message>
        <source>Show alerts</source>
        <translation>Alarme anzeigen</translation>
    </message>
    <message>
        <source>Active (firing or acknowledged)</source>
        <translation>Offen (aktiv oder bestätigt)</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Held in the inbox</source>
        <translation>Im Eingang zurückgehalten</translation>
    </message>
    <message>
        <source>Not in an incident</source>
        <translation>Ohne Vorfall</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>Alle Alarme</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Search alerts</source>
        <translation>Alarme durchsuchen</translation>
    </message>
    <message>
        <source>Search title, labels, identity…</source>
        <translation>Titel, Labels, Identität suchen…</translation>
    </message>
    <message>
        <source>Open Incident</source>
        <translation>Vorfall zeigen</translation>
    </message>
    <message>
        <source>Show the incident this alert belongs to (Enter)</source>
        <translation>Den Vorfall zeigen, zu dem dieser Alarm gehört (Eingabe)</translation>
    </message>
    <message>
        <source>New Incident from Selected…</source>
        <translation>Neuer Vorfall aus Auswahl…</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation>Für 4 Stunden</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>Für 1 Tag</translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation>Für 1 Woche</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Keep new firings of this alert in the inbox for a while</source>
        <translation>Neue Auslösungen dieses Alarms eine Zeit lang im Eingang behalten</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Intake Rules…</source>
        <translation>Eingangsregeln…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New Incident from %n Alert(s)</source>
        <translation>
            <numerusform>Neuer Vorfall aus %n Alarm</numerusform>
            <numerusform>Neuer Vorfall aus %n Alarmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Impact starts with the earliest alert; later alerts of the same groups join this incident.</source>
        <translation>Die Auswirkung beginnt mit dem frühesten Alarm; spätere Alarme derselben Gruppen kommen zu diesem Vorfall.</translation>
    </message>
    <message>
        <source>&amp;Open Incident</source>
        <translation>Vorfall &amp;eröffnen</translation>
    </message>
    <message numerus="yes">
        <source>Incident opened from %n alert(s).</source>
        <translation>
            <numerusform>Vorfall aus %n Alarm eröffnet.</numerusform>
            <numerusform>Vorfall aus %n Alarmen eröffnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitrep::ui::AnalyticsPane</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Letzte 2 Jahre</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>SEV1–SEV2</source>
        <translation>SEV1–SEV2</translation>
    </message>
    <message>
        <source>SEV1–SEV3</source>
        <translation>SEV1–SEV3</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Einteilung</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Nach Quartal</translation>
    </message>
    <message>
        <source>Include drills</source>
        <translation>Übungen einbeziehen</translation>
    </message>
    <message>
        <source>Compare before/after</source>
        <translation>Vorher/nachher vergleichen</translation>
    </message>
    <message>
        <source>Compare at</source>
        <translation>Vergleichen am</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Median, 95 % interval</source>
        <translation>Median, 95-%-Intervall</translation>
    </message>
    <message>
        <source>Mean, 95 % interval</source>
        <translation>Mittelwert, 95-%-Intervall</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Incidents by severity</source>
        <translation>Vorfälle nach Schweregrad</translation>
    </message>
    <message>
        <source>Metrics by service</source>
        <translation>Kennzahlen nach Dienst</translation>
    </message>
    <message>
        <source>&lt;i&gt;Computing…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wird berechnet…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 der %2, %3</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>Verteilung der %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incident(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Vorfall&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Vorfälle&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still open</source>
        <translation>
            <numerusform>, %n noch offen</numerusform>
            <numerusform>, %n noch offen</numerusform>
        </translation>
    </message>
    <message>
        <source> · drills included</source>
        <translation> · Übungen einbezogen</translation>
    </message>
    <message>
        <source> · drills left out</source>
        <translation> · Übungen ausgelassen</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; %1: median &lt;b&gt;%2&lt;/b&gt;</source>
        <translation> &amp;nbsp;·&amp;nbsp; %1: Median &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, mean %1, p90 %2</source>
        <translation>, Mittelwert %1, p90 %2</translation>
    </message>
    <message numerus="yes">
        <source> · %n without the milestones it needs</source>
        <translation>
            <numerusform> · %n ohne die nötigen Meilensteine</numerusform>
            <numerusform> · %n ohne die nötigen Meilensteine</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Before / after&lt;/b&gt;&lt;br&gt;Tick “Compare before/after” and pick the date of a change to see whether the numbers moved more than chance would.</source>
        <translation>&lt;b&gt;Vorher / nachher&lt;/b&gt;&lt;br&gt;Kreuzen Sie „Vorher/nachher vergleichen“ an und wählen Sie das Datum einer Änderung, um zu sehen, ob sich die Zahlen stärker bewegt haben, als der Zufall erklären würde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before / after %1&lt;/b&gt; (medians, 95 % interval of the change)&lt;table cellspacing=&apos;4&apos;&gt;</source>
        <translation>&lt;b&gt;Vorher / nachher %1&lt;/b&gt; (Mediane, 95-%-Intervall der Änderung)&lt;table cellspacing=&apos;4&apos;&gt;</translation>
    </message>
    <message>
        <source>n = %1 → %2; mean %3 %</source>
        <translation>n = %1 → %2; Mittelwert %3 %</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Save Chart as SVG…</source>
        <translation>Diagramm als SVG speichern…</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save Numbers as CSV…</source>
        <translation>Zahlen als CSV speichern…</translation>
    </message>
    <message>
        <source>Save Numbers</source>
        <translation>Zahlen speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::ChecklistPanel</name>
    <message>
        <source>Runbooks and checklist</source>
        <translation>Runbooks und Checkliste</translation>
    </message>
    <message>
        <source>Suggested (double-click or Enter to attach):</source>
        <translation>Vorgeschlagen (Doppelklick oder Eingabe hängt an):</translation>
    </message>
    <message>
        <source>Suggested runbooks</source>
        <translation>Vorgeschlagene Runbooks</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Überspringen…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notiz…</translation>
    </message>
    <message>
        <source>Add Step…</source>
        <translation>Schritt hinzufügen…</translation>
    </message>
    <message>
        <source>Attach “%1” to this incident</source>
        <translation>„%1“ an diesen Vorfall hängen</translation>
    </message>
    <message>
        <source>“%1” changed since it was attached (version %2, now %3).</source>
        <translation>„%1“ hat sich seit dem Anhängen geändert (Version %2, jetzt %3).</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>no checklist yet</source>
        <translation>noch keine Checkliste</translation>
    </message>
    <message>
        <source>%1/%2 done · %3 skipped</source>
        <translation>%1/%2 erledigt · %3 übersprungen</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>%1/%2 erledigt</translation>
    </message>
    <message>
        <source>Runbook not attached</source>
        <translation>Runbook nicht angehängt</translation>
    </message>
    <message>
        <source>Step not changed</source>
        <translation>Schritt nicht geändert</translation>
    </message>
    <message>
        <source>Skip Step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <source>Why is “%1” skipped?</source>
        <translation>Warum wird „%1“ übersprungen?</translation>
    </message>
    <message>
        <source>Note on Step</source>
        <translation>Notiz zum Schritt</translation>
    </message>
    <message>
        <source>Note on “%1” (e.g. “lag 3 s, OK”):</source>
        <translation>Notiz zu „%1“ (z. B. „Verzögerung 3 s, OK“):</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <source>Step not added</source>
        <translation>Schritt nicht hinzugefügt</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::EditConflicts</name>
    <message>
        <source>Use Theirs</source>
        <translation>Deren Wert übernehmen</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meinen behalten</translation>
    </message>
    <message>
        <source>Someone else changed this to %1 meanwhile.</source>
        <translation>Jemand anderes hat dies inzwischen auf %1 geändert.</translation>
    </message>
    <message>
        <source>%1 changed this to %2 meanwhile.</source>
        <translation>%1 hat dies inzwischen auf %2 geändert.</translation>
    </message>
    <message>
        <source>Someone else changed this to %1 while you were editing. Use their value or keep yours?</source>
        <translation>Jemand anderes hat dies auf %1 geändert, während Sie es bearbeitet haben. Deren Wert übernehmen oder Ihren behalten?</translation>
    </message>
    <message>
        <source>%1 changed this to %2 while you were editing. Use their value or keep yours?</source>
        <translation>%1 hat dies auf %2 geändert, während Sie es bearbeitet haben. Deren Wert übernehmen oder Ihren behalten?</translation>
    </message>
    <message>
        <source>Choose for each field marked below whose value to keep.</source>
        <translation>Wählen Sie für jedes unten markierte Feld, wessen Wert bleiben soll.</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::FormDialog</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>none</source>
        <translation>kein Dienst</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Declare Incident</source>
        <translation>Vorfall melden</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What is broken, for whom?</source>
        <translation>Was ist kaputt, für wen?</translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation>Auswirkung begann</translation>
    </message>
    <message>
        <source>This is a drill (kept out of metrics)</source>
        <translation>Dies ist eine Übung (zählt nicht in Kennzahlen)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Impact started:</source>
        <translation>&amp;Auswirkung begann:</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation>&amp;Melden</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <source>Communications lead</source>
        <translation>Kommunikationsleitung</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Incident &amp;commander:</source>
        <translation>Incident &amp;Commander:</translation>
    </message>
    <message>
        <source>C&amp;ommunications:</source>
        <translation>&amp;Kommunikation:</translation>
    </message>
    <message>
        <source>Sc&amp;ribe:</source>
        <translation>&amp;Protokollführung:</translation>
    </message>
    <message>
        <source>Res&amp;ponders:</source>
        <translation>&amp;Beteiligte:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not reached yet (clear it)</source>
        <translation>Noch nicht erreicht (entfernen)</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::IncidentFilterBar</name>
    <message>
        <source>Search incidents</source>
        <translation>Vorfälle durchsuchen</translation>
    </message>
    <message>
        <source>Search titles, summaries and timelines, or INC-1042 (Ctrl+F)</source>
        <translation>Titel, Zusammenfassungen und Verläufe durchsuchen, oder INC-1042 (Strg+F)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Nicht behoben</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>SEV1–SEV2</source>
        <translation>SEV1–SEV2</translation>
    </message>
    <message>
        <source>SEV1–SEV3</source>
        <translation>SEV1–SEV3</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation>Auswirkung begann</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
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
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>With drills</source>
        <translation>Mit Übungen</translation>
    </message>
    <message>
        <source>Without drills</source>
        <translation>Ohne Übungen</translation>
    </message>
    <message>
        <source>Only drills</source>
        <translation>Nur Übungen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show all incidents</source>
        <translation>Alle Vorfälle zeigen</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Jeder Dienst</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::IncidentView</name>
    <message>
        <source>Select an incident to see its milestones and timeline.
Ctrl+N declares a new one.</source>
        <translation>Wählen Sie einen Vorfall, um seine Meilensteine und seinen Verlauf zu sehen.
Strg+N meldet einen neuen.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Setzen …</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Show timeline events of kind</source>
        <translation>Verlaufsereignisse dieser Art zeigen</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Verlauf des Vorfalls</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Add a note and press Enter — start with a time like 14:05 to backdate it</source>
        <translation>Notiz eingeben und Enter drücken – mit einer Uhrzeit wie 14:05 beginnen, um sie zurückzudatieren</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Mitigate</source>
        <translation>&amp;Eindämmen</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>Be&amp;heben</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten …</translation>
    </message>
    <message>
        <source>Mark as &amp;Key Event</source>
        <translation>Als &amp;Schlüsselereignis markieren</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>Notiz &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>Notiz &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Copy Timeline as Markdown</source>
        <translation>Verlauf als Markdown &amp;kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport as JSON…</source>
        <translation>Als JSON e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Open in New &amp;Window</source>
        <translation>In neuem &amp;Fenster öffnen</translation>
    </message>
    <message>
        <source>Add a &amp;Note</source>
        <translation>&amp;Notiz schreiben</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>kein Dienst</translation>
    </message>
    <message>
        <source>Drill (kept out of metrics)</source>
        <translation>Übung (zählt nicht in Kennzahlen)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <source>Responders: %1</source>
        <translation>Beteiligte: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No roles assigned — Ctrl+E to assign&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine Rollen vergeben — Strg+E zum Vergeben&lt;/i&gt;</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Resolved after %1</source>
        <translation>Behoben nach %1</translation>
    </message>
    <message>
        <source>Ongoing for %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>Nicht wieder geöffnet</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>Notiz nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Only notes can be edited; the other events record what happened.</source>
        <translation>Nur Notizen lassen sich bearbeiten; die anderen Ereignisse halten fest, was geschah.</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Note not changed</source>
        <translation>Notiz nicht geändert</translation>
    </message>
    <message>
        <source>Note deleted — Ctrl+Z brings it back.</source>
        <translation>Notiz gelöscht — Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>Timeline copied as Markdown.</source>
        <translation>Verlauf als Markdown kopiert.</translation>
    </message>
    <message>
        <source>Export Incident</source>
        <translation>Vorfall exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Note changed meanwhile</source>
        <translation>Notiz inzwischen geändert</translation>
    </message>
    <message>
        <source>%1 edited this note while you were editing it. It now reads:

%2

Yours reads:

%3

Save yours in its place? Cancel keeps theirs and copies yours to the clipboard.</source>
        <translation>%1 hat diese Notiz bearbeitet, während Sie sie bearbeitet haben. Sie lautet jetzt:

%2

Ihre lautet:

%3

Ihre an ihrer Stelle speichern? Abbrechen behält die andere und kopiert Ihre in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Save Mine</source>
        <translation>Meine speichern</translation>
    </message>
    <message>
        <source>Your version of the note is on the clipboard.</source>
        <translation>Ihre Fassung der Notiz liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>%1 Your version is on the clipboard.</source>
        <translation>%1 Ihre Fassung liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Someone else edited this note while you were editing it. It now reads:

%1

Yours reads:

%2

Save yours in its place? Cancel keeps theirs and copies yours to the clipboard.</source>
        <translation>Jemand anderes hat diese Notiz bearbeitet, während Sie sie bearbeitet haben. Sie lautet jetzt:

%1

Ihre lautet:

%2

Ihre an ihrer Stelle speichern? Abbrechen behält die andere und kopiert Ihre in die Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::IncidentsPage</name>
    <message>
        <source>Welcome to Sitrep</source>
        <translation>Willkommen bei Sitrep</translation>
    </message>
    <message>
        <source>This database has no incidents yet.

Load the demo data set to look around: two years of incidents over a dozen services, with alerts, timelines and postmortems. Or start empty and record your own.</source>
        <translation>Diese Datenbank hat noch keine Vorfälle.

Laden Sie die Demodaten, um sich umzusehen: zwei Jahre Vorfälle über ein Dutzend Dienste, mit Alarmen, Verläufen und Postmortems. Oder beginnen Sie leer und erfassen Sie Ihre eigenen.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Übung</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::IntakeBar</name>
    <message>
        <source>This window does not receive alerts into %1.</source>
        <translation>Dieses Fenster empfängt keine Alarme in %1.</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::IntakeController</name>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Intake off: %1</source>
        <translation>Eingang aus: %1</translation>
    </message>
    <message>
        <source>Intake off</source>
        <translation>Eingang aus</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) opened</source>
        <translation>
            <numerusform>%n Vorfall eröffnet</numerusform>
            <numerusform>%n Vorfälle eröffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 opened by an alert</source>
        <translation>%1 durch einen Alarm eröffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n incidents opened by alerts</source>
        <translation>
            <numerusform>%n Vorfall durch Alarm eröffnet</numerusform>
            <numerusform>%n Vorfälle durch Alarme eröffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts for %1 arrive through the background service %2, so this window does not receive them as well. To receive them here, stop and remove the service first (Alerts ▸ Keep Receiving When Sitrep Is Closed…).</source>
        <translation>Alarme für %1 kommen über den Hintergrunddienst %2 an, daher empfängt dieses Fenster sie nicht zusätzlich. Um sie hier zu empfangen, halten Sie den Dienst zuerst an und entfernen Sie ihn (Alarme ▸ Weiter empfangen, wenn Sitrep geschlossen ist…).</translation>
    </message>
    <message>
        <source>Sitrep&apos;s background service %1 already receives alerts into %2 on %3, so this window cannot. Open that database and stop the service (Alerts ▸ Keep Receiving When Sitrep Is Closed…), or choose another address (Alerts ▸ Intake Address…).</source>
        <translation>Der Hintergrunddienst %1 von Sitrep empfängt bereits Alarme in %2 auf %3, daher kann dieses Fenster das nicht. Öffnen Sie diese Datenbank und halten Sie den Dienst an (Alarme ▸ Weiter empfangen, wenn Sitrep geschlossen ist…), oder wählen Sie eine andere Adresse (Alarme ▸ Eingangsadresse…).</translation>
    </message>
    <message>
        <source>Something else already listens on %1, most likely another Sitrep window or a sitrepctl serve receiving alerts there. Close that window or stop that service, or choose another address (Alerts ▸ Intake Address…).</source>
        <translation>Auf %1 lauscht bereits etwas anderes, wahrscheinlich ein anderes Sitrep-Fenster oder ein sitrepctl serve, das dort Alarme empfängt. Schließen Sie dieses Fenster oder halten Sie diesen Dienst an, oder wählen Sie eine andere Adresse (Alarme ▸ Eingangsadresse…).</translation>
    </message>
    <message>
        <source>The background service for %1 has failed (journalctl --user -u %2 says why)</source>
        <translation>Der Hintergrunddienst für %1 ist fehlgeschlagen (journalctl --user -u %2 sagt, warum)</translation>
    </message>
    <message>
        <source>The background service for %1 is stopped</source>
        <translation>Der Hintergrunddienst für %1 ist angehalten</translation>
    </message>
    <message>
        <source>The background service for %1 is starting on %2</source>
        <translation>Der Hintergrunddienst für %1 startet auf %2</translation>
    </message>
    <message>
        <source>Alerts arrive through the background service into %1 on %2</source>
        <translation>Alarme kommen über den Hintergrunddienst in %1 auf %2 an</translation>
    </message>
    <message>
        <source>Receiving alerts into %1 on %2</source>
        <translation>Empfängt Alarme in %1 auf %2</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::IntakeRulesDialog</name>
    <message>
        <source>Intake Rules</source>
        <translation>Eingangsregeln</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Matchers</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Opens from</source>
        <translation>Eröffnet ab</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Resolves</source>
        <translation>Behebt</translation>
    </message>
    <message>
        <source>Label matchers, comma separated: alertname=DiskFull, service=~&quot;db|storage&quot;, env!=staging. Empty: every alert.</source>
        <translation>Label-Bedingungen, durch Kommas getrennt: alertname=DiskFull, service=~&quot;db|storage&quot;, env!=staging. Leer: jeder Alarm.</translation>
    </message>
    <message>
        <source>Labels whose values make alerts share an incident, comma separated; group_key uses the sender&apos;s own grouping.</source>
        <translation>Labels, deren Werte Alarme in einen Vorfall legen, durch Kommas getrennt; group_key nutzt die Gruppierung des Absenders.</translation>
    </message>
    <message>
        <source>Less severe alerts stay in the inbox without opening an incident.</source>
        <translation>Weniger schwere Alarme bleiben im Eingang, ohne einen Vorfall zu eröffnen.</translation>
    </message>
    <message>
        <source>Severity of alerts whose severity label is not in the mapping.</source>
        <translation>Schweregrad von Alarmen, deren Label nicht in der Zuordnung steht.</translation>
    </message>
    <message>
        <source>Resolve the incident when all of its alerts have resolved.</source>
        <translation>Den Vorfall beheben, wenn alle seine Alarme behoben sind.</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>The first enabled rule whose matchers fit an alert decides.</source>
        <translation>Es entscheidet die erste aktive Regel, deren Bedingungen auf den Alarm passen.</translation>
    </message>
    <message>
        <source>Severity mapping</source>
        <translation>Schweregrad-Zuordnung</translation>
    </message>
    <message>
        <source>Label value</source>
        <translation>Label-Wert</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Severity mapping (severity or priority label)</source>
        <translation>Schweregrad-Zuordnung (Label severity oder priority)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Incident (or inbox)</source>
        <translation>Vorfall (oder Eingang)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source> alerts</source>
        <translation> Alarme</translation>
    </message>
    <message>
        <source>How many recent alerts to preview</source>
        <translation>Wie viele der letzten Alarme in der Vorschau</translation>
    </message>
    <message>
        <source>Preview: the most recent alerts under the edited rules</source>
        <translation>Vorschau: die letzten Alarme unter den bearbeiteten Regeln</translation>
    </message>
    <message>
        <source>Replay the last</source>
        <translation>Die letzten</translation>
    </message>
    <message>
        <source>Opens incidents from</source>
        <translation>Eröffnet Vorfälle ab</translation>
    </message>
    <message>
        <source>Default severity</source>
        <translation>Standard-Schweregrad</translation>
    </message>
    <message>
        <source>Severity for %1</source>
        <translation>Schweregrad für %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Vorfall</numerusform>
            <numerusform>%n Vorfälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held in the inbox</source>
        <translation>
            <numerusform>%n im Eingang zurückgehalten</numerusform>
            <numerusform>%n im Eingang zurückgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>(same as the saved rules)</source>
        <translation>(wie die gespeicherten Regeln)</translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation>Eingang: %1</translation>
    </message>
    <message>
        <source>(saved rules: incidents %1, held %2)</source>
        <translation>(gespeicherte Regeln: Vorfälle %1, zurückgehalten %2)</translation>
    </message>
    <message>
        <source>The intake rules were changed meanwhile (in another window or by someone else), so nothing was saved. Saved now: %1. Your edits are still here: Save again to put them in place of the saved rules (undo brings those back), or Cancel to keep the saved rules.</source>
        <translation>Die Eingangsregeln wurden inzwischen geändert (in einem anderen Fenster oder von jemand anderem), daher wurde nichts gespeichert. Jetzt gespeichert: %1. Ihre Änderungen sind noch hier: Speichern Sie erneut, um sie an die Stelle der gespeicherten Regeln zu setzen (Rückgängig holt diese zurück), oder wählen Sie Abbrechen, um die gespeicherten Regeln zu behalten.</translation>
    </message>
    <message>
        <source>every alert</source>
        <translation>jeder Alarm</translation>
    </message>
    <message>
        <source>group by %1</source>
        <translation>gruppiert nach %1</translation>
    </message>
    <message>
        <source>opens from %1</source>
        <translation>eröffnet ab %1</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <source>resolves</source>
        <translation>behebt</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>rule %1 added</source>
        <translation>Regel %1 hinzugefügt</translation>
    </message>
    <message>
        <source>rule %1 changed</source>
        <translation>Regel %1 geändert</translation>
    </message>
    <message>
        <source>rule “%1” removed</source>
        <translation>Regel „%1“ entfernt</translation>
    </message>
    <message>
        <source>rule order now %1</source>
        <translation>Reihenfolge der Regeln jetzt %1</translation>
    </message>
    <message>
        <source>%1 no longer mapped</source>
        <translation>%1 nicht mehr zugeordnet</translation>
    </message>
    <message>
        <source>severity mapping: %1</source>
        <translation>Schweregrad-Zuordnung: %1</translation>
    </message>
    <message>
        <source>the rules differ from those this dialog opened with</source>
        <translation>die Regeln weichen von denen ab, mit denen dieser Dialog geöffnet wurde</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::IntakeService</name>
    <message>
        <source>The database location carries a password, which must not be written into a service file. Put the password in ~/.pgpass instead.</source>
        <translation>Der Datenbankort enthält ein Passwort, das nicht in eine Dienstdatei geschrieben werden darf. Legen Sie das Passwort stattdessen in ~/.pgpass ab.</translation>
    </message>
    <message>
        <source>The background service needs a fixed port; %1 has none. Choose one in Alerts ▸ Intake Address….</source>
        <translation>Der Hintergrunddienst braucht einen festen Port; %1 hat keinen. Wählen Sie einen unter Alarme ▸ Eingangsadresse….</translation>
    </message>
    <message>
        <source>Listening on %1 needs a token file, or anyone on the network could open incidents. Choose one in Alerts ▸ Intake Address….</source>
        <translation>Zum Lauschen auf %1 ist eine Token-Datei nötig, sonst könnte jeder im Netz Vorfälle eröffnen. Wählen Sie eine unter Alarme ▸ Eingangsadresse….</translation>
    </message>
    <message>
        <source>sitrepctl was not found beside Sitrep or on PATH; install it to receive alerts while Sitrep is closed.</source>
        <translation>sitrepctl wurde weder neben Sitrep noch im PATH gefunden; installieren Sie es, um Alarme zu empfangen, während Sitrep geschlossen ist.</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>systemctl was not found: keeping Sitrep&apos;s intake running when it is closed needs systemd.</source>
        <translation>systemctl wurde nicht gefunden: Damit der Eingang von Sitrep weiterläuft, wenn es geschlossen ist, wird systemd benötigt.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2).</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::IntakeServiceDialog</name>
    <message>
        <source>Keep Receiving When Sitrep Is Closed</source>
        <translation>Weiter empfangen, wenn Sitrep geschlossen ist</translation>
    </message>
    <message>
        <source>Listens on:</source>
        <translation>Lauscht auf:</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Führt aus:</translation>
    </message>
    <message>
        <source>Unit file:</source>
        <translation>Unit-Datei:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>The service connects to the team database by itself, as sitrepctl does: with the password in your ~/.pgpass, or the entry in your ~/.pg_service.conf. Sitrep never writes a password into the service.</source>
        <translation>Der Dienst verbindet sich selbst mit der Teamdatenbank, wie sitrepctl: mit dem Passwort in Ihrer ~/.pgpass oder dem Eintrag in Ihrer ~/.pg_service.conf. Sitrep schreibt nie ein Passwort in den Dienst.</translation>
    </message>
    <message>
        <source>Lingering is on for %1: the service keeps running after you log out.</source>
        <translation>Lingering ist für %1 eingeschaltet: Der Dienst läuft nach dem Abmelden weiter.</translation>
    </message>
    <message>
        <source>systemd stops your services when you log out. To keep receiving after you log out, turn lingering on once: loginctl enable-linger</source>
        <translation>systemd beendet Ihre Dienste, wenn Sie sich abmelden. Um nach dem Abmelden weiter zu empfangen, schalten Sie einmal Lingering ein: loginctl enable-linger</translation>
    </message>
    <message>
        <source>&amp;Install and Start</source>
        <translation>&amp;Installieren und starten</translation>
    </message>
    <message>
        <source>&amp;Stop and Remove</source>
        <translation>&amp;Anhalten und entfernen</translation>
    </message>
    <message>
        <source>A service of your user account, run by systemd, receives alerts into %1 on %2 while Sitrep is closed, as sitrepctl serve does, and starts again when you log in.</source>
        <translation>Ein Dienst Ihres Benutzerkontos, von systemd ausgeführt, empfängt Alarme in %1 auf %2, während Sitrep geschlossen ist, wie sitrepctl serve es tut, und startet wieder, wenn Sie sich anmelden.</translation>
    </message>
    <message>
        <source>%1 (the intake address; change it in Alerts ▸ Intake Address…)</source>
        <translation>%1 (die Eingangsadresse; ändern Sie sie unter Alarme ▸ Eingangsadresse…)</translation>
    </message>
    <message>
        <source>sitrepctl was not found beside Sitrep or on PATH.</source>
        <translation>sitrepctl wurde weder neben Sitrep noch im PATH gefunden.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>This window stops receiving on %1 when the service starts.</source>
        <translation>Dieses Fenster hört auf, auf %1 zu empfangen, wenn der Dienst startet.</translation>
    </message>
    <message>
        <source>The service receives alerts now, also while Sitrep is closed.</source>
        <translation>Der Dienst empfängt jetzt Alarme, auch während Sitrep geschlossen ist.</translation>
    </message>
    <message>
        <source>The service is stopped and removed. Alerts arrive only while a window receives them.</source>
        <translation>Der Dienst ist angehalten und entfernt. Alarme kommen nur an, solange ein Fenster sie empfängt.</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>Postmortems</source>
        <translation>Postmortems</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank …</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Vorfälle</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <source>&amp;Runbooks</source>
        <translation>&amp;Runbooks</translation>
    </message>
    <message>
        <source>&amp;Postmortems</source>
        <translation>&amp;Postmortems</translation>
    </message>
    <message>
        <source>A&amp;nalytics</source>
        <translation>A&amp;uswertung</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Sitrep</source>
        <translation>&amp;Über Sitrep</translation>
    </message>
    <message>
        <source>%1 — Sitrep</source>
        <translation>%1 — Sitrep</translation>
    </message>
    <message>
        <source>Sitrep databases (*.db *.sqlite);;All files (*)</source>
        <translation>Sitrep-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Die Datenbank lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Writing the demo data set…</source>
        <translation>Demodaten werden geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Demodaten geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Vorfall</numerusform>
            <numerusform>%n Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>About Sitrep</source>
        <translation>Über Sitrep</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sitrep %1&lt;/h3&gt;&lt;p&gt;Incident response and blameless postmortems, local-first.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sitrep %1&lt;/h3&gt;&lt;p&gt;Reaktion auf Vorfälle und schuldfreie Postmortems, mit den Daten auf Ihrem Rechner.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find Incidents</source>
        <translation>Vorfälle &amp;suchen</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Ihr &amp;Name …</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Vorfall</translation>
    </message>
    <message>
        <source>&amp;Declare Incident…</source>
        <translation>Vorfall &amp;melden …</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>The name written on timelines when you act:</source>
        <translation>Der Name, der bei Ihren Aktionen im Verlauf steht:</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Prä&amp;sentationsmodus</translation>
    </message>
    <message>
        <source>&amp;Receive Alerts over HTTP</source>
        <translation>Alarme über HTTP &amp;empfangen</translation>
    </message>
    <message>
        <source>Run webhook intake in this app, as sitrepctl serve does</source>
        <translation>Den Webhook-Eingang in dieser App betreiben, wie sitrepctl serve</translation>
    </message>
    <message>
        <source>Intake &amp;Address…</source>
        <translation>Eingangs&amp;adresse…</translation>
    </message>
    <message>
        <source>Intake R&amp;ules…</source>
        <translation>Eingangs&amp;regeln…</translation>
    </message>
    <message>
        <source>New &amp;Incident from Selected Alerts…</source>
        <translation>Neuer &amp;Vorfall aus gewählten Alarmen…</translation>
    </message>
    <message>
        <source>Cannot receive alerts</source>
        <translation>Alarme können nicht empfangen werden</translation>
    </message>
    <message>
        <source>Intake Address</source>
        <translation>Eingangsadresse</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>Token-Datei</translation>
    </message>
    <message>
        <source>needed to listen beyond this machine</source>
        <translation>nötig, um über diesen Rechner hinaus zu lauschen</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Lauschen auf:</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>&amp;Token-Datei:</translation>
    </message>
    <message>
        <source>Senders then post to http://ADDRESS/api/v1/alertmanager, /api/v1/grafana,
/v2/enqueue (PagerDuty Events v2), /api/v1/datadog or /api/v1/alerts.</source>
        <translation>Absender senden dann an http://ADRESSE/api/v1/alertmanager, /api/v1/grafana,
/v2/enqueue (PagerDuty Events v2), /api/v1/datadog oder /api/v1/alerts.</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>Mit &amp;Teamdatenbank verbinden …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation>Teamdatenbank: %1</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>%1 is not there any more; it was taken off the recent list.</source>
        <translation>%1 ist nicht mehr vorhanden; der Eintrag wurde aus der Liste entfernt.</translation>
    </message>
    <message>
        <source>Cannot connect to the team database</source>
        <translation>Keine Verbindung zur Teamdatenbank</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>%1 (team database)</source>
        <translation>%1 (Teamdatenbank)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Quit Sitrep</source>
        <translation>Sitrep beenden</translation>
    </message>
    <message>
        <source>This window receives alerts on %1. Once it is closed, senders get no answer and their alerts wait until Sitrep runs again (or `sitrepctl serve` receives them).</source>
        <translation>Dieses Fenster empfängt Alarme auf %1. Sobald es geschlossen ist, bekommen Absender keine Antwort, und ihre Alarme warten, bis Sitrep wieder läuft (oder `sitrepctl serve` sie empfängt).</translation>
    </message>
    <message>
        <source>&amp;Quit and Stop Receiving</source>
        <translation>&amp;Beenden und Empfang stoppen</translation>
    </message>
    <message>
        <source>&amp;Keep Receiving When Sitrep Is Closed…</source>
        <translation>&amp;Weiter empfangen, wenn Sitrep geschlossen ist…</translation>
    </message>
    <message>
        <source>Choose Another &amp;Address…</source>
        <translation>Andere &amp;Adresse wählen…</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::OfflineBanner</name>
    <message>
        <source>Changes Kept on This Computer</source>
        <translation>Auf diesem Computer aufbewahrte Änderungen</translation>
    </message>
    <message>
        <source>These changes were made while the team database did not answer. Replay writes them in this order; a change that was refused stays here with the reason.</source>
        <translation>Diese Änderungen wurden gemacht, während die Teamdatenbank nicht antwortete. „Nachtragen“ schreibt sie in dieser Reihenfolge; eine abgelehnte Änderung bleibt hier, mit dem Grund.</translation>
    </message>
    <message>
        <source>Made by %1 at %2</source>
        <translation>Von %1 um %2</translation>
    </message>
    <message>
        <source>Not replayed: %1</source>
        <translation>Nicht nachgetragen: %1</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>In Datei speichern…</translation>
    </message>
    <message>
        <source>Discard Selected…</source>
        <translation>Ausgewählte verwerfen…</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n selected change(s)? They will not be written to the team database and cannot be brought back.</source>
        <translation>
            <numerusform>%n ausgewählte Änderung verwerfen? Sie wird nicht in die Teamdatenbank geschrieben und lässt sich nicht zurückholen.</numerusform>
            <numerusform>%n ausgewählte Änderungen verwerfen? Sie werden nicht in die Teamdatenbank geschrieben und lassen sich nicht zurückholen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Not discarded</source>
        <translation>Nicht verworfen</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Nachtragen</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Durchsehen…</translation>
    </message>
    <message>
        <source>The team database %1 does not answer (last contact %2 ago, at %3).</source>
        <translation>Die Teamdatenbank %1 antwortet nicht (letzter Kontakt vor %2, um %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made meanwhile are kept on this computer and will be offered for replay.</source>
        <translation>
            <numerusform>%n inzwischen gemachte Änderung wird auf diesem Computer aufbewahrt und zum Nachtragen angeboten.</numerusform>
            <numerusform>%n inzwischen gemachte Änderungen werden auf diesem Computer aufbewahrt und zum Nachtragen angeboten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sitrep reconnects by itself and reloads what it shows when it is back.</source>
        <translation>Sitrep verbindet sich selbst neu und lädt neu, was es zeigt, sobald sie wieder da ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are kept on this computer until the server is back.</source>
        <translation>
            <numerusform>%n Änderung wird auf diesem Computer aufbewahrt, bis der Server wieder da ist.</numerusform>
            <numerusform>%n Änderungen werden auf diesem Computer aufbewahrt, bis der Server wieder da ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made while offline are kept on this computer.</source>
        <translation>
            <numerusform>%n offline gemachte Änderung wird auf diesem Computer aufbewahrt.</numerusform>
            <numerusform>%n offline gemachte Änderungen werden auf diesem Computer aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team database does not answer yet.</source>
        <translation>Die Teamdatenbank antwortet noch nicht.</translation>
    </message>
    <message>
        <source>Writes them in the order they were made.</source>
        <translation>Schreibt sie in der Reihenfolge, in der sie gemacht wurden.</translation>
    </message>
    <message>
        <source>Saved on this computer: will be written when the server is back.</source>
        <translation>Auf diesem Computer gespeichert: wird geschrieben, sobald der Server wieder da ist.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 again; caught up with %n change(s) made meanwhile.</source>
        <translation>
            <numerusform>Wieder mit %1 verbunden; %n inzwischen gemachte Änderung nachgeladen.</numerusform>
            <numerusform>Wieder mit %1 verbunden; %n inzwischen gemachte Änderungen nachgeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 again; nothing changed meanwhile.</source>
        <translation>Wieder mit %1 verbunden; inzwischen hat sich nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n held change(s) were written.</source>
        <translation>
            <numerusform>%n aufbewahrte Änderung wurde geschrieben.</numerusform>
            <numerusform>%n aufbewahrte Änderungen wurden geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused and are still kept on this computer (save them to a file, or review and discard them):</source>
        <translation>
            <numerusform>%n Änderung wurde abgelehnt und bleibt auf diesem Computer aufbewahrt (in eine Datei speichern, oder durchsehen und verwerfen):</numerusform>
            <numerusform>%n Änderungen wurden abgelehnt und bleiben auf diesem Computer aufbewahrt (in eine Datei speichern, oder durchsehen und verwerfen):</numerusform>
        </translation>
    </message>
    <message>
        <source>The team database stopped answering again; the rest is still kept on this computer.</source>
        <translation>Die Teamdatenbank antwortet wieder nicht; der Rest bleibt auf diesem Computer aufbewahrt.</translation>
    </message>
    <message>
        <source>The list of held changes could not be updated: %1</source>
        <translation>Die Liste der aufbewahrten Änderungen konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Not everything was replayed</source>
        <translation>Nicht alles wurde nachgetragen</translation>
    </message>
    <message>
        <source>Save Held Changes</source>
        <translation>Aufbewahrte Änderungen speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Held Changes Saved</source>
        <translation>Aufbewahrte Änderungen gespeichert</translation>
    </message>
    <message>
        <source>The changes are saved in %1. Forget them on this computer too? They will then not be replayed.</source>
        <translation>Die Änderungen sind in %1 gespeichert. Auf diesem Computer auch vergessen? Dann werden sie nicht nachgetragen.</translation>
    </message>
    <message>
        <source>Forget Them</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Held changes saved in %1; they are still kept for replay.</source>
        <translation>Aufbewahrte Änderungen in %1 gespeichert; sie bleiben zum Nachtragen aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::PostmortemEditor</name>
    <message>
        <source>Send for Review…</source>
        <translation>Zur Durchsicht…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Postmortem</source>
        <translation>Postmortem exportieren</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Postmortem text</source>
        <translation>Postmortem-Text</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Blameless writing findings</source>
        <translation>Hinweise zu schuldfreiem Schreiben</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Add Action Item…</source>
        <translation>Maßnahme hinzufügen…</translation>
    </message>
    <message>
        <source>Blameless writing</source>
        <translation>Schuldfrei schreiben</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Bearbeitung…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <source>Line %1: “%2” — %3 %4</source>
        <translation>Zeile %1: „%2“ — %3 %4</translation>
    </message>
    <message>
        <source>No blame-oriented phrasing found.</source>
        <translation>Keine schuldzuweisenden Formulierungen gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>No postmortem selected</source>
        <translation>Kein Postmortem gewählt</translation>
    </message>
    <message>
        <source>Write one from an incident (Write Postmortem in its detail), or pick one from the list.</source>
        <translation>Schreiben Sie eines aus einem Vorfall (Postmortem schreiben in seiner Ansicht) oder wählen Sie eines aus der Liste.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>reviewers: %1</source>
        <translation>Durchsicht: %1</translation>
    </message>
    <message>
        <source>review asked %1</source>
        <translation>Durchsicht erbeten %1</translation>
    </message>
    <message>
        <source>published %1 — read-only; reopen to edit</source>
        <translation>veröffentlicht %1 — schreibgeschützt; zum Bearbeiten wieder öffnen</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alles gespeichert</translation>
    </message>
    <message>
        <source>Send for Review</source>
        <translation>Zur Durchsicht senden</translation>
    </message>
    <message>
        <source>Reviewers (comma separated):</source>
        <translation>Durchsicht durch (durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>Not sent for review</source>
        <translation>Nicht zur Durchsicht gesendet</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation>Nicht wieder geöffnet</translation>
    </message>
    <message>
        <source>No postmortem is open.</source>
        <translation>Kein Postmortem geöffnet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Action item not changed</source>
        <translation>Maßnahme nicht geändert</translation>
    </message>
    <message>
        <source>Add Action Item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>What will change, so this cannot happen the same way again?</source>
        <translation>Was ändert sich, damit es so nicht wieder passieren kann?</translation>
    </message>
    <message>
        <source>Tracker URL</source>
        <translation>Tracker-URL</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Tracker URL:</source>
        <translation>&amp;Tracker-URL:</translation>
    </message>
    <message>
        <source>Not saved: someone else saved meanwhile</source>
        <translation>Nicht gespeichert: Jemand anderes hat inzwischen gespeichert</translation>
    </message>
    <message>
        <source>Text saved meanwhile by someone else (merge by hand)</source>
        <translation>Inzwischen von jemand anderem gespeicherter Text (von Hand zusammenführen)</translation>
    </message>
    <message>
        <source>Your text is on the clipboard.</source>
        <translation>Ihr Text liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Your unsaved text of “%1” could not be saved there; it is on the clipboard.</source>
        <translation>Ihr ungespeicherter Text zu „%1“ ließ sich dort nicht speichern; er liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Unsaved Postmortem Text</source>
        <translation>Ungespeicherter Postmortem-Text</translation>
    </message>
    <message>
        <source>Your text in “%1” could not be saved: the postmortem was published or removed meanwhile. Leave and lose it? (Cancel keeps it here to copy.)</source>
        <translation>Ihr Text in „%1“ ließ sich nicht speichern: Das Postmortem wurde inzwischen veröffentlicht oder entfernt. Verlassen und den Text verlieren? (Mit „Abbrechen“ bleibt er zum Kopieren hier.)</translation>
    </message>
    <message>
        <source>Discard My Text</source>
        <translation>Meinen Text verwerfen</translation>
    </message>
    <message>
        <source>Someone else saved this postmortem while you were typing: choose Keep Both or Use Theirs first.</source>
        <translation>Jemand anderes hat dieses Postmortem gespeichert, während Sie geschrieben haben: Wählen Sie zuerst „Beide behalten“ oder „Anderen Text übernehmen“.</translation>
    </message>
    <message>
        <source>Your latest text is not saved yet (%1), so this would act on an older text.</source>
        <translation>Ihr neuester Text ist noch nicht gespeichert (%1), daher würde dies einen älteren Text betreffen.</translation>
    </message>
    <message>
        <source>The text on screen is not saved yet, so the export would show an older text. Save it first (or settle the conflict above).</source>
        <translation>Der angezeigte Text ist noch nicht gespeichert, daher würde der Export einen älteren Text zeigen. Speichern Sie ihn zuerst (oder lösen Sie den Konflikt oben).</translation>
    </message>
    <message>
        <source>Saved on this computer: will be written when the server is back.</source>
        <translation>Auf diesem Computer gespeichert: wird geschrieben, sobald der Server wieder da ist.</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::PostmortemLinks</name>
    <message>
        <source>Postmortem</source>
        <translation>Postmortem</translation>
    </message>
    <message>
        <source>Similar past incidents</source>
        <translation>Ähnliche frühere Vorfälle</translation>
    </message>
    <message>
        <source>Similar past incidents (double-click opens the postmortem, or the incident):</source>
        <translation>Ähnliche frühere Vorfälle (Doppelklick öffnet das Postmortem oder den Vorfall):</translation>
    </message>
    <message>
        <source>Open Postmortem</source>
        <translation>Postmortem öffnen</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>noch nicht geschrieben</translation>
    </message>
    <message>
        <source>Write Postmortem…</source>
        <translation>Postmortem schreiben…</translation>
    </message>
    <message>
        <source>postmortem</source>
        <translation>Postmortem</translation>
    </message>
    <message>
        <source>No templates</source>
        <translation>Keine Vorlagen</translation>
    </message>
    <message>
        <source>Write Postmortem</source>
        <translation>Postmortem schreiben</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}}</source>
        <translation>unbekannter Platzhalter {{%1}}</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>The draft is filled with what Sitrep knows: times, durations, responders, key events,
alerts and checklists. Everything else stays as a prompt for you.</source>
        <translation>Der Entwurf enthält, was Sitrep weiß: Zeiten, Dauern, Beteiligte, Schlüsselereignisse,
Alarme und Checklisten. Alles andere bleibt als Aufforderung für Sie.</translation>
    </message>
    <message>
        <source>&amp;Write Draft</source>
        <translation>&amp;Entwurf schreiben</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::PostmortemsPage</name>
    <message>
        <source>Search postmortems</source>
        <translation>Postmortems durchsuchen</translation>
    </message>
    <message>
        <source>Search postmortems…</source>
        <translation>Postmortems durchsuchen…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Postmortems</source>
        <translation>Postmortems</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::PresenceLine</name>
    <message>
        <source>Others on this incident</source>
        <translation>Andere bei diesem Vorfall</translation>
    </message>
    <message>
        <source>Also on this incident: %1.</source>
        <translation>Ebenfalls bei diesem Vorfall: %1.</translation>
    </message>
    <message>
        <source>%1 is typing a note…</source>
        <translation>%1 schreibt eine Notiz …</translation>
    </message>
    <message>
        <source>%1 are typing notes…</source>
        <translation>%1 schreiben Notizen …</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::RunbookPreview</name>
    <message>
        <source>Runbook preview</source>
        <translation>Runbook-Vorschau</translation>
    </message>
    <message>
        <source>⧉ Copy</source>
        <translation>⧉ Kopieren</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::RunbooksPage</name>
    <message>
        <source>Search runbooks</source>
        <translation>Runbooks durchsuchen</translation>
    </message>
    <message>
        <source>Search runbooks…</source>
        <translation>Runbooks durchsuchen…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation>Nur veraltete</translation>
    </message>
    <message>
        <source>Not reviewed for %1 days</source>
        <translation>Seit %1 Tagen nicht geprüft</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>New Runbook…</source>
        <translation>Neues Runbook…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Link Folder…</source>
        <translation>Ordner verknüpfen…</translation>
    </message>
    <message>
        <source>Folder of Markdown runbooks</source>
        <translation>Ordner mit Markdown-Runbooks</translation>
    </message>
    <message>
        <source>Runbook text</source>
        <translation>Runbook-Text</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>No runbook selected. Link a folder of Markdown runbooks, or start a new one.</source>
        <translation>Kein Runbook gewählt. Verknüpfen Sie einen Ordner mit Markdown-Runbooks oder legen Sie ein neues an.</translation>
    </message>
    <message>
        <source>Version %1 · stored in the database</source>
        <translation>Version %1 · in der Datenbank gespeichert</translation>
    </message>
    <message>
        <source>Version %1 · %2 (saving writes the file)</source>
        <translation>Version %1 · %2 (Speichern schreibt die Datei)</translation>
    </message>
    <message>
        <source>Runbook not saved</source>
        <translation>Runbook nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>New Runbook</source>
        <translation>Neues Runbook</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Runbook not created</source>
        <translation>Runbook nicht angelegt</translation>
    </message>
    <message>
        <source>%1 added, %2 updated</source>
        <translation>%1 neu, %2 aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with errors</source>
        <translation>
            <numerusform>%n Datei mit Fehlern</numerusform>
            <numerusform>%n Dateien mit Fehlern</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a folder: runbooks live in the database.</source>
        <translation>Mit keinem Ordner verknüpft: Runbooks liegen in der Datenbank.</translation>
    </message>
    <message>
        <source>Linked to %1 · watched · %2 at %3</source>
        <translation>Verknüpft mit %1 · überwacht · %2 um %3</translation>
    </message>
    <message>
        <source>Unsaved Runbook</source>
        <translation>Ungespeichertes Runbook</translation>
    </message>
    <message>
        <source>“%1” has edits that are not saved yet. Save them before you go on?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Möchten Sie sie speichern, bevor Sie fortfahren?</translation>
    </message>
    <message>
        <source>Show the saved text instead of your edits (Ctrl+Z in the editor brings them back)</source>
        <translation>Den gespeicherten Text statt Ihrer Änderungen anzeigen (Strg+Z im Editor holt sie zurück)</translation>
    </message>
    <message>
        <source>Pick a runbook from the list, or create one with New Runbook…</source>
        <translation>Wählen Sie ein Runbook aus der Liste, oder legen Sie mit Neues Runbook… eines an</translation>
    </message>
    <message>
        <source>Runbook Changed Meanwhile</source>
        <translation>Runbook inzwischen geändert</translation>
    </message>
    <message>
        <source>Save your text on top of it as the next version? Version %1 stays in the runbook&apos;s history, and undo brings it back.</source>
        <translation>Ihren Text als nächste Version darüber speichern? Version %1 bleibt in der Versionsgeschichte des Runbooks, und Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Save Mine on Top</source>
        <translation>Meinen Text darüber speichern</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::ServerConnector</name>
    <message>
        <source>The server asks for a password.</source>
        <translation>Der Server verlangt ein Passwort.</translation>
    </message>
    <message>
        <source>The server refused the password. Type it again.</source>
        <translation>Der Server hat das Passwort abgelehnt. Bitte geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Connected. This is a Sitrep team database (schema version %1).</source>
        <translation>Verbunden. Dies ist eine Sitrep-Teamdatenbank (Schemaversion %1).</translation>
    </message>
    <message>
        <source>Connected. The database is empty: Sitrep will set it up when you connect.</source>
        <translation>Verbunden. Die Datenbank ist leer: Sitrep richtet sie beim Verbinden ein.</translation>
    </message>
    <message>
        <source>Connected. This Sitrep team database (schema version %1) will be upgraded to version %2 when you connect.</source>
        <translation>Verbunden. Diese Sitrep-Teamdatenbank (Schemaversion %1) wird beim Verbinden auf Version %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Connected, but this database holds another application&apos;s tables. Sitrep will not use it; choose an empty database or a Sitrep one.</source>
        <translation>Verbunden, aber diese Datenbank enthält Tabellen einer anderen Anwendung. Sitrep verwendet sie nicht; wählen Sie eine leere Datenbank oder eine von Sitrep.</translation>
    </message>
    <message>
        <source>Connected, but this database was written by a newer Sitrep (schema version %1; this version knows up to %2). Update Sitrep to use it.</source>
        <translation>Verbunden, aber diese Datenbank wurde von einem neueren Sitrep geschrieben (Schemaversion %1; diese Version kennt bis %2). Aktualisieren Sie Sitrep, um sie zu verwenden.</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::Session</name>
    <message>
        <source>Not undone: the team database does not answer. The step stays; undo it again when the server is back.</source>
        <translation>Nicht rückgängig gemacht: Die Teamdatenbank antwortet nicht. Der Schritt bleibt; machen Sie ihn erneut rückgängig, wenn der Server wieder da ist.</translation>
    </message>
    <message>
        <source>Not redone: the team database does not answer. The step stays; redo it again when the server is back.</source>
        <translation>Nicht wiederhergestellt: Die Teamdatenbank antwortet nicht. Der Schritt bleibt; stellen Sie ihn erneut wieder her, wenn der Server wieder da ist.</translation>
    </message>
    <message>
        <source>Not written: the team database does not answer, and the change could not be kept on this computer either (%1).</source>
        <translation>Nicht geschrieben: Die Teamdatenbank antwortet nicht, und die Änderung konnte auch nicht auf diesem Computer aufbewahrt werden (%1).</translation>
    </message>
    <message>
        <source>Not done: the team database does not answer. Try again when it is back (the banner above says when).

%1</source>
        <translation>Nicht ausgeführt: Die Teamdatenbank antwortet nicht. Versuchen Sie es erneut, wenn sie wieder da ist (das Banner oben zeigt es an).

%1</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::TeamDatabaseDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>Mit Teamdatenbank verbinden</translation>
    </message>
    <message>
        <source>Connect to a PostgreSQL database that your team shares. Passwords in ~/.pgpass or in a service file are found without asking.</source>
        <translation>Verbinden Sie sich mit einer PostgreSQL-Datenbank, die Ihr Team gemeinsam nutzt. Passwörter aus ~/.pgpass oder einer Service-Datei werden ohne Nachfrage gefunden.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database or service=name</source>
        <translation>postgresql://benutzer@host:5432/datenbank oder service=name</translation>
    </message>
    <message>
        <source>&amp;Paste an address:</source>
        <translation>Adresse &amp;einfügen:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation>Nie verschlüsseln (disable)</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Verschlüsseln, wenn der Server es anbietet (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt, do not check the certificate (require)</source>
        <translation>Immer verschlüsseln, Zertifikat nicht prüfen (require)</translation>
    </message>
    <message>
        <source>Always encrypt, check the certificate&apos;s authority (verify-ca)</source>
        <translation>Immer verschlüsseln, Zertifizierungsstelle prüfen (verify-ca)</translation>
    </message>
    <message>
        <source>Always encrypt, check the certificate and the host name (verify-full)</source>
        <translation>Immer verschlüsseln, Zertifikat und Hostnamen prüfen (verify-full)</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Verschl&amp;üsselung:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>optional: a name from pg_service.conf</source>
        <translation>optional: ein Name aus pg_service.conf</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Remember in the keyring</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>This is not the address of a PostgreSQL server. Write postgresql://host/database or service=name (a database file is opened with File ▸ Open Database…).</source>
        <translation>Das ist keine Adresse eines PostgreSQL-Servers. Schreiben Sie postgresql://host/datenbank oder service=name (eine Datenbankdatei öffnen Sie mit Datei ▸ Datenbank öffnen …).</translation>
    </message>
    <message>
        <source>“%1” is not a port number (1 to 65535).</source>
        <translation>„%1“ ist keine Portnummer (1 bis 65535).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Default: on another machine, always encrypt and check the certificate</source>
        <translation>Standard: auf einem anderen Rechner immer verschlüsseln und das Zertifikat prüfen</translation>
    </message>
</context>
<context>
    <name>sitrep::ui::TextConflictBar</name>
    <message>
        <source>Someone else saved this postmortem while you were typing. Your text is here, not saved yet; theirs is kept too. Choose how to go on.</source>
        <translation>Jemand anderes hat dieses Postmortem gespeichert, während Sie geschrieben haben. Ihr Text steht hier und ist noch nicht gespeichert; der andere Text bleibt ebenfalls erhalten. Wählen Sie, wie es weitergehen soll.</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Save your text with theirs below it, under a heading, to merge by hand.</source>
        <translation>Ihren Text speichern und den anderen unter einer Überschrift darunter, um beide von Hand zusammenzuführen.</translation>
    </message>
    <message>
        <source>Use Theirs</source>
        <translation>Anderen Text übernehmen</translation>
    </message>
    <message>
        <source>Show their text; yours goes to the clipboard.</source>
        <translation>Den anderen Text anzeigen; Ihrer kommt in die Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>sitrepctl</name>
    <message>
        <source>demo: %1% (%2 of %3 incidents)</source>
        <translation>demo: %1 % (%2 von %3 Vorfällen)</translation>
    </message>
    <message>
        <source>Wrote %1 incidents (%2 open), %3 alerts, %4 timeline events, %5 postmortems, %6 action items to %7 in %8 s.</source>
        <translation>%1 Vorfälle (%2 offen), %3 Alarme, %4 Verlaufsereignisse, %5 Postmortems und %6 Maßnahmen in %8 s nach %7 geschrieben.</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>schema version: %1 (this sitrepctl: %2)</source>
        <translation>Schemaversion: %1 (dieses sitrepctl: %2)</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>Integrität: ok</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>%1 is already at schema version %2.</source>
        <translation>%1 ist bereits auf Schemaversion %2.</translation>
    </message>
    <message>
        <source>%1 migrated from schema version %2 to %3.</source>
        <translation>%1 von Schemaversion %2 auf %3 migriert.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation>&lt;stdin&gt;</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Imported %1 incidents, %2 alerts, %3 timeline events, %4 runbooks, %5 postmortems, %6 action items.</source>
        <translation>%1 Vorfälle, %2 Alarme, %3 Verlaufsereignisse, %4 Runbooks, %5 Postmortems und %6 Maßnahmen importiert.</translation>
    </message>
    <message>
        <source>Run `sitrepctl %1 --help` for the options.</source>
        <translation>Die Optionen zeigt `sitrepctl %1 --help`.</translation>
    </message>
    <message>
        <source>How many incidents (default 2000).</source>
        <translation>Wie viele Vorfälle (Standard: 2000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Zufallsstartwert (Standard: 1).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>End of the two-year period, ISO 8601 UTC (default: start of today, UTC).</source>
        <translation>Ende des Zweijahreszeitraums, ISO 8601 UTC (Standard: Beginn des heutigen Tages, UTC).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Fills an empty database with a realistic, deterministic demo data set.</source>
        <translation>Füllt eine leere Datenbank mit realistischen, deterministischen Demodaten.</translation>
    </message>
    <message>
        <source>--incidents takes a whole number from 0 to 100000000.</source>
        <translation>--incidents erwartet eine ganze Zahl von 0 bis 100000000.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--until takes an ISO 8601 time with a zone, such as 2026-01-01T00:00:00Z.</source>
        <translation>--until erwartet eine ISO-8601-Zeit mit Zone, etwa 2026-01-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>Output format: json (the only one).</source>
        <translation>Ausgabeformat: json (das einzige).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>In diese Datei statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Writes the whole database as one JSON document (see README).</source>
        <translation>Schreibt die ganze Datenbank als ein JSON-Dokument (siehe README).</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: export writes json.</source>
        <translation>Unbekanntes Format &quot;%1&quot;: export schreibt json.</translation>
    </message>
    <message>
        <source>Input format: json (the only one).</source>
        <translation>Eingabeformat: json (das einzige).</translation>
    </message>
    <message>
        <source>The JSON document, or - for standard input.</source>
        <translation>Das JSON-Dokument oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Reads a JSON document made by export; all or nothing.</source>
        <translation>Liest ein von export erzeugtes JSON-Dokument; alles oder nichts.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: import reads json.</source>
        <translation>Unbekanntes Format &quot;%1&quot;: import liest json.</translation>
    </message>
    <message>
        <source>import takes one file (or - for standard input).</source>
        <translation>import erwartet eine Datei (oder - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Reports schema version, integrity and row counts.</source>
        <translation>Meldet Schemaversion, Integrität und Zeilenzahlen.</translation>
    </message>
    <message>
        <source>Brings a database&apos;s schema up to date.</source>
        <translation>Bringt das Schema einer Datenbank auf den neuesten Stand.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, or an ISO time with a zone).</source>
        <translation>Erster Tag (YYYY-MM-DD oder eine ISO-Zeit mit Zone).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Day after the last (exclusive).</source>
        <translation>Tag nach dem letzten (ausschließlich).</translation>
    </message>
    <message>
        <source>Only this service (repeatable).</source>
        <translation>Nur dieser Dienst (wiederholbar).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Only this severity, SEV1..SEV5 (repeatable).</source>
        <translation>Nur dieser Schweregrad, SEV1..SEV5 (wiederholbar).</translation>
    </message>
    <message>
        <source>sev</source>
        <translation>sev</translation>
    </message>
    <message>
        <source>Bucket: week (from Monday), month or quarter.</source>
        <translation>Einteilung: week (ab Montag), month oder quarter.</translation>
    </message>
    <message>
        <source>bucket</source>
        <translation>Einteilung</translation>
    </message>
    <message>
        <source>Count drills too (left out by default).</source>
        <translation>Übungen mitzählen (standardmäßig ausgelassen).</translation>
    </message>
    <message>
        <source>Compare incidents before and after this date.</source>
        <translation>Vorfälle vor und nach diesem Datum vergleichen.</translation>
    </message>
    <message>
        <source>IANA zone for buckets and dates (default: this machine&apos;s).</source>
        <translation>IANA-Zeitzone für Einteilung und Daten (Standard: die dieses Rechners).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>json, csv or markdown.</source>
        <translation>json, csv oder markdown.</translation>
    </message>
    <message>
        <source>Time to detect, acknowledge, mitigate and resolve, by bucket and service.</source>
        <translation>Zeit bis zur Erkennung, Bestätigung, Eindämmung und Behebung, nach Zeitabschnitt und Dienst.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Berlin).</source>
        <translation>Unbekannte Zeitzone &quot;%1&quot; (verwenden Sie einen IANA-Namen wie Europe/Berlin).</translation>
    </message>
    <message>
        <source>--%1 takes a date (YYYY-MM-DD) or an ISO time with a zone.</source>
        <translation>--%1 erwartet ein Datum (YYYY-MM-DD) oder eine ISO-Zeit mit Zone.</translation>
    </message>
    <message>
        <source>--severity takes SEV1..SEV5 (got &quot;%1&quot;).</source>
        <translation>--severity erwartet SEV1..SEV5 (erhalten: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--by takes week, month or quarter.</source>
        <translation>--by erwartet week, month oder quarter.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: report writes json, csv or markdown.</source>
        <translation>Unbekanntes Format &quot;%1&quot;: report schreibt json, csv oder markdown.</translation>
    </message>
    <message>
        <source>HOST:PORT to listen on (default 127.0.0.1:9797).</source>
        <translation>HOST:PORT, auf dem gelauscht wird (Standard: 127.0.0.1:9797).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>File holding the bearer token senders must present (required off loopback).</source>
        <translation>Datei mit dem Bearer-Token, das Absender vorweisen müssen (außerhalb von Loopback erforderlich).</translation>
    </message>
    <message>
        <source>Receives alerts over HTTP and turns them into incidents (see docs/intake.md).</source>
        <translation>Empfängt Alarme über HTTP und macht daraus Vorfälle (siehe docs/intake.md).</translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without --token-file: anyone on the network could open incidents.</source>
        <translation>Lauschen auf %1 ohne --token-file verweigert: Jeder im Netz könnte Vorfälle eröffnen.</translation>
    </message>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>Die Signalbehandlung lässt sich nicht einrichten.</translation>
    </message>
    <message>
        <source>Intake for %1 on http://%2 (%3). Stop with Ctrl+C.</source>
        <translation>Eingang für %1 auf http://%2 (%3). Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>no token: loopback only</source>
        <translation>kein Token: nur Loopback</translation>
    </message>
    <message>
        <source>bearer token required</source>
        <translation>Bearer-Token erforderlich</translation>
    </message>
    <message>
        <source>Stopping: %1 alerts received, %2 incidents opened.</source>
        <translation>Wird beendet: %1 Alarme empfangen, %2 Vorfälle eröffnet.</translation>
    </message>
    <message>
        <source>A folder of Markdown runbooks (searched recursively).</source>
        <translation>Ein Ordner mit Markdown-Runbooks (rekursiv durchsucht).</translation>
    </message>
    <message>
        <source>Imports (or updates) the runbooks in a folder.</source>
        <translation>Importiert (oder aktualisiert) die Runbooks in einem Ordner.</translation>
    </message>
    <message>
        <source>runbooks import takes one folder.</source>
        <translation>runbooks import erwartet einen Ordner.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 with errors</source>
        <translation>%1 neu, %2 aktualisiert, %3 unverändert, %4 mit Fehlern</translation>
    </message>
    <message>
        <source>An alert&apos;s labels: k=v,k=v (repeat for several alerts).</source>
        <translation>Die Labels eines Alarms: k=v,k=v (für mehrere Alarme wiederholen).</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>The incident&apos;s service.</source>
        <translation>Der Dienst des Vorfalls.</translation>
    </message>
    <message>
        <source>The incident&apos;s severity, SEV1..SEV5.</source>
        <translation>Der Schweregrad des Vorfalls, SEV1..SEV5.</translation>
    </message>
    <message>
        <source>Lists the runbooks that fit, best first, with why.</source>
        <translation>Listet die passenden Runbooks auf, die besten zuerst, mit Begründung.</translation>
    </message>
    <message>
        <source>--labels takes name=value pairs separated by commas (got &quot;%1&quot;).</source>
        <translation>--labels erwartet durch Kommas getrennte Paare name=value (erhalten: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--severity takes SEV1..SEV5.</source>
        <translation>--severity erwartet SEV1..SEV5.</translation>
    </message>
    <message>
        <source>No runbook fits.</source>
        <translation>Kein Runbook passt.</translation>
    </message>
    <message>
        <source>--incident takes an id such as INC-1042.</source>
        <translation>--incident erwartet eine ID wie INC-1042.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>Es gibt keinen Vorfall %1.</translation>
    </message>
    <message>
        <source>A Markdown file (- for standard input).</source>
        <translation>Eine Markdown-Datei (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Names of people, comma separated (&quot;Ana failed to&quot; is then a finding).</source>
        <translation>Namen von Personen, durch Kommas getrennt (dann ist &quot;Ana failed to&quot; ein Hinweis).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Flags blame-oriented phrasing in a postmortem.</source>
        <translation>Markiert schuldzuweisende Formulierungen in einem Postmortem.</translation>
    </message>
    <message>
        <source>lint takes one file.</source>
        <translation>lint erwartet eine Datei.</translation>
    </message>
    <message>
        <source>%1 finding(s).</source>
        <translation>Hinweise: %1.</translation>
    </message>
    <message>
        <source>The incident, e.g. INC-1042.</source>
        <translation>Der Vorfall, z. B. INC-1042.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>md, html or pdf.</source>
        <translation>md, html oder pdf.</translation>
    </message>
    <message>
        <source>Template name (default: by severity).</source>
        <translation>Name der Vorlage (Standard: nach Schweregrad).</translation>
    </message>
    <message>
        <source>Who writes it.</source>
        <translation>Wer es schreibt.</translation>
    </message>
    <message>
        <source>Postmortems from the command line.</source>
        <translation>Postmortems auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot; (google-sre, atlassian, pagerduty, short).</source>
        <translation>Unbekannte Vorlage &quot;%1&quot; (google-sre, atlassian, pagerduty, short).</translation>
    </message>
    <message>
        <source>Drafted the postmortem of %1 from %2.</source>
        <translation>Postmortem zu %1 aus der Vorlage %2 entworfen.</translation>
    </message>
    <message>
        <source>--format takes md, html or pdf.</source>
        <translation>--format erwartet md, html oder pdf.</translation>
    </message>
    <message>
        <source>A folder of Markdown templates.</source>
        <translation>Ein Ordner mit Markdown-Vorlagen.</translation>
    </message>
    <message>
        <source>import-templates takes one folder.</source>
        <translation>import-templates erwartet einen Ordner.</translation>
    </message>
    <message>
        <source>%1 template(s) imported, %2 problem(s)</source>
        <translation>Vorlagen importiert: %1, Probleme: %2</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The database: a file, or a PostgreSQL server as postgresql://USER@HOST:PORT/DATABASE or service=NAME (default: %1).</source>
        <translation>Die Datenbank: eine Datei oder ein PostgreSQL-Server als postgresql://BENUTZER@HOST:PORT/DATENBANK oder service=NAME (Standard: %1).</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>copy: %1 (%2 of %3): %4 of %5 rows</source>
        <translation>copy: %1 (%2 von %3): %4 von %5 Zeilen</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4 in %5 s (%6 rows/s).</source>
        <translation>%1 Zeilen in %2 Tabellen von %3 nach %4 in %5 s kopiert (%6 Zeilen/s).</translation>
    </message>
    <message>
        <source>The database to copy: a file or a server (as --db takes it).</source>
        <translation>Die zu kopierende Datenbank: eine Datei oder ein Server (wie bei --db).</translation>
    </message>
    <message>
        <source>Where to copy it: a file or a server (as --db takes it).</source>
        <translation>Wohin kopiert wird: eine Datei oder ein Server (wie bei --db).</translation>
    </message>
    <message>
        <source>Replace what the target holds instead of refusing a target that is not empty.</source>
        <translation>Den Inhalt des Ziels ersetzen, statt ein nicht leeres Ziel abzulehnen.</translation>
    </message>
    <message>
        <source>Copies a whole database, all or nothing: from a file to a server when a team starts, from a server to a file for an offline archive. A file target is written beside the old one and renamed into place when complete.</source>
        <translation>Kopiert eine ganze Datenbank, ganz oder gar nicht: aus einer Datei auf einen Server, wenn ein Team beginnt, von einem Server in eine Datei für ein Offline-Archiv. Eine Zieldatei wird neben der alten geschrieben und erst nach Abschluss an ihre Stelle umbenannt.</translation>
    </message>
    <message>
        <source>copy takes --from and --to.</source>
        <translation>copy braucht --from und --to.</translation>
    </message>
    <message>
        <source>Usage: sitrepctl runbooks import --db LOCATION DIR | sitrepctl runbooks match --db LOCATION --labels k=v,... [--service S] [--severity SEV2]</source>
        <translation>Aufruf: sitrepctl runbooks import --db LOCATION DIR | sitrepctl runbooks match --db LOCATION --labels k=v,... [--service S] [--severity SEV2]</translation>
    </message>
    <message>
        <source>Usage: sitrepctl postmortem export --db LOCATION --incident INC-1042 --format md|html|pdf [--out FILE]
       sitrepctl postmortem draft --db LOCATION --incident INC-1042 [--template NAME] [--author NAME]
       sitrepctl postmortem import-templates --db LOCATION DIR</source>
        <translation>Aufruf: sitrepctl postmortem export --db LOCATION --incident INC-1042 --format md|html|pdf [--out FILE]
        sitrepctl postmortem draft --db LOCATION --incident INC-1042 [--template NAME] [--author NAME]
        sitrepctl postmortem import-templates --db LOCATION DIR</translation>
    </message>
    <message>
        <source>Print the changes after the one with this id (0: the whole log), then follow. Without it, from now on.</source>
        <translation>Die Änderungen nach der mit dieser ID ausgeben (0: das ganze Protokoll), dann weiter mitlesen. Ohne diese Option: ab jetzt.</translation>
    </message>
    <message>
        <source>Print what is there and exit instead of waiting for more.</source>
        <translation>Ausgeben, was vorhanden ist, und beenden, statt auf weitere Änderungen zu warten.</translation>
    </message>
    <message>
        <source>Prints the database&apos;s change feed as JSON lines, one per change: what changed (table, action, row, incident), who and when. A script that keeps the last id it handled resumes with --from ID and misses nothing.</source>
        <translation>Gibt den Änderungsstrom der Datenbank als JSON-Zeilen aus, eine je Änderung: was sich geändert hat (Tabelle, Aktion, Zeile, Vorfall), wer und wann. Ein Skript, das sich die zuletzt verarbeitete ID merkt, setzt mit --from ID fort und verpasst nichts.</translation>
    </message>
    <message>
        <source>--from takes the id of a change (a whole number), not &quot;%1&quot;.</source>
        <translation>--from erwartet die ID einer Änderung (eine ganze Zahl), nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot watch for signals: %1</source>
        <translation>Signale können nicht überwacht werden: %1</translation>
    </message>
    <message>
        <source>Lost the connection to %1 (%2); reconnecting. Nothing is missed: the feed resumes where it stopped.</source>
        <translation>Die Verbindung zu %1 ist verloren (%2); neuer Verbindungsversuch. Es geht nichts verloren: Der Strom setzt dort fort, wo er stehen geblieben ist.</translation>
    </message>
    <message>
        <source>Connected to %1 again; catching up.</source>
        <translation>Wieder mit %1 verbunden; hole Versäumtes nach.</translation>
    </message>
    <message>
        <source>Usage: sitrepctl &lt;command&gt; [options]

Commands:
  demo      fill an empty database with a realistic demo data set
  check     report schema version, integrity and row counts (exit 1 on a problem)
  migrate   bring a database&apos;s schema up to date (a file is backed up first)
  export    write the whole database as one JSON document
  import    read a JSON document made by export (all or nothing)
  report    incident metrics (MTTD, MTTA, MTTM, MTTR) as JSON, CSV or Markdown
  serve     receive alerts over HTTP (Alertmanager, Grafana, PagerDuty Events v2, Datadog, JSON)
  runbooks  import a folder of Markdown runbooks, or list those that fit an alert
  postmortem  draft a postmortem from an incident, or export one as Markdown, HTML or PDF
  lint      flag blame-oriented phrasing in a postmortem (exit 1 when it finds some)
  copy      copy a whole database to another place, e.g. a file to a team server (all or nothing)
  tail      print every change as it is committed, as JSON lines (for chat bots and status pages)
  team      a team database&apos;s people and roles: init, add-user, set-role, remove-user, list

Every command takes --db LOCATION (default: %1). A location is:
  a file path               an SQLite file, e.g. ~/incidents.db
  postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full
                            a PostgreSQL server (a libpq URI; postgres:// works too)
  service=NAME              a server described in pg_service.conf (PGSERVICEFILE, ~/.pg_service.conf)
  host=HOST dbname=NAME ... libpq&apos;s key=value parameters
Passwords come from ~/.pgpass (or the file PGPASSFILE names) or the service file, as for psql.
A password written into the URI works, but anyone on this machine can read it in the process
list: use .pgpass instead. sitrepctl never prints a password.

`sitrepctl &lt;command&gt; --help` describes one command; `sitrepctl --version` prints the version.
</source>
        <translation>Aufruf: sitrepctl &lt;command&gt; [options]

Befehle:
  demo      eine leere Datenbank mit realistischen Demodaten füllen
  check     Schemaversion, Integrität und Zeilenzahlen melden (Exit-Code 1 bei einem Problem)
  migrate   das Schema einer Datenbank auf den neuesten Stand bringen (eine Datei wird vorher gesichert)
  export    die ganze Datenbank als ein JSON-Dokument schreiben
  import    ein von export erzeugtes JSON-Dokument lesen (alles oder nichts)
  report    Vorfallkennzahlen (MTTD, MTTA, MTTM, MTTR) als JSON, CSV oder Markdown
  serve     Alarme über HTTP empfangen (Alertmanager, Grafana, PagerDuty Events v2, Datadog, JSON)
  runbooks  einen Ordner mit Markdown-Runbooks importieren oder die zu einem Alarm passenden auflisten
  postmortem  ein Postmortem aus einem Vorfall entwerfen oder eines als Markdown, HTML oder PDF exportieren
  lint      schuldzuweisende Formulierungen in einem Postmortem markieren (Exit-Code 1, wenn es welche findet)
  copy      eine ganze Datenbank an einen anderen Ort kopieren, z. B. eine Datei auf einen Team-Server (ganz oder gar nicht)
  tail      jede Änderung ausgeben, sobald sie festgeschrieben ist, als JSON-Zeilen (für Chat-Bots und Statusseiten)
  team      Personen und Rollen einer Team-Datenbank: init, add-user, set-role, remove-user, list

Jeder Befehl nimmt --db LOCATION (Standard: %1). Ein Ort ist:
  ein Dateipfad             eine SQLite-Datei, z. B. ~/incidents.db
  postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full
                            ein PostgreSQL-Server (eine libpq-URI; postgres:// geht auch)
  service=NAME              ein in pg_service.conf beschriebener Server (PGSERVICEFILE, ~/.pg_service.conf)
  host=HOST dbname=NAME ... die key=value-Parameter von libpq
Passwörter kommen aus ~/.pgpass (oder der Datei, die PGPASSFILE nennt) oder der Service-Datei, wie bei psql.
Ein Passwort in der URI funktioniert, aber jeder auf diesem Rechner kann es in der Prozessliste
lesen: Nutzen Sie stattdessen .pgpass. sitrepctl gibt nie ein Passwort aus.

`sitrepctl &lt;command&gt; --help` beschreibt einen Befehl; `sitrepctl --version` gibt die Version aus.
</translation>
    </message>
    <message>
        <source>Usage: sitrepctl team &lt;init|add-user|set-role|remove-user|list&gt; --db POSTGRESQL-DATABASE
  init                         create the team&apos;s roles, the tables and the grants (as the server&apos;s superuser)
  add-user NAME --role ROLE    add a person: viewer, responder or admin (intake: for `sitrepctl serve`)
  set-role NAME --role ROLE    change a person&apos;s role
  remove-user NAME             take a person out of the team
  list                         the team&apos;s people and their roles
</source>
        <translation>Aufruf: sitrepctl team &lt;init|add-user|set-role|remove-user|list&gt; --db POSTGRESQL-DATENBANK
  init                         die Rollen des Teams, die Tabellen und die Berechtigungen anlegen (als Superuser des Servers)
  add-user NAME --role ROLLE   eine Person hinzufügen: viewer, responder oder admin (intake: für `sitrepctl serve`)
  set-role NAME --role ROLLE   die Rolle einer Person ändern
  remove-user NAME             eine Person aus dem Team nehmen
  list                         die Personen des Teams und ihre Rollen
</translation>
    </message>
    <message>
        <source>The team database: postgresql://USER@HOST/DATABASE, service=NAME or key=value parameters.</source>
        <translation>Die Teamdatenbank: postgresql://BENUTZER@HOST/DATENBANK, service=NAME oder key=value-Parameter.</translation>
    </message>
    <message>
        <source>Run `sitrepctl team %1 --help` for the options.</source>
        <translation>`sitrepctl team %1 --help` zeigt die Optionen.</translation>
    </message>
    <message>
        <source>team %1 takes --db, the team&apos;s PostgreSQL database.</source>
        <translation>team %1 braucht --db, die PostgreSQL-Datenbank des Teams.</translation>
    </message>
    <message>
        <source>%1 is a file: users and roles are a PostgreSQL team database&apos;s (anyone who can read a file can change it).</source>
        <translation>%1 ist eine Datei: Benutzer und Rollen gibt es nur in einer PostgreSQL-Teamdatenbank (wer eine Datei lesen kann, kann sie auch ändern).</translation>
    </message>
    <message>
        <source>%1 has no team roles yet: the server&apos;s superuser sets them up with `sitrepctl team init --db %1`.</source>
        <translation>%1 hat noch keine Team-Rollen: Der Superuser des Servers richtet sie mit `sitrepctl team init --db %1` ein.</translation>
    </message>
    <message>
        <source>team %1 takes --role viewer, responder or admin.</source>
        <translation>team %1 braucht --role viewer, responder oder admin.</translation>
    </message>
    <message>
        <source>--role takes viewer, responder, admin or intake, not “%1”.</source>
        <translation>--role nimmt viewer, responder, admin oder intake, nicht „%1“.</translation>
    </message>
    <message>
        <source>team %1 takes one user name.</source>
        <translation>team %1 braucht genau einen Benutzernamen.</translation>
    </message>
    <message>
        <source>Sets up a team database: its group roles (named after the database), Sitrep&apos;s tables owned by a role nobody logs in as, and the grants of each role. Run it as the server&apos;s superuser; run it again after upgrading Sitrep, to upgrade the tables and grant again.</source>
        <translation>Richtet eine Teamdatenbank ein: ihre Gruppenrollen (nach der Datenbank benannt), Sitreps Tabellen im Besitz einer Rolle, als die sich niemand anmeldet, und die Berechtigungen jeder Rolle. Als Superuser des Servers ausführen; nach einem Sitrep-Update erneut ausführen, um die Tabellen zu aktualisieren und die Berechtigungen neu zu vergeben.</translation>
    </message>
    <message>
        <source>Created the roles %1.</source>
        <translation>Rollen %1 angelegt.</translation>
    </message>
    <message>
        <source>Schema version %1 → %2.</source>
        <translation>Schemaversion %1 → %2.</translation>
    </message>
    <message>
        <source>The team “%1” is ready: add people with `sitrepctl team add-user NAME --role viewer|responder|admin --db %2`.</source>
        <translation>Das Team „%1“ ist bereit: Fügen Sie Personen mit `sitrepctl team add-user NAME --role viewer|responder|admin --db %2` hinzu.</translation>
    </message>
    <message>
        <source>The person&apos;s PostgreSQL user name.</source>
        <translation>Der PostgreSQL-Benutzername der Person.</translation>
    </message>
    <message>
        <source>viewer, responder or admin (intake: for `sitrepctl serve`).</source>
        <translation>viewer, responder oder admin (intake: für `sitrepctl serve`).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file (without it, one is made up and printed once).</source>
        <translation>Das Passwort aus der ersten Zeile dieser Datei lesen (ohne diese Option wird eines erzeugt und einmal ausgegeben).</translation>
    </message>
    <message>
        <source>Give no password (for peer or certificate authentication).</source>
        <translation>Kein Passwort vergeben (für Peer- oder Zertifikatsanmeldung).</translation>
    </message>
    <message>
        <source>Adds a person to the team database with one role.</source>
        <translation>Fügt der Teamdatenbank eine Person mit einer Rolle hinzu.</translation>
    </message>
    <message>
        <source>Give --password-file or --no-password, not both.</source>
        <translation>Geben Sie --password-file oder --no-password an, nicht beides.</translation>
    </message>
    <message>
        <source>%1 holds no password on its first line.</source>
        <translation>%1 enthält in der ersten Zeile kein Passwort.</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>%1 als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Password for %1 (shown only now): %2</source>
        <translation>Passwort für %1 (wird nur jetzt angezeigt): %2</translation>
    </message>
    <message>
        <source>Changes a person&apos;s role in the team database.</source>
        <translation>Ändert die Rolle einer Person in der Teamdatenbank.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Takes a person out of the team database; their login role goes too unless it belongs to something else on the server.</source>
        <translation>Nimmt eine Person aus der Teamdatenbank; ihre Anmelderolle wird mit gelöscht, außer sie gehört noch zu etwas anderem auf dem Server.</translation>
    </message>
    <message>
        <source>Removed %1; the login role is gone.</source>
        <translation>%1 entfernt; die Anmelderolle ist gelöscht.</translation>
    </message>
    <message>
        <source>Removed %1 from the team; the login role stays, as it belongs to other roles of the server.</source>
        <translation>%1 aus dem Team entfernt; die Anmelderolle bleibt, da sie zu anderen Rollen des Servers gehört.</translation>
    </message>
    <message>
        <source>Lists the team&apos;s people and their roles, one a line (name, tab, role).</source>
        <translation>Listet die Personen des Teams und ihre Rollen auf, eine pro Zeile (Name, Tabulator, Rolle).</translation>
    </message>
    <message>
        <source>Unknown team command &quot;%1&quot;.</source>
        <translation>Unbekannter team-Befehl „%1“.</translation>
    </message>
</context>
</TS>
