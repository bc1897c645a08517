#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class BackgroundReader;

// A resident's measurements over time for the trend charts: weight and BMI (from MUST), the MUST, Waterlow and NEWS2
// scores, each point leading back to its assessment or, for NEWS2, to the shift note whose observations it scores;
// and each measure's bands, for shading.
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
        QDate date;   // the assessment's day, or the day of the shift the note belongs to
        QDateTime at; // where it goes on the time axis: the note's time of care; the assessment's time that day
        double value = 0;
        QString assessmentId; // the assessment it came from; empty for a shift note's
        QString noteId;       // the shift note it came from; empty for an assessment's
        QString source;       // for a shift note: who recorded it when, and the score in words
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
    // The measure a chart opens on: preferred if it has values, else the first in measures() that has; nullopt when
    // none has any.
    static std::optional<Measure> openingMeasure(Measure preferred, const std::function<bool(Measure)> &hasValues);
    static QString name(Measure measure);
    static QString unit(Measure measure);
    // The bands the tool publishes, lowest first (none for weight).
    static QList<Band> bands(Measure measure);
    // What a chart of one measure shows.
    struct Series
    {
        QList<Point> points;
        int incomplete = 0;   // sets of observations not charted for want of a parameter (NEWS2)
        QString notesProblem; // why the shift notes' observations are missing, when they could not be read
    };
    // The newest maximumPoints values, oldest first (in the order of Point::at); corrected assessments and notes are
    // left out (their correction stands). NEWS2 also scores the shift notes' observations, with the shift notes' own
    // code; a set of observations with a parameter missing has no whole score and is not charted, but counted in
    // incomplete. Without the notes the assessments are still charted, and notesProblem says what is missing. Runs
    // on any thread.
    static Result<Series> series(const QSqlDatabase &db, const QString &residentId, Measure measure);
    // Every measure's series, by Measure.
    using AllSeries = QMap<int, Result<Series>>;
    // Reads every measure on reader's thread (without one, at once on the connection named) and hands them to done
    // on context's thread, unless context is gone by then.
    static void readAll(BackgroundReader *reader, const QString &connectionName, QObject *context,
                        const QString &residentId, const std::function<void(const AllSeries &)> &done);
};
