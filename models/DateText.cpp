#include "DateText.h"

#include <QLocale>

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
