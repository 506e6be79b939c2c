#include "PowerLossVfs.h"

#include <QByteArray>
#include <QFile>

#include <sqlite3.h>

#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace sitrep::test::powerloss {

namespace {

struct Change
{
    bool truncate = false;
    sqlite3_int64 offset = 0;   // truncate: the new size
    QByteArray bytes;
};

// One file as a power cut would leave it.
struct Shadow
{
    bool exists = false;          // a sync made the file itself durable
    QByteArray durable;           // its contents as of its last sync
    std::vector<Change> pending;  // reached the file since, in order: lost in a cut
    int syncs = 0;
    int openHandles = 0;
};

// SQLite calls a VFS from every thread that has a connection.
std::mutex mutex;
std::map<std::string, Shadow> shadows;   // by full path; nodes stay put while files point at them
bool powerCut = false;
QByteArray pretendedLevel;               // pretendSynchronousFull(); under the mutex

sqlite3_vfs *realVfs = nullptr;
sqlite3_vfs vfs;
sqlite3_io_methods methods;

struct File
{
    sqlite3_file base;
    sqlite3_file *real;   // the real VFS's file, in the same allocation right after this
    Shadow *shadow;       // nullptr: a temporary file, which no one opens after a reboot
    bool claimsFull;      // pretendSynchronousFull(): this connection was told FULL, runs less
};
constexpr int realOffset = int((sizeof(File) + 7) & ~size_t(7));

File *asFile(sqlite3_file *f) { return reinterpret_cast<File *>(f); }
sqlite3_file *real(sqlite3_file *f) { return asFile(f)->real; }

void apply(QByteArray &bytes, const Change &c)
{
    if (c.truncate) {
        bytes.resize(qsizetype(c.offset), '\0');
        return;
    }
    const qsizetype end = qsizetype(c.offset) + c.bytes.size();
    if (bytes.size() < end)
        bytes.resize(end, '\0');  // a hole reads as zeros
    std::memcpy(bytes.data() + c.offset, c.bytes.constData(), size_t(c.bytes.size()));
}

// Records a change that reached the real file, unless the power is already off.
void record(sqlite3_file *f, Change change)
{
    Shadow *s = asFile(f)->shadow;
    if (!s)
        return;
    std::lock_guard lock(mutex);
    if (!powerCut)
        s->pending.push_back(std::move(change));
}

int ioClose(sqlite3_file *f)
{
    const int rc = real(f)->pMethods->xClose(real(f));
    if (Shadow *s = asFile(f)->shadow) {
        std::lock_guard lock(mutex);
        --s->openHandles;  // what was not synced stays pending: closing does not flush
    }
    return rc;
}

int ioRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}

int ioWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    const int rc = real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
    if (rc == SQLITE_OK)
        record(f, Change{false, offset, QByteArray(static_cast<const char *>(buffer), amount)});
    return rc;
}

int ioTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    const int rc = real(f)->pMethods->xTruncate(real(f), size);
    if (rc == SQLITE_OK)
        record(f, Change{true, size, {}});
    return rc;
}

// The only way anything becomes durable. fsync flushes every write to the file, through
// whichever descriptor it came, so all pending changes of the path apply.
int ioSync(sqlite3_file *f, int flags)
{
    const int rc = real(f)->pMethods->xSync(real(f), flags);
    Shadow *s = asFile(f)->shadow;
    if (rc != SQLITE_OK || !s)
        return rc;
    std::lock_guard lock(mutex);
    if (powerCut)
        return rc;
    for (const Change &c : s->pending)
        apply(s->durable, c);
    s->pending.clear();
    s->exists = true;
    ++s->syncs;
    return rc;
}

int ioFileSize(sqlite3_file *f, sqlite3_int64 *size) { return real(f)->pMethods->xFileSize(real(f), size); }
int ioLock(sqlite3_file *f, int level) { return real(f)->pMethods->xLock(real(f), level); }
int ioUnlock(sqlite3_file *f, int level) { return real(f)->pMethods->xUnlock(real(f), level); }
int ioCheckReservedLock(sqlite3_file *f, int *out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
// SQLite asks the VFS about every pragma first (SQLITE_FCNTL_PRAGMA: arg is {result, name,
// value or null}); SQLITE_NOTFOUND lets SQLite run it, SQLITE_OK with a result answers it.
int pragmaLie(sqlite3_file *f, char **arg)
{
    if (!arg[1] || sqlite3_stricmp(arg[1], "synchronous") != 0)
        return SQLITE_NOTFOUND;
    QByteArray level;
    {
        std::lock_guard lock(mutex);
        level = pretendedLevel;
    }
    File *file = asFile(f);
    if (!arg[2]) {
        if (!file->claimsFull)
            return SQLITE_NOTFOUND;
        arg[0] = sqlite3_mprintf("2");
        return SQLITE_OK;
    }
    const QByteArray value = QByteArray(arg[2]).toUpper();
    const bool full = value == "FULL" || value == "2" || value == "EXTRA" || value == "3";
    if (!full || level.isEmpty()) {
        file->claimsFull = false;
        return SQLITE_NOTFOUND;
    }
    // The value is SQLite's own copy of the token, at least one character long: run the lower
    // level in its place.
    std::memcpy(arg[2], level.constData(), 1);
    arg[2][1] = '\0';
    file->claimsFull = true;
    return SQLITE_NOTFOUND;
}

int ioFileControl(sqlite3_file *f, int op, void *arg)
{
    if (op == SQLITE_FCNTL_PRAGMA) {
        if (const int rc = pragmaLie(f, static_cast<char **>(arg)); rc != SQLITE_NOTFOUND)
            return rc;
    }
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int ioSectorSize(sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); }
int ioDeviceCharacteristics(sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
// The -shm file is not a file of the database: it is rebuilt from the log after a crash.
int ioShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int ioShmLock(sqlite3_file *f, int offset, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), offset, n, flags); }
void ioShmBarrier(sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); }
int ioShmUnmap(sqlite3_file *f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); }
// Memory-mapped pages are only read: SQLite writes through xWrite.
int ioFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int ioUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *page) { return real(f)->pMethods->xUnfetch(real(f), offset, page); }

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    File *file = asFile(f);
    file->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(f) + realOffset);
    file->shadow = nullptr;
    file->claimsFull = false;
    f->pMethods = nullptr;
    const int rc = realVfs->xOpen(realVfs, name, file->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    if (name && !(flags & SQLITE_OPEN_DELETEONCLOSE)) {
        std::lock_guard lock(mutex);
        auto [it, seenFirst] = shadows.try_emplace(std::string(name));
        Shadow &s = it->second;
        if (seenFirst) {
            // A file from before this VFS: what is on disk counts as durable.
            sqlite3_int64 size = 0;
            if (file->real->pMethods->xFileSize(file->real, &size) == SQLITE_OK && size > 0) {
                s.durable.resize(qsizetype(size));
                if (file->real->pMethods->xRead(file->real, s.durable.data(), int(size), 0) == SQLITE_OK)
                    s.exists = true;
                else
                    s.durable.clear();
            }
        }
        ++s.openHandles;
        file->shadow = &s;
    }
    f->pMethods = &methods;
    return SQLITE_OK;
}

// A deletion counts at once. SQLite syncs the directory after an unlink only with
// synchronous=EXTRA; modelling lost unlinks would test the file system, not our pragmas.
int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    const int rc = realVfs->xDelete(realVfs, name, syncDir);
    if (rc == SQLITE_OK || rc == SQLITE_IOERR_DELETE_NOENT) {
        std::lock_guard lock(mutex);
        if (auto it = shadows.find(name); it != shadows.end() && !powerCut) {
            it->second.exists = false;
            it->second.durable.clear();
            it->second.pending.clear();
        }
    }
    return rc;
}

int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out) { return realVfs->xAccess(realVfs, name, flags, out); }
int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out) { return realVfs->xFullPathname(realVfs, name, size, out); }
void *vfsDlOpen(sqlite3_vfs *, const char *name) { return realVfs->xDlOpen(realVfs, name); }
void vfsDlError(sqlite3_vfs *, int size, char *out) { realVfs->xDlError(realVfs, size, out); }
void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void) { return realVfs->xDlSym(realVfs, handle, symbol); }
void vfsDlClose(sqlite3_vfs *, void *handle) { realVfs->xDlClose(realVfs, handle); }
int vfsRandomness(sqlite3_vfs *, int size, char *out) { return realVfs->xRandomness(realVfs, size, out); }
int vfsSleep(sqlite3_vfs *, int microseconds) { return realVfs->xSleep(realVfs, microseconds); }
int vfsCurrentTime(sqlite3_vfs *, double *out) { return realVfs->xCurrentTime(realVfs, out); }
int vfsGetLastError(sqlite3_vfs *, int size, char *out) { return realVfs->xGetLastError(realVfs, size, out); }
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out) { return realVfs->xCurrentTimeInt64(realVfs, out); }
int vfsSetSystemCall(sqlite3_vfs *, const char *name, sqlite3_syscall_ptr call) { return realVfs->xSetSystemCall(realVfs, name, call); }
sqlite3_syscall_ptr vfsGetSystemCall(sqlite3_vfs *, const char *name) { return realVfs->xGetSystemCall(realVfs, name); }
const char *vfsNextSystemCall(sqlite3_vfs *, const char *name) { return realVfs->xNextSystemCall(realVfs, name); }

} // namespace

void install()
{
    if (realVfs)
        return;
    realVfs = sqlite3_vfs_find(nullptr);
    // Everything below forwards to the real VFS, whose files are version 3 (shared memory and
    // memory-mapped reads); the unix VFS is.
    methods.iVersion = 3;
    methods.xClose = ioClose;
    methods.xRead = ioRead;
    methods.xWrite = ioWrite;
    methods.xTruncate = ioTruncate;
    methods.xSync = ioSync;
    methods.xFileSize = ioFileSize;
    methods.xLock = ioLock;
    methods.xUnlock = ioUnlock;
    methods.xCheckReservedLock = ioCheckReservedLock;
    methods.xFileControl = ioFileControl;
    methods.xSectorSize = ioSectorSize;
    methods.xDeviceCharacteristics = ioDeviceCharacteristics;
    methods.xShmMap = ioShmMap;
    methods.xShmLock = ioShmLock;
    methods.xShmBarrier = ioShmBarrier;
    methods.xShmUnmap = ioShmUnmap;
    methods.xFetch = ioFetch;
    methods.xUnfetch = ioUnfetch;

    vfs.iVersion = 3;
    vfs.szOsFile = realOffset + realVfs->szOsFile;
    vfs.mxPathname = realVfs->mxPathname;
    vfs.zName = "sitrep-powerloss";
    vfs.xOpen = vfsOpen;
    vfs.xDelete = vfsDelete;
    vfs.xAccess = vfsAccess;
    vfs.xFullPathname = vfsFullPathname;
    vfs.xDlOpen = vfsDlOpen;
    vfs.xDlError = vfsDlError;
    vfs.xDlSym = vfsDlSym;
    vfs.xDlClose = vfsDlClose;
    vfs.xRandomness = vfsRandomness;
    vfs.xSleep = vfsSleep;
    vfs.xCurrentTime = vfsCurrentTime;
    vfs.xGetLastError = vfsGetLastError;
    vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    vfs.xSetSystemCall = vfsSetSystemCall;
    vfs.xGetSystemCall = vfsGetSystemCall;
    vfs.xNextSystemCall = vfsNextSystemCall;
    sqlite3_vfs_register(&vfs, 1);
}

void cutPower()
{
    std::lock_guard lock(mutex);
    powerCut = true;
}

void restorePower(const QString &folder)
{
    const std::string prefix = folder.toStdString();
    std::lock_guard lock(mutex);
    powerCut = false;
    for (auto it = shadows.begin(); it != shadows.end();) {
        if (it->first.starts_with(prefix) && it->second.openHandles == 0)
            it = shadows.erase(it);
        else
            ++it;
    }
}

QStringList writeDurableFiles(const QString &dbPath, const QString &targetPath)
{
    const std::string base = dbPath.toStdString();
    QStringList written;
    std::lock_guard lock(mutex);
    for (const char *suffix : {"", "-wal", "-journal"}) {
        const auto it = shadows.find(base + suffix);
        if (it == shadows.end() || !it->second.exists)
            continue;
        QFile out(targetPath + QLatin1String(suffix));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(it->second.durable) == it->second.durable.size())
            written << QLatin1String(suffix);
    }
    return written;
}

QStringList trackedFiles()
{
    std::lock_guard lock(mutex);
    QStringList paths;
    for (const auto &[path, shadow] : shadows)
        paths << QString::fromStdString(path);
    return paths;
}

void pretendSynchronousFull(const QByteArray &level)
{
    std::lock_guard lock(mutex);
    pretendedLevel = level.left(1);
}

int syncCount(const QString &path)
{
    std::lock_guard lock(mutex);
    const auto it = shadows.find(path.toStdString());
    return it == shadows.end() ? 0 : it->second.syncs;
}

} // namespace sitrep::test::powerloss
