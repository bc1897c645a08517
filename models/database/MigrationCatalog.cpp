#include "database/MigrationCatalog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

QList<Migration> MigrationCatalog::builtIn()
{
    return fromDirectory(QStringLiteral(":/migrations"));
}

QList<Migration> MigrationCatalog::fromDirectory(const QString &directory)
{
    QList<Migration> migrations;
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const Migration migration = fromFile(name, file.readAll());
        if (migration.version > 0)
            migrations.append(migration);
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

Migration MigrationCatalog::fromFile(const QString &fileName, const QByteArray &sql)
{
    static const QRegularExpression number(QStringLiteral("^(\\d+)_"));
    static const QRegularExpression description(QStringLiteral("^--\\s*Description:\\s*(.+)$"),
                                                QRegularExpression::MultilineOption);
    Migration migration;
    const QRegularExpressionMatch numbered = number.match(fileName);
    if (!numbered.hasMatch())
        return migration;
    migration.version = numbered.captured(1).toInt();
    migration.sql = sql;
    migration.checksum = checksumOf(sql);
    const QRegularExpressionMatch described = description.match(QString::fromUtf8(sql));
    migration.description = described.hasMatch() ? described.captured(1).trimmed() : fileName;
    return migration;
}

QString MigrationCatalog::checksumOf(const QByteArray &sql)
{
    return QString::fromLatin1(QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex());
}
