// On a server the database vouches for who wrote each event and who is present (migration
// 0010's triggers), whatever a client sends: tried by a login that does not own the tables.
// A file has no roles, so this runs on PostgreSQL only.
#include "TestSupport.h"
#include "storage/DatabaseLocation.h"
#include "storage/IncidentStore.h"
#include "storage/Migrator.h"
#include "storage/PresenceStore.h"
#include "storage/TimelineStore.h"

#include <QSqlError>
#include <QUuid>
#include <QSqlQuery>
#include <QTest>

using namespace sitrep;
using test::scalar;

class TestServerWho : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    // On a server the database vouches for who: a role that does not own the tables cannot
    // write an event as someone else, rewrite who wrote it, or edit without being named; nor
    // show up in presence as someone else. (A file has no roles: nothing to enforce.)
    void aServerRecordsTheRoleWhateverTheClientSends()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const qint64 one = test::declareIncident(*db, QStringLiteral("Checkout down"));
        const QString bo = QStringLiteral("who_bo_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        QSqlQuery admin(db->connection());
        QVERIFY(admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(bo)));
        QVERIFY(admin.exec(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON timeline_events, presence, incidents, change_log, change_pending, change_commits TO %1").arg(bo)));
        QVERIFY(admin.exec(QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(bo)));
        const auto parsed = DatabaseLocation::parse(db->path());
        const QString name = QStringLiteral("as-bo");
        {
            auto c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            c.setHostName(parsed->host);
            c.setDatabaseName(parsed->database);
            c.setUserName(bo);
            QVERIFY2(c.open(), qPrintable(c.lastError().text()));
            QSqlQuery q(c);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO timeline_events(incident_id, occurred_at, kind, author, body, created_at, db_user, edited_by) "
                                           "VALUES (%1, 1, 'note', 'Ana', 'it was Ana', 1, '%2', '%2') RETURNING id")
                                .arg(one).arg(test::databaseUser(*db))), qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            const qint64 event = q.value(0).toLongLong();
            const auto who = [&](const char *column) {
                QSqlQuery r(c);
                r.exec(QStringLiteral("SELECT %1 FROM timeline_events WHERE id = %2").arg(QLatin1String(column)).arg(event));
                r.next();
                return r.value(0).toString();
            };
            QCOMPARE(who("db_user"), bo);
            QCOMPARE(who("edited_by"), bo);
            QVERIFY(q.exec(QStringLiteral("UPDATE timeline_events SET db_user = 'someone', edited_by = 'someone' WHERE id = %1").arg(event)));
            QCOMPARE(who("db_user"), bo);
            QCOMPARE(who("edited_by"), bo);
            // Bo's own note, edited by the owner's connection (an admin), names the admin.
            QSqlQuery edit(db->connection());
            QVERIFY(edit.exec(QStringLiteral("UPDATE timeline_events SET body = 'fixed', edited_by = session_user WHERE id = %1").arg(event)));
            QCOMPARE(who("db_user"), bo);
            QCOMPARE(who("edited_by"), test::databaseUser(*db));
            // Presence: Bo cannot show up as Ana's role.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO presence(session_id, person, db_user, incident_id, seen_at) "
                                          "VALUES ('x', 'Ana', '%1', %2, 1)").arg(test::databaseUser(*db)).arg(one)));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM presence WHERE session_id = 'x' AND db_user = '%1'").arg(bo)), qint64(1));
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY(admin.exec(QStringLiteral("DELETE FROM presence")));
        QVERIFY(admin.exec(QStringLiteral("REASSIGN OWNED BY %1 TO CURRENT_USER").arg(bo)));
        QVERIFY(admin.exec(QStringLiteral("DROP OWNED BY %1").arg(bo)));
        QVERIFY(admin.exec(QStringLiteral("DROP ROLE %1").arg(bo)));
    }

};

QTEST_GUILESS_MAIN(TestServerWho)
#include "tst_serverwho.moc"
