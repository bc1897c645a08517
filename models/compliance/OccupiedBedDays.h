#pragma once

#include "compliance/ResidentMove.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

// Occupied bed days and the rates measured against them (falls per 1,000 occupied bed days), as the NHS counts them:
// a bed is occupied on a day when its resident sleeps in the home that night (the midnight census). A resident is in
// the home from the night of the day they arrive (admission, transfer in, return from hospital) until the night
// before the day they leave (discharge, death, transfer out, admission to hospital). Pure.
class OccupiedBedDays
{
public:
    // The nights from first to last (both included) one resident spent in one home, from that resident's moves
    // into and out of that home, in date order. A stay still open at last runs to last.
    static int count(const QList<ResidentMove> &moves, const QDate &first, const QDate &last);
    // Events per 1,000 occupied bed days, rounded up at the first decimal (a rate is never made to look better than
    // it is); none without an occupied bed day.
    static std::optional<double> ratePerThousand(int events, int bedDays);
    // A pressure ulcer found within 72 hours of the resident's arrival (admission, transfer in or return from
    // hospital) was present on arrival; found at 72 hours or later, it was acquired in the home. arrivedAt: the
    // last arrival before it was found; none known counts as acquired in the home.
    static bool acquiredInHome(const QDateTime &foundAt, const QDateTime &arrivedAt);
};
