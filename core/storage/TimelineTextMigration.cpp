#include "storage/TimelineTextMigration.h"

#include "storage/SqlUtil.h"
#include "storage/TimelineRows.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QTimeZone>

namespace sitrep::timelinetext {

namespace {

// The texts as Sitrep wrote them before messages, in English (the source strings) and German
// (translations/sitrep_de.ts of that time). They are history, not translations: they never
// change, whatever the catalogues say later, so they are written out here.
struct Languages
{
    const char *english;
    const char *german;
};

// A regular expression that must match the whole text.
QRegularExpression anchored(const QString &pattern)
{
    return QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'),
                              QRegularExpression::DotMatchesEverythingOption);
}

// Compiled once per pattern (a team database may hold millions of events); the patterns are
// literals, so their addresses name them.
const QRegularExpression &compiled(const char *pattern)
{
    thread_local QHash<const char *, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, anchored(QString::fromUtf8(pattern)));
    return *it;
}

std::optional<QRegularExpressionMatch> matchEither(const QString &body, const Languages &patterns)
{
    for (const char *p : {patterns.english, patterns.german}) {
        auto m = compiled(p).match(body);
        if (m.hasMatch())
            return m;
    }
    return std::nullopt;
}

std::optional<Severity> severityOf(const QString &label) { return severityFromLabel(label); }

// Alert sources as the texts named them.
QString sourceKey(const QString &label)
{
    for (const char *key : {"alertmanager", "grafana", "pagerduty", "datadog"})
        if (alertSourceLabel(QLatin1String(key), TextLanguage::Source) == label)
            return QLatin1String(key);
    if (label == QLatin1String("Webhook"))
        return QStringLiteral("generic");
    return label;  // shown as it is, as before
}

// Field labels in both languages (the German ones of IncidentChange's catalogue).
std::optional<IncidentField> fieldOfLabel(const QString &label)
{
    static const QList<QPair<IncidentField, QString>> german = {
        {IncidentField::Title, QStringLiteral("Titel")},
        {IncidentField::Severity, QStringLiteral("Schweregrad")},
        {IncidentField::Service, QStringLiteral("Dienst")},
        {IncidentField::Summary, QStringLiteral("Zusammenfassung")},
        {IncidentField::Drill, QStringLiteral("Übung")},
        {IncidentField::ImpactStarted, QStringLiteral("Auswirkung begann")},
        {IncidentField::Detected, QStringLiteral("Erkannt")},
        {IncidentField::Acknowledged, QStringLiteral("Bestätigt")},
        {IncidentField::Mitigated, QStringLiteral("Eingedämmt")},
        {IncidentField::Resolved, QStringLiteral("Behoben")},
        {IncidentField::Commander, QStringLiteral("Incident Commander")},
        {IncidentField::Communications, QStringLiteral("Kommunikationsleitung")},
        {IncidentField::Scribe, QStringLiteral("Protokollführung")},
        {IncidentField::Responders, QStringLiteral("Beteiligte")},
    };
    for (IncidentField f : allIncidentFields())
        if (fieldLabel(f, TextLanguage::Source) == label)
            return f;
    for (const auto &[f, text] : german)
        if (text == label)
            return f;
    return std::nullopt;
}

bool isOneOf(const QString &s, const char *english, const char *german)
{
    return s == QLatin1String(english) || s == QString::fromUtf8(german);
}

// One side of "Field: before → after", as describeChange() wrote it; nullopt when it cannot be.
std::optional<QVariant> fieldValue(IncidentField field, const QString &text)
{
    if (isMilestone(field)) {
        if (isOneOf(text, "not set", "nicht gesetzt"))
            return QVariant();
        QDateTime at = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        if (!at.isValid())
            return std::nullopt;
        at.setTimeZone(QTimeZone::UTC);
        return QVariant(at.toMSecsSinceEpoch());
    }
    switch (field) {
    case IncidentField::Severity: {
        if (!text.startsWith(QLatin1String("SEV")))
            return std::nullopt;
        const auto s = severityOf(text);
        return s ? std::optional<QVariant>(int(*s)) : std::nullopt;
    }
    case IncidentField::Drill:
        if (isOneOf(text, "yes", "ja"))
            return QVariant(true);
        if (isOneOf(text, "no", "nein"))
            return QVariant(false);
        return std::nullopt;
    case IncidentField::Responders:
        if (isOneOf(text, "none", "keine"))
            return QVariant(QStringList());
        return QVariant(text.split(QStringLiteral(", ")));
    default:
        if (isOneOf(text, "none", "keine"))
            return QVariant(QString());
        if (text.size() >= 2 && text.startsWith(QChar(0x201C)) && text.endsWith(QChar(0x201D)))
            return QVariant(text.mid(1, text.size() - 2));
        return std::nullopt;
    }
}

// "Severity: SEV3 → SEV2" (the same template in both languages, with the labels and words of
// each). A value may itself hold " → ": every split is tried, the first that reads wins.
std::optional<TimelineMessage> fieldChange(const QString &body)
{
    static const QString arrow = QStringLiteral(" → ");
    const qsizetype colon = body.indexOf(QStringLiteral(": "));
    if (colon <= 0)
        return std::nullopt;
    const auto field = fieldOfLabel(body.left(colon));
    if (!field)
        return std::nullopt;
    const QString values = body.mid(colon + 2);
    for (qsizetype at = values.indexOf(arrow); at >= 0; at = values.indexOf(arrow, at + 1)) {
        const auto before = fieldValue(*field, values.left(at));
        const auto after = fieldValue(*field, values.mid(at + arrow.size()));
        if (before && after)
            return timelinemessage::fieldChanged({0, *field, *before, *after});
    }
    return std::nullopt;
}

// A step's text and the note after " — ", as setState() joined them. Where the step's text holds
// a dash too the split is a guess; the sentence reads the same either way.
QPair<QString, QString> stepAndNote(const QString &text)
{
    const qsizetype dash = text.indexOf(QStringLiteral(" — "));
    if (dash < 0)
        return {text, QString()};
    return {text.left(dash), text.mid(dash + 3)};
}

std::optional<TimelineMessage> status(const QString &author, const QString &body)
{
    const QString by = QRegularExpression::escape(author);
    {
        // The declaring person ends (English) or opens (German) the text; it is the event's author.
        const QRegularExpression english = anchored(QStringLiteral("Incident declared as (SEV[1-5])(?: on (.*))? by ") + by);
        const QRegularExpression german = anchored(QStringLiteral("Vorfall von ") + by + QStringLiteral(" als (SEV[1-5])(?: für (.*))? gemeldet"));
        for (const QRegularExpression *re : {&english, &german}) {
            const auto m = re->match(body);
            if (m.hasMatch())
                return timelinemessage::incidentDeclared(*severityOf(m.captured(1)), m.captured(2), author);
        }
    }
    if (auto m = matchEither(body, {"Incident opened as (SEV[1-5]) by an alert from (.*)",
                                    "Vorfall als (SEV[1-5]) durch einen Alarm von (.*) eröffnet"}))
        return timelinemessage::incidentOpenedByAlert(*severityOf(m->captured(1)), sourceKey(m->captured(2)));
    if (auto m = matchEither(body, {"Incident opened as (SEV[1-5]) on (.*)", "Vorfall als (SEV[1-5]) für (.*) eröffnet"}))
        return timelinemessage::incidentOpened(*severityOf(m->captured(1)), m->captured(2));
    if (auto m = matchEither(body, {"Incident resolved: all of its alerts resolved \\(intake rule “(.*)”\\)",
                                    "Vorfall behoben: Alle seine Alarme sind behoben \\(Eingangsregel „(.*)“\\)"}))
        return timelinemessage::incidentResolvedByRule(m->captured(1));
    return std::nullopt;
}

std::optional<TimelineMessage> alert(const QString &body)
{
    if (auto m = matchEither(body, {"Alert firing: (.*)", "Alarm aktiv: (.*)"}))
        return timelinemessage::alertFiring(m->captured(1));
    if (auto m = matchEither(body, {"Alert resolved: (.*)", "Alarm behoben: (.*)"}))
        return timelinemessage::alertResolved(m->captured(1));
    if (auto m = matchEither(body, {"Alert acknowledged: (.*)", "Alarm bestätigt: (.*)"}))
        return timelinemessage::alertAcknowledged(m->captured(1));
    if (auto m = matchEither(body, {"Alert attached: (.*)", "Alarm zugeordnet: (.*)"}))
        return timelinemessage::alertAttached(m->captured(1));
    // The demo generator's alert lines (untranslated).
    static const QRegularExpression demoFiring = anchored(QStringLiteral("\\[FIRING\\] (.*)"));
    static const QRegularExpression demoResolved = anchored(QStringLiteral("\\[RESOLVED\\] (.*)"));
    if (const auto m = demoFiring.match(body); m.hasMatch())
        return timelinemessage::alertFiring(m.captured(1));
    if (const auto m = demoResolved.match(body); m.hasMatch())
        return timelinemessage::alertResolved(m.captured(1));
    return std::nullopt;
}

std::optional<TimelineMessage> milestone(const QString &body)
{
    if (isOneOf(body, "Reopened", "Wieder geöffnet"))
        return timelinemessage::incidentReopened();
    if (auto m = matchEither(body, {"Acknowledged through (.*?): (.*)", "Bestätigt über (.*?): (.*)"}))
        return timelinemessage::acknowledgedThrough(sourceKey(m->captured(1)), m->captured(2));
    if (const auto field = fieldOfLabel(body); field && isMilestone(*field))
        return timelinemessage::milestoneSet(*field);
    return fieldChange(body);
}

std::optional<TimelineMessage> checklist(const QString &body)
{
    if (auto m = matchEither(body, {"Runbook attached: (.*) \\(version (\\d+); steps: (\\d+)\\)",
                                    "Runbook angehängt: (.*) \\(Version (\\d+); Schritte: (\\d+)\\)"}))
        return timelinemessage::runbookAttached(m->captured(1), m->captured(2).toInt(), m->captured(3).toInt());
    if (auto m = matchEither(body, {"Step added: (.*)", "Schritt hinzugefügt: (.*)"}))
        return timelinemessage::stepAdded(m->captured(1));
    if (auto m = matchEither(body, {"Step done: (.*)", "Schritt erledigt: (.*)"})) {
        const auto [step, note] = stepAndNote(m->captured(1));
        return timelinemessage::stepDone(step, note);
    }
    if (auto m = matchEither(body, {"Step skipped: (.*)", "Schritt übersprungen: (.*)"})) {
        const auto [step, note] = stepAndNote(m->captured(1));
        return timelinemessage::stepSkipped(step, note);
    }
    if (auto m = matchEither(body, {"Step note: (.*)", "Notiz zum Schritt: (.*)"})) {
        const auto [step, note] = stepAndNote(m->captured(1));
        return timelinemessage::stepNoted(step, note);
    }
    if (auto m = matchEither(body, {"Step reopened: (.*)", "Schritt wieder offen: (.*)"}))
        return timelinemessage::stepReopened(m->captured(1));
    // The demo generator's checklist lines.
    if (auto m = matchEither(body, {"Done: (.*)", "Erledigt: (.*)"}))
        return timelinemessage::stepDone(m->captured(1), {});
    if (auto m = matchEither(body, {"Skipped: (.*)", "Übersprungen: (.*)"}))
        return timelinemessage::stepSkipped(m->captured(1), {});
    return std::nullopt;
}

std::optional<TimelineMessage> postmortem(const QString &body)
{
    if (auto m = matchEither(body, {"Postmortem drafted \\(template: (.*)\\)", "Postmortem entworfen \\(Vorlage: (.*)\\)"}))
        return timelinemessage::postmortemDrafted(m->captured(1));
    if (auto m = matchEither(body, {"Postmortem sent for review to (.*)", "Postmortem an (.*) zur Durchsicht gesendet"}))
        return timelinemessage::postmortemInReview(m->captured(1).split(QStringLiteral(", ")));
    if (isOneOf(body, "Postmortem published", "Postmortem veröffentlicht"))
        return timelinemessage::postmortemPublished();
    if (isOneOf(body, "Postmortem reopened as a draft", "Postmortem als Entwurf wieder geöffnet"))
        return timelinemessage::postmortemReopened();
    return std::nullopt;
}

struct Converted
{
    qint64 id;
    QString message;
    QString params;       // null: none
    QString body;         // null: unchanged (it is the English rendering already)
};

// SQLite: one prepared statement per row, in process.
Done writeLocally(const QSqlDatabase &db, const QList<Converted> &rows)
{
    QSqlQuery withBody(db), withoutBody(db);
    withBody.prepare(QStringLiteral("UPDATE timeline_events SET message = ?, params = ?, body = ? WHERE id = ?"));
    // Leaving the body alone spares the full-text index an update of each English row.
    withoutBody.prepare(QStringLiteral("UPDATE timeline_events SET message = ?, params = ? WHERE id = ?"));
    for (const Converted &c : rows) {
        QSqlQuery &q = c.body.isNull() ? withoutBody : withBody;
        q.addBindValue(c.message);
        q.addBindValue(c.params.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.params));
        if (!c.body.isNull())
            q.addBindValue(c.body);
        q.addBindValue(c.id);
        if (auto done = sql::exec(q); !done)
            return done;
    }
    return {};
}

// PostgreSQL: a few hundred rows per statement (each prepared statement is several round trips).
Done writeToServer(const QSqlDatabase &db, const QList<Converted> &rows)
{
    const QSqlDriver *driver = db.driver();
    QSqlField text(QString(), QMetaType(QMetaType::QString));
    const auto literal = [&](const QString &value) {
        if (value.isNull())
            return QStringLiteral("NULL");
        text.setValue(value);
        return driver->formatValue(text);
    };
    constexpr qsizetype perStatement = 500;
    for (qsizetype first = 0; first < rows.size(); first += perStatement) {
        QStringList tuples;
        for (qsizetype i = first; i < std::min(rows.size(), first + perStatement); ++i) {
            const Converted &c = rows[i];
            tuples << QStringLiteral("(%1, %2, %3, %4)").arg(QString::number(c.id), literal(c.message), literal(c.params), literal(c.body));
        }
        const QString statement = QStringLiteral(
            "UPDATE timeline_events t SET message = v.message, params = v.params, body = coalesce(v.body, t.body) "
            "FROM (VALUES %1) AS v(id, message, params, body) WHERE t.id = v.id").arg(tuples.join(QLatin1Char(',')));
        if (auto done = sql::exec(db, statement); !done)
            return done;
    }
    return {};
}

} // namespace

std::optional<TimelineMessage> recognise(const QString &kind, const QString &author, const QString &body)
{
    if (kind == QLatin1String("status"))
        return status(author, body);
    if (kind == QLatin1String("alert"))
        return alert(body);
    if (kind == QLatin1String("milestone"))
        return milestone(body);
    if (kind == QLatin1String("role")) {
        if (auto m = matchEither(body, {"(.*) is incident commander", "(.*) ist Incident Commander"}))
            return timelinemessage::commanderNamed(m->captured(1));
        return fieldChange(body);
    }
    if (kind == QLatin1String("field"))
        return fieldChange(body);
    if (kind == QLatin1String("checklist"))
        return checklist(body);
    if (kind == QLatin1String("postmortem"))
        return postmortem(body);
    return std::nullopt;  // notes are as people wrote them; "system" events had no fixed texts
}

Done convertAll(const QSqlDatabase &db)
{
    // In slices by id: a team database may hold millions of events, and a server's driver
    // would hold a whole result in memory.
    constexpr int slice = 5000;
    const bool server = sql::isServer(db);
    qint64 after = 0;
    for (;;) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (auto done = sql::exec(q,
                                  QStringLiteral("SELECT id, kind, author, body FROM timeline_events "
                                                 "WHERE id > ? AND message IS NULL AND kind <> 'note' ORDER BY id LIMIT %1").arg(slice),
                                  {after});
            !done)
            return done;
        QList<Converted> rows;
        int read = 0;
        while (q.next()) {
            ++read;
            after = q.value(0).toLongLong();
            const QString body = q.value(3).toString();
            const auto message = recognise(q.value(1).toString(), q.value(2).toString(), body);
            if (!message)
                continue;
            TimelineEvent e;
            setTimelineMessage(e, *message);
            const QByteArray params = timelinerows::paramsText(e);
            rows.append({after, e.message, params.isNull() ? QString() : QString::fromUtf8(params),
                         e.body == body ? QString() : e.body});
        }
        q.finish();
        if (read == 0)
            return {};
        if (auto done = server ? writeToServer(db, rows) : writeLocally(db, rows); !done)
            return done;
        if (read < slice)
            return {};
    }
}

} // namespace sitrep::timelinetext
