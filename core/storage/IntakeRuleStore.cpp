#include "storage/IntakeRuleStore.h"

#include "storage/SqlUtil.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace sitrep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IntakeRuleStore)
};

QStringList parseGroupBy(const QString &text)
{
    QStringList names;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        names << part.trimmed();
    return names;
}
} // namespace

Done IntakeRuleStore::validate(const IntakeRule &rule)
{
    if (rule.name.trimmed().isEmpty())
        return fail(Tr::tr("Every rule needs a name."));
    auto matchers = parseLabelMatchers(rule.matchersText);
    if (!matchers)
        return fail(Tr::tr("Rule “%1”: %2").arg(rule.name, matchers.error()));
    static const QRegularExpression labelName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (rule.groupBy.isEmpty())
        return fail(Tr::tr("Rule “%1”: group by at least one label (or group_key).").arg(rule.name));
    for (const QString &name : rule.groupBy) {
        if (!labelName.match(name).hasMatch())
            return fail(Tr::tr("Rule “%1”: “%2” is not a label name.").arg(rule.name, name));
    }
    if (rule.minSeverity < 1 || rule.minSeverity > 5 || rule.defaultSeverity < 1 || rule.defaultSeverity > 5)
        return fail(Tr::tr("Rule “%1”: severities run from SEV1 to SEV5.").arg(rule.name));
    return {};
}

Result<IntakePolicy> IntakeRuleStore::load() const
{
    const auto db = m_db.connection();
    IntakePolicy policy;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, enabled, matchers, group_by, min_severity, default_severity, "
                             "resolve_incident FROM intake_rules ORDER BY position, id"));
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    while (q.next()) {
        IntakeRule rule;
        rule.id = q.value(0).toLongLong();
        rule.name = q.value(1).toString();
        rule.enabled = q.value(2).toBool();
        rule.matchersText = q.value(3).toString();
        rule.groupBy = parseGroupBy(q.value(4).toString());
        rule.minSeverity = q.value(5).toInt();
        rule.defaultSeverity = q.value(6).toInt();
        rule.resolveIncident = q.value(7).toBool();
        auto matchers = parseLabelMatchers(rule.matchersText);
        if (!matchers) {
            qCWarning(lcStorage) << "Skipping intake rule" << rule.name << ":" << matchers.error();
            continue;
        }
        rule.matchers = *matchers;
        policy.rules << rule;
    }
    q.prepare(QStringLiteral("SELECT label_value, severity FROM severity_map"));
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    while (q.next())
        policy.severityMap.insert(q.value(0).toString().toLower(), q.value(1).toInt());
    return policy;
}

namespace {

// The stored meaning of a policy, for comparing what is stored with what a caller expects:
// rule ids are left out (new rules get theirs on insert), names and matchers as saved.
QString storedForm(const IntakePolicy &policy)
{
    QStringList lines;
    for (const IntakeRule &r : policy.rules)
        lines << QStringList{r.name.trimmed(), QString::number(int(r.enabled)), r.matchersText.trimmed(),
                             parseGroupBy(r.groupBy.join(QLatin1Char(','))).join(QLatin1Char(',')),
                             QString::number(r.minSeverity),
                             QString::number(r.defaultSeverity), QString::number(int(r.resolveIncident))}
                     .join(QChar(0x1f));
    QStringList map;
    for (auto it = policy.severityMap.cbegin(); it != policy.severityMap.cend(); ++it)
        map << it.key().trimmed().toLower() + QLatin1Char('=') + QString::number(*it);
    map.sort();
    return lines.join(QChar(0x1e)) + QChar(0x1d) + map.join(QChar(0x1e));
}

} // namespace

Done IntakeRuleStore::save(const IntakePolicy &policy) const
{
    return save(policy, nullptr);
}

Done IntakeRuleStore::save(const IntakePolicy &policy, const IntakePolicy &expected) const
{
    return save(policy, &expected);
}

Done IntakeRuleStore::save(const IntakePolicy &policy, const IntakePolicy *expected) const
{
    for (const IntakeRule &rule : policy.rules) {
        if (auto done = validate(rule); !done)
            return done;
    }
    for (auto it = policy.severityMap.cbegin(); it != policy.severityMap.cend(); ++it) {
        if (it.key().trimmed().isEmpty() || *it < 1 || *it > 5)
            return fail(Tr::tr("Severity mapping “%1” → %2 is not valid (SEV1 to SEV5).").arg(it.key()).arg(*it));
    }
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    if (expected) {
        // Read inside the transaction: nobody can save in between.
        auto stored = load();
        if (!stored)
            return fail(stored.error());
        if (storedForm(*stored) != storedForm(*expected))
            return fail(Tr::tr("The intake rules were changed meanwhile (in another window or by someone else); "
                               "nothing was changed. Open the rules again to see them."));
    }
    if (auto done = sql::exec(db, QStringLiteral("DELETE FROM intake_rules")); !done)
        return done;
    if (auto done = sql::exec(db, QStringLiteral("DELETE FROM severity_map")); !done)
        return done;
    // A new rule (no id yet) is numbered by the database: SQLite's next rowid, PostgreSQL's
    // identity (which refuses NULL for an id, and whose sequence is past every id it gave out).
    QSqlQuery keep(db), number(db);
    keep.prepare(QStringLiteral("INSERT INTO intake_rules(id, position, name, enabled, matchers, group_by, min_severity, "
                                "default_severity, resolve_incident) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    number.prepare(QStringLiteral("INSERT INTO intake_rules(position, name, enabled, matchers, group_by, min_severity, "
                                  "default_severity, resolve_incident) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    // Keep ids: they are part of the group keys of alerts already stored. Rules that have one go
    // in first, so that a new rule (no id yet, numbered on insert) cannot take an id that a rule
    // further down still needs (a rule added at the top used to fail with "UNIQUE constraint").
    QList<qsizetype> order;
    for (qsizetype k = 0; k < policy.rules.size(); ++k)
        if (policy.rules[k].id > 0)
            order << k;
    for (qsizetype k = 0; k < policy.rules.size(); ++k)
        if (policy.rules[k].id <= 0)
            order << k;
    for (qsizetype k : order) {
        const IntakeRule &rule = policy.rules[k];
        QSqlQuery &q = rule.id > 0 ? keep : number;
        if (rule.id > 0)
            q.addBindValue(rule.id);
        q.addBindValue(int(k));
        q.addBindValue(rule.name.trimmed());
        q.addBindValue(int(rule.enabled));
        q.addBindValue(sql::text(rule.matchersText.trimmed()));
        q.addBindValue(rule.groupBy.join(QLatin1Char(',')));
        q.addBindValue(rule.minSeverity);
        q.addBindValue(rule.defaultSeverity);
        q.addBindValue(int(rule.resolveIncident));
        if (auto done = sql::exec(q); !done)
            return done;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO severity_map(label_value, severity) VALUES (?, ?)"));
    for (auto it = policy.severityMap.cbegin(); it != policy.severityMap.cend(); ++it) {
        q.addBindValue(it.key().trimmed().toLower());
        q.addBindValue(*it);
        if (auto done = sql::exec(q); !done)
            return done;
    }
    return tx.commit();
}

} // namespace sitrep
