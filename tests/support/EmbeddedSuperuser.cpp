#include "EmbeddedSuperuser.h"

#include <QFile>
#include <QStringList>

std::optional<ConnectionSettings> EmbeddedSuperuser::of(const QString &baseDirectory)
{
    QFile pidFile(baseDirectory + QStringLiteral("/pgdata/postmaster.pid"));
    QFile credentials(baseDirectory + QStringLiteral("/credentials"));
    if (!pidFile.open(QIODevice::ReadOnly) || !credentials.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QStringList lines = QString::fromUtf8(pidFile.readAll()).split(QLatin1Char('\n'));
    if (lines.value(7).trimmed() != QLatin1String("ready"))
        return std::nullopt;
    return ConnectionSettings::forSocket(lines.value(4).trimmed(), lines.value(3).trimmed().toInt(),
                                         QStringLiteral("writecarenotes"), QStringLiteral("writecarenotes"),
                                         QString::fromUtf8(credentials.readAll()).trimmed());
}
