#pragma once
// A dialog with a form that commits on OK (Enter) and stays open, showing why, when the commit
// is refused. Opened with open(), never exec(), so nothing blocks.

#include "util/Result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace sitrep::ui {

class FormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormDialog(const QString &title, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    QPushButton *okButton() const;
    void setOkText(const QString &text);
    // Called on OK; a failure keeps the dialog open with the message.
    void setCommit(std::function<Done()> commit) { m_commit = std::move(commit); }
    QString errorText() const;

public slots:
    void accept() override;

private:
    QFormLayout *m_form = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::function<Done()> m_commit;
};

} // namespace sitrep::ui
