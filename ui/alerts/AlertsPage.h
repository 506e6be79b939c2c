#pragma once
// The Alerts area: a live inbox of every alert intake received (newest first, filtered in SQL),
// the selected alert in full, and what a responder does with alerts: open the incident they
// belong to, open an incident from alerts that did not open one, mute a noisy alert for a while,
// and edit the intake rules.

#include "storage/Database.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace sitrep {
class AlertListModel;
}

namespace sitrep::ui {

class AlertDetail;
class Session;

class AlertsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPage(Session &session, QWidget *parent = nullptr);

    AlertListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    AlertDetail *detail() const { return m_detail; }
    QComboBox *showFilter() const { return m_show; }
    QLineEdit *searchBox() const { return m_search; }

    // The alert ids selected in the list.
    QList<qint64> selectedAlertIds() const;
    void openIncidentFromSelection();
    // Mutes the current alert's identity for `seconds`.
    void muteCurrent(qint64 seconds);
    void unmuteCurrent();
    void editRules();
    // After writes, at once: selection and scroll position stay on the same alerts. (Others'
    // writes arrive through the model's refreshInBackground(), with the same care.)
    void refresh();
    // Above the inbox: where this window receives alerts (IntakeBar).
    void setIntakeBar(QWidget *bar);

signals:
    void openIncidentRequested(qint64 incidentId);
    void statusMessage(const QString &message);

private:
    void applyFilter();
    void currentChanged();
    void updateActions();
    void rememberPlace();
    void restorePlace();
    struct Place
    {
        QList<qint64> selected;
        qint64 current = 0;
        qint64 topId = 0;
    } m_place;

    Session &m_session;
    AlertListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    AlertDetail *m_detail = nullptr;
    QComboBox *m_show = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_typing = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_openIncident = nullptr;
    QAction *m_newIncident = nullptr;
    QToolButton *m_muteButton = nullptr;
    QAction *m_unmute = nullptr;
};

} // namespace sitrep::ui
