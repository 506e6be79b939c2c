#include "domain/IncidentStatus.h"

#include <QCoreApplication>

namespace sitrep {

QString statusKey(IncidentStatus s)
{
    switch (s) {
    case IncidentStatus::Open:
        return QStringLiteral("open");
    case IncidentStatus::Acknowledged:
        return QStringLiteral("acknowledged");
    case IncidentStatus::Mitigated:
        return QStringLiteral("mitigated");
    case IncidentStatus::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

std::optional<IncidentStatus> statusFromKey(const QString &key)
{
    for (auto s : {IncidentStatus::Open, IncidentStatus::Acknowledged, IncidentStatus::Mitigated,
                   IncidentStatus::Resolved}) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString statusLabel(IncidentStatus s)
{
    switch (s) {
    case IncidentStatus::Open:
        return QCoreApplication::translate("IncidentStatus", "Open");
    case IncidentStatus::Acknowledged:
        return QCoreApplication::translate("IncidentStatus", "Acknowledged");
    case IncidentStatus::Mitigated:
        return QCoreApplication::translate("IncidentStatus", "Mitigated");
    case IncidentStatus::Resolved:
        return QCoreApplication::translate("IncidentStatus", "Resolved");
    }
    return {};
}

} // namespace sitrep
