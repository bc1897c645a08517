#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class PgSession;
class ServerAccount;

// The master key that wraps every organization's key for the encrypted medical notes (see the security migration).
// It lives in a file on the database server, outside the data directory: in no statement, no pg_dump, no base backup.
class MedicalNotesKeys
{
    Q_DECLARE_TR_FUNCTIONS(MedicalNotesKeys)

public:
    // The key file the database names, or an empty string when none is set up.
    static QString configuredKeyFile(const PgSession &session);
    // For a server on this computer (the embedded database, the tests): writes a new random key to path, readable by
    // the server's account only, and records it in the database. A file already at path is set aside, never
    // overwritten. Needs a superuser or owner session.
    static Result<> createLocalKeyFile(const PgSession &session, const QString &path, const ServerAccount &account);
    // For a server on this computer: makes the database use the key file at path instead of the one it names now
    // (an install from before the key had a folder of its own, or a changed embedded/keyDirectory). Written and
    // verified before anything is removed, so stopping at any point loses nothing: first the key is copied to path
    // (same bytes, readable by the server's account only; a key already there, such as one put back with restore-key,
    // is used as it is), then the database names path only once the server has read the key from it, and only then
    // is the old file removed. On failure nothing changed.
    static Result<> moveLocalKeyFile(const PgSession &session, const QString &path, const ServerAccount &account);
    // Removes oldPath if it holds the same key as path: what a move that stopped after the database was changed left.
    static void removeLeftoverCopy(const QString &oldPath, const QString &path);
    // Writes key to a new file at path (0600, owned by the server's account, on disk before this returns); never
    // replaces a file (Refused when one is there).
    static Result<> writeKeyFile(const QString &path, const QByteArray &key, const ServerAccount &account);
    // The key in the file at path.
    static Result<QByteArray> readKeyFile(const QString &path);
    // The recovery key (RecoveryKey::format) of the key in the file the database names, for the organization to keep
    // on paper.
    static Result<QString> recoveryKey(const PgSession &session);
    // For a shared server (writecarenotes-admin init-keys): the server itself writes a random key to path on its own
    // disk (COPY ... TO), so the key never travels. Refuses when a key is already set up or the file exists.
    // Needs a superuser session.
    static Result<> createServerKeyFile(const PgSession &session, const QString &path);
    // Whether the server can read a valid key; when not, the sentence saying what to do.
    static Result<> check(const PgSession &session);
    // Whether the key opens every organization key stored in the database (a key put back from another database's
    // recovery key is well formed but opens nothing). Needs a superuser or owner session.
    static Result<> checkOpensStoredKeys(const PgSession &session);
    // Rotation (writecarenotes-admin rotate-keys): a new key version for every organization, then every note
    // re-encrypted under it in batches, each its own transaction, while stations keep working. Its value is how many
    // notes were re-encrypted.
    static Result<int> rotate(const PgSession &session);
};
