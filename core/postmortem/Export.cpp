#include "postmortem/Export.h"

#include "domain/Severity.h"
#include "postmortem/MarkdownBlocks.h"
#include "postmortem/PdfWriter.h"
#include "storage/IncidentStore.h"
#include "storage/PostmortemStore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sitrep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemExport)
};

QString date(const std::optional<qint64> &ms, const QTimeZone &zone)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::UTC).toTimeZone(zone).date().toString(Qt::ISODate) : QStringLiteral("—");
}

QString itemStatus(const QString &s)
{
    if (s == QLatin1String("in_progress")) return Tr::tr("in progress");
    if (s == QLatin1String("done")) return Tr::tr("done");
    if (s == QLatin1String("wont_do")) return Tr::tr("won't do");
    return Tr::tr("open");
}

// The header and action items as Markdown, around the body: the one source for all formats.
QString fullMarkdown(const PostmortemDocument &d)
{
    const Postmortem &p = d.postmortem;
    QString md;
    md += QStringLiteral("| %1 | %2 |\n| --- | --- |\n").arg(Tr::tr("Postmortem"), p.title.isEmpty() ? d.incident.title : p.title);
    md += QStringLiteral("| %1 | %2 |\n").arg(Tr::tr("Incident"), QStringLiteral("%1 · %2 · %3").arg(d.incident.publicId(), severityLabel(d.incident.severity), d.incident.service.isEmpty() ? QStringLiteral("—") : d.incident.service));
    md += QStringLiteral("| %1 | %2 |\n").arg(Tr::tr("Status"), postmortemStatusLabel(p.status));
    md += QStringLiteral("| %1 | %2 |\n").arg(Tr::tr("Author"), p.author.isEmpty() ? QStringLiteral("—") : p.author);
    md += QStringLiteral("| %1 | %2 |\n").arg(Tr::tr("Reviewers"), p.reviewers.isEmpty() ? QStringLiteral("—") : p.reviewers.join(QStringLiteral(", ")));
    md += QStringLiteral("| %1 | %2 |\n\n").arg(Tr::tr("Published"), date(p.publishedAt, d.zone));
    md += p.body.trimmed() + QStringLiteral("\n");
    if (!d.actionItems.isEmpty()) {
        md += QStringLiteral("\n## %1\n\n| %2 | %3 | %4 | %5 | %6 | %7 |\n| --- | --- | --- | --- | --- | --- |\n")
                  .arg(Tr::tr("Action items"), Tr::tr("Action"), Tr::tr("Owner"), Tr::tr("Due"), Tr::tr("Priority"), Tr::tr("Status"), Tr::tr("Tracker"));
        for (const ActionItem &a : d.actionItems) {
            QString title = a.title;
            title.replace(QLatin1Char('|'), QLatin1String("\\|"));
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                      .arg(title, a.owner.isEmpty() ? QStringLiteral("—") : a.owner, date(a.dueAt, d.zone), a.priority, itemStatus(a.status),
                           a.trackerUrl.isEmpty() ? QStringLiteral("—") : QStringLiteral("[%1](%1)").arg(a.trackerUrl));
        }
    }
    return md;
}
} // namespace

Result<PostmortemDocument> postmortemDocumentFor(const Database &db, qint64 incidentId)
{
    PostmortemDocument doc;
    auto incident = IncidentStore(db).byId(incidentId);
    if (!incident)
        return fail(incident.error());
    if (!*incident)
        return fail(Tr::tr("The incident no longer exists."));
    doc.incident = **incident;
    const PostmortemStore store(db);
    auto pm = store.forIncident(incidentId);
    if (!pm)
        return fail(pm.error());
    if (!*pm)
        return fail(Tr::tr("%1 has no postmortem yet.").arg(doc.incident.publicId()));
    doc.postmortem = **pm;
    auto items = store.actionItems(doc.postmortem.id);
    if (!items)
        return fail(items.error());
    doc.actionItems = *items;
    return doc;
}

QString exportMarkdown(const PostmortemDocument &doc)
{
    return QStringLiteral("# %1\n\n").arg(doc.postmortem.title.isEmpty() ? doc.incident.title : doc.postmortem.title) + fullMarkdown(doc);
}

QString exportHtml(const PostmortemDocument &doc)
{
    using markdown::Block;
    const QString title = doc.postmortem.title.isEmpty() ? doc.incident.title : doc.postmortem.title;
    QString body;
    bool inList = false;
    for (const Block &b : markdown::parseBlocks(fullMarkdown(doc))) {
        if (inList && b.kind != Block::Kind::ListItem) {
            body += QStringLiteral("</ul>\n");
            inList = false;
        }
        switch (b.kind) {
        case Block::Kind::Heading:
            body += QStringLiteral("<h%1>%2</h%1>\n").arg(std::min(6, b.level + 1)).arg(markdown::inlineHtml(b.text));
            break;
        case Block::Kind::Paragraph:
            body += QStringLiteral("<p>%1</p>\n").arg(markdown::inlineHtml(b.text));
            break;
        case Block::Kind::ListItem:
            if (!inList)
                body += QStringLiteral("<ul>\n");
            inList = true;
            body += QStringLiteral("<li style=\"margin-left:%1em\">%2%3</li>\n")
                        .arg(b.level * 1.5)
                        .arg(b.checked ? (*b.checked ? QStringLiteral("☑ ") : QStringLiteral("☐ ")) : QString(), markdown::inlineHtml(b.text));
            break;
        case Block::Kind::Table: {
            body += QStringLiteral("<table>\n");
            for (qsizetype r = 0; r < b.rows.size(); ++r) {
                body += QStringLiteral("<tr>");
                for (const QString &c : b.rows[r])
                    body += (r == 0 ? QStringLiteral("<th>%1</th>") : QStringLiteral("<td>%1</td>")).arg(markdown::inlineHtml(c));
                body += QStringLiteral("</tr>\n");
            }
            body += QStringLiteral("</table>\n");
            break;
        }
        case Block::Kind::Code:
            body += QStringLiteral("<pre><code>%1</code></pre>\n").arg(b.text.toHtmlEscaped());
            break;
        case Block::Kind::Rule:
            body += QStringLiteral("<hr>\n");
            break;
        }
    }
    if (inList)
        body += QStringLiteral("</ul>\n");
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"generator\" content=\"Sitrep\">\n<title>%1</title>\n<style>\n"
               "body { font: 15px/1.5 system-ui, sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em; color: #1d1f23; }\n"
               "table { border-collapse: collapse; margin: 1em 0; }\n"
               "th, td { border: 1px solid #c9ccd1; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }\n"
               "th { background: #f0f1f3; }\n"
               "pre { background: #f5f6f8; padding: 0.8em; overflow-x: auto; }\n"
               "ul { padding-left: 1.2em; list-style: none; }\n"
               "@media (prefers-color-scheme: dark) { body { background: #1e2024; color: #e6e7ea; } th { background: #2b2e33; } pre { background: #26282c; } th, td { border-color: #44474d; } }\n"
               "</style>\n</head>\n<body>\n<h1>%1</h1>\n%2</body>\n</html>\n")
        .arg(title.toHtmlEscaped(), body);
}

QByteArray exportPdf(const PostmortemDocument &doc)
{
    using markdown::Block;
    PdfWriter pdf;
    const QString title = doc.postmortem.title.isEmpty() ? doc.incident.title : doc.postmortem.title;
    pdf.paragraph(title, PdfWriter::Font::Bold, 20, 0, 10);
    for (const Block &b : markdown::parseBlocks(fullMarkdown(doc))) {
        switch (b.kind) {
        case Block::Kind::Heading:
            pdf.space(6);
            pdf.paragraph(markdown::inlinePlain(b.text), PdfWriter::Font::Bold, b.level <= 1 ? 16 : b.level == 2 ? 14 : 12, 0, 4);
            break;
        case Block::Kind::Paragraph:
            pdf.paragraph(markdown::inlinePlain(b.text), PdfWriter::Font::Regular, 10.5);
            break;
        case Block::Kind::ListItem:
            pdf.paragraph((b.checked ? (*b.checked ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) : QStringLiteral("• ")) + markdown::inlinePlain(b.text),
                          PdfWriter::Font::Regular, 10.5, 12 + 14 * b.level, 2);
            break;
        case Block::Kind::Table:
            for (qsizetype r = 0; r < b.rows.size(); ++r) {
                QStringList cells;
                for (const QString &c : b.rows[r])
                    cells << markdown::inlinePlain(c);
                pdf.paragraph(cells.join(QStringLiteral("  |  ")), r == 0 ? PdfWriter::Font::Bold : PdfWriter::Font::Regular, 9, 0, 2);
            }
            pdf.space(6);
            break;
        case Block::Kind::Code:
            pdf.preformatted(b.text, 9);
            break;
        case Block::Kind::Rule:
            pdf.rule();
            break;
        }
    }
    return pdf.finish(title);
}

} // namespace sitrep
