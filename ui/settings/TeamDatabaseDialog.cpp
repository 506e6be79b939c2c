#include "settings/TeamDatabaseDialog.h"

#include "settings/PasswordKeeper.h"
#include "settings/ServerConnector.h"
#include "common/Theme.h"

#include <QEvent>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sitrep::ui {

namespace {

const QString sslmodeKey = QStringLiteral("sslmode");
const QString serviceKey = QStringLiteral("service");

void setOption(QList<QPair<QString, QString>> &options, const QString &key, const QString &value)
{
    for (qsizetype i = 0; i < options.size(); ++i) {
        if (options[i].first == key) {
            if (value.isEmpty())
                options.removeAt(i);
            else
                options[i].second = value;
            return;
        }
    }
    if (!value.isEmpty())
        options.append({key, value});
}

} // namespace

TeamDatabaseDialog::TeamDatabaseDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("teamDatabaseDialog"));
    setWindowTitle(tr("Connect to Team Database"));
    m_connector = new ServerConnector(this);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Connect to a PostgreSQL database that your team shares. Passwords in "
                                "~/.pgpass or in a service file are found without asking."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);

    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setPlaceholderText(tr("postgresql://user@host:5432/database or service=name"));
    m_address->setClearButtonEnabled(true);
    m_form->addRow(tr("&Paste an address:"), m_address);
    connect(m_address, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_addressEdited = true;
        if (text.trimmed().isEmpty())
            return;
        // Filled in as it is typed or pasted; a complaint only once the user is done typing.
        if (auto parsed = DatabaseLocation::parse(text); parsed && parsed->isServer()) {
            (void)setAddress(text);
        }
    });
    connect(m_address, &QLineEdit::editingFinished, this, [this] {
        // Only what the user typed there: leaving the field changes nothing otherwise.
        if (!m_addressEdited || m_address->text().trimmed().isEmpty())
            return;
        m_addressEdited = false;
        if (auto done = setAddress(m_address->text()); !done)
            showStatus(done.error(), true);
    });

    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setAccessibleName(tr("Host"));
    m_host->setPlaceholderText(QStringLiteral("localhost"));
    m_form->addRow(tr("&Host:"), m_host);
    m_port = new QLineEdit;
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setPlaceholderText(QStringLiteral("5432"));
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 16);
    m_form->addRow(tr("P&ort:"), m_port);
    m_database = new QLineEdit;
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setAccessibleName(tr("Database"));
    m_database->setPlaceholderText(QStringLiteral("sitrep"));
    m_form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setAccessibleName(tr("User"));
    m_user->setPlaceholderText(tr("your login name"));
    m_form->addRow(tr("&User:"), m_user);
    m_tls = new QComboBox;
    m_tls->setObjectName(QStringLiteral("tlsModeCombo"));
    m_tls->setAccessibleName(tr("Encryption"));
    // libpq's sslmode values, in the words of what each one does; "" is Sitrep's default
    // (DatabaseLocation::withConnectionDefaults: verify-full for another machine, else what
    // libpq, PGSSLMODE or the service file say).
    m_tls->addItem(tr("Default: on another machine, always encrypt and check the certificate"), QString());
    m_tls->addItem(tr("Never encrypt (disable)"), QStringLiteral("disable"));
    m_tls->addItem(tr("Encrypt when the server offers it (prefer)"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Always encrypt, do not check the certificate (require)"), QStringLiteral("require"));
    m_tls->addItem(tr("Always encrypt, check the certificate's authority (verify-ca)"), QStringLiteral("verify-ca"));
    m_tls->addItem(tr("Always encrypt, check the certificate and the host name (verify-full)"),
                   QStringLiteral("verify-full"));
    m_form->addRow(tr("&Encryption:"), m_tls);
    m_service = new QLineEdit;
    m_service->setObjectName(QStringLiteral("serviceEdit"));
    m_service->setAccessibleName(tr("Service"));
    m_service->setPlaceholderText(tr("optional: a name from pg_service.conf"));
    m_form->addRow(tr("&Service:"), m_service);

    // The address follows the fields, so that what is shown there is what Connect uses.
    for (QLineEdit *edit : {m_host, m_port, m_database, m_user, m_service})
        connect(edit, &QLineEdit::textEdited, this, &TeamDatabaseDialog::showAddress);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &TeamDatabaseDialog::showAddress);

    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(tr("Pass&word:"));
    m_passwordLabel->setBuddy(m_password);
    m_form->addRow(m_passwordLabel, m_password);
    m_remember = new QCheckBox(tr("&Remember in the keyring"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(true);
    m_form->addRow(QString(), m_remember);
    m_form->setRowVisible(m_password, false);
    m_form->setRowVisible(m_remember, false);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addSpacing(m_status->fontMetrics().lineSpacing() / 2);

    // Test Connection stands apart, on the left: it only looks; the buttons on the right decide.
    auto *buttonRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test Connection"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setAutoDefault(false);
    buttonRow->addWidget(m_test);
    buttonRow->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_connect = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    buttonRow->addWidget(m_buttons);
    layout->addLayout(buttonRow);
    // Enter connects; only once the button is in the dialog does the dialog know it.
    m_connect->setDefault(true);
    connect(m_test, &QPushButton::clicked, this, &TeamDatabaseDialog::testConnection);
    // Not accept(): the dialog closes only once connected.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamDatabaseDialog::connectToServer);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_connector, &ServerConnector::checked, this,
            [this](const ServerCheck &check, const DatabaseLocation &) {
                setBusy(false);
                showChecked(check);
            });
    connect(m_connector, &ServerConnector::opened, this, &TeamDatabaseDialog::finishConnecting);
    connect(m_connector, &ServerConnector::passwordNeeded, this, [this](const QString &message) {
        setBusy(false);
        askForPassword(message);
    });
    connect(m_connector, &ServerConnector::failed, this, [this](const QString &message) {
        setBusy(false);
        showStatus(message, true);
    });
    setMinimumWidth(560);
}

TeamDatabaseDialog::~TeamDatabaseDialog() = default;

void TeamDatabaseDialog::setLocation(const DatabaseLocation &location)
{
    fillFields(location);
    showAddress();
}

void TeamDatabaseDialog::fillFields(const DatabaseLocation &location)
{
    m_filling = true;
    m_host->setText(location.host);
    m_port->setText(location.port > 0 ? QString::number(location.port) : QString());
    m_database->setText(location.database);
    m_user->setText(location.user);
    m_options = location.options;
    const int tls = m_tls->findData(location.option(sslmodeKey));
    m_tls->setCurrentIndex(std::max(0, tls));
    m_service->setText(location.option(serviceKey));
    m_givenPassword = location.password;
    m_filling = false;
}

DatabaseLocation TeamDatabaseDialog::location() const
{
    DatabaseLocation location;
    location.engine = Engine::Postgres;
    location.host = m_host->text().trimmed();
    bool ok = false;
    const int port = m_port->text().trimmed().toInt(&ok);
    location.port = ok && port > 0 && port <= 65535 ? port : -1;
    location.database = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    location.options = m_options;
    setOption(location.options, serviceKey, m_service->text().trimmed());
    setOption(location.options, sslmodeKey, m_tls->currentData().toString());
    location.password = !m_password->text().isEmpty() ? m_password->text() : m_givenPassword;
    return location;
}

Done TeamDatabaseDialog::setAddress(const QString &text)
{
    auto parsed = DatabaseLocation::parse(text);
    if (!parsed)
        return fail(parsed.error());
    if (!parsed->isServer())
        return fail(tr("This is not the address of a PostgreSQL server. Write postgresql://host/database "
                       "or service=name (a database file is opened with File ▸ Open Database…)."));
    // A password pasted with the address is used, not left on the screen. Typing on in the
    // address keeps it, as long as it still names the same user on the same server.
    const DatabaseLocation before = location();
    const bool sameAccount = before.host == parsed->host && before.port == parsed->port && before.user == parsed->user;
    const QString keptPassword = parsed->password.isEmpty() && sameAccount ? m_givenPassword : parsed->password;
    fillFields(*parsed);
    m_givenPassword = keptPassword;
    // Handed in rather than typed (a recent entry, a test): shown in the address field too.
    if (!parsed->password.isEmpty() || m_address->text() != text) {
        const QSignalBlocker block(m_address);
        m_address->setText(parsed->displayName());
    }
    return {};
}

void TeamDatabaseDialog::showAddress()
{
    if (m_filling)
        return;
    const QSignalBlocker block(m_address);
    m_address->setText(location().displayName());
}

bool TeamDatabaseDialog::isBusy() const { return m_connector->isBusy(); }

bool TeamDatabaseDialog::asksForPassword() const { return m_password->isVisibleTo(this); }

QString TeamDatabaseDialog::statusText() const { return m_status->text(); }

void TeamDatabaseDialog::setBusy(bool busy, const QString &status)
{
    for (QWidget *w : {static_cast<QWidget *>(m_test), static_cast<QWidget *>(m_connect)})
        w->setEnabled(!busy);
    if (busy)
        showStatus(status, false);
}

void TeamDatabaseDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
    colourStatus();
}

void TeamDatabaseDialog::colourStatus()
{
    // A red that stays readable on the light and the dark palette; otherwise the theme's text.
    QPalette palette = this->palette();
    if (m_status->property("problem").toBool())
        palette.setColor(QPalette::WindowText, isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28));
    m_status->setPalette(palette);
}

void TeamDatabaseDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        colourStatus();
}

void TeamDatabaseDialog::showChecked(const ServerCheck &check)
{
    showStatus(ServerConnector::describe(check), !check.usable());
}

void TeamDatabaseDialog::askForPassword(const QString &message)
{
    m_form->setRowVisible(m_password, true);
    m_form->setRowVisible(m_remember, true);
    m_password->clear();
    m_givenPassword.clear();
    m_password->setFocus();
    showStatus(message, true);
}

bool TeamDatabaseDialog::fieldsAreValid()
{
    // An address typed in that cannot be read (Enter in it presses Connect, too).
    if (const QString address = m_address->text().trimmed(); !address.isEmpty()) {
        auto parsed = DatabaseLocation::parse(address);
        if (!parsed || !parsed->isServer()) {
            showStatus(parsed ? tr("This is not the address of a PostgreSQL server. Write postgresql://host/database "
                                   "or service=name (a database file is opened with File ▸ Open Database…).")
                              : parsed.error(),
                       true);
            m_address->setFocus();
            return false;
        }
    }
    const QString port = m_port->text().trimmed();
    if (!port.isEmpty() && location().port < 0) {
        showStatus(tr("“%1” is not a port number (1 to 65535).").arg(port), true);
        m_port->setFocus();
        return false;
    }
    return true;
}

void TeamDatabaseDialog::testConnection()
{
    if (!fieldsAreValid())
        return;
    const DatabaseLocation where = location();
    setBusy(true, tr("Connecting to %1…").arg(where.displayName()));
    m_connector->start(ServerConnector::Goal::Check, where);
}

void TeamDatabaseDialog::connectToServer()
{
    if (!fieldsAreValid())
        return;
    const DatabaseLocation where = location();
    setBusy(true, tr("Connecting to %1…").arg(where.displayName()));
    m_connector->start(ServerConnector::Goal::Open, where);
}

void TeamDatabaseDialog::finishConnecting(const DatabasePtr &db, const DatabaseLocation &used)
{
    if (used.password.isEmpty()) {
        setBusy(false);
        emit connected(db, {});
        accept();
        return;
    }
    // A password typed here goes to the keyring when asked to; one from the keyring or a pasted
    // address stays for this session.
    const bool typed = !m_password->text().isEmpty() && used.password == m_password->text();
    const bool remember = typed && m_remember->isChecked();
    showStatus(tr("Connected."), false);
    PasswordKeeper::instance().keep(used.displayName(), used.password, remember, this,
                                    [this, db](const QString &note) {
                                        setBusy(false);
                                        emit connected(db, note);
                                        accept();
                                    });
}

} // namespace sitrep::ui
