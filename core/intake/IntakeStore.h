#pragma once
// Applies normalized alerts to the database: dedup by the sender's identity, grouping into open
// incidents by the intake rules, incidents opened by alerts, and a timeline event for every
// firing, resolving and acknowledging. Runs on the intake writer's thread: on a file through
// SQLite's C API (tens of thousands of alerts per second), on a PostgreSQL server through Qt SQL,
// where other intake processes may write at the same time (unique constraints with ON CONFLICT
// keep one open episode per alert and one incident per group). Each batch either applies whole
// or not at all.

#include "domain/Alert.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QList>

#include <memory>

namespace sitrep::intake {

struct IntakeCounts
{
    int received = 0;
    int created = 0;          // new alerts (or a new episode of a known one)
    int deduplicated = 0;     // redeliveries: only "last seen" moved
    int resolved = 0;
    int acknowledged = 0;
    int held = 0;             // new alerts kept in the inbox (below minimum severity, muted)
    int unmatched = 0;        // acknowledge/resolve for an identity we never saw
    QList<qint64> incidentsOpened;

    void add(const IntakeCounts &other);
};

// An alert with the JSON text intake stores for it, made on the receiving thread so that the
// one writer thread spends its time writing (measured: 7% of the writer's time per alert).
struct PreparedAlert
{
    Alert alert;
    QByteArray labelsJson;
    QByteArray annotationsJson;
};
QList<PreparedAlert> prepareAlerts(QList<Alert> alerts);

class IntakeStore
{
public:
    // Uses the calling thread's connection, with synchronous=FULL (a file) or synchronous_commit
    // on (a server): intake answers 2xx only after a commit that survives power loss.
    explicit IntakeStore(const Database &db);
    ~IntakeStore();
    IntakeStore(const IntakeStore &) = delete;
    IntakeStore &operator=(const IntakeStore &) = delete;

    // Prepares the statements and reads the rules once, so that the first alert does not wait
    // for it (measured: 45 ms for the first request of a fresh server without this).
    Done warmUp();

    // Group commit: begin(), apply() per request, commit(). A failing apply() leaves the
    // transaction as it was before it, so the other requests still commit.
    Done begin();
    Result<IntakeCounts> apply(const QList<PreparedAlert> &alerts);
    Done commit();
    void rollback();

    // One batch in its own transaction.
    Result<IntakeCounts> applyNow(const QList<Alert> &alerts);

    // Whether the last failed apply() lost a race with another writer on a server (a deadlock),
    // so that the same request, run again in a new transaction, may well succeed.
    bool lastFailureIsRetryable() const;
    // True when the server's connection is gone: this store can do nothing more, and a new
    // one (on a new connection) takes over once the server answers again.
    bool connectionLost() const;
    // Tests only: without the per-group locks a server takes for each request, so that two
    // writers of one group meet on the unique constraints themselves.
    void setGroupLocksForTests(bool on);

    // What weakens "durable before 2xx" on this database although intake serves, for the log
    // and /healthz (a server running with fsync off); empty when nothing does.
    QString durabilityNote() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sitrep::intake
