#include "postmortems/PostmortemsPage.h"
#include "common/ReloadOnChange.h"

#include "common/ListTable.h"
#include "common/Session.h"
#include "common/SeverityChipDelegate.h"
#include "models/PostmortemListModel.h"
#include "postmortems/ActionItemsView.h"
#include "postmortems/PostmortemEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sitrep::ui {

PostmortemsPage::PostmortemsPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new PostmortemListModel(session.database(), this))
{
    setObjectName(QStringLiteral("postmortemsPage"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("postmortemSearch"));
    m_search->setAccessibleName(tr("Search postmortems"));
    m_search->setPlaceholderText(tr("Search postmortems…"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("postmortemStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), QString());
    for (const char *s : {"draft", "in_review", "published"})
        m_status->addItem(PostmortemListModel::statusLabel(QLatin1String(s)), QLatin1String(s));
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, &PostmortemsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &PostmortemsPage::applyFilter);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("postmortemTable"));
    m_table->setAccessibleName(tr("Postmortems"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegate(new SeverityChipDelegate(PostmortemListModel::SeverityColumn, PostmortemListModel::SeverityRole,
                                                      PostmortemListModel::IsDraftRole, m_table));
    const ListTable list(m_table, PostmortemListModel::TitleColumn);
    list.fit(PostmortemListModel::IncidentColumn, QStringLiteral("INC-00000"));
    list.fit(PostmortemListModel::SeverityColumn, QStringLiteral("SEV0"));
    list.fit(PostmortemListModel::StatusColumn, PostmortemListModel::statusLabel(QStringLiteral("published")));
    list.fit(PostmortemListModel::AuthorColumn, QStringLiteral("amara.okafor"));
    list.fit(PostmortemListModel::UpdatedColumn, QStringLiteral("2026-12-31"));
    list.fit(PostmortemListModel::ActionsColumn, QStringLiteral("12 open"));
    m_table->horizontalHeader()->hideSection(PostmortemListModel::AuthorColumn);
    m_table->horizontalHeader()->hideSection(PostmortemListModel::UpdatedColumn);

    m_editor = new PostmortemEditor(session);
    connect(m_editor, &PostmortemEditor::statusMessage, this, &PostmortemsPage::statusMessage);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        m_editor->showPostmortem(index.isValid() ? m_model->idAt(index.row()) : 0);
    });

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(6, 6, 6, 0);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status, 1);
    auto *listSide = new QWidget;
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_table);
    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("postmortemsSplitter"));
    split->addWidget(listSide);
    split->addWidget(m_editor);
    split->setStretchFactor(1, 3);
    split->setSizes({500, 780});
    // On a narrow window the list folds away rather than forcing the window wider.
    split->setCollapsible(0, true);
    split->setCollapsible(1, false);

    m_actions = new ActionItemsView(session);
    connect(m_actions, &ActionItemsView::openPostmortemRequested, this, &PostmortemsPage::openPostmortem);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("postmortemAreaTabs"));
    m_tabs->addTab(split, tr("Postmortems"));
    m_tabs->addTab(m_actions, tr("Action items"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    reloadOnChange(m_session, this, [](const ChangeSet &c) {
        return c.touches(QStringLiteral("postmortems")) || c.touches(QStringLiteral("action_items")) ||
               c.touches(QStringLiteral("incidents"));
    }, [this] { refresh(); });
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void PostmortemsPage::applyFilter()
{
    PostmortemFilter f;
    f.status = m_status->currentData().toString();
    f.text = m_search->text();
    const qint64 keep = m_editor->postmortemId();
    m_model->setFilter(f);
    if (const int row = m_model->rowOfId(keep); row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void PostmortemsPage::refresh()
{
    const qint64 keep = m_editor->postmortemId();
    m_model->refresh();
    if (keep && m_model->idAt(m_table->currentIndex().row()) != keep)
        if (const int row = m_model->rowOfId(keep); row >= 0) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
}

void PostmortemsPage::openPostmortem(qint64 postmortemId)
{
    m_tabs->setCurrentIndex(0);
    int row = m_model->rowOfId(postmortemId);
    if (row < 0) {
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_model->reload();
        row = m_model->rowOfId(postmortemId);
    }
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        m_editor->showPostmortem(postmortemId);
    }
}

void PostmortemsPage::showActionItems()
{
    m_tabs->setCurrentIndex(1);
}

} // namespace sitrep::ui
