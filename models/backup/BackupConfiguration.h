#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// What pgBackRest is told about one cluster and its repository. Written to a configuration file of its own (never
// the system's /etc/pgbackrest.conf, which may describe other clusters), named by the server's archive_command and by
// every later command. No secret is in it: pgBackRest reaches the server over its Unix socket with the password in
// its environment.
struct BackupConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(BackupConfiguration)

public:
    static constexpr char defaultStanza[] = "writecarenotes";
    // Full backups kept; the WAL archive goes back to the oldest of them, so a restore can reach any moment since.
    static constexpr int defaultRetention = 4;

    QString configFile;
    QString stanza = QString::fromLatin1(defaultStanza);
    QString repository;
    int retentionFull = defaultRetention;
    QString dataDirectory;
    QString socketDirectory;
    // The embedded server makes a new socket folder at each start: its configuration file names none, and every
    // command run here is given the current one (PgBackRest). The server's own archive-push needs no socket.
    bool socketInFile = true;
    int port = 5432;
    QString user;
    QString database;

    // pgBackRest's lock and log folders, beside the configuration file: its defaults in /tmp and /var/log may belong
    // to another account.
    QString lockDirectory() const;
    QString logDirectory() const;
    QByteArray fileText() const;
    // The server's archive_command, which the server runs through /bin/sh.
    QString archiveCommand(const QString &program) const;
    // The first of this configuration's paths that the server's shell or pgBackRest could not take safely, as a
    // sentence; empty when all are fine.
    QString unsafePathMessage() const;
    // A configuration written by fileText(), read back. Failed with the sentence to show when the file is missing,
    // unreadable or lacks what a restore needs.
    static Result<BackupConfiguration> read(const QString &configFile);
    // The data folder's name, made fit for the names pgBackRest takes: one configuration and stanza per cluster.
    static QString clusterName(const QString &dataDirectory);
    // Where the configuration of the cluster in dataDirectory is kept unless the administrator says otherwise:
    // beside its data folder, where the server's account reads it and every later command finds it from the server's
    // data_directory.
    static QString defaultConfigFile(const QString &dataDirectory);
};
