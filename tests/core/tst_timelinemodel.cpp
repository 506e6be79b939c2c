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

        // Filter by kind, then back to everything.
        const int all = model.rowCount();
        model.setKindFilter(QStringLiteral("milestone"));
        QVERIFY(model.rowCount() > 0 && model.rowCount() < all);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(TimelineModel::KindKeyRole).toString(), QStringLiteral("milestone"));
        QCOMPARE(model.allEvents().size(), all);
        model.setKindFilter({});
        QCOMPARE(model.rowCount(), all);
        const qint64 third = model.eventAt(2)->id;
        QCOMPARE(model.rowOfEvent(third), 2);
        model.setIncident(0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
