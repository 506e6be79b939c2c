#pragma once
// Why intake refused a request: an HTTP status, a machine-readable reason and, for people, a
// message and the problems found (each naming where in the payload).

#include <QString>
#include <QStringList>

namespace sitrep::intake {

struct IntakeRejection
{
    int httpStatus = 400;
    QString reason;       // "malformed_json", "invalid_utf8", "invalid_payload",
                          // "unsupported_format" (another sender's body, or one we name but do
                          // not read), "too_large", "unknown_route", "method_not_allowed",
                          // "unauthorized", "overloaded", "storage_unavailable"
    QString message;
    QStringList errors;   // "alerts[2].startsAt: expected an RFC 3339 time"
};

} // namespace sitrep::intake
