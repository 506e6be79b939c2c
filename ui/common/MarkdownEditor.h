#pragma once
// A Markdown editor with KDE's syntax highlighting: Markdown itself, and fenced code blocks in
// their own language (bash, sql, yaml, ...). Its colours follow the light or dark palette.
// Runbooks and postmortems are written in it.

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace sitrep::ui {

class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEditor(QWidget *parent = nullptr);
    // The highlighting theme's name ("Breeze Light", "Breeze Dark", ...), for tests.
    QString themeName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace sitrep::ui
