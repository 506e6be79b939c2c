#include "alerts/AlertsPage.h"
#include "common/ReloadOnChange.h"

#include "alerts/AlertDetail.h"
#include "alerts/AlertEdits.h"
#include "alerts/IntakeRulesDialog.h"
#include "common/FormDialog.h"
#include "common/FormFields.h"
#include "common/ListTable.h"
#include "common/Session.h"
#include "common/SeverityChipDelegate.h"
#include "intake/SourceAdapter.h"
#include "models/AlertListModel.h"
#include "storage/AlertStore.h"
#include "util/Clock.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace sitrep::ui {

AlertsPage::AlertsPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new AlertListModel(session.database(), this))
{
    setObjectName(QStringLiteral("alertsPage"));

    // Filters: what to show, from which source, and text in title, identity or labels.
    m_show = new QComboBox;
    m_show->setObjectName(QStringLiteral("alertShow"));
    m_show->setAccessibleName(tr("Show alerts"));
    m_show->addItem(tr("Active (firing or acknowledged)"), int(AlertFilter::Show::Active));
    m_show->addItem(tr("Firing"), int(AlertFilter::Show::Firing));
    m_show->addItem(tr("Held in the inbox"), int(AlertFilter::Show::Held));
    m_show->addItem(tr("Not in an incident"), int(AlertFilter::Show::Unlinked));
    m_show->addItem(tr("Resolved"), int(AlertFilter::Show::Resolved));
    m_show->addItem(tr("All alerts"), int(AlertFilter::Show::All));
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("alertSource"));
    m_source->setAccessibleName(tr("Source"));
    m_source->addItem(tr("All sources"), QString());
    for (const char *s : {"alertmanager", "grafana", "pagerduty", "datadog", "generic"})
        m_source->addItem(intake::sourceLabel(QLatin1String(s)), QLatin1String(s));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("alertSearch"));
    m_search->setAccessibleName(tr("Search alerts"));
    m_search->setPlaceholderText(tr("Search title, labels, identity…"));
    m_search->setClearButtonEnabled(true);
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &AlertsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_show, &QComboBox::currentIndexChanged, this, &AlertsPage::applyFilter);
    connect(m_source, &QComboBox::currentIndexChanged, this, &AlertsPage::applyFilter);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("alertCount"));

    // Actions.
    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_openIncident = bar->addAction(tr("Open Incident"), this, [this] {
        const QModelIndex i = m_table->currentIndex();
        const QVariant id = i.isValid() ? m_model->data(i, AlertListModel::IncidentIdRole) : QVariant();
        if (!id.isNull())
            emit openIncidentRequested(id.toLongLong());
    });
    m_openIncident->setObjectName(QStringLiteral("openAlertIncident"));
    m_openIncident->setToolTip(tr("Show the incident this alert belongs to (Enter)"));
    m_newIncident = bar->addAction(tr("New Incident from Selected…"), this, &AlertsPage::openIncidentFromSelection);
    m_newIncident->setObjectName(QStringLiteral("newIncidentFromAlerts"));
    m_newIncident->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_newIncident->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *muteMenu = new QMenu(this);
    const struct { QString label; qint64 seconds; } durations[] = {
        {tr("For 1 hour"), 3600}, {tr("For 4 hours"), 4 * 3600}, {tr("For 1 day"), 86400}, {tr("For 1 week"), 7 * 86400}};
    for (const auto &d : durations) {
        QAction *a = muteMenu->addAction(d.label, this, [this, s = d.seconds] { muteCurrent(s); });
        a->setObjectName(QStringLiteral("mute%1").arg(d.seconds));
    }
    m_muteButton = new QToolButton;
    m_muteButton->setObjectName(QStringLiteral("muteButton"));
    m_muteButton->setText(tr("Mute"));
    m_muteButton->setToolTip(tr("Keep new firings of this alert in the inbox for a while"));
    m_muteButton->setMenu(muteMenu);
    m_muteButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(m_muteButton);
    m_unmute = bar->addAction(tr("Unmute"), this, &AlertsPage::unmuteCurrent);
    m_unmute->setObjectName(QStringLiteral("unmuteAlert"));
    bar->addSeparator();
    QAction *rules = bar->addAction(tr("Intake Rules…"), this, &AlertsPage::editRules);
    rules->setObjectName(QStringLiteral("intakeRulesAction"));

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(6, 6, 6, 0);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_show, 1);
    filters->addWidget(m_source, 1);
    filters->addWidget(m_count);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("alertTable"));
    m_table->setAccessibleName(tr("Alerts"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new SeverityChipDelegate(AlertListModel::SeverityColumn, AlertListModel::SeverityRole,
                                                      AlertListModel::NeedsAttentionRole, m_table));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    const ListTable list(m_table, AlertListModel::TitleColumn);
    list.fit(AlertListModel::StatusColumn, AlertListModel::tr("Firing (held)"));
    list.fit(AlertListModel::SeverityColumn, QStringLiteral("SEV0"));
    list.fit(AlertListModel::ServiceColumn, QStringLiteral("checkout-api"));
    list.fit(AlertListModel::SourceColumn, QStringLiteral("Alertmanager"));
    list.fit(AlertListModel::LabelsColumn, QStringLiteral("instance=checkout-1"));
    list.fit(AlertListModel::StartedColumn, QStringLiteral("12-31 23:59"));
    list.fit(AlertListModel::LastSeenColumn, QStringLiteral("12-31 23:59"));
    list.fit(AlertListModel::IncidentColumn, QStringLiteral("INC-00000"));
    // The detail shows when it was last seen and where it came from; right-click to show them.
    m_table->horizontalHeader()->hideSection(AlertListModel::LastSeenColumn);
    m_table->horizontalHeader()->hideSection(AlertListModel::SourceColumn);
    connect(m_table, &QTableView::activated, this, [this] { m_openIncident->trigger(); });

    m_detail = new AlertDetail;
    auto *listSide = new QWidget;
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(bar);
    listLayout->addWidget(m_table);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("alertsSplitter"));
    splitter->addWidget(listSide);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 400});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlertsPage::currentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsPage::updateActions);
    reloadOnChange(m_session, this, [](const ChangeSet &c) {
        return c.touches(QStringLiteral("alerts")) || c.touches(QStringLiteral("alert_mutes")) ||
               c.touches(QStringLiteral("incidents"));
    }, [this] { m_model->refreshInBackground(); });  // the ids are read off the GUI thread
    connect(m_model, &AlertListModel::aboutToRefresh, this, &AlertsPage::rememberPlace);
    connect(m_model, &AlertListModel::refreshed, this, &AlertsPage::restorePlace);
    connect(m_model, &AlertListModel::loadFailed, this, &AlertsPage::statusMessage);
    applyFilter();
}

void AlertsPage::setIntakeBar(QWidget *bar)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, bar);
}

void AlertsPage::applyFilter()
{
    AlertFilter f;
    f.show = AlertFilter::Show(m_show->currentData().toInt());
    f.source = m_source->currentData().toString();
    f.text = m_search->text();
    m_model->setFilter(f);
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectRow(0);
    updateActions();
}

QList<qint64> AlertsPage::selectedAlertIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << m_model->idAt(i.row());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void AlertsPage::currentChanged()
{
    const QModelIndex i = m_table->currentIndex();
    const AlertListRow *row = i.isValid() ? m_model->rowAt(i.row()) : nullptr;
    if (!row) {
        m_detail->showAlert(std::nullopt, 0, std::nullopt);
    } else {
        auto alert = AlertStore(*m_session.database()).byId(row->id);
        m_detail->showAlert(alert ? *alert : std::nullopt, row->incidentNumber, row->mutedUntil);
    }
    updateActions();
}

void AlertsPage::updateActions()
{
    const QModelIndex i = m_table->currentIndex();
    const bool hasCurrent = i.isValid();
    m_openIncident->setEnabled(hasCurrent && !m_model->data(i, AlertListModel::IncidentIdRole).isNull());
    m_newIncident->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty());
    const bool muted = hasCurrent && m_model->data(i, AlertListModel::IsMutedRole).toBool();
    m_muteButton->setEnabled(hasCurrent);
    m_unmute->setEnabled(muted);
    const int n = m_model->rowCount();
    m_count->setText(tr("%n alert(s)", nullptr, n));
}

void AlertsPage::refresh()
{
    rememberPlace();
    m_model->refresh();
    restorePlace();
}

void AlertsPage::rememberPlace()
{
    m_place.selected = selectedAlertIds();
    m_place.current = m_table->currentIndex().isValid() ? m_model->idAt(m_table->currentIndex().row()) : 0;
    const QModelIndex top = m_table->indexAt(QPoint(0, 0));
    m_place.topId = top.isValid() ? m_model->idAt(top.row()) : 0;
}

void AlertsPage::restorePlace()
{
    const QList<qint64> selected = m_place.selected;
    const qint64 current = m_place.current;
    const qint64 topId = m_place.topId;
    // After a reset (new alerts arrived), put the selection back on the same alerts.
    if (current && m_model->idAt(m_table->currentIndex().row()) != current) {
        const QSignalBlocker block(m_table->selectionModel());
        QItemSelection selection;
        for (qint64 id : selected)
            if (const int row = m_model->rowOfId(id); row >= 0)
                selection.select(m_model->index(row, 0), m_model->index(row, AlertListModel::ColumnCount - 1));
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        if (const int row = m_model->rowOfId(current); row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
    }
    if (topId)
        if (const int row = m_model->rowOfId(topId); row > 0)
            m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->selectRow(0);
    currentChanged();
}

void AlertsPage::openIncidentFromSelection()
{
    const QList<qint64> ids = selectedAlertIds();
    if (ids.isEmpty())
        return;
    // Prefill from the most severe selected alert.
    const AlertListRow *lead = nullptr;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        const AlertListRow *r = m_model->rowAt(i.row());
        if (r && (!lead || r->severity.value_or(5) < lead->severity.value_or(5)))
            lead = r;
    }
    auto *dialog = new FormDialog(tr("New Incident from %n Alert(s)", nullptr, int(ids.size())), this);
    dialog->setObjectName(QStringLiteral("incidentFromAlertsDialog"));
    auto *title = fields::lineEdit(lead ? lead->title : QString(), QStringLiteral("title"), tr("Title"));
    auto *severity = fields::severityBox(Severity(lead && lead->severity ? *lead->severity : 3));
    auto *service = fields::serviceBox(*m_session.database(), lead ? lead->service : QString());
    dialog->form()->addRow(tr("&Title:"), title);
    dialog->form()->addRow(tr("&Severity:"), severity);
    dialog->form()->addRow(tr("S&ervice:"), service);
    dialog->form()->addRow(QString(), new QLabel(tr("Impact starts with the earliest alert; later alerts of the same groups join this incident.")));
    dialog->setOkText(tr("&Open Incident"));
    dialog->setCommit([this, ids, title, severity, service]() -> Done {
        NewIncident n;
        n.title = title->text();
        n.severity = Severity(severity->currentData().toInt());
        n.service = service->currentText().trimmed();
        auto id = alertEdits::openIncident(m_session, n, ids);
        if (!id)
            return fail(id.error());
        emit statusMessage(tr("Incident opened from %n alert(s).", nullptr, int(ids.size())));
        return {};
    });
    dialog->open();
}

void AlertsPage::muteCurrent(qint64 seconds)
{
    const QModelIndex i = m_table->currentIndex();
    const AlertListRow *r = i.isValid() ? m_model->rowAt(i.row()) : nullptr;
    if (!r)
        return;
    if (auto done = alertEdits::mute(m_session, r->source, r->dedupKey, Clock::nowMs() + seconds * 1000, r->title); !done)
        emit statusMessage(done.error());
}

void AlertsPage::unmuteCurrent()
{
    const QModelIndex i = m_table->currentIndex();
    const AlertListRow *r = i.isValid() ? m_model->rowAt(i.row()) : nullptr;
    if (!r)
        return;
    if (auto done = alertEdits::unmute(m_session, r->source, r->dedupKey, r->title); !done)
        emit statusMessage(done.error());
}

void AlertsPage::editRules()
{
    auto *dialog = new IntakeRulesDialog(m_session, this);
    dialog->open();
}

} // namespace sitrep::ui
