#pragma once

#include <QString>
#include <QStringList>

namespace sitrepctl {

// `sitrepctl runbooks import --db PATH DIR` and
// `sitrepctl runbooks match --db PATH --labels k=v,k=v [--service S] [--severity SEV2]`.
int runbooks(const QStringList &args);

} // namespace sitrepctl
