#include "alerts/IntakeController.h"

#include "alerts/IntakeService.h"

#include "domain/Severity.h"
#include "storage/IncidentStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTcpServer>
#include <QTimer>

namespace sitrep::ui {

namespace {
IntakeController::NotificationHandler &notificationHandler()
{
    static IntakeController::NotificationHandler handler;
    return handler;
}
} // namespace

void IntakeController::setNotificationHandler(NotificationHandler handler)
{
    notificationHandler() = std::move(handler);
}

namespace {

// One settings key per database: its location, hashed (locations make poor settings keys).
QString enabledKey(const QString &receivingKey)
{
    const QByteArray hash = QCryptographicHash::hash(receivingKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("intake/receiveInto/%1").arg(QString::fromLatin1(hash));
}

// The same port, and one of the two addresses covers the other.
bool sameListenAddress(const QString &a, const QString &b)
{
    const auto x = intake::parseListenAddress(a);
    const auto y = intake::parseListenAddress(b);
    if (!x || !y || x->second != y->second)
        return false;
    const auto any = [](const QHostAddress &h) { return h == QHostAddress::Any || h == QHostAddress::AnyIPv4 || h == QHostAddress::AnyIPv6; };
    return x->first == y->first || any(x->first) || any(y->first);
}

constexpr int serviceCheckIntervalMs = 30000;

} // namespace

IntakeController::IntakeController(QObject *parent) : QObject(parent)
{
    // Before receiving was per database, one switch said "receive into whatever is open". It
    // belonged to the database open last (MainWindow writes "database/last" only after this
    // runs), else to the default file that was open before "database/last" existed.
    QSettings settings;
    const QString legacy = QStringLiteral("intake/enabled");
    if (settings.contains(legacy)) {
        if (settings.value(legacy).toBool()) {
            const QString last = settings.value(QStringLiteral("database/last")).toString();
            settings.setValue(enabledKey(receivingKey(last.isEmpty() ? Database::defaultPath() : last)), true);
        }
        settings.remove(legacy);
    }
    // A service that stops by itself (its database away, its port taken) shows in the status.
    auto *check = new QTimer(this);
    check->setInterval(serviceCheckIntervalMs);
    connect(check, &QTimer::timeout, this, [this] {
        if (m_service && m_service->isInstalled() && !m_service->isBusy())
            m_service->refreshState();
    });
    check->start();
}

IntakeController::~IntakeController()
{
    stop();
}

QString IntakeController::receivingKey(const QString &location)
{
    const auto parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return location;
    return parsed->isServer() ? parsed->displayName() : QFileInfo(parsed->path).absoluteFilePath();
}

void IntakeController::setDatabase(DatabasePtr db)
{
    stop();
    m_db = std::move(db);
    auto latest = IncidentStore(*m_db).maxId();
    m_lastSeenIncident = latest ? *latest : 0;
    m_lastError.clear();
    m_addressInUse = false;

    if (m_service) {
        disconnect(m_service, nullptr, this, nullptr);
        // A systemctl still running finishes first: killing it half way would leave systemd
        // with a unit half enabled.
        if (m_service->isBusy())
            connect(m_service, &IntakeService::finished, m_service, &QObject::deleteLater);
        else
            delete m_service;
    }
    const QString key = receivingKey(m_db->path());
    m_service = new IntakeService(key, this);
    connect(m_service, &IntakeService::stateChanged, this, &IntakeController::statusChanged);
    connect(m_service, &IntakeService::finished, this, [this](const QString &error) {
        if (m_resumeAfterFailedInstall && !m_service->isInstalled()) {
            m_enabled = true;
            remember(true);
            if (auto started = start(); !started)
                m_lastError = started.error();
        }
        m_resumeAfterFailedInstall = false;
        emit statusChanged();
        emit serviceFinished(error);
    });

    m_enabled = QSettings().value(enabledKey(key), false).toBool();
    if (m_service->isInstalled()) {
        m_service->refreshState();
    } else if (m_enabled) {
        if (auto started = start(); !started)
            m_lastError = started.error();
    }
    emit statusChanged();
}

bool IntakeController::isListening() const
{
    return m_server && m_server->isListening();
}

bool IntakeController::serviceReceives() const
{
    return m_service && m_service->isInstalled();
}

QString IntakeController::databaseName() const
{
    if (!m_db)
        return {};
    return m_db->isServer() ? m_db->path() : QFileInfo(m_db->path()).fileName();
}

QString IntakeController::listenAddress() const
{
    return QSettings().value(QStringLiteral("intake/listen"), QStringLiteral("127.0.0.1:9797")).toString();
}

QString IntakeController::tokenFile() const
{
    return QSettings().value(QStringLiteral("intake/tokenFile")).toString();
}

void IntakeController::setListenAddress(const QString &address, const QString &tokenFile)
{
    QSettings settings;
    settings.setValue(QStringLiteral("intake/listen"), address);
    settings.setValue(QStringLiteral("intake/tokenFile"), tokenFile);
    if (m_enabled && !serviceReceives()) {
        stop();
        m_lastError.clear();
        m_addressInUse = false;
        if (auto started = start(); !started)
            m_lastError = started.error();
        emit statusChanged();
    }
}

void IntakeController::remember(bool on)
{
    if (m_db)
        QSettings().setValue(enabledKey(receivingKey(m_db->path())), on);
}

Done IntakeController::setEnabled(bool on)
{
    m_lastError.clear();
    m_addressInUse = false;
    if (!on) {
        stop();
        m_enabled = false;
    } else if (!isListening()) {
        if (serviceReceives()) {
            emit statusChanged();
            return fail(tr("Alerts for %1 arrive through the background service %2, so this window does not receive "
                           "them as well. To receive them here, stop and remove the service first (Alerts ▸ Keep "
                           "Receiving When Sitrep Is Closed…).").arg(databaseName(), m_service->unitName()));
        }
        if (auto started = start(); !started) {
            m_enabled = false;
            m_lastError = started.error();
            remember(false);
            emit statusChanged();
            return started;
        }
        m_enabled = true;
    }
    remember(m_enabled);
    emit statusChanged();
    return {};
}

Done IntakeController::start()
{
    if (!m_db)
        return fail(tr("No database is open."));
    auto address = intake::parseListenAddress(listenAddress());
    if (!address)
        return fail(address.error());
    intake::IntakeConfig config;
    config.address = address->first;
    config.port = address->second;
    if (!tokenFile().isEmpty()) {
        auto token = intake::readTokenFile(tokenFile());
        if (!token)
            return fail(token.error());
        config.token = *token;
    }
    auto server = std::make_unique<intake::IntakeServer>(m_db, config);
    if (auto started = server->start(); !started)
        return fail(explainStartFailure(config.address, config.port, started.error()));
    connect(server.get(), &intake::IntakeServer::alertsCommitted, this, [this] {
        emit statusChanged();
        checkForNewIncidents();
    });
    m_server = std::move(server);
    return {};
}

QString IntakeController::explainStartFailure(const QHostAddress &address, quint16 port, const QString &error)
{
    // IntakeServer says only what the socket said; whether the address is taken is asked again
    // here, where it can be said what to do about it.
    QTcpServer probe;
    if (port == 0 || probe.listen(address, port) || probe.serverError() != QAbstractSocket::AddressInUseError)
        return error;
    m_addressInUse = true;
    const QString where = listenAddress();
    for (const auto &unit : IntakeService::installedUnits()) {
        if (sameListenAddress(unit.listen, where))
            return tr("Sitrep's background service %1 already receives alerts into %2 on %3, so this window cannot. "
                      "Open that database and stop the service (Alerts ▸ Keep Receiving When Sitrep Is Closed…), or "
                      "choose another address (Alerts ▸ Intake Address…).")
                .arg(unit.unit, unit.database, where);
    }
    return tr("Something else already listens on %1, most likely another Sitrep window or a sitrepctl serve "
              "receiving alerts there. Close that window or stop that service, or choose another address "
              "(Alerts ▸ Intake Address…).").arg(where);
}

void IntakeController::stop()
{
    m_server.reset();
}

void IntakeController::installService()
{
    if (!m_db || !m_service || m_service->isBusy())
        return;
    // The service takes the address over: this window lets go of it first, and is no longer
    // the receiver for this database.
    m_resumeAfterFailedInstall = m_enabled;
    stop();
    m_enabled = false;
    m_lastError.clear();
    m_addressInUse = false;
    remember(false);
    emit statusChanged();
    m_service->install({receivingKey(m_db->path()), listenAddress(), tokenFile()});
}

void IntakeController::removeService()
{
    if (m_service && !m_service->isBusy())
        m_service->remove();
}

QString IntakeController::statusText() const
{
    if (serviceReceives()) {
        const QString address = m_service->installedListenAddress();
        switch (m_service->state()) {
        case IntakeService::State::Failed:
            return tr("The background service for %1 has failed (journalctl --user -u %2 says why)")
                .arg(databaseName(), m_service->unitName());
        case IntakeService::State::Inactive:
            return tr("The background service for %1 is stopped").arg(databaseName());
        case IntakeService::State::Activating:
            return tr("The background service for %1 is starting on %2").arg(databaseName(), address);
        default:
            return tr("Alerts arrive through the background service into %1 on %2").arg(databaseName(), address);
        }
    }
    if (!isListening()) {
        if (!m_lastError.isEmpty())
            return tr("Intake off: %1").arg(m_lastError);
        return tr("Intake off");
    }
    const auto &metrics = m_server->metrics();
    QString text = tr("Receiving alerts into %1 on %2").arg(databaseName(), m_server->listenAddress());
    text += QStringLiteral(" · ") + tr("%n alert(s)", nullptr, int(metrics.alertsReceived()));
    if (metrics.lastReceivedAt() > 0)
        text += QStringLiteral(" · ") + tr("last %1").arg(QDateTime::fromMSecsSinceEpoch(metrics.lastReceivedAt()).toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    if (metrics.incidentsOpened() > 0)
        text += QStringLiteral(" · ") + tr("%n incident(s) opened", nullptr, int(metrics.incidentsOpened()));
    return text;
}

void IntakeController::checkForNewIncidents()
{
    if (!m_db)
        return;
    auto opened = IncidentStore(*m_db).openedByAlertsAfter(m_lastSeenIncident);
    if (!opened || opened->isEmpty())
        return;
    m_lastSeenIncident = opened->constLast().id;
    // A storm opens many at once: one notice names the first and counts the rest.
    const Incident &first = opened->constFirst();
    const QString title = opened->size() == 1
        ? tr("%1 opened by an alert").arg(first.publicId())
        : tr("%n incidents opened by alerts", nullptr, int(opened->size()));
    const QString text = QStringLiteral("%1 · %2").arg(severityLabel(first.severity), first.title);
    notify(title, text, first.id);
}

void IntakeController::notify(const QString &title, const QString &text, qint64 incidentId)
{
    m_lastNotified = incidentId;
    emit notice(title + QStringLiteral(": ") + text, incidentId);
    if (notificationHandler()) {
        notificationHandler()(title, text, incidentId);
        return;
    }
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // the status bar and the live lists show it
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/sitrep.svg")), this);
        m_tray->setToolTip(QStringLiteral("Sitrep"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { emit incidentActivated(m_lastNotified); });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] { emit incidentActivated(m_lastNotified); });
        m_tray->show();
    }
    m_tray->showMessage(title, text, QSystemTrayIcon::Warning, 15000);
}

} // namespace sitrep::ui
