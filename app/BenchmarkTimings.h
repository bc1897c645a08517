#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// The samples of one operation (milliseconds), the app's and its baseline's, with what they summarize to.
struct BenchmarkTimings
{
    QString name;
    QString description;
    QList<double> samples;
    QList<double> baselineSamples;
    QString note; // what operand was used, or why a figure is missing

    static double median(QList<double> values);
    static double percentile95(QList<double> values);
    QJsonObject toJson() const;
};
