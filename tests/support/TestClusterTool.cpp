// wcn-test-cluster start|stop STATEFILE: the throwaway PostgreSQL cluster of one ctest run.
//
// start: initdb in a fresh /tmp/wcn-test-XXXXXX (never a mock, never SQLite), start it on a private socket and on a
// free TCP port of 127.0.0.1, create the template database and migrate it once; every database test then copies it.
// stop: stop the server and remove the directory. A cluster left by an aborted earlier run is stopped first.

#include "TestCluster.h"
#include "database/Migrator.h"
#include "database/PgSession.h"
#include "database/ScopedConnection.h"
#include "server/PostgresBinaries.h"
#include "server/PostgresCluster.h"
#include "server/ServerAccount.h"
#include "session/MedicalNotesKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool stopCluster(const QString &stateFile)
{
    if (!QFileInfo::exists(stateFile))
        return true;
    const TestCluster cluster = TestCluster::read(stateFile);
    const Result<ServerAccount> account = ServerAccount::forCurrentProcess();
    if (!cluster.dataDirectory.isEmpty() && account.ok()) {
        const Result<PostgresBinaries> binaries = PostgresBinaries::locate(cluster.binDirectory, 0);
        if (binaries.ok()) {
            const Result<> stopped = PostgresCluster(cluster.dataDirectory, binaries.value, account.value).stop();
            if (!stopped.ok())
                err() << stopped.message << Qt::endl;
        }
    }
    // Only ever a directory this tool made.
    if (cluster.baseDirectory.startsWith(QLatin1String("/tmp/wcn-test-")))
        QDir(cluster.baseDirectory).removeRecursively();
    QFile::remove(stateFile);
    return true;
}

int startCluster(const QString &stateFile)
{
    stopCluster(stateFile);
    const Result<ServerAccount> accountFound = ServerAccount::forCurrentProcess();
    if (!accountFound.ok()) {
        err() << accountFound.message << Qt::endl;
        return 1;
    }
    const ServerAccount account = accountFound.value;
    const Result<PostgresBinaries> located = PostgresBinaries::locate(qEnvironmentVariable("WCN_TEST_PG_BINDIR"), 0);
    if (!located.ok()) {
        err() << located.message << Qt::endl;
        return 1;
    }
    const PostgresBinaries binaries = located.value;

    QByteArray base = "/tmp/wcn-test-XXXXXX";
    if (!::mkdtemp(base.data())) {
        err() << "cannot create a directory in /tmp" << Qt::endl;
        return 1;
    }
    TestCluster cluster;
    cluster.baseDirectory = QString::fromLocal8Bit(base);
    QFile::setPermissions(cluster.baseDirectory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner | QFileDevice::ExeOther);
    cluster.dataDirectory = cluster.baseDirectory + QStringLiteral("/data");
    cluster.socketDirectory = cluster.baseDirectory + QStringLiteral("/socket");
    cluster.binDirectory = binaries.directory();
    cluster.port = freeLoopbackPort();
    QByteArray secret(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    cluster.password = QString::fromLatin1(secret.toHex());
    if (cluster.port == 0 || !QDir().mkdir(cluster.socketDirectory) ||
        !QFile::setPermissions(cluster.socketDirectory,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner) ||
        !account.takeOwnership(cluster.socketDirectory)) {
        err() << "cannot prepare the test cluster's socket directory or port" << Qt::endl;
        return 1;
    }

    PostgresCluster server(cluster.dataDirectory, binaries, account);
    // Throwaway data: durability settings off for speed. TCP on loopback only, for the sslmode tests.
    const QStringList configuration = {
        QStringLiteral("listen_addresses = '127.0.0.1'"),
        QStringLiteral("unix_socket_permissions = 0700"),
        QStringLiteral("fsync = off"),
        QStringLiteral("synchronous_commit = off"),
        QStringLiteral("full_page_writes = off"),
        QStringLiteral("max_connections = 100"),
        QStringLiteral("log_min_messages = warning"),
    };
    Result<> running = server.initialize(QString::fromLatin1(TestCluster::superuser), cluster.password, configuration);
    if (running.ok())
        running = server.start(cluster.socketDirectory, cluster.port, QStringLiteral("127.0.0.1"));
    if (!running.ok()) {
        err() << running.message << Qt::endl;
        QDir(cluster.baseDirectory).removeRecursively();
        return 1;
    }
    if (!cluster.write(stateFile)) {
        err() << "cannot write " << stateFile << Qt::endl;
        return 1;
    }

    const QString templateName = QString::fromLatin1(TestCluster::templateDatabase);
    int version = 0;
    {
        const ScopedConnection admin(cluster.settings(QStringLiteral("postgres")), QStringLiteral("admin"));
        if (!admin.isOpen()) {
            err() << "cannot create the template database: " << admin.status().message << Qt::endl;
            return 1;
        }
        const PgResult created = admin.session().exec(QStringLiteral("CREATE DATABASE %1").arg(templateName));
        if (!created.ok()) {
            err() << "cannot create the template database: " << created.error().message << Qt::endl;
            return 1;
        }
    }
    {
        // Closed at the end of this block: nothing may stay connected to a template that CREATE DATABASE copies.
        const ScopedConnection db(cluster.settings(templateName), QStringLiteral("template"));
        if (!db.isOpen()) {
            err() << db.status().message << Qt::endl;
            return 1;
        }
        const Result<MigrationRun> migrated = Migrator().migrate(db.database());
        if (!migrated.ok()) {
            err() << migrated.message << Qt::endl;
            return 1;
        }
        version = migrated.value.toVersion;
        // Every copy of the template shares this key file, outside the cluster's data directory.
        const Result<> keys = MedicalNotesKeys::createLocalKeyFile(
            db.session(), cluster.baseDirectory + QStringLiteral("/master.key"), account);
        if (!keys.ok()) {
            err() << keys.message << Qt::endl;
            return 1;
        }
    }
    QTextStream(stdout) << "Test PostgreSQL " << binaries.version() << " ready in " << cluster.baseDirectory
                        << " (socket and 127.0.0.1:" << cluster.port << "), template at schema " << version << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 || (args.at(1) != QLatin1String("start") && args.at(1) != QLatin1String("stop"))) {
        err() << "usage: wcn-test-cluster start|stop STATEFILE" << Qt::endl;
        return 2;
    }
    return args.at(1) == QLatin1String("start") ? startCluster(args.at(2)) : (stopCluster(args.at(2)) ? 0 : 1);
}
