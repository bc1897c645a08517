#include "health/HealthText.h"

#include "common/DateText.h"

#include <QLocale>

QString HealthText::size(qint64 bytes)
{
    const QLocale locale;
    if (bytes >= qint64(1) << 30)
        return tr("%1 GB").arg(locale.toString(double(bytes) / double(qint64(1) << 30), 'f', 1));
    if (bytes >= qint64(1) << 20)
        return tr("%1 MB").arg(locale.toString(double(bytes) / double(1 << 20), 'f', 1));
    return tr("%1 kB").arg(locale.toString((bytes + 1023) / 1024));
}

QString HealthText::count(qint64 number)
{
    return QLocale().toString(number);
}

QString HealthText::when(const QDateTime &instant)
{
    return instant.isValid() ? DateText::moment(instant) : tr("never");
}

QList<QPair<QString, QString>> HealthText::facts(const ServerHealth &health)
{
    QList<QPair<QString, QString>> lines;
    lines.append({tr("Database size"), size(health.databaseBytes)});
    lines.append({tr("Schema version"),
                  health.schemaVersion == health.latestKnown
                      ? tr("%1, as this program expects").arg(health.schemaVersion)
                      : tr("%1 (this program expects %2)").arg(health.schemaVersion).arg(health.latestKnown)});

    QString archiving;
    if (!health.archiver || !health.archiver->archiving) {
        archiving = tr("off: a restore can only reach the end of a backup");
    } else {
        const ArchiverState &archiver = *health.archiver;
        archiving =
            archiver.lastArchivedWal.isEmpty()
                ? tr("on; nothing archived yet")
                : tr("on; last archived at %1 (%2)").arg(when(archiver.lastArchivedAt), archiver.lastArchivedWal);
        if (archiver.failedCount > 0)
            archiving +=
                tr("; %n failure(s), the last at %1", "", int(archiver.failedCount)).arg(when(archiver.lastFailedAt));
    }
    lines.append({tr("Archiving"), archiving});

    QStringList standbys;
    for (const StandbyState &standby : health.standbys) {
        if (standby.state == QLatin1String("slot"))
            standbys << tr("slot %1 with no standby, holding %2").arg(standby.name, size(standby.behindBytes));
        else
            standbys << tr("%1 (%2): %3, %4 s behind")
                            .arg(standby.name, standby.address, standby.state,
                                 QLocale().toString(standby.replayLagSeconds, 'f', 1));
    }
    if (health.inRecovery)
        standbys.prepend(tr("this server is itself a standby"));
    lines.append({tr("Standbys"), standbys.isEmpty() ? tr("none") : standbys.join(QLatin1Char('\n'))});

    lines.append({tr("Oldest open transaction"),
                  health.oldestTransactionStart.isValid()
                      ? tr("since %1 (%2)").arg(when(health.oldestTransactionStart), health.oldestTransactionLogin)
                      : tr("none")});
    if (health.partitionsUpTo.isValid())
        lines.append({tr("Shift-note partitions"),
                      tr("up to %1; %n note(s) waiting for theirs", "", int(health.notesWaitingForPartition))
                          .arg(QLocale().toString(health.partitionsUpTo, QStringLiteral("MMMM yyyy")))});
    return lines;
}
