// writecarenotes: the station application.

#include "ReadinessReporter.h"
#include "common/AppTranslations.h"
#include "common/Version.h"
#include "database/ConnectionSettings.h"
#include "server/EmbeddedServer.h"
#include "server/TerminationSignalWatcher.h"
#include "startup/DatabaseStartup.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QThreadPool>

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
                                                                         "folder (and its key in <folder>-keys)."),
                                     QCoreApplication::translate("main", "folder")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Open a fictional care home to look around in, in a "
                                                                "database of its own (real records are never "
                                                                "touched); the sign-in page shows its staff's "
                                                                "sign-in details.")};
    QCommandLineOption quitWhenReady{
        QStringLiteral("quit-when-ready"),
        QCoreApplication::translate("main", "Print \"ready\" and quit as soon as the window can be used (the database "
                                            "open and the sign-in page drawn), to measure the start-up.")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Write Care Notes: care recording for care homes.\n\nWith no server "
                                            "configured (--db, or database/conninfo in the settings file) it keeps its "
                                            "database on this computer."));
    parser.addOption(options.database);
    parser.addOption(options.dataDirectory);
    parser.addOption(options.demo);
    parser.addOption(options.quitWhenReady);
}

void nameApplication()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(Wcn::applicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(Wcn::organizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Wcn::version));
}

// Whether the command line needs an answer (--help, --version, or a mistake) rather than the application: those
// must work without a display, and a QApplication cannot even be created without one.
bool wantsOnlyAnAnswer(const QStringList &arguments)
{
    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    return !parser.parse(arguments) || parser.isSet(help) || parser.isSet(version) ||
           parser.isSet(QStringLiteral("help-all")) || !parser.positionalArguments().isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (wantsOnlyAnAnswer(arguments)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        QCommandLineParser parser;
        Options options;
        describe(parser, options);
        parser.addHelpOption();
        parser.addVersionOption();
        parser.process(app); // prints the help, the version or the mistake, and exits
        if (!parser.positionalArguments().isEmpty())
            parser.showHelp(2);
        return 0;
    }

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Write Care Notes"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/writecarenotes.svg")));
    AppTranslations::install(app);

    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QSettings settings;
    const QString conninfo = parser.isSet(options.database)
                                 ? parser.value(options.database)
                                 : settings.value(QStringLiteral("database/conninfo")).toString();

    std::unique_ptr<DatabaseStartup> startup;
    QString configurationError;
    if (parser.isSet(options.demo)) {
        if (parser.isSet(options.database))
            configurationError = QApplication::translate("main", "--demo opens a database of its own on this "
                                                                 "computer: it cannot be used with --db.");
        EmbeddedServer::Options embedded = EmbeddedServer::demoOptions();
        if (parser.isSet(options.dataDirectory))
            embedded.baseDirectory = parser.value(options.dataDirectory);
        if (configurationError.isEmpty()) {
            startup = std::make_unique<DatabaseStartup>(embedded);
            startup->setDemo(true);
        }
    } else if (!conninfo.trimmed().isEmpty()) {
        const Result<ConnectionSettings> server = ConnectionSettings::fromConnInfo(conninfo);
        if (server.ok())
            startup = std::make_unique<DatabaseStartup>(server.value);
        else
            configurationError = server.message;
        if (parser.isSet(options.database) && !server.value.value(QStringLiteral("password")).isEmpty())
            qWarning("%s", qPrintable(QApplication::translate("main", "A password given with --db can be read by other "
                                                                      "users of this computer in the process list: "
                                                                      "keep it in a .pgpass file instead.")));
    } else {
        EmbeddedServer::Options embedded = EmbeddedServer::defaultOptions();
        if (parser.isSet(options.dataDirectory)) {
            embedded.baseDirectory = parser.value(options.dataDirectory);
            // Another database has another key: beside its folder ("<folder>-keys"), unless the settings name one.
            if (!settings.contains(QStringLiteral("embedded/keyDirectory")))
                embedded.keyDirectory.clear();
        }
        startup = std::make_unique<DatabaseStartup>(embedded);
    }

    // A logout or Ctrl+C closes the window in order, so the embedded server is stopped below.
    TerminationSignalWatcher terminationSignals;
    int exitCode = 0;
    {
        MainWindow window;
        QObject::connect(&terminationSignals, &TerminationSignalWatcher::terminationRequested, &window,
                         &QWidget::close);
        if (parser.isSet(options.quitWhenReady))
            new ReadinessReporter(&window); // owned by the window
        window.showAsLastTime();
        if (startup)
            window.startDatabase(startup.get());
        else
            window.showStartupError(configurationError);
        exitCode = QApplication::exec();
    }
    // Work the window started in the background (a backup, a restore under way) uses the start-up: it finishes
    // before the server is stopped and the start-up goes.
    QThreadPool::globalInstance()->waitForDone();
    // The window has closed its connection; now the embedded server may stop if this was its last user.
    if (startup)
        startup->shutDown();
    return exitCode;
}
