#include "backup/BackupRules.h"

#include <QLocale>

QDateTime BackupRules::nightStarting(const QDateTime &now)
{
    // setTime keeps now's zone; an hour the clocks skip moves on to the next real one.
    QDateTime night = now;
    night.setTime(QTime(nightlyHour, 0));
    if (night > now) {
        night = now.addDays(-1);
        night.setTime(QTime(nightlyHour, 0));
    }
    return night;
}

BackupRules::Due BackupRules::due(const QDateTime &now, const QDateTime &newestStopped,
                                  const QDateTime &newestFullStopped, const QDateTime &lastFailedAttempt)
{
    if (lastFailedAttempt.isValid() && lastFailedAttempt.secsTo(now) < retryAfterSeconds)
        return Due::Nothing;
    if (!newestFullStopped.isValid())
        return Due::Full;
    const QDateTime night = nightStarting(now);
    if (newestStopped.isValid() && newestStopped >= night)
        return Due::Nothing;
    // The week's full backup: the newest is from before the night six nights ago.
    return newestFullStopped < night.addDays(-(fullEveryDays - 1)) ? Due::Full : Due::Incremental;
}

QString BackupRules::summary(const BackupStatus &status)
{
    if (!status.configured)
        return tr("Backups: not set up.");
    if (!status.newest)
        return tr("Backups go to %1; none has been made yet.").arg(status.repository);
    const QString kind =
        status.newest->type == QLatin1String("full") ? tr("a full backup") : tr("the changes since the one before");
    return tr("Last backup: %1 (%2), in %3.")
        .arg(QLocale().toString(status.newest->stopped.toLocalTime(), QLocale::ShortFormat), kind, status.repository);
}

QStringList BackupRules::warnings(const BackupStatus &status, const QDateTime &now)
{
    QStringList found;
    const QLocale locale;
    auto when = [&](const QDateTime &instant) {
        return locale.toString(instant.toLocalTime(), QLocale::ShortFormat);
    };
    if (!status.installed) {
        found << tr("This database is not backed up: pgBackRest is not installed on this computer. Ask whoever looks "
                    "after the computer to install the package pgbackrest.");
        return found;
    }
    if (!status.pendingSwitch.isEmpty())
        found << tr("The restored database %1 replaces this one at the next start of Write Care Notes: what is "
                    "recorded until then stays only in the folder kept beside it. If that is not wanted, cancel the "
                    "switch on the Backups page.")
                     .arg(status.pendingSwitch);
    if (!status.switchedFrom.isEmpty())
        found << tr("This start switched to the restored database; the one in use before is kept in %1.")
                     .arg(status.switchedFrom);
    if (!status.problem.isEmpty())
        found << tr("The last backup attempt failed: %1").arg(status.problem);
    if (status.configured && !status.newest)
        found << tr("No backup of this database has been made yet.");
    else if (status.newest && status.newest->stopped.secsTo(now) >= staleAfterSeconds)
        found << tr("The newest backup is from %1, two days ago or more: keep Write Care Notes running at night, or "
                    "see why the backups fail.")
                     .arg(when(status.newest->stopped));
    if (status.restartPending)
        found << tr("Every change is saved to the backup folder only from the next start of Write Care Notes on this "
                    "computer: close it everywhere on this computer and start it again.");
    else if (status.configured && !status.archiver.healthy())
        found << tr("Changes since the last backup are not reaching the backup folder (the last attempt failed at "
                    "%1): check that the folder %2 is there and has space.")
                     .arg(when(status.archiver.lastFailedAt), status.repository);
    if (status.configured && status.sameDiskAsData)
        found << tr("The backups are on the same disk as the database (%1): a failed disk would take both. Choose a "
                    "folder on another disk or a network share on the Backups page.")
                     .arg(status.repository);
    return found;
}
