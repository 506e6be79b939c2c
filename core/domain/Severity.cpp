#include "domain/Severity.h"

#include <QCoreApplication>

namespace sitrep {

QString severityLabel(Severity s) { return QStringLiteral("SEV%1").arg(int(s)); }

std::optional<Severity> severityFromNumber(int n)
{
    if (n < 1 || n > severityCount)
        return std::nullopt;
    return Severity(n);
}

std::optional<Severity> severityFromLabel(const QString &label)
{
    QString t = label.trimmed().toUpper();
    if (t.startsWith(QLatin1String("SEV")))
        t = t.mid(3);
    bool ok = false;
    const int n = t.toInt(&ok);
    return ok ? severityFromNumber(n) : std::nullopt;
}

QString severityMeaning(Severity s)
{
    switch (s) {
    case Severity::Sev1:
        return QCoreApplication::translate("Severity", "Critical: customer-facing outage");
    case Severity::Sev2:
        return QCoreApplication::translate("Severity", "Major: core feature degraded for many");
    case Severity::Sev3:
        return QCoreApplication::translate("Severity", "Minor: partial degradation, workaround exists");
    case Severity::Sev4:
        return QCoreApplication::translate("Severity", "Low: little user impact");
    case Severity::Sev5:
        return QCoreApplication::translate("Severity", "Cosmetic: no functional impact");
    }
    return {};
}

} // namespace sitrep
