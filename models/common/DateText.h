#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Dates and times as the whole application writes them, in the user's language: "29 November 2026" in a record,
// "29 Nov 2026" in a list, "29 Nov 2026, 08:50" for when something was written (local time). An invalid date or
// time is an empty string. Pure.
class DateText
{
public:
    static QString longDate(const QDate &date);
    static QString shortDate(const QDate &date);
    static QString moment(const QDateTime &moment);

    // A date as it is typed and read back in a form: dd/MM/yyyy ("12/03/1938").
    static QString typed(const QDate &date);
    // A typed date, day then month then a four-digit year: with / - . or spaces between them ("12/03/1938",
    // "12-03-1938", "12.3.1938", "12 3 1938") or none ("12031938"). Invalid for anything else, for a date that does
    // not exist (31/02/1938) and for one outside minimum to maximum (a birth date after today).
    static QDate fromTyped(const QString &text, const QDate &minimum, const QDate &maximum);
};
