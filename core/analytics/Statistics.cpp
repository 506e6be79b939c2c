#include "analytics/Statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace sitrep::analytics {

namespace {

constexpr double z975 = 1.959963984540054;

// Same numbers on every platform: std:: distributions differ between libraries.
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_engine(seed) {}
    qsizetype index(qsizetype n) { return qsizetype((m_engine() >> 11) * (1.0 / 9007199254740992.0) * double(n)); }

private:
    std::mt19937_64 m_engine;
};

double meanOf(const QList<double> &v)
{
    return std::accumulate(v.cbegin(), v.cend(), 0.0) / double(v.size());
}

// Median of a resample, for a resample drawn as indices into `v` (unsorted scratch).
double medianOf(QList<double> &scratch)
{
    const qsizetype n = scratch.size();
    auto mid = scratch.begin() + n / 2;
    std::nth_element(scratch.begin(), mid, scratch.end());
    double m = *mid;
    if (n % 2 == 0) {
        const double below = *std::max_element(scratch.begin(), mid);
        m = (m + below) / 2;
    }
    return m;
}

Interval percentileInterval(QList<double> &stats)
{
    std::sort(stats.begin(), stats.end());
    return {percentile(stats, 0.025), percentile(stats, 0.975)};
}

// Standard normal CDF.
double phi(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

// The exact bootstrap distribution of the sample median (odd-size convention: the order
// statistic k = ceil(n/2)): P(median* <= x_(j)) = P(Binomial(n, j/n) >= k), here through the
// normal approximation to the binomial, which is exact enough above a thousand values.
// Several order statistics at once: each selection narrows the range the next one searches,
// so all of them cost about two passes over the data instead of one each.
void selectRanks(QList<double>::iterator first, QList<double>::iterator last, qsizetype offset,
                 const QList<qsizetype> &ranks, qsizetype from, qsizetype to)
{
    if (from >= to || first >= last)
        return;
    const qsizetype mid = (from + to) / 2;
    const auto at = first + (ranks[mid] - offset);
    std::nth_element(first, at, last);
    selectRanks(first, at, offset, ranks, from, mid);
    selectRanks(at + 1, last, ranks[mid] + 1, ranks, mid + 1, to);
}

// P(Binomial(n, p) >= k), summed in log space (n up to a few thousand).
double binomialTail(qsizetype n, double p, qsizetype k)
{
    if (p <= 0)
        return k <= 0 ? 1.0 : 0.0;
    if (p >= 1)
        return 1.0;
    const double lp = std::log(p), lq = std::log1p(-p), lnf = std::lgamma(double(n) + 1);
    double sum = 0;
    for (qsizetype i = k; i <= n; ++i)
        sum += std::exp(lnf - std::lgamma(double(i) + 1) - std::lgamma(double(n - i) + 1) + double(i) * lp +
                        double(n - i) * lq);
    return std::min(1.0, sum);
}

// The exact bootstrap interval of the median of sorted values (small samples).
Interval exactMedianIntervalSorted(const QList<double> &sorted)
{
    const qsizetype n = sorted.size();
    const auto k = qsizetype(std::ceil(double(n) / 2.0));
    const auto rank = [&](double level) {  // smallest j with P(median* <= x(j)) >= level
        qsizetype lo = 1, hi = n;
        while (lo < hi) {
            const qsizetype mid = (lo + hi) / 2;
            if (binomialTail(n, double(mid) / double(n), k) >= level)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo - 1;
    };
    return {sorted[rank(0.025)], sorted[rank(0.975)]};
}

// The 0-based ranks of the exact bootstrap interval of the median; they depend on n alone.
std::pair<qsizetype, qsizetype> exactMedianRanks(qsizetype n)
{
    const double k = std::ceil(double(n) / 2.0);
    const auto cdf = [&](qsizetype j) {
        const double p = double(j) / double(n);
        const double sd = std::sqrt(double(n) * p * (1 - p));
        if (sd == 0)
            return p >= 1 ? 1.0 : 0.0;
        return 1.0 - phi((k - 0.5 - double(n) * p) / sd);
    };
    const auto rank = [&](double level) {
        qsizetype lo = 1, hi = n;
        while (lo < hi) {
            const qsizetype mid = (lo + hi) / 2;
            if (cdf(mid) >= level)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo - 1;
    };
    return {rank(0.025), rank(0.975)};
}

Interval exactMeanInterval(const QList<double> &v, double mean)
{
    double ss = 0;
    for (double x : v)
        ss += (x - mean) * (x - mean);
    const double se = std::sqrt(ss / double(v.size())) / std::sqrt(double(v.size()));
    return {mean - z975 * se, mean + z975 * se};
}

Verdict verdictFor(const std::optional<Interval> &interval)
{
    if (!interval)
        return Verdict::NotEnoughData;
    if (interval->high < 0)
        return Verdict::Improved;
    if (interval->low > 0)
        return Verdict::Worse;
    return Verdict::NoDetectableChange;
}

} // namespace

double percentile(const QList<double> &sorted, double q)
{
    const double h = double(sorted.size() - 1) * std::clamp(q, 0.0, 1.0);
    const auto lo = qsizetype(std::floor(h));
    const auto hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

Summary summarize(QList<double> &values, bool withIntervals, std::uint64_t seed)
{
    Summary s;
    s.count = values.size();
    if (values.isEmpty())
        return s;
    if (values.size() > exactBootstrapAbove) {
        // Large: selections instead of a sort. Every order statistic needed (percentile
        // neighbours, the median interval's ranks, min, max) is selected in one narrowing pass.
        const qsizetype n = values.size();
        const auto neighbours = [n](double q) {
            const double h = double(n - 1) * q;
            const auto lo = qsizetype(std::floor(h));
            return std::pair{lo, std::min(lo + 1, n - 1)};
        };
        const auto [m0, m1] = neighbours(0.5);
        const auto [p0, p1] = neighbours(0.9);
        const auto [c0, c1] = exactMedianRanks(n);
        QList<qsizetype> ranks{0, n - 1, m0, m1, p0, p1};
        if (withIntervals)
            ranks << c0 << c1;
        std::sort(ranks.begin(), ranks.end());
        ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
        selectRanks(values.begin(), values.end(), 0, ranks, 0, ranks.size());
        const auto interpolate = [&](double q, qsizetype lo, qsizetype hi) {
            const double h = double(n - 1) * q;
            return values[lo] + (h - double(lo)) * (values[hi] - values[lo]);
        };
        s.min = values[0];
        s.max = values[n - 1];
        s.mean = meanOf(values);
        s.median = interpolate(0.5, m0, m1);
        s.p90 = interpolate(0.9, p0, p1);
        if (withIntervals) {
            s.meanCi = exactMeanInterval(values, s.mean);
            s.medianCi = Interval{values[c0], values[c1]};
        }
        return s;
    }
    std::sort(values.begin(), values.end());
    s.mean = meanOf(values);
    s.median = percentile(values, 0.5);
    s.p90 = percentile(values, 0.9);
    s.min = values.first();
    s.max = values.last();
    if (!withIntervals || values.size() < 2)
        return s;
    s.medianCi = exactMedianIntervalSorted(values);
    if (values.size() > resampleMeanUpTo) {
        s.meanCi = exactMeanInterval(values, s.mean);
        return s;
    }
    Rng rng(seed);
    const qsizetype n = values.size();
    const double *data = values.constData();
    QList<double> means;
    means.reserve(bootstrapResamples);
    for (int b = 0; b < bootstrapResamples; ++b) {
        double sum = 0;
        for (qsizetype i = 0; i < n; ++i)
            sum += data[rng.index(n)];
        means << sum / double(n);
    }
    s.meanCi = percentileInterval(means);
    return s;
}

Comparison compare(QList<double> before, QList<double> after, std::uint64_t seed)
{
    Comparison c;
    c.before = summarize(before, true, seed);
    c.after = summarize(after, true, seed + 1);
    if (before.size() < 2 || after.size() < 2 || c.before.mean <= 0 || c.before.median <= 0)
        return c;
    c.mean.percent = (c.after.mean - c.before.mean) / c.before.mean * 100;
    c.median.percent = (c.after.median - c.before.median) / c.before.median * 100;

    if (before.size() > exactBootstrapAbove || after.size() > exactBootstrapAbove) {
        // Delta method on the ratio, from each side's bootstrap standard error.
        const auto ratioInterval = [](double b, const Interval &bi, double a, const Interval &ai) {
            const double seB = (bi.high - bi.low) / (2 * z975), seA = (ai.high - ai.low) / (2 * z975);
            const double r = a / b;
            const double se = r * std::sqrt((seA / a) * (seA / a) + (seB / b) * (seB / b));
            return Interval{(r - z975 * se - 1) * 100, (r + z975 * se - 1) * 100};
        };
        c.mean.interval = ratioInterval(c.before.mean, *c.before.meanCi, c.after.mean, *c.after.meanCi);
        c.median.interval = ratioInterval(c.before.median, *c.before.medianCi, c.after.median, *c.after.medianCi);
    } else {
        Rng rng(seed + 2);
        QList<double> meanChanges, medianChanges, sb(before.size()), sa(after.size());
        const double *pb = before.constData(), *pa = after.constData();
        double *qb = sb.data(), *qa = sa.data();
        for (int b = 0; b < bootstrapResamples; ++b) {
            double sumB = 0, sumA = 0;
            for (qsizetype i = 0; i < sb.size(); ++i)
                sumB += (qb[i] = pb[rng.index(before.size())]);
            for (qsizetype i = 0; i < sa.size(); ++i)
                sumA += (qa[i] = pa[rng.index(after.size())]);
            const double mB = sumB / double(sb.size()), mA = sumA / double(sa.size());
            const double medB = medianOf(sb), medA = medianOf(sa);
            if (mB > 0)
                meanChanges << (mA - mB) / mB * 100;
            if (medB > 0)
                medianChanges << (medA - medB) / medB * 100;
        }
        if (!meanChanges.isEmpty())
            c.mean.interval = percentileInterval(meanChanges);
        if (!medianChanges.isEmpty())
            c.median.interval = percentileInterval(medianChanges);
    }
    c.mean.verdict = verdictFor(c.mean.interval);
    c.median.verdict = verdictFor(c.median.interval);
    return c;
}

} // namespace sitrep::analytics
