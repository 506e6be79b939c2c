#include "domain/RunbookDocument.h"

#include "domain/Severity.h"
#include "util/Yaml.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace sitrep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunbookDocument)
};

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

namespace {
// The front matter's keys we know; other keys are the team's own and stay in the text. Keys are
// matched ignoring case, as they always were here (YAML itself is case-sensitive).
Done readFrontMatter(const YamlNode &root, const QStringList &lines, RunbookDocument &doc)
{
    if (root.isNull())
        return {};
    if (!root.isMap())
        return root.errorHere(Tr::tr("expected “key: value”, got “%1”").arg(lines.value(root.line() - 1).trimmed().left(60)));
    QHash<QString, int> seen;
    for (const YamlEntry &entry : root.entries()) {
        const QString key = entry.key.toLower();
        const YamlNode &value = entry.value;
        static const QStringList known = {QStringLiteral("title"), QStringLiteral("owner"), QStringLiteral("services"),
                                          QStringLiteral("alerts"), QStringLiteral("min_severity"), QStringLiteral("last_reviewed")};
        if (!known.contains(key))
            continue;
        if (seen.contains(key))
            return fail(yamlErrorText(root.file(), entry.line, Tr::tr("“%1” is given twice (first on line %2)").arg(entry.key).arg(seen.value(key))));
        seen.insert(key, entry.line);
        if (key == QLatin1String("title") || key == QLatin1String("owner")) {
            auto text = value.toText(key);
            if (!text)
                return fail(text.error());
            (key == QLatin1String("title") ? doc.title : doc.owner) = text->trimmed(); // `>` ends with a line break
        } else if (key == QLatin1String("services")) {
            auto services = value.toTextList(key);
            if (!services)
                return fail(services.error());
            for (const QString &s : *services)
                if (!s.trimmed().isEmpty())
                    doc.services << s.trimmed();
        } else if (key == QLatin1String("alerts")) {
            // One set inline (alerts: alertname=DiskFull, service=db) or a list of sets.
            if (value.isMap())
                return value.errorHere(Tr::tr("alerts must be a list with one set of label matchers per entry "
                                              "(- alertname=DiskFull, severity=critical), not a mapping"));
            const std::vector<YamlNode> one{value};
            for (const YamlNode &set : value.isList() ? value.items() : one) {
                if (!set.isScalar() && !set.isNull())
                    return set.errorHere(Tr::tr("an alerts entry must be label matchers such as alertname=DiskFull; "
                                                "quote the whole entry when it contains “: ” or “ #”"));
                // An empty set would match every alert: an empty entry is no entry.
                const QString text = set.text().trimmed();
                if (text.isEmpty())
                    continue;
                auto parsed = parseLabelMatchers(text);
                if (!parsed)
                    return set.errorHere(parsed.error());
                doc.matcherTexts << text;
                doc.matchers << *parsed;
            }
        } else if (key == QLatin1String("min_severity")) {
            auto text = value.toText(key);
            if (!text)
                return fail(text.error());
            if (text->trimmed().isEmpty())
                continue;
            const auto sev = severityFromLabel(text->trimmed().toUpper());
            if (!sev)
                return value.errorHere(Tr::tr("min_severity must be SEV1..SEV5, got “%1”").arg(*text));
            doc.minSeverity = int(*sev);
        } else if (key == QLatin1String("last_reviewed")) {
            auto text = value.toText(key);
            if (!text)
                return fail(text.error());
            if (text->trimmed().isEmpty())
                continue;
            const QDate date = QDate::fromString(text->trimmed(), Qt::ISODate);
            if (!date.isValid())
                return value.errorHere(Tr::tr("last_reviewed must be a date like 2026-09-01, got “%1”").arg(*text));
            doc.lastReviewed = date;
        }
    }
    return {};
}
} // namespace

Result<RunbookDocument> parseRunbook(const QString &input, const QString &fileName)
{
    RunbookDocument doc;
    // Editors on Windows may start a UTF-8 file with a byte order mark; it hides the first "---".
    const QString text = input.startsWith(QChar(0xFEFF)) ? input.mid(1) : input;
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QString file = QFileInfo(fileName).fileName();
    const auto at = [&file](int line, const QString &what) { return fail(yamlErrorText(file, line, what)); };
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
        // The YAML between the fences starts on the file's second line.
        auto front = parseYaml(lines.mid(1, end - 1).join(QLatin1Char('\n')), file, 2);
        if (!front)
            return fail(front.error());
        if (auto done = readFrontMatter(*front, lines, doc); !done)
            return fail(done.error());
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
