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
    // An object of strings (Prometheus labels). Numbers and booleans are taken as their text
    // and null members as absent (relays and scripts send them); arrays and objects are problems.
    QJsonObject stringMap(const QString &key, bool required) const;
    QJsonArray array(const QString &key, bool required) const;
    // A time: RFC 3339, ISO 8601 with a zone offset, or epoch seconds or milliseconds (a number
    // or digits). nullopt when missing, empty or Go's zero time. A time that cannot be read is
    // never a problem (the alert is real all the same): nullopt, and *unreadable is set to what
    // was sent, so that the adapter falls back to the time received and says so.
    std::optional<qint64> time(const QString &key, QString *unreadable) const;
    // Compared without case ("Critical" is critical); returns the allowed spelling.
    QString oneOf(const QString &key, const QStringList &allowed, bool required) const;
    PayloadReader element(const QJsonArray &array, const QString &key, qsizetype index) const;

private:
    QJsonObject m_object;
    QString m_path;
    QStringList *m_errors;
};

} // namespace sitrep::intake
