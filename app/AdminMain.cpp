// writecarenotes-admin: the command line for whoever runs the database server.

#include "AdminCommandLine.h"
#include "common/AppTranslations.h"
#include "common/Version.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("writecarenotes-admin"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(Wcn::organizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Wcn::version));
    AppTranslations::install(app);

    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return AdminCommandLine(in, out, err).run(QCoreApplication::arguments());
}
