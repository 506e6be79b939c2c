#pragma once
// In an incident's view: its postmortem (write one from a template, prefilled; or open it), and
// similar past incidents (same alert, same service, similar words) with their postmortems one
// click away.

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace sitrep::ui {

class Session;

class PostmortemLinks : public QWidget
{
    Q_OBJECT
public:
    explicit PostmortemLinks(Session &session, QWidget *parent = nullptr);
    void setIncident(qint64 incidentId);
    void reload();
    QPushButton *writeButton() const { return m_write; }
    QListWidget *similar() const { return m_similar; }
    // Opens the template chooser (or the postmortem, when there is one).
    void writeOrOpen();

private:
    Session &m_session;
    qint64 m_incidentId = 0;
    qint64 m_postmortemId = 0;
    qint64 m_similarFor = -1;       // the incident the similar list was made for
    int m_severity = 3;
    QPushButton *m_write = nullptr;
    QLabel *m_state = nullptr;
    QListWidget *m_similar = nullptr;
};

} // namespace sitrep::ui
