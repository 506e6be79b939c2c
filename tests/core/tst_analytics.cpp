// Analytics on small data sets whose answers are worked out by hand.
#include "TestSupport.h"
#include "analytics/Report.h"
#include "analytics/ReportFormat.h"
#include "demo/DemoGenerator.h"
#include "storage/IncidentStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <random>

using namespace sitrep;
using namespace sitrep::analytics;

namespace {

constexpr qint64 minute = 60'000;

qint64 utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::UTC).toMSecsSinceEpoch();
}

// An incident that started at `start` and took the given minutes to detect, acknowledge,
// mitigate and resolve (cumulative from impact, except acknowledge, which counts from detect).
IncidentTimes incident(qint64 start, std::optional<int> detect, std::optional<int> ack = {},
                       std::optional<int> mitigate = {}, std::optional<int> resolve = {}, int severity = 3)
{
    IncidentTimes t;
    t.impactStartedAt = start;
    if (detect)
        t.detectedAt = start + *detect * minute;
    if (ack && t.detectedAt)
        t.acknowledgedAt = *t.detectedAt + *ack * minute;
    if (mitigate)
        t.mitigatedAt = start + *mitigate * minute;
    if (resolve)
        t.resolvedAt = start + *resolve * minute;
    t.severity = severity;
    return t;
}

QList<double> logNormal(int n, double medianSeconds, std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    std::normal_distribution<double> normal;
    QList<double> out;
    for (int i = 0; i < n; ++i)
        out << medianSeconds * std::exp(normal(engine));
    return out;
}

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    void percentilesInterpolateBetweenRanks()
    {
        const QList<double> four{1, 2, 3, 4};
        QCOMPARE(percentile(four, 0.5), 2.5);
        QCOMPARE(percentile(four, 0.9), 3.7);   // h = 3 * 0.9 = 2.7 -> 3 + 0.7 * (4 - 3)
        QCOMPARE(percentile(four, 0.0), 1.0);
        QCOMPARE(percentile(four, 1.0), 4.0);
        QCOMPARE(percentile({7}, 0.9), 7.0);
        const QList<double> five{10, 20, 30, 40, 100};
        QCOMPARE(percentile(five, 0.5), 30.0);
        QCOMPARE(percentile(five, 0.9), 76.0);  // h = 3.6 -> 40 + 0.6 * 60
    }

    void summariesAndReproducibleIntervals()
    {
        QList<double> v{300, 60, 120, 240, 180};
        const Summary s = summarize(v);
        QCOMPARE(s.count, 5);
        QCOMPARE(s.mean, 180.0);
        QCOMPARE(s.median, 180.0);
        QCOMPARE(s.p90, 276.0);  // h = 3.6 -> 240 + 0.6 * 60
        QCOMPARE(s.min, 60.0);
        QCOMPARE(s.max, 300.0);
        QVERIFY(s.meanCi && s.medianCi);
        QVERIFY(s.meanCi->low <= s.mean && s.mean <= s.meanCi->high);
        QVERIFY(s.meanCi->low >= 60 && s.meanCi->high <= 300);
        // The same data gives the same numbers, every time.
        QList<double> again{300, 60, 120, 240, 180};
        QCOMPARE(*summarize(again).meanCi, *s.meanCi);
        QCOMPARE(*summarize(again).medianCi, *s.medianCi);
        // A different seed draws different resamples.
        QList<double> wide = logNormal(40, 300, 9), wide2 = wide;
        QVERIFY(*summarize(wide, true, 7).meanCi != *summarize(wide2, true, 8).meanCi);
        QList<double> one{42};
        QVERIFY(!summarize(one).meanCi);
        QList<double> none;
        QCOMPARE(summarize(none).count, 0);
    }

    void exactMedianIntervalMatchesResampling()
    {
        // The median's bootstrap distribution is summed exactly; check it against brute force.
        QList<double> v = logNormal(51, 300, 11);
        QList<double> copy = v;
        const Summary s = summarize(copy);
        std::mt19937_64 engine(99);
        QList<double> medians;
        QList<double> resample(v.size());
        for (int b = 0; b < 20000; ++b) {
            for (double &x : resample)
                x = v[qsizetype(engine() % std::uint64_t(v.size()))];
            std::nth_element(resample.begin(), resample.begin() + 25, resample.end());
            medians << resample[25];
        }
        std::sort(medians.begin(), medians.end());
        // Same order statistics (the interval ends are data points), give or take one rank.
        std::sort(copy.begin(), copy.end());
        const auto rankOf = [&](double x) { return std::lower_bound(copy.cbegin(), copy.cend(), x) - copy.cbegin(); };
        QVERIFY2(std::abs(rankOf(s.medianCi->low) - rankOf(percentile(medians, 0.025))) <= 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(s.medianCi->low).arg(percentile(medians, 0.025))));
        QVERIFY2(std::abs(rankOf(s.medianCi->high) - rankOf(percentile(medians, 0.975))) <= 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(s.medianCi->high).arg(percentile(medians, 0.975))));
    }

    void intervalsDoNotJumpWhereTheMethodChanges()
    {
        // At each switch (resampled -> normal mean, summed -> approximated median) intervals of
        // nearly the same data must agree closely, or the switch would show in a chart.
        const auto close = [](const Interval &x, const Interval &y) {
            const double width = x.high - x.low;
            return std::abs(x.low - y.low) < 0.2 * width && std::abs(x.high - y.high) < 0.2 * width;
        };
        QList<double> small = logNormal(int(resampleMeanUpTo), 300, 1), smallPlus = small;
        smallPlus << 300;
        const Summary a = summarize(small), b = summarize(smallPlus);
        QVERIFY2(close(*a.meanCi, *b.meanCi), qPrintable(QStringLiteral("%1-%2 vs %3-%4").arg(a.meanCi->low).arg(a.meanCi->high).arg(b.meanCi->low).arg(b.meanCi->high)));
        QList<double> big = logNormal(int(exactBootstrapAbove), 300, 2), bigPlus = big;
        bigPlus << 300;
        const Summary c = summarize(big), d = summarize(bigPlus);
        QVERIFY2(close(*c.medianCi, *d.medianCi), qPrintable(QStringLiteral("%1-%2 vs %3-%4").arg(c.medianCi->low).arg(c.medianCi->high).arg(d.medianCi->low).arg(d.medianCi->high)));
        QVERIFY(close(*c.meanCi, *d.meanCi));
    }

    void metricsNeedTheirMilestones()
    {
        const IncidentTimes full = incident(utc(2026, 1, 5, 10), 2, 3, 20, 60);
        QCOMPARE(metricSeconds(full, Metric::TimeToDetect), 120.0);
        QCOMPARE(metricSeconds(full, Metric::TimeToAcknowledge), 180.0);
        QCOMPARE(metricSeconds(full, Metric::TimeToMitigate), 1200.0);
        QCOMPARE(metricSeconds(full, Metric::TimeToResolve), 3600.0);
        const IncidentTimes open = incident(utc(2026, 1, 5, 10), 2);
        QVERIFY(!metricSeconds(open, Metric::TimeToAcknowledge));
        QVERIFY(!metricSeconds(open, Metric::TimeToResolve));
        IncidentTimes noImpact = full;
        noImpact.impactStartedAt.reset();
        QVERIFY(!metricSeconds(noImpact, Metric::TimeToDetect));
        QCOMPARE(metricSeconds(noImpact, Metric::TimeToAcknowledge), 180.0);
    }

    void weeklyReportCountsMissingOpenAndDrillsByHand()
    {
        QList<IncidentTimes> data = {
            // Week of Monday 2026-01-05
            incident(utc(2026, 1, 5, 9), 1, 1, 10, 30, 1),
            incident(utc(2026, 1, 7, 9), 3, 2, 20, 50, 2),
            incident(utc(2026, 1, 11, 23), 5, 3, 30, 70, 2),   // Sunday 23:00 UTC
            // Week of Monday 2026-01-12
            incident(utc(2026, 1, 13, 9), 2),                  // still open: detected only
            incident(utc(2026, 1, 14, 9), 4, {}, {}, 40, 5),   // resolved, never acknowledged
        };
        IncidentTimes drill = incident(utc(2026, 1, 6, 9), 100, 100, 100, 100);
        drill.isDrill = true;
        data << drill;

        ReportRequest request;
        request.zone = QTimeZone::UTC;
        request.filter.from = utc(2026, 1, 5);
        request.filter.to = utc(2026, 1, 19);
        auto r = computeReport(data, request, {});
        QVERIFY(r.ok());
        QCOMPARE(r->incidents, 5);  // the drill is left out
        QCOMPARE(r->open, 1);
        const MetricSeries &detect = r->metrics[0];
        QCOMPARE(detect.buckets.size(), 2);
        QCOMPARE(detect.buckets[0].start, utc(2026, 1, 5));
        QCOMPARE(detect.buckets[0].summary.count, 3);
        QCOMPARE(detect.buckets[0].summary.mean, 180.0);    // (1 + 3 + 5) / 3 minutes
        QCOMPARE(detect.buckets[0].summary.median, 180.0);
        QCOMPARE(detect.buckets[1].summary.count, 2);
        QCOMPARE(detect.buckets[1].summary.mean, 180.0);    // (2 + 4) / 2 minutes
        const MetricSeries &ack = r->metrics[1];
        QCOMPARE(ack.buckets[1].summary.count, 0);
        QCOMPARE(ack.buckets[1].open, 1);                   // the open one: open, not zero
        QCOMPARE(ack.buckets[1].missing, 1);                // resolved without acknowledgement
        const MetricSeries &resolve = r->metrics[3];
        QCOMPARE(resolve.overall.summary.count, 4);
        QCOMPARE(resolve.overall.open, 1);
        QCOMPARE(resolve.overall.summary.median, 2700.0);   // 30, 40, 50, 70 minutes -> 45 min
        QCOMPARE(r->counts[0].bySeverity[1], 2);            // two SEV2 in week one
        QCOMPARE(r->counts[1].bySeverity[4], 1);            // one SEV5 in week two

        // Drills on request.
        request.filter.includeDrills = true;
        QCOMPARE(computeReport(data, request, {})->incidents, 6);

        // Sunday 23:00 UTC is Monday 00:00 in Berlin: the third incident moves to week two.
        request.filter.includeDrills = false;
        request.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        auto berlin = computeReport(data, request, {});
        QCOMPARE(berlin->metrics[0].buckets[0].start, utc(2026, 1, 4, 23));  // Monday 00:00 +01:00
        QCOMPARE(berlin->metrics[0].buckets[0].summary.count, 2);
        QCOMPARE(berlin->metrics[0].buckets[1].summary.count, 3);
    }

    void bucketsFollowTheWallClockAcrossDst()
    {
        const QTimeZone ny(QByteArrayLiteral("America/New_York"));
        // DST starts Sunday 2026-03-08: that week is an hour short.
        const QList<qint64> weeks = bucketBoundaries(utc(2026, 3, 4), utc(2026, 3, 12), Bucketing::Week, ny);
        QCOMPARE(weeks.size(), 3);
        QCOMPARE(weeks[0], QDateTime(QDate(2026, 3, 2), QTime(0, 0), ny).toMSecsSinceEpoch());
        QCOMPARE(weeks[1] - weeks[0], qint64(167) * 3'600'000);
        QCOMPARE(weeks[2] - weeks[1], qint64(168) * 3'600'000);
        const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
        const QList<qint64> months = bucketBoundaries(utc(2026, 3, 10), utc(2026, 3, 20), Bucketing::Month, berlin);
        QCOMPARE(months, (QList<qint64>{utc(2026, 2, 28, 23), utc(2026, 3, 31, 22)}));
        const QList<qint64> quarters = bucketBoundaries(utc(2026, 5, 10), utc(2026, 8, 2), Bucketing::Quarter, QTimeZone::UTC);
        QCOMPARE(quarters, (QList<qint64>{utc(2026, 4, 1), utc(2026, 7, 1), utc(2026, 10, 1)}));
    }

    void comparisonsGiveAPlainVerdict()
    {
        const QList<double> before = logNormal(40, 600, 3);
        const QList<double> halved = [&] { QList<double> v = logNormal(40, 300, 4); return v; }();
        const Comparison better = compare(before, halved);
        QCOMPARE(better.median.verdict, Verdict::Improved);
        QVERIFY(better.median.percent < -20);
        QVERIFY(better.median.interval->high < 0);
        QCOMPARE(compare(halved, before).median.verdict, Verdict::Worse);
        // Ten incidents, then the same ten again in another order: nothing changed, and the
        // verdict must not claim otherwise.
        QList<double> ten = logNormal(10, 600, 5), shuffled = ten;
        std::reverse(shuffled.begin(), shuffled.end());
        const Comparison same = compare(ten, shuffled);
        QCOMPARE(same.mean.verdict, Verdict::NoDetectableChange);
        QVERIFY(same.mean.interval->low < 0 && same.mean.interval->high > 0);
        // Reproducible.
        QCOMPARE(*compare(before, halved).mean.interval, *better.mean.interval);
        QCOMPARE(compare({600}, {300}).median.verdict, Verdict::NotEnoughData);
        QCOMPARE(verdictText(Verdict::NoDetectableChange), QStringLiteral("no detectable change at this sample size"));
    }

    void reportFromADatabaseAndItsFormats()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 800);
        qint64 drills = 0;
        (void)IncidentStore(*db).forEach([&](const Incident &i) { drills += i.isDrill; });
        ReportRequest request;
        request.zone = QTimeZone::UTC;
        request.bucketing = Bucketing::Month;
        request.compareAt = test::demoUntil - qint64(365) * 86'400'000;
        auto r = buildReport(*db, request);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->incidents, 800 - drills);
        QVERIFY(r->metrics[0].buckets.size() >= 24);
        // The demo halves detection halfway: the report must see it.
        QCOMPARE((*r->comparison)[0].median.verdict, Verdict::Improved);

        const QJsonObject json = QJsonDocument::fromJson(reportJson(r.value())).object();
        QCOMPARE(json[QStringLiteral("incidents")].toInt(), int(800 - drills));
        QCOMPARE(json[QStringLiteral("bucket")].toString(), QStringLiteral("month"));
        const QJsonObject ttd = json[QStringLiteral("metrics")][QStringLiteral("time_to_detect")].toObject();
        QCOMPARE(ttd[QStringLiteral("buckets")].toArray().size(), r->metrics[0].buckets.size());
        QVERIFY(ttd[QStringLiteral("overall")][QStringLiteral("median_ci_s")].isArray());
        QCOMPARE(json[QStringLiteral("comparison")][QStringLiteral("time_to_detect")][QStringLiteral("median_change")]
                     [QStringLiteral("verdict")].toString(), QStringLiteral("improved"));
        const QByteArray csv = reportCsv(r.value());
        QCOMPARE(csv.count('\n'), 1 + 4 * r->metrics[0].buckets.size());
        QVERIFY(csv.startsWith("metric,bucket_start,bucket_end,count,missing,open,mean_s"));
        const QString md = reportMarkdown(r.value());
        QVERIFY(md.contains(QStringLiteral("| Time to detect |")));
        QVERIFY(md.contains(QStringLiteral("improved")));
        // Same data, same numbers.
        QCOMPARE(reportJson(buildReport(*db, request).value()), reportJson(r.value()));
    }

    // The bootstrap resamples by position, so the engines must deliver the same rows in the
    // same order for the intervals to agree to the last digit.
    void sameReportFromAFileAndFromAServer()
    {
        // Against the run's engine: in tst_analytics.postgresql a server, in tst_analytics a second file.
        QTemporaryDir dir;
        auto file = Database::open(dir.filePath(QStringLiteral("file.db")));
        QVERIFY2(file.ok(), qPrintable(file.error()));
        QVERIFY(generateDemo(**file, {1500, 11, test::demoUntil}).ok());
        auto server = test::createDemoDatabase(dir, 1500, 11, QStringLiteral("server"));
        ReportRequest request;
        request.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        request.compareAt = test::demoUntil - qint64(365) * 86'400'000;
        for (const bool drills : {false, true}) {
            request.filter.includeDrills = drills;
            request.filter.services = drills ? QStringList{QStringLiteral("checkout"), QStringLiteral("search")} : QStringList{};
            request.filter.severities = drills ? QList<int>{1, 2, 3} : QList<int>{};
            const auto a = buildReport(**file, request), b = buildReport(*server, request);
            QVERIFY2(a.ok(), qPrintable(a.error()));
            QVERIFY2(b.ok(), qPrintable(b.error()));
            QVERIFY(a->incidents > 100);
            QCOMPARE(reportJson(b.value()), reportJson(a.value()));
            QCOMPARE(reportCsv(b.value()), reportCsv(a.value()));
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
