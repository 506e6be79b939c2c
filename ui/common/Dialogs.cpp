#include "common/Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

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

FileHandler &fileHandler()
{
    static FileHandler h;
    return h;
}

void setHandler(Handler h) { handler() = std::move(h); }
void setFileHandler(FileHandler h) { fileHandler() = std::move(h); }

std::optional<QString> askNewFileName(QWidget *parent, const QString &title, const QString &initialPath,
                                      const QString &filter)
{
    if (fileHandler())
        return fileHandler()(title, initialPath);
    const QString path = QFileDialog::getSaveFileName(parent, title, initialPath, filter, nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    return path.isEmpty() ? std::nullopt : std::optional<QString>(path);
}
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

namespace {
SaveChoiceHandler &saveChoiceHandler()
{
    static SaveChoiceHandler h;
    return h;
}
} // namespace

void setSaveChoiceHandler(SaveChoiceHandler h) { saveChoiceHandler() = std::move(h); }

namespace {
ConfirmHandler &confirmHandler()
{
    static ConfirmHandler h;
    return h;
}
} // namespace

void setConfirmHandler(ConfirmHandler h) { confirmHandler() = std::move(h); }

bool askConfirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel)
{
    if (confirmHandler())
        return confirmHandler()(title, text);
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *confirm = box.addButton(confirmLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

SaveChoice askSaveChanges(QWidget *parent, const QString &title, const QString &text)
{
    if (saveChoiceHandler())
        return saveChoiceHandler()(title, text);
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel; // Cancel, Escape, the window's close button
    }
}

} // namespace sitrep::ui::dialogs
