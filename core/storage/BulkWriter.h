#pragma once
// Writes many rows at once in one transaction. Used by the demo generator and by import.
// Nothing is visible to readers until commit(); destroying it uncommitted rolls back. Every
// add…() gives the new row's id at once, on either engine.
//
// Each row comes from its table's one mapping (storage/rows/: the same the stores' own INSERTs
// use) and goes in through the engine's fast path (rows/BulkRows.h).
//
// SQLite: through the C API on the connection's own handle (measured 2.4x faster than
// QSqlQuery's positional binds). On a database with no incidents yet, the full-text triggers are
// set aside inside the transaction and the indexes rebuilt once at commit (about 3x faster than
// trigger upkeep).
//
// PostgreSQL: rows are gathered and sent with COPY FROM STDIN on Qt's own connection, inside the
// writer's transaction, with ids taken from the tables' identity sequences in blocks; the search
// columns are the server's own. The incident number counter row is locked from begin() to
// commit(). A failed COPY is reported when the rows are sent (by a later add…(), flush() or
// commit()), naming the table, not the row; nothing of the load stays.

#include "domain/Alert.h"
#include "domain/Incident.h"
#include "domain/Postmortem.h"
#include "domain/Runbook.h"
#include "domain/Service.h"
#include "domain/TimelineEvent.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace sitrep {

class BulkWriter
{
public:
    explicit BulkWriter(const Database &db);
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    Done begin();
    // True when begin() found no incidents (the demo generator insists on that).
    bool startedEmpty() const { return m_startedEmpty; }

    Result<qint64> addService(const Service &service);      // existing name: returns its id
    // Assigns incident.number (when 0) and incident.id. Creates its service when needed.
    Done addIncident(Incident &incident);
    bool incidentNumberExists(int number) const;
    // True for a runbook slug in the database when begin() ran, or added since.
    bool runbookSlugExists(const QString &slug) const;
    Result<qint64> addAlert(const Alert &alert);
    Result<qint64> addTimelineEvent(const TimelineEvent &event);
    // Adds the runbook with its version history (versions: body per version, oldest first).
    Result<qint64> addRunbook(const Runbook &runbook, const QList<QPair<int, QString>> &versions,
                              const QList<qint64> &versionSeenAt);
    Result<qint64> addChecklistItem(const ChecklistItem &item);
    Result<qint64> addPostmortem(const Postmortem &postmortem);
    Result<qint64> addActionItem(const ActionItem &item);

    // Sends the rows gathered so far (PostgreSQL; nothing to do on SQLite), so that a caller
    // can tell which part of its input a failure came from.
    Done flush();
    // True once sending gathered rows failed: the error names a table, not the row being added.
    bool batchFailed() const;

    Done commit();

private:
    Done beginOnServer();
    Done commitOnServer();
    // Services, incident numbers and runbook slugs already there; the next incident number.
    Done readExisting(qint64 lastNumber);

    struct Impl;
    std::unique_ptr<Impl> d;
    bool m_startedEmpty = false;
};

} // namespace sitrep
