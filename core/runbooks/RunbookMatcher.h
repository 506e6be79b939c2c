#pragma once
// Which runbooks fit an incident: its alerts' labels against each runbook's alert matchers, its
// service against the runbook's services, its severity against the runbook's minimum. Best first,
// each with the reasons it matched.

#include "domain/Runbook.h"
#include "domain/RunbookDocument.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace sitrep {

struct MatchContext
{
    QList<QJsonObject> alertLabels;   // one per alert
    QString service;
    std::optional<int> severity;      // SEV number
};

struct RunbookMatch
{
    qint64 runbookId = 0;
    QString slug;
    QString title;
    int score = 0;
    QStringList reasons;
};

struct ParsedRunbook
{
    Runbook runbook;
    RunbookDocument document;
};

QList<RunbookMatch> matchRunbooks(const QList<ParsedRunbook> &runbooks, const MatchContext &context);

} // namespace sitrep
