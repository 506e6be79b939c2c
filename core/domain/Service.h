#pragma once

#include <QString>

namespace sitrep {

struct Service
{
    qint64 id = 0;
    QString name;
    QString description;
    QString owner;
};

} // namespace sitrep
