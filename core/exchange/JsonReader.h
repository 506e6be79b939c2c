#pragma once
// Typed reads from a JSON object that remember where they are, so the first problem in a
// document can be reported as "$.incidents[3].severity: expected one of SEV1..SEV5".

#include "domain/IncidentStatus.h"
#include "domain/Severity.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sitrep::exchange {

class JsonReader
{
public:
    JsonReader(QJsonObject object, QString path, QString *error)
        : m_object(std::move(object)), m_path(std::move(path)), m_error(error) {}

    bool failed() const { return !m_error->isEmpty(); }
    const QString &path() const { return m_path; }
    QString at(const QString &key) const { return m_path + QLatin1Char('.') + key; }
    // Records the first problem only; later ones are usually consequences of it.
    void problem(const QString &where, const QString &what) const;

    QString string(const QString &key, bool required = true) const;
    std::optional<QString> nullableString(const QString &key) const;
    QStringList stringList(const QString &key) const;
    bool boolean(const QString &key) const;
    int integer(const QString &key, int min, int max) const;
    std::optional<int> nullableInteger(const QString &key, int min, int max) const;
    qint64 time(const QString &key) const;
    std::optional<qint64> nullableTime(const QString &key) const;
    QJsonObject object(const QString &key) const;
    QJsonArray array(const QString &key) const;
    QString oneOf(const QString &key, const QStringList &allowed) const;
    Severity severity(const QString &key) const;
    std::optional<int> nullableSeverity(const QString &key) const;
    IncidentStatus status(const QString &key) const;

    // Readers for the objects of an array member.
    JsonReader element(const QJsonArray &array, const QString &key, qsizetype index) const;

private:
    QJsonValue value(const QString &key, bool required) const;

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

} // namespace sitrep::exchange
