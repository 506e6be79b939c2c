// Datadog webhooks. The default payload is all strings ($EVENT_TITLE, $DATE, $ID, ...); teams add
// $ALERT_TRANSITION, $ALERT_CYCLE_KEY, $ALERT_ID, $ALERT_PRIORITY and $TAGS to the template as
// "alert_transition", "alert_cycle_key", "alert_id", "alert_priority" and "tags", which we use
// when present. Without them the transition comes from the title's "[Triggered]" prefix.

#include "intake/PayloadReader.h"
#include "intake/Rfc3339.h"
#include "intake/SourceAdapter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sitrep::intake {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatadogAdapter)
};

// "[P1] [Triggered on {host:a}] Disk full" -> ("Triggered on {host:a}", "P1"), "Disk full".
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

// Datadog's $DATE is epoch milliseconds as text; accept seconds and RFC 3339 as well.
std::optional<qint64> datadogTime(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (ok)
        return n > 100000000000LL ? n : n * 1000;
    return parseRfc3339(text);
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
    const QString title = event.string(QStringLiteral("title"), true);
    const QString text = event.scalarText(QStringLiteral("body"));
    const QString date = event.scalarText(QStringLiteral("date"));
    const QString transition = event.string(QStringLiteral("alert_transition"), false);
    const QString cycleKey = event.scalarText(QStringLiteral("alert_cycle_key"));
    const QString alertId = event.scalarText(QStringLiteral("alert_id"));
    const QString priority = event.string(QStringLiteral("alert_priority"), false);
    const QString tags = event.string(QStringLiteral("tags"), false);
    const QString eventType = event.string(QStringLiteral("event_type"), false);
    std::optional<qint64> when;
    if (!date.isEmpty()) {
        when = datadogTime(date);
        if (!when)
            event.problem(QStringLiteral("date"), Tr::tr("expected epoch milliseconds or an RFC 3339 time, got “%1”").arg(date.left(64)));
    }
    if (detail::rejectOnProblems(problems, result))
        return result;

    QStringList prefixes;
    const QString name = stripPrefixes(title, &prefixes);
    QString state = transition;
    for (const QString &p : std::as_const(prefixes)) {
        if (state.isEmpty() && QRegularExpression(QStringLiteral("^(Re-)?(Triggered|Recovered|Warn|No Data)"), QRegularExpression::CaseInsensitiveOption).match(p).hasMatch())
            state = p;
    }
    Alert alert;
    alert.source = QStringLiteral("datadog");
    const bool recovered = state.contains(QLatin1String("Recovered"), Qt::CaseInsensitive);
    alert.status = recovered ? QStringLiteral("resolved") : QStringLiteral("firing");
    alert.title = name.isEmpty() ? title : name;
    for (const QString &tag : tags.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = tag.indexOf(QLatin1Char(':'));
        const QString key = (colon < 0 ? tag : tag.left(colon)).trimmed();
        if (!key.isEmpty())
            alert.labels.insert(key, colon < 0 ? QString() : tag.mid(colon + 1).trimmed());
    }
    alert.labels.insert(QStringLiteral("alertname"), alert.title.left(200));
    QString severity = priority;
    for (const QString &p : std::as_const(prefixes)) {
        if (severity.isEmpty() && QRegularExpression(QStringLiteral("^P[1-5]$")).match(p).hasMatch())
            severity = p;
    }
    if (!severity.isEmpty())
        alert.labels.insert(QStringLiteral("priority"), severity);
    else if (state.contains(QLatin1String("Warn"), Qt::CaseInsensitive))
        alert.labels.insert(QStringLiteral("severity"), QStringLiteral("warning"));
    if (!eventType.isEmpty())
        alert.labels.insert(QStringLiteral("event_type"), eventType);
    if (!text.isEmpty())
        alert.annotations.insert(QStringLiteral("description"), text);
    if (!state.isEmpty())
        alert.annotations.insert(QStringLiteral("transition"), state);
    alert.service = detail::serviceFromLabels(alert.labels);
    // The monitor's alert cycle is the identity when the template sends it; otherwise the
    // monitor id with its scope, otherwise the title without its transition prefix.
    alert.dedupKey = !cycleKey.isEmpty() ? cycleKey
                     : !alertId.isEmpty() ? alertId + QLatin1Char('/') + tags
                                          : alert.title;
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
