#pragma once
// Writes many rows at once in one transaction through SQLite's C API on the connection's own
// handle (measured 2.4x faster than QSqlQuery's positional binds). Used by the demo generator
// and by import. Nothing is visible to readers until commit(); destroying it uncommitted rolls
// back.
//
// On a database with no incidents yet, the full-text triggers are set aside inside the
// transaction and the indexes rebuilt once at commit (about 3x faster than trigger upkeep).

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
    Result<qint64> addAlert(const Alert &alert);
    Result<qint64> addTimelineEvent(const TimelineEvent &event);
    // Adds the runbook with its version history (versions: body per version, oldest first).
    Result<qint64> addRunbook(const Runbook &runbook, const QList<QPair<int, QString>> &versions,
                              const QList<qint64> &versionSeenAt);
    Result<qint64> addChecklistItem(const ChecklistItem &item);
    Result<qint64> addPostmortem(const Postmortem &postmortem);
    Result<qint64> addActionItem(const ActionItem &item);

    Done commit();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    bool m_startedEmpty = false;
};

} // namespace sitrep
