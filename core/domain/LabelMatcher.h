#pragma once
// Prometheus-style label matchers: `alertname=DiskFull`, `env!=staging`, `service=~"db|storage"`,
// `team!~"web.*"`. Regexes match the whole value, as in Alertmanager. Intake rules and runbooks
// use the same syntax, so a matcher copied from one works in the other.

#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace sitrep {

struct LabelMatcher
{
    enum class Op { Equal, NotEqual, Regex, NotRegex };
    QString name;
    Op op = Op::Equal;
    QString value;
    QRegularExpression regex; // anchored; valid only for Regex and NotRegex

    bool matches(const QJsonObject &labels) const;
    QString toString() const;
};

// Parses a comma separated list; an empty text is an empty list (which matches everything).
// The error names the matcher and what is wrong with it.
Result<QList<LabelMatcher>> parseLabelMatchers(const QString &text);
bool matchesAll(const QList<LabelMatcher> &matchers, const QJsonObject &labels);

} // namespace sitrep
