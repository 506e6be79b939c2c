#pragma once
// The incident header's line about the others: who else has this incident open right now, and
// who is typing a note there. Hidden while nobody else is. Its tracker (PresenceTracker.h) says
// the same about this view to them: the incident shown, nothing while the view is hidden.

#include "storage/PresenceStore.h"

#include <QLabel>

#include <memory>

namespace sitrep {
class PresenceTracker;
}

namespace sitrep::ui {

class Session;

class PresenceLine : public QLabel
{
    Q_OBJECT
public:
    explicit PresenceLine(Session &session, QWidget *parent = nullptr);
    ~PresenceLine() override;

    // The incident counts as open while `view` is visible (not this line: it hides while nobody
    // else is here).
    void watch(QWidget *view);
    // 0: no incident.
    void setIncident(qint64 incidentId);
    // The person typed into the note box (the others see "… is typing a note" for a few
    // seconds), or the note was added or cleared.
    void typed();
    void stoppedTyping();

    // Text that says it in a sentence, for the given peers (exposed for tests).
    static QString describe(const QList<PresencePeer> &others);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void announce();
    void showOthers(qint64 incidentId, const QList<PresencePeer> &others);

    Session &m_session;
    std::unique_ptr<PresenceTracker> m_tracker;
    QWidget *m_view = nullptr;
    qint64 m_incidentId = 0;
};

} // namespace sitrep::ui
