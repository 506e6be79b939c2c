#pragma once
// Every postmortem's action items in one place: overdue first, filter by owner and service, the
// done rate, marking done (an undo step), and the postmortem one double-click away.

#include "storage/PostmortemStore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace sitrep::ui {

class Session;

class ActionItemsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int maxRows = 2000;

    explicit ActionItemsView(Session &session, QWidget *parent = nullptr);
    void reload();
    QTableWidget *table() const { return m_table; }
    QLabel *rate() const { return m_rate; }
    QComboBox *ownerFilter() const { return m_owner; }
    void setDone(int row, bool done);

signals:
    void openPostmortemRequested(qint64 postmortemId);

private:
    Session &m_session;
    QList<ActionItemRow> m_rows;
    QComboBox *m_owner = nullptr;
    QComboBox *m_service = nullptr;
    QCheckBox *m_closed = nullptr;
    QLabel *m_rate = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace sitrep::ui
