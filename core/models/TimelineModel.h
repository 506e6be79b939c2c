#pragma once
// One incident's timeline as a table: time (local), kind, author, text. An incident holds tens
// to hundreds of events, so they are read whole when the incident changes.

#include "domain/TimelineEvent.h"
#include "storage/Database.h"

#include <QAbstractTableModel>

namespace sitrep {

class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, AuthorColumn, TextColumn, ColumnCount };
    enum Role { KindKeyRole = Qt::UserRole + 1, IsKeyEventRole, OccurredAtRole };

    explicit TimelineModel(DatabasePtr db, QObject *parent = nullptr);

    void setIncident(qint64 incidentId);   // 0 clears
    qint64 incidentId() const { return m_incidentId; }
    // Re-reads the events (after a write), as a reset; rowOfEvent() finds an event again.
    void reload();
    // Only events of this kind ("note", "alert", ...); empty shows all.
    void setKindFilter(const QString &kind);
    const TimelineEvent *eventAt(int row) const;
    int rowOfEvent(qint64 eventId) const;
    const QList<TimelineEvent> &allEvents() const { return m_all; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindLabel(const QString &kind);

signals:
    void loadFailed(const QString &message);

private:
    void applyKindFilter();

    DatabasePtr m_db;
    qint64 m_incidentId = 0;
    QList<TimelineEvent> m_all;
    QList<TimelineEvent> m_events;   // m_all through the kind filter
    QString m_kind;
};

} // namespace sitrep
