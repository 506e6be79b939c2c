#include "TestSupport.h"
#include "models/TimelineModel.h"
#include "storage/IncidentStore.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace sitrep;

class TestTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    void showsAnIncidentsEventsInTimeOrder()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 50);
        TimelineModel model(db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        auto incident = IncidentStore(*db).byNumber(1010);
        QVERIFY(incident.ok() && incident->has_value());
        model.setIncident((*incident)->id);
        QVERIFY(model.rowCount() >= 3);
        qint64 previous = 0;
        bool sawMilestone = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 at = model.index(row, 0).data(TimelineModel::OccurredAtRole).toLongLong();
            QVERIFY(at >= previous);
            previous = at;
            QVERIFY(!model.index(row, TimelineModel::TextColumn).data().toString().isEmpty());
            sawMilestone |= model.index(row, 0).data(TimelineModel::KindKeyRole) == QStringLiteral("milestone");
        }
        QVERIFY(sawMilestone);
        model.setIncident(0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
