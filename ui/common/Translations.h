#pragma once
// Loads Qt's own and Sitrep's catalogues for a locale (embedded under :/i18n).

#include <QLocale>

class QCoreApplication;

namespace sitrep::ui {

// Returns true when a Sitrep catalogue for the locale was found and installed; otherwise the
// English one is installed (for its plural forms) and it returns false.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace sitrep::ui
