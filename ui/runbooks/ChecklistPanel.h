#pragma once
// An incident's runbooks: the ones that fit it (from its alerts' labels, its service and
// severity) one click from attaching, and the checklist made from those attached, ticked, skipped
// with a reason, annotated, extended with ad hoc steps. Every change is on the timeline and undoable.

#include "domain/Runbook.h"
#include "runbooks/RunbookMatcher.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sitrep {
class BackgroundReader;
}

namespace sitrep::ui {

class Session;

class ChecklistPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistPanel(Session &session, QWidget *parent = nullptr);
    void setIncident(qint64 incidentId);
    void reload();
    // After writes: the checklist at once when it changed; the suggestions, when what they come
    // from may have (they read every alert of the incident, tens of thousands in an alert
    // storm), off the GUI thread.
    void refresh(bool checklist, bool suggestions);

    QListWidget *suggestions() const { return m_suggestions; }
    QTreeWidget *steps() const { return m_steps; }
    QLabel *progress() const { return m_progress; }
    QLabel *drift() const { return m_drift; }

    // Attaches the suggestion in row `row`.
    void attachSuggestion(int row);
    // The step in the checklist at `index` (in order): tick, untick, skip with a reason, note.
    void setStep(int index, const QString &state, const QString &note = {});
    void skipCurrent();
    void noteOnCurrent();
    void addStep();

private:
    void fillChecklist();
    void showSuggestions(const QList<RunbookMatch> &matches);
    void suggestOffThread();

    QList<ChecklistItem> m_items;
    Session &m_session;
    qint64 m_incidentId = 0;
    QListWidget *m_suggestions = nullptr;
    QLabel *m_suggestionsLabel = nullptr;
    QTreeWidget *m_steps = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_drift = nullptr;
    bool m_filling = false;
    BackgroundReader *m_reader = nullptr;
    int m_generation = 0;   // of the incident and the synchronous reloads: a late refresh drops
    bool m_suggesting = false;   // suggestions are read, or wait to be
    bool m_suggestAgain = false;
    QElapsedTimer m_sinceSuggested;
    qint64 m_lastSuggestMs = 0;
};

} // namespace sitrep::ui
