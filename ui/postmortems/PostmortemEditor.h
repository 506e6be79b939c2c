#pragma once
// One postmortem being written: an outline of its sections, the highlighted Markdown editor, a
// live preview, blameless-lint findings (underlined as you type, listed with suggestions), the
// word count, its status (draft -> in review -> published, published is read-only until
// reopened) and its action items. Text is autosaved a moment after typing stops and when the
// editor goes away, so a crash loses at most that moment.

#include "domain/Postmortem.h"
#include "postmortem/BlamelessLint.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace sitrep::ui {

class TextConflictBar;

class MarkdownEditor;
class Session;

class PostmortemEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int autosaveDelayMs = 1500;

    explicit PostmortemEditor(Session &session, QWidget *parent = nullptr);
    ~PostmortemEditor() override;

    void showPostmortem(qint64 postmortemId);
    qint64 postmortemId() const { return m_postmortem ? m_postmortem->id : 0; }
    const std::optional<Postmortem> &postmortem() const { return m_postmortem; }

    MarkdownEditor *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }
    QListWidget *outline() const { return m_outline; }
    QListWidget *findings() const { return m_findings; }
    QLabel *wordCount() const { return m_words; }
    QLabel *saveState() const { return m_saved; }
    QTableWidget *actionItems() const { return m_items; }

    // Writes pending text now (autosave does it a moment after typing stops).
    void saveNow();
    // Before the window closes or the database changes: saves what can be saved, and asks
    // before text that cannot be (published or removed elsewhere) is left behind.
    bool maybeLeave();
    // After another writer saved meanwhile (the conflict bar): keep both texts, or take theirs.
    void keepBothTexts();
    void useTheirText();
    // Puts text that could not be saved on the clipboard, and says so.
    void rescueUnsavedText();
    // Saves first; false (and says why, titled `action`) when the text on screen is not saved.
    bool savedBeforeActing(const QString &action);
    void sendForReview();
    void publish();
    void reopen();
    Done exportTo(const QString &format, const QString &path);
    void addActionItem();
    void setActionItemDone(int row, bool done);
    void reload();

signals:
    void statusMessage(const QString &message);

private:
    // The text on screen is the one held in the outbox (the server did not answer).
    bool heldOnThisComputer() const;
    void textEdited();
    void updateLint();
    void updateOutline();
    void updatePreview();
    void updateState();
    void fillActionItems();

    Session &m_session;
    std::optional<Postmortem> m_postmortem;
    QList<ActionItem> m_itemRows;
    BlamelessLint m_lint;
    QString m_savedText;        // what is stored, as this editor last loaded or saved it
    std::optional<QString> m_theirs;  // another writer's text, saved while we were typing
    TextConflictBar *m_conflict = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_words = nullptr;
    QLabel *m_saved = nullptr;
    MarkdownEditor *m_editor = nullptr;
    QTextBrowser *m_preview = nullptr;
    QListWidget *m_outline = nullptr;
    QListWidget *m_findings = nullptr;
    QTableWidget *m_items = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_reopen = nullptr;
    QTimer *m_autosave = nullptr;
    QTimer *m_analyse = nullptr;
};

} // namespace sitrep::ui
