#include "alerts/IntakeService.h"

#include "intake/IntakeServer.h"
#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace sitrep::ui {

namespace {

const QString unitPrefix = QStringLiteral("sitrep-serve-");
const QString unitSuffix = QStringLiteral(".service");
// Our own keys in [Unit]: systemd ignores keys starting with X-, and they let the app tell which
// database and address a unit is for without parsing ExecStart's quoting back.
const QString databaseKey = QStringLiteral("X-Sitrep-Database=");
const QString listenKey = QStringLiteral("X-Sitrep-Listen=");

// systemd expands %-specifiers in most values (and $VARIABLES in ExecStart): a location such as
// postgresql://…?host=%2Ftmp must reach sitrepctl as written.
QString escapeSpecifiers(QString text)
{
    return text.replace(QLatin1Char('%'), QStringLiteral("%%"));
}

// One word of ExecStart= or Environment=, quoted as systemd.syntax(7) reads it.
QString systemdWord(const QString &word)
{
    QString text = escapeSpecifiers(word).replace(QLatin1Char('$'), QStringLiteral("$$"));
    static const QString special = QStringLiteral(" \t\"'\\;");
    const bool plain = !text.isEmpty() && std::none_of(text.cbegin(), text.cend(), [](QChar c) { return special.contains(c); });
    if (plain)
        return text;
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString keyValue(const QString &text, const QString &key)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed();
    return {};
}

// What `systemctl is-active` printed (it exits non-zero for every state but active).
IntakeService::State stateFrom(const QString &output)
{
    const QString s = output.section(QLatin1Char('\n'), 0, 0);
    using State = IntakeService::State;
    if (s == QLatin1String("active") || s == QLatin1String("reloading"))
        return State::Active;
    if (s == QLatin1String("activating"))
        return State::Activating;
    if (s == QLatin1String("failed"))
        return State::Failed;
    if (s == QLatin1String("inactive") || s == QLatin1String("deactivating"))
        return State::Inactive;
    return State::Unknown;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

IntakeService::IntakeService(const QString &database, QObject *parent) : QObject(parent), m_database(database)
{
    m_state = isInstalled() ? State::Unknown : State::NotInstalled;
}

IntakeService::~IntakeService()
{
    // A state check still running (the window closing, another database opened): its answer
    // has no one to go to.
    for (QProcess *process : findChildren<QProcess *>(Qt::FindDirectChildrenOnly)) {
        process->disconnect();
        process->kill();
        process->waitForFinished(1000);
    }
}

QString IntakeService::unitName(const QString &database)
{
    const QByteArray hash = QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return unitPrefix + QString::fromLatin1(hash) + unitSuffix;
}

QString IntakeService::unitDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/systemd/user");
}

QString IntakeService::unitPath() const
{
    return unitDirectory() + QLatin1Char('/') + unitName();
}

bool IntakeService::isInstalled() const
{
    return QFileInfo::exists(unitPath());
}

QString IntakeService::installedListenAddress() const
{
    return keyValue(readText(unitPath()), listenKey);
}

QList<IntakeService::Installed> IntakeService::installedUnits()
{
    QList<Installed> units;
    const QDir dir(unitDirectory());
    for (const QString &name : dir.entryList({unitPrefix + QStringLiteral("*") + unitSuffix}, QDir::Files, QDir::Name)) {
        const QString text = readText(dir.filePath(name));
        units.append({name, keyValue(text, databaseKey), keyValue(text, listenKey)});
    }
    return units;
}

QString IntakeService::findSitrepctl(const QString &beside)
{
    const QString dir = beside.isEmpty() ? QCoreApplication::applicationDirPath() : beside;
    const QFileInfo next(dir + QStringLiteral("/sitrepctl"));
    if (next.isFile() && next.isExecutable())
        return next.absoluteFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("sitrepctl"));
}

Result<QString> IntakeService::unitText(const IntakeServiceSettings &settings, const QString &sitrepctl,
                                        const QProcessEnvironment &environment)
{
    const auto location = DatabaseLocation::parse(settings.database);
    if (!location)
        return fail(location.error());
    if (!location->password.isEmpty())
        return fail(tr("The database location carries a password, which must not be written into a service file. "
                       "Put the password in ~/.pgpass instead."));
    const auto address = intake::parseListenAddress(settings.listen);
    if (!address)
        return fail(address.error());
    if (address->second == 0)
        return fail(tr("The background service needs a fixed port; %1 has none. Choose one in Alerts ▸ Intake Address….")
                        .arg(settings.listen));
    if (!address->first.isLoopback() && settings.tokenFile.isEmpty())
        return fail(tr("Listening on %1 needs a token file, or anyone on the network could open incidents. "
                       "Choose one in Alerts ▸ Intake Address….").arg(settings.listen));
    if (sitrepctl.isEmpty())
        return fail(tr("sitrepctl was not found beside Sitrep or on PATH; install it to receive alerts while Sitrep is closed."));
    const QString db = location->isServer() ? location->displayName() : QFileInfo(location->path).absoluteFilePath();

    QStringList exec{sitrepctl, QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--listen"), settings.listen};
    if (!settings.tokenFile.isEmpty())
        exec << QStringLiteral("--token-file") << QFileInfo(settings.tokenFile).absoluteFilePath();
    QStringList words;
    for (const QString &w : exec)
        words << systemdWord(w);

    // Written in English: it is configuration, read in `systemctl status` and the journal.
    QString text;
    text += QStringLiteral("# Written by Sitrep (Alerts ▸ Keep Receiving When Sitrep Is Closed…), which also removes it.\n");
    text += QStringLiteral("[Unit]\n");
    text += QStringLiteral("Description=Sitrep alert intake into %1 on %2\n").arg(escapeSpecifiers(db), settings.listen);
    text += databaseKey + db + QLatin1Char('\n');
    text += listenKey + settings.listen + QLatin1Char('\n');
    text += QStringLiteral("\n[Service]\n");
    text += QStringLiteral("ExecStart=") + words.join(QLatin1Char(' ')) + QLatin1Char('\n');
    // The user manager does not have the login shell's environment: where libpq finds the
    // service file and the password file is passed on (paths only; PGPASSWORD never is).
    for (const char *name : {"PGSERVICEFILE", "PGPASSFILE", "PGSYSCONFDIR"}) {
        const QString key = QLatin1String(name);
        if (location->isServer() && environment.contains(key))
            text += QStringLiteral("Environment=") + systemdWord(key + QLatin1Char('=') + environment.value(key)) + QLatin1Char('\n');
    }
    // A port still held (this window closing, the server restarting) is tried again.
    text += QStringLiteral("Restart=on-failure\n");
    text += QStringLiteral("RestartSec=10\n");
    text += QStringLiteral("\n[Install]\n");
    text += QStringLiteral("WantedBy=default.target\n");
    return text;
}

QString IntakeService::stateText() const
{
    switch (m_state) {
    case State::NotInstalled: return tr("not installed");
    case State::Unknown: return tr("installed");
    case State::Active: return tr("running");
    case State::Activating: return tr("starting");
    case State::Inactive: return tr("stopped");
    case State::Failed: return tr("failed");
    }
    return {};
}

void IntakeService::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void IntakeService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void IntakeService::done(const QString &error)
{
    setBusy(false);
    emit finished(error);
}

void IntakeService::run(const QStringList &arguments, std::function<void(const Outcome &)> then)
{
    const QStringList args = QStringList{QStringLiteral("--user")} + arguments;
    const QString command = QStringLiteral("systemctl ") + args.join(QLatin1Char(' '));
    const QString systemctl = QStandardPaths::findExecutable(QStringLiteral("systemctl"));
    if (systemctl.isEmpty()) {
        // Later, as a process would answer: callers never see their callback run inside them.
        QTimer::singleShot(0, this, [then] {
            then({false, {}, tr("systemctl was not found: keeping Sitrep's intake running when it is closed needs systemd.")});
        });
        return;
    }
    auto *process = new QProcess(this);
    process->setProgram(systemctl);
    process->setArguments(args);
    auto *timeout = new QTimer(process);
    timeout->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(timeout, &QTimer::timeout, process, [process, timedOut] {
        *timedOut = true;
        process->kill();
    });
    connect(process, &QProcess::errorOccurred, this, [process, then, command](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;  // finished() follows and reports it
        then({false, {}, tr("%1 could not be started: %2").arg(command, process->errorString())});
        process->deleteLater();
    });
    connect(process, &QProcess::finished, this, [process, then, command, timedOut](int code, QProcess::ExitStatus status) {
        Outcome outcome;
        outcome.output = QString::fromLocal8Bit(process->readAllStandardOutput()).trimmed();
        const QString stderrText = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        outcome.ok = status == QProcess::NormalExit && code == 0;
        if (*timedOut)
            outcome.error = tr("%1 did not answer within %2 seconds.").arg(command).arg(commandTimeoutMs / 1000);
        else if (!outcome.ok)
            outcome.error = stderrText.isEmpty() ? tr("%1 failed (exit code %2).").arg(command).arg(code)
                                                 : tr("%1 failed: %2").arg(command, stderrText);
        then(outcome);
        process->deleteLater();
    });
    timeout->start(commandTimeoutMs);
    process->start();
}

void IntakeService::refreshState()
{
    if (!isInstalled()) {
        setState(State::NotInstalled);
        return;
    }
    if (m_checking)
        return;
    m_checking = true;
    run({QStringLiteral("is-active"), unitName()}, [this](const Outcome &outcome) {
        m_checking = false;
        if (!isInstalled()) {
            setState(State::NotInstalled);
            return;
        }
        setState(stateFrom(outcome.output));
    });
}

void IntakeService::install(const IntakeServiceSettings &settings)
{
    if (m_busy)
        return;
    auto text = unitText(settings, findSitrepctl());
    if (!text) {
        // Queued, as every other outcome is.
        setBusy(true);
        QTimer::singleShot(0, this, [this, error = text.error()] { done(error); });
        return;
    }
    setBusy(true);
    if (!QDir().mkpath(unitDirectory())) {
        QTimer::singleShot(0, this, [this] { done(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(unitDirectory()))); });
        return;
    }
    QSaveFile file(unitPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(text->toUtf8()) < 0 || !file.commit()) {
        QTimer::singleShot(0, this, [this, why = file.errorString()] {
            done(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(unitPath()), why));
        });
        return;
    }
    setState(State::Unknown);
    run({QStringLiteral("daemon-reload")}, [this](const Outcome &reload) {
        if (!reload.ok) {
            // systemd never read it: leave nothing behind.
            QFile::remove(unitPath());
            setState(State::NotInstalled);
            done(reload.error);
            return;
        }
        run({QStringLiteral("enable"), QStringLiteral("--now"), unitName()}, [this](const Outcome &enable) {
            // Enabled but not started, or not enabled at all: the file stays, its state shows
            // what systemd made of it, and Stop and Remove takes it away.
            run({QStringLiteral("is-active"), unitName()}, [this, enable](const Outcome &active) {
                setState(stateFrom(active.output));
                done(enable.ok ? QString() : enable.error);
            });
        });
    });
}

void IntakeService::remove()
{
    if (m_busy)
        return;
    setBusy(true);
    run({QStringLiteral("disable"), QStringLiteral("--now"), unitName()}, [this](const Outcome &disable) {
        if (!disable.ok && isInstalled()) {
            done(disable.error);
            return;
        }
        if (!QFile::remove(unitPath()) && isInstalled()) {
            done(tr("Cannot remove %1.").arg(QDir::toNativeSeparators(unitPath())));
            return;
        }
        setState(State::NotInstalled);
        run({QStringLiteral("daemon-reload")}, [this](const Outcome &reload) {
            // A unit that had failed stays listed as failed until this; it may not be (fine).
            run({QStringLiteral("reset-failed"), unitName()}, [this, reload](const Outcome &) {
                done(reload.ok ? QString() : reload.error);
            });
        });
    });
}

} // namespace sitrep::ui
