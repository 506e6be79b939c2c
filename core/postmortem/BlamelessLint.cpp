#include "postmortem/BlamelessLint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BlamelessLint)
};
} // namespace

Result<QList<LintRule>> BlamelessLint::parseRules(const QByteArray &json, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(Tr::tr("%1: not valid JSON (%2 at byte %3)").arg(source, error.errorString()).arg(error.offset));
    QList<LintRule> rules;
    const QJsonArray array = doc.object().value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        LintRule r{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("pattern")).toString(),
                   o.value(QStringLiteral("message")).toString(), o.value(QStringLiteral("suggestion")).toString()};
        if (r.id.isEmpty() || r.pattern.isEmpty())
            return fail(Tr::tr("%1: rules[%2] needs an id and a pattern").arg(source).arg(i));
        if (!QRegularExpression(r.pattern).isValid())
            return fail(Tr::tr("%1: rules[%2] (%3): the pattern is not a valid regular expression").arg(source).arg(i).arg(r.id));
        rules << r;
    }
    return rules;
}

Result<BlamelessLint> BlamelessLint::load(const QString &teamDir)
{
    BlamelessLint lint;
    QStringList files = {QStringLiteral(":/sitrep/lint/blameless.en.json"), QStringLiteral(":/sitrep/lint/blameless.de.json")};
    if (!teamDir.isEmpty())
        for (const QFileInfo &f : QDir(teamDir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << f.absoluteFilePath();
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
        auto rules = parseRules(file.readAll(), QFileInfo(path).fileName());
        if (!rules)
            return fail(rules.error());
        lint.m_rules << *rules;
    }
    lint.compile();
    return lint;
}

void BlamelessLint::setPeople(const QStringList &names)
{
    m_people.clear();
    for (const QString &n : names)
        if (n.trimmed().size() >= 2)
            m_people << QRegularExpression::escape(n.trimmed());
    compile();
}

void BlamelessLint::compile()
{
    m_compiled.clear();
    // Without known names, PERSON matches nothing ((?!) never matches).
    const QString person = m_people.isEmpty() ? QStringLiteral("(?!)") : QStringLiteral("(?:%1)").arg(m_people.join(QLatin1Char('|')));
    for (const LintRule &r : std::as_const(m_rules)) {
        QString pattern = r.pattern;
        pattern.replace(QLatin1String("PERSON"), person);
        QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        re.optimize();
        m_compiled << re;
    }
}

QList<LintFinding> BlamelessLint::check(const QString &text) const
{
    QList<LintFinding> findings;
    QList<int> lineStarts{0};
    for (int i = 0; i < text.size(); ++i)
        if (text.at(i) == QLatin1Char('\n'))
            lineStarts << i + 1;
    for (qsizetype r = 0; r < m_compiled.size(); ++r) {
        auto it = m_compiled[r].globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            LintFinding f;
            f.offset = int(m.capturedStart());
            f.length = int(m.capturedLength());
            const auto line = std::upper_bound(lineStarts.cbegin(), lineStarts.cend(), f.offset) - 1;
            f.line = int(line - lineStarts.cbegin()) + 1;
            f.column = f.offset - *line + 1;
            f.ruleId = m_rules[r].id;
            f.phrase = m.captured(0);
            f.message = m_rules[r].message;
            f.suggestion = m_rules[r].suggestion;
            findings << f;
        }
    }
    std::sort(findings.begin(), findings.end(), [](const LintFinding &a, const LintFinding &b) { return a.offset < b.offset; });
    return findings;
}

} // namespace sitrep
