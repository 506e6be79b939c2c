#pragma once
// A runbook as teams write it: Markdown with YAML front matter (read with a real YAML parser,
// util/Yaml.h), and its steps as task list items (possibly nested, possibly with fenced code
// blocks under them).
//
//   ---
//   title: Disk full
//   services: [db, storage]
//   alerts:
//     - alertname=DiskFull
//     - alertname=~"NodeFilesystem.*", severity=critical
//   min_severity: SEV3
//   owner: storage-team
//   last_reviewed: 2026-09-01
//   ---
//   - [ ] Check which volume is full
//     ```bash
//     df -h
//     ```

#include "domain/LabelMatcher.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sitrep {

struct CodeBlock
{
    QString language;   // "bash", "sql", ... ("" when the fence names none)
    QString code;
};

struct RunbookStep
{
    int depth = 0;      // 0 for top-level items, 1 for items nested under them, ...
    QString text;
    bool checked = false;
    int line = 0;       // 1-based, in the whole file
    QList<CodeBlock> code;
};

struct RunbookDocument
{
    QString title;
    QStringList services;
    QStringList matcherTexts;                 // one alert matcher set per entry, as written
    QList<QList<LabelMatcher>> matchers;      // parsed; all of one set must match
    std::optional<int> minSeverity;           // SEV number: applies to incidents this severe or worse
    QString owner;
    std::optional<QDate> lastReviewed;
    QList<RunbookStep> steps;
    QList<CodeBlock> codeBlocks;              // every fenced block, in order (for copy buttons)
};

// Parses a runbook. Errors name the file and line: "disk-full.md:4: min_severity must be SEV1..SEV5",
// "disk-full.md:2: not valid YAML: end of sequence flow not found".
// A file without front matter is fine (title from its first heading, else the file name).
Result<RunbookDocument> parseRunbook(const QString &text, const QString &fileName);

// "disk-full" from "Disk-Full.md" or a title: lower case, letters, digits and dashes.
QString runbookSlug(const QString &nameOrTitle);

} // namespace sitrep
