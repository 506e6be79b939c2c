#pragma once
// Reaching a team database. Connecting blocks (name lookup, TCP, TLS, authentication: up to
// connect_timeout), so every attempt runs on a worker thread and answers on the GUI thread. When
// the server asks for a password that libpq did not find (.pgpass, PGPASSFILE, the service
// file), the one kept for this session or in the keyring is tried before the user is asked.

#include "storage/Database.h"
#include "storage/DatabaseLocation.h"

#include <QObject>
#include <QString>

namespace sitrep::ui {

// What "Test connection" found: whether Sitrep can use the database, and how.
struct ServerCheck
{
    enum class Verdict { Ready, WillBeSetUp, WillBeUpgraded, Foreign, Newer };
    Verdict verdict = Verdict::Ready;
    int schemaVersion = 0;
    int latestVersion = 0;   // what this Sitrep knows

    bool usable() const { return verdict != Verdict::Foreign && verdict != Verdict::Newer; }
};

// True for libpq's and the server's "a password is needed / was wrong" messages (English, and
// the server's German). libpq's own "no password supplied" is not translated.
bool asksForPassword(const QString &error);

class ServerConnector : public QObject
{
    Q_OBJECT

public:
    enum class Goal { Check, Open };

    explicit ServerConnector(QObject *parent = nullptr);

    // Starts an attempt; one still running is abandoned (its answer is dropped).
    void start(Goal goal, const DatabaseLocation &location);
    bool isBusy() const { return m_busy; }
    // The sentence the dialog shows for a check.
    static QString describe(const ServerCheck &check);

signals:
    // `location` carries the password that worked (if one was needed): keep it, never show it.
    void checked(const sitrep::ui::ServerCheck &check, const sitrep::DatabaseLocation &location);
    void opened(const sitrep::DatabasePtr &db, const sitrep::DatabaseLocation &location);
    // The user must type a password (`message` says whether none was known or it was refused).
    void passwordNeeded(const QString &message);
    void failed(const QString &message);

private:
    struct Outcome;
    void run();
    void finish(int attempt, const Outcome &outcome);

    Goal m_goal = Goal::Check;
    DatabaseLocation m_location;
    int m_attempt = 0;
    bool m_busy = false;
    bool m_lookedForKeptPassword = false;
    bool m_usingKeptPassword = false;
};

} // namespace sitrep::ui
