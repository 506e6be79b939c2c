#pragma once

#include <QHostAddress>
#include <QString>

namespace sitrepctl {

struct ServeArgs
{
    QString db;
    QString listen = QStringLiteral("127.0.0.1:9797");
    QString tokenFile;
};

// Runs webhook intake until SIGINT or SIGTERM; answers what is queued before it exits.
int serve(const ServeArgs &args);

} // namespace sitrepctl
