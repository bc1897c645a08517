#pragma once

#include "backup/RestoreTime.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// Who asked for a restore, and of what: written into the audit log of the database in use once the restored copy
// checks out, and kept beside the data until the next start writes it into the restored database (migration 32).
struct RestoreRequest
{
    QString userId; // the requester's id; empty when nobody signed in asked (the command line)
    QString requestedBy;
    QString station;
    QDateTime requestedAt;
    std::optional<RestoreTime> to; // none: the newest state the backups hold
    QString backup;                // a backup's label; empty: the moment, or the newest
    QString folder;                // where the restored database was made
    QString setAside;              // once switched to: where the database in use before is kept

    // The audit entry's details (the moment to the microsecond, in UTC).
    QJsonObject details() const;
    // Kept beside the data between the restore and the switch.
    QByteArray toFile() const;
    // Empty values for a file that is not one of ours: the entry is still written, saying less.
    static RestoreRequest fromFile(const QByteArray &file);
};
