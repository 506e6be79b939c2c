#include "incidents/IncidentsPage.h"
#include "common/ReloadOnChange.h"

#include "common/SeverityChipDelegate.h"
#include "common/ListTable.h"
#include "common/Session.h"
#include "incidents/IncidentDialogs.h"
#include "incidents/IncidentFilterBar.h"
#include "incidents/IncidentView.h"
#include "incidents/IncidentWindow.h"
#include "models/IncidentListModel.h"

#include <QHeaderView>
#include <QDataStream>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sitrep::ui {

namespace {

QWidget *makeWelcome(QWidget *parent, QPushButton **demo, QPushButton **empty)
{
    auto *w = new QWidget(parent);
    w->setObjectName(QStringLiteral("welcomePanel"));
    auto *layout = new QVBoxLayout(w);
    layout->addStretch(1);
    auto *title = new QLabel(IncidentsPage::tr("Welcome to Sitrep"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(IncidentsPage::tr(
        "This database has no incidents yet.\n\nLoad the demo data set to look around: two years "
        "of incidents over a dozen services, with alerts, timelines and postmortems. Or start "
        "empty and record your own."));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(520);
    *demo = new QPushButton(IncidentsPage::tr("Load demo data"));
    (*demo)->setObjectName(QStringLiteral("loadDemoButton"));
    (*demo)->setDefault(true);
    *empty = new QPushButton(IncidentsPage::tr("Start empty"));
    (*empty)->setObjectName(QStringLiteral("startEmptyButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(*demo);
    buttons->addWidget(*empty);
    buttons->addStretch(1);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(18);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return w;
}

} // namespace

IncidentsPage::IncidentsPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new IncidentListModel(session.database(), this))
{
    setObjectName(QStringLiteral("incidentsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget;
    layout->addWidget(m_stack);

    QPushButton *demo = nullptr;
    QPushButton *empty = nullptr;
    m_stack->addWidget(makeWelcome(this, &demo, &empty));
    connect(demo, &QPushButton::clicked, this, &IncidentsPage::demoRequested);
    connect(empty, &QPushButton::clicked, this, [this] {
        m_startedEmpty = true;
        updateEmptyState();
    });

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_table->setAccessibleName(tr("Incidents"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new SeverityChipDelegate(IncidentListModel::SeverityColumn, IncidentListModel::SeverityRole,
                                                       IncidentListModel::IsOpenRole, m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    const ListTable list(m_table, IncidentListModel::TitleColumn);
    list.fit(IncidentListModel::NumberColumn, QStringLiteral("INC-00000"));
    list.fit(IncidentListModel::SeverityColumn, QStringLiteral("SEV0"));
    list.fit(IncidentListModel::StatusColumn, tr("Acknowledged"));
    list.fit(IncidentListModel::ServiceColumn, QStringLiteral("checkout"));
    list.fit(IncidentListModel::ImpactStartedColumn, QStringLiteral("12-31 23:59"));
    list.fit(IncidentListModel::DurationColumn, QStringLiteral("23h 59m"));
    list.fit(IncidentListModel::DrillColumn, tr("Drill"));
    // The title matters most; the drill flag is shown in the detail. Right-click the header to
    // choose columns.
    auto *header = m_table->horizontalHeader();
    header->hideSection(IncidentListModel::DrillColumn);
    header->setSortIndicatorShown(true);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);  // open first, newest first
    m_table->setSortingEnabled(true);

    m_detail = new IncidentView(m_session);
    connect(m_detail, &IncidentView::openInWindowRequested, this, &IncidentsPage::openInWindow);
    connect(m_detail, &IncidentView::statusMessage, this, &IncidentsPage::statusMessage);
    m_filters = new IncidentFilterBar(m_session.database());
    connect(m_filters, &IncidentFilterBar::filterChanged, this, [this](const IncidentFilter &f) {
        const qint64 selected = m_detail->incidentId();
        m_model->setFilter(f);
        if (const int row = selected ? m_model->rowOfIncident(selected) : -1; row >= 0)
            m_table->selectRow(row);
        if (!m_model->lastError().isEmpty())
            emit statusMessage(m_model->lastError());
    });
    // Enter or a double click opens the incident in its own window.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openInWindow(m_model->incidentIdAt(index.row()));
    });
    auto *listSide = new QWidget;
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filters);
    listLayout->addWidget(m_table);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("incidentsSplitter"));
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({640, 380});  // until the user moves it
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncidentsPage::selectionChanged);
    // Rows also arrive and leave without a reset: the rest of a server's list after its first
    // page, and live refreshes when someone else writes.
    connect(m_model, &QAbstractItemModel::modelReset, this, &IncidentsPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &IncidentsPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &IncidentsPage::updateEmptyState);
    // The list shows incidents and their services; a text filter also matches timeline notes.
    reloadOnChange(m_session, this, [this](const ChangeSet &c) {
        return c.touches(QStringLiteral("incidents")) || c.touches(QStringLiteral("services")) ||
               (!m_model->filter().text.trimmed().isEmpty() && c.touches(QStringLiteral("timeline_events")));
    }, [this] {
        // Someone else wrote: the ids are read off the GUI thread (refreshInBackground), the
        // services (a few rows) here.
        m_model->refreshInBackground();
        m_filters->reloadServices();
    });
    connect(m_model, &IncidentListModel::aboutToRefresh, this, &IncidentsPage::rememberPlace);
    connect(m_model, &IncidentListModel::refreshed, this, &IncidentsPage::restorePlace);
    updateEmptyState();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

bool IncidentsPage::showsWelcome() const { return m_stack->currentIndex() == 0; }

void IncidentsPage::updateEmptyState()
{
    const int rows = m_model->rowCount();
    m_stack->setCurrentIndex(rows == 0 && !m_startedEmpty ? 0 : 1);
    emit incidentCountChanged(rows);
}

void IncidentsPage::selectionChanged()
{
    const QModelIndex current = m_table->currentIndex();
    m_detail->showIncident(current.isValid() ? m_model->incidentIdAt(current.row()) : 0);
}

void IncidentsPage::reload()
{
    const qint64 selected = m_detail->incidentId();
    m_model->reload();
    const int row = selected ? m_model->rowOfIncident(selected) : -1;
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        m_detail->showIncident(0);
}

void IncidentsPage::refresh()
{
    rememberPlace();
    m_model->refresh();
    m_filters->reloadServices();
    restorePlace();
}

void IncidentsPage::rememberPlace()
{
    m_place.selected = m_detail->incidentId();
    const QModelIndex top = m_table->indexAt(QPoint(0, 0));
    m_place.topId = top.isValid() ? m_model->incidentIdAt(top.row()) : 0;
    m_place.hadWelcome = showsWelcome();
}

void IncidentsPage::restorePlace()
{
    // After a reset (rows came or went), put the selection and the scroll position back.
    const Place p = m_place;
    if (p.selected && m_model->incidentIdAt(m_table->currentIndex().row()) != p.selected)
        if (const int row = m_model->rowOfIncident(p.selected); row >= 0) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    if (p.topId)
        if (const int row = m_model->rowOfIncident(p.topId); row >= 0)
            m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
    if (p.hadWelcome && m_model->rowCount() > 0 && m_table->currentIndex().row() < 0)
        m_table->selectRow(0);
}

void IncidentsPage::focusSearch()
{
    m_filters->searchBox()->setFocus(Qt::ShortcutFocusReason);
    m_filters->searchBox()->selectAll();
}

void IncidentsPage::declareIncident()
{
    openDeclareDialog(m_session, this, [this](qint64 id) {
        m_startedEmpty = true;
        m_model->refresh();
        updateEmptyState();
        selectIncident(id);
        m_detail->setFocus();
    });
}

void IncidentsPage::selectIncident(qint64 incidentId)
{
    int row = m_model->rowOfIncident(incidentId);
    if (row < 0) {
        // New since the list was read (its live refresh may still be on its way): read it now,
        // this once, for the person asked for this incident.
        refresh();
        row = m_model->rowOfIncident(incidentId);
    }
    if (row < 0) {
        m_filters->clear();
        row = m_model->rowOfIncident(incidentId);
    }
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void IncidentsPage::openInWindow(qint64 incidentId)
{
    if (incidentId == 0)
        return;
    auto *incidentWindow = new IncidentWindow(m_session, incidentId, window());
    incidentWindow->show();
}

QByteArray IncidentsPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(1) << m_splitter->saveState() << m_table->horizontalHeader()->saveState();
    return state;
}

void IncidentsPage::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint8 version = 0;
    QByteArray splitter, header;
    in >> version >> splitter >> header;
    if (version != 1 || in.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    m_table->horizontalHeader()->restoreState(header);
}

} // namespace sitrep::ui
