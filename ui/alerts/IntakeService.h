#pragma once
// Receiving alerts while Sitrep is closed: a systemd service of the user's own account that runs
// `sitrepctl serve` for one database. This writes its unit file
// (GenericConfigLocation/systemd/user/sitrep-serve-<id>.service, so XDG_CONFIG_HOME is honoured)
// and runs `systemctl --user` through QProcess, one command after another, never waiting on the
// GUI thread. No widgets: tests drive it with a fake `systemctl` first on PATH.

#include "util/Result.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace sitrep::ui {

// What the service runs: the same three things the in-app receiver uses.
struct IntakeServiceSettings
{
    QString database;    // as --db takes it: an absolute file path, or a server without password
    QString listen;      // HOST:PORT
    QString tokenFile;   // empty: no token (loopback only)
};

class IntakeService : public QObject
{
    Q_OBJECT
public:
    // NotInstalled: no unit file. Unknown: a unit file, its state not asked yet.
    enum class State { NotInstalled, Unknown, Active, Activating, Inactive, Failed };

    // `database`: the location as IntakeController keys it (see receivingKey()).
    explicit IntakeService(const QString &database, QObject *parent = nullptr);
    ~IntakeService() override;

    // "sitrep-serve-<16 hex digits of the location's SHA-1>.service": one unit per database.
    static QString unitName(const QString &database);
    static QString unitDirectory();
    QString unitName() const { return unitName(m_database); }
    QString unitPath() const;
    const QString &database() const { return m_database; }

    bool isInstalled() const;
    // The address the installed unit listens on (from its file); empty when not installed.
    QString installedListenAddress() const;

    // Every unit this app wrote (for any database): which one holds an address.
    struct Installed
    {
        QString unit;
        QString database;
        QString listen;
    };
    static QList<Installed> installedUnits();

    // The sitrepctl beside the running program (`beside`, default applicationDirPath()), else the
    // one on PATH; empty when there is none.
    static QString findSitrepctl(const QString &beside = QString());
    // The unit file. Refuses a location that carries a password, an address that is not
    // HOST:PORT, and one beyond this machine without a token file. Paths libpq reads
    // (PGSERVICEFILE, PGPASSFILE, PGSYSCONFDIR) are passed on from `environment`; a password
    // never is.
    static Result<QString> unitText(const IntakeServiceSettings &settings, const QString &sitrepctl,
                                    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    State state() const { return m_state; }
    // "running", "failed", … for the dialog and the status bar.
    QString stateText() const;
    bool isBusy() const { return m_busy; }

    // Writes the unit, then `daemon-reload`, `enable --now`, `is-active`; finished() says how it
    // went. When systemd never took the unit (no systemctl, no user manager), the file is
    // removed again.
    void install(const IntakeServiceSettings &settings);
    // `disable --now`, removes the file, `daemon-reload`, `reset-failed`; then finished().
    void remove();
    // Asks `is-active`; stateChanged() when it answered.
    void refreshState();

    // How long one systemctl command may take before it is given up.
    static constexpr int commandTimeoutMs = 30000;

signals:
    void stateChanged();
    // After install() or remove(): empty on success, else what went wrong, with systemctl's
    // own words.
    void finished(const QString &error);
    void busyChanged(bool busy);

private:
    struct Outcome
    {
        bool ok = false;
        QString output;   // stdout, trimmed
        QString error;    // a sentence with systemctl's stderr, when !ok
    };
    void run(const QStringList &arguments, std::function<void(const Outcome &)> then);
    void setBusy(bool busy);
    void setState(State state);
    void done(const QString &error);

    QString m_database;
    State m_state = State::NotInstalled;
    bool m_busy = false;
    bool m_checking = false;
};

} // namespace sitrep::ui
