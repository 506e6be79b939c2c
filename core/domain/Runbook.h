#pragma once

#include <QString>

#include <optional>

namespace sitrep {

struct Runbook
{
    qint64 id = 0;
    QString slug;                 // stable identity, e.g. "disk-full"
    QString title;
    QString body;                 // Markdown, with its front matter
    QString sourcePath;           // file it came from, when linked to a folder
    QString owner;
    std::optional<qint64> lastReviewedAt;
    int version = 1;              // bumped whenever the body changes
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// One step of an incident's checklist. State keys: "open", "done", "skipped".
struct ChecklistItem
{
    qint64 id = 0;
    qint64 incidentId = 0;
    std::optional<qint64> runbookId;
    std::optional<int> runbookVersion;
    int position = 0;
    int depth = 0;
    QString text;
    QString state = QStringLiteral("open");
    QString note;
    QString changedBy;
    std::optional<qint64> changedAt;
};

} // namespace sitrep
