// Who may do what on a team database, tried as each person would: connected as their own role,
// writing SQL directly (and once through the real psql), not through the app.

#include "TestSupport.h"

#include "intake/IntakeStore.h"
#include "intake/SourceAdapter.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/IntakeRuleStore.h"
#include "storage/Migrator.h"
#include "storage/PresenceStore.h"
#include "storage/TeamRoles.h"
#include "storage/TeamUsers.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace sitrep;
using teamroles::Role;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {};
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

// What one attempt came to: done, refused (42501), or another error (a broken test).
enum class Outcome { Done, Refused, Failed };

} // namespace

class TestTeamRoles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_location;   // the superuser's (the harness's)
    QString m_database;
    QString m_socket;
    teamroles::Team m_team;
    qint64 m_incident = 0;

    // Roles are the server's, not the database's: each test database has users of its own.
    QString user(const char *who) const { return m_database + QStringLiteral("_person_") + QLatin1String(who); }
    QString locationAs(const QString &database, const QString &name) const
    {
        return QStringLiteral("postgresql:///%1?host=%2&user=%3").arg(database, m_socket, name);
    }
    QString locationAs(const QString &name) const { return locationAs(m_database, name); }

    // A raw connection as `name` (trust authentication in the harness), as psql would be.
    QSqlDatabase connectAs(const QString &name, const QString &database = {})
    {
        const QString connection = QStringLiteral("as-%1-%2").arg(name, database);
        if (QSqlDatabase::contains(connection))
            return QSqlDatabase::database(connection);
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_socket);
        db.setDatabaseName(database.isEmpty() ? m_database : database);
        db.setUserName(name);
        if (!db.open())
            qWarning() << "cannot connect as" << name << db.lastError().text();
        return db;
    }

    // Runs `statement` as `name` in a transaction that is rolled back: the database stays as it was.
    Outcome attempt(const QString &name, const QString &statement, QString *error = nullptr)
    {
        QSqlDatabase db = connectAs(name);
        if (!db.transaction())
            return Outcome::Failed;
        QSqlQuery q(db);
        const bool ok = q.exec(statement);
        const QSqlError e = q.lastError();
        q.finish();
        db.rollback();
        if (error)
            *error = e.text();
        if (ok)
            return Outcome::Done;
        return e.nativeErrorCode() == QLatin1String("42501") ? Outcome::Refused : Outcome::Failed;
    }

    qint64 scalarAs(const QString &name, const QString &statement)
    {
        QSqlQuery q(connectAs(name));
        if (!q.exec(statement) || !q.next()) {
            qWarning() << statement << q.lastError().text();
            return -1;
        }
        return q.value(0).toLongLong();
    }

    bool execAs(const QString &name, const QString &statement)
    {
        QSqlQuery q(connectAs(name));
        if (!q.exec(statement)) {
            qWarning() << name << statement << q.lastError().text();
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        test::isolate();
        m_location = test::newDatabaseLocation(m_dir, QStringLiteral("team"));
        const QUrl url(m_location);
        m_database = url.path().mid(1);
        m_socket = QUrlQuery(url).queryItemValue(QStringLiteral("host"));
        QVERIFY(!m_database.isEmpty() && !m_socket.isEmpty());

        // Set up as an administrator would: sitrepctl, as the server's superuser.
        const Run init = runProgram(QStringLiteral(SITREPCTL_PATH), {QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--db"), m_location});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QVERIFY2(init.out.contains("is ready"), init.out.constData());
        m_team = teamroles::Team{m_database};
        const std::pair<const char *, const char *> people[] = {
            {"viewer", "viewer"}, {"responder", "responder"}, {"responder2", "responder"}, {"admin", "admin"}, {"intake", "intake"}};
        for (const auto &[who, role] : people) {
            const Run added = runProgram(QStringLiteral(SITREPCTL_PATH),
                                         {QStringLiteral("team"), QStringLiteral("add-user"), user(who), QStringLiteral("--role"),
                                          QLatin1String(role), QStringLiteral("--no-password"), QStringLiteral("--db"), m_location});
            QVERIFY2(added.exitCode == 0, added.err.constData());
        }
        // Something to work on, written as the superuser (the owner's rights).
        const QString super = QStringLiteral("sitrep");
        QVERIFY(execAs(super, QStringLiteral("INSERT INTO incidents(number, title, severity, status, created_at, updated_at) "
                                             "VALUES (1, 'Checkout down', 2, 'open', 0, 0)")));
        m_incident = scalarAs(super, QStringLiteral("SELECT id FROM incidents WHERE number = 1"));
        QVERIFY(execAs(super, QStringLiteral("INSERT INTO checklist_items(incident_id, position, text) VALUES (%1, 0, 'Page the owner')").arg(m_incident)));
        QVERIFY(execAs(super, QStringLiteral("INSERT INTO postmortem_templates(name, body, created_at, updated_at) VALUES ('Short', 'x', 0, 0)")));
    }

    void everyTableBelongsToTheOwnerAndIsClassified()
    {
        QSqlQuery q(connectAs(QStringLiteral("sitrep")));
        QVERIFY(q.exec(QStringLiteral("SELECT tablename, tableowner FROM pg_tables WHERE schemaname = current_schema()")));
        const QStringList classified = teamroles::classifiedTables();
        int tables = 0;
        while (q.next()) {
            ++tables;
            QCOMPARE(q.value(1).toString(), m_team.owner());
            // A table a migration adds must be given to the roles that write it (TeamRoles.cpp).
            QVERIFY2(classified.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
        }
        QVERIFY(tables > 10);
        QCOMPARE(scalarAs(QStringLiteral("sitrep"), QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1' AND NOT rolcanlogin").arg(m_team.owner())), 1);
    }

    void eachRoleMayDoWhatItsRoleSays_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QStringList>("allowed");   // of viewer, responder, admin, intake
        const QStringList none;
        const QStringList workers{QStringLiteral("responder"), QStringLiteral("admin")};
        const QStringList admins{QStringLiteral("admin")};
        QTest::newRow("read incidents") << QStringLiteral("SELECT count(*) FROM incidents")
                                        << QStringList{QStringLiteral("viewer"), QStringLiteral("responder"), QStringLiteral("admin"), QStringLiteral("intake")};
        QTest::newRow("declare an incident") << QStringLiteral("INSERT INTO incidents(number, title, severity, status, created_at, updated_at) "
                                                               "VALUES (9001, 'New', 3, 'open', 0, 0)")
                                             << workers + QStringList{QStringLiteral("intake")};
        QTest::newRow("update an incident") << QStringLiteral("UPDATE incidents SET title = 'Changed'") << workers + QStringList{QStringLiteral("intake")};
        QTest::newRow("add a note") << QStringLiteral("INSERT INTO timeline_events(incident_id, occurred_at, kind, body, created_at) "
                                                      "SELECT id, 0, 'note', 'n', 0 FROM incidents")
                                    << workers + QStringList{QStringLiteral("intake")};
        QTest::newRow("assign a role") << QStringLiteral("INSERT INTO incident_roles(incident_id, role, person) SELECT id, 'scribe', 'Ann' FROM incidents")
                                       << workers;
        QTest::newRow("tick a checklist") << QStringLiteral("UPDATE checklist_items SET state = 'done'") << workers;
        QTest::newRow("insert an intake rule") << QStringLiteral("INSERT INTO intake_rules(position, name) VALUES (9, 'Mine')") << admins;
        QTest::newRow("edit the severity map") << QStringLiteral("UPDATE severity_map SET severity = 1 WHERE label_value = 'p2'") << admins;
        QTest::newRow("edit a template") << QStringLiteral("UPDATE postmortem_templates SET body = 'Changed'") << admins;
        QTest::newRow("add a runbook") << QStringLiteral("INSERT INTO runbooks(slug, title, created_at, updated_at) VALUES ('db', 'DB', 0, 0)") << admins;
        QTest::newRow("write into the feed") << QStringLiteral("INSERT INTO change_log(changed_at, table_name, action) VALUES (0, 'incidents', 'update')")
                                             << QStringList{QStringLiteral("intake")};
        QTest::newRow("say which incident is open") << QStringLiteral("INSERT INTO presence(session_id, seen_at) VALUES ('window-1', 0)")
                                                    << QStringList{QStringLiteral("viewer"), QStringLiteral("responder"), QStringLiteral("admin"), QStringLiteral("intake")};
        // Being present as someone else is not refused but cannot happen: the row names whoever
        // inserts it (migration 0010's trigger; tst_presence's aServerRecordsTheRole…).
        QTest::newRow("change the schema version") << QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'") << none;
        QTest::newRow("create a table") << QStringLiteral("CREATE TABLE mine (a INTEGER)") << none;
        QTest::newRow("drop a table") << QStringLiteral("DROP TABLE intake_rules") << none;
        QTest::newRow("create a user") << QStringLiteral("CREATE ROLE %1 LOGIN").arg(user("mallory")) << admins;
    }
    void eachRoleMayDoWhatItsRoleSays()
    {
        QFETCH(QString, statement);
        QFETCH(QStringList, allowed);
        for (const char *who : {"viewer", "responder", "admin", "intake"}) {
            QString error;
            const Outcome outcome = attempt(user(who), statement, &error);
            const bool mayDo = allowed.contains(QLatin1String(who));
            QVERIFY2(outcome != Outcome::Failed, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(who), error)));
            QVERIFY2((outcome == Outcome::Done) == mayDo,
                     qPrintable(QStringLiteral("%1 %2: %3").arg(QLatin1String(who), mayDo ? QStringLiteral("was refused") : QStringLiteral("was allowed"), error)));
        }
    }

    void aDraftPostmortemIsPrivateToItsAuthorReviewersAndAdmins()
    {
        const QString author = user("responder"), other = user("responder2"), viewer = user("viewer"), admin = user("admin");
        QVERIFY(execAs(author, QStringLiteral("INSERT INTO postmortems(incident_id, title, created_at, updated_at) VALUES (%1, 'Draft', 0, 0)").arg(m_incident)));
        QVERIFY(execAs(author, QStringLiteral("INSERT INTO action_items(postmortem_id, title, created_at) SELECT id, 'Fix it', 0 FROM postmortems")));
        const QString count = QStringLiteral("SELECT count(*) FROM postmortems");
        QCOMPARE(scalarAs(author, QStringLiteral("SELECT count(*) FROM postmortems WHERE created_by = current_user")), 1);
        QCOMPARE(scalarAs(other, count), 0);
        QCOMPARE(scalarAs(viewer, count), 0);
        QCOMPARE(scalarAs(viewer, QStringLiteral("SELECT count(*) FROM action_items")), 0);
        QCOMPARE(scalarAs(admin, count), 1);
        // Another responder can neither change nor delete what they cannot see.
        QSqlQuery update(connectAs(other));
        QVERIFY(update.exec(QStringLiteral("UPDATE postmortems SET body = 'Overwritten'")));
        QCOMPARE(update.numRowsAffected(), 0);
        // Named as a reviewer (by user name), they see it.
        QVERIFY(execAs(author, QStringLiteral("UPDATE postmortems SET status = 'in_review', reviewers = '[\"%1\"]'").arg(other)));
        QCOMPARE(scalarAs(other, count), 1);
        QCOMPARE(scalarAs(viewer, count), 0);
        // Published: everyone.
        QVERIFY(execAs(author, QStringLiteral("UPDATE postmortems SET status = 'published'")));
        QCOMPARE(scalarAs(viewer, count), 1);
        QCOMPARE(scalarAs(viewer, QStringLiteral("SELECT count(*) FROM action_items")), 1);
        QVERIFY(execAs(QStringLiteral("sitrep"), QStringLiteral("DELETE FROM postmortems")));
    }

    // A viewer's window says which incident it shows, as everyone's does; it cannot take away
    // another's presence (only one that went stale).
    void aViewerIsPresentButOnlyAsThemselves()
    {
        auto viewerDb = Database::open(locationAs(user("viewer")));
        QVERIFY2(viewerDb, qPrintable(viewerDb.error()));
        auto responderDb = Database::open(locationAs(user("responder")));
        QVERIFY2(responderDb, qPrintable(responderDb.error()));
        const PresenceStore viewer((*viewerDb)->connection()), responder((*responderDb)->connection());
        QVERIFY(viewer.announce(QStringLiteral("viewer-window"), QStringLiteral("Vera"), m_incident, QString()));
        QVERIFY(responder.announce(QStringLiteral("responder-window"), QStringLiteral("Rob"), m_incident, QStringLiteral("note")));
        const auto seen = viewer.others(m_incident, QStringLiteral("viewer-window"));
        QVERIFY2(seen, qPrintable(seen.error()));
        QCOMPARE(seen->size(), 1);
        QVERIFY(viewer.leave(QStringLiteral("responder-window")));   // not theirs: nothing happens
        QCOMPARE(scalarAs(QStringLiteral("sitrep"), QStringLiteral("SELECT count(*) FROM presence WHERE session_id = 'responder-window'")), 1);
        QVERIFY(execAs(QStringLiteral("sitrep"), QStringLiteral("UPDATE presence SET seen_at = 0 WHERE session_id = 'responder-window'")));
        QVERIFY(viewer.forgetStale());
        QCOMPARE(scalarAs(QStringLiteral("sitrep"), QStringLiteral("SELECT count(*) FROM presence WHERE session_id = 'responder-window'")), 0);
        QVERIFY(viewer.leave(QStringLiteral("viewer-window")));
        QCOMPARE(scalarAs(QStringLiteral("sitrep"), QStringLiteral("SELECT count(*) FROM presence")), 0);
    }

    void theFeedRecordsAResponderAsTheActor()
    {
        const QString responder = user("responder");
        QVERIFY(execAs(responder, QStringLiteral("UPDATE incidents SET title = 'Edited by a responder' WHERE id = %1").arg(m_incident)));
        QSqlQuery q(connectAs(QStringLiteral("sitrep")));
        QVERIFY(q.exec(QStringLiteral("SELECT c.actor, k.position FROM change_log c LEFT JOIN change_commits k ON k.xact = c.xact "
                                      "WHERE c.table_name = 'incidents' ORDER BY c.id DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), responder);
        QVERIFY2(!q.value(1).isNull(), "the commit has no position in the feed");
    }

    void theStoreSaysWhoWasRefusedAndWhy()
    {
        auto viewerDb = Database::open(locationAs(user("viewer")));
        QVERIFY2(viewerDb, qPrintable(viewerDb.error()));
        QVERIFY(teamroles::connectedRole((*viewerDb)->connection()) == Role::Viewer);
        const IntakeRuleStore viewerRules(**viewerDb);
        auto policy = viewerRules.load();
        QVERIFY2(policy, qPrintable(policy.error()));
        const auto saved = viewerRules.save(*policy);
        QVERIFY(!saved);
        QCOMPARE(saved.error(), QStringLiteral("You are connected as %1 (viewer): viewers may read but not change anything. "
                                               "Ask an admin of this team database to change your role.").arg(user("viewer")));

        auto responderDb = Database::open(locationAs(user("responder")));
        QVERIFY2(responderDb, qPrintable(responderDb.error()));
        const auto refused = IntakeRuleStore(**responderDb).save(*policy);
        QVERIFY(!refused);
        QVERIFY2(refused.error().startsWith(QStringLiteral("You are connected as %1 (responder): responders declare").arg(user("responder"))),
                 qPrintable(refused.error()));

        auto adminDb = Database::open(locationAs(user("admin")));
        QVERIFY2(adminDb, qPrintable(adminDb.error()));
        const auto done = IntakeRuleStore(**adminDb).save(*policy);
        QVERIFY2(done, qPrintable(done.error()));
    }

    // `sitrepctl serve` connects as a member of the intake group: everything an alert needs
    // (a service, the alert, an incident, its timeline, the feed's summary) it may write.
    void theIntakeRoleStoresAlertsAndOpensIncidents()
    {
        auto intakeDb = Database::open(locationAs(user("intake")));
        QVERIFY2(intakeDb, qPrintable(intakeDb.error()));
        intake::IntakeStore store(**intakeDb);
        QVERIFY(store.warmUp());
        const auto counts = store.applyNow(intake::parseAlertmanager(test::dataFile(QStringLiteral("intake/alertmanager_firing.json")),
                                                                     1795000000000).alerts);
        QVERIFY2(counts, qPrintable(counts.error()));
        QCOMPARE(counts->incidentsOpened.size(), 1);
        QSqlQuery q(connectAs(QStringLiteral("sitrep")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), min(actor) FROM change_log WHERE table_name = 'alerts'")) && q.next());
        QVERIFY(q.value(0).toLongLong() > 0);
        QCOMPARE(q.value(1).toString(), user("intake"));
        // serve keeps the log to 30 days: that is its to do too.
        const auto pruned = changelog::prune((*intakeDb)->connection(), 8'000'000'000'000);   // everything
        QVERIFY2(pruned, qPrintable(pruned.error()));
        QVERIFY(*pruned > 0);
    }

    void psqlAsAViewerIsRefused()
    {
        SITREP_REQUIRE_TOOL(psql, "psql", "postgresql-client", "to try a role directly, as a person would");
        const QStringList options{QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c")};
        const Run viewer = runProgram(psql, QStringList{locationAs(user("viewer"))} + options + QStringList{QStringLiteral("UPDATE incidents SET title = 'From psql'")});
        QVERIFY2(viewer.exitCode != 0, viewer.out.constData());
        QVERIFY2(viewer.err.contains("permission denied for table incidents"), viewer.err.constData());
        const Run responder = runProgram(psql, QStringList{locationAs(user("responder"))} + options + QStringList{QStringLiteral("UPDATE incidents SET title = 'From psql'")});
        QVERIFY2(responder.exitCode == 0, responder.err.constData());
    }

    void adminsManageUsersAndOthersMayNot()
    {
        auto adminDb = Database::open(locationAs(user("admin")));
        QVERIFY2(adminDb, qPrintable(adminDb.error()));
        const QSqlDatabase admin = (*adminDb)->connection();
        const QString newbie = user("newbie"), boss = user("boss");
        auto done = teamroles::addUser(admin, m_team, newbie, Role::Responder, QStringLiteral("s3cret'\"pw"));
        QVERIFY2(done, qPrintable(done.error()));
        // Sent as a verifier, never as the password.
        QSqlQuery secret(connectAs(QStringLiteral("sitrep")));
        QVERIFY(secret.exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(newbie)) && secret.next());
        QVERIFY2(secret.value(0).toString().startsWith(QLatin1String("SCRAM-SHA-256$")), qPrintable(secret.value(0).toString()));
        done = teamroles::addUser(admin, m_team, newbie, Role::Viewer, QString());
        QVERIFY(!done);
        QVERIFY2(done.error().contains(QLatin1String("already a user")), qPrintable(done.error()));
        done = teamroles::addUser(admin, m_team, boss, Role::Admin, QString());
        QVERIFY2(done, qPrintable(done.error()));
        done = teamroles::setRole(admin, m_team, newbie, Role::Viewer);
        QVERIFY2(done, qPrintable(done.error()));
        QVERIFY(attempt(newbie, QStringLiteral("UPDATE incidents SET title = 'x'")) == Outcome::Refused);

        // The admin added by an admin adds users too.
        auto bossDb = Database::open(locationAs(boss));
        QVERIFY2(bossDb, qPrintable(bossDb.error()));
        done = teamroles::setRole((*bossDb)->connection(), m_team, newbie, Role::Responder);
        QVERIFY2(done, qPrintable(done.error()));

        const auto people = teamroles::users(admin, m_team);
        QVERIFY2(people, qPrintable(people.error()));
        QStringList listed;
        for (const teamroles::User &u : *people)
            listed << u.name + QLatin1Char(':') + teamroles::keyOf(u.role);
        QVERIFY2(listed.contains(newbie + QStringLiteral(":responder")), qPrintable(listed.join(QLatin1Char(' '))));
        QVERIFY2(listed.contains(boss + QStringLiteral(":admin")), qPrintable(listed.join(QLatin1Char(' '))));
        QVERIFY2(listed.contains(user("viewer") + QStringLiteral(":viewer")), qPrintable(listed.join(QLatin1Char(' '))));

        auto responderDb = Database::open(locationAs(user("responder")));
        QVERIFY2(responderDb, qPrintable(responderDb.error()));
        done = teamroles::addUser((*responderDb)->connection(), m_team, user("sneaky"), Role::Admin, QString());
        QVERIFY(!done);
        QVERIFY2(done.error().startsWith(QStringLiteral("You are connected as %1 (responder)").arg(user("responder"))), qPrintable(done.error()));

        const auto removed = teamroles::removeUser(admin, m_team, newbie);
        QVERIFY2(removed, qPrintable(removed.error()));
        QVERIFY(*removed);
        QCOMPARE(scalarAs(QStringLiteral("sitrep"), QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(newbie)), 0);
    }

    void initAgainChangesNothingAndGrantsAgain()
    {
        QVERIFY(execAs(QStringLiteral("sitrep"), QStringLiteral("REVOKE ALL ON incidents FROM %1").arg(m_team.group(Role::Responder))));
        QVERIFY(attempt(user("responder"), QStringLiteral("UPDATE incidents SET title = 'x'")) == Outcome::Refused);
        auto location = DatabaseLocation::parse(m_location);
        QVERIFY(location);
        const auto again = teamroles::init(*location);
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(again->createdRoles.isEmpty());
        QCOMPARE(again->fromVersion, again->toVersion);
        QVERIFY(attempt(user("responder"), QStringLiteral("UPDATE incidents SET title = 'x'")) == Outcome::Done);
        QVERIFY(attempt(user("viewer"), QStringLiteral("UPDATE incidents SET title = 'x'")) == Outcome::Refused);
    }

    void anOlderTeamDatabaseIsUpgradedOnlyAsItsOwner()
    {
        // A team database made by the Sitrep before this one: every migration before 0011.
        const QString older = test::newDatabaseLocation(m_dir, QStringLiteral("older"));
        const QString database = QUrl(older).path().mid(1);
        auto location = DatabaseLocation::parse(older);
        QVERIFY(location);
        const Migrator before(test::migrationsBefore(m_dir, QStringLiteral("postmortem_creator")));
        const auto made = teamroles::init(*location, before);
        QVERIFY2(made, qPrintable(made.error()));
        QCOMPARE(made->toVersion, before.latestVersion());
        const teamroles::Team team{database};
        const QString viewer = database + QStringLiteral("_viewer1"), responder = database + QStringLiteral("_responder1");
        {
            auto super = Database::connectAsIs(*location);
            QVERIFY(super);
            QVERIFY(teamroles::addUser((*super)->connection(), team, viewer, Role::Viewer, QString()));
            QVERIFY(teamroles::addUser((*super)->connection(), team, responder, Role::Responder, QString()));
        }

        // A person's app does not migrate it, and says who can.
        auto asViewer = Database::open(locationAs(database, viewer));
        QVERIFY(!asViewer);
        QVERIFY2(asViewer.error().contains(QLatin1String("needs an upgrade")) && asViewer.error().contains(QLatin1String("sitrepctl team init")),
                 qPrintable(asViewer.error()));
        auto version = Migrator::currentVersion(connectAs(QStringLiteral("sitrep"), database));
        QVERIFY(version);
        QCOMPARE(*version, before.latestVersion());

        // The superuser's does, as the owner, and grants again (0011's column and its policies).
        {
            auto upgraded = Database::open(older);
            QVERIFY2(upgraded, qPrintable(upgraded.error()));
        }
        QSqlQuery q(connectAs(QStringLiteral("sitrep"), database));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tableowner <> '%1'").arg(team.owner())) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_policies WHERE tablename = 'postmortems'")) && q.next());
        QVERIFY(q.value(0).toLongLong() > 0);
        auto now = Database::open(locationAs(database, viewer));
        QVERIFY2(now, qPrintable(now.error()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO incidents(number, title, severity, status, created_at, updated_at) "
                                      "VALUES (1, 'x', 3, 'open', 0, 0) RETURNING id")) && q.next());
        const qint64 incident = q.value(0).toLongLong();
        QSqlDatabase asResponder = connectAs(responder, database);
        QSqlQuery insert(asResponder);
        QVERIFY2(insert.exec(QStringLiteral("INSERT INTO postmortems(incident_id, title, created_at, updated_at) VALUES (%1, 'Draft', 0, 0)").arg(incident)),
                 qPrintable(insert.lastError().text()));
        QSqlQuery seen(connectAs(viewer, database));
        QVERIFY(seen.exec(QStringLiteral("SELECT count(*) FROM postmortems")) && seen.next());
        QCOMPARE(seen.value(0).toLongLong(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
