#pragma once
// SIGINT and SIGTERM end the event loop cleanly (QCoreApplication::quit), for the commands that
// run until stopped (serve, tail): the handler only writes a byte to a socket pair, which the
// event loop reads; everything else happens there.

#include <QString>

namespace sitrepctl {

// Installs the handlers; false (with the reason) when the socket pair cannot be made.
bool quitOnSignal(QString *error);

} // namespace sitrepctl
