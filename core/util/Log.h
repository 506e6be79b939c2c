#pragma once
// Logging categories, so a user can turn on one area: QT_LOGGING_RULES="sitrep.storage.debug=true".

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcExchange)
Q_DECLARE_LOGGING_CATEGORY(lcIntake)
