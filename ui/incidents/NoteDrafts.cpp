#include "incidents/NoteDrafts.h"

#include <QCryptographicHash>
#include <QSettings>

namespace sitrep::ui::noteDrafts {

namespace {

// One group per database file: its path, hashed (paths make poor settings keys).
QString key(const QString &databasePath, qint64 incidentId)
{
    const QByteArray hash = QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("noteDrafts/%1/%2").arg(QString::fromLatin1(hash)).arg(incidentId);
}

} // namespace

QString load(const QString &databasePath, qint64 incidentId)
{
    if (incidentId == 0)
        return {};
    return QSettings().value(key(databasePath, incidentId)).toString();
}

void save(const QString &databasePath, qint64 incidentId, const QString &text)
{
    if (incidentId == 0)
        return;
    QSettings settings;
    if (text.trimmed().isEmpty())
        settings.remove(key(databasePath, incidentId));
    else
        settings.setValue(key(databasePath, incidentId), text);
    settings.sync();  // a crash a second later must not take the draft with it
}

} // namespace sitrep::ui::noteDrafts
