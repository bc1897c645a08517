#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// A resident's measurements over time for the trend charts: weight and BMI (from MUST), the MUST, Waterlow and NEWS2
// scores, each point leading back to its assessment; and each measure's bands, for shading.
class AssessmentTrend
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentTrend)

public:
    enum class Measure
    {
        Weight,
        Bmi,
        Must,
        Waterlow,
        News2
    };
    struct Point
    {
        QDate date;
        double value = 0;
        QString assessmentId;
    };
    struct Band
    {
        double from = 0; // inclusive
        double to = 0;   // exclusive, for the chart's shading
        QString name;
        int riskLevel = 0;
    };
    static constexpr int maximumPoints = 500;

    static QList<Measure> measures();
    static QString name(Measure measure);
    static QString unit(Measure measure);
    // The bands the tool publishes, lowest first (none for weight).
    static QList<Band> bands(Measure measure);
    // The newest maximumPoints values, oldest first; corrected assessments are left out (their correction stands).
    static QList<Point> points(const QSqlDatabase &db, const QString &residentId, Measure measure, QString *error);
};
