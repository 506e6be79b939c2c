// The analytics pane's full computation (weekly buckets, all four metrics, intervals, severity
// counts, services, a before/after comparison) on a large database, beside one plain scan of
// the same columns: the ratio is our overhead over reading the data at all.
//
// DATABASE is what --db takes: a file, or a PostgreSQL server (e.g. one started with
// tests/support/pg_test_cluster.sh start STATE --durable, filled with sitrepctl demo). On a
// server the plain scan reads the same SQL through QPSQL, and psql runs it too (when on PATH).
#include "analytics/Report.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>

using namespace sitrep;

namespace {

const char *const serverScanSql =
    "SELECT impact_started_at, detected_at, acknowledged_at, mitigated_at, resolved_at, severity, service_id, "
    "is_drill FROM incidents WHERE impact_started_at IS NOT NULL AND is_drill = 0 "
    "ORDER BY impact_started_at NULLS FIRST";

// The plain scan on a file: the C API, as the store reads it.
qint64 scanFile(const Database &db, qint64 *rows)
{
    sqlite3 *raw = *static_cast<sqlite3 *const *>(db.connection().driver()->handle().data());
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(raw, "SELECT impact_started_at, detected_at, acknowledged_at, mitigated_at, resolved_at, "
                            "severity, service_id, is_drill FROM incidents INDEXED BY incidents_for_analytics "
                            "WHERE impact_started_at IS NOT NULL "
                            "AND is_drill = 0 ORDER BY impact_started_at", -1, &stmt, nullptr);
    qint64 sum = 0;
    *rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int c = 0; c < 8; ++c)
            sum += sqlite3_column_int64(stmt, c);
        ++*rows;
    }
    sqlite3_finalize(stmt);
    return sum;
}

// The plain scan on a server: the same columns through QPSQL, forward-only, every value read.
qint64 scanServer(const Database &db, qint64 *rows)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.exec(QLatin1String(serverScanSql));
    qint64 sum = 0;
    *rows = 0;
    while (q.next()) {
        for (int c = 0; c < 8; ++c)
            sum += q.value(c).toLongLong();
        ++*rows;
    }
    return sum;
}

// The same SQL timed by psql (rows to /dev/null); the best of three, or -1 without psql.
double psqlMs(const QString &location, const char *sqlText)
{
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty())
        return -1;
    double best = -1;
    for (int run = 0; run < 3; ++run) {
        QProcess p;
        p.start(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"), location,
                       QStringLiteral("-c"), QStringLiteral("\\timing on"), QStringLiteral("-c"),
                       QStringLiteral("\\o /dev/null"), QStringLiteral("-c"), QString::fromUtf8(sqlText)});
        p.waitForFinished(-1);
        const auto m = QRegularExpression(QStringLiteral("Time: ([0-9.]+) ms")).match(QString::fromUtf8(p.readAllStandardOutput()));
        if (m.hasMatch() && (best < 0 || m.captured(1).toDouble() < best))
            best = m.captured(1).toDouble();
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_analytics DATABASE\n";
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        out << db.error() << '\n';
        return 1;
    }
    const auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    QList<double> scans, weekly, compared, monthly;
    qint64 rows = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        const qint64 sum = (*db)->isServer() ? scanServer(**db, &rows) : scanFile(**db, &rows);
        scans << double(t.nsecsElapsed()) / 1e6;
        if (sum == 42)
            out << "";

        analytics::ReportRequest request;
        request.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        t.restart();
        auto report = analytics::buildReport(**db, request);
        weekly << double(t.nsecsElapsed()) / 1e6;
        if (!report) {
            out << report.error() << '\n';
            return 1;
        }
        request.compareAt = QDateTime::currentMSecsSinceEpoch() - qint64(365) * 86'400'000;
        t.restart();
        (void)analytics::buildReport(**db, request);
        compared << double(t.nsecsElapsed()) / 1e6;
        request.compareAt.reset();
        request.bucketing = analytics::Bucketing::Month;
        t.restart();
        (void)analytics::buildReport(**db, request);
        monthly << double(t.nsecsElapsed()) / 1e6;
    }
    {
        QElapsedTimer t;
        t.start();
        auto incidents = AnalyticsStore(**db).columns({});
        const double load = double(t.nsecsElapsed()) / 1e6;
        analytics::ReportRequest request;
        request.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        t.restart();
        (void)analytics::computeReport(incidents.value(), request, {});
        const double compute = double(t.nsecsElapsed()) / 1e6;
        request.compareAt = QDateTime::currentMSecsSinceEpoch() - qint64(365) * 86'400'000;
        t.restart();
        (void)analytics::computeReport(incidents.value(), request, {});
        out << QStringLiteral("  of which: load %1 ms, compute without comparison %2 ms, with comparison %3 ms\n")
                   .arg(load, 0, 'f', 1).arg(compute, 0, 'f', 1).arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 1);
    }
    const double scan = median(scans), week = median(weekly);
    out << QStringLiteral("incidents (no drills): %1\n").arg(rows)
        << QStringLiteral("engine: %1\n").arg((*db)->isServer() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))
        << QStringLiteral("plain scan of the same columns: %1 ms\n").arg(scan, 0, 'f', 1)
        << QStringLiteral("weekly aggregate with intervals (all four metrics, plus counts by severity, services, "
                          "distribution): %1 ms (ratio %2)\n")
               .arg(week, 0, 'f', 1).arg(week / scan, 0, 'f', 2)
        << QStringLiteral("the same with a before/after comparison: %1 ms\n").arg(median(compared), 0, 'f', 1)
        << QStringLiteral("monthly report: %1 ms\n").arg(median(monthly), 0, 'f', 1);
    if ((*db)->isServer())
        out << QStringLiteral("the plain scan's SQL through psql: %1 ms\n").arg(psqlMs(QString::fromLocal8Bit(argv[1]), serverScanSql), 0, 'f', 1);
    return 0;
}
