// The outbox file (ui/common/Outbox.h): what is held survives the object (a crash), two
// processes on one database never overwrite each other's held writes, a postmortem's newer text
// replaces its older one, and a file that cannot be read is set aside, never overwritten.
#include "TestSupport.h"
#include "common/Outbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace sitrep;
using namespace sitrep::ui;

class TestOutbox : public QObject
{
    Q_OBJECT

    int m_run = 0;
    QString m_name;

private slots:
    void initTestCase() { test::isolate(); }

    void init()
    {
        // A database name of its own per test function: no file left from another.
        m_name = QStringLiteral("postgresql://ana@db.example/team-%1-%2").arg(QCoreApplication::applicationPid()).arg(++m_run);
        QFile::remove(Outbox::fileFor(m_name));
    }

    void whatIsHeldOutlivesTheObject()
    {
        {
            Outbox outbox(m_name);
            QVERIFY(outbox.isEmpty());
            QVERIFY(outbox.add({HeldWrite::note(1, 10, QStringLiteral("first"), QStringLiteral("ana"), 1),
                                HeldWrite::fieldChange({1, IncidentField::Severity, 3, 2}, QStringLiteral("ana"), 2)})
                        .ok());
            QVERIFY(QFile::exists(outbox.file()));
        }
        Outbox again(m_name);
        QCOMPARE(again.count(), 2);
        QCOMPARE(again.writes().at(0).body, QStringLiteral("first"));
        QCOMPARE(again.writes().at(1).change.after, QVariant(2));
        QVERIFY(again.loadProblem().isEmpty());
        // All gone: no file left behind.
        QVERIFY(again.remove({again.writes().at(0).id, again.writes().at(1).id}).ok());
        QVERIFY(again.isEmpty());
        QVERIFY(!QFile::exists(again.file()));
    }

    void twoProcessesKeepEachOthersWrites()
    {
        Outbox mine(m_name);
        Outbox theirs(m_name);   // another Sitrep on the same database, as far as the file goes
        const HeldWrite a = HeldWrite::note(1, 10, QStringLiteral("mine"), QStringLiteral("ana"), 1);
        const HeldWrite b = HeldWrite::note(1, 20, QStringLiteral("theirs"), QStringLiteral("ana"), 2);
        QVERIFY(mine.add({a}).ok());
        QVERIFY(theirs.add({b}).ok());   // knew nothing of `a`: still keeps it
        QCOMPARE(theirs.count(), 2);
        QVERIFY(mine.remove({a.id}).ok());   // replayed here
        QCOMPARE(mine.count(), 1);
        QCOMPARE(mine.writes().constFirst().body, QStringLiteral("theirs"));
        QCOMPARE(Outbox(m_name).count(), 1);
        // A refusal noted by one keeps the other's list as it is.
        HeldWrite refused = mine.writes().constFirst();
        refused.refusal = QStringLiteral("refused");
        QVERIFY(theirs.update({refused}).ok());
        QCOMPARE(Outbox(m_name).writes().constFirst().refusal, QStringLiteral("refused"));
    }

    void aPostmortemsNewerTextReplacesTheOlder()
    {
        Outbox outbox(m_name);
        QVERIFY(outbox.add({HeldWrite::postmortemText(5, QStringLiteral("Outage"), QStringLiteral("base"), QStringLiteral("base + a"),
                                                      QStringLiteral("ana"), 1)}).ok());
        QVERIFY(outbox.add({HeldWrite::note(1, 10, QStringLiteral("n"), QStringLiteral("ana"), 2)}).ok());
        // The editor's next autosave: its own base is still what the server had.
        QVERIFY(outbox.add({HeldWrite::postmortemText(5, QStringLiteral("Outage"), QStringLiteral("base"), QStringLiteral("base + a + b"),
                                                      QStringLiteral("ana"), 3)}).ok());
        QCOMPARE(outbox.count(), 2);
        QCOMPARE(outbox.writes().at(0).kind, HeldWrite::Kind::PostmortemText);
        QCOMPARE(outbox.writes().at(0).text, QStringLiteral("base + a + b"));
        QCOMPARE(outbox.writes().at(0).baseText, QStringLiteral("base"));
        QVERIFY(outbox.removePostmortemText(5).ok());
        QCOMPARE(outbox.count(), 1);
        QVERIFY(!outbox.postmortemText(5));
    }

    void anUnreadableFileIsSetAsideNotOverwritten()
    {
        const QString file = Outbox::fileFor(m_name);
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        test::writeFile(file, "{ not json, but someone's notes");
        Outbox outbox(m_name);
        QVERIFY(outbox.isEmpty());
        QVERIFY(!outbox.loadProblem().isEmpty());
        QVERIFY2(outbox.loadProblem().contains(QStringLiteral("unreadable")), qPrintable(outbox.loadProblem()));
        const QStringList aside = QDir(QFileInfo(file).absolutePath())
                                      .entryList({QFileInfo(file).completeBaseName() + QStringLiteral(".unreadable-*.json")});
        QCOMPARE(aside.size(), qsizetype(1));
        QVERIFY(outbox.add({HeldWrite::note(1, 10, QStringLiteral("new"), QStringLiteral("ana"), 1)}).ok());
        QCOMPARE(test::fileBytes(QFileInfo(file).absolutePath() + QLatin1Char('/') + aside.constFirst()),
                 QByteArray("{ not json, but someone's notes"));
        QCOMPARE(Outbox(m_name).count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
