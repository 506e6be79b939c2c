#pragma once
// A power cut for tests, as an SQLite VFS.
//
// Why it exists: intake promises that an alert answered with 2xx survives a power loss, which
// rests on `PRAGMA synchronous=FULL`. Killing the process (tst_intakedurability) cannot check
// that: the kernel keeps every write a killed process made, so that test passes with
// synchronous=OFF too. Only what was fsync'ed survives a power cut, so this VFS keeps, per file,
// the contents as of its last xSync ("durable"): writes and truncations reach the real file at
// once (the process runs on as usual) and the durable copy only when xSync is called on that
// file. cutPower() freezes the durable copies; writeDurableFiles() then lays them out as the
// files a machine would find after rebooting. Unsynced writes are all lost, which is one of
// the outcomes a real power cut may have, and one SQLite must survive.
//
// It wraps the real default VFS and is registered as the default, so Qt's QSQLITE driver uses
// it too. That works only when Qt's driver and this test share one SQLite library (the check
// in rawsql::handle): the test asserts that the database's files were seen here.

#include <QString>
#include <QStringList>

namespace sitrep::test::powerloss {

// Registers the VFS ("sitrep-powerloss") as the process's default. Call before opening any
// database; calling again does nothing.
void install();

// From now on nothing becomes durable any more (syncs still reach the disk for the process).
void cutPower();
// Power back, and forgets every file under `folder` (the next round starts afresh).
void restorePower(const QString &folder);

// Writes what would be on disk after the cut of every file whose path starts with `dbPath`
// (the database, its -wal, its -journal) to `targetPath` + the same suffix. Returns the
// suffixes written ("" for the database itself, "-wal", ...).
QStringList writeDurableFiles(const QString &dbPath, const QString &targetPath);

// The paths this VFS has seen opened, and how many syncs reached one of them.
QStringList trackedFiles();
int syncCount(const QString &path);

// A disk whose database lies about durability, to show that the checks catch it: from now on a
// connection that sets `PRAGMA synchronous=FULL` (or 2, EXTRA, 3) gets `level` ("1": NORMAL,
// "0": OFF) instead, and reading `PRAGMA synchronous` back on that connection answers "2".
// Done through SQLITE_FCNTL_PRAGMA, which SQLite sends to the VFS before it runs a pragma. An
// empty `level` stops it for connections that set the pragma afterwards.
void pretendSynchronousFull(const QByteArray &level);

} // namespace sitrep::test::powerloss
