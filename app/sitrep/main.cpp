// sitrep: the desktop app.
#include "MainWindow.h"
#include "common/Dialogs.h"
#include "common/Theme.h"
#include "common/Translations.h"
#include "settings/PasswordKeeper.h"
#include "settings/ServerConnector.h"
#include "settings/TeamDatabaseDialog.h"
#include "storage/Database.h"
#include "util/AppIdentity.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

using sitrep::DatabaseLocation;
using sitrep::DatabasePtr;
using sitrep::Result;

struct Choice
{
    QString location;
    bool given = false;  // on the command line (not the one used last time)
};

// --db, else the database used last time (a team database, or a file that still exists), else
// the default location. "database/last" holds displayName(): never a password.
Choice chooseDatabase(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("db")))
        return {parser.value(QStringLiteral("db")), true};
    if (!parser.positionalArguments().isEmpty())  // the .desktop file passes it this way
        return {parser.positionalArguments().constFirst(), true};
    const QString last = QSettings().value(QStringLiteral("database/last")).toString();
    const auto parsed = DatabaseLocation::parse(last);
    if (!last.isEmpty() && parsed && (parsed->isServer() || QFileInfo::exists(last)))
        return {last, false};
    return {sitrep::Database::defaultPath(), false};
}

// A team database, before the window: the password libpq finds, or the one in the keyring, or
// the Connect dialog asks for it. Fails when the server cannot be used or the user cancels.
Result<DatabasePtr> connectToServer(const DatabaseLocation &location)
{
    sitrep::ui::ServerConnector connector;
    QEventLoop loop;
    std::optional<Result<DatabasePtr>> outcome;
    QString passwordMessage;
    QObject::connect(&connector, &sitrep::ui::ServerConnector::opened, &loop,
                     [&](const DatabasePtr &db, const DatabaseLocation &used) {
                         if (!used.password.isEmpty())
                             sitrep::ui::PasswordKeeper::instance().keep(used.displayName(), used.password, false, nullptr);
                         outcome = db;
                         loop.quit();
                     });
    QObject::connect(&connector, &sitrep::ui::ServerConnector::failed, &loop, [&](const QString &message) {
        outcome = sitrep::fail(message);
        loop.quit();
    });
    QObject::connect(&connector, &sitrep::ui::ServerConnector::passwordNeeded, &loop, [&](const QString &message) {
        passwordMessage = message;
        loop.quit();
    });
    connector.start(sitrep::ui::ServerConnector::Goal::Open, location);
    loop.exec();
    if (outcome)
        return *outcome;

    sitrep::ui::TeamDatabaseDialog dialog;
    dialog.setLocation(location);
    dialog.requestPassword(passwordMessage);
    DatabasePtr connected;
    QObject::connect(&dialog, &sitrep::ui::TeamDatabaseDialog::connected, &dialog,
                     [&](const DatabasePtr &db, const QString &) { connected = db; });
    if (dialog.exec() != QDialog::Accepted || !connected)
        return sitrep::fail(QApplication::translate("main", "Not connected to %1: no password was given.")
                                .arg(location.displayName()));
    return connected;
}

Result<DatabasePtr> openAtStart(const QString &text)
{
    auto location = DatabaseLocation::parse(text);
    if (!location)
        return sitrep::fail(location.error());
    if (location->isServer())
        return connectToServer(*location);
    return sitrep::Database::open(*location);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    sitrep::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Sitrep"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.sitrep.Sitrep"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sitrep.svg")));
    sitrep::ui::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Incident response and blameless postmortems."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QApplication::translate("main", "Open this database: a file, or a team database on a "
                                                      "PostgreSQL server (postgresql://user@host/database or "
                                                      "service=name)."),
                      QApplication::translate("main", "path")});
    parser.addOption({QStringLiteral("theme"),
                      QApplication::translate("main", "Colour theme: system, light or dark."),
                      QApplication::translate("main", "theme")});
    parser.addOption({QStringLiteral("incident"),
                      QApplication::translate("main", "Show this incident, e.g. INC-1042."),
                      QApplication::translate("main", "id")});
    parser.addOption({QStringLiteral("screenshot"),
                      QApplication::translate("main", "Save a picture of the window to this PNG and quit."),
                      QApplication::translate("main", "file")});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A database file to open (as from a file manager)."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    const QString themeKey = parser.isSet(QStringLiteral("theme"))
                                 ? parser.value(QStringLiteral("theme"))
                                 : QSettings().value(QStringLiteral("ui/theme")).toString();
    sitrep::ui::applyTheme(sitrep::ui::themeFromKey(themeKey));

    const Choice choice = chooseDatabase(parser);
    auto db = openAtStart(choice.location);
    QString fallbackNote;
    const auto chosen = DatabaseLocation::parse(choice.location);
    if (!db && !choice.given && chosen && chosen->isServer()) {
        // The team database used last time is out of reach (an outage, a laptop offline): open
        // the local file rather than no window at all, and say so.
        // (Why is in the log: core logs the connection's error.)
        fallbackNote = QApplication::translate("main", "The team database could not be reached, so the local "
                                                       "database is open. File ▸ Open Recent reconnects.");
        db = sitrep::Database::open(sitrep::Database::defaultPath());
    }
    if (!db) {
        // On stderr too, for scripts; --screenshot runs unattended, so no box waits there.
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        if (!parser.isSet(QStringLiteral("screenshot")))
            sitrep::ui::dialogs::showError(nullptr, QApplication::translate("main", "Cannot open the database"),
                                           db.error());
        return 1;
    }

    sitrep::ui::MainWindow window(db.value());
    window.show();
    if (!fallbackNote.isEmpty()) {
        window.statusBar()->showMessage(fallbackNote, 30000);
        // Next time, the team database is tried first again.
        QSettings().setValue(QStringLiteral("database/last"), choice.location);
    }
    if (parser.isSet(QStringLiteral("incident"))) {
        const QString wanted = parser.value(QStringLiteral("incident"));
        if (!window.showIncident(wanted))
            window.statusBar()->showMessage(QApplication::translate("main", "No incident %1 in this database.").arg(wanted), 10000);
    }

    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        // After the first paints have settled.
        QTimer::singleShot(600, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
