#include "common/MarkdownEditor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>

namespace sitrep::ui {

namespace {
// Loading the syntax definitions takes tens of milliseconds: once per process.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}
} // namespace

MarkdownEditor::MarkdownEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
    m_highlighter->setDefinition(repository().definitionForName(QStringLiteral("Markdown")));
    applyTheme();
}

QString MarkdownEditor::themeName() const
{
    return m_highlighter->theme().name();
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

void MarkdownEditor::applyTheme()
{
    // The application's palette (ours carries the theme's own colours once set).
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    const auto theme = repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                      : KSyntaxHighlighting::Repository::LightTheme);
    if (m_highlighter->theme().name() == theme.name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
    // The theme's own background and text colours, so its colours read as designed.
    QPalette p = palette();
    p.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    p.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    const QSignalBlocker block(this);
    setPalette(p);
}

} // namespace sitrep::ui
