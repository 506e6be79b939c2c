#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace sitrep::ui {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("sitrep"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        return true;
    }
    // No catalogue for this language: English, whose catalogue holds the plural forms
    // ("1 alert", "2 alerts") that the source strings only spell as "alert(s)".
    if (ours->load(QStringLiteral(":/i18n/sitrep_en")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    return false;
}

} // namespace sitrep::ui
