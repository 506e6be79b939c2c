// A second (third, …) writer for tst_concurrentwriters: a process of its own on the same
// database, as another desktop or an intake server would be. It opens the database, says
// "ready", waits until the test creates the go file (so that all writers start together), then
// does one thing and reports each result on a line of its own:
//
//   sitrep_test_writer LOCATION GOFILE declare COUNT AUTHOR     -> "number N" per incident
//   sitrep_test_writer LOCATION GOFILE title ID EXPECTED NEW DELAYMS
//   sitrep_test_writer LOCATION GOFILE commander ID EXPECTED NEW DELAYMS
//                                                              -> "won EVENTID" or "refused MESSAGE"
//
// DELAYMS makes the clock slow (every reading of it sleeps that long): an edit reads the time
// after it checked the expected value and before it writes, so every writer has checked before
// any has written, and only compare-and-set keeps both from winning.
#include "storage/Database.h"
#include "storage/IncidentStore.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace sitrep;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

bool waitFor(const QString &goFile)
{
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(goFile)) {
        if (waited.elapsed() > 60'000)
            return false;
        QThread::msleep(2);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        say(QStringLiteral("error usage: LOCATION GOFILE declare COUNT AUTHOR | title|commander ID EXPECTED NEW DELAYMS"));
        return 2;
    }
    auto db = Database::open(args[1]);
    if (!db) {
        say(QStringLiteral("error ") + db.error());
        return 1;
    }
    const IncidentStore store(**db);
    const QString action = args[3];
    say(QStringLiteral("ready"));
    if (!waitFor(args[2])) {
        say(QStringLiteral("error the go file never appeared"));
        return 1;
    }
    if (action == QLatin1String("declare") && args.size() == 6) {
        const int count = args[4].toInt();
        for (int i = 0; i < count; ++i) {
            auto incident = store.declare({QStringLiteral("%1's incident %2").arg(args[5]).arg(i), Severity::Sev3, {}, {}, false, {}},
                                          args[5]);
            if (!incident) {
                say(QStringLiteral("error ") + incident.error());
                return 1;
            }
            say(QStringLiteral("number %1").arg(incident->number));
        }
        return 0;
    }
    if ((action == QLatin1String("title") || action == QLatin1String("commander")) && args.size() == 8) {
        const int delayMs = args[7].toInt();
        Clock::setSource([delayMs] {
            QThread::msleep(delayMs);
            return QDateTime::currentMSecsSinceEpoch();
        });
        const IncidentField field = action == QLatin1String("title") ? IncidentField::Title : IncidentField::Commander;
        auto event = store.apply({args[4].toLongLong(), field, args[5], args[6]}, QStringLiteral("writer"));
        say(event ? QStringLiteral("won %1").arg(*event) : QStringLiteral("refused ") + event.error());
        return 0;
    }
    say(QStringLiteral("error unknown action ") + action);
    return 2;
}
