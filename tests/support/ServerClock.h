#pragma once

#include "database/PgSession.h"

#include <QDateTime>
#include <QString>

// The database server's own clock, for tests that note a moment to restore to: the moment a restore reaches is the
// server's, never the test machine's or Clock's.
namespace ServerClock {

// clock_timestamp(), to the millisecond.
QDateTime now(const PgSession &session);
// clock_timestamp() in UTC to the microsecond, with its offset ("2026-12-06 15:43:41.123456+00:00"), as an
// administrator would type it for a restore.
QString moment(const PgSession &session);

} // namespace ServerClock
