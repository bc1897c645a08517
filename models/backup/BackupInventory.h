#pragma once

#include "backup/BackupSet.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// What one stanza of a pgBackRest repository holds: its backups, oldest first, and the span of WAL archived.
struct BackupInventory
{
    Q_DECLARE_TR_FUNCTIONS(BackupInventory)

public:
    QList<BackupSet> sets;
    QString walOldest;
    QString walNewest;
    int statusCode = -1; // pgBackRest's: 0 ok, 1 missing stanza path, 2 no valid backups, 3 missing stanza data ...
    QString statusMessage;

    // The newest backup copied without error.
    std::optional<BackupSet> newest() const;
    // `pgbackrest info --output=json` for stanza. Failed with a sentence when it is not that.
    static Result<BackupInventory> fromJson(const QByteArray &json, const QString &stanza);
};
