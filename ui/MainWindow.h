#pragma once
// The Sitrep window: a navigation sidebar over the product's areas. Thin: each area is its own
// widget; this class wires menus, settings and the database.

#include "storage/Database.h"
#include "util/Result.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QAction;
class QActionGroup;
class QMenu;
class QUndoGroup;

namespace sitrep::ui {

class AlertsPage;
class AnalyticsPane;
class IncidentsPage;
class IntakeController;
class RunbooksPage;
class PostmortemsPage;
class DemoLoader;
class Session;
class ServerConnector;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Area { IncidentsArea, AlertsArea, RunbooksArea, PostmortemsArea, AnalyticsArea, AreaCount };

    explicit MainWindow(DatabasePtr db, QWidget *parent = nullptr);
    ~MainWindow() override;

    IncidentsPage *incidentsPage() const { return m_incidents; }
    AnalyticsPane *analyticsPane() const { return m_analytics; }
    AlertsPage *alertsPage() const { return m_alerts; }
    RunbooksPage *runbooksPage() const { return m_runbooks; }
    PostmortemsPage *postmortemsPage() const { return m_postmortems; }
    IntakeController *intake() const { return m_intake; }
    // Full screen analytics with large type, for meetings (F11).
    void setPresentation(bool on);
    Area currentArea() const;
    void showArea(Area area);
    const DatabasePtr &database() const { return m_db; }
    Session *session() const { return m_session; }
    // Shows an incident by its public id ("INC-1042"); false when there is none.
    bool showIncident(const QString &publicId);
    // Switches to another database (a file, or a server as `--db` names it), waiting for it;
    // on failure the current one stays open.
    Done openDatabase(const QString &path);
    // File ▸ Open Recent: a file opens at once; a team database is reached off the GUI thread
    // with the password kept for it, and the Connect dialog asks for one the server wants.
    void openRecent(const QString &entry);
    // File ▸ Connect to Team Database…
    void connectToTeamDatabase();
    // Fills the (empty) database with demo data on a worker thread, with a progress dialog.
    void loadDemoData(qint64 incidents = 2000);

signals:
    void demoLoaded(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildAreas();
    void setDatabase(DatabasePtr db);
    void chooseDatabase(bool create);
    // False when an editor with unsaved edits wants to stay (the user chose Cancel).
    bool maybeLeaveEditors();
    void rebuildRecentMenu();
    void updateStatus(qint64 incidents);
    void showAbout();
    void askUserName();
    void toggleIntake(bool on);
    void editIntakeSettings();
    void openIncidentById(qint64 incidentId);

    DatabasePtr m_db;
    Session *m_session = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_areas = nullptr;
    QSplitter *m_sidebarSplitter = nullptr;   // the sidebar beside the areas
    IncidentsPage *m_incidents = nullptr;
    AnalyticsPane *m_analytics = nullptr;
    AlertsPage *m_alerts = nullptr;
    RunbooksPage *m_runbooks = nullptr;
    PostmortemsPage *m_postmortems = nullptr;
    IntakeController *m_intake = nullptr;
    QAction *m_intakeAction = nullptr;
    QAction *m_intakeServiceAction = nullptr;   // Keep Receiving When Sitrep Is Closed…
    QLabel *m_statusIntake = nullptr;
    bool m_wasMaximized = false;
    QLabel *m_statusDb = nullptr;
    QLabel *m_connectionBanner = nullptr;   // a team database that does not answer
    QLabel *m_statusCount = nullptr;
    DemoLoader *m_demo = nullptr;
    QMenu *m_recentMenu = nullptr;
    ServerConnector *m_reconnector = nullptr;
    DatabaseLocation m_pendingLocation;  // the recent team database being reached
};

} // namespace sitrep::ui
