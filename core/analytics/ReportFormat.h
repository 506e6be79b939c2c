#pragma once
// A report as JSON (the shape is documented in README.md, "sitrep report"), CSV (one row per
// metric and bucket) and Markdown (tables for a review document). Durations are in seconds.

#include "analytics/Report.h"

#include <QByteArray>
#include <QString>

namespace sitrep::analytics {

QByteArray reportJson(const Report &report);
QByteArray reportCsv(const Report &report);
QString reportMarkdown(const Report &report);
QString verdictText(Verdict v);
// "-49 % [-53 %, -45 %]": a change with its interval, or "–" without one.
QString changeText(const Change &change);   // "improved", "worse", "no detectable change at this sample size"

} // namespace sitrep::analytics
