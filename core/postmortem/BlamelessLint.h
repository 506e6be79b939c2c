#pragma once
// Flags blame-oriented phrasing ("human error", "should have", "careless", a person as the
// subject of "failed to", ...) with a suggestion to rephrase in terms of systems and conditions.
// The phrase lists are data: resources/lint/blameless.<language>.json, plus a team's own files
// in <config>/lint/*.json (same shape), in any language.

#include "util/Result.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace sitrep {

struct LintRule
{
    QString id;
    QString pattern;          // "PERSON" stands for the names of known people
    QString message;
    QString suggestion;
};

struct LintFinding
{
    int line = 0;             // 1-based
    int column = 0;           // 1-based
    int offset = 0;           // in the whole text
    int length = 0;
    QString ruleId;
    QString phrase;           // the matched text
    QString message;
    QString suggestion;
};

class BlamelessLint
{
public:
    // The built-in rules for every language (en, de), plus the team's files in `teamDir` (if any).
    static Result<BlamelessLint> load(const QString &teamDir = QString());
    static Result<QList<LintRule>> parseRules(const QByteArray &json, const QString &source);

    // People's names (from roles, the timeline, action items) make "Ana failed to …" a finding.
    void setPeople(const QStringList &names);
    QList<LintFinding> check(const QString &text) const;
    const QList<LintRule> &rules() const { return m_rules; }

private:
    void compile();
    QList<LintRule> m_rules;
    QStringList m_people;
    QList<QRegularExpression> m_compiled;
};

} // namespace sitrep
