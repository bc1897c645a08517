#include "clinical/PersonAge.h"

int PersonAge::yearsOn(const QDate &birth, const QDate &on)
{
    if (!birth.isValid() || !on.isValid() || on < birth)
        return -1;
    int years = on.year() - birth.year();
    // This year's birthday; 29 February falls on 1 March outside leap years.
    QDate birthday(on.year(), birth.month(), birth.day());
    if (!birthday.isValid())
        birthday = QDate(on.year(), 3, 1);
    if (on < birthday)
        --years;
    return years;
}
