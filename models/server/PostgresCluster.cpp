#include "server/PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <cerrno>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

namespace {

const QString pidFileName = QStringLiteral("postmaster.pid");
const QString startupLogName = QStringLiteral("startup.log");

bool isDiskFull(const QString &output)
{
    return output.contains(QLatin1String("No space left on device"), Qt::CaseInsensitive) ||
           output.contains(QLatin1String("Disk quota exceeded"), Qt::CaseInsensitive);
}

QString diskFullMessage(const QString &directory)
{
    return PostgresCluster::tr("There is not enough free disk space in %1 to run the database: free some space on "
                               "that disk, then start Write Care Notes again.")
        .arg(directory);
}

// Writes text to a new file only its owner may read, then hands the file to the server account.
bool writePrivateFile(const QString &path, const QByteArray &text, const ServerAccount &account)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const bool written = ::write(fd, text.constData(), static_cast<size_t>(text.size())) == text.size();
    ::close(fd);
    return written && account.takeOwnership(path);
}

} // namespace

PostgresCluster::PostgresCluster(const QString &dataDirectory, const PostgresBinaries &binaries,
                                 const ServerAccount &account)
    : m_dataDirectory(QDir::cleanPath(QFileInfo(dataDirectory).absoluteFilePath())), m_binaries(binaries),
      m_account(account)
{}

QString PostgresCluster::logDirectory() const
{
    return QDir(m_dataDirectory).filePath(QStringLiteral("log"));
}

bool PostgresCluster::isSafePath(const QString &path)
{
    static const QString unsafe = QStringLiteral("\"'`$\\\n\r");
    for (const QChar c : path) {
        if (unsafe.contains(c))
            return false;
    }
    return true;
}

QString PostgresCluster::unsafePathMessage(const QString &path) const
{
    return tr("The folder %1 has a character in its name (one of \" ' ` $ \\) that PostgreSQL's tools cannot take "
              "safely: choose a folder without it.")
        .arg(path);
}

int PostgresCluster::majorVersionOf(const QString &dataDirectory)
{
    QFile file(QDir(dataDirectory).filePath(QStringLiteral("PG_VERSION")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toInt();
}

PostgresCluster::ToolResult PostgresCluster::runTool(const QString &name, const QStringList &arguments,
                                                     int timeoutMilliseconds) const
{
    QString program = m_binaries.program(name);
    QStringList args = arguments;
    m_account.wrapCommand(program, args);

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The server account may not be able to enter our current directory (root's home, for one).
    process.setWorkingDirectory(QStringLiteral("/"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The tools' messages are matched in English below.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("PGDATA"));
    process.setProcessEnvironment(environment);
    process.start(program, args);

    ToolResult result;
    if (!process.waitForStarted(10000)) {
        result.output = process.errorString();
        return result;
    }
    result.finished = process.waitForFinished(timeoutMilliseconds) && process.exitStatus() == QProcess::NormalExit;
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitCode();
    result.output = QString::fromLocal8Bit(process.readAll());
    return result;
}

Result<> PostgresCluster::initialize(const QString &superuser, const QString &password,
                                     const QStringList &configuration)
{
    if (!isSafePath(m_dataDirectory)) {
        return Result<>::failed(unsafePathMessage(m_dataDirectory));
    }
    QDir data(m_dataDirectory);
    if (data.exists() && !data.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        return Result<>::failed(tr("The folder %1 is not empty, so no new database can be created in it: move its "
                                   "contents elsewhere, then start again.")
                                    .arg(m_dataDirectory));
    }
    if (!data.exists() && !QDir().mkpath(m_dataDirectory)) {
        return Result<>::failed(
            tr("The folder %1 cannot be created: check that its parent folder exists and is writable.")
                .arg(m_dataDirectory));
    }
    QFile::setPermissions(m_dataDirectory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!m_account.takeOwnership(m_dataDirectory)) {
        return Result<>::failed(tr("The folder %1 cannot be handed to the %2 account that runs the database: check the "
                                   "folder's file system.")
                                    .arg(m_dataDirectory, m_account.userName()));
    }

    // initdb reads the superuser's password from a file: one only the server account can read, removed at once.
    const QString passwordFile = QFileInfo(m_dataDirectory).path() + QStringLiteral("/.") +
                                 QFileInfo(m_dataDirectory).fileName() + QStringLiteral(".initdb-password");
    QFile::remove(passwordFile);
    if (!writePrivateFile(passwordFile, password.toUtf8() + '\n', m_account)) {
        QFile::remove(passwordFile);
        return Result<>::failed(tr("A temporary file cannot be written in %1: check that the disk is not full and the "
                                   "folder is writable.")
                                    .arg(QFileInfo(m_dataDirectory).path()));
    }
    const ToolResult initdb =
        runTool(QStringLiteral("initdb"),
                {QStringLiteral("--pgdata=") + m_dataDirectory, QStringLiteral("--username=") + superuser,
                 QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--auth=scram-sha-256"),
                 QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8"),
                 QStringLiteral("--data-checksums"), QStringLiteral("--no-instructions")},
                300000);
    QFile::remove(passwordFile);
    if (!initdb.finished || initdb.exitCode != 0) {
        if (isDiskFull(initdb.output))
            return Result<>::failed(diskFullMessage(QFileInfo(m_dataDirectory).path()));
        return Result<>::failed(tr("The database could not be created in %1 (initdb: %2): check that the folder is "
                                   "writable, then start again.")
                                    .arg(m_dataDirectory, initdb.output.trimmed().section(QLatin1Char('\n'), -1)));
    }

    QFile config(QDir(m_dataDirectory).filePath(QStringLiteral("postgresql.conf")));
    QByteArray lines = "\n# Added by Write Care Notes when it created this database.\n";
    for (const QString &line : configuration)
        lines += line.toUtf8() + '\n';
    // Written through to the disk: a power cut must not leave a cluster without its settings (TCP off among them).
    if (!config.open(QIODevice::Append) || config.write(lines) != lines.size() || !config.flush() ||
        ::fsync(config.handle()) != 0) {
        return Result<>::failed(config.error() == QFileDevice::ResourceError
                                    ? diskFullMessage(QFileInfo(m_dataDirectory).path())
                                    : tr("The database settings in %1 cannot be written: check that the disk is not "
                                         "full, then start again.")
                                          .arg(config.fileName()));
    }
    return Result<>::done();
}

Result<> PostgresCluster::start(const QString &socketDirectory, int port, const QString &listenAddresses)
{
    for (const QString &path : {m_dataDirectory, socketDirectory, listenAddresses}) {
        if (!isSafePath(path)) {
            return Result<>::failed(unsafePathMessage(path));
        }
    }
    const QString log = QDir(m_dataDirectory).filePath(startupLogName);
    const LogSizes before = logSizes();
    // listen_addresses is also in postgresql.conf; given here as well, no lost or edited setting opens a TCP port.
    const ToolResult started = runTool(
        QStringLiteral("pg_ctl"),
        {QStringLiteral("start"), QStringLiteral("--pgdata=") + m_dataDirectory, QStringLiteral("--wait"),
         QStringLiteral("--timeout=120"), QStringLiteral("--silent"), QStringLiteral("--log=") + log,
         QStringLiteral("-o"),
         QStringLiteral("-k '%1' -p %2 -c listen_addresses='%3'").arg(socketDirectory).arg(port).arg(listenAddresses)},
        150000);
    if (started.finished && started.exitCode == 0)
        return Result<>::done();
    const QString reason = serverMessageSince(before);
    if (isDiskFull(reason) || isDiskFull(started.output))
        return Result<>::failed(diskFullMessage(m_dataDirectory));
    if (reason.contains(QLatin1String("too long")))
        return Result<>::failed(
            tr("The socket folder %1 has a path too long for this system: choose a shorter one.").arg(socketDirectory));
    return Result<>::failed(
        tr("The database server did not start (%1): see the log in %2.")
            .arg(reason.isEmpty() ? started.output.trimmed().section(QLatin1Char('\n'), 0, 0) : reason, log));
}

PostgresCluster::LogSizes PostgresCluster::logSizes() const
{
    LogSizes sizes;
    sizes.insert(QDir(m_dataDirectory).filePath(startupLogName),
                 QFileInfo(QDir(m_dataDirectory).filePath(startupLogName)).size());
    const QFileInfoList rotated = QDir(logDirectory()).entryInfoList({QStringLiteral("*.log")}, QDir::Files);
    for (const QFileInfo &file : rotated)
        sizes.insert(file.absoluteFilePath(), file.size());
    return sizes;
}

QString PostgresCluster::serverMessageSince(const LogSizes &before) const
{
    QString found;
    const LogSizes now = logSizes();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const qint64 from = before.value(it.key(), 0);
        if (it.value() <= from)
            continue;
        QFile file(it.key());
        if (!file.open(QIODevice::ReadOnly) || !file.seek(qMax(from, it.value() - 65536)))
            continue;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            for (const QLatin1String level : {QLatin1String("FATAL:"), QLatin1String("PANIC:")}) {
                const qsizetype at = line.indexOf(level);
                if (at >= 0)
                    found = line.mid(at + level.size()).trimmed();
            }
        }
    }
    return found;
}

Result<> PostgresCluster::stop()
{
    if (!postmaster())
        return Result<>::done();
    const QStringList common = {QStringLiteral("--pgdata=") + m_dataDirectory, QStringLiteral("--wait"),
                                QStringLiteral("--silent")};
    ToolResult result = runTool(
        QStringLiteral("pg_ctl"),
        QStringList{QStringLiteral("stop"), QStringLiteral("--mode=fast"), QStringLiteral("--timeout=30")} + common,
        40000);
    if ((!result.finished || result.exitCode != 0) && postmaster()) {
        result = runTool(
            QStringLiteral("pg_ctl"),
            QStringList{QStringLiteral("stop"), QStringLiteral("--mode=immediate"), QStringLiteral("--timeout=30")} +
                common,
            40000);
    }
    if (postmaster()) {
        return Result<>::failed(
            tr("The database server in %1 did not stop (%2).").arg(m_dataDirectory, result.output.trimmed()));
    }
    return Result<>::done();
}

std::optional<PostgresCluster::Postmaster> PostgresCluster::postmaster() const
{
    QFile file(QDir(m_dataDirectory).filePath(pidFileName));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (lines.isEmpty())
        return std::nullopt;
    Postmaster found;
    found.pid = lines.value(0).trimmed().toLongLong();
    if (found.pid <= 0)
        return std::nullopt;
    const pid_t pid = static_cast<pid_t>(found.pid);
    if (::kill(pid, 0) != 0 && errno != EPERM)
        return std::nullopt;

    // A live process with that pid may be anything after a crash and a reboot: it is this cluster's server only if
    // it runs a postgres binary in this data directory (the postmaster's working directory is its data directory).
    const QString proc = QStringLiteral("/proc/%1/").arg(found.pid);
    const QString executable = QFileInfo(proc + QStringLiteral("exe")).symLinkTarget();
    const QString workingDirectory = QFileInfo(proc + QStringLiteral("cwd")).symLinkTarget();
    if (!QFileInfo(executable).fileName().startsWith(QLatin1String("postgres")))
        return std::nullopt;
    if (QFileInfo(workingDirectory).canonicalFilePath() != QFileInfo(m_dataDirectory).canonicalFilePath())
        return std::nullopt;

    found.port = lines.value(3).trimmed().toInt();
    found.socketDirectory = lines.value(4).trimmed();
    found.status = lines.value(7).trimmed();
    return found;
}

Result<QString> PostgresCluster::removeStalePidFile()
{
    const QString path = QDir(m_dataDirectory).filePath(pidFileName);
    QFile file(path);
    if (!file.exists() || postmaster())
        return Result<QString>::done();
    QString socketDirectory;
    if (file.open(QIODevice::ReadOnly)) {
        socketDirectory = QString::fromUtf8(file.readAll()).section(QLatin1Char('\n'), 4, 4).trimmed();
        file.close();
    }
    if (QFile::remove(path))
        return Result<QString>::done(socketDirectory);
    return Result<QString>::failed(
        tr("The file %1, left by a database server that is no longer running, cannot be removed: "
           "check the folder's permissions.")
            .arg(path));
}
