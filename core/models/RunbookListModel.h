#pragma once
// The runbook library as a list: title, services, owner, last reviewed (stale ones flagged),
// version, where it comes from. A library holds tens to hundreds of runbooks, so the model reads
// them all and filters in memory; text search goes through the full-text index.

#include "domain/Runbook.h"
#include "domain/RunbookDocument.h"
#include "storage/Database.h"

#include <QAbstractTableModel>

namespace sitrep {

class RunbookListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, ServicesColumn, OwnerColumn, ReviewedColumn, VersionColumn, ColumnCount };
    enum Role { RunbookIdRole = Qt::UserRole + 1, IsStaleRole, OwnerRole, ServicesRole, SlugRole };
    static constexpr int staleAfterDays = 180;

    explicit RunbookListModel(DatabasePtr db, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Filter
    {
        QString text;
        QString service;
        QString owner;
        bool staleOnly = false;
        bool operator==(const Filter &) const = default;
    };
    void setFilter(const Filter &filter);
    void reload();
    const Runbook *runbookAt(int row) const;
    int rowOfRunbook(qint64 id) const;
    QStringList owners() const;
    QStringList services() const;

private:
    struct Row
    {
        Runbook runbook;
        QStringList services;
        std::optional<QDate> reviewed;
        int steps = 0;
    };
    bool isStale(const Row &row) const;
    DatabasePtr m_db;
    Filter m_filter;
    QList<Row> m_rows;
    QStringList m_owners;
    QStringList m_services;
};

} // namespace sitrep
