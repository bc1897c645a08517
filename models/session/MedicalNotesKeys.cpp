#include "session/MedicalNotesKeys.h"

#include "common/Clock.h"
#include "database/PgSession.h"
#include "database/PgTransaction.h"
#include "server/PostgresCluster.h"
#include "server/ServerAccount.h"
#include "session/RecoveryKey.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <openssl/rand.h>
#include <unistd.h>

QString MedicalNotesKeys::configuredKeyFile(const PgSession &session)
{
    return session.exec(QStringLiteral("SELECT master_key_file FROM public.system_settings"))
        .text(0, "master_key_file");
}

namespace {

// Makes a new or removed name in directory durable before anything relies on it.
bool syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

Result<> MedicalNotesKeys::writeKeyFile(const QString &path, const QByteArray &key, const ServerAccount &account)
{
    if (QFileInfo::exists(path))
        return Result<>::refused(
            tr("A key file %1 already exists; it is never overwritten: if it is the wrong one, move "
               "it elsewhere first.")
                .arg(path));
    QByteArray text = RecoveryKey::toKeyFileText(key);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    const bool written =
        fd >= 0 && ::write(fd, text.constData(), static_cast<size_t>(text.size())) == text.size() && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    text.fill('\0');
    // Owned by the server's account (postgres when this runs as root), which reads it; nobody else may.
    if (!written || !account.takeOwnership(path) || !syncDirectory(QFileInfo(path).absolutePath())) {
        if (fd >= 0)
            QFile::remove(path);
        return Result<>::failed(tr("The key file %1 for the medical notes cannot be written: check that the disk is "
                                   "not full and the folder is writable.")
                                    .arg(path));
    }
    return Result<>::done();
}

Result<QByteArray> MedicalNotesKeys::readKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failed(tr("The key file %1 cannot be read (%2).").arg(path, file.errorString()));
    QByteArray text = file.read(1024);
    const std::optional<QByteArray> key = RecoveryKey::fromKeyFileText(text);
    text.fill('\0');
    if (!key)
        return Result<QByteArray>::failed(tr("The file %1 is not a Write Care Notes master key.").arg(path));
    return Result<QByteArray>::done(*key);
}

Result<> MedicalNotesKeys::createLocalKeyFile(const PgSession &session, const QString &path,
                                              const ServerAccount &account)
{
    unsigned char bytes[RecoveryKey::keyBytes];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return Result<>::failed(
            tr("No random key could be made for the medical notes: the system's random number source failed."));
    QByteArray key(reinterpret_cast<const char *>(bytes), sizeof bytes);
    OPENSSL_cleanse(bytes, sizeof bytes);

    // A key file already there may belong to a database moved aside that will come back: keep it.
    if (QFileInfo::exists(path)) {
        const QString kept =
            path + QStringLiteral(".replaced-") + Clock::nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        if (!QFile::rename(path, kept))
            return Result<>::failed(
                tr("The existing key file %1 cannot be set aside: check the folder's permissions.").arg(path));
    }
    const Result<> written = writeKeyFile(path, key, account);
    key.fill('\0');
    if (!written.ok())
        return written;
    const PgResult recorded =
        session.exec(QStringLiteral("UPDATE public.system_settings SET master_key_file = $1"), {path});
    if (!recorded.ok())
        return Result<>::failed(tr("The key file for the medical notes cannot be recorded in the database (%1).")
                                    .arg(recorded.error().message));
    return check(session);
}

Result<> MedicalNotesKeys::moveLocalKeyFile(const PgSession &session, const QString &path, const ServerAccount &account)
{
    const QString oldPath = configuredKeyFile(session);
    if (oldPath.isEmpty() || oldPath == path)
        return Result<>::done();
    bool madeHere = false;
    if (QFileInfo::exists(path)) {
        // Left by a move that stopped half-way, or put back with restore-key after the old file was lost: used only
        // if it is the same key as the old file, when that still exists.
        const Result<QByteArray> present = readKeyFile(path);
        if (!present.ok())
            return Result<>::failedAs(present);
        if (QFileInfo::exists(oldPath) && readKeyFile(oldPath).value != present.value)
            return Result<>::refused(tr("Two different master keys are on this computer, %1 (the one the database "
                                        "names) and %2, so Write Care Notes uses neither: move the wrong one "
                                        "elsewhere, then start again.")
                                         .arg(oldPath, path));
    } else {
        Result<QByteArray> key = readKeyFile(oldPath);
        if (!key.ok())
            return Result<>::failed(
                tr("The master key of the medical notes cannot be moved to %1: %2").arg(path, key.message));
        const Result<> written = writeKeyFile(path, key.value, account);
        key.value.fill('\0');
        if (!written.ok())
            return written;
        madeHere = true;
    }
    Result<> recordedHere = Result<>::done();
    {
        // The database names the new file only once its server has read the key there.
        PgTransaction transaction(session);
        const PgResult recorded =
            session.exec(QStringLiteral("UPDATE public.system_settings SET master_key_file = $1"), {path});
        recordedHere = recorded.ok()
                           ? check(session)
                           : Result<>::failed(tr("The key file for the medical notes cannot be recorded in the "
                                                 "database (%1).")
                                                  .arg(recorded.error().message));
        if (recordedHere.ok() && !transaction.commit())
            recordedHere =
                Result<>::failed(tr("The key file for the medical notes cannot be recorded in the database."));
    }
    if (!recordedHere.ok()) {
        if (madeHere)
            QFile::remove(path);
        return recordedHere;
    }
    removeLeftoverCopy(oldPath, path);
    return Result<>::done();
}

void MedicalNotesKeys::removeLeftoverCopy(const QString &oldPath, const QString &path)
{
    if (oldPath == path || !QFileInfo::exists(oldPath))
        return;
    const Result<QByteArray> old = readKeyFile(oldPath);
    if (!old.ok() || old.value != readKeyFile(path).value)
        return; // not this key: somebody else's file, left alone
    if (!QFile::remove(oldPath) || !syncDirectory(QFileInfo(oldPath).absolutePath()))
        qWarning("Write Care Notes: the old copy of the master key, %s, cannot be removed", qPrintable(oldPath));
}

Result<QString> MedicalNotesKeys::recoveryKey(const PgSession &session)
{
    const QString path = configuredKeyFile(session);
    if (path.isEmpty())
        return Result<QString>::failed(tr("No key for the medical notes is set up."));
    Result<QByteArray> key = readKeyFile(path);
    if (!key.ok())
        return Result<QString>::failedAs(key);
    const QString formatted = RecoveryKey::format(key.value);
    key.value.fill('\0');
    return Result<QString>::done(formatted);
}

Result<> MedicalNotesKeys::createServerKeyFile(const PgSession &session, const QString &path)
{
    const QString existing = configuredKeyFile(session);
    if (!existing.isEmpty())
        return Result<>::refused(tr("This database already has its key file, %1: keys are set up once (use "
                                    "rotate-keys to change them).")
                                     .arg(existing));
    if (!path.startsWith(QLatin1Char('/')) || !PostgresCluster::isSafePath(path))
        return Result<>::refused(tr("The key file must be given as a full path on the database server, without "
                                    "quotation marks, $, ` or backslashes."),
                                 QStringLiteral("path"));
    const PgResult present =
        session.exec(QStringLiteral("SELECT (pg_stat_file($1, true)).size IS NOT NULL AS present"), {path});
    if (!present.ok())
        return Result<>::failed(
            tr("The database server cannot be asked about %1 (%2): run init-keys as a PostgreSQL superuser.")
                .arg(path, present.error().message));
    if (present.text(0, "present") == QLatin1String("t"))
        return Result<>::refused(
            tr("A file %1 already exists on the database server; it is never overwritten: choose another path.")
                .arg(path),
            QStringLiteral("path"));
    // The key is made by the server and written by it: it is never in any statement or result. Not COPY ... TO
    // 'file', which creates files readable by every account on the server (it sets umask 022): through a shell
    // with umask 077, so only the server's own account may read it, and noclobber, so an existing file is never
    // overwritten. The path was checked above for anything a shell or SQL literal would interpret.
    const PgResult written =
        session.execScript(QStringLiteral("COPY (SELECT encode(gen_random_bytes(32), 'hex')) TO PROGRAM "
                                          "'umask 077 && set -C && exec cat > \"%1\"'")
                               .arg(path));
    if (!written.ok())
        return Result<>::failed(tr("The database server could not write the key file %1 (%2): check that its folder "
                                   "exists and the server's account may write there.")
                                    .arg(path, written.error().message));
    const PgResult recorded =
        session.exec(QStringLiteral("UPDATE public.system_settings SET master_key_file = $1"), {path});
    if (!recorded.ok())
        return Result<>::failed(
            tr("The key file cannot be recorded in the database (%1).").arg(recorded.error().message));
    return check(session);
}

Result<> MedicalNotesKeys::check(const PgSession &session)
{
    const QString path = configuredKeyFile(session);
    if (path.isEmpty())
        return Result<>::failed(tr("No key for the medical notes is set up: ask whoever runs the database to run "
                                   "\"writecarenotes-admin init-keys\"."));
    const PgResult read = session.exec(QStringLiteral("SELECT public.wcn_master_key() IS NOT NULL"));
    if (read.ok())
        return Result<>::done();
    return Result<>::failed(tr("The key file %1 that protects the medical notes cannot be read (%2): restore it from a "
                               "backup; without it no medical note can be read.")
                                .arg(path, read.error().message));
}

Result<> MedicalNotesKeys::checkOpensStoredKeys(const PgSession &session)
{
    const PgResult opened = session.exec(
        QStringLiteral("SELECT count(*) FROM public.organization_keys AS k WHERE public.pgp_sym_decrypt(k.wrapped_key, "
                       "public.wcn_master_key(), public.wcn_pgp_options()) IS NOT NULL"));
    if (opened.ok())
        return Result<>::done();
    return Result<>::failed(tr("The key in %1 does not open this database's medical notes: it is another database's "
                               "key, or another recovery key was typed. Move that file elsewhere and put this "
                               "database's key back with \"writecarenotes-admin restore-key\".")
                                .arg(configuredKeyFile(session)));
}

Result<int> MedicalNotesKeys::rotate(const PgSession &session)
{
    const Result<> usable = check(session);
    if (!usable.ok())
        return Result<int>::failedAs(usable);
    const PgResult organizations = session.exec(QStringLiteral("SELECT id FROM public.organizations ORDER BY id"));
    if (!organizations.ok())
        return Result<int>::failed(tr("The organizations cannot be read (%1): run rotate-keys as the database's owner.")
                                       .arg(organizations.error().message));
    int total = 0;
    for (int r = 0; r < organizations.rowCount(); ++r) {
        const QString organization = organizations.text(r, "id");
        const PgResult version =
            session.exec(QStringLiteral("SELECT public.admin_new_key_version($1::uuid)"), {organization});
        if (!version.ok())
            return Result<int>::failed(tr("A new key cannot be made (%1).").arg(version.error().message));
        for (;;) {
            const PgResult batch = session.exec(
                QStringLiteral("SELECT public.admin_reencrypt_medical_notes($1::uuid, 500) AS reencrypted"),
                {organization});
            if (!batch.ok())
                return Result<int>::failed(tr("The medical notes could not all be re-encrypted (%1); those done are "
                                              "safe under the new key, the rest under the old: run rotate-keys again.")
                                               .arg(batch.error().message));
            if (batch.integer(0, "reencrypted") == 0)
                break;
            total += batch.integer(0, "reencrypted");
        }
    }
    return Result<int>::done(total);
}
