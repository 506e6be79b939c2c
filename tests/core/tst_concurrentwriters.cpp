// Several processes write one database at once, as several desktops and intake servers do on a
// team's server (and on a shared file): incident numbers stay unique and dense, and of two
// edits of one field that both expected the same value exactly one wins; the other is refused,
// saying so, and changes nothing. Runs on both engines (BOTH_ENGINES). The writers are
// sitrep_test_writer processes (see there), started together through a go file.
#include "TestSupport.h"
#include "storage/IncidentStore.h"
#include "storage/TimelineStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <vector>

using namespace sitrep;

namespace {

struct Writers
{
    std::vector<std::unique_ptr<QProcess>> processes;
    QString goFile;

    void start(const QString &location, const QStringList &args)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(SITREP_TEST_WRITER), QStringList{location, goFile} + args);
        processes.push_back(std::move(p));
    }
    // Lines each writer printed, once all have finished.
    QList<QStringList> finish()
    {
        QList<QStringList> out;
        for (auto &p : processes) {
            p->waitForFinished(120'000);
            out << QString::fromUtf8(p->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
        return out;
    }
};

// Waits until every writer has opened the database, then lets them all go at once.
bool go(Writers &w)
{
    for (auto &p : w.processes) {
        if (!p->waitForStarted(30'000))
            return false;
        // "ready" comes after opening: connecting is the slow part, and must not stagger the start.
        QElapsedTimer waited;
        waited.start();
        while (!p->canReadLine() && waited.elapsed() < 60'000)
            p->waitForReadyRead(100);
        if (p->readLine().trimmed() != "ready")
            return false;
    }
    QFile file(w.goFile);
    return file.open(QIODevice::WriteOnly);
}

} // namespace

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

    // N writers each try the same edit of one field, all expecting its current value.
    void raceOneField(const QString &field, const QString &expected, IncidentField incidentField)
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const IncidentStore store(*db);
        const Incident inc = store.declare({QStringLiteral("Original"), Severity::Sev2, {}, {}, false, {}}, QStringLiteral("ana")).value();
        Writers w;
        w.goFile = dir.filePath(QStringLiteral("go"));
        constexpr int writers = 3;
        for (int k = 0; k < writers; ++k)
            w.start(db->path(), {field, QString::number(inc.id), expected, QStringLiteral("writer %1").arg(k),
                                 QStringLiteral("150")});
        QVERIFY(go(w));
        const auto lines = w.finish();
        int won = 0;
        QString winner;
        for (int k = 0; k < writers; ++k) {
            QCOMPARE(lines[k].size(), 1);
            const QString &line = lines[k].first();
            if (line.startsWith(QLatin1String("won "))) {
                ++won;
                winner = QStringLiteral("writer %1").arg(k);
            } else {
                QVERIFY2(line.startsWith(QLatin1String("refused ")) && line.contains(QLatin1String("was changed meanwhile")),
                         qPrintable(line));
                QVERIFY2(line.contains(QLatin1String("nothing was changed")), qPrintable(line));
            }
        }
        QCOMPARE(won, 1);
        const Incident after = store.byId(inc.id).value().value();
        QCOMPARE(fieldValue(after, incidentField).toString(), winner);
        // One record of one change: the refused ones wrote nothing.
        const auto events = TimelineStore(*db).forIncident(inc.id).value();
        QCOMPARE(events.size(), 2);
        QVERIFY2(events.last().body.contains(winner), qPrintable(events.last().body));
    }

private slots:
    void initTestCase() { test::isolate(); }

    void declaresFromSeveralProcessesGetUniqueDenseNumbers()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        Writers w;
        w.goFile = dir.filePath(QStringLiteral("go"));
        constexpr int writers = 4, each = 25;
        for (int k = 0; k < writers; ++k)
            w.start(db->path(), {QStringLiteral("declare"), QString::number(each), QStringLiteral("writer%1").arg(k)});
        QVERIFY(go(w));
        // Meanwhile a reader follows new incidents as IncidentController does, by the highest id
        // it has seen (IncidentStore::openedByAlertsAfter): it must see every one. Were ids
        // handed out in another order than commits, a lower id committing after a higher one
        // was read would be skipped.
        QSet<qint64> followed;
        qint64 watermark = 0;
        const auto follow = [&] {
            QSqlQuery q(db->connection());
            QVERIFY2(q.exec(QStringLiteral("SELECT id FROM incidents WHERE id > %1 ORDER BY id").arg(watermark)),
                     qPrintable(q.lastError().text()));
            while (q.next()) {
                followed.insert(q.value(0).toLongLong());
                watermark = q.value(0).toLongLong();
            }
        };
        for (bool running = true; running;) {
            follow();
            running = false;
            for (auto &p : w.processes) {
                if (p->state() != QProcess::NotRunning)
                    p->waitForFinished(1);
                running = running || p->state() != QProcess::NotRunning;
            }
        }
        follow();
        QList<int> numbers;
        for (const QStringList &lines : w.finish()) {
            QCOMPARE(lines.size(), each);
            for (const QString &line : lines) {
                QVERIFY2(line.startsWith(QLatin1String("number ")), qPrintable(line));
                numbers << line.mid(7).toInt();
            }
        }
        std::sort(numbers.begin(), numbers.end());
        QList<int> dense;
        for (int n = 1001; n <= 1000 + writers * each; ++n)
            dense << n;
        QCOMPARE(numbers, dense);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(DISTINCT number) FROM incidents")), qint64(writers * each));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT max(number) FROM incidents")), qint64(1000 + writers * each));
        QCOMPARE(followed.size(), qsizetype(writers * each));
    }

    void twoEditsOfATitleNeverBothWin() { raceOneField(QStringLiteral("title"), QStringLiteral("Original"), IncidentField::Title); }

    void twoAssignmentsOfARoleNeverBothWin()
    {
        raceOneField(QStringLiteral("commander"), QString(), IncidentField::Commander);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
