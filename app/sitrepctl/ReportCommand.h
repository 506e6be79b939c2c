#pragma once
// `sitrepctl report`: the analytics pane's numbers, for scripts and review documents.

#include "analytics/Report.h"

#include <QString>
#include <QStringList>

namespace sitrepctl {

struct ReportArgs
{
    sitrep::analytics::ReportRequest request;
    QString format = QStringLiteral("json");
};

// Parses the report options; on a wrong value returns the message for the user.
std::optional<QString> parseReportArgs(const QStringList &values, ReportArgs &args);
int report(const QString &db, const ReportArgs &args);

} // namespace sitrepctl
