#include "clinical/HandoverPriority.h"

#include <algorithm>

HandoverPriority::Level HandoverPriority::level(const HandoverResident &resident)
{
    if (resident.news2Result && resident.news2Result->total > 0) {
        switch (resident.news2Result->risk()) {
        case News2Result::Risk::High:
            return Level::News2High;
        case News2Result::Risk::Medium:
            return Level::News2Medium;
        case News2Result::Risk::LowMedium:
            return Level::News2LowMedium;
        case News2Result::Risk::Low:
            return Level::News2Low;
        }
    }
    if (!resident.highRiskResults.isEmpty())
        return Level::HighRiskResult;
    if (resident.fluidsLow)
        return Level::FluidsLow;
    if (!resident.missing.isEmpty())
        return Level::NotRecorded;
    return Level::None;
}

QList<int> HandoverPriority::attentionOrder(const QList<HandoverResident> &residents)
{
    QList<int> order;
    for (int i = 0; i < residents.size(); ++i) {
        if (level(residents.at(i)) != Level::None)
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&residents](int a, int b) {
        const HandoverResident &first = residents.at(a);
        const HandoverResident &second = residents.at(b);
        const Level firstLevel = level(first);
        const Level secondLevel = level(second);
        if (firstLevel != secondLevel)
            return firstLevel < secondLevel;
        if (firstLevel > Level::News2Low)
            return false;
        if (first.news2Result->total != second.news2Result->total)
            return first.news2Result->total > second.news2Result->total;
        return !first.escalated && second.escalated;
    });
    return order;
}
