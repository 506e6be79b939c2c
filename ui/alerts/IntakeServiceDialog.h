#pragma once
// Alerts ▸ Keep Receiving When Sitrep Is Closed…: installs, shows and removes the per-user
// systemd service that runs `sitrepctl serve` for the open database (IntakeService). Says what
// the service will run, that no password goes into it, and that without lingering systemd stops
// it at logout. Modeless; systemctl runs in the background while it stays responsive.

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace sitrep::ui {

class IntakeController;

class IntakeServiceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IntakeServiceDialog(IntakeController *intake, QWidget *parent = nullptr);

    // Raises the one already open for `parent`, else opens a new one.
    static IntakeServiceDialog *showFor(IntakeController *intake, QWidget *parent);

private:
    void update();
    void showOutcome(const QString &error);

    QPointer<IntakeController> m_intake;
    QLabel *m_intro = nullptr;
    QLabel *m_listen = nullptr;
    QLabel *m_program = nullptr;
    QLabel *m_unitFile = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_takeOver = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_install = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace sitrep::ui
