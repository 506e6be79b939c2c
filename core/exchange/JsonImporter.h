#pragma once
// Reads an exchange document into the database, all or nothing: the whole document is checked
// first, and the first problem is reported with its JSON path ("$.incidents[3].severity: ...");
// only a valid document is written, in one transaction.

#include "storage/Database.h"
#include "util/Result.h"

#include <QByteArray>

namespace sitrep {

struct ImportSummary
{
    qint64 services = 0;
    qint64 incidents = 0;
    qint64 alerts = 0;
    qint64 timelineEvents = 0;
    qint64 runbooks = 0;
    qint64 postmortems = 0;
    qint64 actionItems = 0;
};

Result<ImportSummary> importJson(const Database &db, const QByteArray &document);

} // namespace sitrep
