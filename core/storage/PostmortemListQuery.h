#pragma once
// The postmortem list: ids (newest first, filtered by status and full text in SQL) and a page of
// display rows. A large history holds hundreds of thousands; the list stays lazy.

#include "storage/Database.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace sitrep {

struct PostmortemFilter
{
    QString status;            // "", "draft", "in_review", "published"
    QString text;
    bool operator==(const PostmortemFilter &) const = default;
};

struct PostmortemListRow
{
    qint64 id = 0;
    qint64 incidentId = 0;
    int incidentNumber = 0;
    int severity = 3;
    QString title;
    QString status;
    QString author;
    QString service;
    qint64 updatedAt = 0;
    int openActionItems = 0;
};

class PostmortemListQuery
{
public:
    explicit PostmortemListQuery(const Database &db) : m_db(db) {}
    Result<QList<qint64>> orderedIds(const PostmortemFilter &filter) const;
    Result<QList<PostmortemListRow>> rows(const QList<qint64> &ids) const;

private:
    const Database &m_db;
};

} // namespace sitrep
