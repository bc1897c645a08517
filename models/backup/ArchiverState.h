#pragma once

#include <QDateTime>
#include <QString>

// The server's own account of WAL archiving (pg_stat_archiver): what it last archived, and what last failed.
struct ArchiverState
{
    bool archiving = false; // archive_mode is on
    qint64 archivedCount = 0;
    QString lastArchivedWal;
    QDateTime lastArchivedAt;
    qint64 failedCount = 0;
    QString lastFailedWal;
    QDateTime lastFailedAt;

    // Archiving is on and the last attempt did not fail.
    bool healthy() const
    {
        return archiving && (!lastFailedAt.isValid() || (lastArchivedAt.isValid() && lastArchivedAt > lastFailedAt));
    }
};
