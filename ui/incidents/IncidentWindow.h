#pragma once
// An incident in a window of its own, so several can sit side by side during a busy night.

#include <QWidget>

namespace sitrep::ui {

class IncidentView;
class Session;

class IncidentWindow : public QWidget
{
    Q_OBJECT

public:
    IncidentWindow(Session &session, qint64 incidentId, QWidget *parent = nullptr);
    IncidentView *view() const { return m_view; }

private:
    IncidentView *m_view = nullptr;
};

} // namespace sitrep::ui
