#include "common/Outbox.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace sitrep::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
};

constexpr int formatVersion = 1;

} // namespace

Outbox::Outbox(const QString &databaseName, QObject *parent)
    : QObject(parent), m_databaseName(databaseName), m_file(fileFor(databaseName))
{
    m_writes = readFile();
}

QString Outbox::fileFor(const QString &databaseName)
{
    // The name hashed (a server's address or a path makes a poor file name); the file itself
    // says which database it belongs to.
    const QByteArray hash = QCryptographicHash::hash(databaseName.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/outbox/") +
           QString::fromLatin1(hash) + QStringLiteral(".json");
}

QList<HeldWrite> Outbox::readFile()
{
    QFile f(m_file);
    if (!f.exists())
        return {};
    QString problem;
    if (!f.open(QIODevice::ReadOnly)) {
        problem = f.errorString();
    } else {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        f.close();
        if (error.error != QJsonParseError::NoError) {
            problem = error.errorString();
        } else if (doc.object().value(QStringLiteral("version")).toInt() > formatVersion) {
            problem = Tr::tr("it was written by a newer version of Sitrep");
        } else {
            auto writes = heldwrites::fromJson(doc.object().value(QStringLiteral("writes")).toArray());
            if (writes)
                return *writes;
            problem = writes.error();
        }
    }
    // Never overwritten by the next held change: it is set aside under a name of its own.
    const QString aside = m_file.chopped(5) + QStringLiteral(".unreadable-%1.json").arg(QDateTime::currentMSecsSinceEpoch());
    const bool moved = QFile::rename(m_file, aside);
    m_loadProblem = moved ? Tr::tr("The changes held on this computer for %1 could not be read (%2). The file was "
                                   "kept as %3.").arg(m_databaseName, problem, QDir::toNativeSeparators(aside))
                          : Tr::tr("The changes held on this computer for %1 could not be read (%2), in %3.")
                                .arg(m_databaseName, problem, QDir::toNativeSeparators(m_file));
    return m_writes;
}

Done Outbox::save(const QList<HeldWrite> &writes)
{
    if (writes.isEmpty()) {
        // Nothing held: no file, so that an empty outbox leaves nothing behind.
        if (QFile::exists(m_file) && !QFile::remove(m_file))
            return fail(Tr::tr("Could not update %1.").arg(QDir::toNativeSeparators(m_file)));
        return {};
    }
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly))
        return fail(Tr::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_file), f.errorString()));
    const QJsonObject doc{{QStringLiteral("version"), formatVersion},
                          {QStringLiteral("database"), m_databaseName},
                          {QStringLiteral("writes"), heldwrites::toJson(writes)}};
    f.write(QJsonDocument(doc).toJson());
    if (!f.commit())
        return fail(Tr::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_file), f.errorString()));
    return {};
}

Done Outbox::change(const std::function<void(QList<HeldWrite> &)> &edit)
{
    const QString folder = QFileInfo(m_file).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(Tr::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    QLockFile lock(m_file + QStringLiteral(".lock"));
    if (!lock.tryLock(5000))
        return fail(Tr::tr("Could not lock %1: another Sitrep is writing it.").arg(QDir::toNativeSeparators(m_file)));
    QList<HeldWrite> writes = readFile();
    edit(writes);
    if (auto saved = save(writes); !saved)
        return saved;
    m_writes = writes;
    emit changed();
    return {};
}

Done Outbox::add(const QList<HeldWrite> &added)
{
    return change([&](QList<HeldWrite> &writes) {
        for (const HeldWrite &write : added) {
            bool replaced = false;
            if (write.kind == HeldWrite::Kind::PostmortemText) {
                for (HeldWrite &w : writes) {
                    if (w.kind == HeldWrite::Kind::PostmortemText && w.postmortemId == write.postmortemId) {
                        const QString base = w.baseText;   // what the server had before any of it
                        w = write;
                        w.baseText = base;
                        replaced = true;
                        break;
                    }
                }
            }
            if (!replaced)
                writes << write;
        }
    });
}

Done Outbox::update(const QList<HeldWrite> &updated)
{
    return change([&](QList<HeldWrite> &writes) {
        for (HeldWrite &w : writes)
            for (const HeldWrite &u : updated)
                if (u.id == w.id)
                    w = u;
    });
}

Done Outbox::remove(const QStringList &ids)
{
    return change([&](QList<HeldWrite> &writes) { writes.removeIf([&](const HeldWrite &w) { return ids.contains(w.id); }); });
}

std::optional<HeldWrite> Outbox::postmortemText(qint64 postmortemId) const
{
    for (const HeldWrite &w : m_writes)
        if (w.kind == HeldWrite::Kind::PostmortemText && w.postmortemId == postmortemId)
            return w;
    return std::nullopt;
}

Done Outbox::removePostmortemText(qint64 postmortemId)
{
    const auto held = postmortemText(postmortemId);
    if (!held)
        return {};
    return remove({held->id});
}

} // namespace sitrep::ui
