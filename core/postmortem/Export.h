#pragma once
// A postmortem as a document: Markdown (what is stored, with a header and the action items),
// self-contained HTML (every user string escaped) and PDF, all with the same content.

#include "domain/Incident.h"
#include "domain/Postmortem.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QByteArray>
#include <QTimeZone>

namespace sitrep {

struct PostmortemDocument
{
    Postmortem postmortem;
    Incident incident;
    QList<ActionItem> actionItems;
    QTimeZone zone = QTimeZone::systemTimeZone();
};

Result<PostmortemDocument> postmortemDocumentFor(const Database &db, qint64 incidentId);

QString exportMarkdown(const PostmortemDocument &doc);
QString exportHtml(const PostmortemDocument &doc);
QByteArray exportPdf(const PostmortemDocument &doc);

} // namespace sitrep
