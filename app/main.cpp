// writecarenotes: the station application.

#include "ConnectionSettings.h"
#include "DatabaseStartup.h"
#include "EmbeddedServer.h"
#include "MainWindow.h"
#include "TerminationSignalWatcher.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstring>
#include <memory>

namespace {

struct Options
{
    QCommandLineOption database{QStringLiteral("db"),
                                QCoreApplication::translate("main", "Connect to this PostgreSQL server instead of the "
                                                                    "database on this computer: a libpq connection "
                                                                    "string (\"host=... dbname=... sslmode=...\") or a "
                                                                    "postgresql:// address."),
                                QCoreApplication::translate("main", "conninfo")};
    QCommandLineOption dataDirectory{QStringLiteral("data-dir"),
                                     QCoreApplication::translate("main", "Keep the database on this computer in this "
                                                                         "folder."),
                                     QCoreApplication::translate("main", "folder")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Write Care Notes: care recording for care homes.\n\nWith no server "
                                            "configured (--db, or database/conninfo in the settings file) it keeps its "
                                            "database on this computer."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.database);
    parser.addOption(options.dataDirectory);
}

void nameApplication()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(Wcn::applicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(Wcn::organizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Wcn::version));
}

// --help and --version must work without a display, and a QApplication cannot even be created without one.
bool asksOnlyForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

void installTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QString::fromLatin1(Wcn::applicationName), QStringLiteral("_"),
                   QStringLiteral(":/translations")))
        QCoreApplication::installTranslator(ours);
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        QCommandLineParser parser;
        Options options;
        describe(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Write Care Notes"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/writecarenotes.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    parser.process(app);

    QSettings settings;
    const QString conninfo = parser.isSet(options.database)
                                 ? parser.value(options.database)
                                 : settings.value(QStringLiteral("database/conninfo")).toString();

    std::unique_ptr<DatabaseStartup> startup;
    QString configurationError;
    if (!conninfo.trimmed().isEmpty()) {
        const ConnectionSettings server = ConnectionSettings::fromConnInfo(conninfo, &configurationError);
        if (server.isValid())
            startup = std::make_unique<DatabaseStartup>(server);
    } else {
        EmbeddedServer::Options embedded = EmbeddedServer::defaultOptions();
        if (parser.isSet(options.dataDirectory))
            embedded.baseDirectory = parser.value(options.dataDirectory);
        startup = std::make_unique<DatabaseStartup>(embedded);
    }

    // A logout or Ctrl+C closes the window in order, so the embedded server is stopped below.
    TerminationSignalWatcher terminationSignals;
    int exitCode = 0;
    {
        MainWindow window;
        QObject::connect(&terminationSignals, &TerminationSignalWatcher::terminationRequested, &window,
                         &QWidget::close);
        window.show();
        if (startup)
            window.startDatabase(startup.get());
        else
            window.showStartupError(configurationError);
        exitCode = QApplication::exec();
    }
    // The window has closed its connection; now the embedded server may stop if this was its last user.
    if (startup)
        startup->shutDown();
    return exitCode;
}
