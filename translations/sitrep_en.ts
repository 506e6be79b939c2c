<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertEdits</name>
    <message numerus="yes">
        <source>Open incident from %n alert(s)</source>
        <translation>
            <numerusform>Open incident from %n alert</numerusform>
            <numerusform>Open incident from %n alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Mute “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change intake rules</source>
        <translation type="unfinished"></translation>
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
        <source>A mute must end in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert of this incident has joined another incident since it was undone, so it stays there; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert group of this incident now belongs to another incident, so it stays there; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertmanagerAdapter</name>
    <message>
        <source>This address reads Grafana&apos;s webhook: unified alerting (alerts, orgId) or legacy alerting (ruleName, state, evalMatches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address reads Prometheus Alertmanager&apos;s webhook (payload version 4, or 3 from Alertmanager before 0.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload version %1 is not one Sitrep reads (it reads 4, and 3 from Alertmanager before 0.6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>Time to detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation type="unfinished"></translation>
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
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to commit: begin() was not called or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the rows of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <source>Cannot read the change log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change log has no change %1 (it may have been pruned): start from 0 or leave --from out.</source>
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
    <message>
        <source>Cannot use %1: “%2” failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: reading back %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: “%2” did not take effect (%3 is “%4”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it runs PostgreSQL %1.%2; Sitrep needs PostgreSQL %3 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds tables of another application, not Sitrep&apos;s. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Sitrep (schema version %2; this version knows up to %3). Update Sitrep to open it. The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed. On Debian it is in the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database&apos;s encoding is %1; Sitrep needs a UTF8 database (CREATE DATABASE … ENCODING &apos;UTF8&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitrep checks the certificate and the name of a server on another machine (sslmode=verify-full): give the server&apos;s certificate authority (sslrootcert=FILE), or choose another encryption in the address (sslmode=require encrypts without checking; sslmode=disable does not encrypt).</source>
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
    <message>
        <source>the incident number counter is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident number counter (%1) is below the highest incident number (%2): the next incident would get a number that exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the foreign key %1 of %2 is not validated: rows may point to missing rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the foreign keys of %1 are switched off (its triggers are disabled): rows may point to missing rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index %1 is invalid (an interrupted build): rebuild it with REINDEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ids of %1 come from a sequence at %2, below its highest id %3: the next row would get an id that exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is no Sitrep database there yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds tables of another application, not Sitrep&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The tables %1 refer to each other through foreign keys that cannot wait for the end of the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no table %2, which %3 has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has the columns %2 in %3 but %4 in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the table %1 (near row %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not empty (the table %2 holds %n row(s)). Nothing was copied; add --replace to replace what it holds.</source>
        <translation>
            <numerusform>%1 is not empty (the table %2 holds %n row). Nothing was copied; add --replace to replace what it holds.</numerusform>
            <numerusform>%1 is not empty (the table %2 holds %n rows). Nothing was copied; add --replace to replace what it holds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is at schema version %2 but %3 at %4: both ends of a copy must be at one version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot have %1 to itself for the copy: %2. Close the Sitrep windows and intake servers that use it, then try again. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 to %2 failed: %3. %2 was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another program (its write-ahead log %2 is in use). Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Sitrep (schema version %2; this version knows up to %3). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish writing %1. %2 was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3. %2 was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are the same database: a copy needs two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The connection parameter “%1” cannot contain a semicolon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address (postgresql://user@host:port/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the connection parameters has no value (write %1=value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of “%1” in the connection parameters has no closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL connection parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database was given: name a file or a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatadogAdapter</name>
    <message>
        <source>This address reads Datadog&apos;s webhook: its default payload, or a custom one with a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (and so are alert_title and event_title)</source>
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
        <source>%1 is incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: cause already clear</source>
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
    <name>GenericAdapter</name>
    <message>
        <source>This address reads Sitrep&apos;s own alert format (title, severity, service, labels, …).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrafanaLegacyAdapter</name>
    <message>
        <source>is “%1”, which Grafana does not notify about; expected alerting, no_data or ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (and so is title)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldWrite</name>
    <message>
        <source>A held change of an unknown kind (“%1”) cannot be replayed by this version of Sitrep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A held change (%1) has no valid “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1 at %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip “%1” on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the step “%1” of %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the postmortem “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made while %1 did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes were kept on this computer because the team database could not be reached. Enter them by hand, or open this database in Sitrep again and replay them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not replayed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentChange</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <message>
        <source>A note stays on the timeline once it is written. To take it back, select it and press Delete (that can be undone); to correct it, press F2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>%n note added</numerusform>
            <numerusform>%n notes added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert event(s) recorded</source>
        <translation>
            <numerusform>%n alert event recorded</numerusform>
            <numerusform>%n alert events recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist change(s) made</source>
        <translation>
            <numerusform>%n checklist change made</numerusform>
            <numerusform>%n checklist changes made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other timeline event(s) recorded</source>
        <translation>
            <numerusform>%n other timeline event recorded</numerusform>
            <numerusform>%n other timeline events recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s) joined it</source>
        <translation>
            <numerusform>%n more alert joined it</numerusform>
            <numerusform>%n more alerts joined it</numerusform>
        </translation>
    </message>
    <message>
        <source>a runbook checklist attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a postmortem drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its details edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was kept: it has changed since it was created (%2). Undo never removes later work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was marked as a key event since, so it stays; nothing was changed.</source>
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
    <message>
        <source>The intake rules were changed meanwhile (in another window or by someone else); nothing was changed. Open the rules again to see them.</source>
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
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token in %1 is shorter than 16 characters; use a long random one (e.g. `openssl rand -hex 32`).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeStore</name>
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
        <source>No intake transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake cannot start: %1 Intake writes through SQLite&apos;s C API on Qt&apos;s connection, so Qt&apos;s SQLite driver must run the SQLite Sitrep was built with (a Qt from your Linux distribution does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake answers a sender only after a commit that survives a power loss, and that needs WAL mode with synchronous=FULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake cannot start: “PRAGMA synchronous=FULL” failed: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake cannot start: reading back %1 failed: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake cannot start: %1 is “%2”, not “%3”. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake answers a sender only after a commit that survives a crash, and on PostgreSQL that needs synchronous_commit on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake cannot start: “SET synchronous_commit = on” failed: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake cannot start: reading back synchronous_commit failed: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake cannot start: synchronous_commit is “%1”, not “on”. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server runs with fsync off: intake answers after each commit, but a crash of the server&apos;s machine can lose alerts it has already acknowledged. Its administrator can turn fsync on in postgresql.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service “%1” could neither be stored nor found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another writer keeps opening and resolving incidents for the alert group “%1”; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another writer stored one of these alerts at the same moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL gave no new id for an alert.</source>
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
    <message>
        <source>a runbook &quot;%1&quot; already exists in this database</source>
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
    <message>
        <source>“%1” did not take effect (is a transaction open?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch foreign keys off to migrate: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the references after migrating: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was migrated, but foreign keys could not be switched back on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is at schema version %1, older than any team database Sitrep made. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDatabaseFile</name>
    <message>
        <source>Choose a file name for the new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. A new database never replaces a file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is left over from an earlier database of that name, and SQLite would read it into the new one. Choose another name, or move that file away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>it was written by a newer version of Sitrep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes held on this computer for %1 could not be read (%2). The file was kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes held on this computer for %1 could not be read (%2), in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not lock %1: another Sitrep is writing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxReplay</name>
    <message>
        <source>Someone else saved this postmortem meanwhile; save your text to a file and merge it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
    <message>
        <source>This address reads PagerDuty Events API v2 alert events (routing_key, event_action, payload) and v1 events (service_key, event_type).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordKeeper</name>
    <message>
        <source>No keyring is available on this desktop, so the password is kept for this session only.</source>
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
        <source>expected one of %1, got “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postmortem</name>
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
</context>
<context>
    <name>PostmortemEdits</name>
    <message>
        <source>Draft postmortem of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send postmortem for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change action item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostmortemExport</name>
    <message>
        <source>Published</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <message>
        <source>The new postmortem vanished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem no longer exists; there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text was written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its title was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was sent for review or published</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) were added</source>
        <translation>
            <numerusform>%n action item was added</numerusform>
            <numerusform>%n action items were added</numerusform>
        </translation>
    </message>
    <message>
        <source>it was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem was kept: %1 since it was drafted. Undo never removes later work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem&apos;s status was changed meanwhile (it is now %1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action item “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action item “%1” was changed meanwhile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmortem&apos;s reviewers were changed meanwhile (now %1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation>
            <numerusform>%1
%2: %3
%n incident</numerusform>
            <numerusform>%1
%2: %3
%n incidents</numerusform>
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
        <translation>
            <numerusform>
%n still open</numerusform>
            <numerusform>
%n still open</numerusform>
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
    <name>RawSqlite</name>
    <message>
        <source>Qt&apos;s SQLite driver runs SQLite %1 (%2), but Sitrep was built with SQLite %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver runs a copy of SQLite %1 built with other options than Sitrep&apos;s (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite C API is switched off for a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not an SQLite database (Qt driver %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver did not say which SQLite it runs.</source>
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
    <message>
        <source>“%1” is given twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts must be a list with one set of label matchers per entry (- alertname=DiskFull, severity=critical), not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alerts entry must be label matchers such as alertname=DiskFull; quote the whole entry when it contains “: ” or “ #”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookEdits</name>
    <message>
        <source>Edit runbook “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A runbook needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New runbook “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach runbook “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 was written for a save that did not go through and cannot be removed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written for a save that did not go through and cannot be put back as it was: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed in its file %2 since version %3, and saving would overwrite that edit. The file cannot be imported yet (%4). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed in its file %2 since version %3; that text is now version %4, and saving would overwrite it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookMatcher</name>
    <message>
        <source>alert %1 matches %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1 and worse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookStore</name>
    <message>
        <source>A runbook needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no steps (task list items such as “- [ ] Check the logs”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook attached: %1 (version %2; steps: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step state “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the step is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step done: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step skipped: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step note: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A runbook named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now at version %2, not %3: it was changed since, and this would overwrite that change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed again since; this would overwrite that change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed again since (by %2); this would overwrite that change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was edited after it was created (it is at version %2); removing it would lose those edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is attached to an incident now; removing it would take the checklist&apos;s runbook away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was ticked, skipped or noted since; removing it would lose that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline entry “%1” was starred as a key event since; undoing would remove it. Unstar it first if it should go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline entry “%1” was edited since; undoing would remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A runbook named “%1” was saved by someone else meanwhile; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical: customer-facing outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major: core feature degraded for many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor: partial degradation, workaround exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low: little user impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosmetic: no functional impact</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is Prometheus Alertmanager&apos;s webhook; send it to /api/v1/alertmanager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is Grafana&apos;s unified alerting webhook; send it to /api/v1/grafana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is Grafana&apos;s legacy alerting webhook (ruleName, state, evalMatches); send it to /api/v1/grafana, which reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PagerDuty Events API v2 event; send it to /v2/enqueue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PagerDuty Events API v1 event (service_key, event_type); send it to /v2/enqueue, which reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PagerDuty change event (routing_key and payload, no event_action): it records a change, not an alert, and Sitrep stores alerts only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Datadog webhook; send it to /api/v1/datadog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitrep does not recognise this payload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The server said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version of Sitrep (schema version %2 to %3), which only the role that owns its tables (%4) may make. Ask an admin of this team database to run `sitrepctl team init --db %1` as the server&apos;s superuser. The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was upgraded, but its grants could not be made again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team roles are PostgreSQL&apos;s: %1 is a file, which anyone who can read it can change. Give a PostgreSQL database to `team init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`team init` makes roles and grants, which %1 may not: run it as the server&apos;s superuser (e.g. `sudo -u postgres sitrepctl team init --db …`), or as a role with CREATEROLE that owns the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds tables of another application, not Sitrep&apos;s. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Sitrep (schema version %2; this version knows up to %3). Update Sitrep to open it. The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s name “%1” is too long to name its team&apos;s roles after it (at most 53 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an admin of this team database to change your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are connected as %1, who has no role in this team database that allows this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are connected as %1 (viewer): viewers may read but not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are connected as %1 (responder): responders declare and work incidents, tick checklists and write postmortems; intake rules, the severity map, templates, the runbook library and users are for admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are connected as %1 (intake): the intake role stores alerts and the incidents they open, nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are connected as %1 (admin), and the database refused this change to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 1 to 63 bytes; “%1” has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names starting with pg_ are PostgreSQL&apos;s own: choose another name than “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is one of the team&apos;s own roles, not a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server&apos;s connection to encrypt the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encrypt the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a user of this team database (%2). `sitrepctl team set-role` changes a user&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a user of this team database: `sitrepctl team add-user` adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a user of this team database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
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
    <name>TemplateStore</name>
    <message>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineMessage</name>
    <message>
        <source>Incident declared as %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident declared as %1 on %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert attached: %1</source>
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
        <source>Only notes can be edited; the other events record what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was changed meanwhile (it now reads “%1”); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else unmarked that key event meanwhile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else marked that key event meanwhile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was changed after it was written (it now reads “%1”), so it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That event was changed meanwhile, so it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That event was removed and its place taken by another; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Who</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a person&apos;s name, then their database role</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <source>the values nest too deeply or aliases expand too far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key must be plain text, not a list or mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “key: value”, got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is given twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text, not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text, not a mapping (quote it if it contains “: ”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list such as [a, b], not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list such as [a, b], not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of %1 must be text (quote it if it contains “: ”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second YAML document starts here; one is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
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
        <translation type="unfinished"></translation>
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
    <message>
        <source>Not connected to %1: no password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database: a file, or a team database on a PostgreSQL server (postgresql://user@host/database or service=name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database could not be reached, so the local database is open. File ▸ Open Recent reconnects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::AlertListModel</name>
    <message>
        <source>Muted until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the inbox: below the minimum severity of its intake rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the inbox: it was muted when it fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1, last seen %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing (held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev</source>
        <comment>short for severity, as a column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the inbox: the sender marked it as a test notification, so it opens no incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::IncidentListModel</name>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev</source>
        <comment>short for severity, as a column header</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::PostmortemListModel</name>
    <message>
        <source>%1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev</source>
        <comment>short for severity, as a column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::RunbookListModel</name>
    <message numerus="yes">
        <source>Not reviewed for %n day(s)</source>
        <translation>
            <numerusform>Not reviewed for %n day</numerusform>
            <numerusform>Not reviewed for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the database only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>v%1 · %n step(s)</source>
        <translation>
            <numerusform>v%1 · %n step</numerusform>
            <numerusform>v%1 · %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
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
        <translation>
            <numerusform>%n incident with this metric</numerusform>
            <numerusform>%n incidents with this metric</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as database user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Last edited by %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::ActionItemsView</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
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
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% done of %2 action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the first %1; filter to narrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action items yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::AlertDetail</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alert to see its labels, annotations and links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled alert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the inbox: less severe than its intake rule&apos;s minimum. Open an incident from it if it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the inbox: it was muted when it fired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the inbox: %1 sent it as a test notification, so it opens no incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender gave no %1; Sitrep used the time it received the alert instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitrep could not read the sender&apos;s %1 (“%2”) and used the time it received the alert instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::AlertsPage</name>
    <message>
        <source>Show alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (firing or acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, labels, identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the incident this alert belongs to (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Incident from Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep new firings of this alert in the inbox for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New Incident from %n Alert(s)</source>
        <translation>
            <numerusform>New Incident from %n Alert</numerusform>
            <numerusform>New Incident from %n Alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact starts with the earliest alert; later alerts of the same groups join this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Incident opened from %n alert(s).</source>
        <translation>
            <numerusform>Incident opened from %n alert.</numerusform>
            <numerusform>Incident opened from %n alerts.</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare before/after</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean, 95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by severity</source>
        <translation type="unfinished"></translation>
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
        <translation>
            <numerusform>&lt;b&gt;%n incident&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n incidents&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still open</source>
        <translation>
            <numerusform>, %n still open</numerusform>
            <numerusform>, %n still open</numerusform>
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
        <translation>
            <numerusform> · %n without the milestones it needs</numerusform>
            <numerusform> · %n without the milestones it needs</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested (double-click or Enter to attach):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach “%1” to this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed since it was attached (version %2, now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checklist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 done · %3 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is “%1” skipped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on “%1” (e.g. “lag 3 s, OK”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::EditConflicts</name>
    <message>
        <source>Use Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this to %1 meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this to %2 meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this to %1 while you were editing. Use their value or keep yours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this to %2 while you were editing. Use their value or keep yours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose for each field marked below whose value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::FormDialog</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is broken, for whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a drill (kept out of metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any service</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show timeline events of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note and press Enter — start with a time like 14:05 to backdate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Key Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Timeline as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in New &amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill (kept out of metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responders: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Note changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edited this note while you were editing it. It now reads:

%2

Yours reads:

%3

Save yours in its place? Cancel keeps theirs and copies yours to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version of the note is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Your version is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else edited this note while you were editing it. It now reads:

%1

Yours reads:

%2

Save yours in its place? Cancel keeps theirs and copies yours to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::IncidentsPage</name>
    <message>
        <source>Welcome to Sitrep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no incidents yet.

Load the demo data set to look around: two years of incidents over a dozen services, with alerts, timelines and postmortems. Or start empty and record your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::IntakeBar</name>
    <message>
        <source>This window does not receive alerts into %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::IntakeController</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) opened</source>
        <translation>
            <numerusform>%n incident opened</numerusform>
            <numerusform>%n incidents opened</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 opened by an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incidents opened by alerts</source>
        <translation>
            <numerusform>%n incident opened by an alert</numerusform>
            <numerusform>%n incidents opened by alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts for %1 arrive through the background service %2, so this window does not receive them as well. To receive them here, stop and remove the service first (Alerts ▸ Keep Receiving When Sitrep Is Closed…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitrep&apos;s background service %1 already receives alerts into %2 on %3, so this window cannot. Open that database and stop the service (Alerts ▸ Keep Receiving When Sitrep Is Closed…), or choose another address (Alerts ▸ Intake Address…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else already listens on %1, most likely another Sitrep window or a sitrepctl serve receiving alerts there. Close that window or stop that service, or choose another address (Alerts ▸ Intake Address…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background service for %1 has failed (journalctl --user -u %2 says why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background service for %1 is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background service for %1 is starting on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts arrive through the background service into %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving alerts into %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::IntakeRulesDialog</name>
    <message>
        <source>Intake Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label matchers, comma separated: alertname=DiskFull, service=~&quot;db|storage&quot;, env!=staging. Empty: every alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels whose values make alerts share an incident, comma separated; group_key uses the sender&apos;s own grouping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less severe alerts stay in the inbox without opening an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity of alerts whose severity label is not in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the incident when all of its alerts have resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first enabled rule whose matchers fit an alert decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity mapping (severity or priority label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident (or inbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many recent alerts to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the most recent alerts under the edited rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens incidents from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held in the inbox</source>
        <translation>
            <numerusform>%n held in the inbox</numerusform>
            <numerusform>%n held in the inbox</numerusform>
        </translation>
    </message>
    <message>
        <source>(same as the saved rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(saved rules: incidents %1, held %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake rules were changed meanwhile (in another window or by someone else), so nothing was saved. Saved now: %1. Your edits are still here: Save again to put them in place of the saved rules (undo brings those back), or Cancel to keep the saved rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule “%1” removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule order now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules differ from those this dialog opened with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::IntakeService</name>
    <message>
        <source>The database location carries a password, which must not be written into a service file. Put the password in ~/.pgpass instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background service needs a fixed port; %1 has none. Choose one in Alerts ▸ Intake Address….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 needs a token file, or anyone on the network could open incidents. Choose one in Alerts ▸ Intake Address….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sitrepctl was not found beside Sitrep or on PATH; install it to receive alerts while Sitrep is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl was not found: keeping Sitrep&apos;s intake running when it is closed needs systemd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::IntakeServiceDialog</name>
    <message>
        <source>Keep Receiving When Sitrep Is Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listens on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service connects to the team database by itself, as sitrepctl does: with the password in your ~/.pgpass, or the entry in your ~/.pg_service.conf. Sitrep never writes a password into the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lingering is on for %1: the service keeps running after you log out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd stops your services when you log out. To keep receiving after you log out, turn lingering on once: loginctl enable-linger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install and Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service of your user account, run by systemd, receives alerts into %1 on %2 while Sitrep is closed, as sitrepctl serve does, and starts again when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the intake address; change it in Alerts ▸ Intake Address…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sitrepctl was not found beside Sitrep or on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window stops receiving on %1 when the service starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service receives alerts now, also while Sitrep is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is stopped and removed. Alerts arrive only while a window receives them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::MainWindow</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nalytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sitrep</source>
        <translation type="unfinished"></translation>
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
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo data set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>About Sitrep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sitrep %1&lt;/h3&gt;&lt;p&gt;Incident response and blameless postmortems, local-first.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare Incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive Alerts over HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run webhook intake in this app, as sitrepctl serve does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake &amp;Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake R&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Incident from Selected Alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot receive alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed to listen beyond this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders then post to http://ADDRESS/api/v1/alertmanager, /api/v1/grafana,
/v2/enqueue (PagerDuty Events v2), /api/v1/datadog or /api/v1/alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not there any more; it was taken off the recent list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (team database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Sitrep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window receives alerts on %1. Once it is closed, senders get no answer and their alerts wait until Sitrep runs again (or `sitrepctl serve` receives them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit and Stop Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Receiving When Sitrep Is Closed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Another &amp;Address…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::OfflineBanner</name>
    <message>
        <source>Changes Kept on This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes were made while the team database did not answer. Replay writes them in this order; a change that was refused stays here with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not replayed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard %n selected change(s)? They will not be written to the team database and cannot be brought back.</source>
        <translation>
            <numerusform>Discard %n selected change? It will not be written to the team database and cannot be brought back.</numerusform>
            <numerusform>Discard %n selected changes? They will not be written to the team database and cannot be brought back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 does not answer (last contact %2 ago, at %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made meanwhile are kept on this computer and will be offered for replay.</source>
        <translation>
            <numerusform>%n change made meanwhile is kept on this computer and will be offered for replay.</numerusform>
            <numerusform>%n changes made meanwhile are kept on this computer and will be offered for replay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sitrep reconnects by itself and reloads what it shows when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are kept on this computer until the server is back.</source>
        <translation>
            <numerusform>%n change is kept on this computer until the server is back.</numerusform>
            <numerusform>%n changes are kept on this computer until the server is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made while offline are kept on this computer.</source>
        <translation>
            <numerusform>%n change made while offline is kept on this computer.</numerusform>
            <numerusform>%n changes made while offline are kept on this computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team database does not answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes them in the order they were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer: will be written when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 again; caught up with %n change(s) made meanwhile.</source>
        <translation>
            <numerusform>Connected to %1 again; caught up with %n change made meanwhile.</numerusform>
            <numerusform>Connected to %1 again; caught up with %n changes made meanwhile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 again; nothing changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n held change(s) were written.</source>
        <translation>
            <numerusform>%n held change was written.</numerusform>
            <numerusform>%n held changes were written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused and are still kept on this computer (save them to a file, or review and discard them):</source>
        <translation>
            <numerusform>%n change was refused and is still kept on this computer (save it to a file, or review and discard it):</numerusform>
            <numerusform>%n changes were refused and are still kept on this computer (save them to a file, or review and discard them):</numerusform>
        </translation>
    </message>
    <message>
        <source>The team database stopped answering again; the rest is still kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of held changes could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything was replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Held Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held Changes Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes are saved in %1. Forget them on this computer too? They will then not be replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held changes saved in %1; they are still kept for replay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::PostmortemEditor</name>
    <message>
        <source>Send for Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blameless writing findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
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
        <source>Add Action Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blameless writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: “%2” — %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blame-oriented phrasing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>No postmortem selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one from an incident (Write Postmortem in its detail), or pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review asked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1 — read-only; reopen to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers (comma separated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postmortem is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Action Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change, so this cannot happen the same way again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracker URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else saved meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text saved meanwhile by someone else (merge by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved text of “%1” could not be saved there; it is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Postmortem Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text in “%1” could not be saved: the postmortem was published or removed meanwhile. Leave and lose it? (Cancel keeps it here to copy.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard My Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this postmortem while you were typing: choose Keep Both or Use Theirs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest text is not saved yet (%1), so this would act on an older text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text on screen is not saved yet, so the export would show an older text. Save it first (or settle the conflict above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer: will be written when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::PostmortemLinks</name>
    <message>
        <source>Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar past incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar past incidents (double-click opens the postmortem, or the incident):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Postmortem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is filled with what Sitrep knows: times, durations, responders, key events,
alerts and checklists. Everything else stays as a prompt for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::PostmortemsPage</name>
    <message>
        <source>Search postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search postmortems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::PresenceLine</name>
    <message>
        <source>Others on this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also on this incident: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is typing a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are typing notes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::RunbookPreview</name>
    <message>
        <source>Runbook preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⧉ Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::RunbooksPage</name>
    <message>
        <source>Search runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search runbooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed for %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Runbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of Markdown runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runbook selected. Link a folder of Markdown runbooks, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · stored in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2 (saving writes the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with errors</source>
        <translation>
            <numerusform>%n file with errors</numerusform>
            <numerusform>%n files with errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a folder: runbooks live in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to %1 · watched · %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has edits that are not saved yet. Save them before you go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved text instead of your edits (Ctrl+Z in the editor brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a runbook from the list, or create one with New Runbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook Changed Meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your text on top of it as the next version? Version %1 stays in the runbook&apos;s history, and undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mine on Top</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::ServerConnector</name>
    <message>
        <source>The server asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. This is a Sitrep team database (schema version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The database is empty: Sitrep will set it up when you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. This Sitrep team database (schema version %1) will be upgraded to version %2 when you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but this database holds another application&apos;s tables. Sitrep will not use it; choose an empty database or a Sitrep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but this database was written by a newer Sitrep (schema version %1; this version knows up to %2). Update Sitrep to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::Session</name>
    <message>
        <source>Not undone: the team database does not answer. The step stays; undo it again when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not redone: the team database does not answer. The step stays; redo it again when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: the team database does not answer, and the change could not be kept on this computer either (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: the team database does not answer. Try again when it is back (the banner above says when).

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::TeamDatabaseDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a PostgreSQL database that your team shares. Passwords in ~/.pgpass or in a service file are found without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database or service=name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste an address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt, do not check the certificate (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt, check the certificate&apos;s authority (verify-ca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt, check the certificate and the host name (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a name from pg_service.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the address of a PostgreSQL server. Write postgresql://host/database or service=name (a database file is opened with File ▸ Open Database…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a port number (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: on another machine, always encrypt and check the certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitrep::ui::TextConflictBar</name>
    <message>
        <source>Someone else saved this postmortem while you were typing. Your text is here, not saved yet; theirs is kept too. Choose how to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your text with theirs below it, under a heading, to merge by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show their text; yours goes to the clipboard.</source>
        <translation type="unfinished"></translation>
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
        <source>import-templates takes one folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 template(s) imported, %2 problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: a file, or a PostgreSQL server as postgresql://USER@HOST:PORT/DATABASE or service=NAME (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: %1 (%2 of %3): %4 of %5 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4 in %5 s (%6 rows/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to copy: a file or a server (as --db takes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to copy it: a file or a server (as --db takes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what the target holds instead of refusing a target that is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a whole database, all or nothing: from a file to a server when a team starts, from a server to a file for an offline archive. A file target is written beside the old one and renamed into place when complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy takes --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sitrepctl runbooks import --db LOCATION DIR | sitrepctl runbooks match --db LOCATION --labels k=v,... [--service S] [--severity SEV2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sitrepctl postmortem export --db LOCATION --incident INC-1042 --format md|html|pdf [--out FILE]
       sitrepctl postmortem draft --db LOCATION --incident INC-1042 [--template NAME] [--author NAME]
       sitrepctl postmortem import-templates --db LOCATION DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the changes after the one with this id (0: the whole log), then follow. Without it, from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what is there and exit instead of waiting for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the database&apos;s change feed as JSON lines, one per change: what changed (table, action, row, incident), who and when. A script that keeps the last id it handled resumes with --from ID and misses nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes the id of a change (a whole number), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot watch for signals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to %1 (%2); reconnecting. Nothing is missed: the feed resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 again; catching up.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sitrepctl team &lt;init|add-user|set-role|remove-user|list&gt; --db POSTGRESQL-DATABASE
  init                         create the team&apos;s roles, the tables and the grants (as the server&apos;s superuser)
  add-user NAME --role ROLE    add a person: viewer, responder or admin (intake: for `sitrepctl serve`)
  set-role NAME --role ROLE    change a person&apos;s role
  remove-user NAME             take a person out of the team
  list                         the team&apos;s people and their roles
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database: postgresql://USER@HOST/DATABASE, service=NAME or key=value parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `sitrepctl team %1 --help` for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1 takes --db, the team&apos;s PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file: users and roles are a PostgreSQL team database&apos;s (anyone who can read a file can change it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no team roles yet: the server&apos;s superuser sets them up with `sitrepctl team init --db %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1 takes --role viewer, responder or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role takes viewer, responder, admin or intake, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1 takes one user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets up a team database: its group roles (named after the database), Sitrep&apos;s tables owned by a role nobody logs in as, and the grants of each role. Run it as the server&apos;s superuser; run it again after upgrading Sitrep, to upgrade the tables and grant again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the roles %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team “%1” is ready: add people with `sitrepctl team add-user NAME --role viewer|responder|admin --db %2`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s PostgreSQL user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewer, responder or admin (intake: for `sitrepctl serve`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of this file (without it, one is made up and printed once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give no password (for peer or certificate authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a person to the team database with one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --password-file or --no-password, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no password on its first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 (shown only now): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a person&apos;s role in the team database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes a person out of the team database; their login role goes too unless it belongs to something else on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1; the login role is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the team; the login role stays, as it belongs to other roles of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the team&apos;s people and their roles, one a line (name, tab, role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown team command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
