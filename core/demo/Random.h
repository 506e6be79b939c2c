#pragma once
// A small deterministic random source: the same seed gives the same demo data on every
// platform (std:: distributions differ between standard libraries; these do not).

#include <QtGlobal>

#include <cmath>
#include <cstdint>
#include <random>

namespace sitrep::demo {

class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}

    // Uniform in [0, 1).
    double uniform() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    // Uniform integer in [lo, hi].
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(uniform() * double(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    template <typename List>
    const auto &pick(const List &list) { return list[between(0, qint64(std::size(list)) - 1)]; }
    // Standard normal by Box-Muller.
    double normal()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    // Log-normal with the given median and shape: incident phase durations look like this.
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    // Index drawn with the given weights.
    int weighted(std::initializer_list<double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        int i = 0;
        for (double w : weights) {
            if (x < w)
                return i;
            x -= w;
            ++i;
        }
        return i - 1;
    }
    quint64 next() { return m_engine(); }

private:
    std::mt19937_64 m_engine;
};

} // namespace sitrep::demo
