#include "ServerClock.h"

QDateTime ServerClock::now(const PgSession &session)
{
    return session.exec(QStringLiteral("SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now"))
        .instant(0, "now");
}

QString ServerClock::moment(const PgSession &session)
{
    return session
        .exec(QStringLiteral("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || "
                             "'+00:00' AS moment"))
        .text(0, "moment");
}
