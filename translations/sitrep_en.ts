<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incident commander</source>
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
    <name>Migrator</name>
    <message>
        <source>Cannot read migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3. Nothing was changed.</source>
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
        <source>%1 % [%2, %3]</source>
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
    <name>sitrep::ui::ComingSoonPage</name>
    <message>
        <source>Not available in this version yet.</source>
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
        <source>A live inbox of alerts from Alertmanager, Grafana, PagerDuty, Datadog and generic webhooks, deduplicated and grouped into incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown runbooks matched to alerts, with checklists that tick onto the incident timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blameless postmortems drafted from the timeline, with action items tracked to done.</source>
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
        <source>%1 exists and cannot be replaced.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Usage: sitrepctl &lt;command&gt; [options]

Commands:
  demo      fill an empty database with a realistic demo data set
  check     report schema version, integrity and row counts (exit 1 on a problem)
  migrate   bring a database&apos;s schema up to date (backing it up first)
  export    write the whole database as one JSON document
  import    read a JSON document made by export (all or nothing)
  report    incident metrics (MTTD, MTTA, MTTM, MTTR) as JSON, CSV or Markdown

Every command takes --db PATH (default: %1).
`sitrepctl &lt;command&gt; --help` describes one command; `sitrepctl --version` prints the version.
</source>
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
</context>
</TS>
