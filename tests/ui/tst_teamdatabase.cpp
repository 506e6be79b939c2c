// File ▸ Connect to Team Database…, File ▸ Open Recent and the passwords they may need, driven
// as a user would, offscreen. The server tests run in tst_teamdatabase.postgresql, against the
// throwaway PostgreSQL CTest starts; the password tests talk to a small fake server on loopback
// that asks for a password the way PostgreSQL does (the test cluster trusts every local user, so
// it never asks), so they run on both.
#include "MainWindow.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "common/Dialogs.h"
#include "common/Theme.h"
#include "common/Translations.h"
#include "settings/PasswordKeeper.h"
#include "settings/RecentDatabases.h"
#include "settings/TeamDatabaseDialog.h"
#include "incidents/IncidentsPage.h"
#include "storage/IncidentStore.h"
#include "storage/Migrator.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

using namespace sitrep;
using namespace sitrep::ui;

namespace {

// Speaks just enough of PostgreSQL's protocol to ask for a password (AuthenticationCleartext-
// Password), note what the client sent, and refuse it as the server does (SQLSTATE 28P01).
class PasswordAskingServer : public QObject
{
public:
    PasswordAskingServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections = 0;
    QStringList passwords;

private:
    static QByteArray be32(quint32 v)
    {
        QByteArray b(4, '\0');
        qToBigEndian(v, b.data());
        return b;
    }
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const bool started = m_started.contains(socket);
            const int header = started ? 5 : 4;
            if (buffer.size() < header)
                return;
            const quint32 length = qFromBigEndian<quint32>(buffer.constData() + (started ? 1 : 0));
            const qsizetype total = (started ? 1 : 0) + length;
            if (buffer.size() < total)
                return;
            const QByteArray message = buffer.left(total);
            buffer.remove(0, total);
            if (!started) {
                const quint32 code = qFromBigEndian<quint32>(message.constData() + 4);
                if (code == 80877103 || code == 80877104) {  // SSLRequest, GSSENCRequest: no
                    socket->write("N");
                    continue;
                }
                ++connections;
                m_started.insert(socket);
                socket->write(QByteArray("R") + be32(8) + be32(3));  // cleartext password, please
                continue;
            }
            if (message.at(0) == 'p') {
                passwords << QString::fromUtf8(message.mid(5).constData());
                QByteArray fields = QByteArray("SFATAL") + '\0' + "VFATAL" + '\0' + "C28P01" + '\0' +
                                    "Mpassword authentication failed for user \"alice\"" + '\0' + '\0';
                socket->write(QByteArray("E") + be32(quint32(4 + fields.size())) + fields);
                socket->flush();
                socket->disconnectFromHost();
                return;
            }
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_started;
};

// A keyring in memory, so no test touches a real user's.
class MemoryKeyring : public Keyring
{
public:
    explicit MemoryKeyring(QHash<QString, QString> *store) : m_store(store) {}
    void read(const QString &key, QObject *, std::function<void(Result<std::optional<QString>>)> done) override
    {
        done(m_store->contains(key) ? std::optional<QString>(m_store->value(key)) : std::optional<QString>());
    }
    void write(const QString &key, const QString &password, QObject *, std::function<void(Done)> done) override
    {
        m_store->insert(key, password);
        done({});
    }
    void remove(const QString &key) override { m_store->remove(key); }

private:
    QHash<QString, QString> *m_store;
};

// Everything the settings hold, keys and values, as one text to search for a password.
QString allSettings()
{
    QSettings settings;
    QString all;
    for (const QString &key : settings.allKeys())
        all += key + QLatin1Char('=') + settings.value(key).toStringList().join(QLatin1Char(',')) +
               settings.value(key).toString() + QLatin1Char('\n');
    return all;
}

// The window starts on a file in every engine's run, so that switching to a server shows.
DatabasePtr localFile(const QTemporaryDir &dir)
{
    auto db = Database::open(dir.filePath(QStringLiteral("local.db")));
    if (!db)
        qFatal("cannot create the local file: %s", qPrintable(db.error()));
    return db.value();
}

QLineEdit *field(QWidget *dialog, const char *name) { return dialog->findChild<QLineEdit *>(QLatin1String(name)); }

void selectTls(TeamDatabaseDialog &dialog, const char *mode)
{
    auto *tls = dialog.findChild<QComboBox *>(QStringLiteral("tlsModeCombo"));
    tls->setCurrentIndex(tls->findData(QLatin1String(mode)));
}

QStringList tablesOf(const QString &location)
{
    const auto parsed = DatabaseLocation::parse(location);
    QStringList tables;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("peek"));
        db.setHostName(parsed->host);
        db.setDatabaseName(parsed->database);
        db.setUserName(parsed->user);
        if (!db.open())
            qFatal("cannot peek: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"));
        while (q.next())
            tables << q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return tables;
}

void runOnServer(const QString &location, const QString &sql)
{
    const auto parsed = DatabaseLocation::parse(location);
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("writer"));
        db.setHostName(parsed->host);
        db.setDatabaseName(parsed->database);
        db.setUserName(parsed->user);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
}

} // namespace

class TestTeamDatabase : public QObject
{
    Q_OBJECT

    QStringList m_errors;
    QHash<QString, QString> m_keyring;

    static bool germanShots() { return qEnvironmentVariable("SITREP_SHOTS_LANG") == QLatin1String("de"); }
    // A message says this (in English; pictures in German are taken with the messages in German,
    // where only the data is compared).
    static bool says(const QString &text, const QString &english) { return germanShots() || text.contains(english); }



private slots:
    void initTestCase()
    {
        test::isolate();
        QVERIFY2(test::testingServer(), "registered POSTGRESQL_ONLY: runs against the test server");
        installTranslations(*qApp, germanShots() ? QLocale(QLocale::German, QLocale::Germany) : QLocale(QLocale::English));
        dialogs::setHandler([this](const QString &title, const QString &text) { m_errors << title + QStringLiteral(": ") + text; });
    }

    void init()
    {
        QSettings().clear();
        m_errors.clear();
        m_keyring.clear();
        PasswordKeeper::instance().setKeyringForTests(std::make_unique<MemoryKeyring>(&m_keyring));
    }

    void theDialogBuildsTheLocationFromItsFields()
    {
        TeamDatabaseDialog dialog;
        QTest::keyClicks(field(&dialog, "hostEdit"), QStringLiteral("db.example"));
        QTest::keyClicks(field(&dialog, "portEdit"), QStringLiteral("6543"));
        QTest::keyClicks(field(&dialog, "databaseEdit"), QStringLiteral("sitrep"));
        QTest::keyClicks(field(&dialog, "userEdit"), QStringLiteral("alice"));
        QCOMPARE(dialog.location().displayName(), QStringLiteral("postgresql://alice@db.example:6543/sitrep"));
        // The address shows what the fields say.
        QCOMPARE(field(&dialog, "addressEdit")->text(), QStringLiteral("postgresql://alice@db.example:6543/sitrep"));
        selectTls(dialog, "verify-full");
        const DatabaseLocation where = dialog.location();
        QVERIFY(where.isServer());
        QCOMPARE(where.host, QStringLiteral("db.example"));
        QCOMPARE(where.port, 6543);
        QCOMPARE(where.option(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QCOMPARE(where.displayName(), QStringLiteral("postgresql://alice@db.example:6543/sitrep?sslmode=verify-full"));
        // Every TLS mode libpq knows is offered, in words.
        auto *tls = dialog.findChild<QComboBox *>(QStringLiteral("tlsModeCombo"));
        for (const char *mode : {"disable", "prefer", "require", "verify-ca", "verify-full"})
            QVERIFY2(tls->findData(QLatin1String(mode)) >= 0, mode);
        // A port that is not one is not taken.
        field(&dialog, "portEdit")->clear();
        QTest::keyClicks(field(&dialog, "portEdit"), QStringLiteral("99999"));
        QVERIFY(dialog.location().port != 99999);
        dialog.testConnection();
        QVERIFY(!dialog.isBusy());
        QVERIFY2(says(dialog.statusText(), QStringLiteral("not a port number")), qPrintable(dialog.statusText()));
        // A service alone is what libpq reads from pg_service.conf.
        TeamDatabaseDialog byService;
        QTest::keyClicks(field(&byService, "serviceEdit"), QStringLiteral("oncall"));
        QCOMPARE(byService.location().displayName(), QStringLiteral("service=oncall"));
    }

    void aPastedAddressFillsTheFieldsAndItsPasswordIsNotShown()
    {
        TeamDatabaseDialog dialog;
        QLineEdit *address = field(&dialog, "addressEdit");
        const QString uri = QStringLiteral("postgresql://alice:s3cret@db.example:5433/team?sslmode=require&connect_timeout=5");
        // Pasted, as one edit.
        QApplication::clipboard()->setText(uri);
        address->setFocus();
        QTest::keyClick(address, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(!address->text().isEmpty());
        QCOMPARE(field(&dialog, "hostEdit")->text(), QStringLiteral("db.example"));
        QCOMPARE(field(&dialog, "portEdit")->text(), QStringLiteral("5433"));
        QCOMPARE(field(&dialog, "databaseEdit")->text(), QStringLiteral("team"));
        QCOMPARE(field(&dialog, "userEdit")->text(), QStringLiteral("alice"));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("tlsModeCombo"))->currentData().toString(), QStringLiteral("require"));
        QVERIFY2(!address->text().contains(QStringLiteral("s3cret")), qPrintable(address->text()));
        QCOMPARE(dialog.location().password, QStringLiteral("s3cret"));
        // Same place, same name: the keyring's and Open Recent's key.
        QCOMPARE(dialog.location().displayName(), DatabaseLocation::parse(uri)->displayName());

        QVERIFY(dialog.setAddress(QStringLiteral("service=oncall")).ok());
        QCOMPARE(field(&dialog, "serviceEdit")->text(), QStringLiteral("oncall"));
        QCOMPARE(dialog.location().displayName(), QStringLiteral("service=oncall"));
        QVERIFY(dialog.location().password.isEmpty());

        // Typed wrong and Enter: said, and nothing is tried.
        TeamDatabaseDialog typed;
        typed.show();
        QLineEdit *typedAddress = field(&typed, "addressEdit");
        typedAddress->setFocus();
        QTest::keyClicks(typedAddress, QStringLiteral("host=db.example port=abc"));
        QTest::keyClick(typedAddress, Qt::Key_Return);
        QVERIFY(!typed.isBusy());
        QVERIFY2(says(typed.statusText(), QStringLiteral("“abc” is not a port number")), qPrintable(typed.statusText()));
        QVERIFY(typed.isVisible());

        auto notAServer = dialog.setAddress(QStringLiteral("/home/ana/incidents.db"));
        QVERIFY(!notAServer.ok());
        QVERIFY2(says(notAServer.error(), QStringLiteral("Open Database")), qPrintable(notAServer.error()));
    }

    void theRecentListHoldsFilesAndServersNeverAPassword()
    {
        QTemporaryDir dir;
        auto db = localFile(dir);
        recent::add(DatabaseLocation::parse(QStringLiteral("postgresql://alice:s3cret@db.example/team")).value());
        recent::add(DatabaseLocation::file(QStringLiteral("/tmp/old.db")));
        for (int i = 0; i < recent::maximumEntries + 3; ++i)
            recent::add(DatabaseLocation::file(QStringLiteral("/tmp/n%1.db").arg(i)));
        QCOMPARE(recent::entries().size(), recent::maximumEntries);
        QCOMPARE(recent::entries().first(), QStringLiteral("/tmp/n%1.db").arg(recent::maximumEntries + 2));
        recent::clear();
        recent::add(DatabaseLocation::parse(QStringLiteral("postgresql://alice:s3cret@db.example/team")).value());
        recent::add(DatabaseLocation::file(QStringLiteral("/tmp/old.db")));
        recent::add(DatabaseLocation::parse(QStringLiteral("postgresql://alice@db.example/team")).value());  // again: moves up
        QCOMPARE(recent::entries(), (QStringList{QStringLiteral("postgresql://alice@db.example/team"), QStringLiteral("/tmp/old.db")}));

        MainWindow window(db);
        QVERIFY(!allSettings().contains(QStringLiteral("s3cret")));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        QStringList texts, entries;
        QList<QImage> icons;
        for (QAction *a : menu->actions()) {
            if (a->data().isValid()) {
                texts << a->text();
                entries << a->data().toString();
                icons << a->icon().pixmap(16, 16).toImage();
            }
        }
        // The window's own file is first now; a server is marked as a team database.
        QCOMPARE(entries.first(), db->path());
        QVERIFY(entries.contains(QStringLiteral("postgresql://alice@db.example/team")));
        const qsizetype server = entries.indexOf(QStringLiteral("postgresql://alice@db.example/team"));
        QVERIFY2(says(texts[server], QStringLiteral("(team database)")), qPrintable(texts[server]));
        QVERIFY(!texts[entries.indexOf(QStringLiteral("/tmp/old.db"))].contains(QStringLiteral("team database")));
        QVERIFY(!icons[server].isNull() && !icons[0].isNull());
        QVERIFY(icons[server] != icons[entries.indexOf(QStringLiteral("/tmp/old.db"))]);
        QVERIFY(!allSettings().contains(QStringLiteral("s3cret")));

        // A file that is gone is said so and taken off the list.
        window.openRecent(QStringLiteral("/tmp/old.db"));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(!recent::entries().contains(QStringLiteral("/tmp/old.db")));
        QCOMPARE(window.database()->path(), db->path());
    }

    // The fake server asks; the dialog asks the user; what was typed reaches the server and is
    // never written down anywhere.
    void aPasswordTheServerAsksForIsAskedForAndNeverStored()
    {
        PasswordAskingServer server;
        QTemporaryDir dir;
        MainWindow window(localFile(dir));
        const QString titleBefore = window.windowTitle();
        TeamDatabaseDialog dialog(&window);
        dialog.show();
        QTest::keyClicks(field(&dialog, "hostEdit"), QStringLiteral("127.0.0.1"));
        QTest::keyClicks(field(&dialog, "portEdit"), QString::number(server.port()));
        QTest::keyClicks(field(&dialog, "databaseEdit"), QStringLiteral("team"));
        QTest::keyClicks(field(&dialog, "userEdit"), QStringLiteral("alice"));
        selectTls(dialog, "disable");
        QVERIFY(!dialog.asksForPassword());
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        // Off the GUI thread: the dialog answers at once and says it is connecting.
        QVERIFY(dialog.isBusy());
        QVERIFY(clock.elapsed() < 500);
        QVERIFY(says(dialog.statusText(), QStringLiteral("Connecting to postgresql://alice@127.0.0.1:")));
        QTRY_VERIFY(dialog.asksForPassword());
        QVERIFY2(says(dialog.statusText(), QStringLiteral("asks for a password")), qPrintable(dialog.statusText()));
        QCOMPARE(server.passwords.size(), 0);  // libpq found none and sent none

        QTest::keyClicks(field(&dialog, "passwordEdit"), QStringLiteral("s3cret-pw"));
        QTest::keyClick(field(&dialog, "passwordEdit"), Qt::Key_Return);  // Enter connects
        QTRY_COMPARE(server.passwords, QStringList{QStringLiteral("s3cret-pw")});
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY2(says(dialog.statusText(), QStringLiteral("refused the password")), qPrintable(dialog.statusText()));
        QVERIFY(dialog.asksForPassword());
        // Asking moved the focus: the fields are still what the user set.
        QCOMPARE(dialog.location().option(QStringLiteral("sslmode")), QStringLiteral("disable"));
        QCOMPARE(field(&dialog, "addressEdit")->text(), dialog.location().displayName());
        QVERIFY(dialog.isVisible());
        // Refused: not kept, not remembered, not written anywhere.
        const QString key = dialog.location().displayName();
        QVERIFY(!PasswordKeeper::instance().sessionPassword(key));
        QVERIFY(m_keyring.isEmpty());
        QVERIFY(!allSettings().contains(QStringLiteral("s3cret")));
        QVERIFY(!dialog.statusText().contains(QStringLiteral("s3cret")));
        QCOMPARE(window.windowTitle(), titleBefore);
        QVERIFY(!recent::entries().join(QLatin1Char(' ')).contains(QStringLiteral("127.0.0.1")));
        test::saveShot(window, &dialog, QStringLiteral("team-database-password"));
    }

    // A password kept in the keyring under the database's displayName() is found again and
    // tried before the user is asked.
    void theKeyringsPasswordIsFoundByTheDatabasesName()
    {
        PasswordAskingServer server;
        const QString name = QStringLiteral("postgresql://alice@127.0.0.1:%1/team?sslmode=disable").arg(server.port());
        m_keyring.insert(name, QStringLiteral("from-keyring"));
        TeamDatabaseDialog dialog;
        QVERIFY(dialog.setAddress(name).ok());
        QCOMPARE(dialog.location().displayName(), name);
        dialog.connectToServer();
        QTRY_COMPARE(server.passwords, QStringList{QStringLiteral("from-keyring")});
        QTRY_VERIFY(dialog.asksForPassword());  // refused by this server: now the user is asked
        QCOMPARE(server.connections, 2);        // once as libpq would, once with the keyring's
    }

    // Reopening a recent team database that wants a password opens the dialog asking for it.
    void reopeningARecentServerAsksForItsPassword()
    {
        PasswordAskingServer server;
        QTemporaryDir dir;
        MainWindow window(localFile(dir));
        window.show();
        const QString name = QStringLiteral("postgresql://alice@127.0.0.1:%1/team?sslmode=disable").arg(server.port());
        window.openRecent(name);
        auto *dialog = test::waitForTopLevel<TeamDatabaseDialog>(QStringLiteral("teamDatabaseDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->asksForPassword());
        QCOMPARE(dialog->location().displayName(), name);
        QVERIFY(!window.database()->isServer());
        dialog->reject();
    }

    // No keyring (no Secret Service on this bus: CTest points D-Bus at nothing): the app goes on
    // and says the password lasts for this session only.
    void withoutAKeyringAPasswordIsKeptForThisSessionOnly()
    {
        PasswordKeeper::instance().setKeyringForTests(nullptr);  // the real QtKeychain
        QObject context;
        QString note;
        bool done = false;
        QElapsedTimer clock;
        clock.start();
        PasswordKeeper::instance().keep(QStringLiteral("postgresql://alice@db.example/team"), QStringLiteral("s3cret"),
                                        true, &context, [&](const QString &n) {
                                            note = n;
                                            done = true;
                                        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        qInfo("the keyring answered in %lld ms", qint64(clock.elapsed()));
        QVERIFY2(says(note, QStringLiteral("this session only")), qPrintable(note));
        QCOMPARE(PasswordKeeper::instance().sessionPassword(QStringLiteral("postgresql://alice@db.example/team")).value_or(QString()),
                 QStringLiteral("s3cret"));
        QVERIFY(!allSettings().contains(QStringLiteral("s3cret")));
        std::optional<QString> found = QStringLiteral("unset");
        done = false;
        PasswordKeeper::instance().find(QStringLiteral("postgresql://nobody@db.example/none"), &context,
                                        [&](std::optional<QString> f) {
                                            found = f;
                                            done = true;
                                        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(!found);
    }

    void testConnectionSaysWhatTheServerHoldsAndConnectSwitches()
    {
        QTemporaryDir dir;
        MainWindow window(localFile(dir));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString location = test::newDatabaseLocation(dir, QStringLiteral("team"));
        window.connectToTeamDatabase();
        auto *shown = test::waitForTopLevel<TeamDatabaseDialog>(QStringLiteral("teamDatabaseDialog"));
        QVERIFY(shown);
        TeamDatabaseDialog &dialog = *shown;
        QVERIFY(dialog.setAddress(location).ok());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY2(says(dialog.statusText(), QStringLiteral("empty: Sitrep will set it up")), qPrintable(dialog.statusText()));
        QCOMPARE(tablesOf(location), QStringList());  // testing wrote nothing
        test::saveShot(window, &dialog, QStringLiteral("team-database-dialog"));

        QPointer<TeamDatabaseDialog> guard(shown);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!guard, 30000);  // closed (and deleted) once connected
        QVERIFY(window.database()->isServer());
        const QString name = DatabaseLocation::parse(location)->displayName();
        QCOMPARE(window.database()->path(), name);
        QVERIFY(window.windowTitle().contains(name));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusDatabase"))->text().contains(name));
        QCOMPARE(QSettings().value(QStringLiteral("database/last")).toString(), name);
        QCOMPARE(recent::entries().first(), name);
        QVERIFY(tablesOf(location).contains(QStringLiteral("meta")));

        // Again: now a Sitrep team database of this version.
        TeamDatabaseDialog again;
        again.setLocation(*DatabaseLocation::parse(location));
        again.testConnection();
        QTRY_VERIFY(!again.isBusy());
        const int latest = Migrator::forEngine(Engine::Postgres).latestVersion();
        QVERIFY2(says(again.statusText(), QStringLiteral("Sitrep team database (schema version %1)").arg(latest)),
                 qPrintable(again.statusText()));
        if (!qEnvironmentVariable("SITREP_SHOTS").isEmpty()) {
            // With something in it, as a team's database would be (declared one by one: the
            // demo generator writes SQLite's own way).
            const struct { const char *title; Severity severity; const char *service; } incidents[] = {
                {"Checkout returns 502 for EU customers", Severity::Sev1, "checkout"},
                {"Search latency p99 above 2 s", Severity::Sev2, "search"},
                {"Login emails delayed by 20 minutes", Severity::Sev3, "accounts"},
                {"Payment webhooks retried twice", Severity::Sev3, "payments"},
                {"CDN purge left stale images", Severity::Sev4, "media"},
                {"Game day: primary database failover", Severity::Sev2, "platform"},
            };
            for (const auto &i : incidents) {
                NewIncident incident;
                incident.title = QString::fromUtf8(i.title);
                incident.severity = i.severity;
                incident.service = QString::fromUtf8(i.service);
                incident.isDrill = incident.title.startsWith(QLatin1String("Game day"));
                QVERIFY(IncidentStore(*window.database()).declare(incident, QStringLiteral("ana")).ok());
            }
            QVERIFY(window.openDatabase(window.database()->path()).ok());
            QTRY_COMPARE(window.incidentsPage()->table()->model()->rowCount(), int(std::size(incidents)));
            window.statusBar()->clearMessage();
            test::saveShot(window, nullptr, QStringLiteral("team-database-connected"));
            // File ▸ Open Recent, with the team database and the file it came from.
            QMenu *file = window.menuBar()->findChildren<QMenu *>().first();
            auto *recentMenu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
            for (const auto &[theme, themeName] : {std::pair{ThemeChoice::Light, "light"}, std::pair{ThemeChoice::Dark, "dark"}}) {
                applyTheme(theme);
                file->popup(window.mapToGlobal(QPoint(0, window.menuBar()->height())));
                QTRY_VERIFY(file->isVisible());
                emit recentMenu->aboutToShow();
                recentMenu->popup(file->geometry().topRight() + QPoint(0, file->actionGeometry(recentMenu->menuAction()).top()));
                QTRY_VERIFY(recentMenu->isVisible());
                QTest::qWait(150);
                QPixmap picture = window.grab();
                QPainter painter(&picture);
                painter.drawPixmap(window.mapFromGlobal(file->geometry().topLeft()), file->grab());
                painter.drawPixmap(window.mapFromGlobal(recentMenu->geometry().topLeft()), recentMenu->grab());
                painter.end();
                picture.save(qEnvironmentVariable("SITREP_SHOTS") + QStringLiteral("/team-database-recent-%1-%2.png")
                                 .arg(QLatin1String(themeName), qEnvironmentVariable("SITREP_SHOTS_LANG", QStringLiteral("en"))));
                recentMenu->hide();
                file->hide();
            }
            applyTheme(ThemeChoice::Light);
        }
    }

    // A password pasted with the address is used and kept for the session, never stored.
    void aPastedPasswordIsUsedButNeverStored()
    {
        QTemporaryDir dir;
        const auto server = DatabaseLocation::parse(test::newDatabaseLocation(dir, QStringLiteral("pasted")));
        const QString location = QStringLiteral("host=%1 dbname=%2 user=sitrep password=pasted-s3cret").arg(server->host, server->database);
        MainWindow window(localFile(dir));
        TeamDatabaseDialog dialog;
        QVERIFY(dialog.setAddress(location).ok());
        DatabasePtr connected;
        connect(&dialog, &TeamDatabaseDialog::connected, &dialog, [&](const DatabasePtr &db, const QString &) { connected = db; });
        dialog.connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(connected, 30000);
        QVERIFY(!connected->path().contains(QStringLiteral("s3cret")));
        QCOMPARE(PasswordKeeper::instance().sessionPassword(connected->path()).value_or(QString()), QStringLiteral("pasted-s3cret"));
        QVERIFY(m_keyring.isEmpty());  // not typed into the dialog: not remembered
        QVERIFY(!allSettings().contains(QStringLiteral("s3cret")));
    }

    void aForeignDatabaseIsRefusedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        auto local = localFile(dir);
        MainWindow window(local);
        const QString location = test::newDatabaseLocation(dir, QStringLiteral("crm"));
        runOnServer(location, QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"));
        const QString settingsBefore = allSettings();

        TeamDatabaseDialog dialog(&window);
        dialog.show();
        QVERIFY(dialog.setAddress(location).ok());
        dialog.testConnection();
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY2(says(dialog.statusText(), QStringLiteral("another application")), qPrintable(dialog.statusText()));
        bool connected = false;
        connect(&dialog, &TeamDatabaseDialog::connected, &dialog, [&] { connected = true; });
        dialog.connectToServer();
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY2(says(dialog.statusText(), QStringLiteral("another application")) &&
                     says(dialog.statusText(), QStringLiteral("left unchanged")),
                 qPrintable(dialog.statusText()));
        QVERIFY(!connected);
        QVERIFY(dialog.isVisible());
        QCOMPARE(tablesOf(location), QStringList{QStringLiteral("customers")});
        QCOMPARE(window.database().get(), local.get());
        QCOMPARE(allSettings(), settingsBefore);
        test::saveShot(window, &dialog, QStringLiteral("team-database-foreign"));
    }

    void aNewerDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString location = test::newDatabaseLocation(dir, QStringLiteral("future"));
        QVERIFY(Database::open(location).ok());
        runOnServer(location, QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'"));
        TeamDatabaseDialog dialog;
        QVERIFY(dialog.setAddress(location).ok());
        dialog.testConnection();
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY2(says(dialog.statusText(), QStringLiteral("newer Sitrep (schema version 999")), qPrintable(dialog.statusText()));
        dialog.connectToServer();
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY2(says(dialog.statusText(), QStringLiteral("left unchanged")), qPrintable(dialog.statusText()));
    }

    void reopeningARecentServerReconnects()
    {
        QTemporaryDir dir;
        MainWindow window(localFile(dir));
        window.show();
        const QString location = test::newDatabaseLocation(dir, QStringLiteral("recent"));
        const QString name = DatabaseLocation::parse(location)->displayName();
        window.openRecent(name);
        QTRY_VERIFY_WITH_TIMEOUT(window.database()->isServer(), 30000);
        QCOMPARE(window.database()->path(), name);
        QVERIFY(window.windowTitle().contains(name));
        QCOMPARE(m_errors, QStringList());
    }
};

QTEST_MAIN(TestTeamDatabase)
#include "tst_teamdatabase.moc"
