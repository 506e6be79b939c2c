#pragma once
// One incident, where the on-call engineer works: header, milestones with live counters,
// lifecycle actions, roles, and the timeline with a note box always at hand. Every edit goes
// through the session (undoable, recorded on the timeline). It follows writes by anyone without
// losing the half-typed note or the selected event.

#include "storage/Database.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedLayout;
class QTimer;
class QTableView;

namespace sitrep {
class TimelineModel;
struct Incident;
struct TimelineEvent;
}

namespace sitrep::ui {

class ChecklistPanel;
class PostmortemLinks;
class PresenceLine;

class Session;

class IncidentView : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentView(Session &session, QWidget *parent = nullptr);
    ~IncidentView() override;

    void showIncident(qint64 incidentId);   // 0 shows the "nothing selected" hint
    qint64 incidentId() const { return m_incidentId; }
    // Re-reads the incident and its timeline, keeping the note being typed and the selection.
    void reload();

    // Lifecycle: each sets its milestone to now (refused with a message when out of order).
    void acknowledge();
    void mitigate();
    void resolve();
    void reopen();
    void editDetails();
    void editMilestone(int field);       // an IncidentField
    void addNoteFromBox();
    void saveNoteDraft();
    void toggleKeyEvent();
    void editSelectedNote();
    void deleteSelectedNote();
    void copyTimelineMarkdown();
    void exportJson();

signals:
    void openInWindowRequested(qint64 incidentId);
    void statusMessage(const QString &message);

private:
    void buildActions();
    void fill();
    void updateCounters();
    void setMilestoneNow(int field);
    const TimelineEvent *selectedEvent() const;

    Session &m_session;
    qint64 m_incidentId = 0;
    std::unique_ptr<Incident> m_incident;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_badges = nullptr;
    QLabel *m_running = nullptr;
    PresenceLine *m_presence = nullptr;
    QGridLayout *m_milestoneGrid = nullptr;
    QList<QLabel *> m_milestoneTimes;
    QList<QLabel *> m_milestoneSince;
    QLabel *m_roles = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_ack = nullptr;
    QPushButton *m_mitigate = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_reopen = nullptr;
    QComboBox *m_kindFilter = nullptr;
    TimelineModel *m_timeline = nullptr;
    QTableView *m_timelineView = nullptr;
    ChecklistPanel *m_checklist = nullptr;
    PostmortemLinks *m_postmortem = nullptr;
    QLineEdit *m_note = nullptr;
    QTimer *m_noteDraftTimer = nullptr;
    QString m_draftDatabase;  // the database the current incident (and its draft) belongs to
    QTimer *m_clock = nullptr;
};

} // namespace sitrep::ui
