#pragma once
// The dialogs that write incidents: declare one, edit its details, set a milestone. Each
// commits through the session (undoable) and stays open with the reason when refused.

#include "domain/IncidentChange.h"

#include <functional>

class QWidget;

namespace sitrep::ui {

class FormDialog;
class Session;

// Declares an incident; calls `declared` with its row id.
FormDialog *openDeclareDialog(Session &session, QWidget *parent,
                              std::function<void(qint64 incidentId)> declared = {});
// Title, severity, service, summary, drill and roles, as one undo step.
FormDialog *openEditDialog(Session &session, const Incident &incident, QWidget *parent);
// Sets, changes or clears one milestone.
FormDialog *openMilestoneDialog(Session &session, const Incident &incident, IncidentField milestone,
                                QWidget *parent);

} // namespace sitrep::ui
