#include "TestSupport.h"
#include "models/IncidentListModel.h"
#include "storage/IncidentStore.h"
#include "storage/IncidentListQuery.h"
#include "storage/TextSearch.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace sitrep;

// On a server the list shows its first page first and appends the rest from a worker thread:
// the checks below are about the whole list, so they wait for it.
#define LOADED(model) QTRY_VERIFY(!(model).isLoadingRest())

class TestIncidentListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabasePtr m_db;

    // The values of one column's sort role, top to bottom.
    static QVariantList column(const IncidentListModel &model, int column, int role)
    {
        QVariantList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, column).data(role);
        return out;
    }

private slots:
    void initTestCase()
    {
        test::isolate();
        m_db = test::createDemoDatabase(m_dir, 1500);  // several 256-row pages
    }

    void passesTheModelTester()
    {
        IncidentListModel model(m_db);
        LOADED(model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1500);
        QCOMPARE(model.columnCount(), int(IncidentListModel::ColumnCount));
        for (int c = 0; c < IncidentListModel::ColumnCount; ++c) {
            model.sort(c, Qt::AscendingOrder);
            LOADED(model);
            model.sort(c, Qt::DescendingOrder);
            LOADED(model);
        }
        model.sortOpenFirst();
        LOADED(model);
    }

    void openIncidentsComeFirstNewestFirst()
    {
        IncidentListModel model(m_db);
        LOADED(model);
        const auto open = column(model, 0, IncidentListModel::IsOpenRole);
        const int firstClosed = int(open.indexOf(QVariant(false)));
        QVERIFY(firstClosed > 0);
        for (int row = firstClosed; row < open.size(); ++row)
            QVERIFY2(!open[row].toBool(), "an open incident after a resolved one");
        const auto starts = column(model, IncidentListModel::ImpactStartedColumn, IncidentListModel::SortValueRole);
        for (int row = firstClosed + 1; row < starts.size(); ++row)
            QVERIFY(starts[row - 1].toLongLong() >= starts[row].toLongLong());
    }

    void sortsByEachColumnInTheDatabase_data()
    {
        QTest::addColumn<int>("col");
        QTest::addColumn<int>("order");
        for (int c : {int(IncidentListModel::NumberColumn), int(IncidentListModel::SeverityColumn),
                      int(IncidentListModel::ImpactStartedColumn), int(IncidentListModel::DurationColumn)}) {
            QTest::addRow("column %d ascending", c) << c << int(Qt::AscendingOrder);
            QTest::addRow("column %d descending", c) << c << int(Qt::DescendingOrder);
        }
    }
    void sortsByEachColumnInTheDatabase()
    {
        QFETCH(int, col);
        QFETCH(int, order);
        IncidentListModel model(m_db);
        LOADED(model);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(col, Qt::SortOrder(order));
        LOADED(model);
        QCOMPARE(reset.count(), 1);
        const auto values = column(model, col, IncidentListModel::SortValueRole);
        for (int row = 1; row < values.size(); ++row) {
            if (values[row].isNull() || values[row - 1].isNull())
                continue;
            const qint64 a = values[row - 1].toLongLong(), b = values[row].toLongLong();
            // Open incidents have no duration yet; the database sorts them as the longest.
            if (col == IncidentListModel::DurationColumn &&
                (model.index(row, 0).data(IncidentListModel::IsOpenRole).toBool() ||
                 model.index(row - 1, 0).data(IncidentListModel::IsOpenRole).toBool()))
                continue;
            QVERIFY2(order == Qt::AscendingOrder ? a <= b : a >= b,
                     qPrintable(QStringLiteral("row %1: %2 then %3").arg(row).arg(a).arg(b)));
        }
    }

    void sortsTextColumns()
    {
        IncidentListModel model(m_db);
        LOADED(model);
        model.sort(IncidentListModel::ServiceColumn, Qt::AscendingOrder);
        LOADED(model);
        const auto services = column(model, IncidentListModel::ServiceColumn, Qt::DisplayRole);
        for (int row = 1; row < services.size(); ++row)
            QVERIFY(services[row - 1].toString() <= services[row].toString());
        model.sort(IncidentListModel::StatusColumn, Qt::AscendingOrder);
        LOADED(model);
        QCOMPARE(model.index(0, IncidentListModel::StatusColumn).data(IncidentListModel::StatusKeyRole).toString(),
                 QStringLiteral("open"));
        QCOMPARE(model.index(model.rowCount() - 1, IncidentListModel::StatusColumn)
                     .data(IncidentListModel::StatusKeyRole).toString(),
                 QStringLiteral("resolved"));
    }

    void rowsMatchTheStore()
    {
        IncidentListModel model(m_db);
        LOADED(model);
        model.sort(IncidentListModel::NumberColumn, Qt::AscendingOrder);
        LOADED(model);
        const IncidentStore store(*m_db);
        for (int row : {0, 255, 256, 1000, 1499}) {
            const qint64 id = model.incidentIdAt(row);
            auto incident = store.byId(id);
            QVERIFY(incident.ok() && incident->has_value());
            QCOMPARE(model.index(row, IncidentListModel::NumberColumn).data().toString(), (*incident)->publicId());
            QCOMPARE(model.index(row, IncidentListModel::TitleColumn).data().toString(), (*incident)->title);
            QCOMPARE(model.index(row, 0).data(IncidentListModel::IncidentIdRole).toLongLong(), id);
            QCOMPARE(model.rowOfIncident(id), row);
        }
        QCOMPARE(model.rowOfIncident(-5), -1);
    }

    void filtersInTheDatabase()
    {
        IncidentListModel model(m_db);
        LOADED(model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = model.rowCount();

        IncidentFilter f;
        f.statuses = {IncidentStatus::Resolved};
        model.setFilter(f);
        LOADED(model);
        QVERIFY(model.rowCount() > 0 && model.rowCount() < all);
        for (const QVariant &v : column(model, 0, IncidentListModel::StatusKeyRole))
            QCOMPARE(v.toString(), QStringLiteral("resolved"));

        f = {};
        f.severities = {1, 2};
        f.service = QStringLiteral("checkout");
        model.setFilter(f);
        LOADED(model);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row, 0).data(IncidentListModel::SeverityRole).toInt() <= 2);
            QCOMPARE(model.index(row, IncidentListModel::ServiceColumn).data().toString(), QStringLiteral("checkout"));
        }

        f = {};
        f.drills = IncidentFilter::Drills::Only;
        model.setFilter(f);
        LOADED(model);
        const int drills = model.rowCount();
        QVERIFY(drills > 0);
        for (int row = 0; row < drills; ++row)
            QCOMPARE(model.index(row, IncidentListModel::DrillColumn).data().toString(), QStringLiteral("Drill"));
        f.drills = IncidentFilter::Drills::Exclude;
        model.setFilter(f);
        LOADED(model);
        QCOMPARE(model.rowCount(), all - drills);

        f = {};
        f.impactFrom = test::demoUntil - qint64(30) * 86'400'000;
        model.setFilter(f);
        LOADED(model);
        QVERIFY(model.rowCount() > 0 && model.rowCount() < all / 10);
        for (const QVariant &v : column(model, IncidentListModel::ImpactStartedColumn, IncidentListModel::SortValueRole))
            QVERIFY(v.toLongLong() >= *f.impactFrom);
    }

    void searchesTitlesSummariesAndTimelines()
    {
        IncidentListModel model(m_db);
        LOADED(model);
        QSet<qint64> titled;  // incidents whose title has the word, from the unfiltered list
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, IncidentListModel::TitleColumn).data().toString().contains(QStringLiteral("certificate"), Qt::CaseInsensitive))
                titled.insert(model.incidentIdAt(row));
        QVERIFY(!titled.isEmpty());
        IncidentFilter f;
        f.text = QStringLiteral("certif");  // a prefix, as while typing
        model.setFilter(f);
        LOADED(model);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QSet<qint64> found;
        for (int row = 0; row < model.rowCount(); ++row)
            found.insert(model.incidentIdAt(row));
        QVERIFY(found.contains(titled));
        QVERIFY(model.rowCount() < 1500);
        // Words only in timeline notes find their incidents too.
        f.text = QStringLiteral("feature flag");
        model.setFilter(f);
        LOADED(model);
        QVERIFY(model.rowCount() > 0);
        f.text = QStringLiteral("INC-1042");
        model.setFilter(f);
        LOADED(model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("INC-1042"));
        f.text = QStringLiteral("zzzqqq \"unbalanced");
        model.setFilter(f);
        LOADED(model);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.lastError().isEmpty());
        QCOMPARE(textsearch::fts5Query(QStringLiteral("roll back")), QStringLiteral("\"roll\" \"back\"*"));
    }

    void refreshKeepsTheSelectionOnTheSameIncident()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 300, 11, QStringLiteral("refresh.db"));
        IncidentListModel model(db);
        LOADED(model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(IncidentListModel::TitleColumn, Qt::AscendingOrder);
        LOADED(model);
        const QPersistentModelIndex selected = model.index(150, IncidentListModel::TitleColumn);
        const qint64 id = model.incidentIdAt(150);
        const QString oldTitle = selected.data().toString();
        // Someone else renames the first incident so that it sorts last.
        const qint64 first = model.incidentIdAt(0);
        const QString firstTitle = model.index(0, IncidentListModel::TitleColumn).data().toString();
        QVERIFY(IncidentStore(*db).apply({first, IncidentField::Title, firstTitle, QStringLiteral("zzz renamed")}, {}).ok());
        model.refresh();
        QCOMPARE(model.rowCount(), 300);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 149);
        QCOMPARE(model.incidentIdAt(selected.row()), id);
        QCOMPARE(selected.data().toString(), oldTitle);
        QCOMPARE(model.index(299, IncidentListModel::TitleColumn).data().toString(), QStringLiteral("zzz renamed"));
        // A new incident: rows change, the model resets and still has every incident.
        QVERIFY(IncidentStore(*db).declare({QStringLiteral("0 sorts first"), Severity::Sev2, {}, {}, false, {}}, {}).ok());
        model.refresh();
        QCOMPARE(model.rowCount(), 301);
        QCOMPARE(model.index(0, IncidentListModel::TitleColumn).data().toString(), QStringLiteral("0 sorts first"));
    }

    // A refresh after someone else's write reads the ids off the calling thread: the model
    // changes only when they arrive (between aboutToRefresh and refreshed), by refresh()'s
    // rules; a reload meanwhile (another order) drops the read that was under way.
    void refreshesInTheBackground()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 300, 11, QStringLiteral("background.db"));
        IncidentListModel model(db);
        LOADED(model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(IncidentListModel::TitleColumn, Qt::AscendingOrder);
        LOADED(model);
        const QPersistentModelIndex selected = model.index(150, IncidentListModel::TitleColumn);
        const qint64 id = model.incidentIdAt(150);
        const qint64 first = model.incidentIdAt(0);
        const QString firstTitle = model.index(0, IncidentListModel::TitleColumn).data().toString();
        QVERIFY(IncidentStore(*db).apply({first, IncidentField::Title, firstTitle, QStringLiteral("zzz renamed")}, {}).ok());
        QSignalSpy about(&model, &IncidentListModel::aboutToRefresh);
        QSignalSpy refreshed(&model, &IncidentListModel::refreshed);
        model.refreshInBackground();
        QCOMPARE(model.incidentIdAt(0), first);  // nothing yet: the ids are being read elsewhere
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(about.count(), 1);
        QCOMPARE(model.incidentIdAt(299), first);
        QCOMPARE(selected.row(), 149);
        QCOMPARE(model.incidentIdAt(selected.row()), id);

        // Asked for while another order is being loaded: that order wins, the old read is dropped.
        QVERIFY(IncidentStore(*db).declare({QStringLiteral("0 sorts first"), Severity::Sev2, {}, {}, false, {}}, {}).ok());
        model.refreshInBackground();
        model.sort(IncidentListModel::TitleColumn, Qt::DescendingOrder);
        LOADED(model);
        QCOMPARE(model.rowCount(), 301);
        QCOMPARE(model.index(300, IncidentListModel::TitleColumn).data().toString(), QStringLiteral("0 sorts first"));
        QTest::qWait(300);  // long enough for the dropped read to have come back, had it counted
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(model.index(300, IncidentListModel::TitleColumn).data().toString(), QStringLiteral("0 sorts first"));
    }

    void keepsABoundedPageCache()
    {
        IncidentListModel model(m_db);
        LOADED(model);
        // Touch every row: memory stays bounded by the page cache, and every row has data.
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.index(row, IncidentListModel::TitleColumn).data().toString().isEmpty());
        QVERIFY(model.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIncidentListModel)
#include "tst_incidentlistmodel.moc"
