#pragma once

#include "health/ServerHealth.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

// What in a server's health needs someone's attention, as sentences. Pure: the moment is given. Every limit is
// reached at its boundary (a backup exactly two days old is already too old), never rounded toward "fine".
class HealthRules
{
    Q_DECLARE_TR_FUNCTIONS(HealthRules)

public:
    static constexpr qint64 backupMaxAgeSeconds = 2 * 24 * 3600;
    static constexpr qint64 transactionMaxAgeSeconds = 3600;
    static constexpr double replicationMaxLagSeconds = 300;
    static constexpr qint64 slotMaxBehindBytes = qint64(1) << 30;
    static constexpr int partitionMonthsAhead = 2;
    static constexpr qint64 deadRowsFloor = 10000;

    static QStringList attention(const ServerHealth &health, const QDateTime &now);
};
