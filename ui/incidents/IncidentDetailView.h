#pragma once
// The selected incident, read-only: header, milestones with their durations, roles, summary and
// timeline. Editing arrives with the incident workspace.

#include "storage/Database.h"

#include <QWidget>

class QLabel;
class QTreeView;
class QStackedLayout;

namespace sitrep {
class TimelineModel;
struct Incident;
}

namespace sitrep::ui {

class IncidentDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentDetailView(DatabasePtr db, QWidget *parent = nullptr);

    void showIncident(qint64 incidentId);   // 0 shows the "nothing selected" hint
    qint64 incidentId() const { return m_incidentId; }

private:
    void fill(const Incident &incident);

    DatabasePtr m_db;
    qint64 m_incidentId = 0;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_badges = nullptr;
    QLabel *m_milestones = nullptr;
    QLabel *m_roles = nullptr;
    QLabel *m_summary = nullptr;
    TimelineModel *m_timeline = nullptr;
    QTreeView *m_timelineView = nullptr;
};

} // namespace sitrep::ui
