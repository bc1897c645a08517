#include "backup/BackupConfiguration.h"

#include "server/PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

QString BackupConfiguration::lockDirectory() const
{
    return QFileInfo(configFile).absolutePath() + QStringLiteral("/pgbackrest-lock");
}

QString BackupConfiguration::logDirectory() const
{
    return QFileInfo(configFile).absolutePath() + QStringLiteral("/pgbackrest-log");
}

QByteArray BackupConfiguration::fileText() const
{
    QString text;
    text +=
        QStringLiteral("# Written by Write Care Notes (writecarenotes-admin backup configure, or the app for its own\n"
                       "# database). Read by pgBackRest: the server's archive_command names this file.\n");
    text += QStringLiteral("[global]\n");
    text += QStringLiteral("repo1-path=%1\n").arg(repository);
    text += QStringLiteral("repo1-retention-full=%1\n").arg(retentionFull);
    text += QStringLiteral("compress-type=zst\n");
    // A backup starts at once (an immediate checkpoint) rather than at the server's next one.
    text += QStringLiteral("start-fast=y\n");
    text += QStringLiteral("lock-path=%1\n").arg(lockDirectory());
    text += QStringLiteral("log-path=%1\n").arg(logDirectory());
    // Only what went wrong is kept: archive-push runs for every WAL segment, all day.
    text += QStringLiteral("log-level-file=warn\n");
    text += QStringLiteral("log-level-console=warn\n");
    text += QStringLiteral("log-level-stderr=error\n");
    text += QStringLiteral("\n[%1]\n").arg(stanza);
    text += QStringLiteral("pg1-path=%1\n").arg(dataDirectory);
    if (socketInFile)
        text += QStringLiteral("pg1-socket-path=%1\n").arg(socketDirectory);
    else
        text += QStringLiteral("# pg1-socket-path: a new one at each start, given by Write Care Notes\n");
    text += QStringLiteral("pg1-port=%1\n").arg(port);
    text += QStringLiteral("pg1-user=%1\n").arg(user);
    text += QStringLiteral("pg1-database=%1\n").arg(database);
    return text.toUtf8();
}

QString BackupConfiguration::archiveCommand(const QString &program) const
{
    return QStringLiteral("\"%1\" --config=\"%2\" --stanza=%3 archive-push \"%p\"").arg(program, configFile, stanza);
}

QString BackupConfiguration::unsafePathMessage() const
{
    for (const QString &path : {configFile, repository, dataDirectory, socketDirectory}) {
        if (path.isEmpty())
            continue;
        if (!PostgresCluster::isSafePath(path) || path.contains(QLatin1Char('\n')) || path.contains(QLatin1Char('=')))
            return tr("The path %1 has a character (one of \" ' ` $ \\ =) that the database server's archive command "
                      "or pgBackRest cannot take safely: choose a folder without it.")
                .arg(path);
    }
    for (const QString &name : {stanza, user, database}) {
        for (const QChar c : name) {
            if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')))
                return tr("The name %1 may hold only letters, digits, - and _ for pgBackRest.").arg(name);
        }
    }
    return {};
}

Result<BackupConfiguration> BackupConfiguration::read(const QString &configFile)
{
    QFile file(configFile);
    if (!file.open(QIODevice::ReadOnly))
        return Result<BackupConfiguration>::failed(
            tr("The backup configuration %1 cannot be read (%2): give the file written by \"backup configure\" with "
               "--backup-config.")
                .arg(configFile, file.errorString()));
    BackupConfiguration read;
    read.configFile = QFileInfo(configFile).absoluteFilePath();
    QHash<QString, QString> values;
    QString section;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2);
            if (section != QLatin1String("global"))
                read.stanza = section;
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals > 0)
            values.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    read.repository = values.value(QStringLiteral("repo1-path"));
    read.retentionFull = values.value(QStringLiteral("repo1-retention-full")).toInt();
    read.dataDirectory = values.value(QStringLiteral("pg1-path"));
    read.socketDirectory = values.value(QStringLiteral("pg1-socket-path"));
    read.socketInFile = values.contains(QStringLiteral("pg1-socket-path"));
    read.port = values.value(QStringLiteral("pg1-port"), QStringLiteral("5432")).toInt();
    read.user = values.value(QStringLiteral("pg1-user"));
    read.database = values.value(QStringLiteral("pg1-database"));
    if (read.repository.isEmpty() || read.dataDirectory.isEmpty() || read.stanza.isEmpty() || read.user.isEmpty() ||
        read.database.isEmpty())
        return Result<BackupConfiguration>::failed(
            tr("%1 is not a backup configuration written by Write Care Notes (it lacks the repository, the data "
               "folder, the user or the database).")
                .arg(configFile));
    return Result<BackupConfiguration>::done(read);
}

QString BackupConfiguration::clusterName(const QString &dataDirectory)
{
    QString name = QFileInfo(QDir::cleanPath(dataDirectory)).fileName();
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return name.isEmpty() ? QStringLiteral("cluster") : name;
}

QString BackupConfiguration::defaultConfigFile(const QString &dataDirectory)
{
    return QFileInfo(QDir::cleanPath(dataDirectory)).absolutePath() + QStringLiteral("/writecarenotes-") +
           clusterName(dataDirectory) + QStringLiteral("-pgbackrest.conf");
}
