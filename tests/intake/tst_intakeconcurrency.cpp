// Several intake processes on one database at once, as a team runs them (`sitrepctl serve` on
// two machines behind a load balancer, or Alertmanager sending to each of them): four real
// `sitrepctl serve` processes on their own loopback ports, one database, and every alert group
// posted to all four at the same moment, its alerts in another order each time (so the writers
// also meet each other's row locks in every order). Whatever the interleaving, the database
// must end as if one writer had done it: one incident per group, one stored alert per alert
// (one open episode), each alert in its group's incident, one "opened" and one "firing" event
// each, incident numbers unique and dense. On a file the processes queue for SQLite's write
// lock; on a server they really write at the same time.

#include "TestSupport.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace sitrep;

namespace {
using test::scalar;

constexpr int servers = 4;
constexpr int groups = 12;
constexpr int alertsPerGroup = 15;

// Starts `sitrepctl serve` on a free loopback port; returns the port (0 when it did not come up).
quint16 startServer(QProcess &process, const QString &location)
{
    process.start(QStringLiteral(SITREPCTL_PATH),
                  {QStringLiteral("serve"), QStringLiteral("--db"), location, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    if (!process.waitForStarted(10000))
        return 0;
    QByteArray line;
    QElapsedTimer waited;
    waited.start();
    while (!line.contains('\n') && waited.elapsed() < 30000) {
        process.waitForReadyRead(200);
        line += process.readAllStandardOutput();
    }
    const qsizetype colon = line.lastIndexOf(':');
    return colon < 0 ? 0 : quint16(line.mid(colon + 1).trimmed().toUInt());
}

// Alertmanager's webhook for one group, its alerts in the order given.
QByteArray groupPayload(int group, const QList<int> &order)
{
    const QString name = QStringLiteral("Concurrent%1").arg(group);
    QJsonArray alerts;
    for (int i : order) {
        alerts.append(QJsonObject{
            {QStringLiteral("status"), QStringLiteral("firing")},
            {QStringLiteral("labels"), QJsonObject{{QStringLiteral("alertname"), name},
                                                   {QStringLiteral("service"), QStringLiteral("svc%1").arg(group % 3)},
                                                   {QStringLiteral("severity"), QStringLiteral("critical")},
                                                   {QStringLiteral("instance"), QStringLiteral("host-%1").arg(i)}}},
            {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("summary"), name}}},
            {QStringLiteral("startsAt"), QStringLiteral("2026-11-26T10:00:%1Z").arg(i % 60, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("endsAt"), QStringLiteral("0001-01-01T00:00:00Z")},
            {QStringLiteral("fingerprint"), QStringLiteral("g%1-a%2").arg(group).arg(i)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), QStringLiteral("4")},
                                     {QStringLiteral("groupKey"), QStringLiteral("{}:{alertname=\"%1\"}").arg(name)},
                                     {QStringLiteral("status"), QStringLiteral("firing")},
                                     {QStringLiteral("receiver"), QStringLiteral("sitrep")},
                                     {QStringLiteral("alerts"), alerts}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class TestIntakeConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    void oneIncidentPerGroupWhateverTheInterleaving()
    {
        QTemporaryDir dir;
        const QString location = test::newDatabaseLocation(dir, QStringLiteral("concurrency.db"));
        // Set up before the servers start, so that they race on alerts, not on the schema.
        { QVERIFY(Database::open(location).ok()); }
        std::vector<std::unique_ptr<QProcess>> processes;
        QList<quint16> ports;
        for (int i = 0; i < servers; ++i) {
            processes.push_back(std::make_unique<QProcess>());
            const quint16 port = startServer(*processes.back(), location);
            QVERIFY2(port > 0, processes.back()->readAllStandardError().constData());
            ports << port;
        }

        QNetworkAccessManager nam;
        QRandomGenerator random(20261201);
        QList<int> statuses;
        QList<QByteArray> failures;
        int pending = 0;
        for (int group = 0; group < groups; ++group) {
            for (int s = 0; s < servers; ++s) {
                QList<int> order;
                for (int i = 0; i < alertsPerGroup; ++i)
                    order << i;
                std::shuffle(order.begin(), order.end(), random);
                QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/alertmanager").arg(ports[s])));
                req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                QNetworkReply *reply = nam.post(req, groupPayload(group, order));
                ++pending;
                connect(reply, &QNetworkReply::finished, this, [&, reply] {
                    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    statuses << status;
                    if (status != 200)
                        failures << reply->readAll();
                    --pending;
                    reply->deleteLater();
                });
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(pending == 0, 120000);
        for (auto &p : processes) {
            p->terminate();
            QVERIFY(p->waitForFinished(30000));
        }
        QVERIFY2(failures.isEmpty(), failures.value(0).constData());
        QCOMPARE(statuses.size(), groups * servers);

        auto opened = Database::open(location);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const Database &db = **opened;
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM alerts")), qint64(groups * alertsPerGroup));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM incidents")), qint64(groups));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM alert_groups")), qint64(groups));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM alerts WHERE incident_id IS NULL")), qint64(0));
        // Every alert in its own group's incident.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT group_key FROM alerts GROUP BY group_key "
                                           "HAVING count(DISTINCT incident_id) <> 1) AS split")), qint64(0));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM alerts a JOIN alert_groups g ON g.group_key = a.group_key "
                                           "WHERE g.incident_id <> a.incident_id")), qint64(0));
        // Numbers unique and dense, the counter at the last one given.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT number) FROM incidents")), qint64(groups));
        QCOMPARE(scalar(db, QStringLiteral("SELECT max(number) - min(number) + 1 FROM incidents")), qint64(groups));
        QCOMPARE(scalar(db, QStringLiteral("SELECT min(number) FROM incidents")), qint64(1001));
        QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM counters WHERE name = 'incident_number'")), qint64(1000 + groups));
        // One "opened" event per incident, by the alert that opened it; one "firing" per alert.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM timeline_events WHERE kind = 'status'")), qint64(groups));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM incidents i JOIN alerts a ON a.id = i.opened_by_alert_id "
                                           "AND a.incident_id = i.id")), qint64(groups));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM timeline_events WHERE kind = 'alert'")), qint64(groups * alertsPerGroup));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT alert_id) FROM timeline_events WHERE kind = 'alert'")),
                 qint64(groups * alertsPerGroup));
    }
};

QTEST_GUILESS_MAIN(TestIntakeConcurrency)
#include "tst_intakeconcurrency.moc"
