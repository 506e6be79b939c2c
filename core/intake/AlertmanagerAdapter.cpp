// Prometheus Alertmanager webhook (payload version 4; version 3 from Alertmanager before 0.6 is
// the same but for a numeric groupKey) and Grafana unified alerting, which sends the same shape
// with a few more members (Grafana's legacy alerting body goes to GrafanaLegacyAdapter). One POST
// carries the whole current group, so the same alert arrives again and again; intake's dedup
// makes that harmless.

#include "intake/PayloadReader.h"
#include "intake/SourceAdapter.h"
#include "util/CompactJson.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sitrep::intake {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AlertmanagerAdapter)
};

enum class Flavour { Alertmanager, Grafana };

// Version 3's groupKey is a 64-bit number, more digits than a double holds exactly: take the
// digits from the body so that two groups never share a key.
QString numericGroupKey(const QByteArray &body, const QJsonValue &parsed)
{
    static const QRegularExpression digits(QStringLiteral("\"groupKey\"\\s*:\\s*(\\d+)"));
    const auto m = digits.match(QString::fromUtf8(body));
    return m.hasMatch() ? m.captured(1) : QString::number(parsed.toDouble(), 'f', 0);
}

// The alert a Grafana contact point's "Test" button sends, unless the tester gave other labels
// (grafana/alerting's TestReceivers: alertname=TestAlert, instance=Grafana).
bool isGrafanaTestAlert(const QJsonObject &labels)
{
    return labels.value(QLatin1StringView("alertname")).toString() == QLatin1String("TestAlert")
        && labels.value(QLatin1StringView("instance")).toString() == QLatin1String("Grafana");
}

AdapterResult parseGroup(const QByteArray &body, qint64 receivedAt, Flavour flavour)
{
    AdapterResult result;
    const auto root = detail::jsonObject(body, result);
    if (!root)
        return result;
    const detail::PayloadFormat format = detail::recogniseFormat(*root);
    const bool grafana = flavour == Flavour::Grafana;
    if (grafana && format == detail::PayloadFormat::GrafanaLegacy)
        return detail::parseGrafanaLegacy(*root, body, receivedAt);
    const QString expected = grafana
        ? Tr::tr("This address reads Grafana's webhook: unified alerting (alerts, orgId) or legacy alerting (ruleName, state, evalMatches).")
        : Tr::tr("This address reads Prometheus Alertmanager's webhook (payload version 4, or 3 from Alertmanager before 0.6).");
    // Anything else (and a body without alerts that is no one's webhook) is answered with what it
    // is, rather than with the members it lacks.
    const bool ours = format == detail::PayloadFormat::Alertmanager || format == detail::PayloadFormat::GrafanaUnified
                      || (format == detail::PayloadFormat::Unknown && root->contains(QLatin1StringView("alerts")));
    if (!ours || (!grafana && format == detail::PayloadFormat::GrafanaUnified)) {
        detail::rejectAsFormat(format, expected, result);
        return result;
    }

    QStringList problems;
    const PayloadReader top(*root, QString(), &problems);
    if (!grafana) {
        // Relays and test tools often leave the version out; the shape is what matters.
        const QString version = top.scalarText(QStringLiteral("version"));
        if (!version.isEmpty() && version != QLatin1String("4") && version != QLatin1String("3"))
            top.problem(QStringLiteral("version"), Tr::tr("payload version %1 is not one Sitrep reads (it reads 4, and 3 from Alertmanager before 0.6)")
                                                       .arg(version.left(16)));
    }
    const QJsonValue groupKeyValue = root->value(QLatin1StringView("groupKey"));
    const QString groupKey = groupKeyValue.isDouble() ? numericGroupKey(body, groupKeyValue) : top.scalarText(QStringLiteral("groupKey"));
    // A member status is always sent by Alertmanager; some relays only say it for the group.
    QString groupStatus = root->value(QLatin1StringView("status")).toString().toLower();
    if (groupStatus != QLatin1String("resolved"))
        groupStatus = QStringLiteral("firing");
    const QJsonArray alerts = top.array(QStringLiteral("alerts"), true);
    const QString source = grafana ? QStringLiteral("grafana") : QStringLiteral("alertmanager");
    result.alerts.reserve(alerts.size());
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        const PayloadReader a = top.element(alerts, QStringLiteral("alerts"), i);
        Alert alert;
        alert.source = source;
        alert.status = a.oneOf(QStringLiteral("status"), {QStringLiteral("firing"), QStringLiteral("resolved")}, false);
        if (alert.status.isEmpty())
            alert.status = groupStatus;
        alert.labels = a.stringMap(QStringLiteral("labels"), true);
        alert.annotations = a.stringMap(QStringLiteral("annotations"), false);
        QString unreadableStart, unreadableEnd;
        const auto starts = a.time(QStringLiteral("startsAt"), &unreadableStart);
        const auto ends = a.time(QStringLiteral("endsAt"), &unreadableEnd);
        // Alertmanager before 0.19, and relays, send no fingerprint: derive Alertmanager's own,
        // so that the same alert from an old and a new Alertmanager is one alert.
        alert.dedupKey = a.string(QStringLiteral("fingerprint"), false);
        if (alert.dedupKey.isEmpty())
            alert.dedupKey = detail::prometheusFingerprint(alert.labels);
        const QString generator = a.string(QStringLiteral("generatorURL"), false);
        if (!generator.isEmpty())
            alert.annotations.insert(QStringLiteral("generatorURL"), generator);
        if (grafana) {
            for (const QLatin1StringView key : {QLatin1StringView("dashboardURL"), QLatin1StringView("panelURL"),
                                                QLatin1StringView("silenceURL"), QLatin1StringView("imageURL"),
                                                QLatin1StringView("valueString")}) {
                const QString value = a.string(key, false);
                if (!value.isEmpty())
                    alert.annotations.insert(key, value);
            }
            // An object of numbers; Grafana 11 sends null when there are none.
            if (a.has(QStringLiteral("values")))
                alert.annotations.insert(QStringLiteral("values"),
                                         QString::fromUtf8(compactJson(a.object(QStringLiteral("values"), false))));
            if (isGrafanaTestAlert(alert.labels))
                alert.heldReason = testNotificationReason;
        }
        alert.title = alert.annotations.value(QStringLiteral("summary")).toString();
        if (alert.title.isEmpty())
            alert.title = alert.annotations.value(QStringLiteral("title")).toString();
        if (alert.title.isEmpty())
            alert.title = alert.labels.value(QStringLiteral("alertname")).toString();
        alert.service = detail::serviceFromLabels(alert.labels);
        if (!starts)
            detail::noteTimeFallback(alert, QStringLiteral("startsAt"), unreadableStart);
        alert.startsAt = starts.value_or(receivedAt);
        if (alert.status == QLatin1String("resolved")) {
            if (!ends && !unreadableEnd.isEmpty())
                detail::noteTimeFallback(alert, QStringLiteral("endsAt"), unreadableEnd);
            alert.endsAt = ends.value_or(receivedAt);
        }
        alert.receivedAt = receivedAt;
        alert.lastSeenAt = receivedAt;
        alert.senderGroupKey = groupKey;
        // No raw copy: every member of an Alertmanager/Grafana alert is kept in the normalized
        // fields (labels, annotations incl. the URLs, times, fingerprint), so a copy would only
        // double what is written per alert (measured: 12% of intake's write time).
        result.alerts << alert;
        if (problems.size() >= 20)
            break;
    }
    detail::rejectOnProblems(problems, result);
    return result;
}
} // namespace

AdapterResult parseAlertmanager(const QByteArray &body, qint64 receivedAt)
{
    return parseGroup(body, receivedAt, Flavour::Alertmanager);
}

AdapterResult parseGrafana(const QByteArray &body, qint64 receivedAt)
{
    return parseGroup(body, receivedAt, Flavour::Grafana);
}

} // namespace sitrep::intake
