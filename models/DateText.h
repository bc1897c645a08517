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
};
