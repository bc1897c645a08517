#include "server/ServerAccount.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

Result<ServerAccount> ServerAccount::forCurrentProcess()
{
    ServerAccount account;
    const uid_t uid = geteuid();
    const passwd *entry = uid == 0 ? getpwnam("postgres") : getpwuid(uid);
    if (!entry) {
        return Result<ServerAccount>::failed(
            uid == 0 ? tr("Write Care Notes is running as root, and PostgreSQL refuses to run as "
                          "root, but this computer has no \"postgres\" account to run it as: install "
                          "the postgresql-15 package, or run Write Care Notes as a normal user.")
                     : tr("The current user account has no entry in the system's user list, so the "
                          "database cannot be started for it: ask the computer's administrator."));
    }
    account.m_userName = QString::fromLocal8Bit(entry->pw_name);
    account.m_uid = entry->pw_uid;
    account.m_gid = entry->pw_gid;
    int count = 32;
    std::vector<gid_t> groups(static_cast<size_t>(count));
    if (getgrouplist(entry->pw_name, entry->pw_gid, groups.data(), &count) < 0) {
        groups.resize(static_cast<size_t>(count));
        getgrouplist(entry->pw_name, entry->pw_gid, groups.data(), &count);
    }
    for (int i = 0; i < count; ++i)
        account.m_groups.append(groups[static_cast<size_t>(i)]);
    account.m_delegated = uid == 0;
    if (account.m_delegated && QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty() &&
        !QFileInfo::exists(QStringLiteral("/usr/sbin/runuser")) &&
        !QFileInfo::exists(QStringLiteral("/sbin/runuser"))) {
        return Result<ServerAccount>::failed(tr("Write Care Notes is running as root and needs the runuser program to "
                                                "start the database as the postgres account: install the util-linux "
                                                "package."));
    }
    account.m_valid = true;
    return Result<ServerAccount>::done(account);
}

void ServerAccount::wrapCommand(QString &program, QStringList &arguments) const
{
    if (!m_delegated)
        return;
    QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
    if (runuser.isEmpty())
        runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"),
                                                 {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    arguments.prepend(program);
    arguments.prepend(QStringLiteral("--"));
    arguments.prepend(m_userName);
    arguments.prepend(QStringLiteral("-u"));
    program = runuser;
}

bool ServerAccount::takeOwnership(const QString &path) const
{
    if (!m_delegated)
        return true;
    return ::chown(QFile::encodeName(path).constData(), m_uid, m_gid) == 0;
}

namespace {

bool runAs(const ServerAccount &account, const QString &program, const QStringList &arguments,
           const QByteArray &input = {})
{
    QString command = program;
    QStringList args = arguments;
    account.wrapCommand(command, args);
    QProcess process;
    process.setWorkingDirectory(QStringLiteral("/"));
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(command, args);
    if (!process.waitForStarted(10000))
        return false;
    process.write(input);
    process.closeWriteChannel();
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

bool ServerAccount::occupied(const QString &path)
{
    struct stat info;
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0;
}

bool ServerAccount::makeDirectory(const QString &path) const
{
    if (occupied(path))
        return false;
    if (!m_delegated)
        return ::mkdir(QFile::encodeName(path).constData(), 0700) == 0;
    if (runAs(*this, QStringLiteral("mkdir"),
              {QStringLiteral("-m"), QStringLiteral("0700"), QStringLiteral("--"), path}))
        return true;
    // The parent is root's: nobody else can put a link where root makes the folder.
    const QByteArray name = QFile::encodeName(path);
    return ::mkdir(name.constData(), 0700) == 0 && ::lchown(name.constData(), m_uid, m_gid) == 0;
}

bool ServerAccount::writeFile(const QString &path, const QByteArray &data) const
{
    const QString partial = path + QStringLiteral(".new");
    if (m_delegated && runAs(*this, QStringLiteral("rm"), {QStringLiteral("-f"), QStringLiteral("--"), partial}) &&
        runAs(*this, QStringLiteral("tee"), {QStringLiteral("--"), partial}, data))
        return runAs(*this, QStringLiteral("chmod"), {QStringLiteral("0600"), QStringLiteral("--"), partial}) &&
               runAs(*this, QStringLiteral("mv"), {QStringLiteral("-f"), QStringLiteral("--"), partial, path});
    // Ours, or (delegated) a folder the account may not write, so it cannot have planted a link there: a new file,
    // never one that exists (O_EXCL does not follow a link), handed over, then renamed over the old one.
    QFile::remove(partial);
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(data) != data.size() || !file.flush())
        return false;
    file.close();
    const QByteArray name = QFile::encodeName(partial);
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
           (!m_delegated || ::lchown(name.constData(), m_uid, m_gid) == 0) &&
           ::rename(name.constData(), QFile::encodeName(path).constData()) == 0;
}

bool ServerAccount::canEnter(const QString &directory, QString *blocking) const
{
    if (!m_delegated)
        return true; // the current user created or chose the directory; the operating system will say otherwise
    QString path = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    QStringList chain;
    while (!path.isEmpty()) {
        chain.prepend(path);
        if (path == QLatin1String("/"))
            break;
        path = QFileInfo(path).path();
    }
    for (const QString &dir : std::as_const(chain)) {
        struct stat info;
        if (::stat(QFile::encodeName(dir).constData(), &info) != 0)
            break; // not created yet: whoever creates it sets its permissions
        mode_t bit = S_IXOTH;
        if (info.st_uid == m_uid)
            bit = S_IXUSR;
        else if (m_groups.contains(info.st_gid))
            bit = S_IXGRP;
        if (!(info.st_mode & bit)) {
            if (blocking)
                *blocking = dir;
            return false;
        }
    }
    return true;
}
