#include "ServeCommand.h"

#include "CommandLine.h"
#include "Commands.h"
#include "QuitOnSignal.h"
#include "intake/IntakeServer.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDebug>
#include <QThread>
#include <QTimer>
#include <QTextStream>

#include <memory>


namespace sitrepctl {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sitrepctl)
};

} // namespace

int serve(const ServeArgs &args)
{
    const auto listen = sitrep::intake::parseListenAddress(args.listen);
    if (!listen) {
        say(listen.error());
        return Usage;
    }
    sitrep::intake::IntakeConfig config;
    config.address = listen->first;
    config.port = listen->second;
    if (!args.tokenFile.isEmpty()) {
        auto token = sitrep::intake::readTokenFile(args.tokenFile);
        if (!token) {
            say(token.error());
            return Usage;
        }
        config.token = *token;
    }
    if (!config.address.isLoopback() && config.token.isEmpty()) {
        say(Tr::tr("Refusing to listen on %1 without --token-file: anyone on the network could open incidents.")
                .arg(args.listen));
        return Usage;
    }
    auto db = sitrep::Database::open(args.db);
    if (!db) {
        say(db.error());
        return Failed;
    }
    sitrep::intake::IntakeServer server(*db, config);
    if (auto started = server.start(); !started) {
        say(started.error());
        return Failed;
    }
    if (!quitOnSignal(nullptr)) {
        say(Tr::tr("Cannot set up signal handling."));
        return Failed;
    }
    // The change log keeps 30 days: forgotten at start and every hour, on a thread and a
    // connection of its own, so that no request waits for it.
    QTimer prune;
    std::unique_ptr<QThread> pruning;
    const auto pruneNow = [&pruning, database = *db] {
        if (pruning && pruning->isRunning())
            return;
        pruning.reset(QThread::create([database] {
            if (auto removed = sitrep::changelog::prune(database->connection(), sitrep::Clock::nowMs() - sitrep::changelog::keptForMs);
                !removed)
                qWarning().noquote() << "Cannot prune the change log:" << removed.error();
            database->releaseThreadConnection();
        }));
        pruning->start();
    };
    QObject::connect(&prune, &QTimer::timeout, qApp, pruneNow);
    prune.start(3600 * 1000);
    pruneNow();
    // The first line on stdout says where we listen (tests and scripts read the port from it).
    QTextStream(stdout) << "listening on http://" << server.listenAddress() << Qt::endl;
    say(Tr::tr("Intake for %1 on http://%2 (%3). Stop with Ctrl+C.")
            .arg((*db)->path(), server.listenAddress(),
                 config.token.isEmpty() ? Tr::tr("no token: loopback only") : Tr::tr("bearer token required")));
    const int code = QCoreApplication::exec();
    prune.stop();
    if (pruning)
        pruning->wait();
    say(Tr::tr("Stopping: %1 alerts received, %2 incidents opened.")
            .arg(server.metrics().alertsReceived()).arg(server.metrics().incidentsOpened()));
    return code == 0 ? Ok : Failed;
}

} // namespace sitrepctl
