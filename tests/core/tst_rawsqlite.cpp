// rawsql::handle drives Qt's sqlite3* with the SQLite we link, which is only defined when both
// are one library: the check passes here (Debian's Qt runs the system SQLite), a mismatch is
// described, and with the handle switched off every caller's Qt SQL path gives the same rows
// (bulk writes, import, id lists, analytics) or, for intake, says why it cannot start.

#include "TestSupport.h"
#include "exchange/JsonImporter.h"
#include "intake/IntakeStore.h"
#include "storage/AlertListQuery.h"
#include "storage/AnalyticsStore.h"
#include "storage/IncidentListQuery.h"
#include "storage/RawSqlite.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

#include <cmath>

using namespace sitrep;

namespace {
// Columns as text, so that missing values (NaN) compare equal.
QString describe(const analytics::IncidentColumns &c)
{
    QStringList out;
    for (qsizetype i = 0; i < c.size(); ++i) {
        QString row = QStringLiteral("%1 %2 %3 %4").arg(c.impact[i]).arg(c.severity[i]).arg(c.service[i]).arg(int(c.unresolved[i]));
        for (const auto &metric : c.seconds)
            row += std::isnan(metric[i]) ? QStringLiteral(" -") : QStringLiteral(" %1").arg(metric[i]);
        out << row;
    }
    return out.join(QLatin1Char('\n'));
}

QStringList ownCompileOptions()
{
    QStringList options;
    for (int i = 0; const char *o = sqlite3_compileoption_get(i); ++i)
        options << QString::fromUtf8(o);
    return options;
}

struct QtSqlOnly
{
    QtSqlOnly() { rawsql::forceQtSqlForTesting(true); }
    ~QtSqlOnly() { rawsql::forceQtSqlForTesting(false); }
};
} // namespace

class TestRawSqlite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    void qtsSqliteIsOursHere()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const QSqlDatabase c = db->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next());
        QCOMPARE(q.value(0).toString(), QString::fromUtf8(sqlite3_sourceid()));
        QVERIFY2(rawsql::handle(c) != nullptr, qPrintable(rawsql::noHandleReason(c)));
        QCOMPARE(rawsql::noHandleReason(c), QString());
        // The handle is the connection's own: a change through it shows through Qt.
        QCOMPARE(sqlite3_exec(rawsql::handle(c), "PRAGMA user_version = 77", nullptr, nullptr, nullptr), SQLITE_OK);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 77);
    }

    void aMismatchIsDescribed()
    {
        const QString ourSource = QString::fromUtf8(sqlite3_sourceid());
        QCOMPARE(rawsql::libraryMismatch(ourSource, QStringLiteral(SQLITE_VERSION), ownCompileOptions()), QString());
        const QString otherVersion = rawsql::libraryMismatch(QStringLiteral("2020-01-22 18:38:59 f6affdd41608946fcfcea914ece149038a8b25a62bbe719ed2561c649b86alt1"),
                                                             QStringLiteral("3.31.1"), ownCompileOptions());
        QVERIFY2(otherVersion.contains(QStringLiteral("3.31.1")) && otherVersion.contains(QString::fromUtf8(sqlite3_libversion())),
                 qPrintable(otherVersion));
        const QString otherOptions = rawsql::libraryMismatch(ourSource, QStringLiteral(SQLITE_VERSION),
                                                             ownCompileOptions() << QStringLiteral("ENABLE_SOMETHING_ELSE"));
        QVERIFY2(otherOptions.contains(QStringLiteral("Qt: ENABLE_SOMETHING_ELSE")), qPrintable(otherOptions));
    }

    void withoutTheHandleBulkWritesAndImportGiveTheSameData()
    {
        QTemporaryDir dir;
        auto fast = test::createDemoDatabase(dir, 60, 11, QStringLiteral("fast.db"));
        const QByteArray expected = test::exportedJson(*fast);
        QVERIFY(expected.size() > 1000);
        QtSqlOnly qtOnly;
        QVERIFY(rawsql::handle(fast->connection()) == nullptr);
        QVERIFY2(rawsql::noHandleReason(fast->connection()).contains(QStringLiteral("switched off")),
                 qPrintable(rawsql::noHandleReason(fast->connection())));
        auto slow = test::createDemoDatabase(dir, 60, 11, QStringLiteral("slow.db"));
        QCOMPARE(test::exportedJson(*slow), expected);

        auto imported = test::createDatabase(dir, QStringLiteral("imported.db"));
        const auto summary = importJson(*imported, expected);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->incidents, qint64(60));
        QCOMPARE(test::exportedJson(*imported), expected);
    }

    void withoutTheHandleListsAndAnalyticsReadTheSameRows()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 80, 5);
        const IncidentListQuery incidents(*db);
        const AlertListQuery alerts(*db);
        AlertFilter allAlerts;
        allAlerts.show = AlertFilter::Show::All;
        IncidentFilter sev12;
        sev12.severities = {1, 2};
        const auto byNumber = incidents.orderedIds(IncidentSort::Number, true, {});
        const auto byService = incidents.orderedIds(IncidentSort::Service, false, sev12);
        const auto alertIds = alerts.orderedIds(allAlerts);
        AnalyticsFilter withDrills;
        withDrills.includeDrills = true;
        const auto columns = AnalyticsStore(*db).columns(withDrills);
        QVERIFY(byNumber.ok() && byService.ok() && alertIds.ok() && columns.ok());
        QCOMPARE(byNumber->size(), 80);
        QVERIFY(!alertIds->isEmpty());
        QVERIFY(columns->size() > 0);

        QtSqlOnly qtOnly;
        QCOMPARE(incidents.orderedIds(IncidentSort::Number, true, {}).value(), byNumber.value());
        QCOMPARE(incidents.orderedIds(IncidentSort::Service, false, sev12).value(), byService.value());
        QCOMPARE(alerts.orderedIds(allAlerts).value(), alertIds.value());
        const auto slowColumns = AnalyticsStore(*db).columns(withDrills);
        QVERIFY2(slowColumns.ok(), qPrintable(slowColumns.error()));
        QCOMPARE(describe(*slowColumns), describe(*columns));
    }

    // Intake writes only through the C API (its speed is the point of it): without the handle
    // it does not start, and says what is wrong.
    void withoutTheHandleIntakeRefusesWithTheReason()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        QtSqlOnly qtOnly;
        intake::IntakeStore store(*db);
        const auto warm = store.warmUp();
        QVERIFY(!warm.ok());
        QVERIFY2(warm.error().startsWith(QStringLiteral("Intake cannot start: The SQLite C API is switched off for a test.")),
                 qPrintable(warm.error()));
        QVERIFY2(warm.error().contains(QStringLiteral("the SQLite Sitrep was built with")), qPrintable(warm.error()));
        Alert a;
        a.source = QStringLiteral("generic");
        a.dedupKey = QStringLiteral("k");
        a.status = QStringLiteral("firing");
        QVERIFY(!store.applyNow({a}).ok());
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM alerts")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestRawSqlite)
#include "tst_rawsqlite.moc"
