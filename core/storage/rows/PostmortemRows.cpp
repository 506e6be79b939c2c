#include "storage/rows/PostmortemRows.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sitrep::rows {

const Table &postmortems()
{
    static const Table t{QStringLiteral("postmortems"),
                         {QStringLiteral("incident_id"), QStringLiteral("title"), QStringLiteral("status"),
                          QStringLiteral("body"), QStringLiteral("template_name"), QStringLiteral("author"),
                          QStringLiteral("reviewers"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                          QStringLiteral("published_at"), QStringLiteral("review_requested_at")}};
    return t;
}

Values postmortemValues(const Postmortem &p)
{
    const QString reviewers =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(p.reviewers)).toJson(QJsonDocument::Compact));
    return {p.incidentId,     text(p.title), text(p.status), text(p.body),          text(p.templateName),
            text(p.author),   reviewers,     p.createdAt,    p.updatedAt, integer(p.publishedAt),
            integer(p.reviewRequestedAt)};
}

const Table &actionItems()
{
    static const Table t{QStringLiteral("action_items"),
                         {QStringLiteral("postmortem_id"), QStringLiteral("title"), QStringLiteral("owner"),
                          QStringLiteral("due_at"), QStringLiteral("priority"), QStringLiteral("status"),
                          QStringLiteral("tracker_url"), QStringLiteral("created_at"), QStringLiteral("completed_at")}};
    return t;
}

Values actionItemValues(const ActionItem &a)
{
    return {a.postmortemId,      text(a.title), text(a.owner), integer(a.dueAt), text(a.priority),
            text(a.status),      text(a.trackerUrl), a.createdAt, integer(a.completedAt)};
}

} // namespace sitrep::rows
