#pragma once
// Message boxes go through here so that tests can replace them (a modal box would block a test).

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace sitrep::ui::dialogs {

void showError(QWidget *parent, const QString &title, const QString &text);
void showAbout(QWidget *parent, const QString &title, const QString &text);

// Unsaved edits are about to be left behind: Save, Discard, or Cancel (stay where you are).
// Tests answer through setSaveChoiceHandler.
enum class SaveChoice { Save, Discard, Cancel };
SaveChoice askSaveChanges(QWidget *parent, const QString &title, const QString &text);
using SaveChoiceHandler = std::function<SaveChoice(const QString &title, const QString &text)>;
void setSaveChoiceHandler(SaveChoiceHandler handler);

// Asks before going on: `confirmLabel` names what going on does ("Save Mine on Top"); false for
// Cancel (the default, so Enter never overwrites by accident). Tests answer through
// setConfirmHandler.
bool askConfirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel);
using ConfirmHandler = std::function<bool(const QString &title, const QString &text)>;
void setConfirmHandler(ConfirmHandler handler);

// Asks for one line of text; nullopt when cancelled.
std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                               const QString &initial);

// Asks for the name of a file to create (a save dialog that does not confirm overwriting: the
// caller refuses existing files itself); nullopt when cancelled.
std::optional<QString> askNewFileName(QWidget *parent, const QString &title, const QString &initialPath,
                                      const QString &filter);

// Tests install a handler that records instead of showing; pass {} to restore.
using Handler = std::function<void(const QString &title, const QString &text)>;
void setHandler(Handler handler);
using TextHandler = std::function<std::optional<QString>(const QString &title, const QString &initial)>;
void setTextHandler(TextHandler handler);
using FileHandler = std::function<std::optional<QString>(const QString &title, const QString &initialPath)>;
void setFileHandler(FileHandler handler);

} // namespace sitrep::ui::dialogs
