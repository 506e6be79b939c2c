#include "domain/HeldWrite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

namespace sitrep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HeldWrite)
};

const char *kindKey(HeldWrite::Kind kind)
{
    switch (kind) {
    case HeldWrite::Kind::Note:
        return "note";
    case HeldWrite::Kind::FieldChange:
        return "field_change";
    case HeldWrite::Kind::ChecklistStep:
        return "checklist_step";
    case HeldWrite::Kind::PostmortemText:
        return "postmortem_text";
    }
    return "";
}

std::optional<HeldWrite::Kind> kindFromKey(const QString &key)
{
    for (auto kind : {HeldWrite::Kind::Note, HeldWrite::Kind::FieldChange, HeldWrite::Kind::ChecklistStep,
                      HeldWrite::Kind::PostmortemText})
        if (key == QLatin1String(kindKey(kind)))
            return kind;
    return std::nullopt;
}

QString isoTime(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(Qt::ISODateWithMs); }

// A field's value in JSON as the field's own type (IncidentChange.h): text, a severity number,
// a yes/no, a time in UTC ms or null, a list of names.
QJsonValue fieldJson(IncidentField field, const QVariant &v)
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

std::optional<QVariant> fieldVariant(IncidentField field, const QJsonValue &v)
{
    if (isMilestone(field)) {
        if (v.isNull())
            return QVariant();
        if (!v.isDouble())
            return std::nullopt;
        return QVariant(qint64(v.toInteger()));
    }
    switch (field) {
    case IncidentField::Severity:
        if (!v.isDouble() || v.toInt() < 1 || v.toInt() > 5)
            return std::nullopt;
        return QVariant(v.toInt());
    case IncidentField::Drill:
        if (!v.isBool())
            return std::nullopt;
        return QVariant(v.toBool());
    case IncidentField::Responders: {
        if (!v.isArray())
            return std::nullopt;
        QStringList people;
        for (const QJsonValue &p : v.toArray()) {
            if (!p.isString())
                return std::nullopt;
            people << p.toString();
        }
        return QVariant(people);
    }
    default:
        if (!v.isString())
            return std::nullopt;
        return QVariant(v.toString());
    }
}

QJsonValue optionalJson(const std::optional<qint64> &v) { return v ? QJsonValue(*v) : QJsonValue(); }

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

} // namespace

HeldWrite HeldWrite::note(qint64 incidentId, qint64 at, const QString &body, const QString &author, qint64 heldAt)
{
    HeldWrite w;
    w.id = newId();
    w.kind = Kind::Note;
    w.incidentId = incidentId;
    w.noteAt = at;
    w.body = body;
    w.author = author;
    w.heldAt = heldAt;
    return w;
}

HeldWrite HeldWrite::fieldChange(const IncidentChange &change, const QString &author, qint64 heldAt)
{
    HeldWrite w;
    w.id = newId();
    w.kind = Kind::FieldChange;
    w.incidentId = change.incidentId;
    w.change = change;
    w.author = author;
    w.heldAt = heldAt;
    return w;
}

HeldWrite HeldWrite::checklistStep(const ChecklistItem &shown, const QString &state, const QString &note,
                                   const QString &author, qint64 heldAt)
{
    HeldWrite w;
    w.id = newId();
    w.kind = Kind::ChecklistStep;
    w.incidentId = shown.incidentId;
    w.step = shown;
    w.state = state;
    w.stepNote = note;
    w.author = author;
    w.heldAt = heldAt;
    return w;
}

HeldWrite HeldWrite::postmortemText(qint64 postmortemId, const QString &title, const QString &baseText,
                                    const QString &text, const QString &author, qint64 heldAt)
{
    HeldWrite w;
    w.id = newId();
    w.kind = Kind::PostmortemText;
    w.postmortemId = postmortemId;
    w.postmortemTitle = title;
    w.baseText = baseText;
    w.text = text;
    w.author = author;
    w.heldAt = heldAt;
    return w;
}

namespace heldwrites {

QJsonObject toJson(const HeldWrite &w)
{
    QJsonObject o{{QStringLiteral("kind"), QLatin1String(kindKey(w.kind))},
                  {QStringLiteral("id"), w.id},
                  {QStringLiteral("held_at"), w.heldAt},
                  {QStringLiteral("held_at_utc"), isoTime(w.heldAt)},
                  {QStringLiteral("author"), w.author}};
    if (w.kind != HeldWrite::Kind::PostmortemText || w.incidentId)
        o.insert(QStringLiteral("incident_id"), w.incidentId);
    if (!w.incidentLabel.isEmpty())
        o.insert(QStringLiteral("incident"), w.incidentLabel);
    if (!w.refusal.isEmpty())
        o.insert(QStringLiteral("refused"), w.refusal);
    switch (w.kind) {
    case HeldWrite::Kind::Note:
        o.insert(QStringLiteral("at"), w.noteAt);
        o.insert(QStringLiteral("at_utc"), isoTime(w.noteAt));
        o.insert(QStringLiteral("body"), w.body);
        break;
    case HeldWrite::Kind::FieldChange:
        o.insert(QStringLiteral("field"), fieldKey(w.change.field));
        o.insert(QStringLiteral("before"), fieldJson(w.change.field, w.change.before));
        o.insert(QStringLiteral("after"), fieldJson(w.change.field, w.change.after));
        break;
    case HeldWrite::Kind::ChecklistStep:
        o.insert(QStringLiteral("step"), QJsonObject{{QStringLiteral("id"), w.step.id},
                                                      {QStringLiteral("text"), w.step.text},
                                                      {QStringLiteral("state"), w.step.state},
                                                      {QStringLiteral("note"), w.step.note},
                                                      {QStringLiteral("changed_by"), w.step.changedBy},
                                                      {QStringLiteral("changed_at"), optionalJson(w.step.changedAt)}});
        o.insert(QStringLiteral("state"), w.state);
        o.insert(QStringLiteral("note"), w.stepNote);
        break;
    case HeldWrite::Kind::PostmortemText:
        o.insert(QStringLiteral("postmortem_id"), w.postmortemId);
        o.insert(QStringLiteral("title"), w.postmortemTitle);
        o.insert(QStringLiteral("base_text"), w.baseText);
        o.insert(QStringLiteral("text"), w.text);
        break;
    }
    return o;
}

Result<HeldWrite> fromJson(const QJsonObject &o)
{
    const QString kindName = o.value(QStringLiteral("kind")).toString();
    const auto kind = kindFromKey(kindName);
    if (!kind)
        return fail(Tr::tr("A held change of an unknown kind (“%1”) cannot be replayed by this version of Sitrep.").arg(kindName));
    const auto wrong = [&](const char *key) {
        return fail(Tr::tr("A held change (%1) has no valid “%2”.").arg(kindName, QLatin1String(key)));
    };
    const auto integer = [&](const char *key, qint64 &out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble())
            return false;
        out = v.toInteger();
        return true;
    };
    const auto string = [&](const QJsonObject &from, const char *key, QString &out) {
        const QJsonValue v = from.value(QLatin1String(key));
        if (!v.isString())
            return false;
        out = v.toString();
        return true;
    };
    HeldWrite w;
    w.kind = *kind;
    // Written by hand (or by a version without ids): it is a write of its own from now on.
    w.id = o.value(QStringLiteral("id")).toString();
    if (w.id.isEmpty())
        w.id = newId();
    if (!integer("held_at", w.heldAt))
        return wrong("held_at");
    if (!string(o, "author", w.author))
        return wrong("author");
    if (o.contains(QStringLiteral("incident_id")) && !integer("incident_id", w.incidentId))
        return wrong("incident_id");
    if (w.kind != HeldWrite::Kind::PostmortemText && w.incidentId <= 0)
        return wrong("incident_id");
    w.incidentLabel = o.value(QStringLiteral("incident")).toString();
    w.refusal = o.value(QStringLiteral("refused")).toString();
    switch (w.kind) {
    case HeldWrite::Kind::Note:
        if (!integer("at", w.noteAt))
            return wrong("at");
        if (!string(o, "body", w.body) || w.body.trimmed().isEmpty())
            return wrong("body");
        break;
    case HeldWrite::Kind::FieldChange: {
        const auto field = fieldFromKey(o.value(QStringLiteral("field")).toString());
        if (!field)
            return wrong("field");
        const auto before = fieldVariant(*field, o.value(QStringLiteral("before")));
        if (!before)
            return wrong("before");
        const auto after = fieldVariant(*field, o.value(QStringLiteral("after")));
        if (!after)
            return wrong("after");
        w.change = {w.incidentId, *field, *before, *after};
        break;
    }
    case HeldWrite::Kind::ChecklistStep: {
        const QJsonObject step = o.value(QStringLiteral("step")).toObject();
        const QJsonValue id = step.value(QStringLiteral("id"));
        if (!id.isDouble() || !string(step, "text", w.step.text) || !string(step, "state", w.step.state) ||
            !string(step, "note", w.step.note) || !string(step, "changed_by", w.step.changedBy))
            return wrong("step");
        w.step.id = id.toInteger();
        w.step.incidentId = w.incidentId;
        const QJsonValue changedAt = step.value(QStringLiteral("changed_at"));
        if (changedAt.isDouble())
            w.step.changedAt = changedAt.toInteger();
        else if (!changedAt.isNull() && !changedAt.isUndefined())
            return wrong("step");
        if (!string(o, "state", w.state))
            return wrong("state");
        if (!string(o, "note", w.stepNote))
            return wrong("note");
        break;
    }
    case HeldWrite::Kind::PostmortemText:
        if (!integer("postmortem_id", w.postmortemId) || w.postmortemId <= 0)
            return wrong("postmortem_id");
        if (!string(o, "title", w.postmortemTitle))
            return wrong("title");
        if (!string(o, "base_text", w.baseText))
            return wrong("base_text");
        if (!string(o, "text", w.text))
            return wrong("text");
        break;
    }
    return w;
}

QJsonArray toJson(const QList<HeldWrite> &writes)
{
    QJsonArray out;
    for (const HeldWrite &w : writes)
        out.append(toJson(w));
    return out;
}

Result<QList<HeldWrite>> fromJson(const QJsonArray &array)
{
    QList<HeldWrite> out;
    for (const QJsonValue &v : array) {
        auto w = fromJson(v.toObject());
        if (!w)
            return fail(w.error());
        out << *w;
    }
    return out;
}

QString describe(const HeldWrite &w, const std::function<QString(qint64)> &formatTime)
{
    const QString incident = w.incidentLabel.isEmpty() ? Tr::tr("the incident with id %1").arg(w.incidentId) : w.incidentLabel;
    switch (w.kind) {
    case HeldWrite::Kind::Note:
        return Tr::tr("Note on %1 at %2: “%3”").arg(incident, formatTime(w.noteAt), w.body);
    case HeldWrite::Kind::FieldChange:
        return Tr::tr("%1 on %2").arg(describeChange(w.change, formatTime), incident);
    case HeldWrite::Kind::ChecklistStep:
        if (w.state == QLatin1String("done"))
            return Tr::tr("Tick “%1” on %2").arg(w.step.text, incident);
        if (w.state == QLatin1String("skipped"))
            return Tr::tr("Skip “%1” on %2 (%3)").arg(w.step.text, incident, w.stepNote);
        if (w.state == w.step.state)
            return Tr::tr("Note on the step “%1” of %2: “%3”").arg(w.step.text, incident, w.stepNote);
        return Tr::tr("Untick “%1” on %2").arg(w.step.text, incident);
    case HeldWrite::Kind::PostmortemText:
        return Tr::tr("Text of the postmortem “%1”").arg(w.postmortemTitle);
    }
    return {};
}

QString toMarkdown(const QList<HeldWrite> &writes, const QString &databaseName,
                   const std::function<QString(qint64)> &formatTime)
{
    QString md = QStringLiteral("# ") + Tr::tr("Changes made while %1 did not answer").arg(databaseName) +
                 QStringLiteral("\n\n");
    md += Tr::tr("These changes were kept on this computer because the team database could not be reached. "
                 "Enter them by hand, or open this database in Sitrep again and replay them.") +
          QStringLiteral("\n");
    int n = 0;
    for (const HeldWrite &w : writes) {
        md += QStringLiteral("\n## %1. %2\n\n").arg(++n).arg(describe(w, formatTime));
        md += QStringLiteral("- ") + Tr::tr("Made by %1 at %2").arg(w.author, formatTime(w.heldAt)) + QStringLiteral("\n");
        if (!w.refusal.isEmpty())
            md += QStringLiteral("- ") + Tr::tr("Not replayed: %1").arg(w.refusal) + QStringLiteral("\n");
        if (w.kind == HeldWrite::Kind::PostmortemText)
            md += QStringLiteral("\n````markdown\n%1\n````\n").arg(w.text);
    }
    md += QStringLiteral("\n## JSON\n\n```json\n") + QString::fromUtf8(QJsonDocument(toJson(writes)).toJson()) +
          QStringLiteral("```\n");
    return md;
}

} // namespace heldwrites
} // namespace sitrep
