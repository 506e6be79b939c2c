#include "common/Dialogs.h"

#include <QInputDialog>
#include <QMessageBox>

namespace sitrep::ui::dialogs {

namespace {
Handler &handler()
{
    static Handler h;
    return h;
}
} // namespace

TextHandler &textHandler()
{
    static TextHandler h;
    return h;
}

void setHandler(Handler h) { handler() = std::move(h); }
void setTextHandler(TextHandler h) { textHandler() = std::move(h); }

std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                               const QString &initial)
{
    if (textHandler())
        return textHandler()(title, initial);
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

void showError(QWidget *parent, const QString &title, const QString &text)
{
    if (handler())
        return handler()(title, text);
    QMessageBox::critical(parent, title, text);
}

void showAbout(QWidget *parent, const QString &title, const QString &text)
{
    if (handler())
        return handler()(title, text);
    QMessageBox::about(parent, title, text);
}

} // namespace sitrep::ui::dialogs
