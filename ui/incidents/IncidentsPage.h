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

class IncidentFilterBar;
class IncidentView;
class Session;

class IncidentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentsPage(Session &session, QWidget *parent = nullptr);

    IncidentListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    IncidentView *detail() const { return m_detail; }
    IncidentFilterBar *filterBar() const { return m_filters; }
    void focusSearch();
    void declareIncident();
    // Selects an incident in the list (clearing filters that hide it).
    void selectIncident(qint64 incidentId);
    void openInWindow(qint64 incidentId);
    bool showsWelcome() const;
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);
    // Reloads the list, keeping the selected incident selected.
    void reload();
    // After writes by anyone, at once: the same incident stays selected and in view. (Others'
    // writes arrive through the model's refreshInBackground(), with the same care.)
    void refresh();

signals:
    void demoRequested();
    void incidentCountChanged(qint64 count);
    void statusMessage(const QString &message);

private:
    void updateEmptyState();
    void selectionChanged();
    // Around a refresh: the selected incident, the one at the top, whether the welcome showed.
    void rememberPlace();
    void restorePlace();
    struct Place
    {
        qint64 selected = 0;
        qint64 topId = 0;
        bool hadWelcome = false;
    } m_place;

    Session &m_session;
    IncidentListModel *m_model = nullptr;
    IncidentFilterBar *m_filters = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    IncidentView *m_detail = nullptr;
    bool m_startedEmpty = false;
};

} // namespace sitrep::ui
