#include "runbooks/RunbookPreview.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QRegularExpression>

namespace sitrep::ui {

RunbookPreview::RunbookPreview(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("runbookPreview"));
    setAccessibleName(tr("Runbook preview"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("copy"))
            copyBlock(url.path().toInt());
        else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });
}

void RunbookPreview::copyBlock(int index)
{
    if (index < 0 || index >= m_code.size())
        return;
    QGuiApplication::clipboard()->setText(m_code[index]);
    emit copied(m_code[index]);
}

void RunbookPreview::showMarkdown(const QString &markdown)
{
    m_code.clear();
    // Drop the front matter (shown in the editor) and add a copy link after each code block, at
    // the block's own indentation so it stays inside its list item.
    QStringList lines = markdown.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.first().trimmed() == QLatin1String("---")) {
        for (int i = 1; i < lines.size(); ++i) {
            if (lines[i].trimmed() == QLatin1String("---")) {
                lines = lines.mid(i + 1);
                break;
            }
        }
    }
    // Qt's Markdown renders a code block inside a list item as more list items: steps become
    // paragraphs with a box, and their code blocks move to the top level, each with its copy link.
    static const QRegularExpression task(QStringLiteral("^(\\s*)[-*+] \\[( |x|X)\\]\\s+(.*)$"));
    static const QRegularExpression fence(QStringLiteral("^(\\s*)(```+|~~~+)(.*)$"));
    QStringList out;
    int block = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (const auto t = task.match(line); t.hasMatch()) {
            const int depth = int(t.captured(1).size() / 2);
            out << QString() << QString(depth * 4, QChar(0x00a0)) + (t.captured(2) == QLatin1String(" ") ? QStringLiteral("☐ ") : QStringLiteral("☑ ")) + t.captured(3) << QString();
            continue;
        }
        if (const auto f = fence.match(line); f.hasMatch()) {
            const qsizetype indent = f.captured(1).size();
            out << QString() << f.captured(2) + f.captured(3);
            QStringList copied;   // what the copy link copies
            for (++i; i < lines.size(); ++i) {
                const QString &code = lines[i];
                if (code.trimmed().startsWith(f.captured(2))) {
                    out << f.captured(2);
                    break;
                }
                qsizetype lead = 0;
                while (lead < indent && lead < code.size() && code.at(lead).isSpace())
                    ++lead;
                copied << code.mid(lead);
                out << copied.constLast();
            }
            m_code << copied.join(QLatin1Char('\n'));
            out << QStringLiteral("[%1](copy:%2)").arg(tr("⧉ Copy")).arg(block++) << QString();
            continue;
        }
        out << line;
    }
    setMarkdown(out.join(QLatin1Char('\n')));
}

} // namespace sitrep::ui
