#include "common/Dialogs.h"

#include <QMessageBox>

namespace sitrep::ui::dialogs {

namespace {
Handler &handler()
{
    static Handler h;
    return h;
}
} // namespace

void setHandler(Handler h) { handler() = std::move(h); }

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
