#include "domain/Postmortem.h"

#include <QCoreApplication>

namespace sitrep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Postmortem)
};
} // namespace

QString postmortemStatusLabel(const QString &status)
{
    if (status == QLatin1String("in_review"))
        return Tr::tr("In review");
    if (status == QLatin1String("published"))
        return Tr::tr("Published");
    return Tr::tr("Draft");
}

} // namespace sitrep
