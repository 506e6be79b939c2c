#pragma once
// Intake inside the desktop app: the same server as `sitrepctl serve`, off by default, switched on
// for one database at a time (remembered per database: opening another one does not start
// receiving into it), with its state for the status bar and the Alerts area. Or, for a database
// whose alerts should keep arriving while Sitrep is closed, a per-user systemd service
// (IntakeService) that the window then leaves the address to. And the notice when an alert
// opens an incident, whoever took the alert in (this app or a `sitrepctl serve` on the same
// database): a tray message where there is a tray, else the status bar.

#include "intake/IntakeServer.h"
#include "storage/Database.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QSystemTrayIcon;

namespace sitrep::ui {

class IntakeService;

class IntakeController : public QObject
{
    Q_OBJECT
public:
    // Moves the old global "intake/enabled" (before receiving was per database) to the database
    // open last, once.
    explicit IntakeController(QObject *parent = nullptr);
    ~IntakeController() override;

    // Starts receiving into the new database only when that was chosen for it, and no
    // background service receives for it.
    void setDatabase(DatabasePtr db);
    // Receiving was chosen for the open database.
    bool isEnabled() const { return m_enabled; }
    bool isListening() const;
    // Turns intake on or off for the open database and remembers it there. Turning on fails with
    // the reason (address in use, non-loopback address without a token, the background service
    // receives for it, ...), leaving it off.
    Done setEnabled(bool on);
    // The last start failed because something else listens on the address.
    bool addressInUse() const { return m_addressInUse; }
    // Why receiving could not start, until it is switched again or another database opens.
    const QString &lastError() const { return m_lastError; }
    QString listenAddress() const;   // settings "intake/listen", default 127.0.0.1:9797
    QString tokenFile() const;       // settings "intake/tokenFile"
    void setListenAddress(const QString &address, const QString &tokenFile);
    // "Receiving alerts into incidents.db on 127.0.0.1:9797 · 12 alerts · last 14:03" / "Intake off".
    QString statusText() const;
    // The open database as the status texts name it: a file's name, a server's address.
    QString databaseName() const;
    const intake::IntakeServer *server() const { return m_server.get(); }

    // The background service for the open database (installed or not).
    IntakeService *service() const { return m_service; }
    // A background service is installed for the open database: it receives, this window does not.
    bool serviceReceives() const;
    // Stops receiving here and installs and starts the service on the intake address; when that
    // fails before systemd took it, receiving here resumes as it was.
    void installService();
    void removeService();

    // What settings and service names key a database by: a file's absolute path, a server's
    // address without password.
    static QString receivingKey(const QString &location);

    // New incidents opened by alerts since the last look (called when the data changed).
    void checkForNewIncidents();

    // Tests replace the tray: the handler gets each notice instead.
    using NotificationHandler = std::function<void(const QString &title, const QString &text, qint64 incidentId)>;
    static void setNotificationHandler(NotificationHandler handler);

signals:
    void statusChanged();
    void incidentActivated(qint64 incidentId);
    // Every notice, also where there is no tray (the window shows it in its status bar).
    void notice(const QString &text, qint64 incidentId);
    // After installService()/removeService(): empty on success, else why not.
    void serviceFinished(const QString &error);

private:
    Done start();
    void stop();
    void remember(bool on);
    void notify(const QString &title, const QString &text, qint64 incidentId);
    // Why the address is taken, and what to do, when it is; else the server's own error.
    QString explainStartFailure(const QHostAddress &address, quint16 port, const QString &error);

    DatabasePtr m_db;
    std::unique_ptr<intake::IntakeServer> m_server;
    IntakeService *m_service = nullptr;
    bool m_enabled = false;
    bool m_addressInUse = false;
    bool m_resumeAfterFailedInstall = false;
    QString m_lastError;
    qint64 m_lastSeenIncident = 0;
    qint64 m_lastNotified = 0;
    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace sitrep::ui
