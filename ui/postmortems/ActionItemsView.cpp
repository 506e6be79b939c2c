#include "postmortems/ActionItemsView.h"
#include "common/ReloadOnChange.h"

#include "common/Dialogs.h"
#include "common/Session.h"
#include "domain/Incident.h"
#include "postmortems/PostmortemEdits.h"
#include "storage/IncidentStore.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitrep::ui {

ActionItemsView::ActionItemsView(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("actionItemsView"));
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_owner->setAccessibleName(tr("Owner"));
    m_service = new QComboBox;
    m_service->setObjectName(QStringLiteral("actionService"));
    m_service->setAccessibleName(tr("Service"));
    m_closed = new QCheckBox(tr("Show done"));
    m_rate = new QLabel;
    m_rate->setObjectName(QStringLiteral("actionRate"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_owner);
    filters->addWidget(m_service);
    filters->addWidget(m_closed);
    filters->addStretch(1);
    filters->addWidget(m_rate);
    m_table = new QTableWidget(0, 7);
    m_table->setObjectName(QStringLiteral("actionItemsTable"));
    m_table->setAccessibleName(tr("Action items"));
    m_table->setHorizontalHeaderLabels({tr("Done"), tr("Action"), tr("Owner"), tr("Due"), tr("Priority"), tr("Incident"), tr("Service")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != 0 || m_table->signalsBlocked())
            return;
        const int row = item->row();
        const bool done = item->checkState() == Qt::Checked;
        QMetaObject::invokeMethod(this, [this, row, done] { setDone(row, done); }, Qt::QueuedConnection);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_rows.size())
            emit openPostmortemRequested(m_rows[row].item.postmortemId);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    connect(m_owner, &QComboBox::activated, this, &ActionItemsView::reload);
    connect(m_service, &QComboBox::activated, this, &ActionItemsView::reload);
    connect(m_closed, &QCheckBox::toggled, this, &ActionItemsView::reload);
    reloadOnChange(m_session, this, [](const ChangeSet &c) {
        return c.touches(QStringLiteral("action_items")) || c.touches(QStringLiteral("postmortems")) ||
               c.touches(QStringLiteral("incidents"));
    }, [this] { reload(); });
    reload();
}

void ActionItemsView::reload()
{
    const PostmortemStore store(*m_session.database());
    // Owners and services to filter by, keeping the current choice.
    const auto refill = [](QComboBox *box, const QStringList &values, const QString &all) {
        const QString chosen = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &v : values)
            box->addItem(v, v);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    };
    const auto owners = store.actionItemOwners();
    refill(m_owner, owners ? *owners : QStringList(), tr("All owners"));
    QStringList services;
    if (auto list = IncidentStore(*m_session.database()).services())
        for (const Service &s : *list)
            services << s.name;
    refill(m_service, services, tr("All services"));

    ActionItemFilter f;
    f.owner = m_owner->currentData().toString();
    f.service = m_service->currentData().toString();
    f.includeClosed = m_closed->isChecked();
    const qint64 now = Clock::nowMs();
    auto rows = store.actionItemRows(f, now);
    m_rows = rows ? rows->mid(0, maxRows) : QList<ActionItemRow>();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_rows.size()));
    const QBrush overdue(QColor(0xd3, 0x2f, 0x2f));
    for (int r = 0; r < m_rows.size(); ++r) {
        const ActionItemRow &row = m_rows[r];
        const ActionItem &a = row.item;
        const bool late = a.dueAt && *a.dueAt < now && (a.status == QLatin1String("open") || a.status == QLatin1String("in_progress"));
        auto *done = new QTableWidgetItem;
        done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        done->setCheckState(a.status == QLatin1String("done") ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(r, 0, done);
        m_table->setItem(r, 1, new QTableWidgetItem(a.title));
        m_table->setItem(r, 2, new QTableWidgetItem(a.owner));
        auto *due = new QTableWidgetItem(a.dueAt ? QDateTime::fromMSecsSinceEpoch(*a.dueAt).toLocalTime().date().toString(Qt::ISODate)
                                                       + (late ? QStringLiteral("  ") + tr("overdue") : QString())
                                                 : QString());
        if (late)
            due->setForeground(overdue);
        m_table->setItem(r, 3, due);
        m_table->setItem(r, 4, new QTableWidgetItem(a.priority));
        m_table->setItem(r, 5, new QTableWidgetItem(QStringLiteral("%1 %2").arg(Incident::publicIdFor(row.incidentNumber), row.incidentTitle)));
        m_table->setItem(r, 6, new QTableWidgetItem(row.service));
    }
    if (auto rate = store.doneRate(); rate && rate->second > 0)
        m_rate->setText(tr("%1% done of %2 action items").arg(qRound(rate->first * 100)).arg(rate->second)
                        + (rows && rows->size() > maxRows ? QStringLiteral(" · ") + tr("showing the first %1; filter to narrow").arg(maxRows) : QString()));
    else
        m_rate->setText(tr("No action items yet"));
}

void ActionItemsView::setDone(int row, bool done)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const ActionItem before = m_rows[row].item;
    ActionItem after = before;
    after.status = done ? QStringLiteral("done") : QStringLiteral("open");
    after.completedAt.reset();
    if (auto result = postmortemEdits::updateActionItem(m_session, before, after); !result)
        dialogs::showError(this, tr("Action item not changed"), result.error());
    reload();
}

} // namespace sitrep::ui
