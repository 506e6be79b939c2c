#include "postmortem/MarkdownBlocks.h"

#include <QRegularExpression>
#include <QUrl>

namespace sitrep::markdown {

namespace {
QStringList tableCells(QString line)
{
    line = line.trimmed();
    if (line.startsWith(QLatin1Char('|')))
        line.remove(0, 1);
    if (line.endsWith(QLatin1Char('|')) && !line.endsWith(QLatin1String("\\|")))
        line.chop(1);
    QStringList cells;
    QString current;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == QLatin1Char('\\') && i + 1 < line.size() && line[i + 1] == QLatin1Char('|')) {
            current += QLatin1Char('|');
            ++i;
        } else if (line[i] == QLatin1Char('|')) {
            cells << current.trimmed();
            current.clear();
        } else {
            current += line[i];
        }
    }
    cells << current.trimmed();
    return cells;
}

bool isSeparatorRow(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$"));
    return re.match(line).hasMatch();
}
} // namespace

QList<Block> parseBlocks(const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression item(QStringLiteral("^(\\s*)([-*+]|\\d+[.)])\\s+(\\[( |x|X)\\]\\s+)?(.*)$"));
    static const QRegularExpression fence(QStringLiteral("^\\s*(```+|~~~+)\\s*([\\w+#.-]*)"));
    static const QRegularExpression rule(QStringLiteral("^\\s*([-*_])(\\s*\\1){2,}\\s*$"));
    QList<Block> blocks;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QString paragraph;
    const auto flush = [&] {
        if (!paragraph.trimmed().isEmpty())
            blocks << Block{Block::Kind::Paragraph, 0, false, std::nullopt, paragraph.trimmed(), {}, {}};
        paragraph.clear();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        if (const auto f = fence.match(line); f.hasMatch()) {
            flush();
            Block b{Block::Kind::Code, 0, false, std::nullopt, {}, f.captured(2), {}};
            QStringList code;
            for (++i; i < lines.size() && !lines[i].trimmed().startsWith(f.captured(1)); ++i)
                code << lines[i];
            b.text = code.join(QLatin1Char('\n'));
            blocks << b;
            continue;
        }
        if (const auto h = heading.match(line); h.hasMatch()) {
            flush();
            blocks << Block{Block::Kind::Heading, int(h.captured(1).size()), false, std::nullopt, h.captured(2), {}, {}};
            continue;
        }
        if (rule.match(line).hasMatch() && paragraph.isEmpty()) {
            blocks << Block{Block::Kind::Rule, 0, false, std::nullopt, {}, {}, {}};
            continue;
        }
        if (line.trimmed().startsWith(QLatin1Char('|')) && i + 1 < lines.size() && isSeparatorRow(lines[i + 1])) {
            flush();
            Block b{Block::Kind::Table, 0, false, std::nullopt, {}, {}, {}};
            b.rows << tableCells(line);
            for (i += 2; i < lines.size() && lines[i].trimmed().startsWith(QLatin1Char('|')); ++i)
                b.rows << tableCells(lines[i]);
            --i;
            blocks << b;
            continue;
        }
        if (const auto m = item.match(line); m.hasMatch()) {
            flush();
            Block b{Block::Kind::ListItem, int(m.captured(1).size() / 2), m.captured(2).front().isDigit(), std::nullopt, m.captured(5), {}, {}};
            if (!m.captured(3).isEmpty())
                b.checked = m.captured(4) != QLatin1String(" ");
            blocks << b;
            continue;
        }
        paragraph += (paragraph.isEmpty() ? QString() : QStringLiteral(" ")) + line.trimmed();
    }
    flush();
    return blocks;
}

QString inlineHtml(const QString &text)
{
    QString html = text.toHtmlEscaped();
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    static const QRegularExpression bold(QStringLiteral("\\*\\*(.+?)\\*\\*"));
    static const QRegularExpression em(QStringLiteral("(?<![\\w*])[*_](?![\\s*_])(.+?)(?<!\\s)[*_](?![\\w*])"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)"));
    html.replace(code, QStringLiteral("<code>\\1</code>"));
    html.replace(bold, QStringLiteral("<strong>\\1</strong>"));
    html.replace(em, QStringLiteral("<em>\\1</em>"));
    QString out;
    qsizetype last = 0;
    auto it = link.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        out += html.mid(last, m.capturedStart() - last);
        // The URL was escaped with the rest; only web and mail links are made live.
        const QUrl url(QString(m.captured(2)).replace(QLatin1String("&amp;"), QLatin1String("&")));
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("mailto"))
            out += QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), m.captured(1));
        else
            out += m.captured(0);
        last = m.capturedEnd();
    }
    out += html.mid(last);
    return out;
}

QString inlinePlain(const QString &text)
{
    QString plain = text;
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)"));
    static const QRegularExpression markers(QStringLiteral("\\*\\*|`|(?<![\\w*])[*_](?![\\s*_])|(?<=\\S)[*_](?![\\w*])"));
    plain.replace(link, QStringLiteral("\\1 (\\2)"));
    plain.remove(markers);
    plain.replace(QLatin1String("\\|"), QLatin1String("|"));
    return plain;
}

} // namespace sitrep::markdown
