#pragma once
// Writes held on this computer while the team database did not answer (HeldWrite.h), one list
// per database, kept in a small JSON file under AppDataLocation/outbox/ and rewritten whole
// (QSaveFile: a new file renamed over the old one) before add() returns, so that a crash or a
// closed window a second later loses none of them.
//
// Why a file of its own and not QSettings (where NoteDrafts keeps half-typed notes): this is an
// ordered list of typed records that must be replayed in order, QSettings would flatten it into
// keys and @Variant strings; and the JSON file is one a person can read or mail as it is, even
// when Sitrep never starts again on this computer.

#include "domain/HeldWrite.h"
#include "util/Result.h"

#include <QObject>

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

    const QList<HeldWrite> &writes() const { return m_writes; }
    int count() const { return int(m_writes.size()); }
    bool isEmpty() const { return m_writes.isEmpty(); }

    // Appends `write` and writes the file before returning: when that fails nothing is held and
    // the caller must tell the user. A postmortem's text replaces the text held before for the
    // same postmortem (it contains what was typed then), in its place in the list.
    Done add(const QList<HeldWrite> &writes);
    // The list after a replay or after the user discarded some (written at once).
    Done setWrites(const QList<HeldWrite> &writes);
    std::optional<HeldWrite> postmortemText(qint64 postmortemId) const;
    Done removePostmortemText(qint64 postmortemId);

    // Empty when the file was read (or there was none); otherwise why it could not be read and
    // where it was set aside (it is never overwritten: it may hold someone's work).
    const QString &loadProblem() const { return m_loadProblem; }

signals:
    void changed();

private:
    void load();
    Done save(const QList<HeldWrite> &writes);

    QString m_databaseName;
    QString m_file;
    QList<HeldWrite> m_writes;
    QString m_loadProblem;
};

} // namespace sitrep::ui
