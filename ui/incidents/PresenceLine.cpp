#include "incidents/PresenceLine.h"

#include "common/Session.h"
#include "storage/PresenceTracker.h"

#include <QEvent>
#include <QLocale>

namespace sitrep::ui {

PresenceLine::PresenceLine(Session &session, QWidget *parent) : QLabel(parent), m_session(session)
{
    setObjectName(QStringLiteral("presenceLine"));
    setAccessibleName(tr("Others on this incident"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // Not dimmed like the hints: someone else working the same incident is news.
    QFont italic = font();
    italic.setItalic(true);
    setFont(italic);
    QLabel::setVisible(false);
}

PresenceLine::~PresenceLine() = default;

QString PresenceLine::describe(const QList<PresencePeer> &others)
{
    if (others.isEmpty())
        return {};
    QStringList all, typing;
    for (const PresencePeer &p : others) {
        all << presenceName(p);
        if (!p.typing.isEmpty())
            typing << presenceName(p);
    }
    const QLocale locale;
    QString text = tr("Also on this incident: %1.").arg(locale.createSeparatedList(all));
    if (typing.size() == 1)
        text += QLatin1Char(' ') + tr("%1 is typing a note…").arg(typing.first());
    else if (typing.size() > 1)
        text += QLatin1Char(' ') + tr("%1 are typing notes…").arg(locale.createSeparatedList(typing));
    return text;
}

void PresenceLine::setIncident(qint64 incidentId)
{
    if (incidentId == m_incidentId)
        return;
    m_incidentId = incidentId;
    showOthers(incidentId, {});
    // The tracker's thread and connection start with the first incident shown, not with the
    // window: most windows on a file are never seen by anyone else.
    if (!m_tracker && incidentId != 0) {
        m_tracker = std::make_unique<PresenceTracker>(m_session.database(), Session::userName());
        connect(m_tracker.get(), &PresenceTracker::othersChanged, this, &PresenceLine::showOthers);
    }
    announce();
}

void PresenceLine::typed()
{
    if (m_tracker && m_incidentId != 0)
        m_tracker->typing();
}

void PresenceLine::stoppedTyping()
{
    if (m_tracker)
        m_tracker->typing({});
}

void PresenceLine::announce()
{
    if (!m_tracker)
        return;
    const bool shown = m_view ? m_view->isVisible() : true;
    m_tracker->show(m_incidentId != 0 && shown ? std::optional<qint64>(m_incidentId) : std::nullopt);
}

void PresenceLine::watch(QWidget *view)
{
    m_view = view;
    view->installEventFilter(this);
}

bool PresenceLine::eventFilter(QObject *watched, QEvent *event)
{
    // Qt sends Show and Hide to a widget when an ancestor is shown or hidden too (another area
    // of the window, a minimised window), so these are exactly "the incident is on screen".
    if (watched == m_view && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        announce();
    return QLabel::eventFilter(watched, event);
}

void PresenceLine::showOthers(qint64 incidentId, const QList<PresencePeer> &others)
{
    if (incidentId != m_incidentId)
        return;  // an answer about the incident shown before
    const QString text = describe(others);
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace sitrep::ui
