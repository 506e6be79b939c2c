#include "util/Log.h"

Q_LOGGING_CATEGORY(lcStorage, "sitrep.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "sitrep.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExchange, "sitrep.exchange", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIntake, "sitrep.intake", QtInfoMsg)
