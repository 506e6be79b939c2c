#include "models/TimelineModel.h"

#include "domain/TimelineMessage.h"
#include "domain/Who.h"
#include "models/BackgroundReader.h"
#include "storage/TimelineStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <QLocale>
#include <QTimeZone>

#include <memory>

namespace sitrep {

namespace {

// What a view shows of an event (or what its actions use) is unchanged. The message and its
// parameters are left out: they are written once, with the event.
bool sameAsShown(const TimelineEvent &a, const TimelineEvent &b)
{
    return a.id == b.id && a.occurredAt == b.occurredAt && a.isKeyEvent == b.isKeyEvent && a.editedAt == b.editedAt &&
           a.kind == b.kind && a.author == b.author && a.body == b.body && a.alertId == b.alertId &&
           a.dbUser == b.dbUser && a.editedBy == b.editedBy;
}

} // namespace

TimelineModel::TimelineModel(DatabasePtr db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)) {}

void TimelineModel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    reload();
}

void TimelineModel::reload()
{
    ++m_generation;
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

// What a refresh read, compared on the reader's thread with what was shown when it began.
struct TimelineModel::Refreshed
{
    QList<TimelineEvent> all;
    QList<TimelineEvent> shown;      // all through the kind filter
    bool sameRowsFirst = false;      // the rows shown before are shown's first rows, in order
    qsizetype firstChanged = -1;     // of those, the first and last whose content changed
    qsizetype lastChanged = -1;
    double readMs = 0;
};

void TimelineModel::refresh()
{
    if (m_incidentId == 0)
        return;
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    // Reads at most half the time: the next one waits as long as the last one took.
    const qint64 wait = m_sinceRead.isValid() ? m_lastReadMs - m_sinceRead.elapsed() : 0;
    if (wait <= 0) {
        startRefresh();
        return;
    }
    m_refreshing = true;
    QTimer::singleShot(int(wait), this, &TimelineModel::startRefresh);
}

void TimelineModel::startRefresh()
{
    if (!m_reader)
        m_reader = new BackgroundReader(m_db, this);
    m_refreshing = true;
    m_refreshAgain = false;
    // The lists a refresh replaced go with this read, to be freed on the reader's thread: freeing
    // tens of thousands of events is milliseconds the GUI thread need not spend.
    m_reader->read([this, incidentId = m_incidentId, generation = m_generation, kind = m_kind, before = m_events,
                    discard = std::exchange(m_replaced, {})](const Database &db) -> std::function<void()> {
        QElapsedTimer took;
        took.start();
        auto loaded = TimelineStore(db).forIncident(incidentId);
        auto fresh = std::make_shared<Refreshed>();
        if (loaded) {
            fresh->all = std::move(loaded.value());
            if (kind.isEmpty())
                fresh->shown = fresh->all;   // shared, not copied
            else
                for (const TimelineEvent &e : std::as_const(fresh->all))
                    if (e.kind == kind)
                        fresh->shown.append(e);
            // The usual change (alerts arriving): the rows shown are still there, in the same
            // order, and new ones follow them.
            const qsizetype kept = before.size();
            fresh->sameRowsFirst = fresh->shown.size() >= kept;
            for (qsizetype row = 0; fresh->sameRowsFirst && row < kept; ++row)
                fresh->sameRowsFirst = fresh->shown[row].id == before[row].id;
            for (qsizetype row = 0; fresh->sameRowsFirst && row < kept; ++row) {
                if (!sameAsShown(fresh->shown[row], before[row])) {
                    if (fresh->firstChanged < 0)
                        fresh->firstChanged = row;
                    fresh->lastChanged = row;
                }
            }
        }
        fresh->readMs = took.nsecsElapsed() / 1e6;
        return [this, generation, fresh, error = loaded ? QString() : loaded.error()] {
            m_refreshing = false;
            m_lastReadMs = qint64(fresh->readMs);
            m_sinceRead.start();
            if (generation == m_generation) {
                if (!error.isEmpty())
                    emit loadFailed(error);
                else
                    applyRefresh(*fresh);
            }
            if (m_refreshAgain)
                refresh();
        };
    });
}

void TimelineModel::applyRefresh(Refreshed &fresh)
{
    m_replaced = {std::move(m_all), m_events};
    if (!fresh.sameRowsFirst) {
        beginResetModel();
        m_all = std::move(fresh.all);
        m_events = std::move(fresh.shown);
        endResetModel();
        return;
    }
    const qsizetype kept = m_events.size();
    m_all = std::move(fresh.all);
    if (fresh.shown.size() > kept) {
        beginInsertRows({}, int(kept), int(fresh.shown.size()) - 1);
        m_events = std::move(fresh.shown);
        endInsertRows();
    } else {
        m_events = std::move(fresh.shown);
    }
    // The next row too: a row's time shows its date only where the day changes.
    if (fresh.firstChanged >= 0)
        emit dataChanged(index(int(fresh.firstChanged), 0), index(int(std::min(fresh.lastChanged + 1, kept - 1)), ColumnCount - 1));
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
    ++m_generation;   // a refresh on its way filtered by the old kind
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
