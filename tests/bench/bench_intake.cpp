// Intake throughput and latency over HTTP keep-alive on loopback, durable before 2xx, against a
// real `sitrepctl serve` (its own process), with a load generator on plain sockets (so the
// client costs as little as possible on a 2-core machine):
//   (a) Alertmanager payloads of 50 new alerts each, closed loop  -> alerts/s
//   (b) one PagerDuty Events v2 trigger per request, closed loop   -> requests/s
//   (c) PagerDuty triggers at a fixed 1,000 requests/s, open loop  -> p50 / p99 latency,
//       measured from each request's scheduled time (no coordinated omission); first, on a fresh
//       file, and again (c') right after the storms of (a) and (b)
// and, in the same run, the raw SQLite C API inserting the same rows (alerts, their timeline
// events, one incident per group) in one transaction: our overhead as a ratio.
//
//   ./dev shell build/root/bin/bench_intake [seconds-per-phase]
//
// On a PostgreSQL server instead of a file: BENCH_DB=<location of an empty database> for intake
// and BENCH_BASELINE_DB=<another empty one> for the baseline, which is then psql running the
// same rows as multi-row INSERTs (1,000 rows each) in one transaction, e.g. on a durable
// loopback server (fsync on) from tests/support/pg_test_cluster.sh start STATE --durable.
// The issue's figure is on a database with a history: both databases copies of one with a
// million demo incidents, analysed (createdb -T), so that the server plans as it would in use;
// an empty one is planned for tables of a few rows, which then grow under the storm.

#include "intake/IntakeStore.h"
#include "intake/SourceAdapter.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "util/CompactJson.h"

#include "LoopbackHttp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sqlite3.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <deque>
#include <functional>
#include <vector>

using namespace sitrep;
using Clock = std::chrono::steady_clock;

namespace {

using namespace sitrep::bench;

QTextStream out(stdout);

struct Connection
{
    int fd = -1;
    QByteArray inbox;
    bool busy = false;
    Clock::time_point started;
};


struct PhaseResult
{
    qint64 requests = 0;
    qint64 non2xx = 0;
    double seconds = 0;
    std::vector<double> latenciesMs;
    std::vector<double> startedAtMs;   // when each request was scheduled, from the phase start
};

// Closed loop (rate 0: each connection sends its next request when the answer arrives) or open
// loop at `rate` requests/s spread over the connections.
PhaseResult runPhase(quint16 port, int connections, double seconds, double rate, const char *path,
                     const std::function<QByteArray(qint64)> &makeBody)
{
    std::vector<Connection> conns(static_cast<size_t>(connections));
    for (auto &c : conns)
        c.fd = connectTo(port);
    PhaseResult r;
    qint64 next = 0;
    std::deque<Clock::time_point> backlog; // open loop: scheduled but not yet sent
    const auto start = Clock::now();
    const auto end = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    const auto interval = rate > 0 ? std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / rate)) : Clock::duration{};
    auto scheduled = start;
    auto send = [&](Connection &c, Clock::time_point since) {
        const QByteArray request = httpRequest("POST", path, makeBody(next++));
        qsizetype sent = 0;
        while (sent < request.size()) {
            const auto n = ::send(c.fd, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return;
            sent += n;
        }
        c.busy = true;
        c.started = since;
    };
    std::vector<pollfd> fds(conns.size());
    for (;;) {
        const auto now = Clock::now();
        const bool running = now < end;
        if (running) {
            if (rate > 0) {
                while (scheduled <= now) {
                    backlog.push_back(scheduled);
                    scheduled += interval;
                }
            }
            for (auto &c : conns) {
                if (c.busy)
                    continue;
                if (rate <= 0)
                    send(c, now);
                else if (!backlog.empty()) {
                    send(c, backlog.front());
                    backlog.pop_front();
                }
            }
        }
        bool anyBusy = false;
        for (size_t i = 0; i < conns.size(); ++i) {
            fds[i] = {conns[i].fd, short(conns[i].busy ? POLLIN : 0), 0};
            anyBusy = anyBusy || conns[i].busy;
        }
        if (!running && !anyBusy)
            break;
        int timeoutMs = 50;
        if (rate > 0 && running)
            timeoutMs = int(std::max<qint64>(0, std::chrono::duration_cast<std::chrono::milliseconds>(scheduled - Clock::now()).count()));
        ::poll(fds.data(), nfds_t(fds.size()), timeoutMs);
        for (size_t i = 0; i < conns.size(); ++i) {
            if (!(fds[i].revents & POLLIN))
                continue;
            Connection &c = conns[i];
            char buffer[65536];
            const auto n = ::recv(c.fd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                c.busy = false;
                continue;
            }
            c.inbox.append(buffer, n);
            int status = 0;
            if (const qsizetype used = completeResponse(c.inbox, &status)) {
                c.inbox.remove(0, used);
                c.busy = false;
                ++r.requests;
                if (status < 200 || status >= 300)
                    ++r.non2xx;
                r.latenciesMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - c.started).count());
                r.startedAtMs.push_back(std::chrono::duration<double, std::milli>(c.started - start).count());
            }
        }
    }
    r.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    for (auto &c : conns)
        ::close(c.fd);
    return r;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[size_t(std::min<double>(double(v.size() - 1), p * double(v.size())))];
}

QByteArray alertmanagerPayload(qint64 n)
{
    QByteArray alerts;
    for (int i = 0; i < 50; ++i) {
        if (i)
            alerts += ',';
        alerts += "{\"status\":\"firing\",\"labels\":{\"alertname\":\"HighErrorRate\",\"service\":\"svc" + QByteArray::number(n)
                  + "\",\"severity\":\"critical\",\"instance\":\"host-" + QByteArray::number(i) + "\"},"
                  "\"annotations\":{\"summary\":\"Error rate above 5% on svc" + QByteArray::number(n) + "\"},"
                  "\"startsAt\":\"2026-11-26T10:00:00.123456789Z\",\"endsAt\":\"0001-01-01T00:00:00Z\","
                  "\"generatorURL\":\"http://prometheus:9090/graph\",\"fingerprint\":\"fp" + QByteArray::number(n) + "-" + QByteArray::number(i) + "\"}";
    }
    return "{\"version\":\"4\",\"groupKey\":\"{}:{service=\\\"svc" + QByteArray::number(n) + "\\\"}\",\"status\":\"firing\","
           "\"receiver\":\"sitrep\",\"groupLabels\":{},\"commonLabels\":{},\"commonAnnotations\":{},\"externalURL\":\"http://am:9093\","
           "\"alerts\":[" + alerts + "]}";
}

QByteArray pagerDutyEvent(const char *prefix, qint64 n)
{
    return "{\"routing_key\":\"0123456789abcdef0123456789abcdef\",\"event_action\":\"trigger\",\"dedup_key\":\"" + QByteArray(prefix)
           + QByteArray::number(n) + "\",\"payload\":{\"summary\":\"Replication lag above 30 s\",\"source\":\"pg-" + QByteArray::number(n % 100)
           + "\",\"severity\":\"critical\",\"group\":\"database\",\"class\":\"lag" + QByteArray::number(n) + "\"}}";
}

// The same rows intake writes for `groups` groups of `perGroup` alerts: one incident per group,
// each alert, and one timeline event per alert plus one per incident; raw C API, one transaction.
double rawBaselineSeconds(const QString &path, int groups, int perGroup)
{
    auto db = Database::open(path);
    sqlite3 *h = *static_cast<sqlite3 *const *>((*db)->connection().driver()->handle().data());
    sqlite3_exec(h, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
    sqlite3_stmt *incident, *alert, *event;
    sqlite3_prepare_v2(h, "INSERT INTO incidents(number, title, severity, status, impact_started_at, detected_at, created_at, updated_at) "
                          "VALUES (?1, ?2, 2, 'open', ?3, ?3, ?3, ?3)", -1, &incident, nullptr);
    sqlite3_prepare_v2(h, "INSERT INTO alerts(source, dedup_key, status, title, severity, labels, annotations, starts_at, received_at, "
                          "last_seen_at, incident_id, raw_payload, group_key) VALUES ('alertmanager', ?1, 'firing', ?2, 2, ?3, ?4, ?5, ?5, ?5, ?6, ?7, ?8)",
                       -1, &alert, nullptr);
    sqlite3_prepare_v2(h, "INSERT INTO timeline_events(incident_id, occurred_at, kind, author, body, alert_id, created_at) "
                          "VALUES (?1, ?2, 'alert', 'sitrep intake', ?3, ?4, ?2)", -1, &event, nullptr);
    const QByteArray labels = R"({"alertname":"HighErrorRate","instance":"host-1","service":"svc1","severity":"critical"})";
    const QByteArray annotations = R"({"generatorURL":"http://prometheus:9090/graph","summary":"Error rate above 5% on svc1"})";
    const QByteArray title = "Error rate above 5% on svc1";
    const QByteArray body = "Alert firing: Error rate above 5% on svc1";
    QElapsedTimer t;
    t.start();
    sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    const qint64 now = 1795689600000;
    for (int g = 0; g < groups; ++g) {
        sqlite3_bind_int64(incident, 1, 1001 + g);
        sqlite3_bind_text(incident, 2, title.constData(), int(title.size()), SQLITE_STATIC);
        sqlite3_bind_int64(incident, 3, now);
        sqlite3_step(incident);
        sqlite3_reset(incident);
        const qint64 incidentId = sqlite3_last_insert_rowid(h);
        const QByteArray groupKey = "0|service=svc" + QByteArray::number(g);
        for (int i = 0; i < perGroup; ++i) {
            const QByteArray key = "fp" + QByteArray::number(g) + "-" + QByteArray::number(i);
            sqlite3_bind_text(alert, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(alert, 2, title.constData(), int(title.size()), SQLITE_STATIC);
            sqlite3_bind_text(alert, 3, labels.constData(), int(labels.size()), SQLITE_STATIC);
            sqlite3_bind_text(alert, 4, annotations.constData(), int(annotations.size()), SQLITE_STATIC);
            sqlite3_bind_int64(alert, 5, now);
            sqlite3_bind_int64(alert, 6, incidentId);
            sqlite3_bind_null(alert, 7); // intake keeps no raw copy of Alertmanager alerts either
            sqlite3_bind_text(alert, 8, groupKey.constData(), int(groupKey.size()), SQLITE_TRANSIENT);
            sqlite3_step(alert);
            sqlite3_reset(alert);
            const qint64 alertId = sqlite3_last_insert_rowid(h);
            sqlite3_bind_int64(event, 1, incidentId);
            sqlite3_bind_int64(event, 2, now);
            sqlite3_bind_text(event, 3, body.constData(), int(body.size()), SQLITE_STATIC);
            sqlite3_bind_int64(event, 4, alertId);
            sqlite3_step(event);
            sqlite3_reset(event);
        }
        sqlite3_bind_int64(event, 1, incidentId);
        sqlite3_bind_int64(event, 2, now);
        sqlite3_bind_text(event, 3, body.constData(), int(body.size()), SQLITE_STATIC);
        sqlite3_bind_null(event, 4);
        sqlite3_step(event);
        sqlite3_reset(event);
    }
    sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = t.nsecsElapsed() / 1e9;
    sqlite3_finalize(incident);
    sqlite3_finalize(alert);
    sqlite3_finalize(event);
    return seconds;
}

// The same rows as rawBaselineSeconds, on a server: psql runs multi-row INSERTs (1,000 rows a
// statement) of them in one transaction, the fastest plain SQL a client can send.
double psqlBaselineSeconds(const QString &location, const QString &workDir, int groups, int perGroup)
{
    // Rows go after those already there (a database with a history, BENCH_DB's twin).
    qint64 incidentBase = 0, alertBase = 0, numberBase = 1000;
    {
        auto db = Database::open(location);  // the schema, as intake's database has it
        if (!db) {
            out << "baseline database: " << db.error() << Qt::endl;
            return -1;
        }
        QSqlQuery q((*db)->connection());
        if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0), coalesce(max(number), 1000), "
                                  "(SELECT coalesce(max(id), 0) FROM alerts) FROM incidents")) && q.next()) {
            incidentBase = q.value(0).toLongLong();
            numberBase = q.value(1).toLongLong();
            alertBase = q.value(2).toLongLong();
        }
    }
    const QByteArray labels = R"('{"alertname":"HighErrorRate","instance":"host-1","service":"svc1","severity":"critical"}')";
    const QByteArray annotations = R"('{"generatorURL":"http://prometheus:9090/graph","summary":"Error rate above 5% on svc1"}')";
    const QByteArray title = "'Error rate above 5% on svc1'";
    const QByteArray body = "'Alert firing: Error rate above 5% on svc1'";
    const QByteArray now = "1795689600000";
    QByteArray script = "\\set ON_ERROR_STOP on\nBEGIN;\n";
    QList<QByteArray> incidents, alerts, events;
    qint64 alertId = alertBase;
    const auto flush = [&script](const char *head, QList<QByteArray> &rows, bool all) {
        while (rows.size() >= 1000 || (all && !rows.isEmpty())) {
            const qsizetype n = std::min<qsizetype>(1000, rows.size());
            script += head + rows.mid(0, n).join(",\n") + ";\n";
            rows.remove(0, n);
        }
    };
    const char *incidentHead = "INSERT INTO incidents(id, number, title, severity, status, impact_started_at, detected_at, created_at, updated_at) VALUES\n";
    const char *alertHead = "INSERT INTO alerts(id, source, dedup_key, status, title, severity, labels, annotations, starts_at, received_at, "
                            "last_seen_at, incident_id, raw_payload, group_key) VALUES\n";
    const char *eventHead = "INSERT INTO timeline_events(incident_id, occurred_at, kind, author, body, alert_id, created_at) VALUES\n";
    for (int g = 0; g < groups; ++g) {
        const QByteArray incident = QByteArray::number(incidentBase + g + 1);
        incidents << "(" + incident + "," + QByteArray::number(numberBase + 1 + g) + "," + title + ",2,'open'," + now + "," + now + "," + now + "," + now + ")";
        for (int i = 0; i < perGroup; ++i) {
            const QByteArray id = QByteArray::number(++alertId);
            alerts << "(" + id + ",'alertmanager','fp" + QByteArray::number(g) + "-" + QByteArray::number(i) + "','firing'," + title + ",2," + labels
                          + "," + annotations + "," + now + "," + now + "," + now + "," + incident + ",NULL,'0|service=svc" + QByteArray::number(g) + "')";
            events << "(" + incident + "," + now + ",'alert','sitrep intake'," + body + "," + id + "," + now + ")";
        }
        events << "(" + incident + "," + now + ",'status','sitrep intake'," + body + ",NULL," + now + ")";
        // Parents before children, as the foreign keys want them.
        if (incidents.size() >= 1000 || g + 1 == groups) {
            flush(incidentHead, incidents, true);
            flush(alertHead, alerts, true);
            flush(eventHead, events, true);
        }
    }
    script += "COMMIT;\n";
    const QString file = workDir + QStringLiteral("/baseline.sql");
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(script) != script.size())
        return -1;
    f.close();
    const DatabaseLocation where = *DatabaseLocation::parse(location);
    QProcess psql;
    QElapsedTimer t;
    t.start();
    psql.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), where.host,
                                        QStringLiteral("-U"), where.user, QStringLiteral("-d"), where.database,
                                        QStringLiteral("-f"), file});
    if (!psql.waitForFinished(600000) || psql.exitCode() != 0) {
        out << "psql failed: " << psql.readAllStandardError() << Qt::endl;
        return -1;
    }
    return t.nsecsElapsed() / 1e9;
}

// Where the time goes, without HTTP: parsing payloads, and applying them in group commits of 8.
// The writer thread's CPU time: on a shared machine the wall clock of the store phase mostly
// measures the neighbours, its CPU time mostly the work itself.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

void components(const QString &dir)
{
    const int payloads = 1000;
    QList<QByteArray> bodies;
    for (int i = 0; i < payloads; ++i)
        bodies << alertmanagerPayload(1000000 + i);
    QElapsedTimer t;
    t.start();
    QList<QList<intake::PreparedAlert>> parsed;
    for (const QByteArray &b : std::as_const(bodies))
        parsed << intake::prepareAlerts(intake::parseAlertmanager(b, 1795689600000).alerts);
    const double parseSeconds = t.nsecsElapsed() / 1e9;
    // Several rounds, each on a new file, so that one slow moment of the machine shows as one
    // outlier among them (the median is the figure).
    const int rounds = qEnvironmentVariableIsSet("BENCH_ROUNDS") ? qEnvironmentVariableIntValue("BENCH_ROUNDS") : 1;
    std::vector<double> wall, cpu;
    for (int round = 0; round < rounds; ++round) {
        auto db = Database::open(dir + QStringLiteral("/components%1.db").arg(round));
        intake::IntakeStore store(**db);
        (void)store.warmUp();
        t.restart();
        const double cpuStart = threadCpuSeconds();
        for (int i = 0; i < payloads; i += 8) {
            (void)store.begin();
            for (int j = i; j < std::min(payloads, i + 8); ++j)
                (void)store.apply(parsed[j]);
            (void)store.commit();
        }
        cpu.push_back((threadCpuSeconds() - cpuStart) / (payloads * 50) * 1e6);
        wall.push_back(t.nsecsElapsed() / 1e9);
    }
    std::vector<double> sortedCpu = cpu;
    std::sort(sortedCpu.begin(), sortedCpu.end());
    std::vector<double> sortedWall = wall;
    std::sort(sortedWall.begin(), sortedWall.end());
    const double storeSeconds = sortedWall[sortedWall.size() / 2];
    out << QStringLiteral("components: parse (with JSON text for storage) %1 alerts/s, store (groups of 8 requests, synchronous=FULL) %2 alerts/s")
               .arg(payloads * 50 / parseSeconds, 0, 'f', 0).arg(payloads * 50 / storeSeconds, 0, 'f', 0) << Qt::endl;
    QStringList each;
    for (double c : cpu)
        each << QString::number(c, 'f', 2);
    out << QStringLiteral("components: store CPU (writer thread) median %1 us/alert over %2 rounds: %3")
               .arg(sortedCpu[sortedCpu.size() / 2], 0, 'f', 2).arg(rounds).arg(each.join(QLatin1Char(' '))) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double phaseSeconds = argc > 1 ? QByteArray(argv[1]).toDouble() : 5.0;
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("BENCH_COMPONENTS")) {
        components(dir.path());
        return 0;
    }
    const QString serverDb = qEnvironmentVariable("BENCH_DB");
    const QString dbPath = serverDb.isEmpty() ? dir.filePath(QStringLiteral("bench.db")) : serverDb;
    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(QCoreApplication::applicationDirPath() + QStringLiteral("/sitrepctl"),
                 {QStringLiteral("serve"), QStringLiteral("--db"), dbPath, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QByteArray line;
    while (!line.contains('\n') && server.waitForReadyRead(15000))
        line += server.readAllStandardOutput();
    const quint16 port = quint16(line.mid(line.lastIndexOf(':') + 1).trimmed().toUInt());
    if (port == 0) {
        out << "sitrepctl serve did not start: " << server.readAllStandardError() << Qt::endl;
        return 1;
    }
    // Ready when it answers /healthz (as a load balancer would check), not merely listening.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const int fd = connectTo(port);
        const QByteArray ask = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        QByteArray answer;
        if (fd >= 0 && ::send(fd, ask.constData(), size_t(ask.size()), MSG_NOSIGNAL) == ask.size()) {
            char buffer[1024];
            ssize_t n;
            int status = 0;
            // Qt HTTP Server keeps the connection open: read one whole response, not to EOF.
            while (completeResponse(answer, &status) == 0 && (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0)
                answer.append(buffer, n);
        }
        if (fd >= 0)
            ::close(fd);
        if (answer.startsWith("HTTP/1.1 200"))
            break;
        ::usleep(20000);
    }
    out << "bench_intake: sitrepctl serve on 127.0.0.1:" << port << ", "
        << (serverDb.isEmpty() ? QStringLiteral("synchronous=FULL") : QStringLiteral("PostgreSQL, synchronous_commit on"))
        << ", " << phaseSeconds << " s per phase" << Qt::endl;

    // (c) PagerDuty at a fixed 1,000 requests/s, on a fresh file: the steady state.
    const PhaseResult c = runPhase(port, 32, phaseSeconds, 1000, "/v2/enqueue", [](qint64 n) { return pagerDutyEvent("c", n); });
    out << QStringLiteral("(c) PagerDuty at 1000 requests/s (open loop): %1 requests, p50 %2 ms, p90 %3 ms, p99 %4 ms, max %5 ms, non-2xx %6")
               .arg(c.requests).arg(percentile(c.latenciesMs, 0.5), 0, 'f', 2).arg(percentile(c.latenciesMs, 0.9), 0, 'f', 2)
               .arg(percentile(c.latenciesMs, 0.99), 0, 'f', 2).arg(percentile(c.latenciesMs, 1.0), 0, 'f', 2).arg(c.non2xx) << Qt::endl;

    if (qEnvironmentVariableIsSet("BENCH_SLOWEST")) {
        // Where in the phase the slowest requests were (warm-up, or spread out).
        std::vector<size_t> order(c.latenciesMs.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return c.latenciesMs[x] > c.latenciesMs[y]; });
        for (size_t i = 0; i < std::min<size_t>(12, order.size()); ++i)
            out << QStringLiteral("    slow: %1 ms at %2 ms").arg(c.latenciesMs[order[i]], 0, 'f', 1).arg(c.startedAtMs[order[i]], 0, 'f', 0) << Qt::endl;
    }

    // (a) Alertmanager groups of 50 new alerts.
    const PhaseResult a = runPhase(port, 16, phaseSeconds, 0, "/api/v1/alertmanager", alertmanagerPayload);
    const double alertsPerSecond = double(a.requests) * 50 / a.seconds;
    out << QStringLiteral("(a) Alertmanager, 50 alerts/request, 16 connections: %1 requests, %2 alerts/s, p50 %3 ms, p99 %4 ms, non-2xx %5")
               .arg(a.requests).arg(alertsPerSecond, 0, 'f', 0).arg(percentile(a.latenciesMs, 0.5), 0, 'f', 2)
               .arg(percentile(a.latenciesMs, 0.99), 0, 'f', 2).arg(a.non2xx) << Qt::endl;

    // (b) PagerDuty, one event per request.
    const PhaseResult b = runPhase(port, 32, phaseSeconds, 0, "/v2/enqueue", [](qint64 n) { return pagerDutyEvent("b", n); });
    out << QStringLiteral("(b) PagerDuty, 1 event/request, 32 connections: %1 requests/s, p50 %2 ms, p99 %3 ms, non-2xx %4")
               .arg(double(b.requests) / b.seconds, 0, 'f', 0).arg(percentile(b.latenciesMs, 0.5), 0, 'f', 2)
               .arg(percentile(b.latenciesMs, 0.99), 0, 'f', 2).arg(b.non2xx) << Qt::endl;

    // (c') The same steady rate right after the storms above, while the write-ahead log they left
    // (hundreds of MB) is copied into the file: what a responder sees just after an outage.
    const PhaseResult late = runPhase(port, 32, phaseSeconds, 1000, "/v2/enqueue", [](qint64 n) { return pagerDutyEvent("d", n); });
    out << QStringLiteral("(c') the same right after (a) and (b): p50 %1 ms, p90 %2 ms, p99 %3 ms, max %4 ms, non-2xx %5")
               .arg(percentile(late.latenciesMs, 0.5), 0, 'f', 2).arg(percentile(late.latenciesMs, 0.9), 0, 'f', 2)
               .arg(percentile(late.latenciesMs, 0.99), 0, 'f', 2).arg(percentile(late.latenciesMs, 1.0), 0, 'f', 2).arg(late.non2xx) << Qt::endl;

    server.terminate();
    server.waitForFinished(30000);

    // Baseline: the rows of phase (a), raw C API (a file) or psql's multi-row INSERTs (a server),
    // one transaction, into a fresh database.
    const int groups = int(std::max<qint64>(1, a.requests));
    const double rawSeconds = serverDb.isEmpty() ? rawBaselineSeconds(dir.filePath(QStringLiteral("raw.db")), groups, 50)
                                                 : psqlBaselineSeconds(qEnvironmentVariable("BENCH_BASELINE_DB"), dir.path(), groups, 50);
    const double rawAlertsPerSecond = groups * 50.0 / rawSeconds;
    out << QString::fromLatin1(serverDb.isEmpty() ? "baseline: raw C API, one transaction," : "baseline: psql, multi-row INSERTs, one transaction,") + QStringLiteral(" the same %1 alerts + %2 events + %3 incidents: %4 s, %5 alerts/s")
               .arg(groups * 50).arg(groups * 51).arg(groups).arg(rawSeconds, 0, 'f', 3).arg(rawAlertsPerSecond, 0, 'f', 0) << Qt::endl;
    out << QStringLiteral("overhead: raw insert is %1x faster than intake over HTTP (parse, dedup, grouping, durable group commits, HTTP)")
               .arg(rawAlertsPerSecond / alertsPerSecond, 0, 'f', 2) << Qt::endl;
    out << QStringLiteral("targets: (a) >= 50000 alerts/s %1; (b) >= 5000 requests/s %2; (c) p99 < 20 ms %3")
               .arg(alertsPerSecond >= 50000 ? QStringLiteral("met") : QStringLiteral("MISSED"),
                    double(b.requests) / b.seconds >= 5000 ? QStringLiteral("met") : QStringLiteral("MISSED"),
                    percentile(c.latenciesMs, 0.99) < 20 ? QStringLiteral("met") : QStringLiteral("MISSED")) << Qt::endl;
    return 0;
}
