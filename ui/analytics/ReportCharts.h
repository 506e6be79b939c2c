#pragma once
// Draws what core/analytics computed. Only this folder knows Qt Charts (deprecated from Qt 6.10
// in favour of Qt Graphs), so swapping it touches nothing else.

#include "analytics/Report.h"

class QChart;

namespace sitrep::ui {

enum class Statistic { Mean, Median, P90 };

// Trend of one metric per bucket (mean or median with its 95 % interval as a band, or p90).
void drawTrend(QChart *chart, const analytics::Report &report, analytics::Metric metric, Statistic statistic);
// Incidents per bucket, stacked by severity.
void drawCounts(QChart *chart, const analytics::Report &report);
// Distribution of one metric over log-spaced duration bins.
void drawDistribution(QChart *chart, const analytics::Report &report, analytics::Metric metric);
// Light or dark chart colours to match the window, and font sizes (presentation mode). Call
// before drawing: a theme change recolours the series.
void styleChart(QChart *chart, bool dark, qreal fontScale);

QString statisticLabel(Statistic s);

} // namespace sitrep::ui
