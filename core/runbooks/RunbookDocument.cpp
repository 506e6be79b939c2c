#include "runbooks/RunbookDocument.h"

#include "domain/Severity.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace sitrep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunbookDocument)
};

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && ((v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"'))) ||
                          (v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\'')))))
        return v.mid(1, v.size() - 2);
    return v;
}

// "[a, b]" or "a, b" -> ["a", "b"].
QStringList inlineList(QString v)
{
    v = v.trimmed();
    if (v.startsWith(QLatin1Char('[')) && v.endsWith(QLatin1Char(']')))
        v = v.mid(1, v.size() - 2);
    QStringList out;
    for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!unquote(part).isEmpty())
            out << unquote(part);
    return out;
}

int indentOf(const QString &line)
{
    int n = 0;
    for (const QChar c : line) {
        if (c == QLatin1Char(' '))
            ++n;
        else if (c == QLatin1Char('\t'))
            n += 4;
        else
            break;
    }
    return n;
}
} // namespace

QString runbookSlug(const QString &nameOrTitle)
{
    QString base = nameOrTitle;
    if (base.endsWith(QLatin1String(".md"), Qt::CaseInsensitive))
        base = QFileInfo(base).completeBaseName();
    QString slug;
    for (const QChar c : base.toLower()) {
        if ((c.isLetterOrNumber() && c.unicode() < 128))
            slug += c;
        else if (!slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    return slug;
}

Result<RunbookDocument> parseRunbook(const QString &text, const QString &fileName)
{
    RunbookDocument doc;
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QString file = QFileInfo(fileName).fileName();
    const auto at = [&file](int line, const QString &what) { return fail(QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(what)); };
    int body = 0;
    if (!lines.isEmpty() && lines.first().trimmed() == QLatin1String("---")) {
        int end = -1;
        for (int i = 1; i < lines.size(); ++i) {
            if (lines[i].trimmed() == QLatin1String("---")) {
                end = i;
                break;
            }
        }
        if (end < 0)
            return at(1, Tr::tr("the front matter starting here is never closed with ---"));
        QString listKey;
        for (int i = 1; i < end; ++i) {
            const QString raw = lines[i];
            const QString line = raw.trimmed();
            const int number = i + 1;
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            if (line.startsWith(QLatin1String("- "))) {
                const QString item = unquote(line.mid(2));
                if (listKey == QLatin1String("services"))
                    doc.services << item;
                else if (listKey == QLatin1String("alerts"))
                    doc.matcherTexts << item;
                else
                    return at(number, Tr::tr("a list item outside of services or alerts"));
                if (listKey == QLatin1String("alerts")) {
                    auto parsed = parseLabelMatchers(item);
                    if (!parsed)
                        return at(number, parsed.error());
                    doc.matchers << *parsed;
                }
                continue;
            }
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon <= 0)
                return at(number, Tr::tr("expected “key: value”, got “%1”").arg(line.left(60)));
            const QString key = line.left(colon).trimmed().toLower();
            const QString value = line.mid(colon + 1).trimmed();
            listKey.clear();
            if (key == QLatin1String("title")) {
                doc.title = unquote(value);
            } else if (key == QLatin1String("owner")) {
                doc.owner = unquote(value);
            } else if (key == QLatin1String("services")) {
                doc.services = inlineList(value);
                listKey = key;
            } else if (key == QLatin1String("alerts")) {
                listKey = key;
                if (!value.isEmpty()) {
                    // One inline set: alerts: alertname=DiskFull, service=db
                    doc.matcherTexts << unquote(value);
                    auto parsed = parseLabelMatchers(unquote(value));
                    if (!parsed)
                        return at(number, parsed.error());
                    doc.matchers << *parsed;
                }
            } else if (key == QLatin1String("min_severity")) {
                const auto sev = severityFromLabel(unquote(value).toUpper());
                if (!sev)
                    return at(number, Tr::tr("min_severity must be SEV1..SEV5, got “%1”").arg(value));
                doc.minSeverity = int(*sev);
            } else if (key == QLatin1String("last_reviewed")) {
                const QDate date = QDate::fromString(unquote(value), Qt::ISODate);
                if (!date.isValid())
                    return at(number, Tr::tr("last_reviewed must be a date like 2026-09-01, got “%1”").arg(value));
                doc.lastReviewed = date;
            }
            // Other keys are the team's own; they stay in the text.
        }
        body = end + 1;
    }

    static const QRegularExpression task(QStringLiteral("^(\\s*)[-*+] \\[( |x|X)\\]\\s+(.*)$"));
    static const QRegularExpression fence(QStringLiteral("^(\\s*)(```+|~~~+)\\s*([\\w+#.-]*)"));
    for (int i = body; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (doc.title.isEmpty() && line.startsWith(QLatin1String("# ")))
            doc.title = line.mid(2).trimmed();
        if (const auto f = fence.match(line); f.hasMatch()) {
            const QString marker = f.captured(2);
            const int start = i + 1;
            CodeBlock block;
            block.language = f.captured(3).toLower();
            const int indent = indentOf(line);
            QStringList code;
            int j = i + 1;
            for (; j < lines.size(); ++j) {
                if (lines[j].trimmed().startsWith(marker))
                    break;
                // Code under a list item is indented with it; drop that indentation.
                code << (indentOf(lines[j]) >= indent ? lines[j].mid(std::min<qsizetype>(indent, lines[j].size())) : lines[j].trimmed());
            }
            if (j >= lines.size())
                return at(start, Tr::tr("a code block starting here is never closed with %1").arg(marker));
            block.code = code.join(QLatin1Char('\n'));
            doc.codeBlocks << block;
            if (!doc.steps.isEmpty())
                doc.steps.last().code << block;
            i = j;
            continue;
        }
        if (const auto m = task.match(line); m.hasMatch()) {
            RunbookStep step;
            step.depth = indentOf(m.captured(1)) / 2;
            step.checked = m.captured(2) != QLatin1String(" ");
            step.text = m.captured(3).trimmed();
            step.line = i + 1;
            // A nested item can be at most one level deeper than the one before it.
            const int previous = doc.steps.isEmpty() ? -1 : doc.steps.last().depth;
            step.depth = std::min(step.depth, previous + 1);
            doc.steps << step;
        }
    }
    if (doc.title.isEmpty())
        doc.title = QFileInfo(fileName).completeBaseName();
    return doc;
}

} // namespace sitrep
