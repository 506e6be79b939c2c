#include "util/AppIdentity.h"

#include <QCoreApplication>

namespace sitrep {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("sitrep"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sitrep.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("sitrep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SITREP_VERSION));
}

} // namespace sitrep
