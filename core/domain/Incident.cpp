#include "domain/Incident.h"

namespace sitrep {

std::optional<int> Incident::numberFromPublicId(const QString &publicId)
{
    if (!publicId.startsWith(QLatin1String("INC-"), Qt::CaseInsensitive))
        return std::nullopt;
    bool ok = false;
    const int n = publicId.mid(4).toInt(&ok);
    return ok && n > 0 ? std::optional<int>(n) : std::nullopt;
}

} // namespace sitrep
