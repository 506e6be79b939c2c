// sitrepctl: Sitrep without a display — demo data, checks, migrations, import and export.
#include "CommandLine.h"
#include "util/AppIdentity.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sitrep::setApplicationIdentity();
    return sitrepctl::run(QCoreApplication::arguments());
}
