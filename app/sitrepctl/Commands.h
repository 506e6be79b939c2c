#pragma once
// One function per sitrepctl command. Each prints results on stdout, messages on stderr, and
// returns an exit code (CommandLine.h).

#include <QCommandLineOption>
#include <QString>
#include <QStringList>

#include "storage/Database.h"

#include <optional>

namespace sitrepctl {

struct DemoArgs
{
    QString db;
    qint64 incidents = 2000;
    quint64 seed = 1;
    std::optional<qint64> until;
};

int demo(const DemoArgs &args);
int check(const QString &db);
int migrate(const QString &db);
int exportJson(const QString &db, const QString &outFile);
int importJson(const QString &db, const QString &inFile);

struct CopyArgs
{
    QString from;
    QString to;
    bool replace = false;
};
int copy(const CopyArgs &args);

// --db: a file or a server (DatabaseLocation), the same for every command.
QCommandLineOption dbOption();

// Messages for people go to stderr.
void say(const QString &text);
// Opens a database that must already exist (commands that only read); says why not. A server's
// database exists when it can be reached (an empty one gets Sitrep's tables).
std::optional<sitrep::DatabasePtr> openExisting(const QString &db);

} // namespace sitrepctl
