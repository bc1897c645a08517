#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// How long a resident's records are kept once they have left or died, and from which day they may be archived.
// Pure. The periods are the organization's to set; until it does, its nation's (issue 19): in England 8 years
// after the care ended (the Records Management Code of Practice's schedule for social care records), in Wales 3 years
// from the last entry (the Regulated Services regulations); Scotland and Northern Ireland keep England's until the
// organization sets its own. Every boundary is taken toward keeping longer: a record is due only once more than the
// period has passed (the day after the anniversary), and the anniversary of 29 February in a year without one is
// 1 March.
class RecordRetention
{
    Q_DECLARE_TR_FUNCTIONS(RecordRetention)

public:
    enum class CountedFrom
    {
        CareEnded,
        LastEntry
    };

    struct Period
    {
        int years = 8;
        CountedFrom from = CountedFrom::CareEnded;
    };

    static Period nationDefault(const QString &nation);
    // The organization's own period when it set one (years > 0; from "care_ended" or "last_entry", empty for its
    // nation's way), else its nation's.
    static Period forOrganization(const QString &nation, int years, const QString &from);

    // The anniversary of a date, years later, never before it falls: 29 February + 1 year is 1 March.
    static QDate anniversary(const QDate &start, int years);

    // The first day a resident's records may be archived; invalid while they live in the home (status admitted or
    // in_hospital) or when the dates needed are missing. careEnded: the discharge or death; lastEntry: the date of
    // the last entry about them (never before careEnded: an entry made after they left counts).
    static QDate firstDayDue(const Period &period, const QString &status, const QDate &careEnded,
                             const QDate &lastEntry);

    // "8 years after the care ended", "3 years from the last entry"
    static QString describe(const Period &period);
};
