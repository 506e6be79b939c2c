#pragma once
// Writes held on this computer while the team database did not answer (HeldWrite.h), one list
// per database, kept in a small JSON file under AppDataLocation/outbox/ and rewritten whole
// (QSaveFile: a new file renamed over the old one) before a change returns, so that a crash or a
// closed window a second later loses none of them.
//
// Why a file of its own and not QSettings (where NoteDrafts keeps half-typed notes): this is an
// ordered list of typed records that must be replayed in order, QSettings would flatten it into
// keys and @Variant strings; and the JSON file is one a person can read or mail as it is, even
// when Sitrep never starts again on this computer.
//
// Two Sitrep processes on the same database share the file: every change is made under a lock
// file (QLockFile) to the list as the file has it then, by the writes' ids, so that neither
// process overwrites what the other held.

#include "domain/HeldWrite.h"
#include "util/Result.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace sitrep::ui {

class Outbox : public QObject
{
    Q_OBJECT
public:
    // Loads what is held for the database of that name (DatabaseLocation::displayName()).
    explicit Outbox(const QString &databaseName, QObject *parent = nullptr);

    // AppDataLocation/outbox/<hash of the name>.json.
    static QString fileFor(const QString &databaseName);
    const QString &file() const { return m_file; }
    const QString &databaseName() const { return m_databaseName; }

    // As of this object's last change or load.
    const QList<HeldWrite> &writes() const { return m_writes; }
    int count() const { return int(m_writes.size()); }
    bool isEmpty() const { return m_writes.isEmpty(); }

    // Appends `writes` and writes the file before returning: when that fails nothing is held
    // and the caller must tell the user. A postmortem's text replaces the text held before for
    // the same postmortem (it contains what was typed then), in its place in the list.
    Done add(const QList<HeldWrite> &writes);
    // Replaces the held writes with the same ids (a replay's refusal, a label); others stay.
    Done update(const QList<HeldWrite> &writes);
    Done remove(const QStringList &ids);
    std::optional<HeldWrite> postmortemText(qint64 postmortemId) const;
    Done removePostmortemText(qint64 postmortemId);

    // Empty when the file was read (or there was none); otherwise why it could not be read and
    // where it was set aside (it is never overwritten: it may hold someone's work).
    const QString &loadProblem() const { return m_loadProblem; }

signals:
    void changed();

private:
    // What the file holds now; an unreadable file is set aside (loadProblem) and counts as
    // holding what this object last knew.
    QList<HeldWrite> readFile();
    Done save(const QList<HeldWrite> &writes);
    // Under the lock: the file's list, edited, written back.
    Done change(const std::function<void(QList<HeldWrite> &)> &edit);

    QString m_databaseName;
    QString m_file;
    QList<HeldWrite> m_writes;
    QString m_loadProblem;
};

} // namespace sitrep::ui
