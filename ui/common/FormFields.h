#pragma once
// The fields the forms share (incident dialogs, opening an incident from alerts), built the same
// way everywhere: object names for tests, accessible names for screen readers.

#include "domain/Severity.h"
#include "storage/Database.h"

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace sitrep::ui::fields {

QComboBox *severityBox(Severity current);
// Editable: the known services, or a new name.
QComboBox *serviceBox(const Database &db, const QString &current);
QDateTimeEdit *timeEdit(qint64 ms, const QString &objectName);
QLineEdit *lineEdit(const QString &text, const QString &objectName, const QString &accessible);

} // namespace sitrep::ui::fields
