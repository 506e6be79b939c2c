#include "domain/TimelineMessage.h"

#include <QDateTime>
#include <QJsonArray>

namespace sitrep {

namespace {

// The sentences. Where a sentence was written before messages existed, it keeps its context and
// text, so that its translations carry over.
struct Sentence
{
    const char *context;
    const char *source;
};

constexpr Sentence declared{"TimelineMessage", QT_TRANSLATE_NOOP("TimelineMessage", "Incident declared as %1 by %2")};
constexpr Sentence declaredOnService{"TimelineMessage",
                                     QT_TRANSLATE_NOOP("TimelineMessage", "Incident declared as %1 on %2 by %3")};
constexpr Sentence opened{"DemoGenerator", QT_TRANSLATE_NOOP("DemoGenerator", "Incident opened as %1 on %2")};
constexpr Sentence openedByAlert{"IntakeStore", QT_TRANSLATE_NOOP("IntakeStore", "Incident opened as %1 by an alert from %2")};
constexpr Sentence resolvedByRule{"IntakeStore",
                                  QT_TRANSLATE_NOOP("IntakeStore", "Incident resolved: all of its alerts resolved (intake rule “%1”)")};
constexpr Sentence reopened{"IncidentStore", QT_TRANSLATE_NOOP("IncidentStore", "Reopened")};
constexpr Sentence ackThrough{"IntakeStore", QT_TRANSLATE_NOOP("IntakeStore", "Acknowledged through %1: %2")};
constexpr Sentence commander{"DemoGenerator", QT_TRANSLATE_NOOP("DemoGenerator", "%1 is incident commander")};
constexpr Sentence firing{"IntakeStore", QT_TRANSLATE_NOOP("IntakeStore", "Alert firing: %1")};
constexpr Sentence resolved{"IntakeStore", QT_TRANSLATE_NOOP("IntakeStore", "Alert resolved: %1")};
constexpr Sentence acknowledged{"IntakeStore", QT_TRANSLATE_NOOP("IntakeStore", "Alert acknowledged: %1")};
constexpr Sentence attached{"TimelineMessage", QT_TRANSLATE_NOOP("TimelineMessage", "Alert attached: %1")};
constexpr Sentence runbook{"RunbookStore", QT_TRANSLATE_NOOP("RunbookStore", "Runbook attached: %1 (version %2; steps: %3)")};
constexpr Sentence stepAdded{"RunbookStore", QT_TRANSLATE_NOOP("RunbookStore", "Step added: %1")};
constexpr Sentence stepDone{"RunbookStore", QT_TRANSLATE_NOOP("RunbookStore", "Step done: %1%2")};
constexpr Sentence stepSkipped{"RunbookStore", QT_TRANSLATE_NOOP("RunbookStore", "Step skipped: %1%2")};
constexpr Sentence stepNoted{"RunbookStore", QT_TRANSLATE_NOOP("RunbookStore", "Step note: %1%2")};
constexpr Sentence stepReopened{"RunbookStore", QT_TRANSLATE_NOOP("RunbookStore", "Step reopened: %1")};
constexpr Sentence drafted{"PostmortemStore", QT_TRANSLATE_NOOP("PostmortemStore", "Postmortem drafted (template: %1)")};
constexpr Sentence inReview{"PostmortemStore", QT_TRANSLATE_NOOP("PostmortemStore", "Postmortem sent for review to %1")};
constexpr Sentence published{"PostmortemStore", QT_TRANSLATE_NOOP("PostmortemStore", "Postmortem published")};
constexpr Sentence pmReopened{"PostmortemStore", QT_TRANSLATE_NOOP("PostmortemStore", "Postmortem reopened as a draft")};

QString in(TextLanguage language, const Sentence &s) { return textIn(language, s.context, s.source); }

QString string(const QJsonObject &p, const char *name) { return p.value(QLatin1String(name)).toString(); }

QString severityText(const QJsonObject &p)
{
    return severityLabel(severityFromNumber(p.value(QLatin1String("severity")).toInt()).value_or(Severity::Sev3));
}

// A step's note follows its text after a dash, as the sentences expect it in %2.
QString withNote(const QJsonObject &p)
{
    const QString note = string(p, "note");
    return note.isEmpty() ? QString() : QStringLiteral(" — ") + note;
}

// Milestone times: stored once, read everywhere. The English text is in UTC, which every reader
// can place; a reader sees their own time zone.
QString timeIn(TextLanguage language, const std::optional<QTimeZone> &zone, qint64 ms)
{
    if (language == TextLanguage::Source)
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone.value_or(QTimeZone::LocalTime));
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QJsonValue fieldValueToJson(IncidentField field, const QVariant &v)
{
    if (isMilestone(field))
        return v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong());
    switch (field) {
    case IncidentField::Severity:
        return v.toInt();
    case IncidentField::Drill:
        return v.toBool();
    case IncidentField::Responders:
        return QJsonArray::fromStringList(v.toStringList());
    default:
        return v.toString();
    }
}

QVariant fieldValueFromJson(IncidentField field, const QJsonValue &v)
{
    if (isMilestone(field))
        return v.isDouble() ? QVariant(v.toInteger()) : QVariant();
    switch (field) {
    case IncidentField::Severity:
        return v.toInt();
    case IncidentField::Drill:
        return v.toBool();
    case IncidentField::Responders: {
        QStringList people;
        for (const QJsonValue &p : v.toArray())
            people << p.toString();
        return people;
    }
    default:
        return v.toString();
    }
}

TimelineMessage message(const char *key, QJsonObject params = {})
{
    return {QString::fromLatin1(key), std::move(params)};
}

QJsonObject titled(const QString &title) { return {{QStringLiteral("title"), title}}; }

QJsonObject step(const QString &text, const QString &note)
{
    QJsonObject p{{QStringLiteral("step"), text}};
    if (!note.isEmpty())
        p.insert(QStringLiteral("note"), note);
    return p;
}

} // namespace

namespace timelinemessage {

TimelineMessage incidentDeclared(Severity severity, const QString &service, const QString &by)
{
    QJsonObject p{{QStringLiteral("severity"), int(severity)}, {QStringLiteral("by"), by}};
    if (!service.isEmpty())
        p.insert(QStringLiteral("service"), service);
    return message(timelinekey::incidentDeclared, p);
}

TimelineMessage incidentOpened(Severity severity, const QString &service)
{
    return message(timelinekey::incidentOpened, {{QStringLiteral("severity"), int(severity)}, {QStringLiteral("service"), service}});
}

TimelineMessage incidentOpenedByAlert(Severity severity, const QString &sourceKey)
{
    return message(timelinekey::incidentOpenedByAlert,
                   {{QStringLiteral("severity"), int(severity)}, {QStringLiteral("source"), sourceKey}});
}

TimelineMessage incidentResolvedByRule(const QString &ruleName)
{
    return message(timelinekey::incidentResolvedByRule, {{QStringLiteral("rule"), ruleName}});
}

TimelineMessage incidentReopened() { return message(timelinekey::incidentReopened); }

TimelineMessage acknowledgedThrough(const QString &sourceKey, const QString &alertTitle)
{
    return message(timelinekey::acknowledgedThrough, {{QStringLiteral("source"), sourceKey}, {QStringLiteral("title"), alertTitle}});
}

TimelineMessage commanderNamed(const QString &person)
{
    return message(timelinekey::commanderNamed, {{QStringLiteral("person"), person}});
}

TimelineMessage alertFiring(const QString &alertTitle) { return message(timelinekey::alertFiring, titled(alertTitle)); }
TimelineMessage alertResolved(const QString &alertTitle) { return message(timelinekey::alertResolved, titled(alertTitle)); }
TimelineMessage alertAcknowledged(const QString &alertTitle) { return message(timelinekey::alertAcknowledged, titled(alertTitle)); }
TimelineMessage alertAttached(const QString &alertTitle) { return message(timelinekey::alertAttached, titled(alertTitle)); }

TimelineMessage fieldChanged(const IncidentChange &c)
{
    return message(timelinekey::fieldChanged, {{QStringLiteral("field"), fieldKey(c.field)},
                                               {QStringLiteral("before"), fieldValueToJson(c.field, c.before)},
                                               {QStringLiteral("after"), fieldValueToJson(c.field, c.after)}});
}

TimelineMessage milestoneSet(IncidentField milestone)
{
    return message(timelinekey::milestoneSet, {{QStringLiteral("field"), fieldKey(milestone)}});
}

TimelineMessage runbookAttached(const QString &runbookTitle, int version, int steps)
{
    return message(timelinekey::runbookAttached, {{QStringLiteral("runbook"), runbookTitle},
                                                  {QStringLiteral("version"), version},
                                                  {QStringLiteral("steps"), steps}});
}

TimelineMessage stepAdded(const QString &text) { return message(timelinekey::stepAdded, step(text, {})); }
TimelineMessage stepDone(const QString &text, const QString &note) { return message(timelinekey::stepDone, step(text, note)); }
TimelineMessage stepSkipped(const QString &text, const QString &note) { return message(timelinekey::stepSkipped, step(text, note)); }
TimelineMessage stepNoted(const QString &text, const QString &note) { return message(timelinekey::stepNoted, step(text, note)); }
TimelineMessage stepReopened(const QString &text) { return message(timelinekey::stepReopened, step(text, {})); }

TimelineMessage postmortemDrafted(const QString &templateName)
{
    return message(timelinekey::postmortemDrafted, {{QStringLiteral("template"), templateName}});
}

TimelineMessage postmortemInReview(const QStringList &reviewers)
{
    return message(timelinekey::postmortemInReview, {{QStringLiteral("reviewers"), QJsonArray::fromStringList(reviewers)}});
}

TimelineMessage postmortemPublished() { return message(timelinekey::postmortemPublished); }
TimelineMessage postmortemReopened() { return message(timelinekey::postmortemReopened); }

} // namespace timelinemessage

QString alertSourceLabel(const QString &source, TextLanguage language)
{
    if (source == QLatin1String("alertmanager")) return QStringLiteral("Alertmanager");
    if (source == QLatin1String("grafana")) return QStringLiteral("Grafana");
    if (source == QLatin1String("pagerduty")) return QStringLiteral("PagerDuty");
    if (source == QLatin1String("datadog")) return QStringLiteral("Datadog");
    // The same word as intake's source names (intake/SourceAdapter.cpp), which storage must not include.
    if (source == QLatin1String("generic")) return textIn(language, "SourceAdapter", QT_TRANSLATE_NOOP("SourceAdapter", "Webhook"));
    return source;
}

std::optional<QString> renderTimelineMessage(const TimelineMessage &m, TextLanguage language,
                                             const std::optional<QTimeZone> &zone)
{
    const QJsonObject &p = m.params;
    const QString &key = m.key;
    const auto is = [&key](const char *k) { return key == QLatin1String(k); };
    if (is(timelinekey::incidentDeclared)) {
        const QString service = string(p, "service");
        return service.isEmpty() ? in(language, declared).arg(severityText(p), string(p, "by"))
                                 : in(language, declaredOnService).arg(severityText(p), service, string(p, "by"));
    }
    if (is(timelinekey::incidentOpened))
        return in(language, opened).arg(severityText(p), string(p, "service"));
    if (is(timelinekey::incidentOpenedByAlert))
        return in(language, openedByAlert).arg(severityText(p), alertSourceLabel(string(p, "source"), language));
    if (is(timelinekey::incidentResolvedByRule))
        return in(language, resolvedByRule).arg(string(p, "rule"));
    if (is(timelinekey::incidentReopened))
        return in(language, reopened);
    if (is(timelinekey::acknowledgedThrough))
        return in(language, ackThrough).arg(alertSourceLabel(string(p, "source"), language), string(p, "title"));
    if (is(timelinekey::commanderNamed))
        return in(language, commander).arg(string(p, "person"));
    if (is(timelinekey::alertFiring))
        return in(language, firing).arg(string(p, "title"));
    if (is(timelinekey::alertResolved))
        return in(language, resolved).arg(string(p, "title"));
    if (is(timelinekey::alertAcknowledged))
        return in(language, acknowledged).arg(string(p, "title"));
    if (is(timelinekey::alertAttached))
        return in(language, attached).arg(string(p, "title"));
    if (is(timelinekey::fieldChanged) || is(timelinekey::milestoneSet)) {
        const auto field = fieldFromKey(string(p, "field"));
        if (!field)
            return std::nullopt;  // a field of a newer app
        if (is(timelinekey::milestoneSet))
            return fieldLabel(*field, language);
        const IncidentChange c{0, *field, fieldValueFromJson(*field, p.value(QLatin1String("before"))),
                               fieldValueFromJson(*field, p.value(QLatin1String("after")))};
        return describeChange(c, [&](qint64 ms) { return timeIn(language, zone, ms); }, language);
    }
    if (is(timelinekey::runbookAttached))
        return in(language, runbook).arg(string(p, "runbook"), QString::number(p.value(QLatin1String("version")).toInt()),
                                         QString::number(p.value(QLatin1String("steps")).toInt()));
    if (is(timelinekey::stepAdded))
        return in(language, stepAdded).arg(string(p, "step"));
    if (is(timelinekey::stepDone))
        return in(language, stepDone).arg(string(p, "step"), withNote(p));
    if (is(timelinekey::stepSkipped))
        return in(language, stepSkipped).arg(string(p, "step"), withNote(p));
    if (is(timelinekey::stepNoted))
        return in(language, stepNoted).arg(string(p, "step"), withNote(p));
    if (is(timelinekey::stepReopened))
        return in(language, stepReopened).arg(string(p, "step"));
    if (is(timelinekey::postmortemDrafted))
        return in(language, drafted).arg(string(p, "template"));
    if (is(timelinekey::postmortemInReview)) {
        QStringList reviewers;
        for (const QJsonValue &r : p.value(QLatin1String("reviewers")).toArray())
            reviewers << r.toString();
        return in(language, inReview).arg(reviewers.join(QStringLiteral(", ")));
    }
    if (is(timelinekey::postmortemPublished))
        return in(language, published);
    if (is(timelinekey::postmortemReopened))
        return in(language, pmReopened);
    return std::nullopt;
}

QString timelineText(const TimelineEvent &e, const std::optional<QTimeZone> &zone)
{
    if (e.message.isEmpty())
        return e.body;
    return renderTimelineMessage({e.message, e.params}, TextLanguage::Reader, zone).value_or(e.body);
}

void setTimelineMessage(TimelineEvent &e, const TimelineMessage &m)
{
    e.message = m.key;
    e.params = m.params;
    e.body = renderTimelineMessage(m, TextLanguage::Source).value_or(QString());
}

} // namespace sitrep
