#include "TestSupport.h"
#include "storage/ChangeWatcher.h"
#include "storage/IncidentStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace sitrep;

class TestChangeWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    void noticesWritesFromAnotherConnectionWithinASecond()
    {
        QTemporaryDir dir;
        auto mine = test::createDatabase(dir);
        ChangeWatcher watcher(mine, 200);
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        QTest::qWait(450);
        QCOMPARE(changed.count(), 0);  // nothing happened, nothing reported

        // Another writer on the same file, as sitrepctl would be.
        auto other = Database::open(mine->path());
        QVERIFY(other.ok());
        QVERIFY(IncidentStore(**other).declare({QStringLiteral("From elsewhere"), Severity::Sev2, {}, {}, false, {}},
                                               QStringLiteral("bot")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 1000);
    }

    void noticesOwnWritesAtOnceWhenAsked()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        ChangeWatcher watcher(db, 60000);
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        QVERIFY(IncidentStore(*db).declare({QStringLiteral("Mine"), Severity::Sev3, {}, {}, false, {}}, {}).ok());
        watcher.checkNow();
        QCOMPARE(changed.count(), 1);
        watcher.checkNow();
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeWatcher)
#include "tst_changewatcher.moc"
