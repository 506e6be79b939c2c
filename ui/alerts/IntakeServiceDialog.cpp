#include "alerts/IntakeServiceDialog.h"

#include "alerts/IntakeController.h"
#include "alerts/IntakeService.h"
#include "storage/DatabaseLocation.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sitrep::ui {

namespace {

QLabel *wrapped(const QString &text = QString())
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// systemd keeps a user's services after logout only for users with lingering on; it marks them
// with a file of the user's name here (what `loginctl enable-linger` creates).
bool lingering(const QString &user)
{
    return !user.isEmpty() && QFileInfo::exists(QStringLiteral("/var/lib/systemd/linger/") + user);
}

} // namespace

IntakeServiceDialog *IntakeServiceDialog::showFor(IntakeController *intake, QWidget *parent)
{
    auto *dialog = parent ? parent->findChild<IntakeServiceDialog *>(QStringLiteral("intakeServiceDialog"), Qt::FindDirectChildrenOnly)
                          : nullptr;
    if (!dialog) {
        dialog = new IntakeServiceDialog(intake, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

IntakeServiceDialog::IntakeServiceDialog(IntakeController *intake, QWidget *parent) : QDialog(parent), m_intake(intake)
{
    setObjectName(QStringLiteral("intakeServiceDialog"));
    setWindowTitle(tr("Keep Receiving When Sitrep Is Closed"));
    setMinimumWidth(560);

    m_intro = wrapped();
    m_intro->setObjectName(QStringLiteral("serviceIntro"));
    auto *form = new QFormLayout;
    m_listen = wrapped();
    m_listen->setObjectName(QStringLiteral("serviceListen"));
    m_program = wrapped();
    m_program->setObjectName(QStringLiteral("serviceProgram"));
    m_unitFile = wrapped();
    m_unitFile->setObjectName(QStringLiteral("serviceUnitFile"));
    m_state = wrapped();
    m_state->setObjectName(QStringLiteral("serviceState"));
    form->addRow(tr("Listens on:"), m_listen);
    form->addRow(tr("Runs:"), m_program);
    form->addRow(tr("Unit file:"), m_unitFile);
    form->addRow(tr("State:"), m_state);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);

    // A team database: the service connects on its own, with what libpq finds.
    const auto location = DatabaseLocation::parse(intake->service() ? intake->service()->database() : QString());
    if (location && location->isServer()) {
        auto *password = wrapped(tr("The service connects to the team database by itself, as sitrepctl does: with "
                                    "the password in your ~/.pgpass, or the entry in your ~/.pg_service.conf. Sitrep "
                                    "never writes a password into the service."));
        password->setObjectName(QStringLiteral("servicePasswordNote"));
        layout->addWidget(password);
    }
    const QString user = qEnvironmentVariable("USER");
    auto *linger = wrapped(lingering(user)
                               ? tr("Lingering is on for %1: the service keeps running after you log out.").arg(user)
                               : tr("systemd stops your services when you log out. To keep receiving after you log "
                                    "out, turn lingering on once: loginctl enable-linger"));
    linger->setObjectName(QStringLiteral("serviceLingerNote"));
    layout->addWidget(linger);
    m_takeOver = wrapped();
    m_takeOver->setObjectName(QStringLiteral("serviceTakeOver"));
    layout->addWidget(m_takeOver);
    m_message = wrapped();
    m_message->setObjectName(QStringLiteral("serviceMessage"));
    layout->addWidget(m_message);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_install = buttons->addButton(tr("&Install and Start"), QDialogButtonBox::AcceptRole);
    m_install->setObjectName(QStringLiteral("installService"));
    m_remove = buttons->addButton(tr("&Stop and Remove"), QDialogButtonBox::DestructiveRole);
    m_remove->setObjectName(QStringLiteral("removeService"));
    // Neither closes the dialog (accepted() is not connected): it shows how it went.
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_install, &QPushButton::clicked, this, [this] {
        m_message->clear();
        if (m_intake)
            m_intake->installService();
        update();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_message->clear();
        if (m_intake)
            m_intake->removeService();
        update();
    });
    layout->addWidget(buttons);

    connect(intake, &IntakeController::statusChanged, this, &IntakeServiceDialog::update);
    connect(intake, &IntakeController::serviceFinished, this, &IntakeServiceDialog::showOutcome);
    if (auto *service = intake->service()) {
        connect(service, &IntakeService::busyChanged, this, &IntakeServiceDialog::update);
        service->refreshState();
    }
    update();
}

void IntakeServiceDialog::update()
{
    IntakeService *service = m_intake ? m_intake->service() : nullptr;
    if (!service) {
        m_install->setEnabled(false);
        m_remove->setEnabled(false);
        return;
    }
    const bool installed = service->isInstalled();
    const QString address = installed ? service->installedListenAddress() : m_intake->listenAddress();
    m_intro->setText(tr("A service of your user account, run by systemd, receives alerts into %1 on %2 while Sitrep "
                        "is closed, as sitrepctl serve does, and starts again when you log in.")
                         .arg(m_intake->databaseName(), address));
    m_listen->setText(installed ? address
                                : tr("%1 (the intake address; change it in Alerts ▸ Intake Address…)").arg(address));
    const QString sitrepctl = IntakeService::findSitrepctl();
    m_program->setText(sitrepctl.isEmpty() ? tr("sitrepctl was not found beside Sitrep or on PATH.")
                                           : QDir::toNativeSeparators(sitrepctl) + QStringLiteral(" serve"));  // a command, not words
    m_unitFile->setText(QDir::toNativeSeparators(service->unitPath()));
    m_state->setText(service->isBusy() ? tr("Working…") : service->stateText());
    m_takeOver->setText(!installed && m_intake->isListening()
                            ? tr("This window stops receiving on %1 when the service starts.").arg(m_intake->listenAddress())
                            : QString());
    m_takeOver->setVisible(!m_takeOver->text().isEmpty());
    m_message->setVisible(!m_message->text().isEmpty());
    m_install->setEnabled(!service->isBusy() && !installed && !sitrepctl.isEmpty());
    m_remove->setEnabled(!service->isBusy() && installed);
}

void IntakeServiceDialog::showOutcome(const QString &error)
{
    IntakeService *service = m_intake ? m_intake->service() : nullptr;
    if (!error.isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color: #d32f2f; font-weight: bold;"));
        m_message->setText(error);
    } else {
        m_message->setStyleSheet(QString());
        m_message->setText(service && service->isInstalled()
                               ? tr("The service receives alerts now, also while Sitrep is closed.")
                               : tr("The service is stopped and removed. Alerts arrive only while a window receives them."));
    }
    update();
}

} // namespace sitrep::ui
