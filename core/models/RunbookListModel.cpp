#include "models/RunbookListModel.h"

#include "runbooks/RunbookLibrary.h"
#include "storage/RunbookStore.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QSet>

namespace sitrep {

RunbookListModel::RunbookListModel(DatabasePtr db, QObject *parent) : QAbstractTableModel(parent), m_db(std::move(db))
{
    reload();
}

void RunbookListModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

bool RunbookListModel::isStale(const Row &r) const
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(Clock::nowMs()).toLocalTime().date();
    return !r.reviewed || r.reviewed->daysTo(today) > staleAfterDays;
}

void RunbookListModel::reload()
{
    const RunbookStore store(*m_db);
    std::optional<QSet<qint64>> matching;
    if (!m_filter.text.trimmed().isEmpty()) {
        const auto ids = store.search(m_filter.text);
        matching = ids ? QSet<qint64>(ids->begin(), ids->end()) : QSet<qint64>();
    }
    QList<Row> rows;
    QSet<QString> owners, services;
    // Runbooks are stored only when they parse, so every one is here.
    const auto all = RunbookLibrary(*m_db).parsedAll();
    for (const ParsedRunbook &p : all ? *all : QList<ParsedRunbook>()) {
        const Runbook &r = p.runbook;
        const Row row{r, p.document.services, p.document.lastReviewed, int(p.document.steps.size())};
        if (!r.owner.isEmpty())
            owners.insert(r.owner);
        for (const QString &s : std::as_const(row.services))
            services.insert(s);
        if (matching && !matching->contains(r.id))
            continue;
        if (!m_filter.service.isEmpty() && !row.services.contains(m_filter.service, Qt::CaseInsensitive))
            continue;
        if (!m_filter.owner.isEmpty() && r.owner != m_filter.owner)
            continue;
        if (m_filter.staleOnly && !isStale(row))
            continue;
        rows << row;
    }
    m_owners = QStringList(owners.begin(), owners.end());
    m_owners.sort(Qt::CaseInsensitive);
    m_services = QStringList(services.begin(), services.end());
    m_services.sort(Qt::CaseInsensitive);
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.runbook.title.localeAwareCompare(b.runbook.title) < 0; });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RunbookListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunbookListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Runbook *RunbookListModel::runbookAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].runbook : nullptr;
}

int RunbookListModel::rowOfRunbook(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].runbook.id == id)
            return i;
    return -1;
}

QStringList RunbookListModel::owners() const
{
    return m_owners;
}

QStringList RunbookListModel::services() const
{
    return m_services;
}

QVariant RunbookListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    const QDate today = QDateTime::fromMSecsSinceEpoch(Clock::nowMs()).toLocalTime().date();
    const bool stale = isStale(r);
    switch (role) {
    case RunbookIdRole: return r.runbook.id;
    case IsStaleRole: return stale;
    case OwnerRole: return r.runbook.owner;
    case ServicesRole: return r.services;
    case SlugRole: return r.runbook.slug;
    case Qt::ToolTipRole:
        if (index.column() == ReviewedColumn && stale)
            return r.reviewed ? tr("Not reviewed for %n day(s)", nullptr, int(r.reviewed->daysTo(today))) : tr("Never reviewed");
        if (index.column() == TitleColumn)
            return r.runbook.sourcePath.isEmpty() ? tr("Stored in the database only") : r.runbook.sourcePath;
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TitleColumn: return r.runbook.title;
        case ServicesColumn: return r.services.join(QStringLiteral(", "));
        case OwnerColumn: return r.runbook.owner;
        case ReviewedColumn:
            if (!r.reviewed)
                return tr("never");
            return stale ? tr("%1 (stale)").arg(r.reviewed->toString(Qt::ISODate)) : r.reviewed->toString(Qt::ISODate);
        case VersionColumn: return tr("v%1 · %n step(s)", nullptr, r.steps).arg(r.runbook.version);
        }
        return {};
    default:
        return {};
    }
}

QVariant RunbookListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Runbook");
    case ServicesColumn: return tr("Services");
    case OwnerColumn: return tr("Owner");
    case ReviewedColumn: return tr("Last reviewed");
    case VersionColumn: return tr("Version");
    }
    return {};
}

} // namespace sitrep
