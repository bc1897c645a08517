#pragma once

#include "database/Migration.h"

#include <QList>
#include <QString>

// The migrations this program knows, in version order.
class MigrationCatalog
{
public:
    // Every resources/migrations/*.sql compiled into the program.
    static QList<Migration> builtIn();
    // From a directory of NNNN_name.sql files (tests); files whose names do not start with a number are skipped.
    static QList<Migration> fromDirectory(const QString &directory);
    // A migration from its file name and text; version 0 when the name does not start with a number.
    static Migration fromFile(const QString &fileName, const QByteArray &sql);
    static QString checksumOf(const QByteArray &sql);
};
