// Datadog webhooks. The payload is a template the team writes with Datadog's $VARIABLES; the
// default one is all strings: body ($EVENT_MSG), last_updated, event_type, title ($EVENT_TITLE),
// date ($DATE, epoch milliseconds), org {id, name}, id. Teams add $ALERT_TRANSITION,
// $ALERT_CYCLE_KEY, $ALERT_ID, $ALERT_PRIORITY, $ALERT_SCOPE, $ALERT_TYPE and $TAGS under names
// of their choosing; we read the usual ones (alert_transition, alert_cycle_key, alert_id,
// alert_priority or priority, alert_scope, alert_type, severity, tags, and alert_title or
// event_title for a template without "title"). Without a transition it comes from the title's
// "[Triggered]" prefix. A monitor's "Test Notifications" put "[TEST]" before the title: those are
// kept as tests, opening nothing.

#include "intake/PayloadReader.h"
#include "intake/SourceAdapter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sitrep::intake {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatadogAdapter)
};

// "[P1] [Triggered on {host:a}] Disk full" -> ("P1", "Triggered on {host:a}"), "Disk full".
QString stripPrefixes(const QString &title, QStringList *prefixes)
{
    static const QRegularExpression prefix(QStringLiteral("^\\s*\\[([^\\]]*)\\]"));
    QString rest = title;
    for (;;) {
        const auto m = prefix.match(rest);
        if (!m.hasMatch())
            break;
        *prefixes << m.captured(1).trimmed();
        rest = rest.mid(m.capturedLength());
    }
    return rest.trimmed();
}

// The first of several names a template may have used.
QString firstText(const PayloadReader &r, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = r.scalarText(QLatin1String(key)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// "P2", "p2", "2" -> "P2"; anything else ("normal", the event priority $PRIORITY) -> "".
QString monitorPriority(const QString &text)
{
    static const QRegularExpression priority(QStringLiteral("^[Pp]?([1-5])(\\b.*)?$"));
    const auto m = priority.match(text.trimmed());
    return m.hasMatch() ? QStringLiteral("P") + m.captured(1) : QString();
}

// $TAGS and $ALERT_SCOPE are "key:value" lists separated by commas; some templates send arrays.
void addTags(const QJsonValue &value, QJsonObject &labels)
{
    QStringList tags;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            tags << v.toString();
    } else {
        tags = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    for (const QString &tag : std::as_const(tags)) {
        const qsizetype colon = tag.indexOf(QLatin1Char(':'));
        const QString key = (colon < 0 ? tag : tag.left(colon)).trimmed();
        if (!key.isEmpty())
            labels.insert(key, colon < 0 ? QString() : tag.mid(colon + 1).trimmed());
    }
}
} // namespace

AdapterResult parseDatadog(const QByteArray &body, qint64 receivedAt)
{
    AdapterResult result;
    const auto root = detail::jsonObject(body, result);
    if (!root)
        return result;
    QStringList problems;
    const PayloadReader event(*root, QString(), &problems);
    const QString title = firstText(event, {"title", "alert_title", "event_title"});
    if (title.isEmpty()) {
        const detail::PayloadFormat format = detail::recogniseFormat(*root);
        if (format != detail::PayloadFormat::Unknown && format != detail::PayloadFormat::Datadog) {
            detail::rejectAsFormat(format, Tr::tr("This address reads Datadog's webhook: its default payload, or a custom one with a title."), result);
            return result;
        }
        event.problem(QStringLiteral("title"), Tr::tr("is missing (and so are alert_title and event_title)"));
    }
    const QString text = firstText(event, {"body", "event_msg", "text_only_msg", "message"});
    const QString transition = firstText(event, {"alert_transition", "transition"});
    const QString cycleKey = firstText(event, {"alert_cycle_key"});
    const QString alertId = firstText(event, {"alert_id"});
    const QString prioritySent = firstText(event, {"alert_priority", "priority"});
    const QString severitySent = firstText(event, {"severity"});
    const QString alertType = firstText(event, {"alert_type"}).toLower();
    const QString eventType = firstText(event, {"event_type"});
    const QString scope = firstText(event, {"alert_scope"});
    const QString link = firstText(event, {"link"});
    QString unreadableDate;
    QString dateField;
    std::optional<qint64> when;
    for (const char *key : {"date", "date_posix", "last_updated"}) {
        if (!event.has(QLatin1String(key)))
            continue;
        dateField = QLatin1String(key);
        when = event.time(dateField, &unreadableDate);
        break;
    }
    if (detail::rejectOnProblems(problems, result))
        return result;

    QStringList prefixes;
    const QString name = stripPrefixes(title, &prefixes);
    // $ALERT_TRANSITION: Recovered, Triggered/Re-Triggered, No Data/Re-No Data, Warn/Re-Warn,
    // Renotify (Datadog's list); the title says the same in brackets.
    static const QRegularExpression statePrefix(QStringLiteral("^(Re-)?(Triggered|Recovered|Warn|No Data|Renotify)"),
                                                QRegularExpression::CaseInsensitiveOption);
    QString state = transition;
    bool test = eventType.contains(QLatin1String("test"), Qt::CaseInsensitive);
    QString priority = monitorPriority(prioritySent);
    for (const QString &p : std::as_const(prefixes)) {
        if (state.isEmpty() && statePrefix.match(p).hasMatch())
            state = p;
        if (p.compare(QLatin1String("TEST"), Qt::CaseInsensitive) == 0)
            test = true;
        if (priority.isEmpty() && QRegularExpression(QStringLiteral("^P[1-5]$")).match(p).hasMatch())
            priority = p;
    }
    Alert alert;
    alert.source = QStringLiteral("datadog");
    // $ALERT_TYPE "success" is a recovery too, for templates that send it but no transition.
    const bool recovered = state.contains(QLatin1String("Recovered"), Qt::CaseInsensitive)
                           || (state.isEmpty() && alertType == QLatin1String("success"));
    alert.status = recovered ? QStringLiteral("resolved") : QStringLiteral("firing");
    alert.title = name.isEmpty() ? title : name;
    addTags(root->value(QLatin1StringView("tags")), alert.labels);
    addTags(QJsonValue(scope), alert.labels);
    const QString host = firstText(event, {"hostname", "host"});
    if (!host.isEmpty() && !alert.labels.contains(QStringLiteral("host")))
        alert.labels.insert(QStringLiteral("host"), host);
    alert.labels.insert(QStringLiteral("alertname"), alert.title.left(200));
    if (!priority.isEmpty())
        alert.labels.insert(QStringLiteral("priority"), priority);
    else if (!prioritySent.isEmpty())
        alert.annotations.insert(QStringLiteral("priority"), prioritySent); // not a monitor priority
    if (!severitySent.isEmpty())
        alert.labels.insert(QStringLiteral("severity"), severitySent);
    else if (priority.isEmpty() && (state.contains(QLatin1String("Warn"), Qt::CaseInsensitive) || alertType == QLatin1String("warning")))
        alert.labels.insert(QStringLiteral("severity"), QStringLiteral("warning"));
    if (!eventType.isEmpty())
        alert.labels.insert(QStringLiteral("event_type"), eventType);
    if (!text.isEmpty())
        alert.annotations.insert(QStringLiteral("description"), text);
    if (!state.isEmpty())
        alert.annotations.insert(QStringLiteral("transition"), state);
    if (!alertType.isEmpty())
        alert.annotations.insert(QStringLiteral("alert_type"), alertType);
    if (!link.isEmpty())
        alert.annotations.insert(QStringLiteral("link"), link);
    alert.service = detail::serviceFromLabels(alert.labels);
    // The monitor's alert cycle is the identity when the template sends it; otherwise the
    // monitor id with the scope (or the tags) that triggered, otherwise the title without its
    // transition prefix.
    alert.dedupKey = !cycleKey.isEmpty() ? cycleKey
                     : !alertId.isEmpty() ? alertId + QLatin1Char('/') + (scope.isEmpty() ? root->value(QLatin1StringView("tags")).toString() : scope)
                                          : alert.title;
    if (test) {
        // Its own identity, so that a test never stands in for (or swallows) the real alert.
        alert.heldReason = testNotificationReason;
        alert.dedupKey.prepend(QStringLiteral("test/"));
    }
    if (!when && !unreadableDate.isEmpty())
        detail::noteTimeFallback(alert, dateField, unreadableDate);
    alert.startsAt = when.value_or(receivedAt);
    if (recovered)
        alert.endsAt = when.value_or(receivedAt);
    alert.receivedAt = receivedAt;
    alert.lastSeenAt = receivedAt;
    alert.rawPayload = body;
    result.alerts << alert;
    return result;
}

} // namespace sitrep::intake
