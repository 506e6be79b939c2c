#pragma once
// Keeps an incident's edit dialog honest while others edit the same incident. The dialog starts
// from the values it showed (the baseline) and writes only what the person changed, each
// change checked by the store against that baseline (IncidentStore::apply). When someone else
// saves a field meanwhile (seen live through the change feed, or when the store refuses):
// - a field this person did not touch takes the new value, with a line saying who changed it;
// - a field they changed too shows the other's value and asks: use theirs, or keep mine (which
//   then knowingly replaces theirs). Saving waits until each such field is decided.
// Never a silent overwrite, and never a dialog that can only fail again.

#include "domain/Incident.h"
#include "domain/IncidentChange.h"

#include <QList>
#include <QObject>
#include <QVariant>

#include <functional>

class QLabel;
class QPushButton;
class QWidget;

namespace sitrep::ui {

class FormDialog;
class Session;

class EditConflicts : public QObject
{
    Q_OBJECT
public:
    struct Field
    {
        IncidentField field;
        QWidget *editor = nullptr;  // already in the dialog's form
        std::function<QVariant()> value;
        std::function<void(const QVariant &)> setValue;
    };

    EditConflicts(Session &session, const Incident &shown, FormDialog *dialog);
    void add(const Field &field);
    // From the baseline to what the editors hold, for the fields that differ.
    QList<IncidentChange> changes() const;
    // Looks at the incident again (after a refused save) and marks what changed.
    void refresh();
    int openConflicts() const;

private:
    struct State
    {
        Field field;
        QVariant base;    // what a save expects the database to hold
        QVariant theirs;  // while undecided: the other's value
        bool undecided = false;
        QWidget *row = nullptr;
        QLabel *text = nullptr;
        QPushButton *useTheirs = nullptr;
        QPushButton *keepMine = nullptr;
    };
    void decide(State &s, bool mine);
    QString who(IncidentField field) const;
    void updateOk();

    Session &m_session;
    qint64 m_incidentId = 0;
    Incident m_shown;
    FormDialog *m_dialog = nullptr;
    QList<State> m_fields;
};

} // namespace sitrep::ui
