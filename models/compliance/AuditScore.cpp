#include "compliance/AuditScore.h"

#include <QRegularExpression>

std::optional<int> AuditScore::hundredths(int met, int applicable)
{
    if (applicable <= 0 || met < 0 || met > applicable)
        return std::nullopt;
    // Integer division rounds down; 64-bit so that no count can overflow.
    return static_cast<int>(static_cast<qint64>(met) * 10000 / applicable);
}

std::optional<int> AuditScore::fromStored(const QString &stored)
{
    static const QRegularExpression number(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch match = number.match(stored.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int whole = match.captured(1).toInt();
    const QString fraction = match.captured(2).leftJustified(2, QLatin1Char('0'));
    const int value = whole * 100 + fraction.toInt();
    if (value > 10000)
        return std::nullopt;
    return value;
}

QString AuditScore::text(std::optional<int> hundredths)
{
    if (!hundredths)
        return QString();
    const int whole = *hundredths / 100;
    const int fraction = *hundredths % 100;
    if (fraction == 0)
        return QString::number(whole);
    return QStringLiteral("%1.%2").arg(whole).arg(fraction, 2, 10, QLatin1Char('0'));
}
