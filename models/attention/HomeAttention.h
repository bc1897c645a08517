#pragma once

#include "attention/AttentionLine.h"
#include "clinical/ShiftOccurrence.h"

#include <QList>
#include <QString>

// What needs attention in one home: a line for each kind that has anything, in AttentionKind's order.
struct HomeAttention
{
    QString facilityId;
    QString name;
    ShiftOccurrence shift; // the shift under way, whose notes "no note this shift" counts
    QList<AttentionLine> lines;

    int total() const
    {
        int sum = 0;
        for (const AttentionLine &line : lines)
            sum += line.total;
        return sum;
    }
    int urgent() const
    {
        int sum = 0;
        for (const AttentionLine &line : lines)
            sum += line.urgent;
        return sum;
    }
};
