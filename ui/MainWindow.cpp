#include "MainWindow.h"
#include "common/ReloadOnChange.h"

#include "alerts/AlertsPage.h"
#include "alerts/IntakeBar.h"
#include "alerts/IntakeController.h"
#include "alerts/IntakeServiceDialog.h"
#include "analytics/AnalyticsPane.h"
#include "postmortems/PostmortemEditor.h"
#include "postmortems/PostmortemsPage.h"
#include "runbooks/RunbooksPage.h"
#include "common/DemoLoader.h"
#include "common/FormDialog.h"
#include "common/Session.h"
#include "common/Dialogs.h"
#include "common/Theme.h"
#include "incidents/IncidentsPage.h"
#include "settings/PasswordKeeper.h"
#include "settings/RecentDatabases.h"
#include "settings/ServerConnector.h"
#include "settings/TeamDatabaseDialog.h"
#include "storage/IncidentStore.h"
#include "storage/NewDatabaseFile.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTime>
#include <QVBoxLayout>
#include <QStatusBar>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>

namespace sitrep::ui {

MainWindow::MainWindow(DatabasePtr db, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sitrep.svg")));

    auto *central = m_sidebarSplitter = new QSplitter(Qt::Horizontal);
    central->setObjectName(QStringLiteral("centralSplitter"));
    central->setChildrenCollapsible(false);
    m_nav = new QListWidget;
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Areas"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setMinimumWidth(140);
    m_areas = new QStackedWidget;
    m_areas->setObjectName(QStringLiteral("areas"));
    central->addWidget(m_nav);
    central->addWidget(m_areas);
    central->setStretchFactor(1, 1);
    central->setSizes({150, 1130});
    // Above everything while a team database does not answer: one line, not a dialog per
    // failed read, gone when it answers again.
    m_connectionBanner = new QLabel;
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_connectionBanner->setWordWrap(true);
    m_connectionBanner->setContentsMargins(10, 6, 10, 6);
    m_connectionBanner->setAutoFillBackground(true);
    {
        // Amber with dark text reads the same in the light and the dark palette.
        QPalette warning = m_connectionBanner->palette();
        warning.setColor(QPalette::Window, QColor(0xf5, 0xc5, 0x42));
        warning.setColor(QPalette::WindowText, QColor(0x1f, 0x1f, 0x1f));
        m_connectionBanner->setPalette(warning);
    }
    m_connectionBanner->hide();
    auto *frame = new QWidget;
    auto *frameLayout = new QVBoxLayout(frame);
    frameLayout->setContentsMargins(0, 0, 0, 0);
    frameLayout->setSpacing(0);
    frameLayout->addWidget(m_connectionBanner);
    frameLayout->addWidget(central, 1);
    setCentralWidget(frame);

    const struct { const char *icon; QString name; } areas[] = {
        {"incidents", tr("Incidents")}, {"alerts", tr("Alerts")}, {"runbooks", tr("Runbooks")},
        {"postmortems", tr("Postmortems")}, {"analytics", tr("Analytics")}};
    for (const auto &a : areas)
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/ui/%1.svg").arg(QLatin1String(a.icon))),
                            a.name, m_nav);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        // Leaving the runbook editor with unsaved edits asks first; Cancel stays.
        if (m_runbooks && m_areas->currentWidget() == m_runbooks && row != RunbooksArea && !m_runbooks->maybeLeave()) {
            const QSignalBlocker block(m_nav);
            m_nav->setCurrentRow(RunbooksArea);
            return;
        }
        m_areas->setCurrentIndex(row);
    });

    m_statusDb = new QLabel;
    m_statusDb->setObjectName(QStringLiteral("statusDatabase"));
    m_statusCount = new QLabel;
    m_statusCount->setObjectName(QStringLiteral("statusCount"));
    statusBar()->addWidget(m_statusDb, 1);
    m_statusIntake = new QLabel;
    m_statusIntake->setObjectName(QStringLiteral("statusIntake"));
    statusBar()->addPermanentWidget(m_statusIntake);
    statusBar()->addPermanentWidget(m_statusCount);

    m_undoGroup = new QUndoGroup(this);
    m_intake = new IntakeController(this);
    connect(m_intake, &IntakeController::statusChanged, this, [this] {
        m_statusIntake->setText(m_intake->statusText());
        if (m_intakeAction) {
            const QSignalBlocker block(m_intakeAction);
            m_intakeAction->setChecked(m_intake->isListening());
            // While the background service receives for this database, it holds the address.
            m_intakeAction->setEnabled(!m_intake->serviceReceives());
        }
    });
    connect(m_intake, &IntakeController::notice, this, [this](const QString &text) {
        statusBar()->showMessage(text, 15000);
        QApplication::alert(this);
    });
    connect(m_intake, &IntakeController::incidentActivated, this, [this](qint64 id) {
        showNormal();
        raise();
        activateWindow();
        openIncidentById(id);
    });
    buildMenus();
    setDatabase(std::move(db));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    central->restoreState(settings.value(QStringLiteral("window/sidebar")).toByteArray());
    m_nav->setCurrentRow(settings.value(QStringLiteral("window/area"), 0).toInt());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildAreas()
{
    while (m_areas->count() > 0) {
        QWidget *w = m_areas->widget(0);
        m_areas->removeWidget(w);
        w->deleteLater();
    }
    m_incidents = new IncidentsPage(*m_session);
    connect(m_incidents, &IncidentsPage::demoRequested, this, [this] { loadDemoData(); });
    connect(m_incidents, &IncidentsPage::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_incidents, &IncidentsPage::incidentCountChanged, this, &MainWindow::updateStatus);
    m_areas->addWidget(m_incidents);
    m_alerts = new AlertsPage(*m_session);
    connect(m_alerts, &AlertsPage::openIncidentRequested, this, &MainWindow::openIncidentById);
    connect(m_alerts, &AlertsPage::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    m_alerts->setIntakeBar(new IntakeBar(m_intake, m_intakeAction, m_intakeServiceAction));
    m_areas->addWidget(m_alerts);
    m_runbooks = new RunbooksPage(*m_session);
    connect(m_runbooks, &RunbooksPage::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    m_areas->addWidget(m_runbooks);
    m_postmortems = new PostmortemsPage(*m_session);
    connect(m_postmortems, &PostmortemsPage::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    m_areas->addWidget(m_postmortems);
    connect(m_session, &Session::openPostmortemRequested, this, [this](qint64 id) {
        showArea(PostmortemsArea);
        m_postmortems->openPostmortem(id);
    });
    connect(m_session, &Session::openIncidentRequested, this, &MainWindow::openIncidentById);
    m_analytics = new AnalyticsPane(m_db);
    reloadOnChange(*m_session, m_analytics, [](const ChangeSet &c) {
        return c.touches(QStringLiteral("incidents")) || c.touches(QStringLiteral("services"));
    }, [pane = m_analytics] { pane->dataChanged(); });
    connect(m_analytics, &AnalyticsPane::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    // Scrolls rather than forcing a small window wider.
    auto *analyticsScroll = new QScrollArea;
    analyticsScroll->setWidgetResizable(true);
    analyticsScroll->setFrameShape(QFrame::NoFrame);
    analyticsScroll->setWidget(m_analytics);
    m_areas->addWidget(analyticsScroll);
    m_areas->setCurrentIndex(std::max(0, m_nav->currentRow()));
    QSettings settings;
    m_incidents->restoreState(settings.value(QStringLiteral("window/incidentsSplitter")).toByteArray());
    updateStatus(m_incidents->table()->model()->rowCount());
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New Database…"), this, [this] { chooseDatabase(true); });
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    create->setObjectName(QStringLiteral("newDatabaseAction"));
    QAction *open = file->addAction(tr("&Open Database…"), this, [this] { chooseDatabase(false); });
    open->setShortcut(QKeySequence::Open);
    QAction *team = file->addAction(QIcon(QStringLiteral(":/icons/ui/database-server.svg")),
                                    tr("Connect to &Team Database…"), this, &MainWindow::connectToTeamDatabase);
    team->setObjectName(QStringLiteral("connectTeamDatabaseAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this);
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find Incidents"), this, [this] {
        showArea(IncidentsArea);
        m_incidents->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    edit->addAction(tr("Your &Name…"), this, &MainWindow::askUserName);

    QMenu *incident = menuBar()->addMenu(tr("&Incident"));
    QAction *declare = incident->addAction(tr("&Declare Incident…"), this, [this] {
        showArea(IncidentsArea);
        m_incidents->declareIncident();
    });
    declare->setObjectName(QStringLiteral("declareAction"));
    declare->setShortcut(QKeySequence::New);

    QMenu *alerts = menuBar()->addMenu(tr("&Alerts"));
    m_intakeAction = alerts->addAction(tr("&Receive Alerts over HTTP"));
    m_intakeAction->setObjectName(QStringLiteral("intakeToggle"));
    m_intakeAction->setCheckable(true);
    m_intakeAction->setToolTip(tr("Run webhook intake in this app, as sitrepctl serve does"));
    connect(m_intakeAction, &QAction::toggled, this, &MainWindow::toggleIntake);
    alerts->addAction(tr("Intake &Address…"), this, &MainWindow::editIntakeSettings);
    m_intakeServiceAction = alerts->addAction(tr("&Keep Receiving When Sitrep Is Closed…"), this,
                                              [this] { IntakeServiceDialog::showFor(m_intake, this); });
    m_intakeServiceAction->setObjectName(QStringLiteral("intakeServiceAction"));
    alerts->addSeparator();
    QAction *rules = alerts->addAction(tr("Intake R&ules…"), this, [this] {
        showArea(AlertsArea);
        m_alerts->editRules();
    });
    rules->setObjectName(QStringLiteral("intakeRulesMenuAction"));
    QAction *fromAlerts = alerts->addAction(tr("New &Incident from Selected Alerts…"), this, [this] {
        showArea(AlertsArea);
        m_alerts->openIncidentFromSelection();
    });
    fromAlerts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QString areaNames[] = {tr("&Incidents"), tr("&Alerts"), tr("&Runbooks"),
                                 tr("&Postmortems"), tr("A&nalytics")};
    for (int i = 0; i < AreaCount; ++i) {
        QAction *a = view->addAction(areaNames[i], this, [this, i] { showArea(Area(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *present = view->addAction(tr("&Presentation Mode"));
    present->setObjectName(QStringLiteral("presentationAction"));
    present->setCheckable(true);
    present->setShortcut(QKeySequence::FullScreen);
    connect(present, &QAction::toggled, this, &MainWindow::setPresentation);
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    const ThemeChoice current = themeFromKey(QSettings().value(QStringLiteral("ui/theme")).toString());
    const std::pair<ThemeChoice, QString> themes[] = {{ThemeChoice::System, tr("Follow &System")},
                                                      {ThemeChoice::Light, tr("&Light")},
                                                      {ThemeChoice::Dark, tr("&Dark")}};
    for (const auto &[choice, name] : themes) {
        QAction *a = theme->addAction(name);
        a->setCheckable(true);
        a->setChecked(choice == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [choice] {
            QSettings().setValue(QStringLiteral("ui/theme"), themeKey(choice));
            applyTheme(choice);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Sitrep"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

MainWindow::Area MainWindow::currentArea() const { return Area(m_areas->currentIndex()); }

void MainWindow::showArea(Area area) { m_nav->setCurrentRow(int(area)); }

void MainWindow::setDatabase(DatabasePtr db)
{
    m_db = std::move(db);
    // A new file starts a new history: undoing across files would edit the wrong one.
    Session *old = m_session;
    m_session = new Session(m_db, this);
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    connect(m_session, &Session::editFailed, this, [this](const QString &m) {
        dialogs::showError(this, tr("Not changed"), m);
    });
    m_connectionBanner->hide();
    connect(m_session, &Session::connectionLost, this, [this](const QString &error) {
        m_connectionBanner->setText(tr("The team database %1 does not answer (since %2). Sitrep reconnects by itself and "
                                       "reloads what it shows when it is back.")
                                        .arg(m_db->path(), QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        m_connectionBanner->setToolTip(error);
        m_connectionBanner->show();
    });
    connect(m_session, &Session::connectionRestored, this, [this] {
        m_connectionBanner->hide();
        statusBar()->showMessage(tr("Connected to %1 again.").arg(m_db->path()), 8000);
    });
    // path() is displayName(): a server's address without its password.
    QSettings().setValue(QStringLiteral("database/last"), m_db->path());
    recent::add(m_db->location());
    rebuildRecentMenu();
    if (m_db->isServer()) {
        setWindowFilePath(QString());
        setWindowTitle(tr("%1 — Sitrep").arg(m_db->path()));
        m_statusDb->setText(tr("Team database: %1").arg(m_db->path()));
    } else {
        setWindowFilePath(m_db->path());
        setWindowTitle(tr("%1 — Sitrep").arg(QFileInfo(m_db->path()).fileName()));
        m_statusDb->setText(QDir::toNativeSeparators(m_db->path()));
    }
    m_statusDb->setToolTip(m_db->path());
    buildAreas();
    m_intake->setDatabase(m_db);
    // Not only when shown: a new incident is announced wherever the user is.
    connect(m_session, &Session::dataChanged, m_intake, [intake = m_intake](const ChangeSet &c) {
        if (c.incidentsAddedOrRemoved || c.everything)
            intake->checkForNewIncidents();
    });
    if (old) {
        for (auto *w : findChildren<QWidget *>(QStringLiteral("incidentWindow"), Qt::FindDirectChildrenOnly))
            w->close();
        old->deleteLater();
    }
}

Done MainWindow::openDatabase(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return fail(db.error());
    setDatabase(db.value());
    return {};
}

bool MainWindow::maybeLeaveEditors()
{
    return !((m_runbooks && !m_runbooks->maybeLeave()) || (m_postmortems && !m_postmortems->editor()->maybeLeave()));
}

void MainWindow::connectToTeamDatabase()
{
    if (auto *open = findChild<TeamDatabaseDialog *>(QStringLiteral("teamDatabaseDialog"))) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new TeamDatabaseDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_db->isServer())
        dialog->setLocation(m_db->location());
    connect(dialog, &TeamDatabaseDialog::connected, this, [this](const DatabasePtr &db, const QString &note) {
        if (!maybeLeaveEditors())
            return;
        setDatabase(db);
        statusBar()->showMessage(note.isEmpty() ? tr("Connected to %1.").arg(db->path()) : note, 15000);
    });
    dialog->open();
}

void MainWindow::openRecent(const QString &entry)
{
    auto location = DatabaseLocation::parse(entry);
    if (!location) {
        recent::remove(entry);
        dialogs::showError(this, tr("Cannot open the database"), location.error());
        return;
    }
    if (!maybeLeaveEditors())
        return;
    if (!location->isServer()) {
        if (!QFileInfo::exists(location->path)) {
            recent::remove(entry);
            dialogs::showError(this, tr("Cannot open the database"),
                               tr("%1 is not there any more; it was taken off the recent list.")
                                   .arg(QDir::toNativeSeparators(location->path)));
            return;
        }
        if (auto done = openDatabase(location->path); !done)
            dialogs::showError(this, tr("Cannot open the database"), done.error());
        return;
    }
    if (!m_reconnector) {
        m_reconnector = new ServerConnector(this);
        connect(m_reconnector, &ServerConnector::opened, this, [this](const DatabasePtr &db, const DatabaseLocation &used) {
            if (!used.password.isEmpty())
                PasswordKeeper::instance().keep(used.displayName(), used.password, false, this);
            setDatabase(db);
            statusBar()->showMessage(tr("Connected to %1.").arg(db->path()), 8000);
        });
        connect(m_reconnector, &ServerConnector::failed, this, [this](const QString &message) {
            statusBar()->clearMessage();
            dialogs::showError(this, tr("Cannot connect to the team database"), message);
        });
        connect(m_reconnector, &ServerConnector::passwordNeeded, this, [this](const QString &message) {
            statusBar()->clearMessage();
            connectToTeamDatabase();
            if (auto *dialog = findChild<TeamDatabaseDialog *>(QStringLiteral("teamDatabaseDialog"))) {
                dialog->setLocation(m_pendingLocation);
                dialog->requestPassword(message);
            }
        });
    }
    m_pendingLocation = *location;
    statusBar()->showMessage(tr("Connecting to %1…").arg(location->displayName()));
    m_reconnector->start(ServerConnector::Goal::Open, *location);
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList entries = recent::entries();
    int number = 0;
    for (const QString &entry : entries) {
        const auto location = DatabaseLocation::parse(entry);
        const bool server = location && location->isServer();
        QString shown = server ? tr("%1 (team database)").arg(entry) : QDir::toNativeSeparators(entry);
        shown.replace(QLatin1Char('&'), QLatin1String("&&"));
        ++number;
        const QString text = number < 10 ? QStringLiteral("&%1  %2").arg(number).arg(shown) : shown;
        QAction *a = m_recentMenu->addAction(
            QIcon(server ? QStringLiteral(":/icons/ui/database-server.svg") : QStringLiteral(":/icons/ui/database-file.svg")),
            text, this, [this, entry] { openRecent(entry); });
        a->setData(entry);
        a->setToolTip(entry);
        if (m_db && entry == m_db->path())
            a->setEnabled(false);  // the one open now
    }
    if (entries.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear Recent"), this, [this] {
        recent::clear();
        rebuildRecentMenu();
    });
}

void MainWindow::chooseDatabase(bool create)
{
    if (!maybeLeaveEditors())
        return;
    const QString dir = m_db->isServer() ? QFileInfo(Database::defaultPath()).absolutePath()
                                         : QFileInfo(m_db->path()).absolutePath();
    const QString filter = tr("Sitrep databases (*.db *.sqlite);;All files (*)");
    if (!create) {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), dir, filter);
        if (path.isEmpty())
            return;
        if (auto done = openDatabase(path); !done)
            dialogs::showError(this, tr("Cannot open the database"), done.error());
        return;
    }
    // A new database never replaces anything: an existing name is refused and asked again, with
    // a free name offered (the open database, too, is an existing file).
    QString suggestion = freeDatabaseName(dir + QStringLiteral("/incidents.db"));
    for (;;) {
        const auto path = dialogs::askNewFileName(this, tr("New Database"), suggestion, filter);
        if (!path)
            return;
        if (auto claimed = claimNewDatabaseFile(*path); !claimed) {
            dialogs::showError(this, tr("Cannot create the database"), claimed.error());
            suggestion = freeDatabaseName(*path);
            continue;
        }
        if (auto done = openDatabase(*path); !done) {
            // Only what this created: the empty file (and SQLite's companions, none before).
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(*path + QLatin1String(suffix));
            dialogs::showError(this, tr("Cannot open the database"), done.error());
        }
        return;
    }
}

void MainWindow::loadDemoData(qint64 incidents)
{
    if (m_demo)
        return;
    auto *progress = new QProgressDialog(tr("Writing the demo data set…"), tr("Cancel"), 0, 100, this);
    progress->setObjectName(QStringLiteral("demoProgress"));
    progress->setWindowTitle(tr("Demo data"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_demo = new DemoLoader(m_db, incidents, this);
    connect(m_demo, &DemoLoader::progress, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, m_demo, &DemoLoader::cancel);
    connect(m_demo, &DemoLoader::finished, this, [this, progress](bool ok, const QString &message) {
        progress->deleteLater();
        m_demo->deleteLater();
        m_demo = nullptr;
        if (ok) {
            m_incidents->reload();
            statusBar()->showMessage(tr("Demo data loaded."), 5000);
        } else {
            statusBar()->showMessage(message, 8000);
        }
        emit demoLoaded(ok);
    });
    m_demo->start();
}

void MainWindow::updateStatus(qint64 incidents)
{
    m_statusCount->setText(tr("%n incident(s)", nullptr, int(std::min<qint64>(incidents, INT_MAX))));
}

void MainWindow::openIncidentById(qint64 incidentId)
{
    if (incidentId <= 0)
        return;
    showArea(IncidentsArea);
    m_incidents->selectIncident(incidentId);
}

void MainWindow::toggleIntake(bool on)
{
    auto done = m_intake->setEnabled(on);
    if (done)
        return;
    // Another receiver holds the address: say so, and offer another address.
    if (m_intake->addressInUse()) {
        if (dialogs::askConfirm(this, tr("Cannot receive alerts"), done.error(), tr("Choose Another &Address…")))
            editIntakeSettings();
        return;
    }
    dialogs::showError(this, tr("Cannot receive alerts"), done.error());
}

void MainWindow::editIntakeSettings()
{
    auto *dialog = new FormDialog(tr("Intake Address"), this);
    dialog->setObjectName(QStringLiteral("intakeAddressDialog"));
    auto *address = new QLineEdit(m_intake->listenAddress());
    address->setObjectName(QStringLiteral("listenAddress"));
    address->setAccessibleName(tr("Listen address"));
    auto *token = new QLineEdit(m_intake->tokenFile());
    token->setObjectName(QStringLiteral("tokenFile"));
    token->setAccessibleName(tr("Token file"));
    token->setPlaceholderText(tr("needed to listen beyond this machine"));
    dialog->form()->addRow(tr("&Listen on:"), address);
    dialog->form()->addRow(tr("&Token file:"), token);
    dialog->form()->addRow(QString(), new QLabel(tr("Senders then post to http://ADDRESS/api/v1/alertmanager, /api/v1/grafana,\n"
                                                    "/v2/enqueue (PagerDuty Events v2), /api/v1/datadog or /api/v1/alerts.")));
    dialog->setCommit([this, address, token]() -> Done {
        if (auto parsed = intake::parseListenAddress(address->text().trimmed()); !parsed)
            return fail(parsed.error());
        m_intake->setListenAddress(address->text().trimmed(), token->text().trimmed());
        return {};
    });
    dialog->open();
}

bool MainWindow::showIncident(const QString &publicId)
{
    const auto number = Incident::numberFromPublicId(publicId.trimmed());
    if (!number)
        return false;
    auto incident = IncidentStore(*m_db).byNumber(*number);
    if (!incident || !incident->has_value())
        return false;
    showArea(IncidentsArea);
    m_incidents->selectIncident((*incident)->id);
    return true;
}

void MainWindow::setPresentation(bool on)
{
    // For reliability reviews on a projector: full screen, no sidebar, large type.
    m_nav->setVisible(!on);
    statusBar()->setVisible(!on);
    m_analytics->setPresentation(on);
    if (on) {
        m_wasMaximized = isMaximized();
        showArea(AnalyticsArea);
        showFullScreen();
    } else {
        m_wasMaximized ? showMaximized() : showNormal();
    }
}

void MainWindow::askUserName()
{
    const auto name = dialogs::askText(this, tr("Your Name"),
                                       tr("The name written on timelines when you act:"), Session::userName());
    if (name && !name->trimmed().isEmpty())
        Session::setUserName(*name);
}

void MainWindow::showAbout()
{
    dialogs::showAbout(this, tr("About Sitrep"),
                       tr("<h3>Sitrep %1</h3><p>Incident response and blameless postmortems, "
                          "local-first.</p><p>Database: %2</p>")
                           .arg(QApplication::applicationVersion(), m_db->path().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeLeaveEditors()) {
        event->ignore();
        return;
    }
    // Alerts this window receives stop with it: senders then get no answer until it is back.
    if (m_intake->isListening() &&
        !dialogs::askConfirm(this, tr("Quit Sitrep"),
                             tr("This window receives alerts on %1. Once it is closed, senders get no answer and "
                                "their alerts wait until Sitrep runs again (or `sitrepctl serve` receives them).")
                                 .arg(m_intake->listenAddress()),
                             tr("&Quit and Stop Receiving"))) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/area"), m_nav->currentRow());
    settings.setValue(QStringLiteral("window/sidebar"), m_sidebarSplitter->saveState());
    settings.setValue(QStringLiteral("window/incidentsSplitter"), m_incidents->saveState());
    if (m_demo)
        m_demo->cancel();
    event->accept();
}

} // namespace sitrep::ui
