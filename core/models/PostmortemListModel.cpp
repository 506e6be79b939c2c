#include "models/PostmortemListModel.h"

#include "domain/Incident.h"
#include "domain/Postmortem.h"
#include "domain/Severity.h"

#include <QDateTime>

namespace sitrep {

PostmortemListModel::PostmortemListModel(DatabasePtr db, QObject *parent)
    : IdListModel(parent), m_db(std::move(db)), m_query(*m_db)
{
    reload();
}

int PostmortemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Result<QList<qint64>> PostmortemListModel::fetchIds() const
{
    return m_query.orderedIds(m_filter);
}

IdListModel::IdReader PostmortemListModel::idReader() const
{
    return [filter = m_filter](const Database &db) { return PostmortemListQuery(db).orderedIds(filter); };
}

const PostmortemListRow *PostmortemListModel::rowAt(int row) const
{
    QString error;
    const PostmortemListRow *r = m_rows.rowAt(ids(), row, [this](const QList<qint64> &page) { return m_query.rows(page); }, &error);
    if (!error.isEmpty())
        setError(error);
    return r;
}

void PostmortemListModel::setFilter(const PostmortemFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

QString PostmortemListModel::statusLabel(const QString &status)
{
    return postmortemStatusLabel(status);
}

QVariant PostmortemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostmortemListRow *r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case PostmortemIdRole: return r->id;
    case SeverityRole: return r->severity;
    case IncidentIdRole: return r->incidentId;
    case IsDraftRole: return r->status != QLatin1String("published");
    case Qt::ToolTipRole: return index.column() == TitleColumn ? r->title : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case IncidentColumn: return Incident::publicIdFor(r->incidentNumber);
        case SeverityColumn: return severityLabel(Severity(r->severity));
        case TitleColumn: return r->title;
        case StatusColumn: return statusLabel(r->status);
        case AuthorColumn: return r->author;
        case UpdatedColumn: return QDateTime::fromMSecsSinceEpoch(r->updatedAt).toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
        case ActionsColumn: return r->openActionItems > 0 ? tr("%1 open").arg(r->openActionItems) : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant PostmortemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return IdListModel::headerData(section, orientation, role);
    switch (section) {
    case IncidentColumn: return tr("Incident");
    case SeverityColumn: return tr("Sev", "short for severity, as a column header");
    case TitleColumn: return tr("Postmortem");
    case StatusColumn: return tr("Status");
    case AuthorColumn: return tr("Author");
    case UpdatedColumn: return tr("Updated");
    case ActionsColumn: return tr("Actions");
    }
    return {};
}

} // namespace sitrep
