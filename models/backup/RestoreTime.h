#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// The moment a restore stops at, as an administrator types it: "2026-12-06 14:30", "2026-12-06 14:30:05.123456",
// with an offset ("+01:00", "Z") or in the given time zone. A local time the clocks skipped, or one they passed twice
// (the night they go back), is refused with a sentence asking for the offset: a restore to the wrong hour of two
// would lose an hour of notes or bring back an hour too many. Fractions of a second are kept to the microsecond, as
// PostgreSQL records commits; never rounded.
struct RestoreTime
{
    Q_DECLARE_TR_FUNCTIONS(RestoreTime)

public:
    QDateTime utc; // to the second
    int microseconds = 0;

    // For PostgreSQL's recovery_target_time, in UTC: "2026-12-06 14:30:05.123456+00".
    QString target() const;
    static Result<RestoreTime> parse(const QString &typed, const QTimeZone &zone);
};
