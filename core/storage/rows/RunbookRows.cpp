#include "storage/rows/RunbookRows.h"

namespace sitrep::rows {

const Table &runbooks()
{
    static const Table t{QStringLiteral("runbooks"),
                         {QStringLiteral("slug"), QStringLiteral("title"), QStringLiteral("body"),
                          QStringLiteral("source_path"), QStringLiteral("owner"), QStringLiteral("last_reviewed_at"),
                          QStringLiteral("version"), QStringLiteral("created_at"), QStringLiteral("updated_at")}};
    return t;
}

Values runbookValues(const Runbook &r)
{
    return {text(r.slug),         text(r.title),          text(r.body),  text(r.sourcePath), text(r.owner),
            integer(r.lastReviewedAt), qint64(r.version), r.createdAt, r.updatedAt};
}

const Table &runbookVersions()
{
    static const Table t{QStringLiteral("runbook_versions"),
                         {QStringLiteral("runbook_id"), QStringLiteral("version"), QStringLiteral("body"),
                          QStringLiteral("seen_at")},
                         false};
    return t;
}

Values runbookVersionValues(qint64 runbookId, int version, const QString &body, qint64 seenAt)
{
    return {runbookId, qint64(version), text(body), seenAt};
}

const Table &checklistItems()
{
    static const Table t{QStringLiteral("checklist_items"),
                         {QStringLiteral("incident_id"), QStringLiteral("runbook_id"), QStringLiteral("runbook_version"),
                          QStringLiteral("position"), QStringLiteral("depth"), QStringLiteral("text"),
                          QStringLiteral("state"), QStringLiteral("note"), QStringLiteral("changed_by"),
                          QStringLiteral("changed_at")}};
    return t;
}

Values checklistItemValues(const ChecklistItem &c)
{
    return {c.incidentId,      integer(c.runbookId), integer(c.runbookVersion), qint64(c.position),
            qint64(c.depth),   text(c.text),         text(c.state),             text(c.note),
            text(c.changedBy), integer(c.changedAt)};
}

} // namespace sitrep::rows
