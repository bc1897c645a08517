#include "BenchmarkTimings.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

double BenchmarkTimings::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double BenchmarkTimings::percentile95(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: with few samples this is the largest, never an interpolation below what was seen.
    const auto rank = static_cast<qsizetype>(std::ceil(0.95 * static_cast<double>(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

QJsonObject BenchmarkTimings::toJson() const
{
    const double appMedian = median(samples);
    const double baseMedian = median(baselineSamples);
    QJsonObject baseline{{QStringLiteral("median_ms"), baseMedian},
                         {QStringLiteral("p95_ms"), percentile95(baselineSamples)},
                         {QStringLiteral("samples"), static_cast<int>(baselineSamples.size())}};
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("median_ms"), appMedian},
                       {QStringLiteral("p95_ms"), percentile95(samples)},
                       {QStringLiteral("samples"), static_cast<int>(samples.size())},
                       {QStringLiteral("baseline"), baseline},
                       {QStringLiteral("ratio"), baseMedian > 0 ? appMedian / baseMedian : 0.0},
                       {QStringLiteral("note"), note}};
}
