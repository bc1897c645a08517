#include "common/UkPostcode.h"

#include <QRegularExpression>

QString UkPostcode::normalized(const QString &typed)
{
    QString compact = typed.toUpper();
    compact.remove(QLatin1Char(' '));
    static const QRegularExpression shape(QStringLiteral("^([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9][A-Z]{2})$"));
    const QRegularExpressionMatch match = shape.match(compact);
    if (!match.hasMatch())
        return QString();
    return match.captured(1) + QLatin1Char(' ') + match.captured(2);
}
