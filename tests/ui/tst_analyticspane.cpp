// The analytics pane on demo data: it computes off the GUI thread, shows the verdict, exports.
#include "MainWindow.h"
#include "TestSupport.h"
#include "analytics/AnalyticsPane.h"
#include "analytics/ReportFormat.h"
#include "analytics/ReportRunner.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace sitrep;
using namespace sitrep::ui;

namespace {
// The pane's own timers (the filter debounce) and its runner: when neither is active, no
// computation is running or about to start, so every result there will be has arrived (a run's
// result is queued before its thread ends, and the runner counts it finished only after that).
bool settled(const AnalyticsPane &pane)
{
    for (const QTimer *t : pane.findChildren<QTimer *>(Qt::FindDirectChildrenOnly))
        if (t->isActive())
            return false;
    const auto *runner = pane.findChild<analytics::ReportRunner *>();
    return runner && !runner->busy();
}
} // namespace

class TestAnalyticsPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabasePtr m_db;

private slots:
    void initTestCase()
    {
        test::isolate();
        QSettings().clear();
        m_db = test::createDemoDatabase(m_dir, 1200);
    }

    void computesWhenShownAndGivesAVerdict()
    {
        AnalyticsPane pane(m_db);
        QSignalSpy ready(&pane, &AnalyticsPane::reportReady);
        pane.resize(1200, 800);
        // "All time" and a comparison halfway through the demo's two years.
        pane.findChild<QComboBox *>(QStringLiteral("analyticsRange"))->setCurrentIndex(4);
        pane.findChild<QDateEdit *>(QStringLiteral("analyticsCompareAt"))
            ->setDate(QDateTime::fromMSecsSinceEpoch(test::demoUntil - qint64(365) * 86'400'000).date());
        QCOMPARE(ready.count(), 0);  // nothing computed before it is looked at
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 10000);
        QTRY_VERIFY(pane.report() && pane.report()->comparison);
        auto report = pane.report();
        QCOMPARE(report->request.compareAt.has_value(), true);
        const QString headline = pane.findChild<QLabel *>(QStringLiteral("analyticsHeadline"))->text();
        QVERIFY2(headline.contains(QString::number(report->incidents)), qPrintable(headline));
        QVERIFY(headline.contains(QStringLiteral("drills left out")));
        // The demo halves detection halfway: the card says so, in words.
        QVERIFY2(pane.comparisonText().contains(QStringLiteral("MTTD")), qPrintable(pane.comparisonText()));
        QVERIFY(pane.comparisonText().contains(QStringLiteral("improved")));
        // Charts drawn, table filled.
        auto *trend = pane.findChild<QChartView *>(QStringLiteral("trendChart"));
        QVERIFY(trend->chart()->series().size() >= 1);
        QVERIFY(pane.findChild<QChartView *>(QStringLiteral("countsChart"))->chart()->series().size() == 1);
        QCOMPARE(pane.findChild<QTableView *>(QStringLiteral("serviceTable"))->model()->rowCount(), 12);

        // Switching the statistic redraws without recomputing: nothing started, nothing due.
        QTRY_VERIFY_WITH_TIMEOUT(settled(pane), 10000);
        const int before = ready.count();
        QSignalSpy started(pane.findChild<analytics::ReportRunner *>(), &analytics::ReportRunner::started);
        pane.findChild<QComboBox *>(QStringLiteral("analyticsStatistic"))->setCurrentIndex(2);  // p90
        QVERIFY(trend->chart()->title().startsWith(QStringLiteral("p90")));
        QCOMPARE(trend->chart()->series().size(), 1);  // p90 has no interval band
        QVERIFY(settled(pane));
        QCOMPARE(started.count(), 0);
        QCOMPARE(ready.count(), before);

        // Including drills recomputes, with more incidents.
        const qsizetype withoutDrills = report->incidents;
        pane.findChild<QCheckBox *>(QStringLiteral("analyticsDrills"))->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(pane.report()->incidents > withoutDrills, 10000);
    }

    void aNewerRequestSupersedesAnOlderOne()
    {
        AnalyticsPane pane(m_db);
        QSignalSpy ready(&pane, &AnalyticsPane::reportReady);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(settled(pane), 10000);
        QList<analytics::Bucketing> delivered;
        const auto connection = connect(&pane, &AnalyticsPane::reportReady, this,
                                        [&] { delivered << pane.report()->request.bucketing; });
        const auto disconnect = qScopeGuard([&] { QObject::disconnect(connection); });
        auto *bucket = pane.findChild<QComboBox *>(QStringLiteral("analyticsBucket"));
        bucket->setCurrentIndex(0);  // week
        pane.refresh(false);
        bucket->setCurrentIndex(2);  // quarter
        pane.refresh(false);
        // Until everything asked for (including the debounced refresh the combo box started)
        // has run: the weekly run was superseded, so no weekly report was ever delivered.
        QTRY_VERIFY_WITH_TIMEOUT(settled(pane), 20000);
        QVERIFY(!delivered.isEmpty());
        QVERIFY2(!delivered.contains(analytics::Bucketing::Week), "a superseded run delivered its result");
        QCOMPARE(pane.report()->request.bucketing, analytics::Bucketing::Quarter);
    }

    void exportsChartsAndNumbers()
    {
        AnalyticsPane pane(m_db);
        QSignalSpy ready(&pane, &AnalyticsPane::reportReady);
        pane.resize(1000, 700);
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 10000);
        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("trend.png")), svg = out.filePath(QStringLiteral("counts.svg")),
                      csv = out.filePath(QStringLiteral("numbers.csv"));
        QVERIFY(pane.exportPng(AnalyticsPane::TrendChart, png));
        QVERIFY(pane.exportSvg(AnalyticsPane::CountsChart, svg));
        QVERIFY(pane.exportCsv(csv));
        QImage image(png);
        QVERIFY(!image.isNull() && image.width() > 300);
        QVERIFY(test::fileBytes(svg).contains("<svg"));
        QCOMPARE(test::fileBytes(csv), analytics::reportCsv(*pane.report()));
    }

    void presentationModeEnlargesTheType()
    {
        QTemporaryDir dir;
        MainWindow window(m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qreal normal = window.analyticsPane()->font().pointSizeF();
        window.setPresentation(true);
        QCOMPARE(window.currentArea(), MainWindow::AnalyticsArea);
        QVERIFY(window.analyticsPane()->presentation());
        QVERIFY(window.analyticsPane()->font().pointSizeF() > normal * 1.3);
        window.setPresentation(false);
        QCOMPARE(window.analyticsPane()->font().pointSizeF(), normal);
    }
};

QTEST_MAIN(TestAnalyticsPane)
#include "tst_analyticspane.moc"
