#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <sys/types.h>

// The operating-system account a private PostgreSQL server runs as. PostgreSQL refuses to run as root, so when this
// program runs as root the server runs as the unprivileged "postgres" account (created by Debian's postgresql-common)
// and its programs are started through runuser; otherwise it runs as the current user.
class ServerAccount
{
    Q_DECLARE_TR_FUNCTIONS(ServerAccount)

public:
    // The account for this process. Failed, with the sentence to show, when running as root without a postgres
    // account (or without runuser).
    static Result<ServerAccount> forCurrentProcess();

    bool isValid() const { return m_valid; }
    bool isDelegated() const { return m_delegated; }
    QString userName() const { return m_userName; }

    // Rewrites program and arguments so they run as this account (through runuser when delegated).
    void wrapCommand(QString &program, QStringList &arguments) const;
    // Makes path owned by this account (when delegated); a no-op otherwise.
    bool takeOwnership(const QString &path) const;
    // A new folder (mode 0700) of this account's; fails when anything, a link included, is at path. When delegated it
    // is made by the account itself, so that root never follows a link the account could have planted; only where
    // the account may not write the parent (a folder of root's) does root make it and hand it over.
    bool makeDirectory(const QString &path) const;
    // Writes data to path (mode 0600) as this account, through a new file beside it renamed over it.
    bool writeFile(const QString &path, const QByteArray &data) const;
    // Whether anything, a dangling link included, is at path.
    static bool occupied(const QString &path);
    // Whether this account may enter every directory from / down to directory. *blocking names the first one it
    // may not enter.
    bool canEnter(const QString &directory, QString *blocking) const;

private:
    QString m_userName;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    QList<gid_t> m_groups;
    bool m_delegated = false;
    bool m_valid = false;
};
