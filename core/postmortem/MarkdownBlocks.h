#pragma once
// The Markdown that postmortems are written in, as blocks (headings, paragraphs, list items,
// tables, code, rules) and inline spans: enough for the HTML and PDF exports, which core writes
// itself (Qt's Markdown renderer lives in Qt GUI, which the headless tool does not load).

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sitrep::markdown {

struct Block
{
    enum class Kind { Heading, Paragraph, ListItem, Table, Code, Rule };
    Kind kind = Kind::Paragraph;
    int level = 0;                     // heading level 1..6, or list depth
    bool ordered = false;              // "1." lists
    std::optional<bool> checked;       // task list items
    QString text;                      // inline Markdown (or code)
    QString language;                  // code blocks
    QList<QStringList> rows;           // tables: the header row first
};

QList<Block> parseBlocks(const QString &markdown);
// Inline Markdown as HTML: every character of the text escaped, then **bold**, *em*/_em_,
// `code` and [links](https://…) (only http, https and mailto become links).
QString inlineHtml(const QString &text);
// Inline Markdown as plain text: markers removed, links as "text (url)".
QString inlinePlain(const QString &text);

} // namespace sitrep::markdown
