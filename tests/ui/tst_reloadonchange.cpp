// Areas of the window reload only when a change touches what they show, and only while shown
// (once on showing after changes came while hidden); another session's change arrives through
// the change feed, this window's own edit before control returns to the event loop.
#include "TestSupport.h"
#include "common/ReloadOnChange.h"
#include "common/Session.h"
#include "storage/IncidentStore.h"

#include <QSqlQuery>
#include <QTest>
#include <QWidget>

using namespace sitrep;
using namespace sitrep::ui;

namespace {

bool run(const Database &db, const QString &statement)
{
    QSqlQuery q(db.connection());
    return q.exec(statement);
}

} // namespace

class TestReloadOnChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    void reloadsOnlyForWhatItShowsAndOnlyWhenShown()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        Session session(db);
        QWidget area;
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        int reloads = 0;
        reloadOnChange(session, &area, [](const ChangeSet &c) { return c.touches(QStringLiteral("runbooks")); },
                       [&] { ++reloads; });
        auto other = Database::open(db->path());   // another session, as another desktop
        QVERIFY(other.ok());

        // Not what it shows: no reload.
        QVERIFY(run(**other, QStringLiteral("INSERT INTO services(name) VALUES ('billing')")));
        QTest::qWait(700);
        QCOMPARE(reloads, 0);

        // What it shows: a reload, soon.
        QVERIFY(run(**other, QStringLiteral("INSERT INTO runbooks(slug, title, created_at, updated_at) "
                                            "VALUES ('disk-full', 'Disk full', 1, 1)")));
        QTRY_COMPARE_WITH_TIMEOUT(reloads, 1, 3000);

        // Hidden: changes wait; shown again: one reload for all of them.
        area.hide();
        QVERIFY(run(**other, QStringLiteral("UPDATE runbooks SET title = 'Disk full!'")));
        QVERIFY(run(**other, QStringLiteral("UPDATE runbooks SET title = 'Disk full!!'")));
        QTest::qWait(700);
        QCOMPARE(reloads, 1);
        area.show();
        QTRY_COMPARE(reloads, 2);
        QTest::qWait(300);
        QCOMPARE(reloads, 2);
    }

    // This window's own edit: seen before the event loop runs again (the undo stack and the
    // views it updates depend on that), and once.
    void ownEditsShowAtOnce()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        Session session(db);
        QWidget area;
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QList<qint64> seen;
        qint64 incident = 0;
        reloadOnChange(session, &area, [&](const ChangeSet &c) { return c.touchesIncident(incident); }, [&] { seen << incident; });
        auto declared = IncidentStore(*db).declare({QStringLiteral("Mine"), Severity::Sev2, {}, {}, false, {}}, QStringLiteral("ana"));
        QVERIFY(declared.ok());
        incident = declared->id;
        session.notifyChanged();
        QCOMPARE(seen.size(), 1);
        QTest::qWait(700);   // the listener's own wake finds nothing new
        QCOMPARE(seen.size(), 1);
    }

    // What a run of changes sums up to.
    void aChangeSetSaysWhatWasTouched()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        auto end = changefeed::end(db->connection());
        QVERIFY(end.ok());
        FeedReader reader(*end);
        auto declared = IncidentStore(*db).declare({QStringLiteral("One"), Severity::Sev2, QStringLiteral("api"), {}, false, {}},
                                                   QStringLiteral("ana"));
        QVERIFY(declared.ok());
        ChangeSet set = reader.read(db->connection());
        QVERIFY(set.touches(QStringLiteral("incidents")));
        QVERIFY(set.touches(QStringLiteral("services")));
        QVERIFY(!set.touches(QStringLiteral("alerts")));
        QVERIFY(set.incidentsAddedOrRemoved);
        QVERIFY(set.touchesIncident(declared->id));
        QVERIFY(!set.touchesIncident(declared->id + 1));
        QVERIFY(reader.read(db->connection()).isEmpty());   // read once
        QVERIFY(run(*db, QStringLiteral("UPDATE incidents SET title = 'Two'")));
        set = reader.read(db->connection());
        QVERIFY(set.touches(QStringLiteral("incidents")));
        QVERIFY(!set.incidentsAddedOrRemoved);   // an edit: the list's rows stay
        QVERIFY(!set.everything);
    }
};

QTEST_MAIN(TestReloadOnChange)
#include "tst_reloadonchange.moc"
