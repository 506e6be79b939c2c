#include "exchange/IncidentMarkdown.h"

#include "domain/TimelineMessage.h"
#include <QCoreApplication>
#include <QDateTime>

namespace sitrep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IncidentMarkdown)
};

// Markdown would read *, _, `, [ and the like as formatting: escape them in people's text.
QString escaped(QString text)
{
    static const QString special = QStringLiteral("\\`*_{}[]<>#|~");
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.replace(QLatin1Char('\n'), QLatin1Char(' '))) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

QString timelineMarkdown(const Incident &incident, const QList<TimelineEvent> &events,
                         const QTimeZone &zone)
{
    QString md = QStringLiteral("### %1 · %2\n\n").arg(incident.publicId(), escaped(incident.title));
    md += Tr::tr("**%1** · %2").arg(severityLabel(incident.severity), statusLabel(incident.status));
    if (!incident.service.isEmpty())
        md += QStringLiteral(" · ") + escaped(incident.service);
    md += QStringLiteral(" · ") + Tr::tr("times in %1").arg(zone.displayName(QTimeZone::GenericTime, QTimeZone::ShortName));
    md += QStringLiteral("\n\n");
    QDate day;
    for (const TimelineEvent &e : events) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.occurredAt, zone);
        const QString time = at.date() == day ? at.toString(QStringLiteral("HH:mm:ss"))
                                              : at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        day = at.date();
        md += QStringLiteral("- **%1**").arg(time);
        if (!e.author.isEmpty())
            md += QStringLiteral(" (%1)").arg(escaped(e.author));
        md += QLatin1Char(' ') + escaped(timelineText(e, zone));
        if (e.isKeyEvent)
            md += QStringLiteral(" ★");
        md += QLatin1Char('\n');
    }
    return md;
}

} // namespace sitrep
