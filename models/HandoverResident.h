#pragma once

#include <QString>
#include <QStringList>

// One resident's line of the handover, as the shift board shows it.
struct HandoverResident
{
    QString id;
    QString name;
    QString room;
    QStringList alerts;
    QString recorded;
    QString missing; // empty when nothing is missing
    QString fluids;
    QString news2; // empty when no observations were taken today
    bool needsAttention = false;
};
