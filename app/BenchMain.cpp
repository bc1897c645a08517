// writecarenotes-bench: times the application's own code paths against a libpq baseline (see the README's
// "The benchmark").

#include "Benchmark.h"
#include "BenchmarkGuiProbe.h"
#include "BenchmarkOptions.h"
#include "common/AppTranslations.h"
#include "common/Version.h"
#include "database/ConnectionSettings.h"
#include "synthetic/SyntheticData.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

namespace {

QJsonObject readJson(const QString &path, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << QCoreApplication::translate("BenchMain", "Cannot read %1.").arg(path) << Qt::endl;
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

const char *const probeOption = "--gui-probe";

// writecarenotes-bench --gui-probe --db CONNINFO --email EMAIL --gui-resident ID, the password on standard input: the
// GUI's memory in a process of its own (BenchmarkGuiProbe), started by the bench itself; its figures as JSON on stdout.
int runGuiProbe(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The application's own names, so its settings and drafts go where the application's would.
    QCoreApplication::setApplicationName(QString::fromLatin1(Wcn::applicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(Wcn::organizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Wcn::version));
    AppTranslations::install(app);
    QCommandLineParser parser;
    const QCommandLineOption probe(QString::fromLatin1(probeOption + 2));
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("conninfo"));
    const QCommandLineOption email(QStringLiteral("email"), QString(), QStringLiteral("email"));
    const QCommandLineOption resident(QStringLiteral("gui-resident"), QString(), QStringLiteral("id"));
    parser.addOptions({probe, db, email, resident});
    parser.process(app);
    QTextStream err(stderr);
    const Result<ConnectionSettings> parsed = ConnectionSettings::fromConnInfo(parser.value(db));
    if (!parsed.ok()) {
        err << parsed.message << Qt::endl;
        return 2;
    }
    const ConnectionSettings &station = parsed.value;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 2;
    QByteArray line = input.readLine();
    if (line.endsWith('\n'))
        line.chop(1);
    const QString password = QString::fromUtf8(line);
    const QJsonObject result = BenchmarkGuiProbe(station, parser.value(email), password, parser.value(resident)).run();
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return result.contains(QStringLiteral("error")) ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], probeOption) == 0)
            return runGuiProbe(argc, argv);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("writecarenotes-bench"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(Wcn::organizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Wcn::version));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("BenchMain", text);
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Times Write Care Notes' own code paths, signed in through the station login, against the cheapest SQL for "
           "the same rows sent through libpq by a role that bypasses row-level security. Give the station login's "
           "password through PGPASSWORD or a .pgpass file."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("The database through the station login (a libpq connection string). Default: "
                                   "database/conninfo in the settings file, as writecarenotes-admin."),
                                tr("conninfo"));
    const QCommandLineOption baseline(QStringLiteral("baseline-db"),
                                      tr("The same database as a role bypassing row-level security (the superuser), "
                                         "for the baselines. Default: --db with user=postgres."),
                                      tr("conninfo"));
    const QCommandLineOption home(QStringLiteral("home"), tr("The synthetic home measured (default 1)."), tr("H"),
                                  QStringLiteral("1"));
    const QCommandLineOption email(QStringLiteral("email"),
                                   tr("The nurse signed in (default nurse1 of --home in the synthetic data)."),
                                   tr("email"));
    const QCommandLineOption managerEmail(
        QStringLiteral("manager-email"),
        tr("The manager for searches across homes (default the synthetic organization's manager)."), tr("email"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          tr("Read the users' password from this file (\"-\": standard input). "
                                             "Default: the synthetic data's password."),
                                          tr("path"));
    const QCommandLineOption iterations(QStringLiteral("iterations"), tr("Samples per operation (default 50)."),
                                        tr("n"), QStringLiteral("50"));
    const QCommandLineOption seconds(QStringLiteral("max-seconds"),
                                     tr("At most this long per operation, then fewer samples (default 20)."), tr("s"),
                                     QStringLiteral("20"));
    const QCommandLineOption stations(QStringLiteral("stations"), tr("Stations saving at once (default 50)."), tr("n"),
                                      QStringLiteral("50"));
    const QCommandLineOption notes(QStringLiteral("station-notes"), tr("Notes each station saves (default 20)."),
                                   tr("n"), QStringLiteral("20"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write the results as JSON to this file."), tr("path"));
    const QCommandLineOption compare(QStringLiteral("compare"),
                                     tr("Compare two earlier runs' JSON files (the growth from the first to the "
                                        "second) instead of measuring: --compare a.json --compare b.json."),
                                     tr("path"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  tr("Measure only this group of operations (repeatable): sign_in, searches, "
                                     "open_resident, timeline, saves, shift_board, lists, home_screen, stations, gui."),
                                  tr("group"));
    const QCommandLineOption appPath(QStringLiteral("app"),
                                     tr("The writecarenotes binary whose start-up is timed (default: the one beside "
                                        "this bench)."),
                                     tr("path"));
    const QCommandLineOption guiStarts(QStringLiteral("gui-starts"),
                                       tr("Warm starts of the application timed (default 10), after its cold first "
                                          "start."),
                                       tr("n"), QStringLiteral("10"));
    parser.addOptions({db, baseline, home, email, managerEmail, passwordFile, iterations, seconds, stations, notes,
                       json, compare, only, appPath, guiStarts});
    parser.process(app);

    if (parser.isSet(compare)) {
        const QStringList files = parser.values(compare);
        if (files.size() != 2) {
            err << tr("--compare needs two files.") << Qt::endl;
            return 2;
        }
        out << Benchmark::compare(readJson(files.at(0), err), readJson(files.at(1), err));
        return 0;
    }

    const QString conninfo = parser.isSet(db) ? parser.value(db)
                                              : QSettings(QString::fromLatin1(Wcn::organizationName),
                                                          QString::fromLatin1(Wcn::applicationName))
                                                    .value(QStringLiteral("database/conninfo"))
                                                    .toString();
    if (conninfo.trimmed().isEmpty()) {
        err << tr("No database given: pass --db \"host=... dbname=... user=STATION-LOGIN\".") << Qt::endl;
        return 2;
    }
    BenchmarkOptions options;
    const Result<ConnectionSettings> station = ConnectionSettings::fromConnInfo(conninfo);
    if (!station.ok()) {
        err << station.message << Qt::endl;
        return 2;
    }
    options.station = station.value;
    if (parser.isSet(baseline)) {
        options.baselineConnInfo = parser.value(baseline);
    } else {
        ConnectionSettings owner = options.station;
        owner.setValue(QStringLiteral("user"), QStringLiteral("postgres"));
        owner.setValue(QStringLiteral("password"), QString());
        options.baselineConnInfo = owner.toConnInfo(false);
    }
    const int homeNumber = qMax(1, parser.value(home).toInt());
    const bool synthetic = !parser.isSet(email);
    options.email =
        synthetic ? SyntheticData::homeUserEmail(QStringLiteral("nurse"), homeNumber, 1) : parser.value(email);
    options.managerEmail = parser.isSet(managerEmail)
                               ? parser.value(managerEmail)
                               : SyntheticData::organizationUserEmail(QStringLiteral("manager"),
                                                                      SyntheticData::organizationOf(homeNumber));
    options.password = SyntheticData::password();
    if (parser.isSet(passwordFile)) {
        QFile file;
        const bool opened = parser.value(passwordFile) == QLatin1String("-")
                                ? file.open(stdin, QIODevice::ReadOnly)
                                : (file.setFileName(parser.value(passwordFile)), file.open(QIODevice::ReadOnly));
        if (!opened) {
            err << tr("Cannot read the password file.") << Qt::endl;
            return 2;
        }
        options.password = QString::fromUtf8(file.readLine()).trimmed();
    }
    // Every carer and nurse of the home, one a station; on other data the one user, signed in once per station.
    if (synthetic) {
        for (int n = 1; n <= SyntheticData::carersPerHome; ++n)
            options.stationEmails.append(SyntheticData::homeUserEmail(QStringLiteral("carer"), homeNumber, n));
        for (int n = 1; n <= SyntheticData::nursesPerHome; ++n)
            options.stationEmails.append(SyntheticData::homeUserEmail(QStringLiteral("nurse"), homeNumber, n));
    } else {
        options.stationEmails = {options.email};
    }
    options.iterations = qMax(1, parser.value(iterations).toInt());
    options.maxSeconds = parser.value(seconds).toDouble();
    options.stations = parser.value(stations).toInt();
    options.notesPerStation = parser.value(notes).toInt();
    options.only = parser.values(only);
    options.appPath = parser.isSet(appPath)
                          ? parser.value(appPath)
                          : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("writecarenotes"));
    options.guiStarts = qMax(1, parser.value(guiStarts).toInt());

    Benchmark benchmark(options, err);
    const bool ok = benchmark.run();
    if (parser.isSet(json)) {
        QFile file(parser.value(json));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(QJsonDocument(benchmark.toJson()).toJson()) < 0) {
            err << tr("Cannot write %1.").arg(parser.value(json)) << Qt::endl;
            return 1;
        }
    }
    out << benchmark.markdown();
    return ok ? 0 : 1;
}
