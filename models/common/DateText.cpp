#include "common/DateText.h"

#include <QLocale>
#include <QRegularExpression>

QString DateText::longDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString DateText::shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString DateText::moment(const QDateTime &moment)
{
    return moment.isValid() ? QLocale().toString(moment.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm")) : QString();
}

QString DateText::typed(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QDate DateText::fromTyped(const QString &text, const QDate &minimum, const QDate &maximum)
{
    // Day and month of one or two digits between separators; without separators exactly ddmmyyyy, so that nothing
    // typed is read two ways. Two-digit years are refused: 38 may be 1938 or 2038.
    static const QRegularExpression separated(
        QStringLiteral("^\\s*(\\d{1,2})\\s*[/.\\-\\s]\\s*(\\d{1,2})\\s*[/.\\-\\s]\\s*(\\d{4})\\s*$"));
    static const QRegularExpression digits(QStringLiteral("^\\s*(\\d{2})(\\d{2})(\\d{4})\\s*$"));
    QRegularExpressionMatch match = separated.match(text);
    if (!match.hasMatch())
        match = digits.match(text);
    if (!match.hasMatch())
        return QDate();
    const QDate date(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    if (!date.isValid() || (minimum.isValid() && date < minimum) || (maximum.isValid() && date > maximum))
        return QDate();
    return date;
}
