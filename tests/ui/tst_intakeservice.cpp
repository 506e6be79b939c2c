// Keep Receiving When Sitrep Is Closed: the unit file written for the per-user systemd service
// (its exact text: quoting, %-specifiers, no password), the systemctl commands run for it, what a
// failing systemctl says, and on real widgets the window handing its address to the service and
// taking it back. XDG_CONFIG_HOME points at a temporary folder, and a fake `systemctl` first on
// PATH records its arguments and fails when told to.

#include "MainWindow.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "alerts/AlertsPage.h"
#include "alerts/IntakeController.h"
#include "alerts/IntakeService.h"
#include "alerts/IntakeServiceDialog.h"
#include "common/Dialogs.h"
#include "common/Theme.h"
#include "common/Translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sitrep;
using namespace sitrep::ui;

namespace {

// Records "$*" a line per call; with FAKE_SYSTEMCTL_FAIL=<subcommand> that one fails with a
// message on stderr; is-active prints FAKE_SYSTEMCTL_STATE (default active).
const char *fakeSystemctl = R"(#!/bin/sh
echo "$*" >> "$FAKE_SYSTEMCTL_LOG"
if [ -n "$FAKE_SYSTEMCTL_FAIL" ] && [ "$2" = "$FAKE_SYSTEMCTL_FAIL" ]; then
  echo "Failed to $2: Access denied" >&2
  exit 1
fi
if [ "$2" = is-active ]; then
  state="${FAKE_SYSTEMCTL_STATE:-active}"
  echo "$state"
  [ "$state" = active ] || exit 3
fi
exit 0
)";

QString fileText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestIntakeService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_bin;
    QString m_log;
    QByteArray m_path;
    QStringList m_errors;

    QStringList commands()
    {
        QStringList lines = fileText(m_log).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QFile::remove(m_log);
        return lines;
    }

private slots:
    void initTestCase()
    {
        // Not QStandardPaths' test mode: the point is that XDG_CONFIG_HOME is honoured.
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_STATE_HOME", m_home.filePath(QStringLiteral("state")).toUtf8());
        qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
        m_bin = m_home.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(m_bin));
        for (const char *name : {"systemctl", "sitrepctl"}) {
            const QString path = m_bin + QLatin1Char('/') + QLatin1String(name);
            test::writeFile(path, fakeSystemctl);
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
        m_log = m_home.filePath(QStringLiteral("systemctl.log"));
        qputenv("FAKE_SYSTEMCTL_LOG", m_log.toUtf8());
        m_path = m_bin.toUtf8() + ':' + qgetenv("PATH");
        qputenv("PATH", m_path);
        ui::installTranslations(*qApp, QLocale(QLocale::English));
        QSettings().clear();
        dialogs::setHandler([this](const QString &, const QString &text) { m_errors << text; });
    }

    void init()
    {
        qunsetenv("FAKE_SYSTEMCTL_FAIL");
        qunsetenv("FAKE_SYSTEMCTL_STATE");
        qputenv("PATH", m_path);
        QFile::remove(m_log);
        m_errors.clear();
    }

    void unitFileForAFile()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PGSERVICEFILE"), QStringLiteral("/home/ana/pg.conf"));
        const auto text = IntakeService::unitText({QStringLiteral("/srv/on call/team 100%.db"), QStringLiteral("127.0.0.1:9797"), {}},
                                                  QStringLiteral("/opt/sitrep/bin/sitrepctl"), env);
        QVERIFY2(text.ok(), qPrintable(text.error()));
        // Quoted as systemd reads it, % doubled so that it is not a specifier; a file needs
        // nothing of libpq's.
        QCOMPARE(*text, QStringLiteral(
            "# Written by Sitrep (Alerts ▸ Keep Receiving When Sitrep Is Closed…), which also removes it.\n"
            "[Unit]\n"
            "Description=Sitrep alert intake into /srv/on call/team 100%%.db on 127.0.0.1:9797\n"
            "X-Sitrep-Database=/srv/on call/team 100%.db\n"
            "X-Sitrep-Listen=127.0.0.1:9797\n"
            "\n"
            "[Service]\n"
            "ExecStart=/opt/sitrep/bin/sitrepctl serve --db \"/srv/on call/team 100%%.db\" --listen 127.0.0.1:9797\n"
            "Restart=on-failure\n"
            "RestartSec=10\n"
            "\n"
            "[Install]\n"
            "WantedBy=default.target\n"));
    }

    void unitFileForAServer()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PGSERVICEFILE"), QStringLiteral("/home/ana/my services.conf"));
        env.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/home/ana/.pgpass"));
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("hunter2-secret"));
        const QString token = m_home.filePath(QStringLiteral("token"));
        const auto text = IntakeService::unitText({QStringLiteral("postgresql://ana%40corp@db.example/sitrep?sslmode=verify-full"),
                                                   QStringLiteral("0.0.0.0:9797"), token},
                                                  QStringLiteral("/usr/bin/sitrepctl"), env);
        QVERIFY2(text.ok(), qPrintable(text.error()));
        QCOMPARE(*text, QStringLiteral(
            "# Written by Sitrep (Alerts ▸ Keep Receiving When Sitrep Is Closed…), which also removes it.\n"
            "[Unit]\n"
            "Description=Sitrep alert intake into postgresql://ana%%40corp@db.example/sitrep?sslmode=verify-full on 0.0.0.0:9797\n"
            "X-Sitrep-Database=postgresql://ana%40corp@db.example/sitrep?sslmode=verify-full\n"
            "X-Sitrep-Listen=0.0.0.0:9797\n"
            "\n"
            "[Service]\n"
            "ExecStart=/usr/bin/sitrepctl serve --db postgresql://ana%%40corp@db.example/sitrep?sslmode=verify-full "
            "--listen 0.0.0.0:9797 --token-file %1\n"
            "Environment=\"PGSERVICEFILE=/home/ana/my services.conf\"\n"
            "Environment=PGPASSFILE=/home/ana/.pgpass\n"
            "Restart=on-failure\n"
            "RestartSec=10\n"
            "\n"
            "[Install]\n"
            "WantedBy=default.target\n").arg(token));
        QVERIFY(!text->contains(QStringLiteral("hunter2")));
    }

    void unitFileRefusals()
    {
        const QString ctl = QStringLiteral("/usr/bin/sitrepctl");
        auto withPassword = IntakeService::unitText({QStringLiteral("postgresql://ana:hunter2@db.example/sitrep"), QStringLiteral("127.0.0.1:9797"), {}}, ctl);
        QVERIFY(!withPassword.ok());
        QCOMPARE(withPassword.error(), QStringLiteral("The database location carries a password, which must not be written into a "
                                                      "service file. Put the password in ~/.pgpass instead."));
        auto open = IntakeService::unitText({QStringLiteral("/tmp/a.db"), QStringLiteral("0.0.0.0:9797"), {}}, ctl);
        QVERIFY(!open.ok());
        QVERIFY2(open.error().startsWith(QStringLiteral("Listening on 0.0.0.0:9797 needs a token file")), qPrintable(open.error()));
        auto anyPort = IntakeService::unitText({QStringLiteral("/tmp/a.db"), QStringLiteral("127.0.0.1:0"), {}}, ctl);
        QVERIFY(!anyPort.ok());
        QVERIFY2(anyPort.error().startsWith(QStringLiteral("The background service needs a fixed port")), qPrintable(anyPort.error()));
        auto noProgram = IntakeService::unitText({QStringLiteral("/tmp/a.db"), QStringLiteral("127.0.0.1:9797"), {}}, QString());
        QVERIFY(!noProgram.ok());
    }

    void findsSitrepctlBesideTheAppElseOnPath()
    {
        QTemporaryDir empty;
        QCOMPARE(IntakeService::findSitrepctl(empty.path()), m_bin + QStringLiteral("/sitrepctl"));
        QCOMPARE(IntakeService::findSitrepctl(m_bin), QFileInfo(m_bin + QStringLiteral("/sitrepctl")).absoluteFilePath());
    }

    void installsStartsAndRemoves()
    {
        const QString db = m_home.filePath(QStringLiteral("incidents.db"));
        IntakeService service(db);
        QCOMPARE(service.unitPath(), m_home.filePath(QStringLiteral("config/systemd/user/")) + service.unitName());
        QVERIFY(service.unitName().startsWith(QStringLiteral("sitrep-serve-")));
        QVERIFY(service.unitName().endsWith(QStringLiteral(".service")));
        QCOMPARE(service.state(), IntakeService::State::NotInstalled);
        QSignalSpy finished(&service, &IntakeService::finished);
        const IntakeServiceSettings settings{db, QStringLiteral("127.0.0.1:9797"), {}};
        service.install(settings);
        QVERIFY(service.isBusy());  // systemctl runs while the caller goes on
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished[0][0].toString(), QString());
        QVERIFY(!service.isBusy());
        QCOMPARE(service.state(), IntakeService::State::Active);
        QCOMPARE(service.stateText(), QStringLiteral("running"));
        QCOMPARE(fileText(service.unitPath()), *IntakeService::unitText(settings, IntakeService::findSitrepctl()));
        QVERIFY(fileText(service.unitPath()).contains(QStringLiteral("\nExecStart=%1 serve --db %2 --listen 127.0.0.1:9797\n")
                                                          .arg(IntakeService::findSitrepctl(), db)));
        QCOMPARE(service.installedListenAddress(), QStringLiteral("127.0.0.1:9797"));
        const QString unit = service.unitName();
        QCOMPARE(commands(), (QStringList{QStringLiteral("--user daemon-reload"), QStringLiteral("--user enable --now ") + unit,
                                          QStringLiteral("--user is-active ") + unit}));
        const auto units = IntakeService::installedUnits();
        QCOMPARE(units.size(), 1);
        QCOMPARE(units[0].unit, unit);
        QCOMPARE(units[0].database, db);
        QCOMPARE(units[0].listen, QStringLiteral("127.0.0.1:9797"));

        qputenv("FAKE_SYSTEMCTL_STATE", "failed");
        QSignalSpy changed(&service, &IntakeService::stateChanged);
        service.refreshState();
        QTRY_COMPARE(service.state(), IntakeService::State::Failed);
        QCOMPARE(commands(), QStringList{QStringLiteral("--user is-active ") + unit});

        service.remove();
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished[1][0].toString(), QString());
        QVERIFY(!QFileInfo::exists(service.unitPath()));
        QCOMPARE(service.state(), IntakeService::State::NotInstalled);
        QCOMPARE(commands(), (QStringList{QStringLiteral("--user disable --now ") + unit, QStringLiteral("--user daemon-reload"),
                                          QStringLiteral("--user reset-failed ") + unit}));
    }

    void failuresSayWhatSystemctlSaid()
    {
        const QString db = m_home.filePath(QStringLiteral("failing.db"));
        const IntakeServiceSettings settings{db, QStringLiteral("127.0.0.1:9797"), {}};
        IntakeService service(db);
        QSignalSpy finished(&service, &IntakeService::finished);

        // No user manager to reload: nothing is left behind.
        qputenv("FAKE_SYSTEMCTL_FAIL", "daemon-reload");
        service.install(settings);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished[0][0].toString(), QStringLiteral("systemctl --user daemon-reload failed: Failed to daemon-reload: Access denied"));
        QVERIFY(!service.isInstalled());
        QCOMPARE(service.state(), IntakeService::State::NotInstalled);
        QCOMPARE(commands(), QStringList{QStringLiteral("--user daemon-reload")});

        // Not enabled: the unit stays (Stop and Remove takes it away), in the state systemd says.
        qputenv("FAKE_SYSTEMCTL_FAIL", "enable");
        qputenv("FAKE_SYSTEMCTL_STATE", "inactive");
        service.install(settings);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished[1][0].toString(), QStringLiteral("systemctl --user enable --now %1 failed: Failed to enable: Access denied")
                                                .arg(service.unitName()));
        QVERIFY(service.isInstalled());
        QCOMPARE(service.state(), IntakeService::State::Inactive);
        qunsetenv("FAKE_SYSTEMCTL_FAIL");
        service.remove();
        QTRY_COMPARE(finished.size(), 3);
        QVERIFY(!service.isInstalled());

        // No systemd at all.
        QTemporaryDir nowhere;
        qputenv("PATH", nowhere.path().toUtf8());
        service.install(settings);
        QTRY_COMPARE(finished.size(), 4);
        QCOMPARE(finished[3][0].toString(),
                 QStringLiteral("systemctl was not found: keeping Sitrep's intake running when it is closed needs systemd."));
        QVERIFY(!service.isInstalled());
    }

    // The window receives on an address; the service takes it over (the window lets go), says
    // so in the status bar, the Alerts area and the menu; another window on the same database
    // does not try; removing the service gives the address back to whoever switches it on.
    void windowHandsItsAddressToTheService()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const QString address = QStringLiteral("127.0.0.1:%1").arg(freePort());
        QSettings().setValue(QStringLiteral("intake/listen"), address);
        MainWindow window(db);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArea(MainWindow::AlertsArea);
        auto *toggle = window.findChild<QAction *>(QStringLiteral("intakeToggle"));
        toggle->setChecked(true);
        QVERIFY2(window.intake()->isListening(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        const QString name = window.intake()->databaseName();
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusIntake"));
        auto *bar = window.alertsPage()->findChild<QLabel *>(QStringLiteral("intakeBarText"));
        QVERIFY(bar);
        QVERIFY(window.alertsPage()->findChild<QToolButton *>(QStringLiteral("intakeServiceActionButton")));

        window.findChild<QAction *>(QStringLiteral("intakeServiceAction"))->trigger();
        auto *dialog = test::waitForTopLevel<IntakeServiceDialog>(QStringLiteral("intakeServiceDialog"));
        QVERIFY(dialog);
        auto *state = dialog->findChild<QLabel *>(QStringLiteral("serviceState"));
        auto *install = dialog->findChild<QPushButton *>(QStringLiteral("installService"));
        auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("removeService"));
        QCOMPARE(state->text(), QStringLiteral("not installed"));
        QVERIFY(install->isEnabled());
        QVERIFY(!remove->isEnabled());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("serviceTakeOver"))->text(),
                 QStringLiteral("This window stops receiving on %1 when the service starts.").arg(address));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("servicePasswordNote")) != nullptr, db->isServer());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("serviceLingerNote"))->text().contains(QStringLiteral("log out")));
        if (const QString shots = qEnvironmentVariable("SITREP_SHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/intake-service-dialog.png"));

        install->click();
        QVERIFY(!window.intake()->isListening());  // let go before systemctl starts the service
        QTRY_COMPARE(state->text(), QStringLiteral("running"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("serviceMessage"));
        QTRY_COMPARE(message->text(), QStringLiteral("The service receives alerts now, also while Sitrep is closed."));
        QVERIFY(!install->isEnabled());
        QVERIFY(remove->isEnabled());
        const QString through = QStringLiteral("Alerts arrive through the background service into %1 on %2").arg(name, address);
        QCOMPARE(status->text(), through);
        QCOMPARE(bar->text(), through);
        QVERIFY(!toggle->isEnabled());
        auto refused = window.intake()->setEnabled(true);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().startsWith(QStringLiteral("Alerts for %1 arrive through the background service").arg(name)),
                 qPrintable(refused.error()));
        const QString unit = window.intake()->service()->unitName();
        QVERIFY(fileText(window.intake()->service()->unitPath()).contains(QStringLiteral(" --listen %1\n").arg(address)));
        QVERIFY(!fileText(window.intake()->service()->unitPath()).contains(QStringLiteral("password")));
        QCOMPARE(commands().mid(0, 2), (QStringList{QStringLiteral("--user daemon-reload"), QStringLiteral("--user enable --now ") + unit}));
        if (const QString shots = qEnvironmentVariable("SITREP_SHOTS"); !shots.isEmpty()) {
            dialog->grab().save(shots + QStringLiteral("/intake-service-running.png"));
            dialog->hide();
            QTest::qWait(200);
            window.grab().save(shots + QStringLiteral("/intake-service-window.png"));
            // One line of text above the inbox, not a share of the page.
            QVERIFY(window.alertsPage()->findChild<QWidget *>(QStringLiteral("intakeBar"))->height() < 50);
            dialog->show();
        }

        // Another window on this database leaves the address to the service, too.
        {
            MainWindow other(db);
            QVERIFY(!other.intake()->isListening());
            QVERIFY(other.intake()->serviceReceives());
            QVERIFY(!other.findChild<QAction *>(QStringLiteral("intakeToggle"))->isEnabled());
        }

        // A window on another database that wants this address is told who holds it.
        {
            QTcpServer holder;  // the service, as far as the port is concerned
            QVERIFY(holder.listen(QHostAddress::LocalHost, quint16(address.section(QLatin1Char(':'), 1).toUInt())));
            QStringList asked;
            dialogs::setConfirmHandler([&asked](const QString &, const QString &text) {
                asked << text;
                return false;
            });
            MainWindow other(test::createDatabase(dir, QStringLiteral("other.db")));
            other.findChild<QAction *>(QStringLiteral("intakeToggle"))->setChecked(true);
            dialogs::setConfirmHandler({});
            QCOMPARE(asked.size(), 1);
            QVERIFY2(asked[0].startsWith(QStringLiteral("Sitrep's background service %1 already receives alerts into %2 on %3, so this window cannot.")
                                             .arg(unit, IntakeController::receivingKey(db->path()), address)),
                     qPrintable(asked[0]));
        }

        remove->click();
        QTRY_COMPARE(state->text(), QStringLiteral("not installed"));
        QTRY_COMPARE(message->text(), QStringLiteral("The service is stopped and removed. Alerts arrive only while a window receives them."));
        QVERIFY(!QFileInfo::exists(window.intake()->service()->unitPath()));
        QVERIFY(toggle->isEnabled());
        QVERIFY(!window.intake()->isListening());
        QCOMPARE(status->text(), QStringLiteral("Intake off"));
        toggle->setChecked(true);
        QVERIFY(window.intake()->isListening());
        toggle->setChecked(false);
        dialog->close();
        QVERIFY(m_errors.isEmpty());
    }

    // systemctl cannot reach the user manager: the dialog shows its words, and the window
    // receives again as it did before.
    void failedInstallLeavesTheWindowReceiving()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const QString address = QStringLiteral("127.0.0.1:%1").arg(freePort());
        QSettings().setValue(QStringLiteral("intake/listen"), address);
        MainWindow window(db);
        window.show();
        window.findChild<QAction *>(QStringLiteral("intakeToggle"))->setChecked(true);
        QVERIFY(window.intake()->isListening());
        auto *dialog = IntakeServiceDialog::showFor(window.intake(), &window);
        qputenv("FAKE_SYSTEMCTL_FAIL", "daemon-reload");
        dialog->findChild<QPushButton *>(QStringLiteral("installService"))->click();
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("serviceMessage"));
        QTRY_COMPARE(message->text(), QStringLiteral("systemctl --user daemon-reload failed: Failed to daemon-reload: Access denied"));
        QVERIFY(message->isVisible());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("serviceState"))->text(), QStringLiteral("not installed"));
        QVERIFY(window.intake()->isListening());
        QVERIFY(window.intake()->isEnabled());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("intakeToggle"))->isChecked());
        if (const QString shots = qEnvironmentVariable("SITREP_SHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/intake-service-failed.png"));
        // The same dialog again, not a second one.
        QCOMPARE(IntakeServiceDialog::showFor(window.intake(), &window), dialog);
        dialog->close();
        QVERIFY(window.intake()->setEnabled(false).ok());
    }
};

QTEST_MAIN(TestIntakeService)
#include "tst_intakeservice.moc"
