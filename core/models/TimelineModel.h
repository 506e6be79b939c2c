#pragma once
// One incident's timeline as a table: time (local), kind, author, text. An incident holds tens
// to hundreds of events, so they are read whole when the incident changes; during an alert storm
// it grows to tens of thousands, so that after someone else's write they are read off the GUI
// thread (refresh()) and only what changed reaches the views.

#include "domain/TimelineEvent.h"
#include "storage/Database.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>

namespace sitrep {

class BackgroundReader;

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
    // Re-reads the events after someone else's write, on a thread of its own (BackgroundReader),
    // which also compares them with those shown; the GUI thread then applies what changed: events
    // added after those shown as inserted rows, edited ones as changed rows, anything else as a
    // reset. Refreshes asked for while one reads are one more read, which waits as long as the
    // last read took (a storm's reads never take more than half of a core from intake).
    void refresh();
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
    struct Refreshed;
    void startRefresh();
    void applyRefresh(Refreshed &fresh);

    DatabasePtr m_db;
    qint64 m_incidentId = 0;
    QList<TimelineEvent> m_all;
    QList<TimelineEvent> m_events;   // m_all through the kind filter
    QString m_kind;
    BackgroundReader *m_reader = nullptr;
    int m_generation = 0;   // of the incident and the synchronous reads: a late refresh drops
    bool m_refreshing = false;     // a refresh reads, or waits to
    bool m_refreshAgain = false;
    QElapsedTimer m_sinceRead;     // since the last refresh's read ended
    qint64 m_lastReadMs = 0;
    QList<QList<TimelineEvent>> m_replaced;   // freed by the next refresh, on its thread
};

} // namespace sitrep
