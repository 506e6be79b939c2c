#pragma once
// The statistics behind the analytics pane and `sitrepctl report`, chosen to be honest about
// small samples of skewed (roughly log-normal) durations.
//
// Percentiles: linear interpolation between closest ranks (Hyndman & Fan type 7, the default of
// R, NumPy and spreadsheets): for sorted x[0..n-1] and q in [0,1], h = (n-1)q,
// P = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]). The median is P(0.5), p90 P(0.9).
//
// Confidence intervals (95 %), percentile bootstrap throughout:
// - median: the bootstrap distribution of the sample median is known exactly, a binomial over
//   the order statistics (Efron 1979): P(median* <= x(j)) = P(Binomial(n, j/n) >= ceil(n/2)).
//   It is summed exactly up to 1,000 values and taken from the normal approximation to the
//   binomial above that — the answer 10^6 resamples would converge to, at no sampling cost.
// - mean: up to 200 values, 1,000 resamples drawn from a fixed seed (so the same data always
//   gives the same interval; small skewed samples need the real resampling); above 200 values
//   the bootstrap distribution of the mean is normal with the plug-in standard error s/sqrt(n).
// - comparisons (change in mean and median): 1,000 paired resamples while both sides have at
//   most 1,000 values, else the delta method on the two bootstrap standard errors.

#include <QList>

#include <cstdint>
#include <optional>

namespace sitrep::analytics {

struct Interval
{
    double low = 0;
    double high = 0;
    bool operator==(const Interval &) const = default;
};

struct Summary
{
    qsizetype count = 0;
    double mean = 0;
    double median = 0;
    double p90 = 0;
    double min = 0;
    double max = 0;
    std::optional<Interval> meanCi;     // absent below two values
    std::optional<Interval> medianCi;
};

inline constexpr int bootstrapResamples = 1000;
inline constexpr qsizetype resampleMeanUpTo = 200;
inline constexpr qsizetype exactBootstrapAbove = 1000;   // larger samples: normal approximations
inline constexpr std::uint64_t defaultSeed = 20210615;

// q in [0, 1]; `sorted` ascending and not empty.
double percentile(const QList<double> &sorted, double q);
// Reorders `values`; with intervals when `withIntervals`.
Summary summarize(QList<double> &values, bool withIntervals = true, std::uint64_t seed = defaultSeed);

enum class Verdict { Improved, Worse, NoDetectableChange, NotEnoughData };

struct Change
{
    double percent = 0;                 // (after - before) / before * 100
    std::optional<Interval> interval;   // 95 % bootstrap interval of that percentage
    Verdict verdict = Verdict::NotEnoughData;
};

struct Comparison
{
    Summary before;
    Summary after;
    Change mean;
    Change median;
};

// Shorter is better for every duration we measure: a change whose whole interval is below zero
// is an improvement, above zero worse, and one that spans zero is no detectable change.
Comparison compare(QList<double> before, QList<double> after, std::uint64_t seed = defaultSeed);

} // namespace sitrep::analytics
