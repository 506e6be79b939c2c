#include "storage/NewDatabaseFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sitrep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NewDatabaseFile)
};

const char *const companions[] = {"-wal", "-shm", "-journal"};

// The first existing file of a database by that name, if any.
QString existingPart(const QString &path)
{
    if (QFileInfo::exists(path))
        return path;
    for (const char *suffix : companions)
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            return path + QLatin1String(suffix);
    return {};
}

} // namespace

Done claimNewDatabaseFile(const QString &path)
{
    if (path.isEmpty())
        return fail(Tr::tr("Choose a file name for the new database."));
    const QString found = existingPart(path);
    if (found == path)
        return fail(Tr::tr("%1 already exists. A new database never replaces a file: choose another name.")
                        .arg(QDir::toNativeSeparators(path)));
    if (!found.isEmpty())
        return fail(Tr::tr("%1 is left over from an earlier database of that name, and SQLite would read it into the new "
                           "one. Choose another name, or move that file away first.")
                        .arg(QDir::toNativeSeparators(found)));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(QFileInfo::exists(path)
                        ? Tr::tr("%1 already exists. A new database never replaces a file: choose another name.")
                              .arg(QDir::toNativeSeparators(path))
                        : Tr::tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QString freeDatabaseName(const QString &path)
{
    if (existingPart(path).isEmpty())
        return path;
    const QFileInfo info(path);
    const QString suffix = info.completeSuffix().isEmpty() ? QString() : QLatin1Char('.') + info.completeSuffix();
    for (int n = 2; n < 1000; ++n) {
        const QString candidate = info.dir().filePath(QStringLiteral("%1-%2%3").arg(info.baseName()).arg(n).arg(suffix));
        if (existingPart(candidate).isEmpty())
            return candidate;
    }
    return path;
}

} // namespace sitrep
