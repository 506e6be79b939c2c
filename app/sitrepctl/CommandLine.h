#pragma once
// Reads `sitrepctl <command> [options] [args]` and dispatches to the command's function.

#include <QStringList>

namespace sitrepctl {

// Exit codes: 0 success, 1 the command failed or found problems, 2 the command line is wrong.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

int run(const QStringList &arguments);

} // namespace sitrepctl
