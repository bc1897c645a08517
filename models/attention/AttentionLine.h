#pragma once

#include "attention/AttentionItem.h"

#include <QList>

// One kind of thing needing attention in one home: how many in all, how many of them are urgent (overdue, past due,
// not escalated), and the most urgent of them (at most AttentionStore::itemsPerLine).
struct AttentionLine
{
    AttentionKind kind = AttentionKind::ReviewOverdue;
    int total = 0;
    int urgent = 0;
    QList<AttentionItem> items;
};
