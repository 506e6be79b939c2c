#include "storage/TemplateStore.h"

#include "storage/SqlUtil.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sitrep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)
};
} // namespace

Result<QList<PostmortemTemplate>> TemplateStore::teamTemplates() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, title, body, default_for FROM postmortem_templates ORDER BY name"));
    if (auto done = sql::exec(q); !done)
        return fail(done.error());
    QList<PostmortemTemplate> out;
    while (q.next())
        out << PostmortemTemplate{q.value(0).toString(), q.value(1).toString().isEmpty() ? q.value(0).toString() : q.value(1).toString(),
                                  q.value(2).toString(), false, severitiesOfDefaultFor(q.value(3).toString())};
    return out;
}

Done TemplateStore::save(const PostmortemTemplate &t) const
{
    if (t.name.trimmed().isEmpty())
        return fail(Tr::tr("A template needs a name."));
    const auto db = m_db.connection();
    Transaction tx(db);
    if (!tx.ok())
        return fail(tx.error());
    QStringList defaults;
    for (int s : t.defaultFor)
        defaults << QString::number(s);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO postmortem_templates(name, title, body, default_for, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT(name) DO UPDATE SET title = excluded.title, body = excluded.body, "
                             "default_for = excluded.default_for, updated_at = excluded.updated_at"));
    const qint64 now = Clock::nowMs();
    q.addBindValue(t.name.trimmed());
    q.addBindValue(sql::text(t.title));
    q.addBindValue(t.body);
    q.addBindValue(sql::text(defaults.join(QLatin1Char(','))));
    q.addBindValue(now);
    q.addBindValue(now);
    if (auto done = sql::exec(q); !done)
        return done;
    return tx.commit();
}

} // namespace sitrep
