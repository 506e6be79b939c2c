#include "domain/PostmortemTemplate.h"

#include "domain/Severity.h"

#include <QStringList>

namespace sitrep {

QList<int> severitiesOfDefaultFor(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed().toUpper();
        if (auto sev = severityFromLabel(p.startsWith(QLatin1String("SEV")) ? p : QStringLiteral("SEV") + p))
            out << int(*sev);
    }
    return out;
}

} // namespace sitrep
