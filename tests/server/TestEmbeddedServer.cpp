#include "ServerTemporaryDir.h"
#include "database/Migrator.h"
#include "database/PgSession.h"
#include "database/ScopedConnection.h"
#include "server/EmbeddedServer.h"
#include "session/MedicalNotesKeys.h"
#include "session/RecoveryKey.h"
#include "startup/DatabaseStartup.h"
#include "startup/StartupState.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Runs one statement on the embedded server and returns the first value, or "ERROR: <sentence>".
QString query(const ConnectionSettings &settings, const QString &statement)
{
    const ScopedConnection connection(settings, QStringLiteral("embedded-test"));
    if (!connection.isOpen())
        return QStringLiteral("ERROR: ") + connection.status().message;
    const PgResult result = connection.session().exec(statement);
    return result.ok() ? result.text(0, 0) : QStringLiteral("ERROR: ") + result.error().message;
}

// Whether any process still works in directory (the postmaster and its children all do).
bool processesIn(const QString &directory)
{
    const QString target = QFileInfo(directory).canonicalFilePath();
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString &pid : pids) {
        if (QFileInfo(QStringLiteral("/proc/%1/cwd").arg(pid)).symLinkTarget() == target)
            return true;
    }
    return false;
}

// The real user id of a process, from /proc/<pid>/status; -1 when unknown.
uid_t processOwner(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return static_cast<uid_t>(-1);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Uid:"))
            return static_cast<uid_t>(line.mid(4).simplified().split(' ').value(0).toUInt());
    }
    return static_cast<uid_t>(-1);
}

uid_t expectedServerUid()
{
    if (geteuid() != 0)
        return geteuid();
    const passwd *postgres = getpwnam("postgres");
    return postgres ? postgres->pw_uid : 0;
}

// Every file under directory that holds the master key, in any of the forms it could be copied in: as its file holds
// it (hex), in capitals, or as its 32 raw bytes.
QStringList filesHoldingKey(const QString &directory, const QByteArray &hexKey)
{
    const QByteArray forms[] = {hexKey, hexKey.toUpper(), QByteArray::fromHex(hexKey)};
    QStringList found;
    QDirIterator files(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(path + QStringLiteral(" (unreadable)"));
            continue;
        }
        const QByteArray content = file.readAll();
        for (const QByteArray &form : forms) {
            if (content.contains(form)) {
                found.append(path);
                break;
            }
        }
    }
    return found;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

mode_t modeOf(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 0;
}

uid_t ownerOf(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_uid : static_cast<uid_t>(-1);
}

const QString probeText = QStringLiteral("Hearing aid in the left ear; prefers tea without sugar");

// As the medical notes are kept: encrypted under the organization's key, itself wrapped by the master key.
QString writeProbeNote(const PgSession &session)
{
    const PgResult made = session.execScript(QStringLiteral(
        "INSERT INTO organizations (name) VALUES ('Brookside Care');"
        "CREATE TABLE probe_notes AS SELECT o.id AS organization_id, wcn_current_key_version(o.id) AS key_version, "
        "NULL::bytea AS secret FROM organizations AS o;"));
    if (!made.ok())
        return made.error().message;
    const PgResult written =
        session.exec(QStringLiteral("UPDATE probe_notes SET secret = pgp_sym_encrypt($1, "
                                    "wcn_organization_key(organization_id, key_version), wcn_pgp_options())"),
                     {probeText});
    return written.ok() ? QString() : written.error().message;
}

QString readProbeNote(const PgSession &session)
{
    const PgResult read = session.exec(QStringLiteral(
        "SELECT pgp_sym_decrypt(secret, wcn_organization_key(organization_id, key_version), wcn_pgp_options()) "
        "FROM probe_notes"));
    return read.ok() ? read.text(0, 0) : QStringLiteral("ERROR: ") + read.error().message;
}

// The sentence RecoveryKey::parse refused typed with, or "accepted".
QString refusalOf(const QString &typed)
{
    const Result<QByteArray> parsed = RecoveryKey::parse(typed);
    if (parsed.ok())
        return QStringLiteral("accepted");
    return parsed.outcome == Outcome::Refused ? parsed.message : QStringLiteral("not refused: ") + parsed.message;
}

} // namespace

class TestEmbeddedServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerTemporaryDir> m_dir;

    EmbeddedServer::Options options() const
    {
        EmbeddedServer::Options options;
        options.baseDirectory = m_dir->filePath(QStringLiteral("base"));
        return options;
    }

    // The options with a key folder named as a setting would: apart from the base directory.
    EmbeddedServer::Options withKeyFolder() const
    {
        EmbeddedServer::Options keyed = options();
        keyed.keyDirectory = m_dir->filePath(QStringLiteral("keys"));
        return keyed;
    }

    QString keyFile() const { return m_dir->filePath(QStringLiteral("keys/master.key")); }

private slots:
    void init()
    {
        m_dir = std::make_unique<ServerTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void createsAPrivateClusterAndReusesIt()
    {
        QString systemIdentifier;
        QString socketDirectory;
        {
            EmbeddedServer server(options());
            {
                const Result<> started = server.start();
                QVERIFY2(started.ok(), qPrintable(started.message));
            }
            const ConnectionSettings settings = server.connectionSettings();
            QCOMPARE(settings.value(QStringLiteral("dbname")), QStringLiteral("writecarenotes"));
            QCOMPARE(settings.displayName(), QStringLiteral("this computer"));

            QFile version(server.dataDirectory() + QStringLiteral("/PG_VERSION"));
            QVERIFY(version.open(QIODevice::ReadOnly));
            QCOMPARE(version.readAll().trimmed(), QByteArray("15"));
            QCOMPARE(QFile::permissions(options().baseDirectory + QStringLiteral("/credentials")),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);

            QCOMPARE(query(settings, QStringLiteral("SHOW data_checksums")), QStringLiteral("on"));
            QCOMPARE(query(settings, QStringLiteral("SHOW listen_addresses")), QString());
            QCOMPARE(query(settings, QStringLiteral("SELECT string_agg(DISTINCT auth_method, ',') FROM "
                                                    "pg_hba_file_rules")),
                     QStringLiteral("scram-sha-256"));

            // The socket's directory: a fresh one only the server's account may enter.
            socketDirectory = settings.value(QStringLiteral("host"));
            struct stat info;
            QCOMPARE(::stat(QFile::encodeName(socketDirectory).constData(), &info), 0);
            QCOMPARE(info.st_mode & 0777, 0700u);
            QCOMPARE(info.st_uid, expectedServerUid());
            QVERIFY(QFileInfo::exists(socketDirectory + QStringLiteral("/.s.PGSQL.5432")));

            ConnectionSettings wrong = settings;
            wrong.setValue(QStringLiteral("password"), QStringLiteral("not the password"));
            QCOMPARE(query(wrong, QStringLiteral("SELECT 1")),
                     QStringLiteral("ERROR: The database server at this computer refused the user name or password: "
                                    "check the connection settings, or ask whoever runs the database."));

            QCOMPARE(query(settings, QStringLiteral("CREATE TABLE kept_between_starts (id integer)")), QString());
            systemIdentifier = query(settings, QStringLiteral("SELECT system_identifier FROM pg_control_system()"));
            QVERIFY(!systemIdentifier.isEmpty());

            server.release();
            QVERIFY(!server.runningServer());
            QVERIFY(!QFileInfo::exists(server.dataDirectory() + QStringLiteral("/postmaster.pid")));
            QVERIFY(!QFileInfo::exists(socketDirectory));
        }
        EmbeddedServer again(options());
        {
            const Result<> started = again.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        }
        QCOMPARE(query(again.connectionSettings(), QStringLiteral("SELECT system_identifier FROM pg_control_system()")),
                 systemIdentifier);
        QCOMPARE(query(again.connectionSettings(), QStringLiteral("SELECT to_regclass('kept_between_starts')::text")),
                 QStringLiteral("kept_between_starts"));
    }

    void onlyTheWriteCareNotesDatabaseIsOpenToItsRoles()
    {
        // Our own cluster: no role but the superuser may connect to postgres or template1 or make temporary tables
        // there (a station login could otherwise keep objects of its own outside row-level security).
        EmbeddedServer server(options());
        {
            const Result<> started = server.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        }
        const ConnectionSettings settings = server.connectionSettings();
        QCOMPARE(query(settings, QStringLiteral("SELECT string_agg(datname || ':' || "
                                                "has_database_privilege('public', datname, 'CONNECT') || "
                                                "has_database_privilege('public', datname, 'TEMPORARY'), ',' "
                                                "ORDER BY datname) FROM pg_database WHERE datname IN ('postgres', "
                                                "'template1')")),
                 QStringLiteral("postgres:falsefalse,template1:falsefalse"));
        // A role like the station login, member of nothing, is turned away from postgres.
        QCOMPARE(query(settings, QStringLiteral("CREATE ROLE someone_at_a_station LOGIN PASSWORD 'a-long-password'")),
                 QString());
        ConnectionSettings someone = settings;
        someone.setValue(QStringLiteral("dbname"), QStringLiteral("postgres"));
        someone.setValue(QStringLiteral("user"), QStringLiteral("someone_at_a_station"));
        someone.setValue(QStringLiteral("password"), QStringLiteral("a-long-password"));
        QVERIFY(query(someone, QStringLiteral("SELECT 1")).contains(QLatin1String("ERROR")));
        server.release();
    }

    void theServerRunsAsTheRightAccount()
    {
        EmbeddedServer server(options());
        {
            const Result<> started = server.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        }
        const auto running = server.runningServer();
        QVERIFY(running);
        struct stat info;
        QCOMPARE(::stat(QFile::encodeName(QStringLiteral("/proc/%1").arg(running->pid)).constData(), &info), 0);
        QCOMPARE(info.st_uid, expectedServerUid());
        QVERIFY(info.st_uid != 0); // never root
    }

    void twoInstancesShareOneServerAndTheLastStopsIt()
    {
        EmbeddedServer first(options());
        EmbeddedServer second(options());
        {
            const Result<> started = first.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        }
        {
            const Result<> started = second.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        }
        const auto running = first.runningServer();
        QVERIFY(running);
        QCOMPARE(second.runningServer()->pid, running->pid);
        QCOMPARE(second.connectionSettings().value(QStringLiteral("host")),
                 first.connectionSettings().value(QStringLiteral("host")));

        first.release();
        QVERIFY(second.runningServer());
        QCOMPARE(second.runningServer()->pid, running->pid);
        QCOMPARE(query(second.connectionSettings(), QStringLiteral("SELECT 1")), QStringLiteral("1"));

        second.release();
        QVERIFY(!second.runningServer());
        // pg_ctl's wait ends when the postmaster removes its pid file, which it does on its way out: the process
        // itself may still be exiting a moment later on a busy machine (seen once under CI load).
        QTRY_VERIFY_WITH_TIMEOUT(!processesIn(second.dataDirectory()), 30000);
    }

    void recoversAfterTheServerCrashed()
    {
        EmbeddedServer crashed(options());
        {
            const Result<> started = crashed.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        }
        QCOMPARE(query(crashed.connectionSettings(), QStringLiteral("CREATE TABLE written_before_crash (id integer)")),
                 QString());
        const auto running = crashed.runningServer();
        QVERIFY(running);
        QCOMPARE(::kill(static_cast<pid_t>(running->pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!processesIn(crashed.dataDirectory()), 30000);
        QVERIFY(QFileInfo::exists(crashed.dataDirectory() + QStringLiteral("/postmaster.pid")));

        EmbeddedServer next(options());
        {
            const Result<> started = next.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        }
        QVERIFY(next.runningServer()->pid != running->pid);
        QVERIFY(!QFileInfo::exists(running->socketDirectory)); // the dead server's socket folder is cleared away
        QCOMPARE(query(next.connectionSettings(), QStringLiteral("SELECT to_regclass('written_before_crash')::text")),
                 QStringLiteral("written_before_crash"));
    }

    // Found in use: the private server was killed under a running app and stayed down until the app was quit and
    // started again. The running instance starts it again, on the socket its connections already name.
    void aServerKilledUnderTheRunningAppIsStartedAgainOnTheSameSocket()
    {
        EmbeddedServer server(options());
        {
            const Result<> started = server.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        }
        const ConnectionSettings settings = server.connectionSettings();
        QCOMPARE(query(settings, QStringLiteral("CREATE TABLE written_before_the_kill (id integer)")), QString());
        const Result<bool> leftAlone = server.revive();
        QVERIFY2(leftAlone.ok(), qPrintable(leftAlone.message));
        QVERIFY(!leftAlone.value); // running: left alone

        const auto running = server.runningServer();
        QVERIFY(running);
        QCOMPARE(::kill(static_cast<pid_t>(running->pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!processesIn(server.dataDirectory()), 30000);
        QVERIFY(query(settings, QStringLiteral("SELECT 1")).startsWith(QStringLiteral("ERROR: ")));

        const Result<bool> restarted = server.revive();
        QVERIFY2(restarted.ok(), qPrintable(restarted.message));
        QVERIFY(restarted.value);
        QVERIFY(server.runningServer()->pid != running->pid);
        QCOMPARE(server.runningServer()->socketDirectory, running->socketDirectory);
        QCOMPARE(query(settings, QStringLiteral("SELECT to_regclass('written_before_the_kill')::text")),
                 QStringLiteral("written_before_the_kill"));
        server.release();
        QTRY_VERIFY_WITH_TIMEOUT(!processesIn(server.dataDirectory()), 30000);
    }

    void ignoresAStalePidFileNamingAnotherProcess()
    {
        QString dataDirectory;
        {
            EmbeddedServer server(options());
            {
                const Result<> started = server.start();
                QVERIFY2(started.ok(), qPrintable(started.message));
            }
            dataDirectory = server.dataDirectory();
        }
        // After a crash and a reboot the old pid may belong to any process of the same account; PostgreSQL itself
        // then refuses to start ("lock file already exists"). Here it is a sleep of the server's account.
        QProcess other;
        if (geteuid() == 0)
            other.start(QStringLiteral("setpriv"),
                        {QStringLiteral("--reuid=postgres"), QStringLiteral("--regid=postgres"),
                         QStringLiteral("--clear-groups"), QStringLiteral("sleep"), QStringLiteral("300")});
        else
            other.start(QStringLiteral("sleep"), {QStringLiteral("300")});
        QVERIFY(other.waitForStarted());
        struct Stop
        {
            QProcess &process;
            ~Stop()
            {
                process.kill();
                process.waitForFinished();
            }
        } stop{other};
        // setpriv switches account and then runs sleep: wait until it has.
        QTRY_COMPARE(processOwner(other.processId()), expectedServerUid());

        QFile pidFile(dataDirectory + QStringLiteral("/postmaster.pid"));
        QVERIFY(!pidFile.exists());
        QVERIFY(pidFile.open(QIODevice::WriteOnly));
        pidFile.write(QStringLiteral("%1\n%2\n1700000000\n5432\n/tmp\n\n  5432001     0\nready   \n")
                          .arg(other.processId())
                          .arg(dataDirectory)
                          .toUtf8());
        pidFile.close();

        EmbeddedServer server(options());
        {
            const Result<> started = server.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        }
        QVERIFY(server.runningServer()->pid != other.processId());
        QCOMPARE(query(server.connectionSettings(), QStringLiteral("SELECT 1")), QStringLiteral("1"));
    }

    void instancesStartingAtOnceShareOneServer()
    {
        EmbeddedServer first(options());
        EmbeddedServer second(options());
        QString errors[2];
        bool started[2] = {false, false};
        std::unique_ptr<QThread> threads[2];
        EmbeddedServer *servers[2] = {&first, &second};
        for (int i = 0; i < 2; ++i) {
            threads[i].reset(QThread::create([&, i] {
                const Result<> result = servers[i]->start();
                started[i] = result.ok();
                errors[i] = result.message;
            }));
            threads[i]->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(120000));
        QVERIFY2(started[0], qPrintable(errors[0]));
        QVERIFY2(started[1], qPrintable(errors[1]));
        QCOMPARE(first.runningServer()->pid, second.runningServer()->pid);
        first.release();
        second.release();
        QVERIFY(!first.runningServer());
    }

    void restartsAServerWhoseSocketWasRemoved()
    {
        EmbeddedServer crashed(options());
        {
            const Result<> started = crashed.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        }
        const auto before = crashed.runningServer();
        QVERIFY(before);
        // As when the runtime folder is cleared under a server whose application was killed.
        QVERIFY(QFile::remove(QStringLiteral("%1/.s.PGSQL.%2").arg(before->socketDirectory).arg(before->port)));
        QVERIFY(crashed.runningServer()); // still running, but nobody can connect

        EmbeddedServer next(options());
        {
            const Result<> started = next.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        }
        QVERIFY(next.runningServer()->pid != before->pid);
        QCOMPARE(query(next.connectionSettings(), QStringLiteral("SELECT 1")), QStringLiteral("1"));
    }

    void aFailedStartLeavesNoServerBehind()
    {
        QString error;
        {
            EmbeddedServer server(options());
            {
                const Result<> started = server.start();
                QVERIFY2(started.ok(), qPrintable(started.message));
            }
        }
        QFile credentials(options().baseDirectory + QStringLiteral("/credentials"));
        QVERIFY(credentials.open(QIODevice::WriteOnly | QIODevice::Truncate));
        credentials.write("not the password");
        credentials.close();

        EmbeddedServer server(options());
        {
            const Result<> started = server.start();
            QVERIFY(!started.ok());
            error = started.message;
        }
        QCOMPARE(error, EmbeddedServer::unreachableMessage());
        QVERIFY(!server.runningServer()); // the server this start brought up was stopped again
        QTRY_VERIFY_WITH_TIMEOUT(!processesIn(server.dataDirectory()), 30000); // the postmaster's last moment, as above
    }

    void keepsThePasswordOfAClusterMovedAside()
    {
        QString dataDirectory;
        {
            EmbeddedServer server(options());
            {
                const Result<> started = server.start();
                QVERIFY2(started.ok(), qPrintable(started.message));
            }
            dataDirectory = server.dataDirectory();
        }
        QFile oldCredentials(options().baseDirectory + QStringLiteral("/credentials"));
        QVERIFY(oldCredentials.open(QIODevice::ReadOnly));
        const QByteArray oldPassword = oldCredentials.readAll();
        oldCredentials.close();
        QVERIFY(QDir().rename(dataDirectory, dataDirectory + QStringLiteral(".moved")));

        EmbeddedServer server(options());
        {
            const Result<> started = server.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        } // a new, empty cluster
        const QStringList kept =
            QDir(options().baseDirectory).entryList({QStringLiteral("credentials.replaced-*")}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QFile keptFile(options().baseDirectory + QLatin1Char('/') + kept.first());
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), oldPassword);
    }

    void refusesAFolderNameTheShellWouldInterpret()
    {
        EmbeddedServer::Options odd = options();
        const QString marker = m_dir->filePath(QStringLiteral("ran"));
        odd.baseDirectory = m_dir->filePath(QStringLiteral("a$(touch %1)b").arg(marker));
        EmbeddedServer server(odd);
        QString error;
        {
            const Result<> started = server.start();
            QVERIFY(!started.ok());
            error = started.message;
        }
        QCOMPARE(error, QStringLiteral("The folder %1 has a character in its name (one of \" ' ` $ \\) that "
                                       "PostgreSQL's tools cannot take safely: choose a folder without it.")
                            .arg(odd.baseDirectory));
        QVERIFY(!QFileInfo::exists(marker));
        QVERIFY(!QFileInfo::exists(odd.baseDirectory));
    }

    void completesAnInterruptedFirstStart()
    {
        const QString staging = options().baseDirectory + QStringLiteral("/pgdata.initdb");
        QVERIFY(QDir().mkpath(staging + QStringLiteral("/base")));
        QFile leftover(staging + QStringLiteral("/PG_VERSION"));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("15\n");
        leftover.close();

        EmbeddedServer server(options());
        {
            const Result<> started = server.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        }
        QVERIFY(!QFileInfo::exists(staging));
        QCOMPARE(query(server.connectionSettings(), QStringLiteral("SELECT current_database()")),
                 QStringLiteral("writecarenotes"));
    }

    void leavesAnIncompleteDataDirectoryAlone()
    {
        const QString data = options().baseDirectory + QStringLiteral("/pgdata");
        QVERIFY(QDir().mkpath(data));
        QFile precious(data + QStringLiteral("/something-of-value"));
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("do not delete");
        precious.close();

        EmbeddedServer server(options());
        QString error;
        {
            const Result<> started = server.start();
            QVERIFY(!started.ok());
            error = started.message;
        }
        QCOMPARE(error,
                 QStringLiteral("The folder %1 exists but does not hold a complete database, so Write Care Notes "
                                "leaves it untouched: restore it from a backup, or, if it holds nothing you "
                                "need, move it elsewhere and start again.")
                     .arg(data));
        QVERIFY(precious.exists());
        QVERIFY(!server.isStarted());
    }

    void refusesASocketPathTooLongForTheSystem()
    {
        EmbeddedServer::Options tooLong = options();
        tooLong.socketParent = QStringLiteral("/tmp/") + QString(90, QLatin1Char('s'));
        EmbeddedServer server(tooLong);
        QString error;
        {
            const Result<> started = server.start();
            QVERIFY(!started.ok());
            error = started.message;
        }
        QCOMPARE(error, QStringLiteral("The socket folder %1 has a path too long for this system (95 characters, at "
                                       "most 82 are possible): set a shorter folder as embedded/socketDirectory in the "
                                       "settings.")
                            .arg(tooLong.socketParent));
        QVERIFY(!QFileInfo::exists(tooLong.baseDirectory)); // refused before anything was made
    }

    void usesAChosenSocketFolder()
    {
        EmbeddedServer::Options chosen = options();
        chosen.socketParent = m_dir->filePath(QStringLiteral("sockets"));
        QVERIFY(QDir().mkpath(chosen.socketParent));
        QVERIFY(QFile::setPermissions(chosen.socketParent, QFile::permissions(m_dir->path())));
        if (geteuid() == 0) // the postgres account creates its socket directory there
            QCOMPARE(::chmod(QFile::encodeName(chosen.socketParent).constData(), 01777), 0);
        EmbeddedServer server(chosen);
        {
            const Result<> started = server.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        }
        QVERIFY(server.connectionSettings()
                    .value(QStringLiteral("host"))
                    .startsWith(chosen.socketParent + QStringLiteral("/wcn-")));
    }

    void reportsAFullDiskAndDeletesNothing()
    {
        if (geteuid() != 0)
            QSKIP("Filling a disk for real needs a small file system, and mounting one needs root (CI runs as root).");
        const QString small = m_dir->filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(small));
        if (QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=16m,mode=0711"), QStringLiteral("tmpfs"), small}) != 0)
            QSKIP("This machine does not allow mounting a small file system.");
        struct Unmount
        {
            QString path;
            ~Unmount() { QProcess::execute(QStringLiteral("umount"), {path}); }
        } unmount{small};

        EmbeddedServer::Options onSmallDisk = options();
        onSmallDisk.baseDirectory = small + QStringLiteral("/base");
        QVERIFY(QDir().mkpath(onSmallDisk.baseDirectory));
        QFile existing(onSmallDisk.baseDirectory + QStringLiteral("/kept.txt"));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("written before the first start");
        existing.close();

        EmbeddedServer server(onSmallDisk);
        QString error;
        {
            const Result<> started = server.start();
            QVERIFY(!started.ok());
            error = started.message;
        }
        QCOMPARE(error, QStringLiteral("There is not enough free disk space in %1 to run the database: free some space "
                                       "on that disk, then start Write Care Notes again.")
                            .arg(onSmallDisk.baseDirectory));
        QVERIFY(existing.exists());
        QVERIFY(!QFileInfo::exists(onSmallDisk.baseDirectory + QStringLiteral("/pgdata")));
        QVERIFY(!QFileInfo::exists(onSmallDisk.baseDirectory + QStringLiteral("/pgdata.initdb")));
    }

    void refusesPostgresOlderThan15()
    {
        const QString bin = m_dir->filePath(QStringLiteral("old-postgres/bin"));
        QVERIFY(QDir().mkpath(bin));
        for (const QString &name : {QStringLiteral("postgres"), QStringLiteral("pg_ctl"), QStringLiteral("initdb")}) {
            QFile script(bin + QLatin1Char('/') + name);
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write(QStringLiteral("#!/bin/sh\necho '%1 (PostgreSQL) 13.9'\n").arg(name).toUtf8());
            script.close();
            QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeOther));
        }
        EmbeddedServer::Options old = options();
        old.binDirectory = bin;
        EmbeddedServer server(old);
        QString error;
        {
            const Result<> started = server.start();
            QVERIFY(!started.ok());
            error = started.message;
        }
        QCOMPARE(error, QStringLiteral("This computer has PostgreSQL 13.9, but Write Care Notes needs PostgreSQL 15 or "
                                       "newer: install the postgresql-15 package, then start Write Care Notes again."));
        QVERIFY(!QFileInfo::exists(old.baseDirectory + QStringLiteral("/pgdata")));
    }

    void reportsMissingServerPrograms()
    {
        EmbeddedServer::Options none = options();
        none.binDirectory = m_dir->filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(none.binDirectory));
        EmbeddedServer server(none);
        QString error;
        {
            const Result<> started = server.start();
            QVERIFY(!started.ok());
            error = started.message;
        }
        QCOMPARE(error, QStringLiteral("No PostgreSQL server programs were found in %1, the folder the settings name: "
                                       "correct the folder, or remove the setting to use the installed PostgreSQL.")
                            .arg(none.binDirectory));
    }

    void reportsAMissingPasswordFileAndKeepsTheData()
    {
        QString error;
        {
            EmbeddedServer server(options());
            {
                const Result<> started = server.start();
                QVERIFY2(started.ok(), qPrintable(started.message));
            }
        }
        const QString credentials = options().baseDirectory + QStringLiteral("/credentials");
        QVERIFY(QFile::remove(credentials));
        EmbeddedServer server(options());
        {
            const Result<> started = server.start();
            QVERIFY(!started.ok());
            error = started.message;
        }
        QCOMPARE(error, QStringLiteral("The database's password file %1 is missing or unreadable, so Write Care Notes "
                                       "cannot sign in to its own database: restore the file from a backup.")
                            .arg(credentials));
        QVERIFY(QFileInfo::exists(server.dataDirectory() + QStringLiteral("/PG_VERSION")));
    }

    // The master key of the medical notes, kept apart from the data.
    void noFileOfTheDatabaseFolderHoldsTheMasterKey();
    void aKeyFolderInsideTheDatabaseFolderIsRefused();
    void anInstallWithTheKeyBesideTheDataIsMovedAndItsNotesStayReadable();
    void aMoveStoppedAfterTheCopyIsFinishedAtTheNextStart();
    void theRecoveryKeyReadsBackToTheSameKeyAndAMistypeIsFound();
    void aLostKeyFileIsPutBackFromTheRecoveryKey();
};

void TestEmbeddedServer::noFileOfTheDatabaseFolderHoldsTheMasterKey()
{
    {
        DatabaseStartup startup(withKeyFolder());
        const Result<StartupState> outcome = startup.run();
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        startup.shutDown();
    }
    const QByteArray key = readAll(keyFile()).trimmed();
    QVERIFY(RecoveryKey::fromKeyFileText(key).has_value());
    QCOMPARE(modeOf(keyFile()), mode_t(0600));
    QCOMPARE(ownerOf(keyFile()), expectedServerUid());
    QCOMPARE(modeOf(QFileInfo(keyFile()).path()), mode_t(0700));
    QCOMPARE(ownerOf(QFileInfo(keyFile()).path()), expectedServerUid());
    // The search finds the key wherever it is copied (here, its own folder), and nowhere in the database's folder.
    QCOMPARE(filesHoldingKey(QFileInfo(keyFile()).path(), key), QStringList{keyFile()});
    QVERIFY(QFileInfo::exists(options().baseDirectory + QStringLiteral("/pgdata/PG_VERSION")));
    QCOMPARE(filesHoldingKey(options().baseDirectory, key), QStringList());

    // The database names that file, and its server reads the key there.
    EmbeddedServer server(withKeyFolder());
    {
        const Result<> started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.message));
    }
    const ScopedConnection connection(server.connectionSettings(), QStringLiteral("embedded-test"));
    QVERIFY(connection.isOpen());
    QCOMPARE(MedicalNotesKeys::configuredKeyFile(connection.session()), keyFile());
    const Result<> keys = MedicalNotesKeys::check(connection.session());
    QVERIFY2(keys.ok(), qPrintable(keys.message));
}

void TestEmbeddedServer::aKeyFolderInsideTheDatabaseFolderIsRefused()
{
    EmbeddedServer::Options inside = options();
    inside.keyDirectory = inside.baseDirectory + QStringLiteral("/keys");
    DatabaseStartup startup(inside);
    const Result<StartupState> outcome = startup.run();
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.message,
             QStringLiteral("The key folder %1 is inside the database's folder %2 (or holds it), so a copy of the "
                            "database would hold the key that protects its medical notes: set embedded/keyDirectory "
                            "in the settings to a folder apart from it.")
                 .arg(inside.keyDirectory, inside.baseDirectory));
    QVERIFY(!QFileInfo::exists(inside.keyDirectory));
    QVERIFY(!QFileInfo::exists(inside.baseDirectory + QStringLiteral("/pgdata")));
}

void TestEmbeddedServer::anInstallWithTheKeyBesideTheDataIsMovedAndItsNotesStayReadable()
{
    const QString oldKeyFile = options().baseDirectory + QStringLiteral("/master.key");
    {
        // Laid out as installs before the key folder were: the key in the base directory, named by the database.
        EmbeddedServer server(withKeyFolder());
        {
            const Result<> started = server.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        }
        QCOMPARE(server.legacyMasterKeyPath(), oldKeyFile);
        const ScopedConnection connection(server.connectionSettings(), QStringLiteral("embedded-test"));
        QVERIFY(connection.isOpen());
        const Result<MigrationRun> migrated = Migrator().migrate(connection.database());
        QVERIFY2(migrated.ok(), qPrintable(migrated.message));
        const Result<> created =
            MedicalNotesKeys::createLocalKeyFile(connection.session(), oldKeyFile, server.serverAccount());
        QVERIFY2(created.ok(), qPrintable(created.message));
        QCOMPARE(writeProbeNote(connection.session()), QString());
        QCOMPARE(readProbeNote(connection.session()), probeText);
    }
    QVERIFY(QDir(QFileInfo(keyFile()).path()).removeRecursively()); // made by the newer start above; not there then
    const QByteArray key = readAll(oldKeyFile).trimmed();
    QCOMPARE(filesHoldingKey(options().baseDirectory, key), QStringList{oldKeyFile});
    // An earlier database's key, set aside there by older installs when a database was made again.
    const QByteArray earlierKey = QByteArray(64, 'e');
    const QString setAside = oldKeyFile + QStringLiteral(".replaced-20250101T000000Z");
    {
        QFile earlier(setAside);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write(earlierKey + '\n');
    }

    for (int start = 0; start < 2; ++start) {
        DatabaseStartup startup(withKeyFolder());
        const Result<StartupState> outcome = startup.run();
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        startup.shutDown();
        QCOMPARE(readAll(keyFile()).trimmed(), key);
        QCOMPARE(modeOf(keyFile()), mode_t(0600));
        QCOMPARE(ownerOf(keyFile()), expectedServerUid());
        QCOMPARE(filesHoldingKey(options().baseDirectory, key), QStringList());
        QCOMPARE(filesHoldingKey(options().baseDirectory, earlierKey), QStringList());
        QCOMPARE(readAll(m_dir->filePath(QStringLiteral("keys/master.key.replaced-20250101T000000Z"))).trimmed(),
                 earlierKey);
        // A move that stopped after the database named the new file leaves the old copy: the next start removes it.
        if (start == 0)
            QVERIFY(QFile::copy(keyFile(), oldKeyFile));
    }

    EmbeddedServer server(withKeyFolder());
    {
        const Result<> started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.message));
    }
    const ScopedConnection connection(server.connectionSettings(), QStringLiteral("embedded-test"));
    QVERIFY(connection.isOpen());
    QCOMPARE(MedicalNotesKeys::configuredKeyFile(connection.session()), keyFile());
    QCOMPARE(readProbeNote(connection.session()), probeText);
}

void TestEmbeddedServer::aMoveStoppedAfterTheCopyIsFinishedAtTheNextStart()
{
    const QString oldKeyFile = options().baseDirectory + QStringLiteral("/master.key");
    {
        EmbeddedServer server(withKeyFolder());
        {
            const Result<> started = server.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        }
        const ScopedConnection connection(server.connectionSettings(), QStringLiteral("embedded-test"));
        QVERIFY(Migrator().migrate(connection.database()).ok());
        const Result<> created =
            MedicalNotesKeys::createLocalKeyFile(connection.session(), oldKeyFile, server.serverAccount());
        QVERIFY2(created.ok(), qPrintable(created.message));
        QCOMPARE(writeProbeNote(connection.session()), QString());
    }
    // Stopped after the new file was written, before the database named it.
    QVERIFY(QFile::copy(oldKeyFile, keyFile()));
    const QByteArray key = readAll(oldKeyFile).trimmed();
    DatabaseStartup startup(withKeyFolder());
    const Result<StartupState> outcome = startup.run();
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(!QFileInfo::exists(oldKeyFile));
    QCOMPARE(readAll(keyFile()).trimmed(), key);

    // A different key where the key belongs is never chosen over the one the database names, nor overwritten.
    startup.shutDown();
    {
        EmbeddedServer server(withKeyFolder());
        {
            const Result<> started = server.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        }
        const ScopedConnection connection(server.connectionSettings(), QStringLiteral("embedded-test"));
        QVERIFY(connection.session()
                    .exec(QStringLiteral("UPDATE system_settings SET master_key_file = $1"), {oldKeyFile})
                    .ok());
    }
    QVERIFY(QFile::rename(keyFile(), oldKeyFile));
    QFile other(keyFile());
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write(QByteArray(64, 'a') + '\n');
    other.close();
    DatabaseStartup again(withKeyFolder());
    const Result<StartupState> refused = again.run();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.message,
             QStringLiteral("Two different master keys are on this computer, %1 (the one the database names) and %2, "
                            "so Write Care Notes uses neither: move the wrong one elsewhere, then start again.")
                 .arg(oldKeyFile, keyFile()));
    QCOMPARE(readAll(oldKeyFile).trimmed(), key);
    QCOMPARE(readAll(keyFile()).trimmed(), QByteArray(64, 'a'));
}

void TestEmbeddedServer::theRecoveryKeyReadsBackToTheSameKeyAndAMistypeIsFound()
{
    const QByteArray key = QByteArray::fromHex("00112233445566778899aabbccddeeff0f1e2d3c4b5a69788796a5b4c3d2e1f0");
    const QStringList groups = RecoveryKey::groups(key);
    QCOMPARE(groups.size(), 9);
    QCOMPARE(groups.mid(0, 8).join(QString()), QString::fromLatin1(key.toHex()).toUpper());
    for (const QString &group : groups)
        QCOMPARE(group.size(), 8);
    const QString formatted = RecoveryKey::format(key);
    QCOMPARE(formatted, groups.join(QLatin1Char(' ')));

    QCOMPARE(RecoveryKey::parse(formatted).value, key);
    // As people copy it back: lower case, dashes, line breaks, an O for a 0.
    QString handwritten = formatted.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    handwritten.replace(0, 2, QStringLiteral("oO"));
    handwritten.insert(26, QLatin1Char('\n'));
    QCOMPARE(RecoveryKey::parse(handwritten).value, key);

    // One character of one group wrong: found by the check group.
    QString mistyped = formatted;
    mistyped[12] = mistyped[12] == QLatin1Char('7') ? QLatin1Char('1') : QLatin1Char('7');
    QCOMPARE(refusalOf(mistyped),
             QStringLiteral("The recovery key does not match its last group, the check group: a character is "
                            "mistyped. Compare each group with the paper and type it again."));
    // Two groups swapped.
    QStringList swapped = groups;
    swapped.swapItemsAt(2, 3);
    QCOMPARE(refusalOf(swapped.join(QLatin1Char(' '))),
             QStringLiteral("The recovery key does not match its last group, the check group: a character is "
                            "mistyped. Compare each group with the paper and type it again."));
    // A group left out.
    QCOMPARE(refusalOf(groups.mid(1).join(QLatin1Char(' '))),
             QStringLiteral("The recovery key has 64 characters, but it should have 72 (9 groups of 8): check "
                            "that no group is missing or typed twice."));
    QCOMPARE(refusalOf(formatted + QStringLiteral("G")),
             QStringLiteral("The recovery key has a character that is not in any recovery key, \"G\": it "
                            "holds only the digits 0 to 9 and the letters A to F."));
}

void TestEmbeddedServer::aLostKeyFileIsPutBackFromTheRecoveryKey()
{
    QString recovery;
    {
        DatabaseStartup startup(withKeyFolder());
        Result<StartupState> outcome = startup.run();
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        const Result<QString> shown = startup.recoveryKey();
        QVERIFY2(shown.ok(), qPrintable(shown.message));
        recovery = shown.value;
        QCOMPARE(recovery, RecoveryKey::format(*RecoveryKey::fromKeyFileText(readAll(keyFile()))));
        startup.shutDown();
    }
    {
        EmbeddedServer server(withKeyFolder());
        {
            const Result<> started = server.start();
            QVERIFY2(started.ok(), qPrintable(started.message));
        }
        const ScopedConnection connection(server.connectionSettings(), QStringLiteral("embedded-test"));
        QCOMPARE(writeProbeNote(connection.session()), QString());
    }
    const QByteArray key = readAll(keyFile());
    QVERIFY(QFile::remove(keyFile())); // the computer was lost; the database comes back from a backup

    DatabaseStartup lost(withKeyFolder());
    const Result<StartupState> refused = lost.run();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.message,
             QStringLiteral("The key that protects the medical notes is missing from %1, so Write Care Notes cannot "
                            "open its database: put it back by typing the recovery key you were given when Write Care "
                            "Notes was set up into \"writecarenotes-admin restore-key --embedded\", in a terminal, as "
                            "the same user that runs Write Care Notes; then start Write Care Notes again.")
                 .arg(keyFile()));
    lost.shutDown();

    // Another database's recovery key is well formed, but opens none of this database's keys: refused at start.
    const ServerAccount account = ServerAccount::forCurrentProcess().value;
    QVERIFY(MedicalNotesKeys::writeKeyFile(keyFile(), QByteArray(32, '\x5a'), account).ok());
    DatabaseStartup mistaken(withKeyFolder());
    const Result<StartupState> wrongKey = mistaken.run();
    QVERIFY(!wrongKey.ok());
    QCOMPARE(wrongKey.message,
             QStringLiteral("The key in %1 does not open this database's medical notes: it is another database's key, "
                            "or another recovery key was typed. Move that file elsewhere and put this database's key "
                            "back with \"writecarenotes-admin restore-key\".")
                 .arg(keyFile()));
    mistaken.shutDown();
    QVERIFY(QFile::remove(keyFile()));

    // What restore-key does with what was typed.
    const Result<QByteArray> typed = RecoveryKey::parse(recovery.toLower());
    QVERIFY2(typed.ok(), qPrintable(typed.message));
    QVERIFY(MedicalNotesKeys::writeKeyFile(keyFile(), typed.value, account).ok());
    QCOMPARE(readAll(keyFile()), key);
    QCOMPARE(modeOf(keyFile()), mode_t(0600));
    QCOMPARE(MedicalNotesKeys::writeKeyFile(keyFile(), QByteArray(32, 'x'), account).message,
             QStringLiteral("A key file %1 already exists; it is never overwritten: if it is the wrong one, move it "
                            "elsewhere first.")
                 .arg(keyFile()));
    QCOMPARE(readAll(keyFile()), key);

    DatabaseStartup restored(withKeyFolder());
    const Result<StartupState> outcome = restored.run();
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    restored.shutDown();
    EmbeddedServer server(withKeyFolder());
    {
        const Result<> started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.message));
    }
    const ScopedConnection connection(server.connectionSettings(), QStringLiteral("embedded-test"));
    QCOMPARE(readProbeNote(connection.session()), probeText);
}

QTEST_GUILESS_MAIN(TestEmbeddedServer)
#include "TestEmbeddedServer.moc"
