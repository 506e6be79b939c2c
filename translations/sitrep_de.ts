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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the selected alerts no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert attached: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mute must end in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertmanagerAdapter</name>
    <message>
        <source>payload version %1 is not supported (expected 4)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Incident metrics, %1 to %2 (%3)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incidents, %2 still open. Drills %3.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| metric | count | mean [95 % CI] | median [95 % CI] | p90 | open | missing |
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
### Before and after %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| metric | median before → after | change [95 % CI] | verdict |
| --- | --- | --- | --- |
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlamelessLint</name>
    <message>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rules[%2] needs an id and a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rules[%2] (%3): the pattern is not a valid regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>Bulk writing needs an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to commit: begin() was not called or failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Sitrep database (it is not an SQLite file). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not Sitrep&apos;s. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Sitrep (schema version %2; this version knows up to %3). Update Sitrep to open it. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2 before upgrading it: %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 is newer than this Sitrep knows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 is older than %2: run `sitrepctl migrate`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows in %1 point to missing rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatadogAdapter</name>
    <message>
        <source>expected epoch milliseconds or an RFC 3339 time, got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>[Drill] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident opened as %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>%1 is incident commander</source>
        <translation type="unfinished"></translation>
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
        <source>Not needed: cause already clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of incidents cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data goes only into an empty database, so that it never mixes with real incidents. Choose a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1d %2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentChange</name>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Schweregrad</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished">Dienst</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished">Übung</translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation type="unfinished">Auswirkung begann</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished">Erkannt</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished">Bestätigt</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished">Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished">Behoben</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation type="unfinished">Incident Commander</translation>
    </message>
    <message>
        <source>Communications lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation type="unfinished">Protokoll</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be earlier than %2: milestones keep the order impact started, detected, acknowledged, mitigated, resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">keine</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentEdits</name>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark key event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark key event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only notes can be deleted; the other events record what happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentMarkdown</name>
    <message>
        <source>**%1** · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times in %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact cannot start in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident declared as %1%2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new incident vanished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed meanwhile (now %2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact cannot start after it was detected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeRuleStore</name>
    <message>
        <source>Every rule needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1”: group by at least one label (or group_key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1”: “%2” is not a label name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1”: severities run from SEV1 to SEV5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity mapping “%1” → %2 is not valid (SEV1 to SEV5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeServer</name>
    <message>
        <source>“%1” is not HOST:PORT (for example 127.0.0.1:9797).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no valid port (0–65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without a token: anyone on the network could open incidents. Pass --token-file, or listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bearer token is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intake route at %1. Routes: /api/v1/alertmanager, /api/v1/grafana, /v2/enqueue, /api/v1/datadog, /api/v1/alerts, /healthz, /metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot serve HTTP on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid bearer token is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is %1 bytes; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake is busy; retry shortly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeStore</name>
    <message>
        <source>webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert firing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake cannot prepare its statements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident opened as %1 by an alert from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident resolved: all of its alerts resolved (intake rule “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged through %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake needs an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intake transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>The incident no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an incident id such as &quot;INC-1042&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Sitrep exchange document (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is newer than this Sitrep reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no runbook &quot;%1&quot; in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no incident %1 in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a postmortem already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$: not valid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$: expected an object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string or null, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time is required here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an ISO 8601 time with a zone, such as &quot;2026-03-14T09:26:53.589Z&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of SEV1..SEV5, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of open, acknowledged, mitigated, resolved, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelMatcher</name>
    <message>
        <source>Empty matcher in “%1” (two commas in a row?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not start with a label name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs one of =, !=, =~ or !~ after the label name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has an unclosed quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the regular expression is invalid (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrations left a broken reference in %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagerDutyAdapter</name>
    <message>
        <source>is longer than 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than 1024 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadReader</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an RFC 3339 time such as 2026-11-26T13:29:03Z, got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1, got “%2”</source>
        <translation type="unfinished"></translation>
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
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won&apos;t do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation type="unfinished">Postmortem</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished">Vorfall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no postmortem yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostmortemStore</name>
    <message>
        <source>This incident already has a postmortem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem drafted (template: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem is published (read-only) or gone; reopen it to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown postmortem status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem sent for review to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem reopened as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostmortemTemplates</name>
    <message>
        <source>The incident&apos;s id, e.g. INC-1042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity with its meaning, e.g. “SEV2 (major: …)”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affected service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, acknowledged, mitigated or resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When impact started, in the reader&apos;s time zone and UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected − impact started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged − detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated − impact started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved − impact started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as time to resolve, or “ongoing”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of the starred events and milestones, local time and UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of every timeline event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of the alerts involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook checklists with their outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone with a role or a timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communications lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who writes the postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google SRE (full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlassian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short (minor incidents)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prefill</name>
    <message>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">Wer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Was geschah</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise what happened in two or three sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact start not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detection not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not resolved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key events yet: star them on the timeline (Ctrl+K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts are linked to this incident. How was it noticed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Alarm</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Quelle</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished">Beginn</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished">Behoben</translation>
    </message>
    <message>
        <source>still firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runbook checklist was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook “%1” (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps added during the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished">übersprungen: %1</translation>
    </message>
    <message>
        <source>Who responded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QChart</name>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%2: %3
%n incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>
95 %: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>
%n still open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration from (log-spaced bins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookDocument</name>
    <message>
        <source>the front matter starting here is never closed with ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list item outside of services or alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “key: value”, got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min_severity must be SEV1..SEV5, got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last_reviewed must be a date like 2026-09-01, got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code block starting here is never closed with %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1: invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: unknown placeholder {{%3}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only notes can be edited; the other events record what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Incident response and blameless postmortems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished">Die Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Show this incident, e.g. INC-1042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database file to open (as from a file manager).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::AlertListModel</name>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
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
        <translation type="unfinished">Sev</translation>
    </message>
</context>
<context>
    <name>sitrep::PostmortemListModel</name>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with this metric</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished">Dienst</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished">Vorfälle</translation>
    </message>
    <message>
        <source>%1 median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 p90</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished">Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">Letztes Jahr</translation>
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
        <translation type="unfinished">Dienst</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Schweregrad</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>SEV1–SEV2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV1–SEV3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by severity</source>
        <translation>Vorfälle nach Schweregrad</translation>
    </message>
    <message>
        <source>Metrics by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Computing…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n incident(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · drills included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · drills left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; %1: median &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, mean %1, p90 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n without the milestones it needs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Before / after&lt;/b&gt;&lt;br&gt;Tick “Compare before/after” and pick the date of a change to see whether the numbers moved more than chance would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Before / after %1&lt;/b&gt; (medians, 95 % interval of the change)&lt;table cellspacing=&apos;4&apos;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1 → %2; mean %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Numbers as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
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
    <name>sitrep::ui::FormDialog</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Schweregrad</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">keine</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished">Dienst</translation>
    </message>
    <message>
        <source>Declare Incident</source>
        <translation>Vorfall melden</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titel</translation>
    </message>
    <message>
        <source>What is broken, for whom?</source>
        <translation>Was ist kaputt, für wen?</translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation type="unfinished">Auswirkung begann</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation type="unfinished">Incident Commander</translation>
    </message>
    <message>
        <source>Communications lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation type="unfinished">Protokoll</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident &amp;commander:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommunications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ribe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached yet (clear it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::IncidentFilterBar</name>
    <message>
        <source>Search incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, summaries and timelines, or INC-1042 (Ctrl+F)</source>
        <translation>Titel, Zusammenfassungen und Verläufe durchsuchen, oder INC-1042 (Strg+F)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
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
        <translation type="unfinished">Schweregrad</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>SEV1–SEV2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV1–SEV3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished">Dienst</translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation type="unfinished">Auswirkung begann</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">Verlauf</translation>
    </message>
    <message>
        <source>Show timeline events of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation type="unfinished">Verlauf des Vorfalls</translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
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
        <translation>&amp;Beheben</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service</source>
        <translation type="unfinished">kein Dienst</translation>
    </message>
    <message>
        <source>Drill (kept out of metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished">noch nicht</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation type="unfinished">Incident Commander</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished">Kommunikation</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation type="unfinished">Protokoll</translation>
    </message>
    <message>
        <source>Responders: %1</source>
        <translation type="unfinished">Helfende: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No roles assigned — Ctrl+E to assign&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only notes can be edited; the other events record what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted — Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline copied as Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <name>sitrep::ui::IntakeController</name>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Die Token-Datei %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Intake off: %1</source>
        <translation>Eingang aus: %1</translation>
    </message>
    <message>
        <source>Intake off</source>
        <translation>Eingang aus</translation>
    </message>
    <message>
        <source>Receiving alerts on %1</source>
        <translation>Empfange Alarme auf %1</translation>
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
        <translation>&amp;Ansicht</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitrep databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name written on timelines when you act:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
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
        <source>Discard unsaved edits</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
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
</context>
<context>
    <name>sitrepctl</name>
    <message>
        <source>demo: %1% (%2 of %3 incidents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 incidents (%2 open), %3 alerts, %4 timeline events, %5 postmortems, %6 action items to %7 in %8 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version: %1 (this sitrepctl: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already at schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 migrated from schema version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 incidents, %2 alerts, %3 timeline events, %4 runbooks, %5 postmortems, %6 action items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `sitrepctl %1 --help` for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many incidents (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the two-year period, ISO 8601 UTC (default: start of today, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills an empty database with a realistic, deterministic demo data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--incidents takes a whole number from 0 to 100000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until takes an ISO 8601 time with a zone, such as 2026-01-01T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json (the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the whole database as one JSON document (see README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: export writes json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input format: json (the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a JSON document made by export; all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: import reads json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes one file (or - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports schema version, integrity and row counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings a database&apos;s schema up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, or an ISO time with a zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day after the last (exclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this service (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this severity, SEV1..SEV5 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket: week (from Monday), month or quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count drills too (left out by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare incidents before and after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA zone for buckets and dates (default: this machine&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json, csv or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect, acknowledge, mitigate and resolve, by bucket and service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date (YYYY-MM-DD) or an ISO time with a zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--severity takes SEV1..SEV5 (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes week, month or quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: report writes json, csv or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT to listen on (default 127.0.0.1:9797).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the bearer token senders must present (required off loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives alerts over HTTP and turns them into incidents (see docs/intake.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation type="unfinished">Die Token-Datei %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>The token in %1 is shorter than 16 characters; use a long random one (e.g. `openssl rand -hex 32`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without --token-file: anyone on the network could open incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake for %1 on http://%2 (%3). Stop with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token: loopback only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bearer token required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: %1 alerts received, %2 incidents opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of Markdown runbooks (searched recursively).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports (or updates) the runbooks in a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runbooks import takes one folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert&apos;s labels: k=v,k=v (repeat for several alerts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s severity, SEV1..SEV5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the runbooks that fit, best first, with why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--labels takes name=value pairs separated by commas (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--severity takes SEV1..SEV5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runbook fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sitrepctl runbooks import --db PATH DIR | sitrepctl runbooks match --db PATH --labels k=v,... [--service S] [--severity SEV2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sitrepctl &lt;command&gt; [options]

Commands:
  demo      fill an empty database with a realistic demo data set
  check     report schema version, integrity and row counts (exit 1 on a problem)
  migrate   bring a database&apos;s schema up to date (backing it up first)
  export    write the whole database as one JSON document
  import    read a JSON document made by export (all or nothing)
  report    incident metrics (MTTD, MTTA, MTTM, MTTR) as JSON, CSV or Markdown
  serve     receive alerts over HTTP (Alertmanager, Grafana, PagerDuty Events v2, Datadog, JSON)
  runbooks  import a folder of Markdown runbooks, or list those that fit an alert
  postmortem  draft a postmortem from an incident, or export one as Markdown, HTML or PDF
  lint      flag blame-oriented phrasing in a postmortem (exit 1 when it finds some)

Every command takes --db PATH (default: %1).
`sitrepctl &lt;command&gt; --help` describes one command; `sitrepctl --version` prints the version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--incident takes an id such as INC-1042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Markdown file (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of people, comma separated (&quot;Ana failed to&quot; is then a finding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags blame-oriented phrasing in a postmortem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lint takes one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finding(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident, e.g. INC-1042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>md, html or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name (default: by severity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortems from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot; (google-sre, atlassian, pagerduty, short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted the postmortem of %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes md, html or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of Markdown templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sitrepctl postmortem export --db PATH --incident INC-1042 --format md|html|pdf [--out FILE]
       sitrepctl postmortem draft --db PATH --incident INC-1042 [--template NAME] [--author NAME]
       sitrepctl postmortem import-templates --db PATH DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-templates takes one folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 template(s) imported, %2 problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
