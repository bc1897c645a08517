#pragma once

#include <QDate>

// Ages in whole years. Pure functions.
class PersonAge
{
public:
    // Age in completed years on `on`; -1 when either date is invalid or `on` is before birth. Someone born on
    // 29 February has their birthday on 1 March in a year without one (as the law of England and Wales counts it).
    static int yearsOn(const QDate &birth, const QDate &on);
};
