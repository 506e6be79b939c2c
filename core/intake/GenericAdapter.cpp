// Sitrep's own alert format (POST /api/v1/alerts), for scripts and systems without an adapter.
// Documented in docs/intake.md: one alert object, or {"alerts": [ ... ]}.

#include "intake/PayloadReader.h"
#include "intake/SourceAdapter.h"
#include "util/CompactJson.h"

#include <QCoreApplication>

namespace sitrep::intake {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GenericAdapter)
};

Alert readAlert(const PayloadReader &r, qint64 receivedAt)
{
    Alert alert;
    alert.source = QStringLiteral("generic");
    alert.title = r.string(QStringLiteral("title"), true);
    alert.status = r.oneOf(QStringLiteral("status"), {QStringLiteral("firing"), QStringLiteral("resolved")}, false);
    if (alert.status.isEmpty())
        alert.status = QStringLiteral("firing");
    alert.labels = r.stringMap(QStringLiteral("labels"), false);
    alert.annotations = r.object(QStringLiteral("annotations"), false);
    const QString severity = r.string(QStringLiteral("severity"), false);
    if (!severity.isEmpty())
        alert.labels.insert(QStringLiteral("severity"), severity);
    alert.service = r.string(QStringLiteral("service"), false);
    if (alert.service.isEmpty())
        alert.service = detail::serviceFromLabels(alert.labels);
    else
        alert.labels.insert(QStringLiteral("service"), alert.service);
    if (!alert.labels.contains(QStringLiteral("alertname")))
        alert.labels.insert(QStringLiteral("alertname"), alert.title.left(200));
    const QString description = r.string(QStringLiteral("description"), false);
    if (!description.isEmpty())
        alert.annotations.insert(QStringLiteral("description"), description);
    alert.dedupKey = r.string(QStringLiteral("dedup_key"), false);
    if (alert.dedupKey.isEmpty())
        alert.dedupKey = detail::labelsFingerprint(alert.labels);
    QString unreadableStart, unreadableEnd;
    const auto starts = r.time(QStringLiteral("starts_at"), &unreadableStart);
    const auto ends = r.time(QStringLiteral("ends_at"), &unreadableEnd);
    if (!starts && !unreadableStart.isEmpty())
        detail::noteTimeFallback(alert, QStringLiteral("starts_at"), unreadableStart);
    alert.startsAt = starts.value_or(receivedAt);
    if (alert.status == QLatin1String("resolved")) {
        if (!ends && !unreadableEnd.isEmpty())
            detail::noteTimeFallback(alert, QStringLiteral("ends_at"), unreadableEnd);
        alert.endsAt = ends.value_or(receivedAt);
    }
    alert.receivedAt = receivedAt;
    alert.lastSeenAt = receivedAt;
    alert.rawPayload = compactJson(r.object());
    return alert;
}
} // namespace

AdapterResult parseGeneric(const QByteArray &body, qint64 receivedAt)
{
    AdapterResult result;
    const auto root = detail::jsonObject(body, result);
    if (!root)
        return result;
    // Another sender's webhook sent here by mistake: say whose it is. Read as ours, a Grafana
    // "ok" or a PagerDuty "resolve" would be stored as a new firing alert.
    if (const auto format = detail::recogniseFormat(*root); format != detail::PayloadFormat::Unknown) {
        detail::rejectAsFormat(format, Tr::tr("This address reads Sitrep's own alert format (title, severity, service, labels, …)."), result);
        return result;
    }
    QStringList problems;
    const PayloadReader top(*root, QString(), &problems);
    if (root->contains(QStringLiteral("alerts"))) {
        const QJsonArray alerts = top.array(QStringLiteral("alerts"), true);
        for (qsizetype i = 0; i < alerts.size() && problems.size() < 20; ++i)
            result.alerts << readAlert(top.element(alerts, QStringLiteral("alerts"), i), receivedAt);
    } else {
        result.alerts << readAlert(top, receivedAt);
    }
    detail::rejectOnProblems(problems, result);
    return result;
}

} // namespace sitrep::intake
