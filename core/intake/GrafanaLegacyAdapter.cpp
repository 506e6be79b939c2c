// Grafana's legacy alerting webhook (dashboard alerts, before unified alerting; still sent by
// Grafana up to 10): one body per rule and state change, with title, ruleId, ruleName, ruleUrl,
// state, message, evalMatches [{metric, value, tags}], tags, orgId, dashboardId, panelId and
// imageUrl (Grafana's notifiers/webhook.go and its documentation; Grafana 4 wrote rule_url and
// image_url). The rule is the alert, so its identity is the rule in its organisation.

#include "intake/PayloadReader.h"
#include "intake/SourceAdapter.h"

#include <QCoreApplication>

namespace sitrep::intake::detail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GrafanaLegacyAdapter)
};

// "[Alerting] Disk full" -> "Disk full" (GetNotificationTitle puts the state in front).
QString withoutStatePrefix(const QString &title)
{
    if (title.startsWith(QLatin1Char('['))) {
        const qsizetype end = title.indexOf(QLatin1Char(']'));
        if (end > 0)
            return title.mid(end + 1).trimmed();
    }
    return title;
}
} // namespace

AdapterResult parseGrafanaLegacy(const QJsonObject &root, const QByteArray &body, qint64 receivedAt)
{
    AdapterResult result;
    QStringList problems;
    const PayloadReader r(root, QString(), &problems);
    const QString state = r.oneOf(QStringLiteral("state"), {QStringLiteral("alerting"), QStringLiteral("no_data"), QStringLiteral("ok"),
                                                            QStringLiteral("pending"), QStringLiteral("paused")}, true);
    // Grafana notifies on alerting, no_data and ok only; a pending or paused rule is not an alert.
    if (state == QLatin1String("pending") || state == QLatin1String("paused"))
        r.problem(QStringLiteral("state"), Tr::tr("is “%1”, which Grafana does not notify about; expected alerting, no_data or ok").arg(state));
    const QString ruleName = r.string(QStringLiteral("ruleName"), false);
    const QString title = r.string(QStringLiteral("title"), false);
    const QString message = r.string(QStringLiteral("message"), false);
    const QString ruleId = r.scalarText(QStringLiteral("ruleId"));
    const QString orgId = r.scalarText(QStringLiteral("orgId"));
    const QJsonObject tags = r.stringMap(QStringLiteral("tags"), false);
    const QJsonArray matches = r.array(QStringLiteral("evalMatches"), false);
    QString ruleUrl = r.string(QStringLiteral("ruleUrl"), false);
    if (ruleUrl.isEmpty())
        ruleUrl = r.string(QStringLiteral("rule_url"), false);
    QString imageUrl = r.string(QStringLiteral("imageUrl"), false);
    if (imageUrl.isEmpty())
        imageUrl = r.string(QStringLiteral("image_url"), false);
    if (ruleName.isEmpty() && title.isEmpty())
        r.problem(QStringLiteral("ruleName"), Tr::tr("is missing (and so is title)"));
    if (rejectOnProblems(problems, result))
        return result;

    Alert alert;
    alert.source = QStringLiteral("grafana");
    alert.status = state == QLatin1String("ok") ? QStringLiteral("resolved") : QStringLiteral("firing");
    alert.title = ruleName.isEmpty() ? withoutStatePrefix(title) : ruleName;
    alert.labels = tags;
    if (!alert.labels.contains(QStringLiteral("alertname")))
        alert.labels.insert(QStringLiteral("alertname"), alert.title.left(200));
    alert.annotations.insert(QStringLiteral("state"), state);
    if (!message.isEmpty())
        alert.annotations.insert(QStringLiteral("message"), message);
    if (!ruleUrl.isEmpty())
        alert.annotations.insert(QStringLiteral("ruleUrl"), ruleUrl);
    if (!imageUrl.isEmpty())
        alert.annotations.insert(QStringLiteral("imageUrl"), imageUrl);
    if (!matches.isEmpty())
        alert.annotations.insert(QStringLiteral("evalMatches"), matches);
    alert.service = serviceFromLabels(alert.labels);
    // Unified alerting's identities are 16 hex digits; these can never collide with them.
    alert.dedupKey = QStringLiteral("legacy/%1/%2").arg(orgId.isEmpty() ? QStringLiteral("0") : orgId,
                                                        ruleId.isEmpty() || ruleId == QLatin1String("0") ? alert.title : ruleId);
    // The notification channel's "Send Test" (alerting/test_notification.go): a fixed rule name
    // and message. Its own identity, so that it never stands in for a real alert.
    if (ruleName == QLatin1String("Test notification")
        && message.startsWith(QLatin1String("Someone is testing the alert notification within"), Qt::CaseInsensitive)) {
        alert.heldReason = testNotificationReason;
        alert.dedupKey.prepend(QStringLiteral("test/"));
    }
    alert.startsAt = receivedAt; // the body carries no time
    if (alert.status == QLatin1String("resolved"))
        alert.endsAt = receivedAt;
    alert.receivedAt = receivedAt;
    alert.lastSeenAt = receivedAt;
    alert.rawPayload = body; // dashboardId, panelId and whatever else this Grafana sent
    result.alerts << alert;
    return result;
}

} // namespace sitrep::intake::detail
