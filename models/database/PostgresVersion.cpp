#include "database/PostgresVersion.h"

#include <QRegularExpression>

namespace {

QRegularExpressionMatch matchVersion(const QString &output)
{
    static const QRegularExpression pattern(QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?"));
    return pattern.match(output);
}

} // namespace

int PostgresVersion::majorOf(int serverVersionNumber)
{
    // Since 10 the number is major * 10000 + minor; before, major * 10000 + second part * 100 + minor.
    return serverVersionNumber > 0 ? serverVersionNumber / 10000 : 0;
}

QString PostgresVersion::displayOf(int serverVersionNumber)
{
    if (serverVersionNumber <= 0)
        return QString();
    if (serverVersionNumber >= 100000)
        return QStringLiteral("%1.%2").arg(serverVersionNumber / 10000).arg(serverVersionNumber % 10000);
    return QStringLiteral("%1.%2.%3")
        .arg(serverVersionNumber / 10000)
        .arg(serverVersionNumber / 100 % 100)
        .arg(serverVersionNumber % 100);
}

int PostgresVersion::majorFromProgramOutput(const QString &output)
{
    const QRegularExpressionMatch match = matchVersion(output);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QString PostgresVersion::displayFromProgramOutput(const QString &output)
{
    const QRegularExpressionMatch match = matchVersion(output);
    if (!match.hasMatch())
        return QString();
    QString version = match.captured(1);
    for (int part = 2; part <= 3; ++part) {
        if (match.hasCaptured(part) && !match.captured(part).isEmpty())
            version += QLatin1Char('.') + match.captured(part);
    }
    return version;
}
