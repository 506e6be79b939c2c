#pragma once
// Above the incident list: full-text search (Ctrl+F, results as you type) and filters by status,
// severity, service, time range and drills. All of it runs in SQL.

#include "storage/Database.h"
#include "storage/IncidentListQuery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace sitrep::ui {

class IncidentFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentFilterBar(DatabasePtr db, QWidget *parent = nullptr);

    IncidentFilter filter() const;
    QLineEdit *searchBox() const { return m_search; }
    void reloadServices();
    void clear();

signals:
    void filterChanged(const sitrep::IncidentFilter &filter);

private:
    DatabasePtr m_db;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_range = nullptr;
    QComboBox *m_drills = nullptr;
    QTimer *m_typing = nullptr;
};

} // namespace sitrep::ui
