#include "runbooks/RunbookMatcher.h"

#include "domain/Severity.h"

#include <QCoreApplication>

namespace sitrep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunbookMatcher)
};
} // namespace

QList<RunbookMatch> matchRunbooks(const QList<ParsedRunbook> &runbooks, const MatchContext &context)
{
    QList<RunbookMatch> out;
    for (const ParsedRunbook &p : runbooks) {
        const RunbookDocument &doc = p.document;
        // A runbook for SEV2 and worse is not for a SEV4.
        if (doc.minSeverity && context.severity && *context.severity > *doc.minSeverity)
            continue;
        RunbookMatch m;
        m.runbookId = p.runbook.id;
        m.slug = p.runbook.slug;
        m.title = p.runbook.title.isEmpty() ? doc.title : p.runbook.title;
        for (qsizetype i = 0; i < doc.matchers.size(); ++i) {
            const auto &set = doc.matchers[i];
            if (set.isEmpty())
                continue;
            for (const QJsonObject &labels : context.alertLabels) {
                if (matchesAll(set, labels)) {
                    // More matchers in a set: more specific, ranked higher.
                    m.score = std::max(m.score, 100 + 10 * int(set.size()));
                    m.reasons << Tr::tr("alert %1 matches %2").arg(labels.value(QStringLiteral("alertname")).toString(), doc.matcherTexts.value(i));
                    break;
                }
            }
        }
        if (!context.service.isEmpty() && doc.services.contains(context.service, Qt::CaseInsensitive)) {
            m.score += 50;
            m.reasons << Tr::tr("service %1").arg(context.service);
        }
        if (m.score == 0)
            continue;
        if (doc.minSeverity)
            m.reasons << Tr::tr("for %1 and worse").arg(severityLabel(Severity(*doc.minSeverity)));
        out << m;
    }
    std::stable_sort(out.begin(), out.end(), [](const RunbookMatch &a, const RunbookMatch &b) {
        return a.score != b.score ? a.score > b.score : a.title.localeAwareCompare(b.title) < 0;
    });
    return out;
}

} // namespace sitrep
