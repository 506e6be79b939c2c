#include "analytics/ReportCharts.h"

#include "common/Theme.h"
#include "domain/Severity.h"
#include "util/TimeFormat.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QCursor>
#include <QRegularExpression>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPalette>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>


#include <cmath>

namespace sitrep::ui {

using namespace analytics;

namespace {

// Durations read best in one unit per chart: minutes up to a few hours, hours beyond.
struct Unit
{
    double seconds;
    QString name;
};

Unit unitFor(double maxSeconds)
{
    if (maxSeconds >= 4 * 3600)
        return {3600, QChart::tr("hours")};
    if (maxSeconds >= 120)
        return {60, QChart::tr("minutes")};
    return {1, QChart::tr("seconds")};
}

void applyAxisFonts(QChart *chart)
{
    const qreal scale = chart->property("fontScale").toReal() > 0 ? chart->property("fontScale").toReal() : 1.0;
    for (QAbstractAxis *axis : chart->axes()) {
        QFont af = axis->labelsFont();
        af.setPointSizeF(8.5 * scale);
        axis->setLabelsFont(af);
        QFont tf = axis->titleFont();
        tf.setPointSizeF(9 * scale);
        axis->setTitleFont(tf);
    }
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis), delete axis;
}

QString bucketLabel(qint64 start, Bucketing b, const QTimeZone &zone)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(start, zone).date();
    switch (b) {
    case Bucketing::Week:
        return d.toString(QStringLiteral("yyyy-MM-dd"));
    case Bucketing::Month:
        return d.toString(QStringLiteral("yyyy-MM"));
    case Bucketing::Quarter:
        return QStringLiteral("%1 Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
    }
    return {};
}

double statValue(const Summary &s, Statistic st)
{
    switch (st) {
    case Statistic::Mean:
        return s.mean;
    case Statistic::Median:
        return s.median;
    case Statistic::P90:
        return s.p90;
    }
    return 0;
}

} // namespace

QString statisticLabel(Statistic s)
{
    switch (s) {
    case Statistic::Mean:
        return QChart::tr("Mean");
    case Statistic::Median:
        return QChart::tr("Median");
    case Statistic::P90:
        return QChart::tr("p90");
    }
    return {};
}

void drawTrend(QChart *chart, const Report &report, Metric metric, Statistic statistic)
{
    clear(chart);
    const MetricSeries &series = report.metrics[int(metric)];
    double maxSeconds = 0;
    for (const BucketStats &b : series.buckets)
        if (b.summary.count)
            maxSeconds = std::max(maxSeconds, statistic == Statistic::Mean && b.summary.meanCi ? b.summary.meanCi->high
                                            : statistic == Statistic::Median && b.summary.medianCi ? b.summary.medianCi->high
                                                                                                    : statValue(b.summary, statistic));
    const Unit unit = unitFor(maxSeconds);
    // Built as lists, then replace(): appending point by point to an attached series is
    // quadratic (10k points took 8.7 s with append(), 1.6 ms with replace()).
    QList<QPointF> line, low, high;
    for (const BucketStats &b : series.buckets) {
        if (!b.summary.count)
            continue;
        const double x = double(b.start + (b.end - b.start) / 2);
        line << QPointF(x, statValue(b.summary, statistic) / unit.seconds);
        const auto ci = statistic == Statistic::Mean ? b.summary.meanCi : statistic == Statistic::Median ? b.summary.medianCi : std::nullopt;
        if (statistic != Statistic::P90) {
            // A bucket with a single incident has no interval: the band narrows to the point
            // there instead of vanishing for the whole chart.
            const double v = statValue(b.summary, statistic);
            low << QPointF(x, (ci ? ci->low : v) / unit.seconds);
            high << QPointF(x, (ci ? ci->high : v) / unit.seconds);
        }
    }
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(report.request.bucketing == Bucketing::Week ? QStringLiteral("MMM yy") : QStringLiteral("MMM yyyy"));
    auto *axisY = new QValueAxis;
    axisY->setTitleText(unit.name);
    axisY->setMin(0);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    if (!low.isEmpty() && low.size() == line.size()) {
        auto *lower = new QLineSeries(chart), *upper = new QLineSeries(chart);
        lower->replace(low);
        upper->replace(high);
        auto *band = new QAreaSeries(upper, lower);
        band->setName(QChart::tr("95 % interval"));
        QColor fill = chart->theme() == QChart::ChartThemeDark ? QColor(0x5a, 0x9b, 0xf0) : QColor(0x1e, 0x6f, 0xd9);
        fill.setAlpha(chart->theme() == QChart::ChartThemeDark ? 90 : 60);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        chart->addSeries(band);
        band->attachAxis(axisX);
        band->attachAxis(axisY);
    }
    auto *trend = new QLineSeries;
    trend->setName(QStringLiteral("%1 %2").arg(statisticLabel(statistic), metricLabel(metric).toLower()));
    trend->replace(line);
    trend->setPointsVisible(line.size() < 60);
    QPen pen(chart->theme() == QChart::ChartThemeDark ? QColor(0x8c, 0xc0, 0xff) : QColor(0x12, 0x4c, 0xa8));
    pen.setWidthF(2.2);
    trend->setPen(pen);
    chart->addSeries(trend);
    trend->attachAxis(axisX);
    trend->attachAxis(axisY);
    axisY->applyNiceNumbers();
    axisY->setMin(0);
    applyAxisFonts(chart);

    // Exact values under the pointer.
    const QTimeZone zone = report.request.zone;
    const Bucketing bucketing = report.request.bucketing;
    QObject::connect(trend, &QLineSeries::hovered, trend, [series, statistic, zone, bucketing](const QPointF &p, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        for (const BucketStats &b : series.buckets) {
            if (double(b.start) > p.x() || double(b.end) < p.x() || !b.summary.count)
                continue;
            const auto ci = statistic == Statistic::Mean ? b.summary.meanCi : b.summary.medianCi;
            QString text = QChart::tr("%1\n%2: %3\n%n incident(s)", nullptr, int(b.summary.count))
                               .arg(bucketLabel(b.start, bucketing, zone), statisticLabel(statistic),
                                    humanDuration(qint64(statValue(b.summary, statistic) * 1000)));
            if (ci && statistic != Statistic::P90)
                text += QChart::tr("\n95 %: %1 – %2").arg(humanDuration(qint64(ci->low * 1000)), humanDuration(qint64(ci->high * 1000)));
            if (b.open)
                text += QChart::tr("\n%n still open", nullptr, int(b.open));
            QToolTip::showText(QCursor::pos(), text);
            return;
        }
    });
}

void drawCounts(QChart *chart, const Report &report)
{
    clear(chart);
    auto *stacked = new QStackedBarSeries;
    QStringList categories;
    std::array<QBarSet *, 5> sets{};
    const QPalette pal;
    for (int s = 0; s < 5; ++s) {
        sets[s] = new QBarSet(severityLabel(Severity(s + 1)));
        sets[s]->setColor(severityColor(s + 1, chart->theme() == QChart::ChartThemeDark ? QPalette(QColor(0x20, 0x20, 0x20)) : QPalette(Qt::white)));
        sets[s]->setBorderColor(Qt::transparent);
    }
    for (const SeverityCounts &c : report.counts) {
        categories << bucketLabel(c.start, report.request.bucketing, report.request.zone);
        for (int s = 0; s < 5; ++s)
            sets[s]->append(double(c.bySeverity[s]));
    }
    for (QBarSet *set : sets)
        stacked->append(set);
    stacked->setBarWidth(0.9);
    chart->addSeries(stacked);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    // Dozens of weekly labels would overlap: the trend chart above carries the dates.
    axisX->setLabelsVisible(categories.size() <= 16);
    axisX->setLabelsAngle(-45);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(QChart::tr("incidents"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    stacked->attachAxis(axisX);
    stacked->attachAxis(axisY);
    axisY->applyNiceNumbers();
    applyAxisFonts(chart);
    QObject::connect(stacked, &QStackedBarSeries::hovered, stacked, [categories](bool status, int index, QBarSet *set) {
        if (status)
            QToolTip::showText(QCursor::pos(), QChart::tr("%1 — %2: %3").arg(categories.value(index), set->label()).arg(set->at(index)));
        else
            QToolTip::hideText();
    });
}

void drawDistribution(QChart *chart, const Report &report, Metric metric)
{
    clear(chart);
    const QList<qsizetype> &bins = report.histogram[int(metric)];
    const QList<double> &edges = histogramEdges();
    const auto name = [](double s) { return s == 0 ? QStringLiteral("0") : humanDuration(qint64(s * 1000)).remove(QRegularExpression(QStringLiteral(" 0[a-z]+$"))); };
    QStringList categories;
    auto *set = new QBarSet(metricLabel(metric));
    set->setColor(chart->theme() == QChart::ChartThemeDark ? QColor(0x5a, 0x9b, 0xf0) : QColor(0x1e, 0x6f, 0xd9));
    for (qsizetype k = 0; k < bins.size(); ++k) {
        // Each bar is labelled by where it starts; the tooltip gives the whole range.
        categories << (k + 1 < edges.size() ? name(edges[k]) : QStringLiteral("≥ %1").arg(name(edges[k])));
        set->append(double(bins[k]));
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    bars->setBarWidth(0.95);
    chart->addSeries(bars);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setTitleText(QChart::tr("duration from (log-spaced bins)"));
    axisX->setLabelsAngle(-90);  // fifteen short labels fit upright in a narrow chart
    axisX->setTruncateLabels(false);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(QChart::tr("incidents"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    bars->attachAxis(axisX);
    bars->attachAxis(axisY);
    axisY->applyNiceNumbers();
    applyAxisFonts(chart);
    QStringList ranges;
    for (qsizetype k = 0; k < bins.size(); ++k)
        ranges << (k + 1 < edges.size() ? QStringLiteral("%1 – %2").arg(name(edges[k]), name(edges[k + 1]))
                                        : QStringLiteral("≥ %1").arg(name(edges[k])));
    QObject::connect(bars, &QBarSeries::hovered, bars, [ranges](bool status, int index, QBarSet *s) {
        if (status)
            QToolTip::showText(QCursor::pos(), QChart::tr("%1: %2 incidents").arg(ranges.value(index)).arg(s->at(index)));
        else
            QToolTip::hideText();
    });
}

void styleChart(QChart *chart, bool dark, qreal fontScale)
{
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont f = chart->titleFont();
    f.setPointSizeF(11 * fontScale);
    f.setBold(true);
    chart->setTitleFont(f);
    QFont legend = chart->legend()->font();
    legend.setPointSizeF(9 * fontScale);
    chart->legend()->setFont(legend);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setProperty("fontScale", fontScale);
    applyAxisFonts(chart);
}

} // namespace sitrep::ui
