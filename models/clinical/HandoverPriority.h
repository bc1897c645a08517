#pragma once

#include "clinical/HandoverResident.h"

#include <QList>

// The order of the handover's "Needs attention": clinical urgency first. A NEWS2 needing a response (high, then
// medium, then 3 in one parameter; within a band the higher score, and an unescalated one before an escalated one),
// then any other NEWS2 above 0, then new high MUST, Waterlow or falls results, then fluids far below what the day so
// far expects, then what was not recorded. Pure.
class HandoverPriority
{
public:
    enum class Level
    {
        News2High,
        News2Medium,
        News2LowMedium,
        News2Low,
        HighRiskResult,
        FluidsLow,
        NotRecorded,
        None // nothing needing attention
    };

    static Level level(const HandoverResident &resident);
    // Indexes into residents of those needing attention, most urgent first; equals keep their order (by room).
    static QList<int> attentionOrder(const QList<HandoverResident> &residents);
};
