#pragma once
// Intake inside the desktop app: the same server as `sitrepctl serve`, off by default, switched on
// in the Alerts menu (remembered in the settings), with its state for the status bar. And the
// notice when an alert opens an incident, whoever took the alert in (this app or a
// `sitrepctl serve` on the same file): a tray message where there is a tray, else the status bar.

#include "intake/IntakeServer.h"
#include "storage/Database.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QSystemTrayIcon;

namespace sitrep::ui {

class IntakeController : public QObject
{
    Q_OBJECT
public:
    explicit IntakeController(QObject *parent = nullptr);
    ~IntakeController() override;

    // Restarts intake on the new file when it was on.
    void setDatabase(DatabasePtr db);
    bool isEnabled() const { return m_enabled; }
    bool isListening() const;
    // Turns intake on or off and remembers it. Turning on fails with the reason (port in use,
    // non-loopback address without a token, ...), leaving it off.
    Done setEnabled(bool on);
    QString listenAddress() const;   // settings "intake/listen", default 127.0.0.1:9797
    QString tokenFile() const;       // settings "intake/tokenFile"
    void setListenAddress(const QString &address, const QString &tokenFile);
    // "Receiving on 127.0.0.1:9797 · 12 alerts · last 14:03" / "Intake off".
    QString statusText() const;
    const intake::IntakeServer *server() const { return m_server.get(); }

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

private:
    Done start();
    void stop();
    void notify(const QString &title, const QString &text, qint64 incidentId);

    DatabasePtr m_db;
    std::unique_ptr<intake::IntakeServer> m_server;
    bool m_enabled = false;
    QString m_lastError;
    qint64 m_lastSeenIncident = 0;
    qint64 m_lastNotified = 0;
    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace sitrep::ui
