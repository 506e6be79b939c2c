#include "common/FormFields.h"

#include "common/FormDialog.h"
#include "domain/Severity.h"
#include "storage/IncidentStore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>

namespace sitrep::ui::fields {

QComboBox *severityBox(Severity current)
{
    auto *box = new QComboBox;
    box->setObjectName(QStringLiteral("severity"));
    for (int s = 1; s <= severityCount; ++s)
        box->addItem(QStringLiteral("%1 — %2").arg(severityLabel(Severity(s)), severityMeaning(Severity(s))), s);
    box->setCurrentIndex(int(current) - 1);
    box->setAccessibleName(FormDialog::tr("Severity"));
    return box;
}

QComboBox *serviceBox(const Database &db, const QString &current)
{
    auto *box = new QComboBox;
    box->setObjectName(QStringLiteral("service"));
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItem(QString());
    if (auto services = IncidentStore(db).services())
        for (const Service &s : services.value())
            box->addItem(s.name);
    box->setCurrentText(current);
    box->lineEdit()->setPlaceholderText(FormDialog::tr("none"));
    box->setAccessibleName(FormDialog::tr("Service"));
    return box;
}

QDateTimeEdit *timeEdit(qint64 ms, const QString &objectName)
{
    auto *edit = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime());
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    edit->setCalendarPopup(true);
    return edit;
}

QLineEdit *lineEdit(const QString &text, const QString &objectName, const QString &accessible)
{
    auto *edit = new QLineEdit(text);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessible);
    return edit;
}

} // namespace sitrep::ui::fields
