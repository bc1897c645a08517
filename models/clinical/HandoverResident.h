#pragma once

#include "clinical/News2Result.h"

#include <QString>
#include <QStringList>

#include <optional>

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
    // What "Needs attention" is ordered by (HandoverPriority).
    std::optional<News2Result> news2Result; // the shift's latest observations
    bool escalated = false;                 // that NEWS2 was escalated
    QStringList highRiskResults;            // high MUST, Waterlow or falls results of the shift's date
    bool fluidsLow = false;                 // below half of what the share of the day gone expects
};
