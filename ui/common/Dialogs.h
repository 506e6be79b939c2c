#pragma once
// Message boxes go through here so that tests can replace them (a modal box would block a test).

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace sitrep::ui::dialogs {

void showError(QWidget *parent, const QString &title, const QString &text);
void showAbout(QWidget *parent, const QString &title, const QString &text);

// Asks for one line of text; nullopt when cancelled.
std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                               const QString &initial);

// Tests install a handler that records instead of showing; pass {} to restore.
using Handler = std::function<void(const QString &title, const QString &text)>;
void setHandler(Handler handler);
using TextHandler = std::function<std::optional<QString>(const QString &title, const QString &initial)>;
void setTextHandler(TextHandler handler);

} // namespace sitrep::ui::dialogs
