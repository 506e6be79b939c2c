#include "models/TimelineModel.h"

#include "domain/TimelineMessage.h"
#include "domain/Who.h"
#include "storage/TimelineStore.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace sitrep {

TimelineModel::TimelineModel(DatabasePtr db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)) {}

void TimelineModel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    reload();
}

void TimelineModel::reload()
{
    QList<TimelineEvent> events;
    if (m_incidentId != 0) {
        auto loaded = TimelineStore(*m_db).forIncident(m_incidentId);
        if (!loaded)
            emit loadFailed(loaded.error());
        else
            events = std::move(loaded.value());
    }
    beginResetModel();
    m_all = std::move(events);
    applyKindFilter();
    endResetModel();
}

void TimelineModel::applyKindFilter()
{
    m_events.clear();
    for (const TimelineEvent &e : std::as_const(m_all))
        if (m_kind.isEmpty() || e.kind == m_kind)
            m_events.append(e);
}

void TimelineModel::setKindFilter(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    beginResetModel();
    applyKindFilter();
    endResetModel();
}

const TimelineEvent *TimelineModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

int TimelineModel::rowOfEvent(qint64 eventId) const
{
    for (int row = 0; row < m_events.size(); ++row)
        if (m_events[row].id == eventId)
            return row;
    return -1;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("note"))
        return tr("Note");
    if (kind == QLatin1String("alert"))
        return tr("Alert");
    if (kind == QLatin1String("status"))
        return tr("Status");
    if (kind == QLatin1String("milestone"))
        return tr("Milestone");
    if (kind == QLatin1String("role"))
        return tr("Role");
    if (kind == QLatin1String("field"))
        return tr("Change");
    if (kind == QLatin1String("checklist"))
        return tr("Checklist");
    if (kind == QLatin1String("postmortem"))
        return tr("Postmortem");
    return tr("System");
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &e = m_events[index.row()];
    switch (role) {
    case KindKeyRole:
        return e.kind;
    case IsKeyEventRole:
        return e.isKeyEvent;
    case OccurredAtRole:
        return e.occurredAt;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(e.occurredAt).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")) +
                   QStringLiteral("\n") +
                   QDateTime::fromMSecsSinceEpoch(e.occurredAt, QTimeZone::UTC).toString(Qt::ISODate);
        if (index.column() == AuthorColumn && !e.dbUser.isEmpty())
            return tr("Written as database user %1").arg(e.dbUser);
        if (index.column() == TextColumn && e.editedAt && !e.editedBy.isEmpty())
            return tr("%1\n\nLast edited by %2 at %3.")
                .arg(timelineText(e), e.editedBy,
                     QDateTime::fromMSecsSinceEpoch(*e.editedAt).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        return index.column() == TextColumn ? timelineText(e) : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TimeColumn: {
            // The date only where it changes: the column stays narrow, the text gets the room.
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.occurredAt).toLocalTime();
            const bool sameDay = index.row() > 0 &&
                QDateTime::fromMSecsSinceEpoch(m_events[index.row() - 1].occurredAt).toLocalTime().date() == at.date();
            return at.toString(sameDay ? QStringLiteral("HH:mm:ss") : QStringLiteral("MM-dd HH:mm:ss"));
        }
        case KindColumn:
            return e.isKeyEvent ? QStringLiteral("★ ") + kindLabel(e.kind) : kindLabel(e.kind);
        case AuthorColumn:
            return whoText(e.author, e.dbUser);
        case TextColumn:
            return e.editedAt ? tr("%1 (edited)").arg(timelineText(e)) : timelineText(e);
        }
        return {};
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case AuthorColumn:
        return tr("Who");
    case TextColumn:
        return tr("What happened");
    }
    return {};
}

} // namespace sitrep
