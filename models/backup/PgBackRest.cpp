#include "backup/PgBackRest.h"

#include "common/Clock.h"
#include "server/PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

constexpr int quickTimeout = 10 * 60 * 1000;

} // namespace

PgBackRest::PgBackRest(BackupConfiguration configuration, ServerAccount account, QString password)
    : m_configuration(std::move(configuration)), m_account(std::move(account)), m_password(std::move(password))
{}

QString PgBackRest::program()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("pgbackrest"));
    return found.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("pgbackrest"), {QStringLiteral("/usr/bin")})
                           : found;
}

QString PgBackRest::installMessage()
{
    return tr("pgBackRest is not installed: install the Debian package pgbackrest (sudo apt install pgbackrest), then "
              "try again.");
}

Result<> PgBackRest::writeConfiguration() const
{
    if (const QString unsafe = m_configuration.unsafePathMessage(); !unsafe.isEmpty())
        return Result<>::refused(unsafe);
    // Folders and the file are made by the server's account itself (ServerAccount): root never follows a link
    // planted in a folder of the server's.
    const QString folder = QFileInfo(m_configuration.configFile).absolutePath();
    for (const QString &directory : {folder, m_configuration.lockDirectory(), m_configuration.logDirectory()}) {
        const QFileInfo found(directory);
        if (found.isSymLink() || (ServerAccount::occupied(directory) && !found.isDir()))
            return Result<>::refused(tr("%1 is not a folder (a link or a file is there): pgBackRest's folders are made "
                                        "by this program, or must be real folders.")
                                         .arg(directory));
        if (!ServerAccount::occupied(directory) && !m_account.makeDirectory(directory))
            return Result<>::failed(tr("The folder %1 for pgBackRest could not be made for the server's account %2.")
                                        .arg(directory, m_account.userName()));
    }
    QFile file(m_configuration.configFile);
    const QByteArray text = m_configuration.fileText();
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray existing = file.readAll();
        file.close();
        if (existing == text)
            return Result<>::done();
        const QString kept = m_configuration.configFile + QStringLiteral(".replaced-") +
                             Clock::now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(m_configuration.configFile, kept))
            return Result<>::failed(tr("The earlier backup configuration %1 could not be set aside as %2.")
                                        .arg(m_configuration.configFile, kept));
    }
    if (!m_account.writeFile(m_configuration.configFile, text))
        return Result<>::failed(tr("The backup configuration %1 could not be written as the server's account %2.")
                                    .arg(m_configuration.configFile, m_account.userName()));
    return Result<>::done();
}

PgBackRest::Run PgBackRest::run(const QStringList &arguments, int timeoutMilliseconds) const
{
    Run result;
    QString executable = program();
    if (executable.isEmpty()) {
        result.errors = installMessage();
        return result;
    }
    QStringList args = {QStringLiteral("--config=") + m_configuration.configFile,
                        QStringLiteral("--stanza=") + m_configuration.stanza};
    args += arguments;
    m_account.wrapCommand(executable, args);

    QProcess process;
    process.setWorkingDirectory(QStringLiteral("/"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // Options only from the file this program wrote.
    for (const QString &name : environment.keys()) {
        if (name.startsWith(QLatin1String("PGBACKREST_")))
            environment.remove(name);
    }
    if (!m_password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), m_password);
    if (!m_configuration.socketInFile && !m_configuration.socketDirectory.isEmpty())
        environment.insert(QStringLiteral("PGBACKREST_PG1_SOCKET_PATH"), m_configuration.socketDirectory);
    process.setProcessEnvironment(environment);
    process.start(executable, args);
    if (!process.waitForStarted(10000)) {
        result.errors = process.errorString();
        return result;
    }
    result.finished = process.waitForFinished(timeoutMilliseconds) && process.exitStatus() == QProcess::NormalExit;
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitCode();
    result.output = QString::fromUtf8(process.readAllStandardOutput());
    result.errors = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString PgBackRest::failure(const QString &what, const Run &run)
{
    // pgBackRest says what went wrong on a line "ERROR: [code]: sentence"; the rest is its progress.
    static const QRegularExpression errorLine(QStringLiteral("ERROR: \\[\\d+\\]: ([^\\n]*)"));
    const QRegularExpressionMatch match = errorLine.match(run.errors + run.output);
    QString reason = match.hasMatch() ? match.captured(1).trimmed() : run.errors.trimmed();
    if (!run.finished && reason.isEmpty())
        reason = tr("it did not finish");
    if (reason.isEmpty())
        reason = tr("exit code %1").arg(run.exitCode);
    return tr("%1 (pgBackRest: %2)").arg(what, reason);
}

Result<> PgBackRest::createStanza() const
{
    const Run done = run({QStringLiteral("stanza-create")}, quickTimeout);
    if (!done.finished || done.exitCode != 0)
        return Result<>::failed(
            failure(tr("The backup repository %1 could not be prepared.").arg(m_configuration.repository), done));
    return Result<>::done();
}

Result<> PgBackRest::check() const
{
    const Run done = run({QStringLiteral("check")}, quickTimeout);
    if (!done.finished || done.exitCode != 0)
        return Result<>::failed(failure(
            tr("The server's write-ahead log does not reach the backup repository %1.").arg(m_configuration.repository),
            done));
    return Result<>::done();
}

Result<> PgBackRest::backup(BackupType type) const
{
    const QString name = type == BackupType::Full           ? QStringLiteral("full")
                         : type == BackupType::Differential ? QStringLiteral("diff")
                                                            : QStringLiteral("incr");
    const Run done = run({QStringLiteral("backup"), QStringLiteral("--type=") + name}, -1);
    if (!done.finished || done.exitCode != 0)
        return Result<>::failed(
            failure(tr("The backup into %1 did not complete.").arg(m_configuration.repository), done));
    return Result<>::done();
}

Result<BackupInventory> PgBackRest::info() const
{
    const Run done = run({QStringLiteral("info"), QStringLiteral("--output=json")}, quickTimeout);
    if (!done.finished || done.exitCode != 0)
        return Result<BackupInventory>::failed(
            failure(tr("The backups in %1 could not be listed.").arg(m_configuration.repository), done));
    return BackupInventory::fromJson(done.output.toUtf8(), m_configuration.stanza);
}

Result<> PgBackRest::restore(const QString &dataDirectory, const std::optional<RestoreTime> &to,
                             const QString &label) const
{
    if (!PostgresCluster::isSafePath(dataDirectory) || dataDirectory.contains(QLatin1Char('=')))
        return Result<>::refused(tr("The folder %1 has a character (one of \" ' ` $ \\ =) that pgBackRest cannot "
                                    "take safely: choose a folder without it.")
                                     .arg(dataDirectory));
    QString chosen = label;
    if (to) {
        // pgBackRest restores from the newest backup that ended before the moment, counting whole seconds: a moment
        // in the second a backup ended, or before the first ended, has no backup to start from.
        const Result<BackupInventory> inventory = info();
        if (!inventory.ok())
            return Result<>::failedAs(inventory);
        const qint64 second = to->utc.toSecsSinceEpoch();
        for (const BackupSet &set : inventory.value.sets) {
            if (!set.error && set.stopped.toSecsSinceEpoch() < second)
                chosen = set.label; // the newest such, named so that a backup with page errors is never taken
        }
        if (chosen.isEmpty()) {
            const std::optional<BackupSet> first =
                inventory.value.sets.isEmpty() ? std::nullopt : std::optional(inventory.value.sets.first());
            return Result<>::refused(
                first
                    ? tr("No backup had ended by %1: the earliest moment a restore can reach is %2 UTC.")
                          .arg(to->target(), first->stopped.addSecs(1).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                    : tr("The repository %1 holds no backup yet.").arg(m_configuration.repository));
        }
    }
    // A new folder, made here by the server's account: never one that exists (it could be anyone's, or a link).
    if (ServerAccount::occupied(dataDirectory))
        return Result<>::refused(
            tr("%1 already exists: a restore goes into a new folder, and nothing there is overwritten.")
                .arg(dataDirectory));
    if (!QFileInfo(QFileInfo(dataDirectory).absolutePath()).isDir())
        return Result<>::refused(tr("The folder %1, in which the restore would be made, does not exist.")
                                     .arg(QFileInfo(dataDirectory).absolutePath()));
    if (!m_account.makeDirectory(dataDirectory))
        return Result<>::failed(tr("The folder %1 could not be made for the server's account %2.")
                                    .arg(dataDirectory, m_account.userName()));
    // The restored server must not archive into the repository of the server it was copied from: it would add a
    // second history to it.
    QStringList arguments = {QStringLiteral("restore"), QStringLiteral("--pg1-path=") + dataDirectory,
                             QStringLiteral("--archive-mode=off")};
    if (to) {
        arguments += {QStringLiteral("--set=") + chosen, QStringLiteral("--type=time"),
                      QStringLiteral("--target=") + to->target(), QStringLiteral("--target-action=promote")};
    } else if (!label.isEmpty()) {
        arguments += {QStringLiteral("--set=") + label, QStringLiteral("--type=immediate"),
                      QStringLiteral("--target-action=promote")};
    }
    const Run done = run(arguments, -1);
    if (!done.finished || done.exitCode != 0)
        return Result<>::failed(failure(tr("The restore into %1 did not complete.").arg(dataDirectory), done));
    return Result<>::done();
}
