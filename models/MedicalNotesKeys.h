#pragma once

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
    // overwritten. Needs a superuser or owner session. Returns an empty string, or what went wrong.
    static QString createLocalKeyFile(const PgSession &session, const QString &path, const ServerAccount &account);
    // For a shared server (writecarenotes-admin init-keys): the server itself writes a random key to path on its own
    // disk (COPY ... TO), so the key never travels. Refuses when a key is already set up or the file exists.
    // Needs a superuser session. Returns an empty string, or what went wrong.
    static QString createServerKeyFile(const PgSession &session, const QString &path);
    // Whether the server can read a valid key: an empty string, or the sentence saying what to do.
    static QString check(const PgSession &session);
    // Rotation (writecarenotes-admin rotate-keys): a new key version for every organization, then every note
    // re-encrypted under it in batches, each its own transaction, while stations keep working. Returns how many notes
    // were re-encrypted, or -1 with *errorMessage set.
    static int rotate(const PgSession &session, QString *errorMessage);
};
