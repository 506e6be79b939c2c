// Opening and sorting the incident list on a large database, beside the plain SQL it runs
// (the baseline), so the model's overhead shows as a ratio.
//
// DATABASE is what --db takes: a file, or a PostgreSQL server (e.g. one started with
// tests/support/pg_test_cluster.sh start STATE --durable, filled with sitrepctl demo); the
// baseline is then the same orders in PostgreSQL's spelling (lower(title) for NOCASE, NULLS FIRST).
#include "models/IncidentListModel.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

using namespace sitrep;

namespace {

template <typename F>
double medianMs(int runs, F &&f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_incident_list DATABASE\n";
        return 2;
    }
    QElapsedTimer total;
    total.start();
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        out << db.error() << '\n';
        return 1;
    }
    const double openMs = double(total.nsecsElapsed()) / 1e6;
    IncidentListModel model(*db);
    (void)model.index(0, 0).data();
    const double firstRowsMs = double(total.nsecsElapsed()) / 1e6;
    out << "incidents: " << model.rowCount() << "\n"
        << QStringLiteral("open database: %1 ms; first rows shown (open + ids + first page): %2 ms; RSS %3 MB\n")
               .arg(openMs, 0, 'f', 1).arg(firstRowsMs, 0, 'f', 1).arg(rssKb() / 1024);

    const char *names[] = {"id", "severity", "title", "status", "service", "impact", "duration", "drill"};
    const char *fileBaseline[] = {
        "SELECT id FROM incidents ORDER BY number",
        "SELECT id FROM incidents ORDER BY severity, impact_started_at",
        "SELECT id FROM incidents ORDER BY title COLLATE NOCASE",
        "SELECT id FROM incidents ORDER BY CASE status WHEN 'open' THEN 0 WHEN 'acknowledged' THEN 1 "
        "WHEN 'mitigated' THEN 2 ELSE 3 END, impact_started_at",
        nullptr,
        "SELECT id FROM incidents ORDER BY impact_started_at, resolved_at",
        "SELECT id FROM incidents ORDER BY coalesce(resolved_at, 9223372036854775807) - impact_started_at",
        "SELECT id FROM incidents ORDER BY is_drill, impact_started_at",
    };
    const char *serverBaseline[] = {
        "SELECT id FROM incidents ORDER BY number",
        "SELECT id FROM incidents ORDER BY severity, impact_started_at NULLS FIRST",
        "SELECT id FROM incidents ORDER BY lower(title)",
        "SELECT id FROM incidents ORDER BY CASE status WHEN 'open' THEN 0 WHEN 'acknowledged' THEN 1 "
        "WHEN 'mitigated' THEN 2 ELSE 3 END, impact_started_at NULLS FIRST",
        nullptr,
        "SELECT id FROM incidents ORDER BY impact_started_at NULLS FIRST, resolved_at NULLS FIRST",
        "SELECT id FROM incidents ORDER BY (coalesce(resolved_at, 9223372036854775807) - impact_started_at) NULLS FIRST",
        "SELECT id FROM incidents ORDER BY is_drill, impact_started_at NULLS FIRST",
    };
    const bool server = (*db)->isServer();
    const char *const *baseline = server ? serverBaseline : fileBaseline;
    out << "engine: " << (server ? "PostgreSQL" : "SQLite") << "\n";
    out << "sort by column (median of 3): model (ids + first page) vs plain SQL id scan\n";
    for (int c = 0; c < IncidentListModel::ColumnCount; ++c) {
        QList<double> runs;
        for (int i = 0; i < 3; ++i) {
            model.sortOpenFirst();
            QElapsedTimer t;
            t.start();
            model.sort(c, Qt::AscendingOrder);
            (void)model.index(0, 0).data();
            runs << double(t.nsecsElapsed()) / 1e6;
        }
        std::sort(runs.begin(), runs.end());
        const double modelMs = runs[1];
        double sqlMs = -1;
        if (baseline[c])
            sqlMs = medianMs(3, [&] {
                QSqlQuery q((*db)->connection());
                q.setForwardOnly(true);
                q.exec(QString::fromLatin1(baseline[c]));
                while (q.next())
                    (void)q.value(0).toLongLong();
            });
        out << QStringLiteral("  %1: %2 ms").arg(QLatin1String(names[c]), -9).arg(modelMs, 7, 'f', 1);
        if (sqlMs >= 0)
            out << QStringLiteral("  (SQL %1 ms, ratio %2)").arg(sqlMs, 0, 'f', 1).arg(modelMs / sqlMs, 0, 'f', 2);
        out << '\n';
    }
    // Filter by service: the model's whole path (ids + first page).
    {
        QList<double> runs;
        for (const char *service : {"checkout", "payments", "search", "auth", "billing"}) {
            IncidentFilter f;
            f.service = QLatin1String(service);
            QElapsedTimer t;
            t.start();
            model.setFilter(f);
            (void)model.index(0, 0).data();
            runs << double(t.nsecsElapsed()) / 1e6;
        }
        std::sort(runs.begin(), runs.end());
        const double sqlMs = medianMs(5, [&] {
            QSqlQuery q((*db)->connection());
            q.setForwardOnly(true);
            q.exec(server ? QStringLiteral("SELECT id FROM incidents WHERE service_id = (SELECT id FROM services WHERE name = 'checkout') "
                                           "ORDER BY (status = 'resolved'), impact_started_at DESC NULLS LAST")
                          : QStringLiteral("SELECT id FROM incidents WHERE service_id = (SELECT id FROM services WHERE name = 'checkout') "
                                           "ORDER BY (status = 'resolved'), impact_started_at DESC"));
            while (q.next())
                (void)q.value(0).toLongLong();
        });
        out << QStringLiteral("filter by service: %1 ms median (%2 rows; SQL %3 ms)\n")
                   .arg(runs[runs.size() / 2], 0, 'f', 1).arg(model.rowCount()).arg(sqlMs, 0, 'f', 1);
        model.setFilter({});
    }

    // Full-text search as the user types: 100 varied queries (prefixes, words, phrases, ids).
    {
        const QStringList words = {
            QStringLiteral("cert"), QStringLiteral("certificate"), QStringLiteral("replica"), QStringLiteral("replication lag"),
            QStringLiteral("disk"), QStringLiteral("queue backlog"), QStringLiteral("rolled back"), QStringLiteral("feature flag"),
            QStringLiteral("dns"), QStringLiteral("pool"), QStringLiteral("memory leak"), QStringLiteral("heap"),
            QStringLiteral("checkout"), QStringLiteral("failover"), QStringLiteral("status update"), QStringLiteral("zone"),
            QStringLiteral("load balancer"), QStringLiteral("autoscaling"), QStringLiteral("vendor"), QStringLiteral("INC-4242"),
        };
        QList<double> runs;
        qint64 totalRows = 0;
        for (int i = 0; i < 100; ++i) {
            QString text = words[i % words.size()];
            if (i >= 40 && i < 70)
                text = text.left(std::max<qsizetype>(2, text.size() * (i % 3 + 1) / 4));  // mid-typing prefixes
            if (i >= 90 && !text.startsWith(QLatin1String("INC")))
                text = QStringLiteral("INC-%1").arg(1001 + i * 7919 % 999000);
            IncidentFilter f;
            f.text = text;
            QElapsedTimer t;
            t.start();
            model.setFilter(f);
            (void)model.index(0, 0).data();
            runs << double(t.nsecsElapsed()) / 1e6;
            totalRows += model.rowCount();
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                out << QStringLiteral("    %1: %2 ms, %3 rows\n").arg(text).arg(runs.last(), 0, 'f', 1).arg(model.rowCount());
        }
        std::sort(runs.begin(), runs.end());
        out << QStringLiteral("search (100 queries): p50 %1 ms, p95 %2 ms, max %3 ms; %4 rows on average\n")
                   .arg(runs[49], 0, 'f', 1).arg(runs[94], 0, 'f', 1).arg(runs.last(), 0, 'f', 1).arg(totalRows / 100);
        model.setFilter({});
    }
    out << QStringLiteral("RSS after sorting, filtering and searching: %1 MB\n").arg(rssKb() / 1024);

    const double scrollMs = medianMs(101, [&, row = 0]() mutable {
        row = (row + 7919 * 256) % std::max(1, model.rowCount());
        (void)model.index(row, IncidentListModel::TitleColumn).data();
    });
    out << QStringLiteral("jump to a random page (uncached): %1 ms median\n").arg(scrollMs, 0, 'f', 2);

    // Someone else edits an incident (here: another connection retitles one): the GUI thread's
    // time to follow, refreshing the list in place (the baseline: what every write cost it
    // before) against reading the ids in the background and applying them when they arrive.
    {
        auto other = Database::open((*db)->path());
        if (!other) {
            out << other.error() << '\n';
            return 1;
        }
        auto edit = [&, n = 0]() mutable {
            QSqlQuery q((*other)->connection());
            q.exec(QStringLiteral("UPDATE incidents SET title = 'edited %1' WHERE id = (SELECT min(id) FROM incidents)").arg(++n));
        };
        model.sortOpenFirst();
        QList<double> inPlace, gui, arrived;
        for (int i = 0; i < 7; ++i) {
            edit();
            QElapsedTimer t;
            t.start();
            model.refresh();
            (void)model.index(0, 0).data();
            inPlace << double(t.nsecsElapsed()) / 1e6;
        }
        for (int i = 0; i < 7; ++i) {
            edit();
            double onGui = 0;
            QElapsedTimer applying;
            QObject::connect(&model, &IncidentListModel::aboutToRefresh, &model, [&] { applying.start(); });
            QEventLoop wait;
            QObject::connect(&model, &IncidentListModel::refreshed, &wait, [&] {
                (void)model.index(0, 0).data();
                onGui += double(applying.nsecsElapsed()) / 1e6;
                wait.quit();
            });
            QElapsedTimer t;
            t.start();
            model.refreshInBackground();
            onGui += double(t.nsecsElapsed()) / 1e6;
            wait.exec();
            arrived << double(t.nsecsElapsed()) / 1e6;
            gui << onGui;
            QObject::disconnect(&model, &IncidentListModel::aboutToRefresh, nullptr, nullptr);
            QObject::disconnect(&model, &IncidentListModel::refreshed, nullptr, nullptr);
        }
        for (QList<double> *l : {&inPlace, &gui, &arrived})
            std::sort(l->begin(), l->end());
        out << QStringLiteral("someone else's edit, GUI thread busy (median of 7): in place %1 ms (max %2); "
                              "in the background %3 ms (max %4), shown after %5 ms\n")
                   .arg(inPlace[3], 0, 'f', 1).arg(inPlace.last(), 0, 'f', 1).arg(gui[3], 0, 'f', 1)
                   .arg(gui.last(), 0, 'f', 1).arg(arrived[3], 0, 'f', 1);
    }
    return 0;
}
