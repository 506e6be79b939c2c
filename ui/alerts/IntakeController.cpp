#include "alerts/IntakeController.h"

#include "domain/Severity.h"
#include "storage/IncidentStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QIcon>
#include <QSettings>
#include <QSystemTrayIcon>

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

IntakeController::IntakeController(QObject *parent) : QObject(parent)
{
    m_enabled = QSettings().value(QStringLiteral("intake/enabled"), false).toBool();
}

IntakeController::~IntakeController()
{
    stop();
}

void IntakeController::setDatabase(DatabasePtr db)
{
    stop();
    m_db = std::move(db);
    auto latest = IncidentStore(*m_db).maxId();
    m_lastSeenIncident = latest ? *latest : 0;
    if (m_enabled) {
        if (auto started = start(); !started)
            m_lastError = started.error();
    }
    emit statusChanged();
}

bool IntakeController::isListening() const
{
    return m_server && m_server->isListening();
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
    if (m_enabled) {
        stop();
        if (auto started = start(); !started)
            m_lastError = started.error();
        emit statusChanged();
    }
}

Done IntakeController::setEnabled(bool on)
{
    m_lastError.clear();
    if (!on) {
        stop();
        m_enabled = false;
    } else if (!isListening()) {
        if (auto started = start(); !started) {
            m_enabled = false;
            m_lastError = started.error();
            QSettings().setValue(QStringLiteral("intake/enabled"), false);
            emit statusChanged();
            return started;
        }
        m_enabled = true;
    }
    QSettings().setValue(QStringLiteral("intake/enabled"), m_enabled);
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
        return started;
    connect(server.get(), &intake::IntakeServer::alertsCommitted, this, [this] {
        emit statusChanged();
        checkForNewIncidents();
    });
    m_server = std::move(server);
    return {};
}

void IntakeController::stop()
{
    m_server.reset();
}

QString IntakeController::statusText() const
{
    if (!isListening()) {
        if (!m_lastError.isEmpty())
            return tr("Intake off: %1").arg(m_lastError);
        return tr("Intake off");
    }
    const auto &metrics = m_server->metrics();
    QString text = tr("Receiving alerts on %1").arg(m_server->listenAddress());
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
