#include "TailCommand.h"

#include "Commands.h"
#include "CommandLine.h"
#include "QuitOnSignal.h"
#include "domain/Incident.h"
#include "storage/ChangeFeed.h"
#include "storage/ChangeListener.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTextStream>


namespace sitrepctl {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sitrepctl)
};

// One JSON object per line, its keys in a fixed order that reads well (QJsonObject would sort
// them); each value written by Qt's JSON writer.
QByteArray jsonLine(const sitrep::Change &c)
{
    const auto value = [](const QJsonValue &v) {
        return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    };
    const auto optional = [&](const auto &v) { return v ? value(QJsonValue(qint64(*v))) : QByteArray("null"); };
    QByteArray line = "{\"id\":" + QByteArray::number(c.id);
    line += ",\"at\":" + value(sitrep::isoUtc(c.changedAt));
    line += ",\"table\":" + value(c.table);
    line += ",\"action\":" + value(c.action);
    line += ",\"row\":" + optional(c.rowId);
    line += ",\"incident_id\":" + optional(c.incidentId);
    line += ",\"incident\":" + (c.incidentNumber ? value(sitrep::Incident::publicIdFor(*c.incidentNumber)) : QByteArray("null"));
    line += ",\"by\":" + (c.actor.isEmpty() ? QByteArray("null") : value(c.actor));
    return line + '}';
}

} // namespace

int tail(const TailArgs &args)
{
    auto opened = openExisting(args.db);
    if (!opened)
        return Failed;
    const sitrep::DatabasePtr db = *opened;
    auto position = args.from ? sitrep::changefeed::after(db->connection(), *args.from) : sitrep::changefeed::end(db->connection());
    if (!position) {
        say(position.error());
        return Failed;
    }
    sitrep::FeedPosition at = *position;
    QTextStream out(stdout);
    bool readFailed = false;
    // Prints everything after `at`; false when the database could not be read.
    const auto drain = [&]() {
        for (;;) {
            auto changes = sitrep::changefeed::read(db->connection(), at);
            if (!changes) {
                if (!readFailed)
                    say(changes.error());
                readFailed = true;
                // A dropped connection: this thread's is opened again on the next read.
                db->releaseThreadConnection();
                return false;
            }
            readFailed = false;
            for (const sitrep::Change &c : *changes)
                out << jsonLine(c) << '\n';
            out.flush();
            if (changes->isEmpty())
                return true;
            at = sitrep::changefeed::positionOf(changes->constLast());
        }
    };
    if (!args.follow)
        return drain() ? Ok : Failed;

    if (QString why; !quitOnSignal(&why)) {
        say(Tr::tr("Cannot watch for signals: %1").arg(why));
        return Failed;
    }

    sitrep::ChangeListener listener(db);
    QObject::connect(&listener, &sitrep::ChangeListener::woken, qApp, [&] { drain(); });
    QObject::connect(&listener, &sitrep::ChangeListener::connectionLost, qApp, [&](const QString &error) {
        say(Tr::tr("Lost the connection to %1 (%2); reconnecting. Nothing is missed: the feed resumes where it stopped.")
                .arg(db->location().displayName(), error));
    });
    QObject::connect(&listener, &sitrep::ChangeListener::connectionRestored, qApp, [&] {
        say(Tr::tr("Connected to %1 again; catching up.").arg(db->location().displayName()));
    });
    drain();
    QCoreApplication::exec();
    return Ok;
}

} // namespace sitrepctl
