// sitrep: the desktop app.
#include "MainWindow.h"
#include "common/Dialogs.h"
#include "common/Theme.h"
#include "common/Translations.h"
#include "storage/Database.h"
#include "util/AppIdentity.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace {

// --db, else the database used last time (if it still exists), else the default location.
QString chooseDatabase(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    if (!parser.positionalArguments().isEmpty())  // the .desktop file passes it this way
        return parser.positionalArguments().constFirst();
    const QString last = QSettings().value(QStringLiteral("database/last")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return sitrep::Database::defaultPath();
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
    parser.addOption({QStringLiteral("db"), QApplication::translate("main", "Open this database file."),
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

    const QString path = chooseDatabase(parser);
    auto db = sitrep::Database::open(path);
    if (!db) {
        sitrep::ui::dialogs::showError(nullptr, QApplication::translate("main", "Cannot open the database"),
                                       db.error());
        return 1;
    }

    sitrep::ui::MainWindow window(db.value());
    window.show();
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
