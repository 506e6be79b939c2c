#pragma once
// File ▸ Connect to Team Database…: where the team's PostgreSQL database is (host, port,
// database, user, encryption, or a pasted address), Test Connection to see whether Sitrep can use
// it before anything is written, and Connect. A password is asked for only when the server wants
// one that libpq did not find; it may be remembered in the desktop's keyring (PasswordKeeper).
// The dialog never shows a password it did not have typed into it.

#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "util/Result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sitrep::ui {

class ServerConnector;
struct ServerCheck;

class TeamDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamDatabaseDialog(QWidget *parent = nullptr);
    ~TeamDatabaseDialog() override;

    // Fills the fields from a location (a recent entry, --db); its password is used, never shown.
    void setLocation(const DatabaseLocation &location);
    // The location the fields describe, with the password typed or pasted (if any).
    DatabaseLocation location() const;
    // A pasted address (postgresql://…, service=NAME, key=value): fills the fields, or says why
    // it cannot.
    Done setAddress(const QString &text);

    // Shows the password field with why it is needed (reopening a team database that wants one).
    void requestPassword(const QString &message) { askForPassword(message); }

    void testConnection();
    void connectToServer();
    bool isBusy() const;
    bool asksForPassword() const;
    QString statusText() const;

signals:
    // Connected and checked; `note` is for the status bar (e.g. the password is kept for this
    // session only), empty when there is nothing to say.
    void connected(const sitrep::DatabasePtr &db, const QString &note);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillFields(const DatabaseLocation &location);
    void colourStatus();
    void showAddress();
    // Says what is wrong with a field that cannot be used (a port out of range).
    bool fieldsAreValid();
    void setBusy(bool busy, const QString &status = {});
    void showStatus(const QString &text, bool problem);
    void showChecked(const ServerCheck &check);
    void askForPassword(const QString &message);
    void finishConnecting(const DatabasePtr &db, const DatabaseLocation &used);

    QLineEdit *m_address = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_service = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_connect = nullptr;
    QFormLayout *m_form = nullptr;
    ServerConnector *m_connector = nullptr;
    // What the fields do not show (sslrootcert, connect_timeout, …), in the order given, so the
    // location keeps its displayName() (the keyring's and Open Recent's key).
    QList<QPair<QString, QString>> m_options;
    // From a pasted address or a location handed in; never shown.
    QString m_givenPassword;
    bool m_addressEdited = false;  // typed in since it was last applied
    bool m_filling = false;        // setLocation() is filling the fields
};

} // namespace sitrep::ui
