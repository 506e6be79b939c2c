#pragma once

#include <QStringList>

namespace sitrepctl {

// `sitrepctl lint FILE [--people a,b]`: blameless lint; exit 1 when it finds something.
int lint(const QStringList &args);
// `sitrepctl postmortem draft|export ...`.
int postmortem(const QStringList &args);

} // namespace sitrepctl
