#include "alerts/AlertDetail.h"

#include "domain/Incident.h"
#include "domain/Severity.h"
#include "intake/SourceAdapter.h"
#include "models/AlertListModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace sitrep::ui {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString when(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return esc(t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")) + QStringLiteral("  (")
               + t.toUTC().toString(QStringLiteral("HH:mm:ss 'UTC'")) + QLatin1Char(')'));
}

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented));
    return v.toVariant().toString();
}

// A value that is a web address becomes a link; anything else is text.
QString cell(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if ((url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) && url.isValid())
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url.toString(QUrl::FullyEncoded)), esc(text));
    return QStringLiteral("<span style=\"white-space: pre-wrap\">%1</span>").arg(esc(text));
}

QString table(const QJsonObject &o)
{
    if (o.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(esc(AlertDetail::tr("none")));
    QString rows;
    for (auto it = o.begin(); it != o.end(); ++it)
        rows += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>").arg(esc(it.key()), cell(valueText(it.value())));
    return QStringLiteral("<table cellspacing=\"2\">%1</table>").arg(rows);
}
} // namespace

AlertDetail::AlertDetail(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("alertDetail"));
    setAccessibleName(tr("Alert details"));
    setOpenExternalLinks(true);
    setFrameShape(QFrame::NoFrame);
    showAlert(std::nullopt, 0, std::nullopt);
}

void AlertDetail::showAlert(const std::optional<Alert> &alert, int incidentNumber, std::optional<qint64> mutedUntil)
{
    if (!alert) {
        setHtml(QStringLiteral("<p style=\"color:gray\">%1</p>").arg(esc(tr("Select an alert to see its labels, annotations and links."))));
        return;
    }
    setHtml(html(*alert, incidentNumber, mutedUntil));
}

QString AlertDetail::html(const Alert &a, int incidentNumber, std::optional<qint64> mutedUntil)
{
    QString h;
    h += QStringLiteral("<h2>%1</h2>").arg(esc(a.title.isEmpty() ? tr("(untitled alert)") : a.title));
    QStringList facts;
    facts << (a.status == QLatin1String("firing") ? tr("Firing") : a.status == QLatin1String("acknowledged") ? tr("Acknowledged") : tr("Resolved"));
    if (a.severity)
        facts << severityLabel(Severity(*a.severity));
    facts << tr("from %1").arg(intake::sourceLabel(a.source));
    if (!a.service.isEmpty())
        facts << tr("service %1").arg(a.service);
    h += QStringLiteral("<p>%1</p>").arg(esc(facts.join(QStringLiteral(" · "))));
    if (incidentNumber > 0)
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Part of %1.").arg(Incident::publicIdFor(incidentNumber))));
    else if (a.heldReason == QLatin1String("below_min_severity"))
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Kept in the inbox: less severe than its intake rule's minimum. "
                                                   "Open an incident from it if it matters.")));
    else if (a.heldReason == QLatin1String("muted"))
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Kept in the inbox: it was muted when it fired.")));
    else if (a.heldReason == intake::testNotificationReason)
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Kept in the inbox: %1 sent it as a test notification, so it opens no incident.")
                                                     .arg(intake::sourceLabel(a.source))));
    // Times the sender gave that intake could not read (or that were missing): say which time
    // the alert carries instead, so nobody reads "Started" as the sender's own.
    const QJsonObject unreadTimes = a.annotations.value(intake::timeFallbackAnnotation).toObject();
    for (auto it = unreadTimes.begin(); it != unreadTimes.end(); ++it) {
        const QString sent = it.value().toString();
        h += QStringLiteral("<p><i>%1</i></p>").arg(esc(sent.isEmpty()
            ? tr("The sender gave no %1; Sitrep used the time it received the alert instead.").arg(it.key())
            : tr("Sitrep could not read the sender's %1 (“%2”) and used the time it received the alert instead.").arg(it.key(), sent)));
    }
    if (mutedUntil)
        h += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Muted until %1.").arg(QDateTime::fromMSecsSinceEpoch(*mutedUntil).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
    h += QStringLiteral("<table cellspacing=\"2\">");
    const auto row = [&h](const QString &k, const QString &v) {
        h += QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td>%2</td></tr>").arg(esc(k), v);
    };
    row(tr("Started"), when(a.startsAt));
    if (a.endsAt)
        row(tr("Ended"), when(*a.endsAt));
    row(tr("Received"), when(a.receivedAt));
    row(tr("Last seen"), when(a.lastSeenAt));
    row(tr("Identity"), esc(a.dedupKey));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Labels"))) + table(a.labels);
    QJsonObject annotations = a.annotations;
    annotations.remove(intake::timeFallbackAnnotation); // said in words above
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Annotations"))) + table(annotations);
    if (!a.rawPayload.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(a.rawPayload);
        const QString text = doc.isNull() ? QString::fromUtf8(a.rawPayload) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        h += QStringLiteral("<h3>%1</h3><pre style=\"white-space: pre-wrap\">%2</pre>").arg(esc(tr("As sent")), esc(text));
    }
    return h;
}

} // namespace sitrep::ui
