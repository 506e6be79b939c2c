#pragma once
// A runbook rendered (Qt's Markdown support), with a "Copy" link under every code block that
// puts the block's text on the clipboard; other links open in the browser.

#include <QTextBrowser>

namespace sitrep::ui {

class RunbookPreview : public QTextBrowser
{
    Q_OBJECT
public:
    explicit RunbookPreview(QWidget *parent = nullptr);
    void showMarkdown(const QString &markdown);
    // The code blocks the copy links refer to, in order.
    const QStringList &codeBlocks() const { return m_code; }
    // What a copy link does (for tests and keyboard users): copies block `index`.
    void copyBlock(int index);

signals:
    void copied(const QString &text);

private:
    QStringList m_code;
};

} // namespace sitrep::ui
