#pragma once

#include "backup/BackupStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

// When the embedded database's next backup is due and of what kind, and what in its backups needs someone's
// attention. Pure: the moment is given, in the care home's local time. Limits are reached at their boundary.
class BackupRules
{
    Q_DECLARE_TR_FUNCTIONS(BackupRules)

public:
    enum class Due
    {
        Nothing,
        Full,
        Incremental
    };

    // Each night from this hour (local): a backup taken after it counts for that night.
    static constexpr int nightlyHour = 2;
    // A full backup at least once a week; incremental ones (what changed since) the other nights.
    static constexpr int fullEveryDays = 7;
    // After a failed attempt, the next one waits this long (a missing disk is not hammered every few minutes).
    static constexpr qint64 retryAfterSeconds = 3600;
    // The home screen warns when the newest good backup is this old (two days).
    static constexpr qint64 staleAfterSeconds = 2 * 24 * 3600;

    // The night's backup that counts: the last nightlyHour at or before now.
    static QDateTime nightStarting(const QDateTime &now);
    static Due due(const QDateTime &now, const QDateTime &newestStopped, const QDateTime &newestFullStopped,
                   const QDateTime &lastFailedAttempt);
    // One line: the newest backup and where the backups are.
    static QString summary(const BackupStatus &status);
    // One sentence each, for whoever can act on them; empty when all is well.
    static QStringList warnings(const BackupStatus &status, const QDateTime &now);
};
