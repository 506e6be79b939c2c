// Against the real thing: Debian's prometheus-alertmanager on loopback sends its webhook and its
// PagerDuty notifications to a real `sitrepctl serve`. Alerts posted to Alertmanager's API must
// open an incident with both alerts on its timeline within seconds, and resolving them (re-post
// with endsAt = now) must show on the timeline too.

#include "TestSupport.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace sitrep;

namespace {
using test::scalar;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

int request(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &body = {})
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

QJsonObject alert(const QString &name, const QString &instance, const QString &extraLabel, qint64 startsAt, std::optional<qint64> endsAt)
{
    QJsonObject labels{{QStringLiteral("alertname"), name}, {QStringLiteral("service"), QStringLiteral("db")},
                       {QStringLiteral("severity"), QStringLiteral("critical")}, {QStringLiteral("instance"), instance}};
    if (!extraLabel.isEmpty())
        labels.insert(extraLabel.section(QLatin1Char('='), 0, 0), extraLabel.section(QLatin1Char('='), 1));
    QJsonObject a{{QStringLiteral("labels"), labels},
                  {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("summary"), name + QStringLiteral(" on ") + instance}}},
                  {QStringLiteral("startsAt"), QDateTime::fromMSecsSinceEpoch(startsAt, QTimeZone::UTC).toString(Qt::ISODateWithMs)}};
    if (endsAt)
        a.insert(QStringLiteral("endsAt"), QDateTime::fromMSecsSinceEpoch(*endsAt, QTimeZone::UTC).toString(Qt::ISODateWithMs));
    return a;
}
} // namespace

class TestAlertmanager : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sitrep;
    QProcess m_alertmanager;
    quint16 m_amPort = 0;
    DatabasePtr m_db;
    QNetworkAccessManager m_nam;

    QUrl amUrl(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_amPort).arg(path)); }
    void postToAlertmanager(const QJsonArray &alerts)
    {
        QCOMPARE(request(m_nam, "POST", amUrl(QStringLiteral("/api/v2/alerts")), QJsonDocument(alerts).toJson()), 200);
    }

private slots:
    void initTestCase()
    {
        test::isolate();
        SITREP_REQUIRE_TOOL(binary, "prometheus-alertmanager", "prometheus-alertmanager",
                            "to send real webhooks and PagerDuty events to sitrepctl serve");
        const QString dbPath = test::newDatabaseLocation(m_dir, QStringLiteral("am.db"));
        // With a token, as a shared box would run it: Alertmanager presents it as a bearer token.
        const QString token = m_dir.filePath(QStringLiteral("token"));
        test::writeFile(token, "0f3c9a7d2b8e4f6a1c5d7e9b3a2f4c6d\n");
        m_sitrep.start(QStringLiteral(SITREPCTL_PATH), {QStringLiteral("serve"), QStringLiteral("--db"), dbPath,
                                                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                        QStringLiteral("--token-file"), token});
        QVERIFY(m_sitrep.waitForStarted());
        QByteArray line;
        QTRY_VERIFY_WITH_TIMEOUT((line += m_sitrep.readAllStandardOutput()).contains('\n'), 15000);
        const quint16 intakePort = quint16(line.mid(line.lastIndexOf(':') + 1).trimmed().toUInt());
        QVERIFY(intakePort > 0);

        const QString config = m_dir.filePath(QStringLiteral("alertmanager.yml"));
        test::writeFile(config, QStringLiteral(
            "route:\n"
            "  receiver: sitrep\n"
            "  group_by: ['alertname', 'service']\n"
            "  group_wait: 1s\n"
            "  group_interval: 2s\n"
            "  repeat_interval: 1h\n"
            "  routes:\n"
            "    - matchers: ['pager=\"pagerduty\"']\n"
            "      receiver: pagerduty\n"
            "receivers:\n"
            "  - name: sitrep\n"
            "    webhook_configs:\n"
            "      - url: http://127.0.0.1:%1/api/v1/alertmanager\n"
            "        send_resolved: true\n"
            "        http_config:\n"
            "          authorization: {credentials_file: %2}\n"
            "  - name: pagerduty\n"
            "    pagerduty_configs:\n"
            "      - routing_key: 0123456789abcdef0123456789abcdef\n"
            "        url: http://127.0.0.1:%1/v2/enqueue\n"
            // Alertmanager sends "error" unless told; pass the alert's own severity through.
            "        severity: '{{ .CommonLabels.severity }}'\n"
            "        send_resolved: true\n"
            "        http_config:\n"
            "          authorization: {credentials_file: %2}\n").arg(intakePort).arg(token).toUtf8());
        m_amPort = freePort();
        m_alertmanager.setProcessChannelMode(QProcess::MergedChannels);
        m_alertmanager.start(binary, {QStringLiteral("--config.file=") + config,
                                      QStringLiteral("--storage.path=") + m_dir.filePath(QStringLiteral("am-data")),
                                      QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_amPort),
                                      QStringLiteral("--cluster.listen-address=")});
        QVERIFY(m_alertmanager.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(request(m_nam, "GET", amUrl(QStringLiteral("/-/ready"))) == 200, 20000);
        auto db = Database::open(dbPath);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db = *db;
    }

    void cleanupTestCase()
    {
        for (QProcess *p : {&m_alertmanager, &m_sitrep}) {
            if (p->state() == QProcess::Running) {
                p->terminate();
                if (!p->waitForFinished(5000))
                    p->kill();
            }
        }
        if (QTest::currentTestFailed())
            qWarning("alertmanager said:\n%s", m_alertmanager.readAll().right(4000).constData());
    }

    void webhookOpensAndResolves()
    {
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 60000;
        postToAlertmanager({alert(QStringLiteral("DiskFull"), QStringLiteral("db-1"), {}, start, {}),
                            alert(QStringLiteral("DiskFull"), QStringLiteral("db-2"), {}, start + 1000, {})});
        QTRY_COMPARE_WITH_TIMEOUT(scalar(*m_db, QStringLiteral("SELECT count(*) FROM alerts WHERE source = 'alertmanager' AND status = 'firing'")), qint64(2), 20000);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(DISTINCT incident_id) FROM alerts WHERE source = 'alertmanager'")), qint64(1));
        const qint64 incident = scalar(*m_db, QStringLiteral("SELECT incident_id FROM alerts WHERE source = 'alertmanager' LIMIT 1"));
        // Impact started with the first alert (Alertmanager keeps the start we gave it).
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT impact_started_at FROM incidents WHERE id = %1").arg(incident)), start);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM timeline_events WHERE incident_id = %1 AND body LIKE 'Alert firing:%'").arg(incident)), qint64(2));

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        postToAlertmanager({alert(QStringLiteral("DiskFull"), QStringLiteral("db-1"), {}, start, now),
                            alert(QStringLiteral("DiskFull"), QStringLiteral("db-2"), {}, start + 1000, now)});
        QTRY_COMPARE_WITH_TIMEOUT(scalar(*m_db, QStringLiteral("SELECT count(*) FROM timeline_events WHERE incident_id = %1 AND body LIKE 'Alert resolved:%'").arg(incident)), qint64(2), 20000);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM alerts WHERE source = 'alertmanager' AND status = 'resolved'")), qint64(2));
        // Resending the group (Alertmanager repeats) never duplicated anything.
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM alerts WHERE source = 'alertmanager'")), qint64(2));
        // A resolved alert does not resolve the incident by default.
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT status = 'open' FROM incidents WHERE id = %1").arg(incident)), qint64(1));
    }

    void pagerDutyReceiverTriggersAndResolves()
    {
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 30000;
        postToAlertmanager({alert(QStringLiteral("ReplicationLag"), QStringLiteral("pg-1"), QStringLiteral("pager=pagerduty"), start, {})});
        QTRY_COMPARE_WITH_TIMEOUT(scalar(*m_db, QStringLiteral("SELECT count(*) FROM alerts WHERE source = 'pagerduty' AND status = 'firing'")), qint64(1), 20000);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM alerts WHERE source = 'pagerduty' AND incident_id IS NOT NULL")), qint64(1));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT severity FROM alerts WHERE source = 'pagerduty'")), qint64(2));
        postToAlertmanager({alert(QStringLiteral("ReplicationLag"), QStringLiteral("pg-1"), QStringLiteral("pager=pagerduty"), start, QDateTime::currentMSecsSinceEpoch())});
        QTRY_COMPARE_WITH_TIMEOUT(scalar(*m_db, QStringLiteral("SELECT count(*) FROM alerts WHERE source = 'pagerduty' AND status = 'resolved'")), qint64(1), 20000);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM alerts WHERE source = 'pagerduty'")), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestAlertmanager)
#include "tst_alertmanager.moc"
