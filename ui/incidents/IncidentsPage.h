#pragma once
// The Incidents area: the list (lazy, sorted by the database) beside the selected incident.
// An empty database shows a welcome panel that offers the demo data set or an empty start.

#include "storage/Database.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace sitrep {
class IncidentListModel;
}

namespace sitrep::ui {

class IncidentDetailView;

class IncidentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentsPage(DatabasePtr db, QWidget *parent = nullptr);

    IncidentListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    IncidentDetailView *detail() const { return m_detail; }
    bool showsWelcome() const;
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);
    // Reloads the list, keeping the selected incident selected.
    void reload();

signals:
    void demoRequested();
    void incidentCountChanged(qint64 count);

private:
    void updateEmptyState();
    void selectionChanged();

    DatabasePtr m_db;
    IncidentListModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    IncidentDetailView *m_detail = nullptr;
    bool m_startedEmpty = false;
};

} // namespace sitrep::ui
