#include "settings/ServerConnector.h"

#include "settings/PasswordKeeper.h"
#include "storage/Migrator.h"
#include "storage/ServerInspection.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <optional>

namespace sitrep::ui {

bool asksForPassword(const QString &error)
{
    return error.contains(QLatin1String("no password supplied"), Qt::CaseInsensitive) ||
           error.contains(QLatin1String("password authentication failed"), Qt::CaseInsensitive) ||
           error.contains(QLatin1String("Passwort-Authentifizierung"), Qt::CaseInsensitive);
}

struct ServerConnector::Outcome
{
    std::optional<Result<ServerInspection>> inspection;
    std::optional<Result<DatabasePtr>> database;

    QString error() const
    {
        if (inspection && !*inspection)
            return inspection->error();
        if (database && !*database)
            return database->error();
        return {};
    }
};

ServerConnector::ServerConnector(QObject *parent) : QObject(parent) {}

void ServerConnector::start(Goal goal, const DatabaseLocation &location)
{
    m_goal = goal;
    m_location = location;
    m_lookedForKeptPassword = false;
    m_usingKeptPassword = false;
    if (m_location.password.isEmpty()) {
        if (auto kept = PasswordKeeper::instance().sessionPassword(m_location.displayName())) {
            m_location.password = *kept;
            m_usingKeptPassword = true;
            m_lookedForKeptPassword = true;
        }
    }
    run();
}

void ServerConnector::run()
{
    const int attempt = ++m_attempt;
    m_busy = true;
    const Goal goal = m_goal;
    const DatabaseLocation location = m_location;
    const QPointer<ServerConnector> self(this);
    QThread *thread = QThread::create([goal, location, self, attempt] {
        Outcome outcome;
        if (goal == Goal::Check) {
            outcome.inspection = Database::inspectServer(location);
        } else {
            auto db = Database::open(location);
            // This thread's connection ends with it; the GUI thread opens its own on first use.
            if (db)
                db.value()->releaseThreadConnection();
            outcome.database = std::move(db);
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, attempt, outcome] {
            if (self)
                self->finish(attempt, outcome);
        }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ServerConnector::finish(int attempt, const Outcome &outcome)
{
    if (attempt != m_attempt)
        return;  // abandoned
    m_busy = false;
    const QString error = outcome.error();
    if (error.isEmpty()) {
        if (outcome.inspection) {
            const ServerInspection &info = outcome.inspection->value();
            ServerCheck check;
            check.schemaVersion = info.schemaVersion;
            check.latestVersion = Migrator::forEngine(Engine::Postgres).latestVersion();
            if (!info.empty && !info.isSitrep)
                check.verdict = ServerCheck::Verdict::Foreign;
            else if (info.schemaVersion > check.latestVersion)
                check.verdict = ServerCheck::Verdict::Newer;
            else if (info.empty)
                check.verdict = ServerCheck::Verdict::WillBeSetUp;
            else if (info.schemaVersion < check.latestVersion)
                check.verdict = ServerCheck::Verdict::WillBeUpgraded;
            emit checked(check, m_location);
        } else {
            emit opened(outcome.database->value(), m_location);
        }
        return;
    }
    if (!asksForPassword(error)) {
        emit failed(error);
        return;
    }
    const QString key = m_location.displayName();
    if (!m_lookedForKeptPassword && m_location.password.isEmpty()) {
        m_lookedForKeptPassword = true;
        m_busy = true;
        PasswordKeeper::instance().find(key, this, [this, attempt](std::optional<QString> kept) {
            if (attempt != m_attempt)
                return;
            m_busy = false;
            if (kept && !kept->isEmpty()) {
                m_location.password = *kept;
                m_usingKeptPassword = true;
                run();
            } else {
                emit passwordNeeded(tr("The server asks for a password."));
            }
        });
        return;
    }
    if (m_usingKeptPassword)
        PasswordKeeper::instance().forgetForSession(key);
    emit passwordNeeded(m_location.password.isEmpty()
                            ? tr("The server asks for a password.")
                            : tr("The server refused the password. Type it again."));
}

QString ServerConnector::describe(const ServerCheck &check)
{
    switch (check.verdict) {
    case ServerCheck::Verdict::Ready:
        return tr("Connected. This is a Sitrep team database (schema version %1).").arg(check.schemaVersion);
    case ServerCheck::Verdict::WillBeSetUp:
        return tr("Connected. The database is empty: Sitrep will set it up when you connect.");
    case ServerCheck::Verdict::WillBeUpgraded:
        return tr("Connected. This Sitrep team database (schema version %1) will be upgraded to "
                  "version %2 when you connect.").arg(check.schemaVersion).arg(check.latestVersion);
    case ServerCheck::Verdict::Foreign:
        return tr("Connected, but this database holds another application's tables. Sitrep will not "
                  "use it; choose an empty database or a Sitrep one.");
    case ServerCheck::Verdict::Newer:
        return tr("Connected, but this database was written by a newer Sitrep (schema version %1; this "
                  "version knows up to %2). Update Sitrep to use it.").arg(check.schemaVersion).arg(check.latestVersion);
    }
    return {};
}

} // namespace sitrep::ui
