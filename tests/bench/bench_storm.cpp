// The window during an alert storm: a real `sitrepctl serve` (its own process) receives
// Alertmanager webhooks at 1,000 alerts/s on loopback (100 requests/s of 10 alerts: new
// fingerprints of one group, and from the sixth second on two of every ten resolve alerts that
// fired five seconds earlier), while this process runs the real MainWindow (offscreen) on the same
// database with the storm's incident open beside the incident list. It measures
//   - GUI-thread stalls: a 2 ms heartbeat timer on the GUI thread; a timer fires only when the
//     thread is back in its event loop, so a gap between two beats is how long the thread did not
//     return to it (max, p99, p99.9 of the gaps, and how many exceed 50 ms);
//   - whether the open incident's view keeps in step: every 100 ms a thread of its own (with its
//     own connection) compares what the view's timeline model held at its last look (every 20 ms
//     on the GUI thread) with the committed timeline of the incident: the lag in events and in ms
//     (the age of the oldest committed event the view does not show yet), at most during the
//     storm and at its end;
//   - serve's answers (all 2xx?) and the alert rate achieved.
// Baseline in the same run: the same monitor over the same time, same window and database, with
// no storm (before it).
//
//   ./dev shell build/root/bin/bench_storm [seconds] [DB] [incidents] [trace]
// seconds: of the storm and of the baseline (default 30). DB: a file, or a server's location of
// an empty database (default: a new file in a temporary folder). incidents: demo incidents
// written first (default 2000; 0 for none), so that the list has a history. trace: see
// TracingApplication.
// Needs sitrepctl beside it (same bin directory). Issue target: no stall over 50 ms, and the
// view in step.

#include "LoopbackHttp.h"
#include "MainWindow.h"
#include "incidents/IncidentView.h"
#include "incidents/IncidentsPage.h"
#include "models/TimelineModel.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDateTime>
#include <QDebug>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

using namespace sitrep;
using Clock = std::chrono::steady_clock;

namespace {

using namespace sitrep::bench;

QTextStream out(stdout);

constexpr int requestsPerSecond = 100;
constexpr int alertsPerRequest = 10;
constexpr int resolvesPerRequest = 2;
constexpr int resolveAfterRequests = 5 * requestsPerSecond;

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[size_t(std::min<double>(double(v.size() - 1), p * double(v.size())))];
}

double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// ---- the sender: plain sockets on its own thread, so that it costs the GUI nothing ----

QByteArray isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
}

QByteArray fingerprint(qint64 request, int i) { return "storm-" + QByteArray::number(request) + "-" + QByteArray::number(i); }

// Request n: ten alerts of the group "storm"; the last two resolve alerts of request n - 500.
QByteArray stormPayload(qint64 n)
{
    const QByteArray now = isoNow();
    QByteArray alerts;
    for (int i = 0; i < alertsPerRequest; ++i) {
        const bool resolve = n >= resolveAfterRequests && i >= alertsPerRequest - resolvesPerRequest;
        const QByteArray fp = resolve ? fingerprint(n - resolveAfterRequests, i - (alertsPerRequest - resolvesPerRequest)) : fingerprint(n, i);
        if (i)
            alerts += ',';
        alerts += "{\"status\":\"" + QByteArray(resolve ? "resolved" : "firing") + "\",\"labels\":{\"alertname\":\"StormAlert\","
                  "\"service\":\"storm\",\"severity\":\"critical\",\"instance\":\"" + fp + "\"},"
                  "\"annotations\":{\"summary\":\"Storm alert " + fp + "\"},"
                  "\"startsAt\":\"" + now + "\",\"endsAt\":\"" + (resolve ? now : QByteArray("0001-01-01T00:00:00Z")) + "\","
                  "\"generatorURL\":\"http://prometheus:9090/graph\",\"fingerprint\":\"" + fp + "\"}";
    }
    return "{\"version\":\"4\",\"groupKey\":\"{}:{service=\\\"storm\\\"}\",\"status\":\"firing\",\"receiver\":\"sitrep\","
           "\"groupLabels\":{\"service\":\"storm\"},\"commonLabels\":{},\"commonAnnotations\":{},\"externalURL\":\"http://am:9093\","
           "\"alerts\":[" + alerts + "]}";
}

struct SendResult
{
    qint64 requests = 0;
    qint64 non2xx = 0;
    qint64 alerts = 0;      // in requests answered 2xx
    double seconds = 0;
    std::vector<double> latenciesMs;
};

struct Connection
{
    int fd = -1;
    QByteArray inbox;
    bool busy = false;
    Clock::time_point started;
    int alerts = 0;
};

// Open loop at `rate` requests/s (each request timed from its scheduled time), from request
// number `first` on, over a few keep-alive connections.
SendResult sendStorm(quint16 port, double seconds, double rate, qint64 first)
{
    std::vector<Connection> conns(8);
    for (auto &c : conns)
        c.fd = connectTo(port);
    SendResult r;
    qint64 next = first;
    std::deque<Clock::time_point> backlog;
    const auto start = Clock::now();
    const auto end = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    const auto interval = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / rate));
    auto scheduled = start;
    std::vector<pollfd> fds(conns.size());
    for (;;) {
        const auto now = Clock::now();
        const bool running = now < end;
        if (running) {
            while (scheduled <= now) {
                backlog.push_back(scheduled);
                scheduled += interval;
            }
            for (auto &c : conns) {
                if (c.busy || backlog.empty() || c.fd < 0)
                    continue;
                const QByteArray request = httpRequest("POST", "/api/v1/alertmanager", stormPayload(next++));
                qsizetype sent = 0;
                while (sent < request.size()) {
                    const auto n = ::send(c.fd, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
                    if (n <= 0)
                        break;
                    sent += n;
                }
                c.busy = true;
                c.started = backlog.front();
                c.alerts = alertsPerRequest;
                backlog.pop_front();
            }
        }
        bool anyBusy = false;
        for (size_t i = 0; i < conns.size(); ++i) {
            fds[i] = {conns[i].fd, short(conns[i].busy ? POLLIN : 0), 0};
            anyBusy = anyBusy || conns[i].busy;
        }
        if (!running && !anyBusy)
            break;
        const int timeoutMs = running ? int(std::max<qint64>(0, std::chrono::duration_cast<std::chrono::milliseconds>(scheduled - Clock::now()).count())) : 50;
        ::poll(fds.data(), nfds_t(fds.size()), timeoutMs);
        for (size_t i = 0; i < conns.size(); ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            Connection &c = conns[i];
            char buffer[65536];
            const auto n = ::recv(c.fd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                // A connection the server closed: counted as an unanswered request, not retried.
                c.busy = false;
                ++r.requests;
                ++r.non2xx;
                ::close(c.fd);
                c.fd = connectTo(port);
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
                else
                    r.alerts += c.alerts;
                r.latenciesMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - c.started).count());
            }
        }
    }
    r.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    for (auto &c : conns)
        if (c.fd >= 0)
            ::close(c.fd);
    return r;
}

// One request on a connection of its own, waiting for its answer: the status, 0 when none.
int requestOnce(quint16 port, const char *method, const char *path, const QByteArray &body)
{
    const int fd = connectTo(port);
    if (fd < 0)
        return 0;
    const QByteArray request = httpRequest(method, path, body);
    int status = 0;
    if (::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) == request.size()) {
        QByteArray answer;
        char buffer[4096];
        ssize_t n;
        // Qt HTTP Server keeps the connection open: read one whole response, not to EOF.
        while (completeResponse(answer, &status) == 0 && (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0)
            answer.append(buffer, n);
    }
    ::close(fd);
    return status;
}

// ---- the GUI thread's heartbeat ----

class StallMonitor : public QObject
{
public:
    static constexpr int beatMs = 2;

    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(beatMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double gap = m_clock.nsecsElapsed() / 1e6 - m_last;
            m_last += gap;
            if (m_recording) {
                m_gaps.push_back(gap);
                if (gap > 50)
                    m_longAt.push_back({gap, m_last - m_startedAt});
            }
        });
        m_clock.start();
        m_timer.start();
    }

    void startRecording()
    {
        m_gaps.clear();
        m_longAt.clear();
        m_startedAt = m_last = m_clock.nsecsElapsed() / 1e6;
        m_recording = true;
    }
    void stopRecording() { m_recording = false; }
    double longest() const { return percentile(m_gaps, 1.0); }

    void report(const QString &what) const
    {
        const auto over = std::count_if(m_gaps.begin(), m_gaps.end(), [](double g) { return g > 50; });
        out << QStringLiteral("%1: %2 beats, longest time away from the event loop %3 ms, p99 %4 ms, p99.9 %5 ms, over 50 ms: %6")
                   .arg(what).arg(m_gaps.size()).arg(percentile(m_gaps, 1.0), 0, 'f', 1).arg(percentile(m_gaps, 0.99), 0, 'f', 1)
                   .arg(percentile(m_gaps, 0.999), 0, 'f', 1).arg(over) << Qt::endl;
        QStringList worst;
        auto longest = m_longAt;
        std::sort(longest.begin(), longest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (size_t i = 0; i < std::min<size_t>(8, longest.size()); ++i)
            worst << QStringLiteral("%1 ms at %2 s").arg(longest[i].first, 0, 'f', 0).arg(longest[i].second / 1000, 0, 'f', 1);
        if (!worst.isEmpty())
            out << "    longest: " << worst.join(QStringLiteral(", ")) << Qt::endl;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_startedAt = 0;
    bool m_recording = false;
    std::vector<double> m_gaps;
    std::vector<std::pair<double, double>> m_longAt;   // gap, when (ms into the recording)
};

// ---- in step: what the open incident's view holds against what is committed ----

struct ViewSnapshot
{
    qint64 rows = 0;
    qint64 newestId = 0;     // the highest event id the view holds
    qint64 takenAtMs = 0;    // wall clock
};

struct Lag
{
    qint64 events = 0;
    double ms = 0;
    qint64 committed = 0;
    qint64 shown = 0;
};

class StepWatcher
{
public:
    StepWatcher(DatabasePtr db, qint64 incidentId) : m_db(std::move(db)), m_incidentId(incidentId) {}

    // GUI thread: what the view holds now.
    void look(const TimelineModel &model)
    {
        qint64 newest = 0;
        for (const TimelineEvent &e : model.allEvents())
            newest = std::max(newest, e.id);
        std::lock_guard lock(m_mutex);
        m_view = {model.rowCount(), newest, QDateTime::currentMSecsSinceEpoch()};
    }

    void start()
    {
        m_running = true;
        m_thread = std::thread([this] {
            while (m_running) {
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
                const Lag lag = measure();
                std::lock_guard lock(m_mutex);
                m_last = lag;
                if (m_recording) {
                    m_maxEvents = std::max(m_maxEvents, lag.events);
                    m_maxMs = std::max(m_maxMs, lag.ms);
                    m_samples.push_back(lag.ms);
                }
            }
            m_db->releaseThreadConnection();
        });
    }
    void stop()
    {
        m_running = false;
        if (m_thread.joinable())
            m_thread.join();
    }
    void startRecording()
    {
        std::lock_guard lock(m_mutex);
        m_maxEvents = 0;
        m_maxMs = 0;
        m_samples.clear();
        m_recording = true;
    }
    void stopRecording()
    {
        std::lock_guard lock(m_mutex);
        m_recording = false;
    }
    Lag last()
    {
        std::lock_guard lock(m_mutex);
        return m_last;
    }
    void report(const QString &what)
    {
        std::lock_guard lock(m_mutex);
        out << QStringLiteral("%1: lag of the open incident's timeline, max %2 events, max %3 ms, p95 %4 ms; at the end %5 events, %6 ms "
                              "(committed %7, shown %8)")
                   .arg(what).arg(m_maxEvents).arg(m_maxMs, 0, 'f', 0).arg(percentile(m_samples, 0.95), 0, 'f', 0)
                   .arg(m_last.events).arg(m_last.ms, 0, 'f', 0).arg(m_last.committed).arg(m_last.shown) << Qt::endl;
    }

private:
    Lag measure()
    {
        ViewSnapshot view;
        {
            std::lock_guard lock(m_mutex);
            view = m_view;
        }
        Lag lag;
        lag.shown = view.rows;
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT count(*), min(created_at) FROM timeline_events WHERE incident_id = ? AND id > ?"));
        q.addBindValue(m_incidentId);
        q.addBindValue(view.newestId);
        if (q.exec() && q.next()) {
            lag.events = q.value(0).toLongLong();
            // From now: a view whose thread is stuck shows nothing new either.
            if (lag.events > 0)
                lag.ms = double(QDateTime::currentMSecsSinceEpoch() - q.value(1).toLongLong());
        }
        q.prepare(QStringLiteral("SELECT count(*) FROM timeline_events WHERE incident_id = ?"));
        q.addBindValue(m_incidentId);
        if (q.exec() && q.next())
            lag.committed = q.value(0).toLongLong();
        return lag;
    }

    DatabasePtr m_db;
    qint64 m_incidentId;
    std::mutex m_mutex;
    ViewSnapshot m_view;
    Lag m_last;
    bool m_recording = false;
    qint64 m_maxEvents = 0;
    double m_maxMs = 0;
    std::vector<double> m_samples;
    std::atomic<bool> m_running{false};
    std::thread m_thread;
};

// With "trace": every event the GUI thread took over 20 ms to handle, with its receiver, on
// stderr (nested ones too, indented): where the stalls come from.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool tracing = false;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!tracing || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const int type = event->type();
        QElapsedTimer t;
        t.start();
        ++m_depth;
        const bool done = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = t.nsecsElapsed() / 1e6;
        if (ms > 20)
            qInfo().noquote() << QString(m_depth * 2, QLatin1Char(' ')) << ms << "ms event" << type << "to"
                              << receiver->metaObject()->className() << receiver->objectName() << "in"
                              << (receiver->parent() ? receiver->parent()->metaObject()->className() : "-");
        return done;
    }

private:
    int m_depth = 0;
};

// Runs the event loop for `ms`, or until `until` says so (asked every 20 ms).
void runFor(double ms, const std::function<bool()> &until = {})
{
    QEventLoop loop;
    QTimer::singleShot(int(ms), &loop, &QEventLoop::quit);
    QTimer ask;
    if (until) {
        QObject::connect(&ask, &QTimer::timeout, &loop, [&] {
            if (until())
                loop.quit();
        });
        ask.start(20);
    }
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);   // the window's settings are not the user's
    const QStringList args = app.arguments();
    const double seconds = args.size() > 1 ? args[1].toDouble() : 30.0;
    QTemporaryDir dir;
    const QString location = args.size() > 2 && !args[2].isEmpty() ? args[2] : dir.filePath(QStringLiteral("storm.db"));
    const QString binDir = QCoreApplication::applicationDirPath();
    const int demoIncidents = args.size() > 3 ? args[3].toInt() : 2000;
    app.tracing = args.size() > 4 && args[4] == QLatin1String("trace");

    if (demoIncidents > 0) {
        QProcess demo;
        demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        demo.start(binDir + QStringLiteral("/sitrepctl"), {QStringLiteral("demo"), QStringLiteral("--db"), location,
                                                          QStringLiteral("--incidents"), QString::number(demoIncidents)});
        if (!demo.waitForFinished(600000) || demo.exitCode() != 0) {
            out << "sitrepctl demo failed" << Qt::endl;
            return 1;
        }
    }
    auto db = Database::open(location);
    if (!db) {
        out << db.error() << Qt::endl;
        return 1;
    }

    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(binDir + QStringLiteral("/sitrepctl"),
                 {QStringLiteral("serve"), QStringLiteral("--db"), location, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QByteArray line;
    while (!line.contains('\n') && server.waitForReadyRead(15000))
        line += server.readAllStandardOutput();
    const quint16 port = quint16(line.mid(line.lastIndexOf(':') + 1).trimmed().toUInt());
    if (port == 0) {
        out << "sitrepctl serve did not start: " << server.readAllStandardError() << Qt::endl;
        return 1;
    }
    for (int attempt = 0; attempt < 100 && requestOnce(port, "GET", "/healthz", {}) != 200; ++attempt)
        QThread::msleep(20);

    // The storm's incident: opened by its first request, before the window opens on it.
    if (const int status = requestOnce(port, "POST", "/api/v1/alertmanager", stormPayload(0)); status < 200 || status >= 300) {
        out << "the first alert was answered " << status << Qt::endl;
        return 1;
    }
    qint64 incidentId = 0;
    {
        QSqlQuery q((*db)->connection());
        if (q.exec(QStringLiteral("SELECT incident_id FROM alerts WHERE dedup_key LIKE 'storm-%' ORDER BY id DESC LIMIT 1")) && q.next())
            incidentId = q.value(0).toLongLong();
    }
    if (incidentId == 0) {
        out << "the storm's first alert opened no incident" << Qt::endl;
        return 1;
    }

    StallMonitor monitor;
    auto window = std::make_unique<ui::MainWindow>(*db);
    window->show();
    window->showArea(ui::MainWindow::IncidentsArea);
    window->incidentsPage()->selectIncident(incidentId);
    runFor(1000);
    if (window->incidentsPage()->detail()->incidentId() != incidentId) {
        out << "the storm's incident is not open in the view" << Qt::endl;
        return 1;
    }
    auto *timeline = qobject_cast<TimelineModel *>(
        window->incidentsPage()->detail()->findChild<QTableView *>(QStringLiteral("timelineView"))->model());
    StepWatcher watcher(*db, incidentId);
    QTimer looker;
    QObject::connect(&looker, &QTimer::timeout, &app, [&] { watcher.look(*timeline); });
    looker.start(20);
    watcher.look(*timeline);
    watcher.start();

    out << "bench_storm: " << (*db)->location().displayName() << ", " << demoIncidents << " demo incidents, sitrepctl serve on 127.0.0.1:"
        << port << ", " << requestsPerSecond * alertsPerRequest << " alerts/s (" << requestsPerSecond << " requests/s of "
        << alertsPerRequest << ") for " << seconds << " s, incident " << incidentId << " open" << Qt::endl;

    // Baseline: the same window, the same monitor, no storm.
    monitor.startRecording();
    watcher.startRecording();
    runFor(seconds * 1000);
    monitor.stopRecording();
    watcher.stopRecording();
    monitor.report(QStringLiteral("baseline (no storm)"));

    // The storm, from a thread of its own.
    SendResult sent;
    std::atomic<bool> done{false};
    Clock::time_point lastAnswer;
    monitor.startRecording();
    watcher.startRecording();
    std::thread sender([&] {
        sent = sendStorm(port, seconds, requestsPerSecond, 1);
        lastAnswer = Clock::now();
        done = true;
    });
    runFor(seconds * 1000 + 60000, [&] { return done.load(); });
    sender.join();
    // Until the view shows everything committed (at most 30 s more): two looks in a row that
    // found it in step (a look is up to 100 ms old).
    int inStep = 0;
    double catchUpMs = 0;
    runFor(30000, [&] {
        const Lag lag = watcher.last();
        inStep = lag.events == 0 && lag.committed == lag.shown ? inStep + 1 : 0;
        if (inStep == 1)
            catchUpMs = msSince(lastAnswer);
        return inStep >= 10;
    });
    monitor.stopRecording();
    watcher.stopRecording();
    looker.stop();
    watcher.stop();

    out << QStringLiteral("storm: %1 requests (%2 alerts answered 2xx) in %3 s: %4 alerts/s; non-2xx %5; answers p50 %6 ms, p99 %7 ms, max %8 ms")
               .arg(sent.requests).arg(sent.alerts).arg(sent.seconds, 0, 'f', 1).arg(double(sent.alerts) / sent.seconds, 0, 'f', 0)
               .arg(sent.non2xx).arg(percentile(sent.latenciesMs, 0.5), 0, 'f', 1).arg(percentile(sent.latenciesMs, 0.99), 0, 'f', 1)
               .arg(percentile(sent.latenciesMs, 1.0), 0, 'f', 1) << Qt::endl;
    monitor.report(QStringLiteral("storm"));
    watcher.report(QStringLiteral("storm"));
    const Lag end = watcher.last();
    const bool caughtUp = end.events == 0 && end.committed == end.shown;
    out << (caughtUp ? QStringLiteral("the view showed every committed event %1 ms after the last answer (looked every 100 ms)").arg(catchUpMs, 0, 'f', 0)
                     : QStringLiteral("the view did NOT show every committed event within 30 s of the last answer")) << Qt::endl;
    out << QStringLiteral("target: no GUI stall over 50 ms during the storm and the view in step: %1")
               .arg(monitor.longest() <= 50 && caughtUp ? QStringLiteral("met") : QStringLiteral("MISSED")) << Qt::endl;

    window.reset();
    server.terminate();
    server.waitForFinished(30000);
    return 0;
}
