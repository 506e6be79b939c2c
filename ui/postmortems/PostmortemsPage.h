#pragma once
// The Postmortems area: the list (newest first, by status, full-text search) beside the editor,
// and a second tab with every postmortem's action items.

#include "storage/Database.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace sitrep {
class PostmortemListModel;
}

namespace sitrep::ui {

class ActionItemsView;
class PostmortemEditor;
class Session;

class PostmortemsPage : public QWidget
{
    Q_OBJECT
public:
    explicit PostmortemsPage(Session &session, QWidget *parent = nullptr);
    PostmortemListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    PostmortemEditor *editor() const { return m_editor; }
    ActionItemsView *actionItems() const { return m_actions; }
    void openPostmortem(qint64 postmortemId);
    void showActionItems();

signals:
    void statusMessage(const QString &message);

private:
    void applyFilter();
    void refresh();

    Session &m_session;
    PostmortemListModel *m_model = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    PostmortemEditor *m_editor = nullptr;
    ActionItemsView *m_actions = nullptr;
};

} // namespace sitrep::ui
