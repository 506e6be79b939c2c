#pragma once
// Reads the members of a JSON payload and notes every problem with its path
// ("alerts[2].labels.severity: expected a string"), so a sender learns all that is wrong at once.

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace sitrep::intake {

class PayloadReader
{
public:
    PayloadReader(QJsonObject object, QString path, QStringList *errors)
        : m_object(std::move(object)), m_path(std::move(path)), m_errors(errors) {}

    const QJsonObject &object() const { return m_object; }
    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    void problem(const QString &where, const QString &what) const;
    bool has(const QString &key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }

    // Missing or null: "" (and a problem when required). Anything but a string: a problem.
    QString string(const QString &key, bool required) const;
    // A string, number or boolean as text (senders disagree on types, e.g. Grafana's orgId).
    QString scalarText(const QString &key) const;
    QJsonObject object(const QString &key, bool required) const;
    // An object whose members are all strings (Prometheus labels).
    QJsonObject stringMap(const QString &key, bool required) const;
    QJsonArray array(const QString &key, bool required) const;
    // RFC 3339; nullopt when missing (a problem when required) or Go's zero time.
    std::optional<qint64> time(const QString &key, bool required) const;
    QString oneOf(const QString &key, const QStringList &allowed, bool required) const;
    PayloadReader element(const QJsonArray &array, const QString &key, qsizetype index) const;

private:
    QJsonObject m_object;
    QString m_path;
    QStringList *m_errors;
};

} // namespace sitrep::intake
