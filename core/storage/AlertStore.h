#pragma once

#include "domain/Alert.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <functional>

namespace sitrep {

class AlertStore
{
public:
    explicit AlertStore(const Database &db) : m_db(db) {}

    // Every alert in id order.
    Done forEach(const std::function<void(const Alert &)> &visit) const;
    Result<QList<Alert>> forIncident(qint64 incidentId) const;

private:
    Done query(const QString &where, const QVariantList &binds,
               const std::function<void(const Alert &)> &visit) const;
    const Database &m_db;
};

} // namespace sitrep
