#pragma once
// Message boxes go through here so that tests can replace them (a modal box would block a test).

#include <QString>

#include <functional>

class QWidget;

namespace sitrep::ui::dialogs {

void showError(QWidget *parent, const QString &title, const QString &text);
void showAbout(QWidget *parent, const QString &title, const QString &text);

// Tests install a handler that records instead of showing; pass {} to restore.
using Handler = std::function<void(const QString &title, const QString &text)>;
void setHandler(Handler handler);

} // namespace sitrep::ui::dialogs
