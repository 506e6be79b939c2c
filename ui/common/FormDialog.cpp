#include "common/FormDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitrep::ui {

FormDialog::FormDialog(const QString &title, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    setMinimumWidth(460);
}

QPushButton *FormDialog::okButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

void FormDialog::setOkText(const QString &text) { okButton()->setText(text); }

QString FormDialog::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

void FormDialog::accept()
{
    if (m_commit) {
        if (auto done = m_commit(); !done) {
            m_error->setText(done.error());
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace sitrep::ui
