#include "storage/rows/ServiceRows.h"

namespace sitrep::rows {

const Table &services()
{
    static const Table t{QStringLiteral("services"),
                         {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("owner")}};
    return t;
}

Values serviceValues(const Service &s)
{
    return {text(s.name), text(s.description), text(s.owner)};
}

} // namespace sitrep::rows
