#include "backup/BackupInventory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

std::optional<BackupSet> BackupInventory::newest() const
{
    for (auto set = sets.crbegin(); set != sets.crend(); ++set) {
        if (!set->error)
            return *set;
    }
    return std::nullopt;
}

Result<BackupInventory> BackupInventory::fromJson(const QByteArray &json, const QString &stanza)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return Result<BackupInventory>::failed(tr("pgBackRest's list of backups could not be read."));
    for (const QJsonValue &value : document.array()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QLatin1String("name")).toString() != stanza)
            continue;
        BackupInventory inventory;
        const QJsonObject status = entry.value(QLatin1String("status")).toObject();
        inventory.statusCode = status.value(QLatin1String("code")).toInt(-1);
        inventory.statusMessage = status.value(QLatin1String("message")).toString();
        for (const QJsonValue &archive : entry.value(QLatin1String("archive")).toArray()) {
            const QJsonObject span = archive.toObject();
            const QString oldest = span.value(QLatin1String("min")).toString();
            const QString newest = span.value(QLatin1String("max")).toString();
            if (!oldest.isEmpty() && (inventory.walOldest.isEmpty() || oldest < inventory.walOldest))
                inventory.walOldest = oldest;
            if (newest > inventory.walNewest)
                inventory.walNewest = newest;
        }
        for (const QJsonValue &backup : entry.value(QLatin1String("backup")).toArray()) {
            const QJsonObject object = backup.toObject();
            BackupSet set;
            set.label = object.value(QLatin1String("label")).toString();
            set.type = object.value(QLatin1String("type")).toString();
            const QJsonObject timestamp = object.value(QLatin1String("timestamp")).toObject();
            set.started = QDateTime::fromSecsSinceEpoch(timestamp.value(QLatin1String("start")).toInteger(), Qt::UTC);
            set.stopped = QDateTime::fromSecsSinceEpoch(timestamp.value(QLatin1String("stop")).toInteger(), Qt::UTC);
            const QJsonObject info = object.value(QLatin1String("info")).toObject();
            set.size = info.value(QLatin1String("size")).toInteger();
            set.repositorySize =
                info.value(QLatin1String("repository")).toObject().value(QLatin1String("size")).toInteger();
            const QJsonObject wal = object.value(QLatin1String("archive")).toObject();
            set.walStart = wal.value(QLatin1String("start")).toString();
            set.walStop = wal.value(QLatin1String("stop")).toString();
            set.error = object.value(QLatin1String("error")).toBool();
            if (set.label.isEmpty() || !set.stopped.isValid())
                return Result<BackupInventory>::failed(tr("pgBackRest's list of backups could not be read."));
            inventory.sets.append(set);
        }
        return Result<BackupInventory>::done(inventory);
    }
    return Result<BackupInventory>::failed(tr("pgBackRest's repository has no backups of %1.").arg(stanza));
}
