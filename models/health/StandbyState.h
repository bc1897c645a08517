#pragma once

#include <QString>

// A standby fed by this server (pg_stat_replication), or a replication slot that holds write-ahead log for one.
struct StandbyState
{
    QString name;
    QString address;
    QString state;               // streaming, catchup ...; "slot" for a slot with no standby attached
    double replayLagSeconds = 0; // how long ago the standby last caught up with what it had received
    qint64 behindBytes = 0;      // write-ahead log this server holds that the standby has not replayed
};
